"""What every check returns: a finding with a stable code, a status and typed evidence.

The words for a finding live in `dawcheck.messages` (Dutch and English); `message` is filled in
for the report's language when the report is built, so the JSON differs between languages only
in its `message` fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from dawcheck.checks.model import Status
from dawcheck.documents.model import Notice
from dawcheck.sources.model import Source

CheckId = Literal[
    "message",
    "arrival",
    "recipient",
    "region-in-filename",
    "filename-safety",
    "readable",
    "coverage",
]


class _Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MessageEvidence(_Evidence):
    """What the e-mail itself shows: no attachment, only a link, an auto-reply, a forward."""

    kind: Literal["message"] = "message"
    skipped: list[str] = []  # attachments that are not submissions (signatures, logos)
    links: list[str] = []
    detail: str = ""
    mime_damaged: bool = False


class ArrivalEvidence(_Evidence):
    kind: Literal["arrival"] = "arrival"
    source: Source
    received: dt.datetime | None = None
    deadline: dt.datetime
    closes_at: dt.datetime
    on_time: bool | None = None  # None: not known (uncertain, or nothing received yet)
    seconds: int | None = None  # before the deadline (on time) or after it (late)
    uncertain: bool = False
    note: str = ""  # the source's note (Dutch; worded per language by dawcheck.messages)
    original_received: dt.datetime | None = None  # a forward: when the original was sent


class RecipientEvidence(_Evidence):
    kind: Literal["recipient"] = "recipient"
    intake: str
    to: list[str] = []
    cc: list[str] = []
    original_to: list[str] = []


class RegionEvidence(_Evidence):
    kind: Literal["region"] = "region"
    region: str
    matched: str | None = None
    municipalities: list[str] = []
    suggestion: str | None = None


FilenameProblemCode = Literal[
    "double-extension",
    "bidi",
    "hidden-characters",
    "windows-forbidden",
    "edge-space-or-dot",
    "windows-reserved",
    "too-long",
    "mislabelled",
    "no-extension",
]


class FilenameProblem(_Evidence):
    code: FilenameProblemCode
    detail: str = ""


class FilenameEvidence(_Evidence):
    kind: Literal["filename"] = "filename"
    problems: list[FilenameProblem] = []
    shown_as: str = ""


class ReadableEvidence(_Evidence):
    kind: Literal["readable"] = "readable"
    read_status: str
    format: str
    pages: int | None = None
    blocks: int = 0
    problem: Notice | None = None
    warnings: list[Notice] = []


class CoverageEvidence(_Evidence):
    kind: Literal["coverage"] = "coverage"
    assessed: bool = True
    challenges: list[str] = []  # covered
    weak: list[str] = []  # challenges with weak evidence only
    services: list[str] = []
    services_total: int = 0
    attention: list[str] = []
    attention_total: int = 0


Evidence = Annotated[
    MessageEvidence
    | ArrivalEvidence
    | RecipientEvidence
    | RegionEvidence
    | FilenameEvidence
    | ReadableEvidence
    | CoverageEvidence,
    Field(discriminator="kind"),
]


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: CheckId
    code: str  # stable: "arrival.late", "region.missing", ...; the key of its words
    status: Status
    message: str = ""
    evidence: Evidence
