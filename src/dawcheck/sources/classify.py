"""What kind of message a mail is, read as intake staff read it: an auto-reply, a bounce, a read
receipt, a forward (inline or attached), a mail that announces an attachment it lacks, and the
download links it carries.

Headers decide first (RFC 3834 Auto-Submitted, RFC 3464/8098 reports, the X- headers vacation
programs write); subjects and body phrases only where headers are silent, because people write
"Automatisch antwoord" in subjects but also forward such replies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from dawcheck.sources.mail import Forwarded, MailInfo, addresses

AutomaticKind = Literal["auto-reply", "bounce", "read-receipt"]

_AUTO_SUBJECT = re.compile(
    r"^\s*(automatisch antwoord|automatic reply|auto(matic)?[- ]?reply|autoreply|"
    r"out of (the )?office|afwezig|absence|abwesenheit|niet aanwezig|vakantie\b|"
    r"réponse automatique|r[ée]ponse automatique)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"^\s*(undeliver(ed|able)|delivery (status notification|has failed|failure)|"
    r"mail delivery (failed|subsystem)|returned mail|onbestelbaar|niet bezorgd|"
    r"kan niet worden bezorgd|failure notice)",
    re.IGNORECASE,
)
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(gelezen|read|gelesen|lu|read receipt|leesbevestiging)\s*:", re.IGNORECASE
)
_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster)@", re.IGNORECASE)


def automatic_kind(mail: MailInfo) -> AutomaticKind | None:
    """An auto-reply, bounce or read receipt; None for a message a person wrote."""
    h = mail.kind_headers
    ctype = h.get("content-type", "").lower()
    if "report-type=delivery-status" in ctype or h.get("x-failed-recipients"):
        return "bounce"
    if "report-type=disposition-notification" in ctype:
        return "read-receipt"
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and auto != "no":
        return "auto-reply"
    if h.get("x-autoreply") or h.get("x-autorespond"):
        return "auto-reply"
    if h.get("precedence", "").strip().lower() == "auto_reply":
        return "auto-reply"
    subject = mail.subject or ""
    if _BOUNCE_SENDER.match(mail.sender_address or "") or _BOUNCE_SUBJECT.match(subject):
        return "bounce"
    if _RECEIPT_SUBJECT.match(subject) and not mail.attachments:
        return "read-receipt"
    if _AUTO_SUBJECT.match(subject) and not mail.attachments:
        return "auto-reply"
    return None


# File-transfer and sharing services applicants use instead of an attachment.
DOWNLOAD_HOSTS = (
    "wetransfer.com",
    "we.tl",
    "drive.google.com",
    "docs.google.com",
    "dropbox.com",
    "db.tt",
    "onedrive.live.com",
    "1drv.ms",
    "sharepoint.com",
    "box.com",
    "smash.gg",
    "fromsmash.com",
    "filemail.com",
    "icloud.com",
    "mega.nz",
    "swisstransfer.com",
    "transfernow.net",
    "filesender.belnet.be",
    "sendgb.com",
    "pcloud.com",
)
_DOWNLOAD_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".zip", ".rtf")
_URL = re.compile(r"\bhttps?://[^\s<>\"'\])]{3,2000}", re.IGNORECASE)


@dataclass(frozen=True)
class FoundLink:
    url: str
    host: str
    download: bool


def find_links(text: str, limit: int = 20) -> list[FoundLink]:
    """Links in a mail body; `download` when it leads to a file or a file-transfer service."""
    found: dict[str, FoundLink] = {}
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".,;:!?")
        try:
            host = (urlsplit(url).hostname or "").lower()
        except ValueError:
            continue
        if not host or url in found:
            continue
        path = urlsplit(url).path.lower()
        download = any(host == h or host.endswith("." + h) for h in DOWNLOAD_HOSTS) or (
            path.endswith(_DOWNLOAD_SUFFIXES)
        )
        found[url] = FoundLink(url, host, download)
        if len(found) >= limit:
            break
    return list(found.values())


# Where quoted history starts in a reply or forward: what follows is not the sender's own text.
_HISTORY = re.compile(
    r"^(?:-{2,}\s*(?:original message|oorspronkelijk bericht|forwarded message|"
    r"doorgestuurd bericht|doorgestuurd)\s*-{2,}|begin forwarded message:|"
    r"(?:op|on) .{4,120} (?:schreef|wrote|heeft .{1,60} geschreven)\s*.{0,80}:|"
    r"(?:van|from)\s*:\s*.+)$",
    re.IGNORECASE | re.MULTILINE,
)


def own_text(body: str) -> str:
    """The part of a body the sender wrote: quoted lines and the quoted history left out."""
    match = _HISTORY.search(body)
    head = body[: match.start()] if match else body
    return "\n".join(line for line in head.splitlines() if not line.lstrip().startswith(">"))


_ANNOUNCES = re.compile(
    r"\b(in bijlage|als bijlage|bijgevoegd|bijgevoegde|in de bijlage|hierbij (?:ons|mijn|onze|"
    r"het|de)|vindt u .{0,40}(?:voorstel|aanvraag|kandidatuur|dossier)|stuur(?:en)? (?:ik|we) "
    r"u .{0,30}(?:voorstel|aanvraag|kandidatuur)|attached|please find|enclosed)\b",
    re.IGNORECASE,
)


def announces_attachment(mail: MailInfo) -> bool:
    """The sender's own words say a document is attached (a forgotten attachment)."""
    return bool(_ANNOUNCES.search(own_text(mail.body)))


_FORWARD_SUBJECT = re.compile(r"^\s*(fw|fwd|doorst|tr|wg)\s*:", re.IGNORECASE)
_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded message|doorgestuurd bericht|original message|"
    r"oorspronkelijk bericht)\s*-{2,}|begin forwarded message:|begin doorgestuurd bericht:)",
    re.IGNORECASE | re.MULTILINE,
)
_FIELD = re.compile(
    r"^\s*[*>]*\s*(from|van|de|von|sent|verzonden|date|datum|envoyé|gesendet|to|aan|à|an|"
    r"subject|onderwerp|objet|betreff|cc)\s*[*]*\s*:\s*(.*)$",
    re.IGNORECASE,
)
_SENDER_FIELDS = {"from", "van", "de", "von"}
_DATE_FIELDS = {"sent", "verzonden", "date", "datum", "envoyé", "gesendet"}
_TO_FIELDS = {"to", "aan", "à", "an"}


def inline_forward(mail: MailInfo) -> Forwarded | None:
    """The header block of a forward written into the body (Outlook, Gmail, Apple Mail)."""
    body = mail.body
    marked = _FORWARD_MARK.search(body)
    if marked is None and not _FORWARD_SUBJECT.match(mail.subject or ""):
        return None
    start = marked.end() if marked else 0
    fields: dict[str, str] = {}
    for line in body[start : start + 4000].splitlines():
        match = _FIELD.match(line)
        if match:
            key = match.group(1).lower()
            slot = (
                "from"
                if key in _SENDER_FIELDS
                else "date"
                if key in _DATE_FIELDS
                else "to"
                if key in _TO_FIELDS
                else key
            )
            fields.setdefault(slot, match.group(2).strip())
        elif fields and not line.strip() and {"from", "date"} <= fields.keys():
            break  # the end of the header block
    if "from" not in fields:
        return None
    sender = addresses([fields["from"]])
    return Forwarded(
        sender=fields["from"][:200],
        sender_address=sender[0] if sender else None,
        to=addresses([fields.get("to", "")]),
        date_text=fields.get("date"),
    )
