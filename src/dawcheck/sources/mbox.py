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

from dawcheck.dates import parse_datetime
from dawcheck.sources.mail import MAX_MAIL_BYTES, MAX_MAIL_LINES

READ_PIECE = 64 * 1024  # the most read at once: a line longer than this comes in pieces
MAX_FROM_LINE = 1000  # characters of a From_ line kept
_ESCAPED_FROM = re.compile(rb">+From ")
_FROM_DATE = re.compile(
    r"((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+[A-Za-z]{3}\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+\d{4})"
)


@dataclass
class MboxMessage:
    index: int
    from_line: str
    delivered: dt.datetime | None  # naive: the From_ line carries no zone
    raw: bytes
    truncated: bool = False
    note: str = ""


def _from_line_date(line: str) -> tuple[dt.datetime | None, str]:
    m = _FROM_DATE.search(line)
    if m is None:
        return None, "From_-regel zonder leesbare datum"
    parsed = parse_datetime(m.group(1))
    if parsed.value is None:
        return None, f"From_-regel: {parsed.note}"
    return parsed.value.replace(tzinfo=None), ""


def iter_mbox(path: Path) -> Iterator[MboxMessage]:
    """Messages in order; a broken From_ line still starts a message (with a note).

    Memory stays bounded whatever the file holds: lines are read in pieces of at most
    READ_PIECE bytes (a 1 GB line without a newline is never held whole), a message is kept in
    one bytearray (not a list of line objects: 90 MB of one-byte lines took 6 GB), and a
    message's buffer stops growing one byte or one line past what parse_mail reads, so a cut
    message is refused as too large rather than read cut."""
    index = -1
    buf = bytearray()
    lines = 0
    from_line = ""
    truncated = False
    previous_blank = True
    at_line_start = True
    skipping_from_line = False  # the rest of an overlong From_ line

    def emit() -> MboxMessage:
        delivered, note = _from_line_date(from_line)
        raw = bytes(buf)
        buf.clear()  # not two copies of a large message while the caller parses it
        return MboxMessage(index, from_line, delivered, raw, truncated, note)

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
