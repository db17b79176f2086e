"""The report: one entry per submission with checks, coverage and the facts of its envelope."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from dawcheck import __version__
from dawcheck.addendum.models import Addendum
from dawcheck.checks.model import CheckResult, Coverage, Status, worst

SCHEMA = "dawcheck.report/1"


class Container(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["eml", "mbox", "msg", "folder", "file"]
    path: str
    index: int | None = None


class SubmissionReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    filename: str | None
    sha256: str | None = None
    size: int | None = None
    format: str | None = None
    readable: str | None = None  # the document's read status (ok, encrypted, no-text, ...)
    received: dt.datetime | None = None
    received_source: str = "none"
    status: Status
    checks: list[CheckResult] = []
    coverage: Coverage = Coverage(assessed=False)
    suggested_filename: str | None = None
    warnings: list[str] = []
    # e-mail intake (dawcheck inbox)
    container: Container | None = None
    sender: str | None = None
    subject: str | None = None
    message_id: str | None = None
    recipient_ok: bool | None = None
    counts: bool | None = None
    duplicate_of: int | None = None

    def check(self, check_id: str) -> CheckResult | None:
        return next((c for c in self.checks if c.id == check_id), None)


class AddendumInfo(BaseModel):
    id: str
    version: str
    programme: str
    region: str
    deadline: dt.datetime
    intake_email: str
    resubmission_policy: str
    challenge_ids: list[int] = []
    service_ids: list[str] = []
    attention_ids: list[str] = []


class Report(BaseModel):
    schema_: str = Field(default=SCHEMA, alias="schema", serialization_alias="schema")
    dawcheck: str = __version__
    generated_at: dt.datetime
    now: dt.datetime
    lang: str = "nl"
    addendum: AddendumInfo
    submissions: list[SubmissionReport] = []
    summary: dict | None = None  # dawcheck inbox: counts across the inbox

    model_config = ConfigDict(populate_by_name=True)

    def exit_code(self, strict: bool = False, statuses: list[str] | None = None) -> int:
        bad = {"fail", "warn"} if strict else {"fail"}
        found = statuses if statuses is not None else [s.status for s in self.submissions]
        return 1 if any(s in bad for s in found) else 0


def addendum_info(addendum: Addendum) -> AddendumInfo:
    return AddendumInfo(
        id=addendum.id,
        version=addendum.version,
        programme=addendum.programme,
        region=addendum.region.name,
        deadline=addendum.submission.deadline_at,
        intake_email=addendum.submission.intake_email,
        resubmission_policy=addendum.submission.resubmission_policy,
        challenge_ids=[c.id for c in addendum.challenges],
        service_ids=[s.id for s in addendum.services],
        attention_ids=[x.id for x in addendum.attention],
    )


def overall(checks: list[CheckResult]) -> Status:
    return worst([c.status for c in checks])
