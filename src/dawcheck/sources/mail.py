"""Parse one e-mail (RFC 5322 bytes) into what intake needs: who, to whom, when, which files.

Every header access is guarded: Python's email package raises only when a malformed header is
read (an unclosed quote in To:, a bad RFC 2231 parameter, an unknown charset), so each read falls
back to the raw value with a warning instead of losing the message.
"""

from __future__ import annotations

import datetime as dt
import email
import email.header
import email.policy
import email.utils
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, Message

from dawcheck.dates import DateCode, parse_machine
from dawcheck.sources.model import Arrival

MAX_PARTS = 500
MAX_MAIL_BYTES = 100 * 1024 * 1024
DISAGREE_SECONDS = 5 * 60
_BOUNDARY_DEFECTS = {
    "StartBoundaryNotFoundDefect",
    "CloseBoundaryNotFoundDefect",
    "MultipartInvariantViolationDefect",
    "NoBoundaryInMultipartDefect",
    "FirstHeaderLineIsContinuationDefect",
    "MissingHeaderBodySeparatorDefect",
}
_DOC_SUFFIXES = (
    ".pdf",
    ".docx",
    ".docm",
    ".doc",
    ".odt",
    ".txt",
    ".md",
    ".rtf",
    ".pages",
    ".zip",
    ".7z",
    ".rar",
)
_NOT_SUBMISSIONS = (
    "application/pkcs7-signature",
    "application/x-pkcs7-signature",
    "application/pgp-signature",
    "text/vcard",
    "text/x-vcard",
    "text/calendar",
    "application/ms-tnef",
)
_SMALL_IMAGE = 200_000


@dataclass
class Attachment:
    name: str
    data: bytes
    content_type: str
    nested: bool = False  # inside a forwarded message


@dataclass
class Forwarded:
    """The headers of a forwarded message: an attached message/rfc822, or an inline block."""

    sender: str | None = None
    sender_address: str | None = None
    to: list[str] = field(default_factory=list)
    date_text: str | None = None
    arrival: Arrival | None = None  # from its own Received headers (attached forwards only)


@dataclass
class MailInfo:
    sender: str | None = None
    sender_address: str | None = None
    recipients: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    body: str = ""  # the plain text a person reads (HTML reduced to text), bounded
    kind_headers: dict[str, str] = field(default_factory=dict)  # Auto-Submitted and its kin
    forwarded: Forwarded | None = None
    subject: str | None = None
    message_id: str | None = None
    date: dt.datetime | None = None
    arrival: Arrival = field(default_factory=lambda: Arrival(None, "none"))
    attachments: list[Attachment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # Dutch; shown as warnings
    skipped: list[str] = field(default_factory=list)  # inline images, signatures: not submissions
    mime_damaged: bool = False


def _text(value: object) -> str:
    """Header text without lone surrogates or line breaks (no header injection in reports)."""
    text = str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return re.sub(r"[\r\n]+\s*", " ", text).strip()


def _header(msg: Message, name: str, notes: list[str]) -> str | None:
    try:
        value = msg.get(name)
        return None if value is None else _text(value)
    except Exception as e:  # noqa: BLE001 - malformed headers raise only when read
        raw = _raw_header(msg, name)
        notes.append(f"header {name} onleesbaar ({type(e).__name__}), ruwe waarde gebruikt")
        return raw


def _raw_header(msg: Message, name: str) -> str | None:
    for key, value in getattr(msg, "_headers", []):
        if key.lower() == name.lower():
            return _text(value if isinstance(value, str) else str(value))
    return None


def _all_raw(msg: Message, name: str) -> list[str]:
    return [
        _text(v if isinstance(v, str) else str(v))
        for k, v in getattr(msg, "_headers", [])
        if k.lower() == name.lower()
    ]


def addresses(values: list[str]) -> list[str]:
    found = []
    for _, addr in email.utils.getaddresses(values):
        if addr and "@" in addr:
            found.append(addr.strip().lower())
    for value in values:  # what getaddresses missed in a broken header
        found.extend(a.lower() for a in re.findall(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", value))
    return list(dict.fromkeys(found))


CLOCK_SKEW = dt.timedelta(minutes=10)  # how far apart honest clocks may be
HOP_GAP_NOTE = dt.timedelta(days=2)  # longer in transit than this is worth a note
EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)  # without a launch date: no e-mail before this
MAX_HOPS = 100  # Received headers compared with the chosen one (a hostile mail may have 10 000)
_COMMENT = re.compile(r"\([^()]*\)")
_BY = re.compile(r"(?:^|\s)by\s+([^\s;()]+)", re.IGNORECASE)


def received_time(header: str) -> tuple[dt.datetime | None, bool, str]:
    """The stamp of one Received header: (time, uncertain, note).

    Only the date-time after the header's last ';' counts (RFC 5321/5322); a date elsewhere in
    the header (the HELO name, an id) was written by whoever sent the mail and proves nothing.
    """
    part = header.rsplit(";", 1)[1] if ";" in header else ""
    if not part.strip():
        return None, True, "Received-header zonder datum"
    parsed = parse_machine(part)
    if parsed.value is None:
        return None, True, f"Received-datum onleesbaar ({parsed.note})"
    if parsed.has(DateCode.LOCAL_TIME):
        return parsed.value, True, "Received-datum zonder tijdzone"
    return parsed.value, parsed.uncertain, parsed.note if parsed.uncertain else ""


def implausible(value: dt.datetime, now: dt.datetime, not_before: dt.datetime | None) -> str | None:
    """Why `value` cannot be when this mail arrived: before the call, or after now."""
    floor = not_before or EARLIEST
    if value < floor:
        if not_before is None:
            return "te vroeg"
        return f"voor de lancering van de oproep ({not_before.date().isoformat()})"
    if value > now + CLOCK_SKEW:
        return f"na het moment van controle ({now.isoformat(timespec='minutes')})"
    return None


def _plausible(value: dt.datetime, now: dt.datetime, not_before: dt.datetime | None = None) -> bool:
    return implausible(value, now, not_before) is None


def _by_host(header: str) -> str:
    """The host that wrote this Received header (its 'by' clause), lower case, no final dot."""
    head = header.rsplit(";", 1)[0] if ";" in header else header
    for _ in range(3):  # comments may nest; a 'by' inside one is not the clause
        head = _COMMENT.sub(" ", head)
    m = _BY.search(head)
    return m.group(1).lower().strip("[]").rstrip(".") if m else ""


def host_matches(host: str, trusted: str) -> bool:
    """`host` is `trusted` or a host under that domain: dot-bounded, never a substring."""
    host = host.lower().rstrip(".")
    trusted = trusted.lower().strip().strip(".")
    return bool(trusted) and (host == trusted or host.endswith("." + trusted))


def _hop_problems(received: list[str], chosen: int, at: dt.datetime) -> tuple[bool, list[str]]:
    """Stamps of the other hops against the chosen one: going back in time makes it uncertain
    (some clock or header is wrong, maybe the chosen one); a long transit is only noted."""
    notes: list[str] = []
    uncertain = False
    for index, header in enumerate(received[: max(MAX_HOPS, chosen + 1)]):
        if index == chosen:
            continue
        other, _, _ = received_time(header)
        if other is None:
            continue
        earlier_hop = index > chosen  # headers are prepended: lower in the list = earlier hop
        lower, upper = (other, at) if earlier_hop else (at, other)
        if lower - upper > CLOCK_SKEW and not uncertain:
            uncertain = True
            notes.append(
                f"Received-stempels niet in volgorde: {lower.isoformat()} (eerdere hop) "
                f"na {upper.isoformat()} (latere hop)"
            )
        elif earlier_hop and at - other > HOP_GAP_NOTE and not any("onderweg" in n for n in notes):
            notes.append(f"bericht {(at - other) // dt.timedelta(hours=1)} uur onderweg")
    return uncertain, notes


def decide_arrival(
    received: list[str],
    date_header: str | None,
    *,
    now: dt.datetime,
    trust_host: str | None = None,
    fallback: Arrival | None = None,
    not_before: dt.datetime | None = None,
) -> Arrival:
    """Topmost Received (or the one stamped by --trust-host), else `fallback`, else Date.

    Never on time without proof: a stamp before `not_before` (the call's launch) or after `now`
    (plus clock skew), hops out of order, or a trusted host that stamped nothing make the result
    uncertain; when the Received chain fails, a weaker source is uncertain too.
    """
    notes: list[str] = []
    chosen: int | None = None
    doubt = False
    if trust_host:
        chosen = next(
            (i for i, h in enumerate(received) if host_matches(_by_host(h), trust_host)), None
        )
        if chosen is None and received:
            notes.append(f"geen Received-header van {trust_host}, bovenste gebruikt")
            doubt = True
    if chosen is None and received:
        chosen = 0
    date_value = None
    if date_header:
        parsed = parse_machine(date_header)
        date_value = parsed.value if not parsed.uncertain and parsed.value else None
    if chosen is not None:
        value, uncertain, note = received_time(received[chosen])
        if value is not None:
            why = implausible(value, now, not_before)
            if why is not None:
                note = f"onwaarschijnlijke Received-datum ({value.isoformat()}): {why}"
                value = None
        if value is not None:
            hop_doubt, hop_notes = _hop_problems(received, chosen, value)
            if (
                date_value is not None
                and abs((value - date_value).total_seconds()) > DISAGREE_SECONDS
            ):
                notes.append(
                    f"Date-header ({date_value.isoformat()}) wijkt meer dan 5 min af "
                    "van de Received-tijd"
                )
            notes.extend(n for n in (note, *hop_notes) if n)
            return Arrival(
                value, "received-header", uncertain or doubt or hop_doubt, "; ".join(notes)
            )
        notes.append(note)
        doubt = True  # the receiving side's own stamp failed: nothing weaker can prove more
    if fallback is not None and fallback.at is not None:
        why = implausible(fallback.at, now, not_before)
        if why is None:
            extra = [n for n in (fallback.note, *notes) if n]
            return Arrival(
                fallback.at, fallback.source, fallback.uncertain or doubt, "; ".join(extra)
            )
        notes.append(f"onwaarschijnlijke {fallback.source}-tijd ({fallback.at.isoformat()}): {why}")
    if date_header:
        parsed = parse_machine(date_header)
        if parsed.value is not None:
            why = implausible(parsed.value, now, not_before)
            if why is not None:
                notes.append(f"onwaarschijnlijke Date-header ({parsed.value.isoformat()}): {why}")
                return Arrival(None, "none", True, "; ".join(notes))
            notes.append("geen bruikbare Received-header: Date-header van de afzender gebruikt")
            if parsed.uncertain:
                notes.append(parsed.note)
            return Arrival(parsed.value, "date-header", parsed.uncertain or doubt, "; ".join(notes))
        notes.append(f"Date-header onleesbaar ({parsed.note})")
    else:
        notes.append("geen Date-header")
    return Arrival(None, "none", True, "; ".join(n for n in notes if n))


# Headers that tell an auto-reply, bounce or read receipt from a person's message (RFC 3834,
# and the X- headers Exchange, Zimbra and vacation programs write).
KIND_HEADERS = (
    "Auto-Submitted",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "Precedence",
    "X-Failed-Recipients",
    "Return-Path",
    "In-Reply-To",
)
MAX_BODY_CHARS = 100_000


def _addresses_of(msg: Message, name: str) -> list[str]:
    # the raw values: addresses are ASCII, and a header that breaks the parser keeps them
    return addresses(_all_raw(msg, name))


def _content_type(msg: Message) -> str:
    try:
        ctype = msg.get_content_type()
        report = msg.get_param("report-type")
    except Exception:  # noqa: BLE001 - a malformed Content-Type
        return ""
    return f"{ctype}; report-type={report}" if isinstance(report, str) else ctype


def body_text(msg: Message) -> str:
    """The message's readable text: the first text/plain part, else text/html reduced to text.

    Attachments (parts with a file name) and attached messages are not the body.
    """
    plain: str | None = None
    html: str | None = None
    for part in _parts(msg):
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        if _filename(part) is not None:
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html"):
            continue
        text = _decoded_text(part)
        if ctype == "text/plain" and plain is None:
            plain = text
        elif ctype == "text/html" and html is None:
            html = text
    if plain is not None and plain.strip():
        return plain[:MAX_BODY_CHARS]
    if html is not None:
        from dawcheck.sources.htmltext import html_to_text

        return html_to_text(html[: MAX_BODY_CHARS * 4])[:MAX_BODY_CHARS]
    return ""


def _decoded_text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data[: MAX_BODY_CHARS * 4].decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return data[: MAX_BODY_CHARS * 4].decode("utf-8", "replace")


def _attached_forward(msg: Message, *, now: dt.datetime) -> Forwarded | None:
    """The first attached message (message/rfc822): a forward 'as attachment'."""
    for part in _parts(msg):
        if part.get_content_type() != "message/rfc822":
            continue
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if not isinstance(inner, Message):
            continue
        sender = _header(inner, "From", [])
        found = addresses([sender]) if sender else []
        to = addresses([v for v in (_header(inner, "To", []), _header(inner, "Cc", [])) if v])
        date = _header(inner, "Date", [])
        received = _all_raw(inner, "Received")
        arrival = decide_arrival(received, date, now=now) if received or date else None
        return Forwarded(sender, found[0] if found else None, to, date, arrival)
    return None


def _filename(part: Message) -> str | None:
    """The attachment's name: RFC 2231 and RFC 2047 decoded, raw 8-bit tolerated."""
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001 - bad RFC 2231 parameters raise here
        name = None
    if name:
        name = _decode_words(_text(name))
    if not name:
        for header in ("Content-Disposition", "Content-Type"):
            raw = _raw_header(part, header) or ""
            m = re.search(r'\b(?:file)?name\*?=\s*"?([^";]+)"?', raw, re.IGNORECASE)
            if m:
                value = m.group(1).strip()
                if "''" in value:
                    value = email.utils.collapse_rfc2231_value(email.utils.decode_rfc2231(value))
                name = _decode_words(value)
                break
    return name or None


def _decode_words(value: str) -> str:
    if "=?" not in value:
        return value
    try:
        parts = email.header.decode_header(value)
        return "".join(
            p.decode(c or "utf-8", "replace") if isinstance(p, bytes) else p for p, c in parts
        )
    except Exception:  # noqa: BLE001 - unknown charsets
        return value


def _payload(part: Message, notes: list[str], name: str) -> bytes | None:
    try:
        data = part.get_payload(decode=True)
    except Exception as e:  # noqa: BLE001
        notes.append(f"bijlage '{name}' kon niet gedecodeerd worden ({type(e).__name__})")
        return None
    defects = {type(d).__name__ for d in getattr(part, "defects", [])}
    if defects & {
        "InvalidBase64PaddingDefect",
        "InvalidBase64CharactersDefect",
        "InvalidBase64LengthDefect",
    }:
        notes.append(f"bijlage '{name}': base64 beschadigd")
    return data if isinstance(data, bytes) else None


def _is_submission(part: Message, name: str | None, size: int) -> bool:
    ctype = part.get_content_type()
    if ctype in _NOT_SUBMISSIONS or (name or "").lower().endswith((".p7s", ".asc", ".vcf", ".ics")):
        return False
    disposition = (_raw_header(part, "Content-Disposition") or "").lower()
    if ctype.startswith("image/") and (
        "inline" in disposition
        or part.get("Content-ID")
        or (size < _SMALL_IMAGE and "attachment" not in disposition)
    ):
        return False  # logos and signature images
    if name:
        return True
    return "attachment" in disposition


def _parts(msg: Message) -> Iterator[Message]:
    """Like Message.walk(), but without descending into attached e-mails (message/rfc822)."""
    yield msg
    if msg.get_content_type() == "message/rfc822":
        return
    payload = msg.get_payload()
    if isinstance(payload, list):
        for part in payload:
            if isinstance(part, Message):
                yield from _parts(part)


def _collect(msg: Message, info: MailInfo, nested: bool, budget: list[int]) -> None:
    for part in _parts(msg):
        budget[0] -= 1
        if budget[0] < 0:
            info.notes.append(f"meer dan {MAX_PARTS} MIME-delen: de rest is niet bekeken")
            return
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or isinstance(part.get_payload(), list):
            continue
        name = _filename(part)
        if name is None and ctype in ("text/plain", "text/html"):
            continue  # the body
        data = _payload(part, info.notes, name or "?")
        if data is None:
            continue
        if not _is_submission(part, name, len(data)):
            if name:
                info.skipped.append(name)
            continue
        info.attachments.append(
            Attachment(name or f"bijlage-{len(info.attachments) + 1}", data, ctype, nested)
        )
    for part in _parts(msg):
        if part.get_content_type() == "message/rfc822" and not nested:
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                _collect_inner(inner, info, budget)


def _collect_inner(inner: Message, info: MailInfo, budget: list[int]) -> None:
    """A forwarded e-mail inside the e-mail: its attachments count, one level deep."""
    before = len(info.attachments)
    for part in _parts(inner):
        budget[0] -= 1
        if budget[0] < 0 or part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        name = _filename(part)
        if name is None and part.get_content_type() in ("text/plain", "text/html"):
            continue
        data = _payload(part, info.notes, name or "?")
        if data is not None and _is_submission(part, name, len(data)):
            info.attachments.append(
                Attachment(name or "bijlage", data, part.get_content_type(), nested=True)
            )
    if len(info.attachments) > before:
        info.notes.append("bijlage uit een doorgestuurd bericht")


def _parse(raw: bytes, notes: list[str]) -> EmailMessage:
    """The message tree; the parser itself can raise on hostile headers (found by fuzzing:
    a NUL byte in a header that the parser reads while splitting parts)."""
    try:
        return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]
    except Exception as e:  # noqa: BLE001
        notes.append(
            f"bericht deels onleesbaar ({type(e).__name__}), opnieuw gelezen zonder controletekens"
        )
    cleaned = re.sub(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", b"", raw)
    try:
        return email.message_from_bytes(cleaned, policy=email.policy.default)  # type: ignore[return-value]
    except Exception:  # noqa: BLE001 - last resort: the raw headers without interpretation
        return email.message_from_bytes(cleaned, policy=email.policy.compat32)  # type: ignore[return-value]


def parse_mail(
    raw: bytes,
    *,
    now: dt.datetime,
    trust_host: str | None = None,
    fallback: Arrival | None = None,
    not_before: dt.datetime | None = None,
) -> MailInfo:
    info = MailInfo()
    if len(raw) > MAX_MAIL_BYTES:
        info.notes.append("bericht te groot om te lezen")
        return info
    notes = info.notes
    msg = _parse(raw, notes)
    sender = _header(msg, "From", notes)
    info.sender = sender
    senders = addresses([sender]) if sender else []
    info.sender_address = senders[0] if senders else None
    recipients: list[str] = []
    for name in ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"):
        values = _all_raw(msg, name)
        for i, _ in enumerate(values):
            try:
                values[i] = _text(msg.get_all(name)[i])
            except Exception:  # noqa: BLE001
                notes.append(f"header {name} onleesbaar, ruwe waarde gebruikt")
        recipients.extend(addresses(values))
    info.recipients = list(dict.fromkeys(recipients))
    info.to = _addresses_of(msg, "To")
    info.cc = _addresses_of(msg, "Cc")
    for name in KIND_HEADERS:
        value = _header(msg, name, notes)
        if value is not None:
            info.kind_headers[name.lower()] = value[:200]
    info.kind_headers["content-type"] = _content_type(msg)
    info.subject = _header(msg, "Subject", notes)
    info.message_id = _header(msg, "Message-ID", notes)
    date_raw = _raw_header(msg, "Date")
    if date_raw:
        parsed = parse_machine(date_raw)
        info.date = parsed.value if not parsed.uncertain else None
    info.arrival = decide_arrival(
        _all_raw(msg, "Received"),
        date_raw,
        now=now,
        trust_host=trust_host,
        fallback=fallback,
        not_before=not_before,
    )
    defects = {type(d).__name__ for part in msg.walk() for d in getattr(part, "defects", [])}
    info.mime_damaged = bool(defects & _BOUNDARY_DEFECTS)
    try:
        _collect(msg, info, nested=False, budget=[MAX_PARTS])
    except Exception as e:  # noqa: BLE001 - a broken MIME tree must not lose the message
        notes.append(f"MIME-structuur onleesbaar ({type(e).__name__})")
        info.mime_damaged = True
    try:
        info.body = body_text(msg)
        info.forwarded = _attached_forward(msg, now=now)
    except Exception as e:  # noqa: BLE001 - the body is a help, never a reason to lose the mail
        notes.append(f"tekst van het bericht onleesbaar ({type(e).__name__})")
    if info.mime_damaged:
        notes.append(
            "MIME-structuur beschadigd (grens ontbreekt of klopt niet): een bijlage kan "
            "verborgen zijn"
        )
    return info
