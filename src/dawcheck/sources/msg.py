"""Outlook .msg files through python-oxmsg (MIT; reads the OLE2 container with olefile, BSD).

A .msg is an OLE2 compound file: a tree of storages and streams holding MAPI properties. oxmsg
decodes the container and the properties (types, code pages); this module picks what intake needs
and builds the same MailInfo as an .eml gives:

- arrival: the transport headers' Received lines (the intake server's stamp, through the same
  decide_arrival as .eml), else Outlook's delivery time (PR_MESSAGE_DELIVERY_TIME), else the
  sender's submit time as a Date;
- sender, recipients (headers and the recipient table), subject, Message-ID, plain-text body;
- attachments by value, and those of an attached e-mail (a forwarded message), one level deep.

oxmsg's Message class covers a top-level message only; an attached e-mail is the same structure
with a shorter property header, so both go through one small view (_Item) over oxmsg's Storage,
Properties, Recipient and Attachment.

The file is read once into memory without touching its access time; oxmsg only sees bytes.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import html.parser
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from dawcheck.documents.reader import open_regular_file
from dawcheck.sources.mail import (
    MAX_MAIL_BYTES,
    Attachment,
    MailInfo,
    addresses,
    decide_arrival,
    implausible,
    parse_mail,
)
from dawcheck.sources.model import Arrival

if TYPE_CHECKING:
    from oxmsg.properties import Properties
    from oxmsg.storage import Storage

_T = TypeVar("_T")

# MS-OXMSG 2.4: the property stream's header is 32 bytes for the message itself, 24 for an
# attached message, 8 for recipients and attachments (oxmsg knows the first and the last)
_ROOT_HEADER = 32
_EMBEDDED_HEADER = 24
_PROPERTIES_STREAM = "__properties_version1.0"
_EMBEDDED_STORAGE = "__substg1.0_3701000D"  # PidTagAttachDataObject as a storage
# PidTagAttachMethod values (MS-OXCMSG 2.2.2.9)
_BY_VALUE = 1
_EMBEDDED_MESSAGE = 5
_ATT_MHTML_REF = 0x4  # PidTagAttachFlags: rendered inline in the HTML body
# MS-OXPROPS ids oxmsg has no constant for
_PID_SENT_REPRESENTING_SMTP = 0x5D02
_PID_RECIPIENT_TYPE = 0x0C15  # PidTagRecipientType: 1 To, 2 Cc, 3 Bcc
# olefile's notes for content it could not read (it goes on reading and records them)
_CONTENT_LOST = ("less than declared", "incomplete OLE", "out of range", "stream too large")
_NOT_SUBMISSIONS = (
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pgp-signature",
    "text/vcard",
    "text/x-vcard",
    "text/calendar",
    "application/ms-tnef",
)
_NOT_SUBMISSION_SUFFIXES = (".p7s", ".asc", ".vcf", ".ics")


class MsgProblem(Exception):
    """A .msg that gives no message: `code` for programs, `reason` (Dutch) for people."""

    code = "msg-unreadable"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class MsgUnreadable(MsgProblem):
    """Not an Outlook file, a damaged one, or one that could not be read from disk."""


class OutlookSupportMissing(MsgProblem):
    """python-oxmsg is a dependency, so this means a broken installation."""

    code = "msg-support-missing"


TRUNCATED = "Outlook-bestand beschadigd of afgekapt: een deel van de inhoud ontbreekt"
NO_TIMES = "geen afleverings- of verzendtijd in het Outlook-bestand (mogelijk een concept)"
SUPPORT_MISSING = (
    "Outlook-ondersteuning ontbreekt (python-oxmsg niet geïnstalleerd): installeer dawcheck opnieuw"
)


def read_msg(
    path: Path,
    now: dt.datetime,
    *,
    trust_host: str | None = None,
    max_bytes: int = MAX_MAIL_BYTES,
    not_before: dt.datetime | None = None,
) -> MailInfo:
    """One Outlook file as MailInfo. Raises MsgProblem (with a Dutch reason), nothing else."""
    try:
        data = open_regular_file(path, max_bytes)  # O_NOATIME, no FIFOs, size cap
    except ValueError as e:
        raise MsgUnreadable(f"Outlook-bestand niet gelezen: {e}") from None
    except OSError as e:
        raise MsgUnreadable(f"Outlook-bestand niet gelezen: {e.strerror or e}") from None
    return parse_msg(data, now=now, trust_host=trust_host, not_before=not_before)


def parse_msg(
    data: bytes,
    *,
    now: dt.datetime,
    trust_host: str | None = None,
    not_before: dt.datetime | None = None,
) -> MailInfo:
    """The bytes of a .msg as MailInfo. Raises MsgProblem, nothing else."""
    # imported here, not at the top: a broken installation must still give a per-file result
    try:
        import olefile  # noqa: F401
        import oxmsg.attachment  # noqa: F401
        import oxmsg.domain.constants  # noqa: F401
        import oxmsg.properties  # noqa: F401
        import oxmsg.recipient  # noqa: F401
        import oxmsg.storage  # noqa: F401
    except ImportError:
        raise OutlookSupportMissing(SUPPORT_MISSING) from None
    root = _open(data)
    try:
        return _mail(root, now, trust_host, not_before)
    except Exception as e:  # noqa: BLE001 - a damaged property table is a result, not a crash
        raise MsgUnreadable(f"Outlook-bestand beschadigd ({type(e).__name__})") from None


def _open(data: bytes) -> _Item:
    import olefile
    from oxmsg.properties import Properties
    from oxmsg.storage import Storage

    if not olefile.isOleFile(data=data):
        raise MsgUnreadable("geen Outlook-bestand (geen OLE2-opmaak)")
    try:
        with olefile.OleFileIO(data) as ole:
            storage = Storage.from_ole(ole)
            # olefile reads past most damage and hands back short streams: a truncated
            # attachment must not pass for the whole one
            issues: list[tuple[type, str]] = getattr(ole, "parsing_issues", [])  # not in stubs
            root = cast("_DirEntry", ole.root)
            lost = _declared_bytes(root) != _stored_bytes(storage) or any(
                any(sign in str(message) for sign in _CONTENT_LOST) for _, message in issues
            )
    except Exception as e:  # noqa: BLE001 - olefile raises OSError subclasses, ValueError, ...
        raise MsgUnreadable(f"Outlook-bestand beschadigd ({type(e).__name__})") from None
    if lost:
        raise MsgUnreadable(TRUNCATED)
    if not any(s.name == _PROPERTIES_STREAM for s in storage.streams):  # a .doc, an .xls...
        raise MsgUnreadable("geen Outlook-bericht (OLE2-bestand zonder berichteigenschappen)")
    return _Item(storage, Properties(storage, properties_header_offset=_ROOT_HEADER))


class _DirEntry(Protocol):
    """The part of olefile's OleDirectoryEntry used here (its stubs lack `kids`)."""

    kids: list[_DirEntry]
    entry_type: int
    size: int


def _declared_bytes(node: _DirEntry) -> int:
    """What the directory says the streams under `node` hold."""
    from olefile import STGTY_STREAM

    return sum(k.size if k.entry_type == STGTY_STREAM else _declared_bytes(k) for k in node.kids)


def _stored_bytes(storage: Storage) -> int:
    return sum(len(s.bytes_) for s in storage.streams) + sum(
        _stored_bytes(s) for s in storage.storages
    )


class _Item:
    """A message in a .msg: the file's own, or an e-mail attached to it."""

    def __init__(self, storage: Storage, properties: Properties) -> None:
        self.storage = storage
        self.props = properties
        self.notes: list[str] = []

    def get(self, label: str, read: Callable[[Properties], _T | None]) -> _T | None:
        """One property; a damaged one (missing stream, bad code page) is a note, not a crash."""
        try:
            return read(self.props)
        except Exception as e:  # noqa: BLE001
            self.notes.append(f"Outlook-eigenschap {label} onleesbaar ({type(e).__name__})")
            return None

    def text(self, label: str, pid: int) -> str | None:
        value = self.get(label, lambda p: p.str_prop_value(pid))
        value = _clean(value) if value is not None else None
        return value or None

    def time(self, label: str, pid: int) -> dt.datetime | None:
        value = self.get(label, lambda p: p.date_prop_value(pid))
        if not isinstance(value, dt.datetime) or value.year <= 1601:
            return None  # absent, another type, or FILETIME 0 (an unsent draft)
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)

    def attachment_storages(self) -> list[Storage]:
        return sorted(self.storage.iter_attachment_storages(), key=lambda s: s.name)


def _clean(value: str) -> str:
    """Property text as Outlook stores it can carry NULs and line breaks."""
    return re.sub(r"[\r\n]+\s*", " ", value.replace("\x00", "")).strip()


def _mail(
    item: _Item, now: dt.datetime, trust_host: str | None, not_before: dt.datetime | None
) -> MailInfo:
    from oxmsg.domain import constants as c

    delivered = item.time("PidTagMessageDeliveryTime", c.PID_MESSAGE_DELIVERY_TIME)
    submitted = item.time("PidTagClientSubmitTime", c.PID_CLIENT_SUBMIT_TIME)
    fallback = None
    if delivered is not None:
        if implausible(delivered, now, not_before) is None:
            fallback = Arrival(delivered, "msg-delivery-time")
        else:
            item.notes.append(
                f"onwaarschijnlijke Outlook-afleveringstijd ({delivered.isoformat()})"
            )
    date = email.utils.format_datetime(submitted) if submitted else None
    headers = item.get(
        "PidTagTransportMessageHeaders", lambda p: p.str_prop_value(c.PID_TRANSPORT_MESSAGE_HEADERS)
    )
    if headers and headers.strip():
        # Outlook keeps the internet headers of mail it received (Received, From, To, Date...)
        text = headers.replace("\x00", "").strip()
        if date and not re.search(r"^date:", text, re.IGNORECASE | re.MULTILINE):
            text += f"\r\nDate: {date}"  # the submit time stands in, as the last resort
        info = parse_mail(
            text.encode("utf-8", "replace") + b"\r\n\r\n",
            now=now,
            trust_host=trust_host,
            fallback=fallback,
            not_before=not_before,
        )
        # only headers were given: whatever parse_mail says about MIME parts is not about this mail
        info.attachments, info.skipped, info.mime_damaged = [], [], False
        info.notes = [n for n in info.notes if "MIME" not in n]
    else:
        info = MailInfo()
        info.arrival = decide_arrival(
            [], date, now=now, trust_host=trust_host, fallback=fallback, not_before=not_before
        )
        if info.arrival.at is None and not item.notes:
            # "geen Date-header" would puzzle someone who never saw headers: say what is missing
            info.arrival = Arrival(None, "none", True, NO_TIMES)
    if info.date is None:
        info.date = submitted
    _envelope(item, info)
    info.body = _body(item)
    _attachments(item, info, nested=False)
    info.notes.extend(item.notes)
    return info


def _envelope(item: _Item, info: MailInfo) -> None:
    """Sender, recipients, subject and Message-ID where the headers did not give them."""
    from oxmsg.domain import constants as c
    from oxmsg.recipient import Recipient

    if not info.sender:
        name = item.text("PidTagSender", c.PID_SENDER_NAME) or item.text(
            "PidTagSender", c.PID_SENT_REPRESENTING_NAME
        )
        # PidTagSenderEmailAddress can be an Exchange X.500 name: prefer an SMTP address
        candidates = [
            item.text("PidTagSender", pid)
            for pid in (
                c.PID_SENDER_SMTP_ADDRESS,
                c.PID_SENDER_EMAIL_ADDRESS,
                _PID_SENT_REPRESENTING_SMTP,
                c.PID_SENT_REPRESENTING_EMAIL_ADDRESS,
            )
        ]
        address = next((a for a in candidates if a and "@" in a), None)
        if address:
            info.sender = f"{name} <{address}>" if name and name != address else address
        else:
            info.sender = name
    if not info.sender_address and info.sender:
        found = addresses([info.sender])
        info.sender_address = found[0] if found else None
    listed: list[str] = []
    by_type: dict[int, list[str]] = {}
    for storage in sorted(item.storage.iter_recipient_storages(), key=lambda s: s.name):
        recipient = Recipient(storage)
        try:
            address = recipient.email_address
            kind = recipient.properties.int_prop_value(_PID_RECIPIENT_TYPE) or 1
        except Exception as e:  # noqa: BLE001
            item.notes.append(f"Outlook-eigenschap PidTagRecipient onleesbaar ({type(e).__name__})")
            continue
        listed.append(address)
        by_type.setdefault(kind & 0x0F, []).append(address)  # 1 To, 2 Cc, 3 Bcc
    # the display lines hold names as often as addresses; addresses() keeps only addresses
    display_to = item.text("PidTagDisplayTo", c.PID_DISPLAY_TO) or ""
    display_cc = item.text("PidTagDisplayCc", c.PID_DISPLAY_CC) or ""
    listed.extend((display_to, display_cc))
    info.recipients = list(dict.fromkeys([*info.recipients, *addresses(listed)]))
    if not info.to and not info.cc:  # no transport headers: the recipient table decides
        info.to = addresses([*by_type.get(1, []), display_to])
        info.cc = addresses([*by_type.get(2, []), display_cc])
    info.subject = info.subject or item.text("PidTagSubject", c.PID_SUBJECT)
    info.message_id = info.message_id or item.text(
        "PidTagInternetMessageId", c.PID_INTERNET_MESSAGE_ID
    )


class _HtmlText(html.parser.HTMLParser):
    """Text and link targets of an HTML body (links matter: WeTransfer and the like)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.parts.append(f" {href} ")
        if tag in ("br", "p", "div", "tr", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _body(item: _Item) -> str:
    """The plain-text body; from the HTML body when Outlook kept only that (RTF-only: empty)."""
    from oxmsg.domain import constants as c

    body = item.get("PidTagBody", lambda p: p.str_prop_value(c.PID_BODY))
    if body and body.strip():
        return body.replace("\x00", "")

    def html_body(p: Properties) -> str | None:
        raw = p.binary_prop_value(c.PID_HTML)
        if raw:
            return raw.decode(p.body_encoding, "replace")
        return p.str_prop_value(c.PID_BODY_HTML)

    markup = item.get("PidTagHtml", html_body)
    if not markup:
        return ""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    return re.sub(r"[ \t]+", " ", "".join(parser.parts)).strip()


def _is_submission(name: str, content_type: str, props: Properties) -> bool:
    """Signatures, calendar cards and inline images are not submissions (as in mail.py)."""
    from oxmsg.domain import constants as c
    from oxmsg.properties import BooleanProperty

    if content_type in _NOT_SUBMISSIONS or name.lower().endswith(_NOT_SUBMISSION_SUFFIXES):
        return False
    if content_type.startswith("image/"):
        flags = props.int_prop_value(c.PID_ATTACH_FLAGS) or 0
        hidden = any(
            isinstance(p, BooleanProperty) and p.pid == c.PID_ATTACHMENT_HIDDEN and p.value
            for p in props
        )
        content_id = props.str_prop_value(c.PID_ATTACH_CONTENT_ID)
        if content_id or flags & _ATT_MHTML_REF or hidden:
            return False  # logos and signature images shown in the body
    return True


def _attachments(item: _Item, info: MailInfo, nested: bool) -> None:
    for number, storage in enumerate(item.attachment_storages(), start=1):
        _attachment(storage, number, info, nested)


def _attachment(storage: Storage, number: int, info: MailInfo, nested: bool) -> None:
    from oxmsg.attachment import Attachment as OxAttachment
    from oxmsg.domain import constants as c
    from oxmsg.properties import Properties

    props = OxAttachment(storage).properties
    names = (
        _guard(functools.partial(props.str_prop_value, pid))
        for pid in (c.PID_ATTACH_LONG_FILENAME, c.PID_ATTACH_FILENAME, c.PID_DISPLAY_NAME)
    )
    name = next((_clean(v) for v in names if v and _clean(v)), f"bijlage-{number}")
    method = _guard(lambda: props.int_prop_value(c.PID_ATTACH_METHOD))
    if method == _EMBEDDED_MESSAGE:
        inner = next((s for s in storage.storages if s.name == _EMBEDDED_STORAGE), None)
        if inner is None or nested:
            return  # one level deep, as for message/rfc822 in mail.py
        embedded = _Item(inner, Properties(inner, properties_header_offset=_EMBEDDED_HEADER))
        before = len(info.attachments)
        _attachments(embedded, info, nested=True)
        info.notes.extend(embedded.notes)
        if len(info.attachments) > before:
            info.notes.append("bijlage uit een doorgestuurd bericht")
        return
    if method not in (None, _BY_VALUE):
        info.skipped.append(name)  # a link to a file, or an OLE object: no file to check
        return
    try:
        data = props.binary_prop_value(c.PID_ATTACH_DATA_BINARY) or b""
    except Exception as e:  # noqa: BLE001 - declared, but its stream is missing
        info.notes.append(f"bijlage '{name}' kon niet gedecodeerd worden ({type(e).__name__})")
        data = b""
    mime = _guard(lambda: props.str_prop_value(c.PID_ATTACH_MIME_TAG)) or ""
    content_type = mime.lower().strip() or "application/octet-stream"
    if not _guard(lambda: _is_submission(name, content_type, props), True):
        info.skipped.append(name)
        return
    info.attachments.append(Attachment(name, data, content_type, nested))


def _guard(read: Callable[[], _T], default: _T | None = None) -> _T | None:
    """An optional attachment property: unreadable counts as absent."""
    try:
        return read()
    except Exception:  # noqa: BLE001
        return default
