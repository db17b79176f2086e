"""Read an mbox file message by message, read-only and streaming.

The stdlib's mailbox.mbox opens the file for writing when it can and keeps a table of contents
of the whole file; an intake tool must not do the first and need not do the second.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from dawcheck.dates import BRUSSELS, parse_machine
from dawcheck.sources.mail import MAX_MAIL_BYTES, MAX_MAIL_LINES
from dawcheck.sources.model import Arrival

LOCAL_NOTE = "From_-regel zonder tijdzone: Brusselse tijd aangenomen"
READ_PIECE = 64 * 1024  # the most read at once: a line longer than this comes in pieces
MAX_FROM_LINE = 1000  # characters of a From_ line kept
_ESCAPED_FROM = re.compile(rb">+From ")


@dataclass
class MboxMessage:
    index: int
    from_line: str
    delivered: dt.datetime | None  # naive wall time in the mailbox's zone (kept for callers)
    raw: bytes
    truncated: bool = False
    note: str = ""
    delivered_at: dt.datetime | None = None  # aware; None when the From_ line has no full date
    delivered_uncertain: bool = True

    def arrival(self) -> Arrival | None:
        """The From_ line as a fallback arrival (weaker than the message's Received header)."""
        if self.delivered_at is None:
            return None
        note = LOCAL_NOTE if self.delivered_uncertain else ""
        return Arrival(self.delivered_at, "mbox-from-line", self.delivered_uncertain, note)


@dataclass(frozen=True)
class FromLineDate:
    at: dt.datetime | None
    uncertain: bool
    note: str


def from_line_date(line: str, zone: ZoneInfo = BRUSSELS) -> FromLineDate:
    """The date of an mbox From_ line ('From sender Fri Sep  1 23:59:00 2023', maybe with a
    zone), read strictly: no default year, no default date, asctime or RFC 5322 only."""
    fields = line.split(None, 2)
    if len(fields) < 3 or fields[0] != "From":
        return FromLineDate(None, True, "From_-regel zonder leesbare datum")
    parsed = parse_machine(fields[2], zone)
    if parsed.value is None:
        return FromLineDate(None, True, f"From_-regel: {parsed.note}")
    return FromLineDate(parsed.value, parsed.uncertain, "")


def _from_line_date(line: str) -> tuple[dt.datetime | None, str]:
    """Compatibility: the From_ date as naive Brussels wall time, and a note."""
    found = from_line_date(line)
    if found.at is None:
        return None, found.note
    return found.at.astimezone(BRUSSELS).replace(tzinfo=None), ""


def iter_mbox(path: Path, *, zone: ZoneInfo = BRUSSELS) -> Iterator[MboxMessage]:
    """Messages in order; a broken From_ line still starts a message (with a note).

    `zone`: the time zone of From_ lines that carry none (the call's zone). Memory stays bounded
    whatever the file holds: lines are read in pieces of at most READ_PIECE bytes (a 1 GB line
    without a newline is never held whole), a message is kept in one bytearray (not a list of
    line objects: 90 MB of one-byte lines took 6 GB), and a message's buffer stops growing one
    byte or one line past what parse_mail reads, so a cut message is refused as too large
    rather than read cut."""
    index = -1
    buf = bytearray()
    lines = 0
    from_line = ""
    truncated = False
    previous_blank = True
    at_line_start = True
    skipping_from_line = False  # the rest of an overlong From_ line

    def emit() -> MboxMessage:
        found = from_line_date(from_line, zone)
        naive = found.at.astimezone(zone).replace(tzinfo=None) if found.at else None
        raw = bytes(buf)
        buf.clear()  # not two copies of a large message while the caller parses it
        note = found.note if from_line else ""
        return MboxMessage(index, from_line, naive, raw, truncated, note, found.at, found.uncertain)

    from dawcheck.documents.reader import open_readonly

    with os.fdopen(open_readonly(path), "rb") as fh:
        while piece := fh.readline(READ_PIECE):
            starts_line, at_line_start = at_line_start, piece.endswith(b"\n")
            if skipping_from_line:
                skipping_from_line = not at_line_start
                continue
            if starts_line and piece.startswith(b"From ") and previous_blank:
                if index >= 0:
                    yield emit()
                index += 1
                buf, lines, truncated = bytearray(), 0, False
                from_line = piece[:MAX_FROM_LINE].decode("utf-8", "replace").strip()
                skipping_from_line = not at_line_start
                previous_blank = False
                continue
            if starts_line:  # a line's first piece says whether it is blank
                previous_blank = piece in (b"\n", b"\r\n")
            if index < 0:
                if piece.strip():  # no From_ line at the start: the whole file is one message
                    index, from_line = 0, ""
                else:
                    continue
            if starts_line and _ESCAPED_FROM.match(piece):
                piece = piece[1:]  # mboxrd unescaping
            if truncated:
                continue
            lines += at_line_start
            if len(buf) + len(piece) > MAX_MAIL_BYTES or lines > MAX_MAIL_LINES:
                # keep one byte (or line) over the limit: parse_mail then refuses it whole
                buf += piece[: MAX_MAIL_BYTES + 1 - len(buf)] if lines <= MAX_MAIL_LINES else piece
                truncated = True
                continue
            buf += piece
        if index >= 0:
            yield emit()
