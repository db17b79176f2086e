"""One delivery and its read documents become one submission: roles, checks, outcome, reasons.

Cross-inbox facts (versions, copies, which version counts) come later, in pipeline.versions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dawcheck.addendum.models import Addendum
from dawcheck.checks.arrival import STRONG_SOURCES, check_arrival
from dawcheck.checks.content import check_coverage
from dawcheck.checks.filename_safety import check_filename_safety
from dawcheck.checks.findings import Finding, MessageEvidence, RecipientEvidence
from dawcheck.checks.model import Coverage
from dawcheck.checks.readable import check_readable
from dawcheck.checks.region import check_region_in_filename
from dawcheck.dates import parse_datetime
from dawcheck.documents.model import Document
from dawcheck.documents.normalize import fold
from dawcheck.i18n import Lang, note_text
from dawcheck.messages import worded
from dawcheck.pipeline.files import FileRef
from dawcheck.report import (
    DocumentEntry,
    Link,
    Original,
    Outcome,
    Party,
    Reason,
    Role,
    Submission,
    overall,
)
from dawcheck.sources import classify
from dawcheck.sources.delivery import Delivery
from dawcheck.sources.mail import Forwarded, MailInfo


@dataclass(frozen=True)
class Context:
    addendum: Addendum
    now: dt.datetime
    lang: Lang
    precheck: bool  # dawcheck check without --received: nothing was sent yet


def build_submission(
    number: int,
    delivery: Delivery,
    files: list[tuple[FileRef, Document]],
    file_notes: list[str],
    ctx: Context,
) -> Submission:
    """The submission for one delivery; `number` is its 1-based id."""
    mail = delivery.mail
    docs = [doc for _, doc in files]
    proposal_index = choose_proposal(docs, ctx.addendum) if docs else None
    forwarded = _forward(mail) if mail is not None else None
    forwarded_by_other = _by_someone_else(mail, forwarded)
    original = _original(mail, forwarded, ctx) if forwarded_by_other else None
    links = _links(mail)
    delivery_checks = _delivery_checks(delivery, docs, links, original, ctx)
    entries: list[DocumentEntry] = []
    proposal_checks: list[Finding] = []
    coverage: Coverage | None = None
    for index, (ref, doc) in enumerate(files):
        role: Role = "proposal" if index == proposal_index else "annex"
        readable = check_readable(doc)
        checks = [readable]
        if role == "proposal":
            region = check_region_in_filename(ref.name, ctx.addendum)
            safety = check_filename_safety(ref.name, doc)
            coverage = _coverage_of(doc)
            proposal_checks = [region, safety, readable, check_coverage(coverage)]
            checks = proposal_checks
        entries.append(
            DocumentEntry(
                filename=ref.name,
                within=ref.within,
                sha256=doc.sha256 or None,
                size=doc.size,
                format=doc.format,
                read_status=doc.status,
                pages=doc.metadata.pages,
                role=role,
                status=overall(checks),
                checks=[worded(c, ctx.lang) for c in checks],
            )
        )
    checks = [worded(c, ctx.lang) for c in delivery_checks] + proposal_checks
    automatic = classify.automatic_kind(mail) if mail is not None and not docs else None
    outcome, reasons = decide_outcome(
        checks, entries, links, mail, delivery, automatic, forwarded_by_other
    )
    status = overall(checks)
    if status == "pass" and any(e.status != "pass" for e in entries if e.role == "annex"):
        status = "warn"
    proposal = entries[proposal_index] if proposal_index is not None else None
    return Submission(
        id=number,
        source=delivery.source,
        container=delivery.container,
        sender=_party(mail.sender, mail.sender_address) if mail else None,
        subject=mail.subject if mail else None,
        message_id=mail.message_id if mail else None,
        received=delivery.arrival.at,
        received_source=delivery.arrival.source,
        recipient_ok=_recipient_ok(mail, ctx.addendum) if mail else None,
        original=original,
        outcome=outcome,
        reasons=reasons,
        status=status,
        checks=checks,
        filename=proposal.filename if proposal else None,
        sha256=proposal.sha256 if proposal else None,
        coverage=coverage,
        documents=entries,
        links=links,
        applicant=_applicant(mail, original),
        notes=_notes(delivery, docs, file_notes, ctx.lang),
    )


def _coverage_of(doc: Document) -> Coverage:
    if doc.coverage is not None:
        return Coverage.model_validate(doc.coverage)
    return Coverage(assessed=False)


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\W_]+", fold(name)) if t]


def _has_word(tokens: list[str], words: list[str]) -> bool:
    for word in (fold(w) for w in words):
        for token in tokens:
            if token == word or (
                len(word) >= 5 and (token.startswith(word) or token.endswith(word))
            ):
                return True
    return False


def choose_proposal(docs: list[Document], addendum: Addendum) -> int:
    """The index of the document a person would call the project proposal.

    Named as one (and not as an annex such as a partner's letter or the budget), the region in
    its name, readable, the most text, and the most of the call covered; ties keep mail order.
    """
    rules = addendum.submission
    longest = max((d.chars or d.text_chars() for d in docs), default=0) or 1
    covered = [_covered_count(d) for d in docs]
    most_covered = max(covered, default=0) or 1

    def score(index: int) -> float:
        doc = docs[index]
        tokens = _tokens(doc.name)
        value = 0.0
        if _has_word(tokens, rules.annex_words):
            value -= 6
        if _has_word(tokens, rules.proposal_words):
            value += 4
        region = check_region_in_filename(doc.name, addendum).status
        value += {"pass": 2, "warn": 1}.get(region, 0)
        if doc.readable:
            value += 3
        elif doc.status == "unsupported":
            value -= 2
        value += 3 * (doc.chars or doc.text_chars()) / longest
        value += 2 * covered[index] / most_covered
        return value

    return max(range(len(docs)), key=lambda i: (score(i), -i))


def _covered_count(doc: Document) -> int:
    if doc.coverage is None:
        return 0
    cov = Coverage.model_validate(doc.coverage)
    items = [*cov.challenges, *cov.services, *cov.attention]
    return sum(1 for i in items if i.status == "covered")


def _forward(mail: MailInfo) -> Forwarded | None:
    return mail.forwarded or classify.inline_forward(mail)


def _by_someone_else(mail: MailInfo | None, forwarded: Forwarded | None) -> bool:
    if mail is None or forwarded is None or not forwarded.sender_address:
        return False
    return forwarded.sender_address != (mail.sender_address or "")


def _original(mail: MailInfo | None, forwarded: Forwarded | None, ctx: Context) -> Original:
    assert mail is not None and forwarded is not None
    received = None
    if forwarded.arrival is not None and forwarded.arrival.at is not None:
        received = forwarded.arrival.at
    elif forwarded.date_text:
        parsed = parse_datetime(forwarded.date_text, ctx.addendum.submission.zone)
        received = parsed.value if parsed.value is not None and not parsed.uncertain else None
    return Original(
        sender=_party(forwarded.sender, forwarded.sender_address),
        to=forwarded.to,
        received=received,
        received_text=forwarded.date_text if received is None else None,
        forwarded_by=_party(mail.sender, mail.sender_address),
    )


def _party(display: str | None, address: str | None) -> Party | None:
    if display is None and address is None:
        return None
    name = display
    if display and address and "<" in display:
        name = display.split("<", 1)[0].strip().strip('"').strip() or None
    elif display and address and display.strip().lower() == address:
        name = None
    return Party(name=name, address=address)


def _links(mail: MailInfo | None) -> list[Link]:
    if mail is None or not mail.body:
        return []
    found = classify.find_links(classify.own_text(mail.body))
    return [Link(url=f.url, host=f.host, kind="download" if f.download else "other") for f in found]


def _recipient_ok(mail: MailInfo, addendum: Addendum) -> bool:
    intake = addendum.submission.intake_email.lower()
    return intake in mail.to or intake in mail.cc


def _delivery_checks(
    delivery: Delivery,
    docs: list[Document],
    links: list[Link],
    original: Original | None,
    ctx: Context,
) -> list[Finding]:
    mail = delivery.mail
    checks: list[Finding] = []
    message = _message_finding(delivery, docs, links, original)
    if message is not None:
        checks.append(message)
    original_time = original.received if original is not None else None
    checks.append(
        check_arrival(
            delivery.arrival,
            ctx.addendum,
            ctx.now,
            precheck=ctx.precheck,
            original_received=original_time,
        )
    )
    if mail is not None:
        intake = ctx.addendum.submission.intake_email.lower()
        evidence = RecipientEvidence(
            intake=intake,
            to=mail.to,
            cc=mail.cc,
            original_to=original.to if original is not None else [],
        )
        ok = _recipient_ok(mail, ctx.addendum)
        checks.append(
            Finding(
                id="recipient",
                code="recipient.ok" if ok else "recipient.other",
                status="pass" if ok else "warn",
                evidence=evidence,
            )
        )
    return checks


def _message_finding(
    delivery: Delivery, docs: list[Document], links: list[Link], original: Original | None
) -> Finding | None:
    mail = delivery.mail
    if delivery.problem is not None:
        evidence = MessageEvidence(detail=delivery.problem)
        return Finding(id="message", code="message.unreadable", status="fail", evidence=evidence)
    if mail is None:
        return None
    damaged = mail.mime_damaged
    if docs:
        if original is not None and original.forwarded_by is not None:
            who = original.forwarded_by.address or original.forwarded_by.name or "?"
            evidence = MessageEvidence(detail=who, mime_damaged=damaged)
            return Finding(id="message", code="message.forwarded", status="warn", evidence=evidence)
        return None
    automatic = classify.automatic_kind(mail)
    if automatic is not None:
        evidence = MessageEvidence(skipped=mail.skipped)
        return Finding(id="message", code=f"message.{automatic}", status="pass", evidence=evidence)
    downloads = [link.url for link in links if link.kind == "download"]
    if downloads:
        evidence = MessageEvidence(links=downloads, mime_damaged=damaged)
        return Finding(id="message", code="message.only-link", status="fail", evidence=evidence)
    if classify.announces_attachment(mail) or damaged:
        evidence = MessageEvidence(skipped=mail.skipped, mime_damaged=damaged)
        code = "message.forgotten-attachment"
        return Finding(id="message", code=code, status="fail", evidence=evidence)
    evidence = MessageEvidence(skipped=mail.skipped)
    return Finding(id="message", code="message.no-documents", status="pass", evidence=evidence)


def decide_outcome(
    checks: list[Finding],
    entries: list[DocumentEntry],
    links: list[Link],
    mail: MailInfo | None,
    delivery: Delivery,
    automatic: classify.AutomaticKind | None,
    forwarded_by_other: bool,
) -> tuple[Outcome, list[Reason]]:
    """valid, late, follow-up or not-a-submission, with the reasons (short codes) why."""
    codes = {c.id: c.code for c in checks}
    message = codes.get("message")
    if automatic is not None:
        return "not-a-submission", [automatic]
    if message == "message.no-documents":
        return "not-a-submission", ["no-documents"]
    follow: list[Reason] = []
    warnings: list[Reason] = []
    if message == "message.only-link":
        follow.append("only-link")
    elif message == "message.forgotten-attachment":
        follow.append("forgotten-attachment")
    elif message == "message.unreadable":
        follow.append("message-unreadable")
    arrival = codes.get("arrival", "")
    late = arrival in ("arrival.late", "arrival.precheck-closed")
    unread = message == "message.unreadable"  # no time can be read from an unread message
    if arrival in ("arrival.uncertain", "arrival.unknown", "arrival.late-unproven") and not unread:
        follow.append("arrival-uncertain")
    elif arrival == "arrival.on-time-unproven":
        warnings.append("arrival-weak-source")
    if codes.get("recipient") == "recipient.other":
        follow.append("wrong-recipient")
    if forwarded_by_other:
        follow.append("forwarded")
    proposal = next((e for e in entries if e.role == "proposal"), None)
    if proposal is not None:
        if proposal.read_status == "unsupported":
            follow.append("proposal-unsupported")
        elif proposal.read_status != "ok":
            follow.append("proposal-unreadable")
        region = codes.get("region-in-filename")
        if region == "region.missing":
            follow.append("region-missing")
        elif region == "region.municipalities-only":
            warnings.append("region-municipalities-only")
        if codes.get("filename-safety") == "filename.unsafe":
            warnings.append("filename-unsafe")
        if codes.get("coverage") in ("coverage.none",):
            warnings.append("coverage-none")
    if any(e.role == "annex" and e.read_status != "ok" for e in entries):
        warnings.append("annex-unreadable")
    if late and not (forwarded_by_other and _original_on_time(checks)):
        return "late", ["late", *follow, *warnings]
    if follow:
        return "follow-up", [*follow, *warnings]
    return "valid", warnings


def _original_on_time(checks: list[Finding]) -> bool:
    arrival = next((c for c in checks if c.id == "arrival"), None)
    if arrival is None or arrival.evidence.kind != "arrival":
        return False
    original = arrival.evidence.original_received
    return original is not None and original < arrival.evidence.closes_at


def _applicant(mail: MailInfo | None, original: Original | None) -> str | None:
    if original is not None and original.sender is not None and original.sender.address:
        return original.sender.address
    if mail is not None and mail.sender_address:
        return mail.sender_address.lower()
    return None


def _notes(
    delivery: Delivery, docs: list[Document], file_notes: list[str], lang: Lang
) -> list[str]:
    notes = [note_text(n, lang) for n in file_notes]
    if delivery.mail is not None:
        notes.extend(note_text(n, lang) for n in delivery.mail.notes if n)
    from dawcheck.notices import describe

    for doc in docs:
        notes.extend(
            f"{doc.name}: {describe(w, lang)}" for w in doc.warnings if w.code == "symlink"
        )
    return notes


__all__ = ["STRONG_SOURCES", "Context", "build_submission", "choose_proposal", "decide_outcome"]
