"""arrival: when the submission arrived, against the deadline, to the second.

Sources, strongest first: --received (the user says), the e-mail's Received header, the
mbox From_ line or Outlook's delivery time, the Date header (the sender's clock), the file's
modification time (proves nothing). A time whose zone is unknown is 'onzeker', never on time.
"""

from __future__ import annotations

import datetime as dt

from dawcheck.addendum.models import Addendum
from dawcheck.checks.model import CheckResult, Status
from dawcheck.dates import format_duration
from dawcheck.i18n import Lang, note_text
from dawcheck.sources.model import Arrival

__all__ = ["Arrival", "check_arrival"]

_STRONG = {"cli", "received-header", "msg-delivery-time"}
_SOURCE_NL = {
    "cli": "opgegeven met --received",
    "received-header": "Received-header van de ontvangende server",
    "mbox-from-line": "From_-regel van de mailbox (zonder tijdzone)",
    "msg-delivery-time": "Outlook-afleveringstijd",
    "date-header": "Date-header (klok van de afzender)",
    "mtime": "wijzigingstijd van het bestand (bewijst niets)",
    "none": "geen tijdstip",
}
_SOURCE_EN = {
    "cli": "given with --received",
    "received-header": "Received header of the receiving server",
    "mbox-from-line": "mbox From_ line (no time zone)",
    "msg-delivery-time": "Outlook delivery time",
    "date-header": "Date header (sender's clock)",
    "mtime": "file modification time (proves nothing)",
    "none": "no time",
}


def check_arrival(
    arrival: Arrival, addendum: Addendum, now: dt.datetime, lang: str = "nl"
) -> CheckResult:
    nl = lang == "nl"
    words: Lang = "nl" if nl else "en"
    sub = addendum.submission
    source = (_SOURCE_NL if nl else _SOURCE_EN)[arrival.source]
    evidence: dict[str, str | bool] = {
        "source": arrival.source,
        "deadline": sub.deadline_at.isoformat(),
        "closes_at": sub.closes_at.isoformat(),
    }
    if arrival.at is None:
        # uncertain: something arrived but its time cannot be known; that is never "not yet"
        if now < sub.closes_at and not arrival.uncertain:
            left = format_duration((sub.deadline_at - now).total_seconds(), lang)
            msg = (
                f"nog niet ingediend; nog {left} tot de deadline"
                if nl
                else f"not sent yet; {left} left until the deadline"
            )
            if note_text(arrival.note, words):
                msg += f" ({note_text(arrival.note, words)})"
            return CheckResult(id="arrival", status="pass", message=msg, evidence=evidence)
        msg = (
            f"aankomsttijd onbekend ({note_text(arrival.note, words) or source}): onzeker"
            if nl
            else f"arrival time unknown ({note_text(arrival.note, words) or source}): uncertain"
        )
        return CheckResult(id="arrival", status="warn", message=msg, evidence=evidence)
    at = arrival.at
    note = note_text(arrival.note, words)
    evidence["received"] = at.isoformat()
    local = at.astimezone(sub.zone)
    shown = local.strftime("%d/%m/%Y %H:%M:%S")
    if arrival.uncertain:
        msg = (
            f"{shown} volgens {source}, maar {note}: onzeker"
            if nl
            else f"{shown} according to {source}, but {note}: uncertain"
        )
        return CheckResult(id="arrival", status="warn", message=msg, evidence=evidence)
    on_time = at < sub.closes_at
    evidence["on_time"] = on_time
    if on_time:
        margin = max((sub.deadline_at - at).total_seconds(), 0)
        rel = (
            f"{format_duration(margin, lang)} voor de deadline"
            if nl
            else f"{format_duration(margin, lang)} before the deadline"
        )
        if margin == 0:
            rel = "in de laatste minuut, op tijd" if nl else "in the last minute, on time"
        msg = f"{shown} ({rel}; {source})"
        status: Status = "pass" if arrival.source in _STRONG else "warn"
    else:
        late = (at - sub.closes_at).total_seconds()
        rel = (
            f"{format_duration(late, lang) if late >= 1 else '0 s'} te laat"
            if nl
            else f"{format_duration(late, lang) if late >= 1 else '0 s'} late"
        )
        msg = f"{shown} ({rel}; {source})"
        status = "fail" if arrival.source in _STRONG | {"mbox-from-line", "date-header"} else "warn"
    if note:
        msg += f"; {note}"
    if arrival.source == "mtime" and now < sub.closes_at:
        left = format_duration((sub.deadline_at - now).total_seconds(), lang)
        msg += f"; nog {left} tot de deadline" if nl else f"; {left} left until the deadline"
    return CheckResult(id="arrival", status=status, message=msg, evidence=evidence)
