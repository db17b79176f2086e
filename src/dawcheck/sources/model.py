"""What the envelope says about a submission: when it arrived and how we know."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Source = Literal[
    "cli", "received-header", "mbox-from-line", "msg-delivery-time", "date-header", "mtime", "none"
]


@dataclass(frozen=True)
class Arrival:
    """When something arrived and how we know; `uncertain` when the zone had to be guessed."""

    at: dt.datetime | None
    source: Source
    uncertain: bool = False
    note: str = ""
