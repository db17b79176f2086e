"""Plain text and Markdown, and the line-based layout shared with PDF page text.

Files from Belgian applicants arrive as UTF-8, UTF-16 with a BOM, or cp1252 (Windows Notepad):
BOMs are trusted, UTF-8 is tried strictly, and only then charset-normalizer guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.checkmarks import split_leading_mark
from dawcheck.documents.model import Notice

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
# Possessive, and the closing #s stripped in Python (_md_heading): the lazy `(.*?)\s*#*\s*$`
# backtracked cubically on a heading padded with spaces (3 KB took minutes).
_MD_HEADING = re.compile(r"\s{0,3}#{1,6}\s++(.*+)", re.DOTALL)
_NUMBERED_HEADING = re.compile(r"^\s*(\d+(\.\d+)*\.?)\s+\S")
_NOT_HEADING_END = (".", ",", ";", ":", ")", "-", "–", "/", "€", "?", "!")


def _md_heading(line: str) -> str | None:
    """The text of a Markdown heading line without its optional closing #s (`## Titel ##` ->
    `Titel`), or None when the line is not one."""
    match = _MD_HEADING.match(line)
    if match is None:
        return None
    title = match.group(1).rstrip().rstrip("#").rstrip()
    return None if "\n" in title else title


def decode_text(data: bytes) -> tuple[str, str, list[Notice]]:
    """(text, encoding, warnings)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding, []
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(
        data[:2_000_000],
        cp_isolation=["cp1252", "latin_1", "utf_16", "mac_roman", "cp850", "iso8859_15"],
    ).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in ("latin_1", "iso8859_15", "ascii"):
        encoding = "cp1252"  # what Windows really wrote: € and curly quotes live in 0x80-0x9f
    return (
        data.decode(encoding, errors="replace"),
        encoding,
        [Notice(code="encoding-guessed", detail=encoding)],
    )


def looks_like_heading(line: str, next_line: str | None) -> bool:
    """A short title line: capitalised, no sentence punctuation, not a table row of figures."""
    s = line.strip()
    if not (2 <= len(s) <= 70) or not s[0].isupper() and not _NUMBERED_HEADING.match(s):
        return False
    if s.endswith(_NOT_HEADING_END) or "€" in s or "@" in s:
        return False
    if sum(ch.isdigit() for ch in s) > len(s) // 4:
        return False
    words = s.split()
    if len(words) > 10:
        return False
    # a heading is followed by text that starts a new sentence (or nothing)
    following = (next_line or "").strip()
    return (
        not following
        or following[0].isupper()
        or following[0].isdigit()
        or following[0] in "•-–*·(\"'‘“\uf0b7"
    )


def add_lines(
    lines: Iterable[tuple[int, str]],
    out: BlockBuilder,
    *,
    page: int | None = None,
    use_line_numbers: bool = True,
) -> None:
    """Group lines into paragraphs (blank line or heading ends one) and add them as blocks."""
    items = list(lines)
    buffer: list[str] = []
    first_line: int | None = None

    def flush() -> None:
        nonlocal buffer, first_line
        if buffer:
            out.add("\n".join(buffer), page=page, line=first_line if use_line_numbers else None)
        buffer, first_line = [], None

    for idx, (number, line) in enumerate(items):
        nxt = items[idx + 1][1] if idx + 1 < len(items) else None
        md = _md_heading(line)
        prev = buffer[-1].rstrip() if buffer else ""
        # a heading follows a finished sentence, a blank line or a table row, not a wrapped line
        prev_blank = (
            not prev
            or prev.endswith((".", ":", "!", "?", ";"))
            or "€" in prev
            or prev[-1:].isdigit()
        )
        if md is not None or (prev_blank and looks_like_heading(line, nxt)):
            flush()
            out.add(
                md if md is not None else line,
                "heading",
                page=page,
                line=number if use_line_numbers else None,
            )
            continue
        if not line.strip():
            flush()
            continue
        state, rest = split_leading_mark(line)
        if state is not None:  # "☒ Taalondersteuning", "[ ] Kinderopvang": a checklist option
            flush()
            out.add(
                rest, "option", page=page, line=number if use_line_numbers else None, checked=state
            )
            continue
        if line.lstrip().startswith(("•", "- ", "* ", "\uf0b7", "·", "– ")) and buffer:
            flush()
        if first_line is None:
            first_line = number
        buffer.append(line)
    flush()


def read_text(data: bytes, out: BlockBuilder) -> list[Notice]:
    text, _encoding, warnings = decode_text(data)
    add_lines(enumerate(text.splitlines(), 1), out)
    return warnings
