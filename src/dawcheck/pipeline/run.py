"""The one pipeline behind `check` and `inbox`: source -> delivery -> documents -> checks -> report.

Documents are read (and their coverage judged) in worker processes as deliveries are found, and
each delivery becomes a submission as soon as its last document is back; submissions stream into
a disk-backed store in input order, so memory stays flat however large the mailbox is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dawcheck import stopping
from dawcheck.addendum.models import Addendum
from dawcheck.cache import Cache
from dawcheck.checks.coverage import MAX_EVIDENCE_PER_ITEM, Judge
from dawcheck.dates import call_launch
from dawcheck.documents.model import Document
from dawcheck.documents.reader import Limits
from dawcheck.documents.worker import ReadTask, read_many
from dawcheck.i18n import Lang
from dawcheck.pipeline.files import FileRef, delivery_files
from dawcheck.pipeline.store import SubmissionStore
from dawcheck.pipeline.submission import Context, build_submission
from dawcheck.pipeline.versions import Marks, mark_versions
from dawcheck.report import Mode, Outcome, Report, Skipped, Submission, Summary, addendum_info
from dawcheck.sources.delivery import Delivery, DeliveryOptions, iter_deliveries
from dawcheck.sources.model import Arrival
from dawcheck.sources.walk import WalkStats


@dataclass
class RunOptions:
    addendum: Addendum
    now: dt.datetime
    mode: Mode
    lang: Lang = "nl"
    limits: Limits = field(default_factory=Limits)
    jobs: int | None = None
    trust_host: str | None = None
    received: Arrival | None = None  # --received, for loose documents
    cache: Cache | None = None
    max_evidence: int = MAX_EVIDENCE_PER_ITEM


@dataclass
class _Open:
    """A delivery whose documents are being read."""

    number: int
    delivery: Delivery
    files: list[FileRef]
    notes: list[str]
    docs: dict[int, Document] = field(default_factory=dict)


@contextmanager
def run(
    paths: list[Path],
    opts: RunOptions,
    on_progress: Callable[[str], None] | None = None,
) -> Iterator[Report]:
    """The report for `paths`; its submissions live on disk until the context closes."""
    stats = WalkStats()
    store = SubmissionStore()
    try:
        _fill(store, paths, opts, stats, on_progress)
        marks = mark_versions(store.facts, opts.addendum.submission.resubmission_policy)
        counting = opts.mode == "inbox"
        store.finalize(marks, counting=counting)
        report = Report(
            mode=opts.mode,
            generated_at=dt.datetime.now(dt.UTC),
            now=opts.now,
            lang=opts.lang,
            precheck=opts.mode == "check" and opts.received is None,
            addendum=addendum_info(opts.addendum),
            summary=_summary(store, stats, marks if counting else {}),
        )
        report.submissions = store
        yield report
    finally:
        store.close()


def _fill(
    store: SubmissionStore,
    paths: list[Path],
    opts: RunOptions,
    stats: WalkStats,
    on_progress: Callable[[str], None] | None,
) -> None:
    ctx = Context(
        addendum=opts.addendum,
        now=opts.now,
        lang=opts.lang,
        precheck=opts.mode == "check" and opts.received is None,
    )
    delivery_opts = DeliveryOptions(
        zone=opts.addendum.submission.zone,
        now=opts.now,
        max_message_bytes=opts.limits.max_bytes * 2,
        received=opts.received,
        loose_arrival="none" if opts.mode == "check" else "mtime",
        trust_host=opts.trust_host,
        not_before=call_launch(opts.addendum),
    )
    opened: dict[int, _Open] = {}
    owner: list[tuple[int, int]] = []  # task position -> (delivery number, file index)
    finished: dict[int, Submission] = {}
    next_out = [1]

    def emit(sub: Submission) -> None:
        finished[sub.id] = sub
        while next_out[0] in finished:
            done = finished.pop(next_out[0])
            store.append(done)
            next_out[0] += 1
            if on_progress is not None:
                on_progress(done.filename or done.subject or done.source)

    def close(entry: _Open) -> None:
        files = [(ref, entry.docs[i]) for i, ref in enumerate(entry.files)]
        emit(build_submission(entry.number, entry.delivery, files, entry.notes, ctx))

    def tasks() -> Iterator[ReadTask]:
        for number, delivery in enumerate(iter_deliveries(paths, delivery_opts, stats), 1):
            files, notes = delivery_files(delivery, opts.limits)
            delivery.attachments = []  # the bytes now travel in the read tasks only
            entry = _Open(number, delivery, files, notes)
            if not files:
                close(entry)
                continue
            opened[number] = entry
            for index, ref in enumerate(files):
                owner.append((number, index))
                yield ref.task

    judge = Judge(opts.addendum, opts.max_evidence)
    for position, doc in read_many(tasks(), opts.limits, opts.jobs, judge, opts.cache):
        stopping.check()  # a Ctrl-C that landed in a finalizer stops here, between documents
        number, index = owner[position]
        entry = opened[number]
        entry.docs[index] = doc
        if len(entry.docs) == len(entry.files):
            del opened[number]
            close(entry)


def _summary(store: SubmissionStore, stats: WalkStats, marks: dict[int, Marks]) -> Summary:
    outcomes: dict[Outcome, int] = {}
    messages: set[str] = set()
    applicants: set[str] = set()
    for outcome, applicant, _kind, message in store.summary_rows:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        if message is not None:
            messages.add(message)
        if applicant is not None and outcome != "not-a-submission":
            applicants.add(applicant)
    counting = sum(1 for m in marks.values() if m.counts)
    copies = sum(1 for m in marks.values() if m.duplicate_of is not None)
    skipped = [Skipped(path=s.path, reason=s.reason, detail=s.detail) for s in stats.skipped]
    return Summary(
        messages=len(messages),
        submissions=sum(1 for f in store.facts if f.eligible),
        outcomes=outcomes,
        applicants=len(applicants),
        counting=counting,
        copies=copies,
        skipped=skipped,
        skipped_counts=dict(stats.counts),
        skipped_hidden=stats.skipped_hidden,
        skipped_temp=stats.skipped_temp,
    )
