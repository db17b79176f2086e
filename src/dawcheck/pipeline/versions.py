"""Across the inbox: each applicant's deliveries are versions in arrival order; a copy re-sends the
same documents (same names and bytes); the resubmission policy says which version counts.

Pure: facts in, marks out. A renamed or changed file is a new version, so an applicant who adds
"DAW+" to the name, as dawcheck advised, gets the renamed version counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dawcheck.report import Submission

ON_TIME_CODES = frozenset({"arrival.on-time", "arrival.on-time-unproven", "arrival.precheck-open"})


@dataclass(frozen=True)
class Facts:
    """What the cross-inbox logic needs of one submission (kept in memory for a whole inbox)."""

    id: int
    applicant: str | None
    received: dt.datetime | None
    eligible: bool  # a delivery that is (or tries to be) a submission
    on_time: bool
    signature: tuple[tuple[str, str], ...]  # (name, sha256) of every document, sorted


@dataclass
class Marks:
    version: int | None = None
    counts: bool = False
    duplicate_of: int | None = None
    superseded_by: int | None = None


def facts_of(sub: Submission) -> Facts:
    arrival = sub.check("arrival")
    signature = tuple(sorted((d.filename, d.sha256 or "") for d in sub.documents))
    if not signature and sub.links:
        signature = tuple(sorted(("link", link.url) for link in sub.links))
    return Facts(
        id=sub.id,
        applicant=sub.applicant,
        received=sub.received,
        eligible=sub.outcome != "not-a-submission",
        on_time=arrival is not None and arrival.code in ON_TIME_CODES,
        signature=signature,
    )


def mark_versions(facts: list[Facts], policy: str) -> dict[int, Marks]:
    """Marks for every submission id; not-a-submission deliveries never count."""
    marks = {f.id: Marks() for f in facts}
    groups: dict[str, list[Facts]] = {}
    for f in facts:
        if f.eligible:
            groups.setdefault(f.applicant or f"#{f.id}", []).append(f)
    for members in groups.values():
        members.sort(key=lambda f: (f.received is None, _ts(f.received), f.id))
        originals: list[Facts] = []
        first_with: dict[tuple[tuple[str, str], ...], Facts] = {}
        for f in members:
            earlier = first_with.get(f.signature) if f.signature else None
            if earlier is not None:
                marks[f.id].duplicate_of = earlier.id
                marks[f.id].version = marks[earlier.id].version
                continue
            if f.signature:
                first_with[f.signature] = f
            originals.append(f)
            marks[f.id].version = len(originals)
        chosen = _choose(originals, policy)
        if chosen is None:
            continue
        marks[chosen.id].counts = True
        for older, newer in zip(originals, originals[1:], strict=False):
            if _ts(older.received) <= _ts(chosen.received) and older.id != chosen.id:
                marks[older.id].superseded_by = newer.id
    return marks


def _choose(originals: list[Facts], policy: str) -> Facts | None:
    if policy == "latest":
        return originals[-1] if originals else None
    on_time = [f for f in originals if f.on_time]
    if not on_time:
        return None
    return on_time[0] if policy == "first-on-time" else on_time[-1]


def _ts(value: dt.datetime | None) -> float:
    return value.timestamp() if value is not None else float("inf")
