"""Outlook .msg files through extract-msg (GPL-3.0, an optional extra: dawcheck[outlook]).

Only this module imports extract_msg, and only when a .msg is met, so dawcheck's own code stays
under its permissive licence and works without the extra.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dawcheck.sources.mail import Attachment, MailInfo, addresses, decide_arrival, parse_mail
from dawcheck.sources.model import Arrival

INSTALL_HINT = "pip install 'dawcheck[outlook]'"


class OutlookSupportMissing(Exception):
    """extract-msg is not installed."""


def msg_available() -> bool:
    try:
        import extract_msg  # noqa: F401
    except ImportError:
        return False
    return True


def _aware(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return None


def mail_from_msg_fields(
    *,
    headers: str | None,
    sender: str | None,
    to: str | None,
    cc: str | None,
    subject: str | None,
    message_id: str | None,
    delivery_time: object,
    date: object,
    attachments: list[tuple[str, bytes]],
    now: dt.datetime,
) -> MailInfo:
    """Build MailInfo from the fields extract-msg gives; separate so it can be tested alone."""
    info = MailInfo()
    if headers:
        # Outlook keeps the transport headers (Received, To, ...) of internet mail: use them
        info = parse_mail(headers.encode("utf-8", "replace") + b"\r\n\r\n", now=now)
        info.attachments = []
        info.notes = [n for n in info.notes if "MIME" not in n]
    info.sender = info.sender or sender
    if not info.sender_address and sender:
        found = addresses([sender])
        info.sender_address = found[0] if found else None
    if not info.recipients:
        info.recipients = addresses([v for v in (to, cc) if v])
    info.subject = info.subject or subject
    info.message_id = info.message_id or message_id
    delivered = _aware(delivery_time)
    if info.arrival.source != "received-header" and delivered is not None:
        info.arrival = Arrival(delivered, "msg-delivery-time")
    elif info.arrival.at is None:
        sent = _aware(date)
        if sent is not None:
            info.arrival = decide_arrival([], sent.isoformat(), now=now)
    for name, data in attachments:
        info.attachments.append(Attachment(name, data, "application/octet-stream"))
    return info


def read_msg(path: Path, now: dt.datetime) -> MailInfo:
    try:
        import extract_msg
    except ImportError:
        raise OutlookSupportMissing(INSTALL_HINT) from None
    message = extract_msg.openMsg(str(path))
    try:
        attachments = []
        for att in message.attachments:
            data = getattr(att, "data", None)
            if isinstance(data, bytes):
                name = att.longFilename or att.shortFilename or "bijlage"
                attachments.append((str(name), data))
        delivery = None
        try:
            delivery = message.getPropertyVal("0E060040")  # PR_MESSAGE_DELIVERY_TIME
        except Exception:  # noqa: BLE001 - property missing or malformed
            delivery = None
        if delivery is None:
            delivery = getattr(message, "receivedTime", None)
        return mail_from_msg_fields(
            headers=str(message.header) if getattr(message, "header", None) else None,
            sender=message.sender,
            to=message.to,
            cc=message.cc,
            subject=message.subject,
            message_id=getattr(message, "messageId", None),
            delivery_time=delivery,
            date=getattr(message, "date", None),
            attachments=attachments,
            now=now,
        )
    finally:
        message.close()
