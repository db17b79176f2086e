"""User-facing words in Dutch (default) and English. Addendum content stays as written (Dutch)."""

from __future__ import annotations

from typing import Literal

Lang = Literal["nl", "en"]

_TEXT: dict[str, tuple[str, str]] = {
    # statuses
    "pass": ("OK", "pass"),
    "warn": ("let op", "warning"),
    "fail": ("NIET OK", "FAIL"),
    "covered": ("gedekt", "covered"),
    "weak": ("zwak", "weak"),
    "missing": ("ontbreekt", "missing"),
    # addendum view
    "region": ("Werkingsgebied", "Region"),
    "municipalities": ("Gemeenten", "Municipalities"),
    "deadline": ("Deadline", "Deadline"),
    "intake": ("Indienen bij", "Submit to"),
    "filename_rule": ("Regel voor de bestandsnaam", "Filename rule"),
    "challenges": ("Regio-uitdagingen", "Regional challenges"),
    "challenge": ("Regio-uitdaging", "Regional challenge"),
    "personas": ("persona", "persona"),
    "services": ("Types dienstverlening", "Service types"),
    "attention": ("Aandachtspunten", "Points of attention"),
    "need": ("Nood", "Need"),
    "service": ("Dienstverlening", "Service"),
    "terms": ("herkend aan", "recognised by"),
    "timeline": ("Lokale timing", "Local timeline"),
    "contacts": ("Contactpersonen", "Contacts"),
    "addendum_valid": ("{name}: geldig addendum ({id} {version})", "{name}: valid addendum "
                       "({id} {version})"),
    # timeline
    "past": ("voorbij", "past"),
    "today": ("vandaag", "today"),
    "coming": ("komt nog", "coming"),
    "ago": ("{d} geleden", "{d} ago"),
    "in": ("over {d}", "in {d}"),
    "deadline_open": ("Nog {d} tot de deadline ({at}).", "{d} left until the deadline ({at})."),
    "deadline_closed": ("De deadline is voorbij sinds {d} ({at}).",
                        "The deadline passed {d} ago ({at})."),
    "milestone": ("Mijlpaal", "Milestone"),
    "when": ("Wanneer", "When"),
    "status": ("Status", "Status"),
    "until": ("tot", "until"),
    "before": ("voor", "before"),
}


def t(key: str, lang: Lang = "nl", **kwargs: object) -> str:
    """Text for `key` in `lang`, formatted with kwargs; unknown keys are returned as-is."""
    pair = _TEXT.get(key)
    if pair is None:
        return key.format(**kwargs) if kwargs else key
    text = pair[0] if lang == "nl" else pair[1]
    return text.format(**kwargs) if kwargs else text


MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
             "september", "oktober", "november", "december"]
WEEKDAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def format_date(value, lang: Lang = "nl", with_time: bool = False) -> str:  # noqa: ANN001
    """'vrijdag 1 september 2023 om 23:59' / 'Friday 1 September 2023 at 23:59'."""
    if lang == "nl":
        month = MONTHS_NL[value.month - 1]
        text = f"{WEEKDAYS_NL[value.weekday()]} {value.day} {month} {value.year}"
        if with_time:
            text += f" om {value:%H:%M}"
    else:
        text = f"{value:%A} {value.day} {value:%B %Y}"
        if with_time:
            text += f" at {value:%H:%M}"
    return text
