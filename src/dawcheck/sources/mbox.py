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

MAX_MESSAGE_BYTES = 100 * 1024 * 1024
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
    """Messages in order; a broken From_ line still starts a message (with a note)."""
    index = -1
    buf: list[bytes] = []
    size = 0
    from_line = ""
    truncated = False
    previous_blank = True

    def emit() -> MboxMessage:
        delivered, note = _from_line_date(from_line)
        raw = b"".join(buf)
        return MboxMessage(index, from_line, delivered, raw, truncated, note)

    from dawcheck.documents.reader import open_readonly

    with os.fdopen(open_readonly(path), "rb") as fh:
        for line in fh:
            if line.startswith(b"From ") and previous_blank:
                if index >= 0:
                    yield emit()
                index += 1
                buf, size, truncated = [], 0, False
                from_line = line.decode("utf-8", "replace").strip()
                previous_blank = False
                continue
            previous_blank = line in (b"\n", b"\r\n")
            if index < 0:
                if line.strip():  # no From_ line at the start: the whole file is one message
                    index, from_line = 0, ""
                else:
                    continue
            if re.match(rb"^>+From ", line):
                line = line[1:]  # mboxrd unescaping
            if size + len(line) > MAX_MESSAGE_BYTES:
                truncated = True
                continue
            buf.append(line)
            size += len(line)
        if index >= 0:
            yield emit()
