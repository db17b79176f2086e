"""From what is on disk to deliveries: one e-mail message, or one loose document, each with its
envelope (sender, recipients, arrival and its source) and the files it carries.

A delivery is what intake staff act on: a mail with a proposal and a partner letter is one
delivery with two files, not two submissions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict

from dawcheck.sources.mail import Attachment, MailInfo, parse_mail
from dawcheck.sources.mbox import iter_mbox
from dawcheck.sources.model import Arrival
from dawcheck.sources.walk import Input, WalkStats, iter_inputs


class Container(BaseModel):
    """Where a delivery was found: a file, a folder, an .eml, one message of an .mbox."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["eml", "mbox", "msg", "folder", "file"]
    path: str
    index: int | None = None  # 0-based message index in an mbox


@dataclass
class Delivery:
    """One e-mail message or one loose document, before its files are read."""

    source: str
    container: Container
    arrival: Arrival
    mail: MailInfo | None = None
    path: Path | None = None  # a loose document on disk
    attachments: list[Attachment] = field(default_factory=list)
    problem: str | None = None  # the message itself could not be read (Dutch note)


@dataclass(frozen=True)
class DeliveryOptions:
    zone: ZoneInfo
    now: dt.datetime
    max_message_bytes: int
    received: Arrival | None = None  # --received: for loose documents
    loose_arrival: str = "mtime"  # "mtime" (inbox) or "none" (check: a pre-check)
    trust_host: str | None = None
    not_before: dt.datetime | None = None  # the call's launch: an earlier stamp proves nothing


def iter_deliveries(
    paths: list[Path], opts: DeliveryOptions, stats: WalkStats
) -> Iterator[Delivery]:
    for item in iter_inputs(paths, stats):
        yield from _deliveries_of(item, opts)


def _deliveries_of(item: Input, opts: DeliveryOptions) -> Iterator[Delivery]:
    path = item.path
    if item.kind == "document":
        if item.folder is not None:
            container = Container(kind="folder", path=str(item.folder))
        else:
            container = Container(kind="file", path=str(path))
        yield Delivery(str(path), container, _loose_arrival(path, opts), path=path)
    elif item.kind == "eml":
        yield _eml(path, opts)
    elif item.kind == "mbox":
        yield from _mbox(path, opts)
    elif item.kind == "msg":
        yield _msg(path, opts)


def _loose_arrival(path: Path, opts: DeliveryOptions) -> Arrival:
    if opts.received is not None:
        return opts.received
    if opts.loose_arrival == "none":
        return Arrival(None, "none")
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return Arrival(None, "none")
    return Arrival(dt.datetime.fromtimestamp(stamp, dt.UTC).astimezone(opts.zone), "mtime")


def _from_mail(source: str, container: Container, mail: MailInfo) -> Delivery:
    attachments, mail.attachments = mail.attachments, []  # the bytes travel with the delivery
    # a message too large or nested too deep keeps its envelope but says why it was not read
    return Delivery(
        source, container, mail.arrival, mail=mail, attachments=attachments, problem=mail.unread
    )


def _eml(path: Path, opts: DeliveryOptions) -> Delivery:
    from dawcheck.documents.reader import open_regular_file

    container = Container(kind="eml", path=str(path))
    try:
        raw = open_regular_file(path, opts.max_message_bytes)
    except (OSError, ValueError) as e:
        return Delivery(
            str(path), container, Arrival(None, "none"), problem=f"bericht niet gelezen: {e}"
        )
    mail = parse_mail(raw, now=opts.now, trust_host=opts.trust_host, not_before=opts.not_before)
    return _from_mail(str(path), container, mail)


def _mbox(path: Path, opts: DeliveryOptions) -> Iterator[Delivery]:
    # streamed: a mailbox export can be larger than memory
    messages = iter_mbox(path, zone=opts.zone)
    while True:
        try:
            message = next(messages, None)
        except OSError as e:
            container = Container(kind="mbox", path=str(path))
            yield Delivery(
                str(path),
                container,
                Arrival(None, "none"),
                problem=f"mailbox niet gelezen: {e.strerror}",
            )
            return
        if message is None:
            return
        container = Container(kind="mbox", path=str(path), index=message.index)
        mail = parse_mail(
            message.raw,
            now=opts.now,
            trust_host=opts.trust_host,
            fallback=message.arrival(),
            not_before=opts.not_before,
        )
        if message.note:
            mail.notes.append(message.note)
        if message.truncated:
            mail.notes.append("bericht te groot: afgekapt")
        yield _from_mail(str(path), container, mail)


def _msg(path: Path, opts: DeliveryOptions) -> Delivery:
    from dawcheck.sources.msg import MsgProblem, read_msg

    container = Container(kind="msg", path=str(path))
    try:
        mail = read_msg(
            path,
            opts.now,
            trust_host=opts.trust_host,
            max_bytes=opts.max_message_bytes,
            not_before=opts.not_before,
        )
    except MsgProblem as e:  # not a .msg, damaged, support missing: never "no attachment"
        problem = e.reason
    except Exception as e:  # noqa: BLE001 - a broken .msg is a result, not a crash
        problem = f"Outlook-bestand onleesbaar ({type(e).__name__})"
    else:
        return _from_mail(str(path), container, mail)
    return Delivery(str(path), container, Arrival(None, "none"), problem=problem)
