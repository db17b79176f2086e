"""arrival: when the submission arrived, against the deadline, to the second.

Sources, strongest first: --received (the user says), the e-mail's Received header, the
mbox From_ line or Outlook's delivery time, the Date header (the sender's clock), the file's
modification time (proves nothing). A time whose zone is unknown is 'onzeker', never on time.
"""

from __future__ import annotations

import datetime as dt

from dawcheck.addendum.models import Addendum
from dawcheck.checks.findings import ArrivalEvidence, Finding
from dawcheck.checks.model import Status
from dawcheck.sources.model import Arrival, Source

__all__ = ["STRONG_SOURCES", "Arrival", "check_arrival"]

# Sources that prove when the intake received it; others are only indications.
STRONG_SOURCES: frozenset[Source] = frozenset({"cli", "received-header", "msg-delivery-time"})
# A late time from these is still a fail: a clock that says late is not wrong in our favour.
_LATE_IS_FAIL = STRONG_SOURCES | {"mbox-from-line", "date-header"}


def check_arrival(
    arrival: Arrival,
    addendum: Addendum,
    now: dt.datetime,
    *,
    precheck: bool = False,
    original_received: dt.datetime | None = None,
) -> Finding:
    """Judge the arrival against the deadline, to the second.

    `precheck`: nothing was sent yet (dawcheck check without --received): a countdown while the
    deadline is ahead, and a fail once it has passed; never an invented arrival.
    """
    sub = addendum.submission
    evidence = ArrivalEvidence(
        source=arrival.source,
        received=arrival.at,
        deadline=sub.deadline_at,
        closes_at=sub.closes_at,
        uncertain=arrival.uncertain,
        note=arrival.note,
        original_received=original_received,
    )
    if arrival.at is None:
        if precheck:
            if now < sub.closes_at:
                evidence.seconds = max(int((sub.deadline_at - now).total_seconds()), 0)
                return _finding("arrival.precheck-open", "pass", evidence)
            evidence.seconds = int((now - sub.closes_at).total_seconds())
            return _finding("arrival.precheck-closed", "fail", evidence)
        return _finding("arrival.unknown", "warn", evidence)
    if arrival.uncertain:
        return _finding("arrival.uncertain", "warn", evidence)
    on_time = arrival.at < sub.closes_at
    evidence.on_time = on_time
    if on_time:
        evidence.seconds = max(int((sub.deadline_at - arrival.at).total_seconds()), 0)
        if arrival.source in STRONG_SOURCES:
            return _finding("arrival.on-time", "pass", evidence)
        return _finding("arrival.on-time-unproven", "warn", evidence)
    evidence.seconds = int((arrival.at - sub.closes_at).total_seconds())
    if arrival.source in _LATE_IS_FAIL:
        return _finding("arrival.late", "fail", evidence)
    return _finding("arrival.late-unproven", "warn", evidence)


def _finding(code: str, status: Status, evidence: ArrivalEvidence) -> Finding:
    return Finding(id="arrival", code=code, status=status, evidence=evidence)
