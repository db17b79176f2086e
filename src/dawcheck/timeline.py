"""Where each milestone of the addendum stands relative to a moment (past, today, coming)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from dawcheck.addendum.models import Addendum, Milestone

State = Literal["past", "today", "coming"]


@dataclass(frozen=True)
class MilestoneState:
    milestone: Milestone
    at: dt.datetime
    state: State
    seconds: float  # time to the milestone (coming, or the deadline today) or since it (past)


def milestone_states(addendum: Addendum, now: dt.datetime) -> list[MilestoneState]:
    """State of every milestone at `now` (an aware datetime)."""
    zone = addendum.submission.zone
    now = now.astimezone(zone)
    return [_state(m, addendum, now, zone) for m in addendum.timeline]


def _state(m: Milestone, addendum: Addendum, now: dt.datetime, zone: ZoneInfo) -> MilestoneState:
    if m.id == "deadline":
        closes = addendum.submission.closes_at
        shown = addendum.submission.deadline_at
        if now >= closes:
            return MilestoneState(m, shown, "past", (now - closes).total_seconds())
        state: State = "today" if now.date() == shown.date() else "coming"
        # People count down to the deadline as written (23:59), not to the first late instant.
        left = max((shown - now).total_seconds(), 0.0)
        return MilestoneState(m, shown, state, left)
    start = dt.datetime.combine(m.date, m.time or dt.time(0), tzinfo=zone)
    last_day = m.end or m.date
    if now.date() < m.date:
        return MilestoneState(m, start, "coming", (start - now).total_seconds())
    if now.date() > last_day:
        end = dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
        return MilestoneState(m, start, "past", (now - end).total_seconds())
    return MilestoneState(m, start, "today", 0.0)
