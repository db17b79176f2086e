"""Parse the dates people type and mail servers write into aware datetimes, or say why not.

One scanner for every date in dawcheck, with two policies:

- typed (`parse_typed`: --received, --now): Dutch and English words, day before month in
  numeric dates (as in Belgium), but a date that starts with a four-digit year is always
  year-month-day; a date without a year takes the call's year and says so; vandaag, gisteren,
  morgen, nu (and today, yesterday, tomorrow, now) count from the given `now`; Dutch times such
  as 23u59, 23.59 uur, om 0u05 and 22u; a time without a zone is local (Brussels) time.
- machine (`parse_machine`: Received and Date headers, mbox From_ lines): RFC 5322 date-times
  and the few variants servers really write (ISO 8601, asctime, "GMT +0200", a zone name).
  Nothing is filled in: no default year, no default date, no default time; a numeric date whose
  day and month could be swapped is refused, never guessed.

Both refuse impossible dates (31 September, month 13, 25:00) instead of adjusting them. A result
says why in data (`DateNote`: a code and parameters), worded in Dutch or English by
`dawcheck.date_notes`.

Traps this replaces: dateutil with dayfirst read "2023-09-02 00:30 CEST" as 9 February and
"2023-13-01" as 13 January, gave a date without a year the current year and a time without a
date today's date, and read "0001" as 2001; the stdlib reads "GMT +0200" as UTC; POSIX inverts
the sign of "GMT+2".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dawcheck.date_notes import TOLD, DateCode, DateNote, refusal_message
from dawcheck.langs import Lang

if TYPE_CHECKING:
    from dawcheck.addendum.models import Addendum

__all__ = [
    "BRUSSELS",
    "DateCode",
    "DateNote",
    "Moment",
    "ParsedTime",
    "TypedContext",
    "call_context",
    "call_launch",
    "format_duration",
    "parse_datetime",
    "parse_machine",
    "parse_typed",
    "parse_user_datetime",
    "read_option",
]

BRUSSELS = ZoneInfo("Europe/Brussels")
MAX_DATE_CHARS = 200
MAX_OFFSET = dt.timedelta(hours=14)

# Zone abbreviations with one meaning in the mail we receive; anything else is "unknown".
KNOWN_ZONES: dict[str, int] = {
    "UT": 0,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 3600,
    "WEST": 3600,
    "CET": 3600,
    "MET": 3600,
    "CEST": 7200,
    "MEST": 7200,
    "MESZ": 7200,
    "MEZ": 3600,
    "EET": 7200,
    "EEST": 10800,
    "EST": -18000,
    "EDT": -14400,
    "CST": -21600,
    "CDT": -18000,
    "MST": -25200,
    "MDT": -21600,
    "PST": -28800,
    "PDT": -25200,
}

Mode = Literal["typed", "machine"]

_MONTHS_EN = {
    **dict.fromkeys(("jan", "january"), 1),
    **dict.fromkeys(("feb", "february"), 2),
    **dict.fromkeys(("mar", "march"), 3),
    **dict.fromkeys(("apr", "april"), 4),
    "may": 5,
    **dict.fromkeys(("jun", "june"), 6),
    **dict.fromkeys(("jul", "july"), 7),
    **dict.fromkeys(("aug", "august"), 8),
    **dict.fromkeys(("sep", "sept", "september"), 9),
    **dict.fromkeys(("oct", "october"), 10),
    **dict.fromkeys(("nov", "november"), 11),
    **dict.fromkeys(("dec", "december"), 12),
}
_MONTHS_NL = {
    "januari": 1,
    "februari": 2,
    "mrt": 3,
    "maart": 3,
    "mei": 5,
    "juni": 6,
    "juli": 7,
    "augustus": 8,
    "okt": 10,
    "oktober": 10,
}
_WEEKDAYS_EN = {
    **dict.fromkeys(("mon", "monday"), 0),
    **dict.fromkeys(("tue", "tues", "tuesday"), 1),
    **dict.fromkeys(("wed", "wednesday"), 2),
    **dict.fromkeys(("thu", "thur", "thurs", "thursday"), 3),
    **dict.fromkeys(("fri", "friday"), 4),
    **dict.fromkeys(("sat", "saturday"), 5),
    **dict.fromkeys(("sun", "sunday"), 6),
}
_WEEKDAYS_NL = {
    **dict.fromkeys(("ma", "maa", "maandag"), 0),
    **dict.fromkeys(("di", "din", "dinsdag"), 1),
    **dict.fromkeys(("wo", "woe", "woensdag"), 2),
    **dict.fromkeys(("do", "don", "donderdag"), 3),
    **dict.fromkeys(("vr", "vrij", "vrijdag"), 4),
    **dict.fromkeys(("za", "zat", "zaterdag"), 5),
    **dict.fromkeys(("zo", "zon", "zondag"), 6),
}
_RELATIVE = {
    **dict.fromkeys(("vandaag", "today", "vanmorgen", "vanochtend", "vanmiddag"), 0),
    **dict.fromkeys(("vanavond", "tonight"), 0),
    **dict.fromkeys(("gisteren", "yesterday"), -1),
    "eergisteren": -2,
    **dict.fromkeys(("morgen", "tomorrow"), 1),
    "overmorgen": 2,
}
_NOW_WORDS = frozenset({"nu", "now"})
_MIDNIGHT_WORDS = frozenset({"middernacht", "midnight"})
# words people put around a date that say nothing about it ("om 23u59", "at 11 pm", "1st of")
_FILLERS = frozenset({"om", "te", "op", "de", "den", "het", "at", "on", "the", "of", "uur", "u"})
_MILITARY = frozenset("abcdefghiklmnopqrstuvwxy")  # RFC 5322: unreliable, read as unknown

# The scanner's token patterns, tried in this order at each position (case-insensitive).
_SCAN: list[tuple[str, re.Pattern[str]]] = [
    (k, re.compile(p, re.IGNORECASE))
    for k, p in [
        ("ymd", r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(?:t(?=\d))?"),
        ("dmy", r"(\d{1,2})([-/.])(\d{1,2})\2(\d{2,4})(?!\d)"),
        ("time_uur", r"(\d{1,2})(?:[.:](\d{2}))?\s*uur(?!\w)"),
        ("time_u", r"(\d{1,2})(?:[.:](\d{2})\s*[uh]|\s*[uh](?:\s*(\d{2})(?!\d))?)(?!\w)"),
        ("time", r"(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?!\d)"),
        ("ampm", r"([ap])\.?m\.?(?!\w)"),
        ("named_offset", r"(?:gmt|utc|ut)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)"),
        ("offset", r"([+-])(\d{2}):?(\d{2})(?!\d)"),
        ("offset_h", r"([+-])(\d{1,2})(?![\d:])"),
        ("iana", r"[a-z]+/[a-z_]+(?:/[a-z_]+)?"),
        ("ordinal", r"(\d{1,2})(?:st|nd|rd|th|ste|de|e)(?!\w)"),
        ("numdot", r"(\d{1,2})\.(\d{2})(?![\d.])"),
        ("dm", r"(\d{1,2})([/-])(\d{1,2})(?![\d/-])"),
        ("number", r"\d{1,8}(?!\d)"),
        ("word", r"[^\W\d_]+\.?"),
    ]
]
_SKIP = re.compile(r"(?:\s-\s|[\s,])+")
_COMMENT = re.compile(r"\([^()]*\)")
_TIME_KINDS = frozenset({"time", "time_u", "time_uur"})
_ZONE_KINDS = frozenset({"named_offset", "offset", "offset_h", "iana", "zone"})


@dataclass(frozen=True)
class ParsedTime:
    """An aware datetime and what was assumed to get it, or None and why not.

    `uncertain`: a value exists but cannot prove anything (unknown zone, a local time that
    occurs twice, a machine date without a zone or with a numeric day/month order).
    `has_time`: False for a typed date without a time (then `value` is the start of that day).
    """

    value: dt.datetime | None
    uncertain: bool = False
    notes: tuple[DateNote, ...] = ()
    has_time: bool = True
    text: str = ""

    @property
    def refusal(self) -> DateNote | None:
        """Why there is no value (the first note), or None when there is one."""
        if self.value is not None:
            return None
        return self.notes[0] if self.notes else DateNote(DateCode.EMPTY)

    @property
    def note(self) -> str:
        """All notes in Dutch, joined (for callers that keep one string)."""
        return "; ".join(n.text("nl") for n in self.notes)

    def notes_text(self, lang: Lang = "nl") -> str:
        return "; ".join(n.text(lang) for n in self.notes)

    def has(self, code: DateCode) -> bool:
        return any(n.code == code for n in self.notes)


@dataclass(frozen=True)
class TypedContext:
    """What a typed date is read against: the call's zone, 'now', the call's year."""

    zone: ZoneInfo = BRUSSELS
    now: dt.datetime | None = None
    default_year: int | None = None


@dataclass(frozen=True)
class Moment:
    """An accepted command-line date: the instant and what was assumed to read it."""

    at: dt.datetime
    notes: tuple[DateNote, ...] = ()

    def told(self, lang: Lang = "nl") -> str:
        """The assumptions a user should see (year of the call, 'gisteren' = which day)."""
        return "; ".join(n.text(lang) for n in self.notes if n.code in TOLD)


@dataclass(frozen=True)
class _Tok:
    kind: str
    start: int
    end: int
    nums: tuple[int | None, ...] = ()
    word: str = ""
    digits: int = 0


@dataclass(frozen=True)
class _Time:
    hour: int
    minute: int
    second: int = 0
    micro: int = 0
    shown: str = ""


class _Refused(Exception):
    def __init__(self, note: DateNote) -> None:
        super().__init__(note.code)
        self.note = note


def _refuse(code: DateCode, **params: object) -> _Refused:
    return _Refused(DateNote.of(code, **params))


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


def _scan(text: str, mode: Mode) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = 0
    while pos < len(text):
        skip = _SKIP.match(text, pos)
        if skip:
            pos = skip.end()
            continue
        for kind, pattern in _SCAN:
            m = pattern.match(text, pos)
            if m is None:
                continue
            toks.append(_token(kind, m, mode))
            pos = m.end()
            break
        else:
            rest = text[pos:].split()[0] if text[pos:].split() else text[pos]
            raise _refuse(DateCode.NOT_UNDERSTOOD, part=rest[:30])
    return toks


def _token(kind: str, m: re.Match[str], mode: Mode) -> _Tok:
    start, end = m.span()
    if kind == "word":
        return _word(m.group(0), start, end, mode)
    if kind == "number":
        return _Tok("number", start, end, (int(m.group(0)),), digits=len(m.group(0)))
    if kind in ("ymd", "dmy", "dm"):
        groups = [g for i, g in enumerate(m.groups()) if i != 1]  # drop the separator
        digits = len(groups[-1])
        return _Tok(kind, start, end, tuple(int(g) for g in groups), m.group(0), digits)
    if kind == "time_u":
        hour, dot_min, u_min = m.groups()
        return _Tok("time_u", start, end, (int(hour), _int(dot_min or u_min)), m.group(0))
    if kind == "time":
        hour, minute, second, fraction = m.groups()
        micro = int((fraction + "000000")[:6]) if fraction else 0
        return _Tok("time", start, end, (int(hour), int(minute), _int(second), micro), m.group(0))
    nums = tuple(_int(g) if g and g.isdigit() else None for g in m.groups())
    return _Tok(kind, start, end, nums, m.group(0))


def _word(raw: str, start: int, end: int, mode: Mode) -> _Tok:
    word = raw.rstrip(".").lower()
    months = _MONTHS_EN if mode == "machine" else {**_MONTHS_EN, **_MONTHS_NL}
    weekdays = _WEEKDAYS_EN if mode == "machine" else {**_WEEKDAYS_EN, **_WEEKDAYS_NL}
    if word in months:
        return _Tok("month", start, end, (months[word],), raw)
    if word in weekdays:
        return _Tok("weekday", start, end, (weekdays[word],), raw)
    if word.upper() in KNOWN_ZONES:
        return _Tok("zone", start, end, (KNOWN_ZONES[word.upper()],), word.upper())
    if mode == "machine" and word in _MILITARY:
        return _Tok("unknown_zone", start, end, (), raw.rstrip("."))
    if mode == "typed":
        if word in _RELATIVE:
            return _Tok("relative", start, end, (_RELATIVE[word],), word)
        if word in _NOW_WORDS:
            return _Tok("now", start, end, (), word)
        if word in _MIDNIGHT_WORDS:
            return _Tok("midnight", start, end, (), word)
        if word in _FILLERS:
            return _Tok("filler", start, end, (), word)
    return _Tok("unknown", start, end, (), raw.rstrip("."))


def _attach_ampm(toks: list[_Tok]) -> list[_Tok]:
    """'11 pm', '11:59 p.m.': the am/pm applies to the time or bare hour just before it."""
    out: list[_Tok] = []
    for tok in toks:
        if tok.kind != "ampm":
            out.append(tok)
            continue
        prev = out.pop() if out else None
        if prev is None or prev.kind not in ("time", "number") or (prev.nums[0] or 0) > 99:
            raise _refuse(DateCode.NOT_UNDERSTOOD, part=tok.word)
        hour = prev.nums[0] or 0
        if not 1 <= hour <= 12:
            raise _refuse(DateCode.IMPOSSIBLE_TIME, time=f"{prev.word} {tok.word}".strip())
        hour = hour % 12 + (12 if (tok.word[:1].lower() == "p") else 0)
        rest = prev.nums[1:] if prev.kind == "time" else (0,)
        out.append(_Tok("time", prev.start, tok.end, (hour, *rest), f"{prev.word} {tok.word}"))
    return out


def _time_of(tok: _Tok) -> _Time:
    nums = [*tok.nums, None, None, None, None]
    hour, minute, second, micro = (n or 0 for n in nums[:4])
    return _Time(hour, minute, second, micro, tok.word.strip())


@dataclass
class _Parts:
    """What the tokens say, before it is checked and put together."""

    weekday: _Tok | None = None
    time: _Time | None = None
    zones: list[_Tok] = field(default_factory=list)
    unknown_zone: str = ""
    dates: list[_Tok] = field(default_factory=list)


def _sort(toks: list[_Tok], text: str, mode: Mode) -> _Parts:
    parts = _Parts()
    for tok in toks:
        if tok.kind == "weekday":
            if parts.weekday is not None:
                raise _refuse(DateCode.NOT_UNDERSTOOD, part=text[tok.start : tok.end])
            parts.weekday = tok
        elif tok.kind in _TIME_KINDS:
            if parts.time is not None:
                raise _refuse(DateCode.NOT_UNDERSTOOD, part=text[tok.start : tok.end])
            parts.time = _time_of(tok)
        elif tok.kind in _ZONE_KINDS:
            parts.zones.append(tok)
        elif tok.kind == "filler":
            continue
        elif tok.kind == "midnight":
            raise _refuse(DateCode.MIDNIGHT, word=tok.word)
        elif tok.kind in ("unknown", "unknown_zone"):
            word = text[tok.start : tok.end].rstrip(".")
            looks_like_zone = tok.kind == "unknown_zone" or (
                len(word) <= 5 and (mode == "machine" or word.isupper())
            )
            if parts.time is None or not looks_like_zone or parts.unknown_zone:
                raise _refuse(DateCode.NOT_UNDERSTOOD, part=word)
            parts.unknown_zone = word
        else:
            parts.dates.append(tok)
    return parts


def _year(tok: _Tok, mode: Mode, value: int | None = None, digits: int | None = None) -> int:
    year = tok.nums[-1] if value is None else value
    n = tok.digits if digits is None else digits
    assert year is not None
    if n == 2:
        # RFC 5322 obs-year for servers; POSIX strptime's pivot for people
        year += 2000 if year < (50 if mode == "machine" else 69) else 1900
    elif n == 3 and mode == "machine":
        year += 1900
    elif n != 4:
        raise _refuse(DateCode.NOT_UNDERSTOOD, part=tok.word or str(year))
    low, high = (1, 9999) if mode == "machine" else (1900, 2199)
    if not low <= year <= high:
        raise _refuse(DateCode.YEAR_OUT_OF_RANGE, year=year)
    return year


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _date(year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise _refuse(DateCode.IMPOSSIBLE_MONTH, month=month)
    if not _valid_day(year, month, day):
        raise _refuse(DateCode.IMPOSSIBLE_DATE, day=day, month=month, year=year)
    return dt.date(year, month, day)


def _shape(toks: list[_Tok]) -> tuple[str, ...]:
    """Token kinds as a pattern; a number says whether it can be a day (d) or a year (y/d4)."""
    shape = []
    for tok in toks:
        if tok.kind == "number":
            shape.append("n4" if tok.digits == 4 else "n" if tok.digits <= 2 else "n3")
        elif tok.kind == "ordinal":
            shape.append("n")
        else:
            shape.append(tok.kind)
    return tuple(shape)


@dataclass
class _DateFound:
    day: dt.date | None = None
    now: bool = False


def _resolve_date(
    parts: _Parts, text: str, mode: Mode, ctx: TypedContext, notes: list[DateNote]
) -> _DateFound:
    toks = parts.dates
    shape = _shape(toks)

    def no_year() -> int:
        if mode == "typed" and ctx.default_year is not None:
            notes.append(DateNote.of(DateCode.YEAR_FROM_CALL, year=ctx.default_year))
            return ctx.default_year
        raise _refuse(DateCode.NO_YEAR)

    def num(i: int) -> int:
        value = toks[i].nums[0]
        assert value is not None
        return value

    if shape == ("ymd",):
        y, m, d = (v or 0 for v in toks[0].nums)
        return _DateFound(_date(_year(toks[0], mode, y, 4), m, d))
    if shape == ("dmy",):
        return _DateFound(_numeric_dmy(toks[0], mode, notes))
    if shape in (("dm",), ("numdot",)):
        d, m = (v or 0 for v in toks[0].nums)
        if mode == "machine":
            raise _refuse(DateCode.NO_YEAR)
        if m > 12:
            raise _refuse(DateCode.IMPOSSIBLE_MONTH, month=m, form="day-first")
        return _DateFound(_date(no_year(), m, d))
    if shape in (("n", "month"), ("n", "month", "n4"), ("n", "month", "n")):
        year = _year(toks[2], mode) if len(toks) == 3 else no_year()
        return _DateFound(_date(year, num(1), num(0)))
    if shape in (("month", "n"), ("month", "n", "n4"), ("month", "n", "n")):
        year = _year(toks[2], mode) if len(toks) == 3 else no_year()
        return _DateFound(_date(year, num(0), num(1)))
    if shape == ("n4", "month", "n"):
        return _DateFound(_date(_year(toks[0], mode), num(1), num(2)))
    if shape == ("n3", "month", "n") or shape == ("n", "month", "n3"):
        idx = 0 if shape[0] == "n3" else 2
        if mode == "machine":
            year = _year(toks[idx], mode)
            day_tok = toks[2 - idx]
            return _DateFound(_date(year, num(1), day_tok.nums[0] or 0))
    if shape == ("relative",):
        if ctx.now is None:
            raise _refuse(DateCode.RELATIVE_WITHOUT_NOW, word=toks[0].word)
        day = ctx.now.astimezone(ctx.zone).date() + dt.timedelta(days=num(0))
        notes.append(DateNote.of(DateCode.RELATIVE, word=toks[0].word, date=day.isoformat()))
        return _DateFound(day)
    if shape == ("now",):
        if ctx.now is None:
            raise _refuse(DateCode.RELATIVE_WITHOUT_NOW, word=toks[0].word)
        if parts.time is not None or parts.zones or parts.weekday:
            raise _refuse(DateCode.NOT_UNDERSTOOD, part=text)
        return _DateFound(now=True)
    if not toks:
        if parts.time is not None or parts.weekday is not None:
            raise _refuse(DateCode.NO_DATE)
        raise _refuse(DateCode.NOT_UNDERSTOOD, part=text)
    if len(toks) == 1 and toks[0].kind == "month":
        raise _refuse(DateCode.NOT_UNDERSTOOD, part=text)  # a month without a day
    first, last = toks[0], toks[-1]
    raise _refuse(DateCode.NOT_UNDERSTOOD, part=text[first.start : last.end])


def _numeric_dmy(tok: _Tok, mode: Mode, notes: list[DateNote]) -> dt.date:
    """d/m/y for people (Belgian order); for machines only when no other reading exists."""
    a, b, _ = (v or 0 for v in tok.nums)
    year = _year(tok, mode)
    if mode == "typed":
        if b > 12:
            raise _refuse(DateCode.IMPOSSIBLE_MONTH, month=b, form="day-first")
        return _date(year, b, a)
    day_month = 1 <= b <= 12 and _valid_day(year, b, a)
    month_day = 1 <= a <= 12 and _valid_day(year, a, b)
    if day_month and month_day and a != b:
        raise _refuse(
            DateCode.AMBIGUOUS_ORDER,
            part=tok.word,
            first=dt.date(year, b, a).isoformat(),
            second=dt.date(year, a, b).isoformat(),
        )
    if not (day_month or month_day):
        return _date(year, b, a)  # refuses, with the day-first reading in the reason
    notes.append(DateNote.of(DateCode.NUMERIC_ORDER, part=tok.word))
    return dt.date(year, b, a) if day_month else dt.date(year, a, b)


def _fixed_zone(tok: _Tok) -> tuple[str, dt.tzinfo]:
    if tok.kind == "iana":
        try:
            return tok.word, ZoneInfo(_iana_name(tok.word))
        except (ZoneInfoNotFoundError, ValueError):
            raise _refuse(DateCode.NOT_UNDERSTOOD, part=tok.word) from None
    minutes = 0
    if tok.kind == "zone":
        seconds = tok.nums[0] or 0
    else:
        sign = -1 if "-" in tok.word else 1
        hours, minutes = tok.nums[1] or 0, (tok.nums[2] if len(tok.nums) > 2 else 0) or 0
        seconds = sign * (hours * 60 + minutes) * 60
    offset = dt.timedelta(seconds=seconds)
    if abs(offset) > MAX_OFFSET or minutes > 59:
        raise _refuse(DateCode.BAD_OFFSET, offset=tok.word.strip())
    return tok.word.strip(), dt.timezone(offset)


@functools.cache
def _iana_names() -> dict[str, str]:
    import zoneinfo

    return {name.lower(): name for name in zoneinfo.available_timezones()}


def _iana_name(word: str) -> str:
    return _iana_names().get(word.lower(), word)


def _zone(parts: _Parts) -> tuple[str, dt.tzinfo] | None:
    zones = [_fixed_zone(t) for t in parts.zones]
    if not zones:
        return None
    label, tz = zones[0]
    for other_label, other in zones[1:]:
        ref = dt.datetime(2000, 1, 1)
        if tz.utcoffset(ref) != other.utcoffset(ref) or isinstance(other, ZoneInfo):
            raise _refuse(DateCode.ZONE_CONFLICT, first=label, second=other_label)
    return label, tz


def _local(naive: dt.datetime, zone: ZoneInfo, mode: Mode, notes: list[DateNote]) -> dt.datetime:
    """A wall-clock time in `zone`; a time skipped or repeated by a DST change is flagged."""
    early = naive.replace(tzinfo=zone, fold=0)
    late = naive.replace(tzinfo=zone, fold=1)
    shown = naive.strftime("%Y-%m-%d %H:%M")
    back = early.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None)
    if back != naive:
        if mode == "typed":
            raise _refuse(DateCode.NONEXISTENT_LOCAL, local=shown, zone=zone.key)
        notes.append(DateNote.of(DateCode.NONEXISTENT_LOCAL, local=shown, zone=zone.key))
        return early
    if early.utcoffset() != late.utcoffset():
        notes.append(DateNote.of(DateCode.AMBIGUOUS_LOCAL, local=shown, zone=zone.key))
        # the later instant: never makes a late arrival look on time; as a fixed offset, since
        # PEP 495 makes a fold=1 time unequal to every time in another zone
        return late.astimezone(dt.timezone(late.utcoffset() or dt.timedelta()))
    return early


def _assemble(text: str, toks: list[_Tok], mode: Mode, ctx: TypedContext) -> ParsedTime:
    notes: list[DateNote] = []
    parts = _sort(_attach_ampm(toks), text, mode)
    dates = parts.dates
    # "23.59" is a time when the date is elsewhere, a day.month when the time is
    dots = [t for t in dates if t.kind == "numdot"]
    if dots and parts.time is None and len(dates) > len(dots):
        parts.dates = [t for t in dates if t is not dots[-1]]
        parts.time = _time_of(
            _Tok("time", dots[-1].start, dots[-1].end, dots[-1].nums, dots[-1].word)
        )
    found = _resolve_date(parts, text, mode, ctx, notes)
    if found.now:
        assert ctx.now is not None
        return ParsedTime(
            ctx.now,
            notes=(
                DateNote.of(DateCode.RELATIVE, word=text.strip(), date=ctx.now.date().isoformat()),
            ),
            text=text,
        )
    day = found.day
    assert day is not None
    uncertain = any(n.code == DateCode.NUMERIC_ORDER for n in notes)
    if parts.weekday is not None and parts.weekday.nums[0] != day.weekday():
        mismatch = DateNote.of(
            DateCode.WEEKDAY_MISMATCH,
            date=day.isoformat(),
            written=parts.weekday.word.rstrip(".").lower(),
            actual=day.weekday(),
        )
        if mode == "typed":
            raise _Refused(mismatch)
        notes.append(mismatch)
        uncertain = True
    has_time = parts.time is not None
    time = parts.time or _Time(0, 0)
    if not has_time:
        if mode == "machine":
            raise _refuse(DateCode.NO_TIME)
        notes.append(DateNote(DateCode.DATE_ONLY))
    naive = _naive(day, time)
    zone = _zone(parts)
    if zone is None:
        value = _local(naive, ctx.zone, mode, notes)
        if parts.unknown_zone:
            notes.append(DateNote.of(DateCode.UNKNOWN_ZONE, zone=parts.unknown_zone))
            uncertain = True
        else:
            notes.append(DateNote(DateCode.LOCAL_TIME))
            uncertain = uncertain or mode == "machine"
        uncertain = uncertain or any(
            n.code in (DateCode.AMBIGUOUS_LOCAL, DateCode.NONEXISTENT_LOCAL) for n in notes
        )
    else:
        label, tz = zone
        value = naive.replace(tzinfo=tz)
    try:
        value.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        raise _refuse(DateCode.YEAR_OUT_OF_RANGE, year=day.year) from None
    if zone is not None:
        _season(zone[0], value, ctx.zone, notes)
    return ParsedTime(value, uncertain, tuple(notes), has_time, text)


def _naive(day: dt.date, time: _Time) -> dt.datetime:
    hour, minute, second, micro = time.hour, time.minute, time.second, time.micro
    if hour == 24 and minute == second == micro == 0:  # 24:00 is the end of the day
        return dt.datetime.combine(day, dt.time()) + dt.timedelta(days=1)
    if second == 60 and minute == 59:  # a leap second: the last instant of that minute
        second, micro = 59, 999_999
    if hour > 23 or minute > 59 or second > 59:
        raise _refuse(DateCode.IMPOSSIBLE_TIME, time=time.shown)
    return dt.datetime.combine(day, dt.time(hour, minute, second, micro))


def _season(label: str, value: dt.datetime, zone: ZoneInfo, notes: list[DateNote]) -> None:
    """'23:59 CET' on a summer day in Brussels: read as written, but say it is odd."""
    name = label.upper()
    if name not in KNOWN_ZONES:
        return
    year = value.year
    names = {dt.datetime(year, m, 15, tzinfo=zone).tzname() for m in (1, 7) if 1 <= year < 9999}
    local = value.astimezone(zone).tzname() if 1 < year < 9999 else None
    if name in names and local is not None and name != local:
        notes.append(DateNote.of(DateCode.ZONE_SEASON, given=name, local=local))


def _parse(text: str, mode: Mode, ctx: TypedContext) -> ParsedTime:
    shown = (text or "").strip()
    if not shown:
        return ParsedTime(None, notes=(DateNote(DateCode.EMPTY),), text=shown)
    if len(shown) > MAX_DATE_CHARS:
        return ParsedTime(None, notes=(DateNote(DateCode.TOO_LONG),), text=shown[:MAX_DATE_CHARS])
    cleaned = shown
    for _ in range(3):  # comments nest: "(via (x) y)"
        cleaned = _COMMENT.sub(" ", cleaned)
    try:
        return _assemble(cleaned, _scan(cleaned, mode), mode, ctx)
    except _Refused as refused:
        return ParsedTime(None, notes=(refused.note,), text=shown)


def parse_typed(text: str, context: TypedContext | None = None) -> ParsedTime:
    """A date a person typed (--received, --now), read against `context` (zone, now, year)."""
    return _parse(text, "typed", context or TypedContext())


def parse_machine(text: str, zone: ZoneInfo = BRUSSELS) -> ParsedTime:
    """A date a program wrote (Received, Date, From_): strict, nothing filled in or guessed."""
    return _parse(text, "machine", TypedContext(zone))


def parse_datetime(text: str, zone: ZoneInfo = BRUSSELS) -> ParsedTime:
    """Compatibility: a typed date without 'now' or a default year (both then refused)."""
    return parse_typed(text, TypedContext(zone))


def option_problem(result: ParsedTime, *, need_time: bool = False) -> DateNote | None:
    """Why a command-line date cannot be used: no value, an uncertain value, or no time."""
    if result.refusal is not None:
        return result.refusal
    if result.uncertain:
        doubt = (DateCode.UNKNOWN_ZONE, DateCode.AMBIGUOUS_LOCAL)
        return next((n for n in result.notes if n.code in doubt), result.notes[0])
    if need_time and not result.has_time:
        return DateNote(DateCode.NO_TIME)
    return None


def read_option(
    option: str,
    text: str,
    context: TypedContext | None = None,
    lang: Lang = "nl",
    *,
    need_time: bool = False,
) -> Moment:
    """The one path for --now and --received: the moment, or UsageError worded in `lang`."""
    from dawcheck.errors import UsageError

    result = parse_typed(text, context)
    problem = option_problem(result, need_time=need_time)
    if problem is not None or result.value is None:
        raise UsageError(refusal_message(option, text, problem or DateNote(DateCode.EMPTY), lang))
    return Moment(result.value, result.notes)


def parse_user_datetime(text: str, zone: ZoneInfo = BRUSSELS) -> dt.datetime:
    """Compatibility: a typed date or UsageError (no 'now', no default year)."""
    return read_option("", text, TypedContext(zone)).at


def call_context(addendum: Addendum, now: dt.datetime | None) -> TypedContext:
    """Typed dates for this call: its zone, its year for dates without one, `now`."""
    submission = addendum.submission
    return TypedContext(submission.zone, now, submission.deadline.year)


_LAUNCH_IDS = frozenset({"lancering", "launch", "lancering-addendum"})


def call_launch(addendum: Addendum) -> dt.datetime | None:
    """Start of the day the call was launched (timeline id 'lancering'), in the call's zone."""
    zone = addendum.submission.zone
    for milestone in addendum.timeline:
        if milestone.id.lower() in _LAUNCH_IDS:
            return dt.datetime.combine(milestone.date, dt.time(), tzinfo=zone)
    return None


def format_duration(seconds: float, lang: Lang = "nl") -> str:
    """'2 d 3 u 41 min', '7 s'; exact to the second below a minute."""
    seconds = abs(int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    hour = "u" if lang == "nl" else "h"
    parts = []
    if days:
        parts.append(f"{days} d")
    if hours:
        parts.append(f"{hours} {hour}")
    if minutes:
        parts.append(f"{minutes} min")
    if secs and not days and not hours:
        parts.append(f"{secs} s")
    return " ".join(parts) or "0 s"
