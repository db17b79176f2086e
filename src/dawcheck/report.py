"""The report (schema dawcheck.report/2): one typed object every output format is rendered from.

A submission is one delivery: one e-mail message, or one loose document. Its documents are the
attachments (zip archives unpacked, a forwarded message followed one level); exactly one of them
is the proposal when there are any. Checks give findings with a stable code; the words are in
`dawcheck.messages` and the JSON is the same in every language apart from `message` fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from dawcheck import __version__
from dawcheck.addendum.models import Addendum
from dawcheck.checks.findings import Finding
from dawcheck.checks.model import Coverage, Status, worst
from dawcheck.i18n import Lang
from dawcheck.sources.delivery import Container
from dawcheck.sources.model import Source

SCHEMA = "dawcheck.report/2"

Outcome = Literal["valid", "late", "follow-up", "not-a-submission"]
OUTCOMES: tuple[Outcome, ...] = ("valid", "late", "follow-up", "not-a-submission")
Role = Literal["proposal", "annex"]
# Why a submission has its outcome; words in dawcheck.messages ("reason.<code>").
Reason = Literal[
    # not-a-submission
    "auto-reply",
    "bounce",
    "read-receipt",
    "no-documents",  # a question or reply without attachment or link
    # late
    "late",
    # follow-up
    "region-missing",
    "proposal-unreadable",
    "proposal-unsupported",
    "only-link",
    "wrong-recipient",
    "arrival-uncertain",
    "forwarded",
    "forgotten-attachment",
    "message-unreadable",
    # valid, with a warning
    "region-municipalities-only",
    "filename-unsafe",
    "annex-unreadable",
    "arrival-weak-source",
    "coverage-none",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Party(_Model):
    name: str | None = None
    address: str | None = None  # lower case


class Original(_Model):
    """A forwarded proposal's own trace, from the forwarded message's headers."""

    sender: Party | None = None
    to: list[str] = []
    received: dt.datetime | None = None  # when the original was sent or arrived (its Date)
    received_text: str | None = None  # as written in the forward, when it could not be read
    forwarded_by: Party | None = None


class Link(_Model):
    url: str
    host: str
    kind: Literal["download", "other"]


class DocumentEntry(_Model):
    """One document of a submission: an attachment, or a file inside an attached zip."""

    filename: str
    within: str | None = None  # the zip it came from
    sha256: str | None = None
    size: int = 0
    format: str = "unknown"
    read_status: str = "ok"
    pages: int | None = None
    role: Role
    status: Status
    checks: list[Finding] = []


class Submission(_Model):
    id: int = Field(ge=1)  # the # in every format
    source: str
    container: Container
    sender: Party | None = None
    subject: str | None = None
    message_id: str | None = None
    received: dt.datetime | None = None
    received_source: Source = "none"
    recipient_ok: bool | None = None
    original: Original | None = None
    outcome: Outcome
    reasons: list[Reason] = []
    status: Status
    checks: list[Finding] = []  # the delivery's checks, then the proposal's
    filename: str | None = None  # the proposal's
    sha256: str | None = None
    coverage: Coverage | None = None
    documents: list[DocumentEntry] = []
    links: list[Link] = []
    applicant: str | None = None
    version: int | None = None  # 1-based among the applicant's versions (copies share one)
    counts: bool | None = None  # None: not an intake question (dawcheck check)
    duplicate_of: int | None = None
    superseded_by: int | None = None
    notes: list[str] = []  # worded notes on the message and the reading

    def check(self, check_id: str) -> Finding | None:
        return next((c for c in self.checks if c.id == check_id), None)

    @property
    def proposal(self) -> DocumentEntry | None:
        return next((d for d in self.documents if d.role == "proposal"), None)


class Item(_Model):
    id: int | str
    title: str
    short: str  # a label that fits a table at 80 columns


class AddendumInfo(_Model):
    id: str
    version: str
    programme: str
    region: str
    deadline: dt.datetime
    closes_at: dt.datetime
    intake_email: str
    resubmission_policy: str
    challenges: list[Item] = []
    services: list[Item] = []
    attention: list[Item] = []


class Skipped(_Model):
    """A path the walk did not check, and why; never silently absent."""

    path: str
    reason: str  # missing, not-regular, outside-folder, symlink-loop, unreadable-folder, ...
    detail: str = ""  # the system's words, or the limit that applied


class Summary(_Model):
    messages: int = 0
    submissions: int = 0
    outcomes: dict[Outcome, int] = {}
    applicants: int = 0
    counting: int = 0
    copies: int = 0
    skipped: list[Skipped] = []  # at most 1,000 named per reason (skipped_counts has them all)
    skipped_counts: dict[str, int] = {}
    skipped_hidden: int = 0  # hidden files (.name) in a folder, counted, not listed
    skipped_temp: int = 0  # office lock and temporary files (~$name.docx)


Mode = Literal["check", "inbox"]


class Report(_Model):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, arbitrary_types_allowed=False)

    schema_: Annotated[str, Field(alias="schema", serialization_alias="schema")] = SCHEMA
    dawcheck: str = __version__
    mode: Mode
    generated_at: dt.datetime
    now: dt.datetime
    lang: Lang = "nl"
    precheck: bool = False  # check without --received: nothing was received yet
    addendum: AddendumInfo
    summary: Summary = Summary()
    # A list when built in memory; a disk-backed sequence (SubmissionStore) for a large inbox.
    submissions: Sequence[Submission] = []

    def iter_submissions(self) -> Iterator[Submission]:
        yield from self.submissions

    def exit_code(self, strict: bool = False) -> int:
        """0 when nothing failed; 1 when a check failed (with --strict: or warned)."""
        bad = {"fail", "warn"} if strict else {"fail"}
        if self.mode == "check" and self.summary.skipped:
            return 1  # a file named on the command line could not be checked
        return 1 if any(s.status in bad for s in self.iter_submissions()) else 0


def addendum_info(addendum: Addendum) -> AddendumInfo:
    return AddendumInfo(
        id=addendum.id,
        version=addendum.version,
        programme=addendum.programme,
        region=addendum.region.name,
        deadline=addendum.submission.deadline_at,
        closes_at=addendum.submission.closes_at,
        intake_email=addendum.submission.intake_email,
        resubmission_policy=addendum.submission.resubmission_policy,
        challenges=[
            Item(id=c.id, title=c.title, short=c.short or c.title) for c in addendum.challenges
        ],
        services=[Item(id=s.id, title=s.need, short=s.short or s.need) for s in addendum.services],
        attention=[
            Item(id=a.id, title=a.title, short=a.short or a.title) for a in addendum.attention
        ],
    )


def _item(id_: int | str, title: str, short: str | None) -> Item:
    return Item(id=id_, title=title, short=short or title)


def overall(checks: list[Finding]) -> Status:
    return worst([c.status for c in checks])


def report_json_schema() -> dict[str, object]:
    """The JSON Schema of dawcheck.report/2, as published in schemas/report-2.schema.json."""
    schema = Report.model_json_schema(mode="serialization", by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://dawcheck.example/schemas/report-2.schema.json"
    schema["title"] = SCHEMA
    return schema


if __name__ == "__main__":  # python -m dawcheck.report > schemas/report-2.schema.json
    import json

    print(json.dumps(report_json_schema(), indent=2, ensure_ascii=False))
