"""User-facing words in Dutch (default) and English. Addendum content stays as written (Dutch)."""

from __future__ import annotations

import datetime as dt
import re

from dawcheck.date_notes import date_notes_in_english
from dawcheck.langs import Lang

__all__ = ["Lang", "format_date", "note_text", "t"]

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
    "addendum_valid": (
        "{name}: geldig addendum ({id} {version})",
        "{name}: valid addendum ({id} {version})",
    ),
    # timeline
    "past": ("voorbij", "past"),
    "today": ("vandaag", "today"),
    "coming": ("komt nog", "coming"),
    "ago": ("{d} geleden", "{d} ago"),
    "in": ("over {d}", "in {d}"),
    "deadline_open": ("Nog {d} tot de deadline ({at}).", "{d} left until the deadline ({at})."),
    "deadline_closed": (
        "De deadline is voorbij sinds {d} ({at}).",
        "The deadline passed {d} ago ({at}).",
    ),
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


MONTHS_NL = [
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
]
WEEKDAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def format_date(value: dt.date | dt.datetime, lang: Lang = "nl", with_time: bool = False) -> str:
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


# Notes from the e-mail and date sources are written in Dutch, the default; this table gives
# their English form. Each entry: a pattern for one note, its English template.
_NOTES_EN: list[tuple[str, str]] = [
    (
        r"header (\S+) onleesbaar \((\w+)\), ruwe waarde gebruikt",
        r"header \1 unreadable (\2), raw value used",
    ),
    (r"header (\S+) onleesbaar, ruwe waarde gebruikt", r"header \1 unreadable, raw value used"),
    (
        r"geen Received-header van (.+), bovenste gebruikt",
        r"no Received header from \1, the topmost was used",
    ),
    (r"Received-header zonder datum", "Received header without a date"),
    (r"Received-datum onleesbaar \((.*)\)", r"Received date unreadable (\1)"),
    (r"Received-datum zonder tijdzone", "Received date without a time zone"),
    (
        r"Received-stempels niet in volgorde: (\S+) \(eerdere hop\) na (\S+) \(latere hop\)",
        r"Received stamps out of order: \1 (earlier hop) after \2 (later hop)",
    ),
    (r"bericht (\d+) uur onderweg", r"message \1 hours in transit"),
    (r"onwaarschijnlijke Received-datum \((.*)\)", r"implausible Received date (\1)"),
    (
        r"Date-header \((.*)\) wijkt meer dan 5 min af van de Received-tijd",
        r"Date header (\1) differs from the Received time by more than 5 min",
    ),
    (r"onwaarschijnlijke Date-header \((.*)\)", r"implausible Date header (\1)"),
    (
        r"geen bruikbare Received-header: Date-header van de afzender gebruikt",
        "no usable Received header: the sender's Date header was used",
    ),
    (r"Date-header onleesbaar \((.*)\)", r"Date header unreadable (\1)"),
    (r"geen Date-header", "no Date header"),
    (
        r"meer dan (\d+) MIME-delen: de rest is niet bekeken",
        r"more than \1 MIME parts: the rest was not examined",
    ),
    (
        r"bijlage '(.*)' kon niet gedecodeerd worden \((\w+)\)",
        r"attachment '\1' could not be decoded (\2)",
    ),
    (r"bijlage '(.*)': base64 beschadigd", r"attachment '\1': damaged base64"),
    (r"bijlage uit een doorgestuurd bericht", "attachment from a forwarded message"),
    (r"bericht te groot om te lezen", "message too large to read"),
    (
        r"bericht te groot om te lezen: (\d+) MB in (\d+) regels \(grens (\d+) MB, (\d+) regels\)",
        r"message too large to read: \1 MB in \2 lines (limit \3 MB, \4 lines)",
    ),
    (
        r"MIME-structuur te diep genest \(meer dan (\d+) niveaus\): bijlagen niet gelezen",
        r"MIME structure nested too deep (more than \1 levels): attachments not read",
    ),
    (
        r"MIME-structuur dieper dan (\d+) niveaus genest: wat dieper zit is niet bekeken",
        r"MIME structure nested deeper than \1 levels: the deeper parts were not examined",
    ),
    (r"bericht te groot: afgekapt", "message too large: truncated"),
    (
        r"bericht deels onleesbaar \((\w+)\), opnieuw gelezen zonder controletekens",
        r"message partly unreadable (\1), read again without control characters",
    ),
    (r"MIME-structuur onleesbaar \((\w+)\)", r"MIME structure unreadable (\1)"),
    (
        r"MIME-structuur beschadigd \(grens ontbreekt of klopt niet\): "
        r"een bijlage kan verborgen zijn",
        "MIME structure damaged (boundary missing or wrong): an attachment may be hidden",
    ),
    (
        r"From_-regel zonder tijdzone: Brusselse tijd aangenomen",
        "mbox From_ line has no time zone: Brussels time assumed",
    ),
    (r"From_-regel zonder leesbare datum", "mbox From_ line without a readable date"),
    (r"From_-regel: (.*)", r"mbox From_ line: \1"),
    (r"geen bijlage gevonden", "no attachment found"),
    (
        r"geen bijlage \(overgeslagen: (.*), geen inzending\)",
        r"no attachment (skipped: \1, not a submission)",
    ),
    (r"geen bijlage", "no attachment"),
    (r"Outlook-bestand onleesbaar \((\w+)\)", r"Outlook file unreadable (\1)"),
    (r"Outlook-bestand niet gelezen: (.*)", r"Outlook file not read: \1"),
    (r"Outlook-bestand beschadigd \((\w+)\)", r"Outlook file damaged (\1)"),
    (
        r"Outlook-bestand beschadigd of afgekapt: een deel van de inhoud ontbreekt",
        "Outlook file damaged or truncated: part of its content is missing",
    ),
    (r"geen Outlook-bestand \(geen OLE2-opmaak\)", "not an Outlook file (no OLE2 structure)"),
    (
        r"geen Outlook-bericht \(OLE2-bestand zonder berichteigenschappen\)",
        "not an Outlook message (OLE2 file without message properties)",
    ),
    (
        r"Outlook-ondersteuning ontbreekt \(python-oxmsg niet geïnstalleerd\): "
        r"installeer dawcheck opnieuw",
        "Outlook support missing (python-oxmsg not installed): reinstall dawcheck",
    ),
    (r"Outlook-eigenschap (.+) onleesbaar \((\w+)\)", r"Outlook property \1 unreadable (\2)"),
    (
        r"onwaarschijnlijke Outlook-afleveringstijd \((.*)\)",
        r"implausible Outlook delivery time (\1)",
    ),
    (
        r"geen afleverings- of verzendtijd in het Outlook-bestand \(mogelijk een concept\)",
        "no delivery or submit time in the Outlook file (possibly a draft)",
    ),
    (r"bericht niet gelezen: (.*)", r"message not read: \1"),
    (r"mailbox niet gelezen: (.*)", r"mailbox not read: \1"),
    (r"onbekende tijdzone (\S+)", r"unknown time zone \1"),
    (r"zonder tijdzone: lokale tijd", "no time zone: local time"),
    (r"onleesbare datum \((\w+)\)", r"unreadable date (\1)"),
    (r"onmogelijke tijdzone-offset \((.*)\)", r"impossible time zone offset (\1)"),
    (r"onmogelijke tijdzone of datum", "impossible time zone or date"),
    (r"leeg", "empty"),
    (r"te lang om een datum te zijn", "too long to be a date"),
]
_COMPILED_NOTES = [(re.compile(f"^{p}$"), r) for p, r in _NOTES_EN]
# Phrases inside notes whose rest is data (arrival plausibility from dawcheck.sources.mail).
_PHRASES_EN: list[tuple[str, str]] = [
    (r"onwaarschijnlijke Received-datum", "implausible Received date"),
    (r"onwaarschijnlijke ([\w-]+)-tijd", r"implausible \1 time"),
    (r"voor de lancering van de oproep", "before the call was launched"),
    (r"na het moment van controle", "after the moment of checking"),
    (r": te vroeg$", ": too early"),
]
_COMPILED_PHRASES = [(re.compile(p), r) for p, r in _PHRASES_EN]


def note_text(text: str, lang: Lang = "nl") -> str:
    """A source note (Dutch, possibly several joined by '; ') in the requested language."""
    if lang == "nl" or not text:
        return text
    return "; ".join(_note_piece_en(piece) for piece in text.split("; "))


def _note_piece_en(piece: str) -> str:
    for pattern, template in _COMPILED_NOTES:
        match = pattern.match(piece)
        if match is None:
            continue
        # a note inside another ("... (onleesbare datum (ParserError))", "From_-regel: leeg") is
        # translated too; a file name or header value in quotes is kept as it is
        groups = [
            _note_piece_en(g) if g and piece[: match.start(i)].endswith(("(", ": ")) else g
            for i, g in enumerate(match.groups(), 1)
        ]
        piece = _fill(template, groups)
        break
    for pattern, template in _COMPILED_PHRASES:
        piece = pattern.sub(template, piece)
    return date_notes_in_english(piece)


def _fill(template: str, groups: list[str | None]) -> str:
    """The template with its \\1, \\2 ... replaced by the (translated) groups."""
    return re.sub(r"\\(\d)", lambda ref: groups[int(ref.group(1)) - 1] or "", template)
