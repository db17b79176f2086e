"""Batch intake: every message, attachment and loose document of an inbox becomes a submission.

Streaming: attachments are read in worker processes as they are found and dropped once checked,
so memory stays flat however large the mailbox is. Nothing is written into the inbox.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import parseaddr
from pathlib import Path

from dawcheck.addendum.models import Addendum
from dawcheck.checks.arrival import check_arrival
from dawcheck.checks.coverage import MAX_EVIDENCE_PER_ITEM, Judge
from dawcheck.checks.model import CheckResult
from dawcheck.documents.reader import Limits, open_regular_file
from dawcheck.documents.worker import ReadTask, read_many
from dawcheck.i18n import note_text
from dawcheck.report import Container, Report, SubmissionReport, overall
from dawcheck.runner import check_document
from dawcheck.sources.mail import MailInfo, parse_mail
from dawcheck.sources.mbox import iter_mbox
from dawcheck.sources.model import Arrival
from dawcheck.sources.walk import Input, WalkStats, iter_inputs
from dawcheck.spool import Light, Spool


@dataclass
class Options:
    addendum: Addendum
    now: dt.datetime
    lang: str = "nl"
    limits: Limits = field(default_factory=Limits)
    jobs: int | None = None
    trust_host: str | None = None
    received: Arrival | None = None  # --received, for loose documents
    cache: object | None = None  # dawcheck.cache.Cache
    max_evidence: int = MAX_EVIDENCE_PER_ITEM  # per item; --details keeps more


@dataclass
class Pending:
    """What the envelope says about one submission, before its document is read."""

    source: str
    container: Container
    arrival: Arrival
    mail: MailInfo | None = None
    problem: str | None = None  # a message that cannot become a document check (no attachment)
    problem_code: str = "attachment"


def _mtime(path: Path, zone) -> Arrival:  # noqa: ANN001
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return Arrival(None, "none")
    return Arrival(dt.datetime.fromtimestamp(stamp, dt.UTC).astimezone(zone), "mtime")


def _light(mail: MailInfo) -> MailInfo:
    """The envelope without attachment bytes (those travel in the read task only)."""
    return dataclasses.replace(mail, attachments=[])


def _mail_items(
    mail: MailInfo,
    source: str,
    container: Container,
) -> Iterator[tuple[Pending, ReadTask | None]]:
    light = _light(mail)
    if mail.unread:  # too large or nested too deep: the body was not read, say so
        yield Pending(source, container, mail.arrival, light, mail.unread, "message"), None
        return
    if not mail.attachments:
        nl_reason = "geen bijlage"
        if mail.skipped:
            nl_reason += f" (overgeslagen: {', '.join(mail.skipped[:5])}, geen inzending)"
        if mail.mime_damaged:
            nl_reason += " gevonden; MIME-structuur beschadigd: de bijlage kan verborgen zijn"
        yield Pending(source, container, mail.arrival, light, problem=nl_reason), None
        return
    for att in mail.attachments:
        yield (
            Pending(source, container, mail.arrival, light),
            ReadTask(name=att.name, data=att.data),
        )


def iter_items(inputs: Iterator[Input], opts: Options) -> Iterator[tuple[Pending, ReadTask | None]]:
    zone = opts.addendum.submission.zone
    for item in inputs:
        path = item.path
        kind = "folder" if item.folder is not None else "file"
        if item.kind == "document":
            container = Container(kind=kind, path=str(item.folder or path))
            arrival = opts.received or _mtime(path, zone)
            yield Pending(str(path), container, arrival), ReadTask(name=path.name, path=path)
        elif item.kind == "eml":
            container = Container(kind="eml", path=str(path))
            try:
                raw = open_regular_file(path, opts.limits.max_bytes * 2)
            except (OSError, ValueError) as e:
                yield (
                    Pending(
                        str(path),
                        container,
                        Arrival(None, "none"),
                        problem=f"bericht niet gelezen: {e}",
                        problem_code="message",
                    ),
                    None,
                )
                continue
            mail = parse_mail(raw, now=opts.now, trust_host=opts.trust_host)
            yield from _mail_items(mail, str(path), container)
        elif item.kind == "mbox":
            yield from _mbox_items(path, opts)
        elif item.kind == "msg":
            yield from _msg_items(path, opts)


def _mbox_items(path: Path, opts: Options) -> Iterator[tuple[Pending, ReadTask | None]]:
    zone = opts.addendum.submission.zone
    messages = iter_mbox(path)  # streamed: a mailbox export can be larger than memory
    while True:
        try:
            message = next(messages, None)
        except OSError as e:
            container = Container(kind="mbox", path=str(path))
            yield (
                Pending(
                    str(path),
                    container,
                    Arrival(None, "none"),
                    problem=f"mailbox niet gelezen: {e.strerror}",
                    problem_code="message",
                ),
                None,
            )
            return
        if message is None:
            return
        container = Container(kind="mbox", path=str(path), index=message.index)
        fallback = None
        if message.delivered is not None:
            fallback = Arrival(
                message.delivered.replace(tzinfo=zone),
                "mbox-from-line",
                True,
                "From_-regel zonder tijdzone: Brusselse tijd aangenomen",
            )
        mail = parse_mail(message.raw, now=opts.now, trust_host=opts.trust_host, fallback=fallback)
        if message.note:
            mail.notes.append(message.note)
        if message.truncated:
            mail.notes.append("bericht te groot: afgekapt")
        yield from _mail_items(mail, str(path), container)


def _msg_items(path: Path, opts: Options) -> Iterator[tuple[Pending, ReadTask | None]]:
    from dawcheck.sources.msg import INSTALL_HINT, OutlookSupportMissing, read_msg

    container = Container(kind="msg", path=str(path))
    try:
        mail = read_msg(path, opts.now)
    except OutlookSupportMissing:
        yield (
            Pending(
                str(path),
                container,
                Arrival(None, "none"),
                problem=f"Outlook-bestand: installeer de ondersteuning met {INSTALL_HINT}",
                problem_code="message",
            ),
            None,
        )
        return
    except Exception as e:  # noqa: BLE001 - a broken .msg is a result, not a crash
        yield (
            Pending(
                str(path),
                container,
                Arrival(None, "none"),
                problem=f"Outlook-bestand onleesbaar ({type(e).__name__})",
                problem_code="message",
            ),
            None,
        )
        return
    yield from _mail_items(mail, str(path), container)


def _recipient_check(mail: MailInfo, addendum: Addendum, lang: str) -> CheckResult:
    intake = addendum.submission.intake_email.lower()
    nl = lang == "nl"
    if intake in mail.recipients:
        return CheckResult(
            id="recipient",
            status="pass",
            message=f"verstuurd naar {intake}" if nl else f"sent to {intake}",
        )
    shown = ", ".join(mail.recipients[:5]) or ("geen" if nl else "none")
    msg = (
        f"niet aan {intake} gericht (aan: {shown}); mogelijk met de hand doorgestuurd"
        if nl
        else f"not addressed to {intake} (to: {shown}); possibly forwarded by hand"
    )
    return CheckResult(
        id="recipient", status="warn", message=msg, evidence={"recipients": mail.recipients}
    )


def _finish(p: Pending, sub: SubmissionReport, opts: Options) -> SubmissionReport:
    sub.container = p.container
    if p.mail is not None:
        sub.sender = p.mail.sender
        sub.subject = p.mail.subject
        sub.message_id = p.mail.message_id
        recipient = _recipient_check(p.mail, opts.addendum, opts.lang)
        sub.recipient_ok = recipient.status == "pass"
        sub.checks.insert(3, recipient)
        sub.warnings.extend(note_text(n, opts.lang) for n in p.mail.notes)
        sub.status = overall(sub.checks)
    return sub


def _problem_report(p: Pending, opts: Options) -> SubmissionReport:
    checks = [
        check_arrival(p.arrival, opts.addendum, opts.now, opts.lang),
        CheckResult(
            id=p.problem_code, status="fail", message=note_text(p.problem or "", opts.lang)
        ),
    ]
    sub = SubmissionReport(
        source=p.source,
        filename=None,
        received=p.arrival.at,
        received_source=p.arrival.source,
        status="fail",
        checks=checks,
    )
    return _finish(p, sub, opts)


def run_inbox(
    paths: list[Path],
    opts: Options,
    stats: WalkStats,
    on_progress: Callable[[str], None] | None = None,
) -> Spool:
    """Check everything under `paths`; results go to a Spool in input order."""
    spool = Spool()
    pendings: dict[int, Pending] = {}
    waiting: dict[int, SubmissionReport] = {}  # finished out of order
    owner: list[int] = []  # task position -> submission index
    counter = [0]
    next_out = [0]

    def emit(index: int, sub: SubmissionReport) -> None:
        waiting[index] = sub
        while next_out[0] in waiting:
            spool.append(waiting.pop(next_out[0]))
            next_out[0] += 1

    def tasks() -> Iterator[ReadTask]:
        for pending, task in iter_items(iter_inputs(paths, stats), opts):
            index = counter[0]
            counter[0] += 1
            if task is None:
                emit(index, _problem_report(pending, opts))
                if on_progress:
                    on_progress(pending.source)
                continue
            pendings[index] = pending
            owner.append(index)
            yield task

    try:
        judge = Judge(opts.addendum, opts.max_evidence)
        for position, doc in read_many(tasks(), opts.limits, opts.jobs, judge, opts.cache):
            index = owner[position]
            pending = pendings.pop(index)
            sub = check_document(
                doc,
                source=pending.source,
                arrival=pending.arrival,
                addendum=opts.addendum,
                now=opts.now,
                lang=opts.lang,
            )
            emit(index, _finish(pending, sub, opts))
            if on_progress:
                on_progress(doc.name)
    except BaseException:
        spool.close()
        raise
    return spool


def mark_duplicates_and_counts(subs: list[Light], policy: str, lang: str) -> None:
    """duplicate_of for identical files; `counts` for the one version per sender that counts."""
    order = sorted(
        range(len(subs)),
        key=lambda i: (
            subs[i].received is None,
            subs[i].received.timestamp() if subs[i].received else 0,
            i,
        ),
    )
    first: dict[str, int] = {}
    for i in order:
        sha = subs[i].sha256
        if not sha or subs[i].filename is None:
            continue
        if sha in first:
            subs[i].duplicate_of = first[sha]
            subs[i].extra_warnings.append(
                f"zelfde bestand als #{first[sha] + 1}"
                if lang == "nl"
                else f"same file as #{first[sha] + 1}"
            )
        else:
            first[sha] = i
    groups: dict[str, list[int]] = {}
    for i in order:
        sub = subs[i]
        if sub.filename is None:
            sub.counts = False
            continue
        addr = parseaddr(sub.sender or "")[1].lower()
        key = addr or (sub.sender or "").lower() or f"file:{sub.source}:{i}"
        groups.setdefault(key, []).append(i)
    for members in groups.values():
        originals = [i for i in members if subs[i].duplicate_of is None]
        on_time = [i for i in originals if subs[i].on_time]
        if policy == "latest":
            chosen = originals[-1:] if originals else []
        elif policy == "first-on-time":
            chosen = on_time[:1]
        else:
            chosen = on_time[-1:]
        for i in members:
            subs[i].counts = i in chosen
        if chosen and len(originals) > 1:
            for i in originals:
                if i != chosen[0]:
                    subs[i].extra_warnings.append(
                        f"niet de versie die telt (#{chosen[0] + 1} telt; beleid {policy})"
                        if lang == "nl"
                        else f"not the version that counts (#{chosen[0] + 1}; policy {policy})"
                    )


def summarize(subs: list[Light], stats: WalkStats) -> dict:
    messages = {
        (s.container.path, s.container.index)
        for s in subs
        if s.container and s.container.kind in ("eml", "mbox", "msg")
    }
    docs = [s for s in subs if s.filename is not None]
    return {
        "messages": len(messages),
        "submissions": len(docs),
        "on_time": sum(1 for s in docs if s.on_time),
        "late": sum(1 for s in subs if s.check_status("arrival") == "fail"),
        "uncertain_time": sum(1 for s in subs if s.arrival_uncertain),
        "without_attachment": sum(1 for s in subs if s.check_status("attachment") == "fail"),
        "unreadable": sum(1 for s in docs if s.readable != "ok"),
        "wrong_region": sum(1 for s in docs if s.check_status("region-in-filename") != "pass"),
        "wrong_recipient": sum(1 for s in subs if s.recipient_ok is False),
        "duplicates": sum(1 for s in docs if s.duplicate_of is not None),
        "counting": sum(1 for s in docs if s.counts),
        "skipped_hidden": stats.skipped_hidden,
        "skipped_temp": stats.skipped_temp,
        "skipped_special": len(stats.skipped_special),
        "skipped_outside": len(stats.skipped_outside),
        "skipped_other": len(stats.skipped_other),
    }


def build_report(spool: Spool, opts: Options, stats: WalkStats) -> Report:
    """The report header and summary; its submissions are read back from the spool."""
    from dawcheck.report import addendum_info

    mark_duplicates_and_counts(spool.light, opts.addendum.submission.resubmission_policy, opts.lang)
    report = Report(
        generated_at=dt.datetime.now(dt.UTC),
        now=opts.now,
        lang=opts.lang,
        addendum=addendum_info(opts.addendum),
    )
    report.summary = summarize(spool.light, stats)
    return report
