"""Draft acknowledgements (--receipts DIR): one unsent .eml per applicant, never sent.

"Ik heb geen ontvangstbevestiging gekregen" is why applicants send twice. Each draft is addressed
to the applicant (for a forward: the original sender), from the intake address, in the report's
language, and says what arrived and when (the intake server's time, in Brussels), each document's
name and SHA-256, which version counts, and what still needs the applicant's action, in the same
words as the follow-up list (dawcheck.followup). `X-Unsent: 1` makes Outlook open it as a draft
to check and send; dawcheck itself has no way to send mail.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO

from dawcheck.documents.normalize import safe_name
from dawcheck.followup import APPLICANT_MUST_ACT, Applicant, applicant_action, applicants
from dawcheck.i18n import Lang
from dawcheck.messages import local_time, source_text
from dawcheck.outputs import write_bytes_atomically
from dawcheck.render import RenderOptions
from dawcheck.report import Report, Submission

_MESSAGE_ID = re.compile(r"^<[!-;=?-~]{1,250}>$")  # printable ASCII without < > and spaces
_FILE_CHARS = re.compile(r"[^a-z0-9._@+-]+")


def _pick(nl: str, en: str, lang: Lang) -> str:
    return nl if lang == "nl" else en


def _plain(text: str | None) -> str:
    """One line of text from a file, safe in a header or a body line: controls made visible."""
    return safe_name(text or "").encode("utf-8", "replace").decode("utf-8")


def _header_text(text: str | None) -> str:
    """A display name for a header: no controls or line breaks, and no encoded word ("=?"),
    which the email package would decode again when it parses the header it is given (a
    name "=?utf-8?q?a=0D=0ABcc:...?=" would come out as a line break and a Bcc header)."""
    cleaned = "".join(ch for ch in (text or "") if not unicodedata.category(ch).startswith("C"))
    cleaned = cleaned.encode("utf-8", "replace").decode("utf-8").strip()[:120]
    return "" if "=?" in cleaned else cleaned


def file_name(address: str, taken: set[str]) -> str:
    """A safe, unique file name for an applicant's draft: the address in plain characters."""
    base = _FILE_CHARS.sub("_", address.lower()).strip("._")[:100] or "indiener"
    name, n = f"{base}.eml", 1
    while name in taken:
        n += 1
        name = f"{base}-{n}.eml"
    taken.add(name)
    return name


def _when(sub: Submission, report: Report) -> str:
    lang = report.lang
    if sub.received is None:
        return _pick("tijdstip onbekend", "time unknown", lang)
    shown = local_time(sub.received, report.addendum.deadline.tzinfo, lang)
    if sub.received_source in ("received-header", "cli"):
        return shown
    source = source_text(sub.received_source, lang)
    return f"{shown} ({_pick('volgens', 'according to', lang)} {source})"


def _entry(n: int, sub: Submission, report: Report, deciding: Submission | None) -> list[str]:
    lang = report.lang
    zone = report.addendum.deadline.tzinfo
    lines = [f"{n}. {_when(sub, report)}"]
    if sub.subject:
        lines.append(f"   {_pick('Onderwerp', 'Subject', lang)}: {_plain(sub.subject)}")
    if sub.original is not None:
        o = sub.original
        via = ""
        if o.forwarded_by is not None:
            via = _plain(o.forwarded_by.address or o.forwarded_by.name)
        sent = local_time(o.received, zone, lang) if o.received else _plain(o.received_text)
        if sent:
            lines.append(
                _pick(
                    f"   Doorgestuurd door {via}; het origineel werd verstuurd op {sent}.",
                    f"   Forwarded by {via}; the original was sent on {sent}.",
                    lang,
                )
            )
    if sub.documents:
        lines.append(f"   {_pick('Documenten', 'Documents', lang)}:")
        for doc in sub.documents:
            role = (
                _pick("projectvoorstel", "project proposal", lang)
                if doc.role == "proposal"
                else _pick("bijlage", "annex", lang)
            )
            within = f" ({_pick('in', 'in', lang)} {_plain(doc.within)})" if doc.within else ""
            lines.append(f"   - {_plain(doc.filename)}{within} – {role}")
            lines.append(f"     SHA-256: {doc.sha256 or '-'}")
    elif sub.links:
        lines.append(
            f"   {_pick('Geen bijlage; enkel een link', 'No attachment; only a link', lang)}:"
        )
        lines.extend(f"   - {_plain(link.url)}" for link in sub.links)
    else:
        lines.append(f"   {_pick('Geen bijlage.', 'No attachment.', lang)}")
    lines.append(f"   {_status(sub, report, deciding)}")
    return lines


def _status(sub: Submission, report: Report, deciding: Submission | None) -> str:
    lang = report.lang
    deadline = local_time(report.addendum.deadline, report.addendum.deadline.tzinfo, lang, False)
    if sub.duplicate_of is not None:
        return _pick(
            "Dezelfde documenten als een eerder bericht (een kopie); die eerdere versie geldt.",
            "The same documents as an earlier message (a copy); that earlier version stands.",
            lang,
        )
    if sub.superseded_by is not None:
        return _pick(
            "Vervangen door uw latere inzending.",
            "Replaced by your later submission.",
            lang,
        )
    if sub.counts:
        return _pick("Dit is de versie die telt.", "This is the version that counts.", lang)
    if sub.outcome == "late":
        return _pick(
            f"Aangekomen na de deadline ({deadline}).",
            f"Arrived after the deadline ({deadline}).",
            lang,
        )
    if sub is deciding and sub.outcome == "follow-up":
        return _pick(
            "De intake bekijkt of deze versie telt (zie hieronder).",
            "Intake checks whether this version counts (see below).",
            lang,
        )
    return ""


def body(applicant: Applicant, report: Report) -> str:
    lang = report.lang
    a = report.addendum
    deciding = applicant.deciding
    greeting = _header_text(applicant.name) or _pick("indiener", "applicant", lang)
    greeting = _plain(greeting)
    lines = [
        _pick(f"Beste {greeting},", f"Dear {greeting},", lang),
        "",
        _pick(
            f"Dank u voor uw inzending voor de oproep {a.programme}, lokaal addendum {a.region}. "
            "Hieronder staat wat wij van u ontvingen en wanneer (de tijd waarop onze mailserver "
            "het bericht ontving, in Brussel).",
            f"Thank you for your submission to the call {a.programme}, local addendum "
            f"{a.region}. Below is what we received from you and when (the time our mail server "
            "received the message, in Brussels).",
            lang,
        ),
        "",
    ]
    for n, sub in enumerate(applicant.submissions, start=1):
        lines.extend(line for line in _entry(n, sub, report, deciding) if line.strip())
        lines.append("")
    actions: list[str] = []
    notes: list[str] = []
    if deciding is not None:
        for reason in deciding.reasons:
            said = applicant_action(deciding, reason, report, lang)
            if said is None or reason == "late":  # late: its entry already says so
                continue
            (actions if reason in APPLICANT_MUST_ACT else notes).append(said)
    if actions:
        lines.append(_pick("Wat wij nog van u nodig hebben:", "What we still need from you:", lang))
        lines.extend(f"- {_plain(action)}" for action in dict.fromkeys(actions))
    else:
        lines.append(
            _pick("Wij hebben niets meer van u nodig.", "We need nothing more from you.", lang)
        )
    if notes:
        lines += ["", _pick("Goed om te weten:", "Please note:", lang)]
        lines.extend(f"- {_plain(note)}" for note in dict.fromkeys(notes))
    lines += [
        "",
        _pick("Met vriendelijke groeten,", "Kind regards,", lang),
        "",
        _pick(f"Het intaketeam {a.region}", f"The {a.region} intake team", lang),
        a.intake_email,
        "",
        "-- ",
        _pick(
            "Deze bevestiging zegt wat er aankwam en wanneer; ze is geen beoordeling van de "
            "inhoud van uw voorstel. De SHA-256 is een vingerafdruk van elk bestand: zo kunt u "
            "nagaan dat wij precies uw bestand ontvingen.",
            "This acknowledgement says what arrived and when; it is not an assessment of your "
            "proposal's content. The SHA-256 is a fingerprint of each file: with it you can check "
            "that we received exactly your file.",
            lang,
        ),
    ]
    return "\n".join(lines) + "\n"


def _plain_address(address: str) -> str:
    """The address alone, as one header token: no controls, spaces or encoded words."""
    kept = "".join(ch for ch in address if not unicodedata.category(ch).startswith(("C", "Z")))
    return kept.replace("=?", "").replace("?=", "")[:254] or "onbekend"


def _address(address: str, name: str | None) -> Address | str:
    clean = _plain_address(address)
    try:
        if "@" in clean:
            user, domain = clean.rsplit("@", 1)
            return Address(display_name=_header_text(name), username=user, domain=domain)
    except (ValueError, IndexError):
        pass
    return clean


def message(applicant: Applicant, report: Report) -> EmailMessage:
    lang = report.lang
    a = report.addendum
    msg = EmailMessage()
    msg["From"] = a.intake_email
    # To: the applicant with their name, else the bare address, else a word saying so
    rest = _set_to(
        msg,
        [
            _address(applicant.address, applicant.name),
            _plain_address(applicant.address),
            "onbekend",
        ],
    )
    msg["Subject"] = _pick(
        f"Ontvangstbevestiging projectvoorstel {a.region}",
        f"Acknowledgement of receipt: project proposal {a.region}",
        lang,
    )
    msg["Date"] = format_datetime(report.generated_at.astimezone(a.deadline.tzinfo))
    domain = a.intake_email.rsplit("@", 1)[-1]
    digest = hashlib.sha256(
        f"{applicant.address}\0{report.generated_at.isoformat()}".encode("utf-8", "replace")
    ).hexdigest()[:24]
    msg["Message-ID"] = f"<dawcheck-receipt.{digest}@{domain}>"
    replied = [s.message_id for s in applicant.submissions if s.message_id]
    replied = [m for m in replied if _MESSAGE_ID.match(m)]
    if replied:  # the draft answers the applicant's latest message, in its thread
        msg["In-Reply-To"] = replied[-1]
        msg["References"] = " ".join(replied[-5:])
    msg["X-Unsent"] = "1"  # Outlook opens the file as a draft to send, not as a sent message
    msg["X-Mailer"] = f"dawcheck {report.dawcheck}"
    msg.set_content(body(applicant, report))
    # the name or address still made the header parser stray: the next candidate
    # (the folding of "¡¡,0000¡¡:¡¡" starts a line with no space before it, as a header would)
    while not _headers_intact(msg):
        if not rest:
            raise ValueError(f"no safe To header for {applicant.address!r}")
        rest = _set_to(msg, rest)
    return msg


def _set_to(msg: EmailMessage, candidates: list[Address | str]) -> list[Address | str]:
    """To: the first of `candidates` the header parser takes; the candidates after it are
    returned. (The parser raises more than ValueError on odd input: an address '"',
    IndexError.)"""
    for i, candidate in enumerate(candidates):
        del msg["To"]
        try:
            msg["To"] = candidate
            str(msg["To"])
            return candidates[i + 1 :]
        except (ValueError, TypeError, IndexError, AttributeError):
            continue
    return []


_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "x-unsent",
    "x-mailer",
    "content-type",
    "content-transfer-encoding",
    "mime-version",
}


def _headers_intact(msg: EmailMessage) -> bool:
    """The draft parses back to the headers dawcheck wrote, each on one logical line: nothing
    from a file can add a header (a Bcc) or a line break."""
    data = msg.as_bytes(policy=SMTP)
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    names = {line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in " \t"}
    return names <= _HEADERS and len(head.split("\r\n")) < 40


def _put(data: bytes, out: BinaryIO) -> None:
    out.write(data)


def write(report: Report, folder: Path, options: RenderOptions) -> list[Path]:
    """One draft per applicant, each written atomically; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    written: list[Path] = []
    for applicant in applicants(report.iter_submissions()):
        data = message(applicant, report).as_bytes(policy=SMTP)
        target = folder / file_name(applicant.address, taken)
        write_bytes_atomically(target, partial(_put, data))
        written.append(target)
    return written
