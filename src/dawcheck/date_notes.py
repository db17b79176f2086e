"""What the date parser has to say about an input, as data, and its wording in Dutch and English.

A note is a code plus parameters (strings), so a renderer can word it, test it or count it
without parsing prose. `DateNote.text(lang)` words one note; `refusal_message` words a refused
command-line date with the input and a few forms that do work.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from dawcheck.langs import Lang


class DateCode(StrEnum):
    """Why a date was refused, or what was assumed to read it."""

    # refusals: no value
    EMPTY = "empty"
    TOO_LONG = "too-long"
    NOT_UNDERSTOOD = "not-understood"  # part
    NO_DATE = "no-date"
    NO_TIME = "no-time"
    NO_YEAR = "no-year"
    IMPOSSIBLE_MONTH = "impossible-month"  # month
    IMPOSSIBLE_DATE = "impossible-date"  # day, month, year
    IMPOSSIBLE_TIME = "impossible-time"  # time
    YEAR_OUT_OF_RANGE = "year-out-of-range"  # year
    BAD_OFFSET = "bad-offset"  # offset
    ZONE_CONFLICT = "zone-conflict"  # first, second
    WEEKDAY_MISMATCH = "weekday-mismatch"  # date, written, actual (0 = Monday)
    RELATIVE_WITHOUT_NOW = "relative-without-now"  # word
    MIDNIGHT = "midnight"  # word
    NONEXISTENT_LOCAL = "nonexistent-local-time"  # local, zone
    AMBIGUOUS_ORDER = "ambiguous-order"  # part, first, second
    # a value, but uncertain
    UNKNOWN_ZONE = "unknown-zone"  # zone
    AMBIGUOUS_LOCAL = "ambiguous-local-time"  # local, zone
    NUMERIC_ORDER = "numeric-order"  # part
    # a value, and what was assumed
    LOCAL_TIME = "local-time"  # zone
    YEAR_FROM_CALL = "year-from-call"  # year
    RELATIVE = "relative"  # word, date
    DATE_ONLY = "date-only"
    ZONE_SEASON = "zone-season"  # given, local


# Notes worth showing next to an accepted date (the rest is either obvious or a refusal).
TOLD = frozenset({DateCode.YEAR_FROM_CALL, DateCode.RELATIVE, DateCode.ZONE_SEASON})

MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}

_WORDING: dict[DateCode, tuple[str, str]] = {
    DateCode.EMPTY: ("leeg", "empty"),
    DateCode.TOO_LONG: ("te lang om een datum te zijn", "too long to be a date"),
    DateCode.NOT_UNDERSTOOD: ("'{part}' niet begrepen", "'{part}' not understood"),
    DateCode.NO_DATE: ("een uur zonder datum", "a time without a date"),
    DateCode.NO_TIME: ("een datum zonder uur", "a date without a time"),
    DateCode.NO_YEAR: ("een datum zonder jaar", "a date without a year"),
    DateCode.IMPOSSIBLE_MONTH: ("maand {month} bestaat niet", "there is no month {month}"),
    DateCode.IMPOSSIBLE_DATE: (
        "{day} {month_name} {year} bestaat niet",
        "{day} {month_name} {year} does not exist",
    ),
    DateCode.IMPOSSIBLE_TIME: ("{time} is geen geldig uur", "{time} is not a valid time"),
    DateCode.YEAR_OUT_OF_RANGE: ("jaar {year} kan niet", "year {year} is out of range"),
    DateCode.BAD_OFFSET: (
        "onmogelijke tijdzone-offset {offset}",
        "impossible time zone offset {offset}",
    ),
    DateCode.ZONE_CONFLICT: (
        "tijdzones {first} en {second} spreken elkaar tegen",
        "time zones {first} and {second} contradict each other",
    ),
    DateCode.WEEKDAY_MISMATCH: (
        "{day_words} is een {actual_name}, geen '{written}'",
        "{day_words} is a {actual_name}, not '{written}'",
    ),
    DateCode.RELATIVE_WITHOUT_NOW: (
        "'{word}' zonder een 'nu' om van uit te gaan",
        "'{word}' without a 'now' to count from",
    ),
    DateCode.MIDNIGHT: (
        "'{word}' is dubbelzinnig: schrijf 00:00 (begin van de dag) of 23:59 (einde)",
        "'{word}' is ambiguous: write 00:00 (start of the day) or 23:59 (end)",
    ),
    DateCode.NONEXISTENT_LOCAL: (
        "{local} bestaat niet in {zone} (klok verzet naar zomeruur)",
        "{local} does not exist in {zone} (clocks went forward)",
    ),
    DateCode.AMBIGUOUS_ORDER: (
        "'{part}' kan dag/maand of maand/dag zijn ({first} of {second})",
        "'{part}' can be day/month or month/day ({first} or {second})",
    ),
    DateCode.UNKNOWN_ZONE: ("onbekende tijdzone {zone}", "unknown time zone {zone}"),
    DateCode.AMBIGUOUS_LOCAL: (
        "{local} bestaat twee keer in {zone} (klok terug naar winteruur): het latere genomen",
        "{local} occurs twice in {zone} (clocks went back): the later one taken",
    ),
    DateCode.NUMERIC_ORDER: (
        "numerieke datum '{part}': volgorde dag/maand niet vastgelegd",
        "numeric date '{part}': day/month order not fixed",
    ),
    DateCode.LOCAL_TIME: ("zonder tijdzone: lokale tijd", "no time zone: local time"),
    DateCode.YEAR_FROM_CALL: (
        "jaar {year} aangenomen (het jaar van de oproep)",
        "year {year} assumed (the call's year)",
    ),
    DateCode.RELATIVE: ("'{word}' gelezen als {date_words}", "'{word}' read as {date_words}"),
    DateCode.DATE_ONLY: ("geen uur: begin van de dag genomen", "no time: start of the day taken"),
    DateCode.ZONE_SEASON: (
        "{given} is niet de tijdzone van toen ({local}); {given} aangenomen",
        "{given} is not the zone in force then ({local}); {given} assumed",
    ),
}

EXAMPLES: dict[str, tuple[str, ...]] = {
    "nl": ("1/9/2023 23:59", "2023-09-01 23:59 CEST", "gisteren om 22u"),
    "en": ("1/9/2023 23:59", "2023-09-01 23:59 CEST", "yesterday 10 pm"),
}


@dataclass(frozen=True)
class DateNote:
    """One thing the parser says: a code and its parameters (all strings, for any renderer)."""

    code: DateCode
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, code: DateCode, **params: object) -> DateNote:
        return cls(code, tuple((k, str(v)) for k, v in params.items()))

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")

    def text(self, lang: Lang = "nl") -> str:
        pair = _WORDING[self.code]
        template = pair[1] if lang == "en" else pair[0]
        return template.format(**_fields(dict(self.params), "en" if lang == "en" else "nl"))


def _fields(params: dict[str, str], lang: Lang) -> dict[str, str]:
    """The parameters plus their worded forms (month and weekday names, dates in words)."""
    fields = dict(params)
    month = params.get("month", "")
    if month.isdigit() and 1 <= int(month) <= 12:
        fields["month_name"] = MONTHS[lang][int(month) - 1]
    else:
        fields["month_name"] = month
    actual = params.get("actual", "")
    if actual.isdigit() and int(actual) < 7:
        fields["actual_name"] = WEEKDAYS[lang][int(actual)]
    if "date" in params:
        try:
            day = dt.date.fromisoformat(params["date"])
        except ValueError:
            fields["date_words"] = fields["day_words"] = params["date"]
        else:
            fields["date_words"] = _date_words(day, lang)
            fields["day_words"] = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"
    return fields


def _date_words(day: dt.date, lang: Lang) -> str:
    weekday = WEEKDAYS[lang][day.weekday()]
    return f"{weekday} {day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def refusal_message(option: str, text: str, note: DateNote, lang: Lang = "nl") -> str:
    """'--received '2023-13-01': maand 13 bestaat niet. Zo lukt het wel: ...'."""
    en = lang == "en"
    examples = ", ".join(f"'{e}'" for e in EXAMPLES["en" if en else "nl"])
    shown = text if len(text) <= 60 else text[:57] + "..."
    lead = f"{option} '{shown}'" if option else f"'{shown}'"
    reason = note.text(lang)
    hint = _HINTS.get(note.code)
    if note.code == DateCode.IMPOSSIBLE_MONTH and note.param("form") != "day-first":
        hint = None  # "2023-13-01": the order was clear, the month is simply wrong
    if hint:
        reason += "; " + (hint[1] if en else hint[0])
    works = f"Forms that work: {examples}." if en else f"Zo lukt het wel: {examples}."
    return f"{lead}: {reason}. {works}"


_HINTS: dict[DateCode, tuple[str, str]] = {
    DateCode.UNKNOWN_ZONE: ("geef een offset zoals +02:00", "give an offset such as +02:00"),
    DateCode.AMBIGUOUS_LOCAL: ("geef een offset zoals +02:00", "give an offset such as +02:00"),
    DateCode.NO_TIME: ("geef ook het uur", "give the time too"),
    DateCode.IMPOSSIBLE_MONTH: ("de dag komt eerst: dag/maand/jaar", "the day comes first: d/m/y"),
}


# Notes travel into reports as Dutch text (sources.model.Arrival.note); this turns a Dutch date
# note found inside such text back into English, for `i18n.note_text`.
_ANY_FIELD = r"[^\s;()]+"
_FIELD_PATTERNS = {
    "part": r"[^']*",
    "word": r"[^']*",
    "date_words": r"\w+ \d{1,2} \w+ -?\d+",
    "day_words": r"\d{1,2} \w+ -?\d+",
    "written": r"[^']*",
    "local": r"[\d-]+ [\d:]+|\w+",
}


def _reverse(template: str) -> re.Pattern[str]:
    pattern, seen = "", set()
    for part in re.split(r"(\{\w+\})", template):
        name = part[1:-1]
        if not part.startswith("{"):
            pattern += re.escape(part)
        elif name in seen:
            pattern += f"(?P={name})"
        else:
            seen.add(name)
            pattern += f"(?P<{name}>{_FIELD_PATTERNS.get(name, _ANY_FIELD)})"
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


# "leeg" alone is too common a word to reword inside other text
_REVERSE = [(code, _reverse(nl)) for code, (nl, _) in _WORDING.items() if code != DateCode.EMPTY]
_MONTH_NL = {name: str(i + 1) for i, name in enumerate(MONTHS["nl"])}
_WEEKDAY_NL = {name: str(i) for i, name in enumerate(WEEKDAYS["nl"])}


def date_notes_in_english(text: str) -> str:
    """Every Dutch date note inside `text` reworded in English; other text unchanged."""
    for code, pattern in _REVERSE:
        match = pattern.search(text)
        if match is None:
            continue
        found = match.groupdict()
        params: dict[str, str] = {
            k: v
            for k, v in found.items()
            if k not in ("month_name", "actual_name", "date_words", "day_words")
        }
        if "month_name" in found:
            params["month"] = _MONTH_NL.get(found["month_name"], found["month_name"])
        if "actual_name" in found:
            params["actual"] = _WEEKDAY_NL.get(found["actual_name"], found["actual_name"])
        for words in ("date_words", "day_words"):
            if words in found:
                params["date"] = _iso_from_words(found[words])
        english = DateNote(code, tuple(params.items())).text("en")
        text = text[: match.start()] + english + text[match.end() :]
    return text


def _iso_from_words(words: str) -> str:
    """'vrijdag 1 september 2023' -> '2023-09-01' (the inverse of _date_words in Dutch)."""
    parts = words.split()[-3:]
    if len(parts) == 3 and parts[0].isdigit() and parts[1] in _MONTH_NL and parts[2].isdigit():
        try:
            return dt.date(int(parts[2]), int(_MONTH_NL[parts[1]]), int(parts[0])).isoformat()
        except ValueError:
            return words
    return words
