"""Parse one e-mail (RFC 5322 bytes) into what intake needs: who, to whom, when, which files.

Every header access is guarded: Python's email package raises only when a malformed header is
read (an unclosed quote in To:, a bad RFC 2231 parameter, an unknown charset), so each read falls
back to the raw value with a warning instead of losing the message.
"""

from __future__ import annotations

import datetime as dt
import email
import email.header
import email.parser
import email.policy
import email.utils
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from typing import TYPE_CHECKING

from dawcheck.dates import DateCode, parse_machine
from dawcheck.sources.model import Arrival

MAX_PARTS = 500
MAX_MAIL_BYTES = 100 * 1024 * 1024
# The email parser keeps every line as a str object (~50 bytes of overhead each): a message of
# 90 MB of one-byte lines took 6 GB. 2,000,000 lines is a 100 MB message of base64 (76 a line).
MAX_MAIL_LINES = 2_000_000
MAX_HEADER_BYTES = 1024 * 1024  # the header block read when the body is not
# A legitimate message nests a few levels (forwarded mail in alternative in mixed ...); the
# parser and the walks below are bounded so that hostile nesting gives a note, not a crash.
MAX_MIME_DEPTH = 100
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
    unread: str | None = None  # why the body was not read (too large, nested too deep); Dutch


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


# Tokens of an address list, each matched once: a quoted string (to its end if unclosed), one of
# the characters that give structure, a backslash pair, or a run of anything else. No token can
# overlap another, so tokenising is linear whatever the header holds.
_ADDRESS_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[()<>,;:]|\\.?|[^"()<>,;:\\]+', re.DOTALL)
_ADDR_SPEC = re.compile(r"[^\s@<>()\[\],;:\"\\]+@[^\s@<>()\[\],;:\"\\]+")
# An address anywhere in text; the lookbehind lets a match start only where a run of address
# characters starts, so a long run without '@' is scanned once, not once per character.
_ADDRESS_IN_TEXT = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
MAX_NAME_CHARS = 200  # a display name longer than this is shown cut


def _unquote(token: str) -> str:
    inner = token[1:-1] if len(token) > 1 and token.endswith('"') else token[1:]
    return re.sub(r"\\(.)", r"\1", inner, flags=re.DOTALL)


def split_addresses(value: str) -> list[tuple[str, str]]:
    """(display name, address) per entry of an address header; address "" when none is valid.

    A linear, non-recursive reading of RFC 5322 address lists that tolerates what senders write:
    unclosed quotes and brackets, nested comments, stray '>' and group labels. The stdlib's
    parsers are quadratic on long headers (minutes for 200 KB) and recurse on nested comments.
    """
    entries: list[tuple[str, str]] = []
    name: list[str] = []
    angle: list[str] | None = None
    last_angle: str | None = None
    depth = 0

    def finish() -> None:
        nonlocal name, angle, last_angle
        if angle is not None:
            last_angle = "".join(angle)
        text = " ".join("".join(name).split())
        if last_angle is not None:
            candidate = last_angle.strip().rsplit(":", 1)[-1].strip()  # drop a source route
        else:
            words = text.split()
            at = next((i for i in reversed(range(len(words))) if "@" in words[i]), None)
            candidate = words[at] if at is not None else ""
            if at is not None:
                text = " ".join(words[:at] + words[at + 1 :])
        address = candidate if _ADDR_SPEC.fullmatch(candidate) else ""
        if text or address:
            entries.append((text, address))
        name, angle, last_angle = [], None, None

    for match in _ADDRESS_TOKENS.finditer(value):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue  # comment text
        elif angle is not None:
            if token == ">":
                last_angle, angle = "".join(angle), None
            elif token == "<":
                angle = []  # a second '<' inside: start again
            else:
                angle.append(token)
        elif token == "<":
            angle = []
        elif token in (",", ";"):
            finish()
        elif token == ":":
            name = []  # "Group label:" or junk before a colon: not part of a name
        elif token.startswith('"'):
            name.append(_unquote(token))
        elif token.startswith("\\"):
            name.append(token[1:])
        else:
            name.append(token)
    finish()
    return entries


def addresses(values: list[str]) -> list[str]:
    """Every address in these header values, lower case, in order, once each."""
    found: list[str] = []
    for value in values:
        found.extend(a.lower() for _, a in split_addresses(value) if a)
        # what the structure missed in a broken header ("a@x" inside quotes, a comment, junk)
        found.extend(a.lower() for a in _ADDRESS_IN_TEXT.findall(value))
    return list(dict.fromkeys(found))


CLOCK_SKEW = dt.timedelta(minutes=10)  # how far apart honest clocks may be
HOP_GAP_NOTE = dt.timedelta(days=2)  # longer in transit than this is worth a note
EARLIEST = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)  # without a launch date: no e-mail before this
MAX_HOPS = 100  # Received headers compared with the chosen one (a hostile mail may have 10 000)
_COMMENT = re.compile(r"\([^()]*\)")
_BY = re.compile(r"(?:^|\s)by\s+([^\s;()]+)", re.IGNORECASE)


def _display(name: str, address: str) -> str:
    """`name <address>`, quoted when need be, so that parseaddr() gives the address back."""
    name = " ".join(_decode_words(name[: MAX_NAME_CHARS * 5]).split())
    if len(name) > MAX_NAME_CHARS:
        name = name[:MAX_NAME_CHARS] + "…"
    if not name:
        return address
    if re.fullmatch(r"[\w !#$%&'*+/=?^`{|}~-]+", name) and not name.startswith(" "):
        return f"{name} <{address}>"
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}" <{address}>'


def sender_of(raw: str | None) -> tuple[str | None, str | None]:
    """(sender as shown, its address) from the raw From header; the address survives a hostile
    display name, and a sender without any address keeps its text (cut to a sane length)."""
    if raw is None:
        return None, None
    for name, address in split_addresses(raw):
        if address:
            return _display(name, address), address.lower()
    found = _ADDRESS_IN_TEXT.search(raw)
    if found is not None:
        rest = (raw[: found.start()] + raw[found.end() :]).replace("<>", " ")
        return _display(rest.strip(' "'), found.group()), found.group().lower()
    text = " ".join(_decode_words(raw[: MAX_NAME_CHARS * 5]).split())
    return (text[:MAX_NAME_CHARS] + ("…" if len(text) > MAX_NAME_CHARS else "")) or None, None


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


def _walk(msg: Message, *, into_forwarded: bool) -> Iterator[tuple[Message, int]]:
    """(part, depth) depth first in document order, without recursion, no deeper than
    MAX_MIME_DEPTH; message/rfc822 parts are opened only `into_forwarded` (Message.walk() does,
    recursively: a hostile nesting of 1,000 levels raised RecursionError)."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        yield part, depth
        if not into_forwarded and part.get_content_type() == "message/rfc822":
            continue
        payload = part.get_payload()
        if isinstance(payload, list) and depth < MAX_MIME_DEPTH:
            stack.extend((p, depth + 1) for p in reversed(payload) if isinstance(p, Message))


def _parts(msg: Message) -> Iterator[Message]:
    """Like Message.walk(), but without descending into attached e-mails (message/rfc822)."""
    return (part for part, _ in _walk(msg, into_forwarded=False))


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


# One parameter: runs of plain characters and quoted strings up to a ';' outside quotes.
# Possessive quantifiers (no backtracking): linear whatever the header holds.
_MIME_PARAM = re.compile(r'(?:[^";]++|"[^"\\]*+(?:\\.[^"\\]*+)*+"?+)*+', re.DOTALL)
_QUOTED = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"?', re.DOTALL)
_WANTED_PARAM = re.compile(r"(?:boundary|charset|name|filename)(?:\*\d{1,3})?\*?", re.IGNORECASE)
_TOKEN_VALUE = re.compile(r"[!#$%&'*+.^_`|~\w-]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
MAX_PARAM_CHARS = 1_000  # a 255-byte file name, percent-encoded, fits
MAX_PARAMS = 64  # RFC 2231 continuations of one long name included
MAX_PARSED_HEADER = 8_000  # other structured headers are cut here before they are parsed


@functools.lru_cache(maxsize=256)  # the parser asks for the same header many times per part
def mime_params_only(value: str) -> str:
    """A Content-Type or Content-Disposition value reduced, in one linear pass, to its type and
    the parameters intake uses (boundary, charset, name, filename and their RFC 2231 forms),
    each re-quoted. What the stdlib's header parser then reads is short and well formed: on
    500 parts with 1 KB of junk parameters it took 19 s (quadratic), in the parent process."""
    pieces: list[str] = []
    position = 0
    while True:
        match = _MIME_PARAM.match(value, position)
        assert match is not None  # the pattern matches the empty string
        pieces.append(match.group())
        position = match.end() + 1  # past the ';'
        if position > len(value):
            break
    head = _CONTROLS.sub("", pieces[0]).strip()[:128]
    kept = [head]
    for piece in pieces[1:]:
        param_name, equals, raw_value = piece.partition("=")
        param_name = param_name.strip()
        raw_value = raw_value.strip()
        if not equals or not _WANTED_PARAM.fullmatch(param_name):
            continue
        if len(raw_value) > MAX_PARAM_CHARS or len(kept) > MAX_PARAMS:
            continue
        quoted = _QUOTED.match(raw_value) if raw_value.startswith('"') else None
        if quoted:
            text = re.sub(r"\\(.)", r"\1", quoted.group(1), flags=re.DOTALL)
        else:
            text = raw_value  # without a trailing comment: charset=us-ascii (Plain Text)
            if text.endswith(")") and text.rfind("(") > 0:
                text = text[: text.rfind("(")].rstrip()
        text = _CONTROLS.sub("", text)
        if _TOKEN_VALUE.fullmatch(text):
            kept.append(f"{param_name}={text}")
        else:
            escaped = text.replace("\\", "\\\\").replace('"', '\\"')
            kept.append(f'{param_name}="{escaped}"')
    return "; ".join(kept)


if TYPE_CHECKING:
    _PolicyBase = email.policy.EmailPolicy[EmailMessage]
else:
    _PolicyBase = email.policy.EmailPolicy


class _BoundedPolicy(_PolicyBase):
    """policy.default, except that its (quadratic, sometimes raising) header parser only ever
    sees bounded values: MIME parameter headers reduced to what intake reads, the rest cut."""

    def header_fetch_parse(self, name: str, value: str) -> str:
        if isinstance(value, str) and not hasattr(value, "name"):
            key = name.lower()
            if key in ("content-type", "content-disposition"):
                value = mime_params_only(re.sub(r"[\r\n]", "", value))
            elif key in ("content-transfer-encoding", "mime-version"):
                value = value.strip()[:64]
            elif len(value) > MAX_PARSED_HEADER:
                value = value[:MAX_PARSED_HEADER]
        return super().header_fetch_parse(name, value)  # type: ignore[no-any-return]


POLICY = _BoundedPolicy()
_COMPAT = email.policy.compat32


def _header_block(raw: bytes) -> bytes:
    """The headers of a message (to its first blank line), at most MAX_HEADER_BYTES."""
    ends = [
        i
        for i in (raw.find(b"\n\n", 0, MAX_HEADER_BYTES), raw.find(b"\n\r\n", 0, MAX_HEADER_BYTES))
        if i >= 0
    ]
    return raw[: min(ends) + 1] if ends else raw[:MAX_HEADER_BYTES]


def _headers_only(raw: bytes) -> Message:
    head = _header_block(raw)
    try:
        return email.parser.BytesParser(policy=POLICY).parsebytes(head, headersonly=True)
    except Exception:  # noqa: BLE001 - the raw headers without interpretation
        cleaned = re.sub(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", b"", head)
        return email.parser.BytesParser(policy=_COMPAT).parsebytes(cleaned, headersonly=True)


class _TooDeep(Exception):
    """The parser ran out of stack on a hostile nesting of parts."""


def _parse(raw: bytes, notes: list[str]) -> Message:
    """The message tree; the parser itself can raise on hostile headers (found by fuzzing:
    a NUL byte in a header that the parser reads while splitting parts), and recurses once per
    level of nested parts (RecursionError on ~1,000 levels): then _TooDeep."""
    try:
        return email.message_from_bytes(raw, policy=POLICY)
    except RecursionError:
        raise _TooDeep from None
    except Exception as e:  # noqa: BLE001
        notes.append(
            f"bericht deels onleesbaar ({type(e).__name__}), opnieuw gelezen zonder controletekens"
        )
    cleaned = re.sub(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]", b"", raw)
    try:
        return email.message_from_bytes(cleaned, policy=POLICY)
    except RecursionError:
        raise _TooDeep from None
    except Exception:  # noqa: BLE001 - last resort: the raw headers without interpretation
        pass
    try:
        return email.message_from_bytes(cleaned, policy=_COMPAT)
    except RecursionError:
        raise _TooDeep from None


def _too_large(raw: bytes) -> str | None:
    lines = raw.count(b"\n")
    if len(raw) <= MAX_MAIL_BYTES and lines <= MAX_MAIL_LINES:
        return None
    return (
        f"bericht te groot om te lezen: {len(raw) / 1024 / 1024:.0f} MB in {lines} regels "
        f"(grens {MAX_MAIL_BYTES // 1024 // 1024} MB, {MAX_MAIL_LINES} regels)"
    )


def parse_mail(
    raw: bytes,
    *,
    now: dt.datetime,
    trust_host: str | None = None,
    fallback: Arrival | None = None,
    not_before: dt.datetime | None = None,
) -> MailInfo:
    """Everything intake needs from one message. A message too large, or nested too deep, to
    read safely still gives its envelope (sender, recipients, arrival) and says why its body
    was not read in `unread`."""
    info = MailInfo()
    notes = info.notes
    info.unread = _too_large(raw)
    if info.unread is None:
        try:
            msg = _parse(raw, notes)
        except _TooDeep:
            info.mime_damaged = True
            info.unread = (
                f"MIME-structuur te diep genest (meer dan {MAX_MIME_DEPTH} niveaus): "
                "bijlagen niet gelezen"
            )
    if info.unread is not None:
        notes.append(info.unread)
        msg = _headers_only(raw)
    info.sender, info.sender_address = sender_of(_raw_header(msg, "From"))
    recipients: list[str] = []
    for name in ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"):
        recipients.extend(addresses(_all_raw(msg, name)))
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
    if info.unread is not None:
        return info
    defects: set[str] = set()
    too_deep = False
    for part, depth in _walk(msg, into_forwarded=True):
        defects.update(type(d).__name__ for d in getattr(part, "defects", []))
        too_deep = too_deep or (depth == MAX_MIME_DEPTH and isinstance(part.get_payload(), list))
    broken = bool(defects & _BOUNDARY_DEFECTS)
    if too_deep:
        notes.append(
            f"MIME-structuur dieper dan {MAX_MIME_DEPTH} niveaus genest: "
            "wat dieper zit is niet bekeken"
        )
    try:
        _collect(msg, info, nested=False, budget=[MAX_PARTS])
    except Exception as e:  # noqa: BLE001 - a broken MIME tree must not lose the message
        notes.append(f"MIME-structuur onleesbaar ({type(e).__name__})")
        broken = True
    try:
        info.body = body_text(msg)
        info.forwarded = _attached_forward(msg, now=now)
    except Exception as e:  # noqa: BLE001 - the body is a help, never a reason to lose the mail
        notes.append(f"tekst van het bericht onleesbaar ({type(e).__name__})")
    if broken:
        notes.append(
            "MIME-structuur beschadigd (grens ontbreekt of klopt niet): een bijlage kan "
            "verborgen zijn"
        )
    info.mime_damaged = broken or too_deep
    return info
