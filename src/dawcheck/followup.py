"""What comes after the check: which applicants need follow-up, and what to ask them.

One sentence builder for every output that tells a person what to do next: the workbook's
"Opvolgen" sheet, the HTML report's follow-up section and the draft acknowledgements. Two
audiences, one set of facts: `staff_action` is what the intake officer does ("Vraag de vergeten
bijlage op"), `applicant_action` is what the applicant reads in the acknowledgement ("Stuur de
aangekondigde bijlage alsnog naar ..."), or a plain statement when nothing is asked of them.

An applicant needs follow-up when the submission that decides their case (the version that
counts, else their latest own delivery) has the outcome follow-up: an earlier version replaced
by a valid one needs nothing more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from dawcheck.i18n import Lang
from dawcheck.messages import local_time
from dawcheck.report import Reason, Report, Submission

# reasons that make an outcome "follow-up" (report.Reason); the others are warnings or verdicts
FOLLOW_UP_REASONS: frozenset[str] = frozenset(
    {
        "region-missing",
        "proposal-unreadable",
        "proposal-unsupported",
        "only-link",
        "wrong-recipient",
        "arrival-uncertain",
        "forwarded",
        "forgotten-attachment",
        "message-unreadable",
    }
)

# reasons for which the applicant must do something (the others: intake decides or checks)
APPLICANT_MUST_ACT: frozenset[str] = frozenset(
    {
        "region-missing",
        "proposal-unreadable",
        "proposal-unsupported",
        "only-link",
        "forgotten-attachment",
        "annex-unreadable",
    }
)


@dataclass
class Applicant:
    """One applicant's deliveries (in arrival order) and the one that decides their case."""

    address: str
    name: str | None
    submissions: list[Submission] = field(default_factory=list)

    @property
    def deciding(self) -> Submission | None:
        counting = [s for s in self.submissions if s.counts]
        if counting:
            return counting[-1]
        own = [s for s in self.submissions if s.duplicate_of is None]
        return own[-1] if own else None

    @property
    def needs_follow_up(self) -> bool:
        deciding = self.deciding
        return deciding is not None and deciding.outcome == "follow-up"


@dataclass(frozen=True)
class FollowUp:
    """One row of the follow-up list: who, about which submission, why, and what to ask."""

    applicant: str
    name: str | None
    submission: Submission
    reasons: list[Reason]
    ask: str  # one plain sentence for the intake officer
    others: list[int] = field(default_factory=list)  # the applicant's other submissions (#)


def _arrival_key(sub: Submission) -> tuple[bool, float, int]:
    return (sub.received is None, sub.received.timestamp() if sub.received else 0.0, sub.id)


def _who(sub: Submission) -> tuple[str, str | None]:
    if sub.applicant:
        name = None
        if sub.original is not None and sub.original.sender is not None:
            if sub.original.sender.address == sub.applicant:
                name = sub.original.sender.name
        elif sub.sender is not None and sub.sender.address == sub.applicant:
            name = sub.sender.name
        return sub.applicant, name
    if sub.sender is not None and sub.sender.address:
        return sub.sender.address, sub.sender.name
    return f"#{sub.id}", None


def applicants(subs: Iterable[Submission]) -> list[Applicant]:
    """The applicants of an intake, first arrival first; not-a-submission messages are none."""
    by_address: dict[str, Applicant] = {}
    for sub in sorted(subs, key=_arrival_key):
        if sub.outcome == "not-a-submission":
            continue
        address, name = _who(sub)
        entry = by_address.setdefault(address, Applicant(address=address, name=name))
        entry.name = entry.name or name
        entry.submissions.append(sub)
    return list(by_address.values())


def follow_ups(report: Report) -> list[FollowUp]:
    """One row per applicant who needs follow-up (for `check`: per submission)."""
    lang = report.lang
    rows: list[FollowUp] = []
    if report.mode == "check":
        for sub in report.iter_submissions():
            if sub.outcome == "follow-up":
                address, name = _who(sub)
                rows.append(_row(address, name, sub, report, lang, []))
        return rows
    for applicant in applicants(report.iter_submissions()):
        deciding = applicant.deciding
        if deciding is not None and applicant.needs_follow_up:
            others = [s.id for s in applicant.submissions if s.id != deciding.id]
            rows.append(_row(applicant.address, applicant.name, deciding, report, lang, others))
    return rows


def _row(
    address: str, name: str | None, sub: Submission, report: Report, lang: Lang, others: list[int]
) -> FollowUp:
    reasons = [r for r in sub.reasons if r in FOLLOW_UP_REASONS]
    return FollowUp(
        applicant=address,
        name=name,
        submission=sub,
        reasons=reasons,
        ask=what_to_ask(sub, report, lang),
        others=others,
    )


def what_to_ask(sub: Submission, report: Report, lang: Lang) -> str:
    """The intake officer's next step for a submission, in one sentence."""
    parts = [staff_action(sub, r, report, lang) for r in sub.reasons if r in FOLLOW_UP_REASONS]
    if not parts:
        return ""
    sentence = "; ".join(parts)
    return sentence[0].upper() + sentence[1:] + "."


def _short(value: dt.datetime, report: Report, lang: Lang) -> str:
    return local_time(value, report.addendum.deadline.tzinfo, lang, seconds=False)


def _suggestion(sub: Submission) -> str | None:
    region = sub.check("region-in-filename")
    if region is not None and region.evidence.kind == "region":
        return region.evidence.suggestion
    return None


def _link_hosts(sub: Submission) -> str:
    hosts = [link.host for link in sub.links if link.kind == "download"] or [
        link.host for link in sub.links
    ]
    if not hosts:  # the message check names the links when the report has none
        finding = sub.check("message")
        if finding is not None and finding.evidence.kind == "message":
            hosts = [urlsplit(u).hostname or u for u in finding.evidence.links]
    return ", ".join(dict.fromkeys(hosts)) or "?"


def _addressed_to(sub: Submission, lang: Lang) -> str:
    finding = sub.check("recipient")
    if finding is not None and finding.evidence.kind == "recipient":
        shown = ", ".join((finding.evidence.to + finding.evidence.cc)[:3])
        if shown:
            return shown
    return "?" if lang == "en" else "onbekend"


def _proposal_status(sub: Submission) -> str:
    proposal = sub.proposal
    return proposal.read_status if proposal is not None else "unreadable"


def _original_sent(sub: Submission, report: Report, lang: Lang) -> str:
    original = sub.original
    if original is not None and original.received is not None:
        return _short(original.received, report, lang)
    if original is not None and original.received_text:
        return original.received_text
    return "?" if lang == "en" else "onbekend"


def staff_action(sub: Submission, reason: str, report: Report, lang: Lang) -> str:
    """What the intake officer does about one reason (lower case, no full stop)."""
    nl = lang == "nl"
    intake = report.addendum.intake_email
    if reason == "region-missing":
        hint = _suggestion(sub)
        tail = (f" (bv. '{hint}')" if nl else f" (e.g. '{hint}')") if hint else ""
        return (
            "vraag het voorstel opnieuw op met het werkingsgebied in de bestandsnaam" + tail
            if nl
            else "ask for the proposal again with the region in the file name" + tail
        )
    if reason == "proposal-unreadable":
        status = _proposal_status(sub)
        if status == "encrypted":
            return (
                "vraag het voorstel opnieuw op zonder wachtwoord"
                if nl
                else "ask for the proposal again without a password"
            )
        if status == "no-text":
            return (
                "vraag het voorstel op als tekst (PDF met tekstlaag, DOCX of ODT), niet als scan"
                if nl
                else "ask for the proposal as text (a PDF with a text layer, DOCX or ODT), "
                "not a scan"
            )
        return (
            "vraag het voorstel opnieuw op: het bestand kon niet gelezen worden"
            if nl
            else "ask for the proposal again: the file could not be read"
        )
    if reason == "proposal-unsupported":
        name = sub.filename or "?"
        return (
            f"vraag het voorstel op als PDF, DOCX of ODT (ontvangen: '{name}')"
            if nl
            else f"ask for the proposal as PDF, DOCX or ODT (received: '{name}')"
        )
    if reason == "only-link":
        hosts = _link_hosts(sub)
        return (
            f"haal het voorstel op via de link ({hosts}) en bewaar het"
            if nl
            else f"fetch the proposal through the link ({hosts}) and keep it"
        )
    if reason == "wrong-recipient":
        to = _addressed_to(sub, lang)
        return (
            f"beslis of de inzending telt: ze was gericht aan {to}, niet aan {intake}"
            if nl
            else f"decide whether the submission counts: it was addressed to {to}, not {intake}"
        )
    if reason == "arrival-uncertain":
        return (
            "zoek de aankomsttijd na op de mailserver: de tijd in het bericht is onzeker"
            if nl
            else "look up the arrival time on the mail server: the time in the message is uncertain"
        )
    if reason == "forwarded":
        sent = _original_sent(sub, report, lang)
        return (
            f"beslis of de doorgestuurde inzending (origineel verstuurd {sent}) telt"
            if nl
            else f"decide whether the forwarded submission (original sent {sent}) counts"
        )
    if reason == "forgotten-attachment":
        return "vraag de vergeten bijlage op" if nl else "ask for the missing attachment"
    if reason == "message-unreadable":
        return (
            "open het bericht zelf in het mailprogramma: dawcheck kon het niet lezen"
            if nl
            else "open the message in the mail program: dawcheck could not read it"
        )
    return reason


def applicant_action(sub: Submission, reason: str, report: Report, lang: Lang) -> str | None:
    """What the acknowledgement tells the applicant about one reason: a request when they must
    act, a plain statement when the intake decides; None when there is nothing to say."""
    nl = lang == "nl"
    intake = report.addendum.intake_email
    deadline = _short(report.addendum.deadline, report, lang)
    if reason == "region-missing":
        hint = _suggestion(sub)
        tail = (f", bijvoorbeeld '{hint}'" if nl else f", for example '{hint}'") if hint else ""
        return (
            f"Stuur uw voorstel opnieuw naar {intake} met het werkingsgebied "
            f"{report.addendum.region} in de bestandsnaam{tail}."
            if nl
            else f"Send your proposal again to {intake} with the region {report.addendum.region} "
            f"in the file name{tail}."
        )
    if reason == "proposal-unreadable":
        status = _proposal_status(sub)
        if status == "encrypted":
            return (
                f"Uw voorstel is met een wachtwoord beveiligd; stuur het zonder wachtwoord "
                f"opnieuw naar {intake}."
                if nl
                else f"Your proposal is password-protected; send it again to {intake} "
                "without a password."
            )
        if status == "no-text":
            return (
                f"Uw voorstel is een scan zonder tekst; stuur het als PDF met tekst, DOCX of ODT "
                f"opnieuw naar {intake}."
                if nl
                else f"Your proposal is a scan without text; send it again to {intake} as a PDF "
                "with text, DOCX or ODT."
            )
        return (
            f"Uw voorstel kon niet geopend worden; stuur het opnieuw naar {intake}."
            if nl
            else f"Your proposal could not be opened; send it again to {intake}."
        )
    if reason == "proposal-unsupported":
        return (
            f"Stuur uw voorstel als PDF, DOCX of ODT opnieuw naar {intake}."
            if nl
            else f"Send your proposal again to {intake} as PDF, DOCX or ODT."
        )
    if reason == "only-link":
        hosts = _link_hosts(sub)
        return (
            f"Uw voorstel kwam als downloadlink ({hosts}); een link kan verlopen. Stuur het "
            f"liefst ook als bijlage naar {intake}."
            if nl
            else f"Your proposal came as a download link ({hosts}); a link can expire. Please "
            f"also send it as an attachment to {intake}."
        )
    if reason == "wrong-recipient":
        to = _addressed_to(sub, lang)
        return (
            f"Uw bericht was gericht aan {to}, niet aan het intake-adres {intake}; de intake "
            "beslist of het meetelt."
            if nl
            else f"Your message was addressed to {to}, not to the intake address {intake}; "
            "intake decides whether it counts."
        )
    if reason == "arrival-uncertain":
        return (
            "De aankomsttijd van uw bericht is onzeker; de intake zoekt die na."
            if nl
            else "The arrival time of your message is uncertain; intake looks it up."
        )
    if reason == "forwarded":
        who = ""
        if sub.original is not None and sub.original.forwarded_by is not None:
            who = sub.original.forwarded_by.address or sub.original.forwarded_by.name or ""
        sent = _original_sent(sub, report, lang)
        by = (f" door {who}" if nl else f" by {who}") if who else ""
        return (
            f"Uw voorstel (verstuurd {sent}) kwam bij ons binnen doordat het{by} werd "
            f"doorgestuurd; de intake beslist of het meetelt. Het intake-adres is {intake}."
            if nl
            else f"Your proposal (sent {sent}) reached us because it was forwarded{by}; intake "
            f"decides whether it counts. The intake address is {intake}."
        )
    if reason == "forgotten-attachment":
        return (
            f"Uw bericht kondigde een bijlage aan, maar er zat er geen bij; stuur uw voorstel "
            f"alsnog naar {intake}."
            if nl
            else f"Your message announced an attachment, but none was attached; please send "
            f"your proposal to {intake}."
        )
    if reason == "message-unreadable":
        return (
            "Uw bericht kon niet volledig gelezen worden; de intake bekijkt het zelf."
            if nl
            else "Your message could not be read completely; intake looks at it in person."
        )
    if reason == "late":
        return (
            f"Deze inzending kwam na de deadline ({deadline}) aan."
            if nl
            else f"This submission arrived after the deadline ({deadline})."
        )
    if reason == "annex-unreadable":
        names = ", ".join(
            f"'{d.filename}'" for d in sub.documents if d.role == "annex" and d.read_status != "ok"
        )
        return (
            f"Een bijlage kon niet gelezen worden ({names}); stuur ze gerust opnieuw als PDF."
            if nl
            else f"An annex could not be read ({names}); feel free to send it again as a PDF."
        )
    return None
