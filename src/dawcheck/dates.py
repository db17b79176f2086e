"""Parse the dates people type and mail servers write into aware datetimes, or say why not.

One helper for every date in dawcheck (--received, --now, e-mail headers), so the traps are
handled once: ISO 8601 is read as ISO (dateutil with dayfirst would read 2023-09-01 as 9 January),
"GMT +0200" keeps its offset (dateutil and the stdlib read it as UTC), "GMT+2" is not given
POSIX's inverted sign, a time without a zone is local (Brussels) time, and an unknown zone name
makes the result uncertain instead of silently local.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil import parser as du_parser

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


class _DutchEnglishInfo(du_parser.parserinfo):
    """Month and weekday names in Dutch and English; 'om' and 'uur' are filler words."""

    JUMP = [*du_parser.parserinfo.JUMP, "om", "uur", "te", "de", "den"]
    WEEKDAYS = [
        ("Mon", "Monday", "ma", "maa", "maandag"),
        ("Tue", "Tuesday", "di", "din", "dinsdag"),
        ("Wed", "Wednesday", "wo", "woe", "woensdag"),
        ("Thu", "Thursday", "do", "don", "donderdag"),
        ("Fri", "Friday", "vr", "vri", "vrijdag"),
        ("Sat", "Saturday", "za", "zat", "zaterdag"),
        ("Sun", "Sunday", "zo", "zon", "zondag"),
    ]
    MONTHS = [
        ("Jan", "January", "januari"),
        ("Feb", "February", "februari"),
        ("Mar", "March", "mrt", "maart", "maa"),
        ("Apr", "April"),
        ("May", "mei"),
        ("Jun", "June", "juni"),
        ("Jul", "July", "juli"),
        ("Aug", "August", "augustus"),
        ("Sep", "Sept", "September"),
        ("Oct", "October", "okt", "oktober"),
        ("Nov", "November"),
        ("Dec", "December"),
    ]


_INFO = _DutchEnglishInfo(dayfirst=True)
_HOUR_U = re.compile(r"\b(\d{1,2})\s*[uh]\s*(\d{2})?\b", re.IGNORECASE)
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC|UT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}\b")
_ZONE_WORD = re.compile(r"\b([A-Z]{2,5})\b")
_COMMENT = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class ParsedTime:
    """An aware datetime, or None with the reason; `uncertain` if the zone had to be guessed."""

    value: dt.datetime | None
    uncertain: bool = False
    note: str = ""


def _explicit_offset(text: str) -> str:
    """'GMT +0200' / 'UTC+2' -> '+02:00' so no parser drops or inverts the offset."""

    def repl(m: re.Match[str]) -> str:
        return f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}"

    return _NAMED_OFFSET.sub(repl, text)


def _iso(text: str) -> dt.datetime | None:
    candidate = text.strip().replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2}", text) else ""
    if not candidate:
        return None
    try:
        return dt.datetime.fromisoformat(candidate.replace("Z", "+00:00"))
    except ValueError:
        return None


def parse_datetime(text: str, zone: ZoneInfo = BRUSSELS) -> ParsedTime:
    """Parse `text`; a time without a zone is taken as `zone` (Brussels) time."""
    text = (text or "").strip()
    if not text:
        return ParsedTime(None, note="leeg")
    if len(text) > MAX_DATE_CHARS:
        return ParsedTime(None, note="te lang om een datum te zijn")
    text = _COMMENT.sub(" ", text).strip()
    parsed = _iso(text)
    zone_words: list[str] = []
    if parsed is None:
        cleaned = _explicit_offset(text)
        cleaned = _HOUR_U.sub(lambda m: f"{m.group(1)}:{m.group(2) or '00'}", cleaned)
        if not _OFFSET.search(cleaned):
            zone_words = [w for w in _ZONE_WORD.findall(cleaned) if not _is_date_word(w)]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed = du_parser.parse(cleaned, parserinfo=_INFO, tzinfos=KNOWN_ZONES)
        except Exception as e:  # noqa: BLE001 - dateutil raises many types on hostile text
            # (found by fuzzing: decimal.InvalidOperation on a long run of digits)
            return ParsedTime(None, note=f"onleesbare datum ({type(e).__name__})")
    if parsed.tzinfo is not None:
        # found by fuzzing: "+9999" parses, then breaks every comparison (offsets must stay
        # within a day); real zones lie within -12:00..+14:00
        try:
            offset = parsed.utcoffset()
            parsed.astimezone(dt.UTC)
        except (ValueError, OverflowError):
            return ParsedTime(None, note="onmogelijke tijdzone of datum")
        if offset is None or abs(offset) > MAX_OFFSET:
            return ParsedTime(None, note=f"onmogelijke tijdzone-offset ({offset})")
    if parsed.tzinfo is None:
        unknown = [w for w in zone_words if w not in KNOWN_ZONES]
        if unknown:
            return ParsedTime(
                parsed.replace(tzinfo=zone), uncertain=True, note=f"onbekende tijdzone {unknown[0]}"
            )
        return ParsedTime(parsed.replace(tzinfo=zone), note="zonder tijdzone: lokale tijd")
    return ParsedTime(parsed)


_DATE_WORDS = {
    w.lower() for group in _DutchEnglishInfo.MONTHS + _DutchEnglishInfo.WEEKDAYS for w in group
} | {"am", "pm", "om", "uur"}


def _is_date_word(word: str) -> bool:
    return word.lower() in _DATE_WORDS


def parse_user_datetime(text: str, zone: ZoneInfo = BRUSSELS) -> dt.datetime:
    """Parse a date from the command line or raise UsageError with the reason."""
    from dawcheck.errors import UsageError

    result = parse_datetime(text, zone)
    if result.value is None:
        raise UsageError(f"'{text}': {result.note}")
    if result.uncertain:
        raise UsageError(f"'{text}': {result.note}; geef een offset zoals +02:00")
    return result.value


def format_duration(seconds: float, lang: str = "nl") -> str:
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
