"""Generators for the hostile inputs of issue 15, sized by the caller.

The tests use them small (or at the size that used to break, when that is cheap); bench/
hostile_worst.py uses them at the worst sizes to time them and measure peak memory. Big files are
written streamed or sparse, never built in memory.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
_ATTACHMENT = (
    "Content-Type: application/pdf\r\n"
    'Content-Disposition: attachment; filename="DAW+.pdf"\r\n\r\n' + PDF.decode() + "\r\n"
)
_ENVELOPE = (
    "From: Ann <ann@a.example.org>\r\nTo: katrien.meersseman@haviland.be\r\n"
    "Subject: Voorstel\r\nDate: Fri, 01 Sep 2023 20:00:00 +0200\r\nMIME-Version: 1.0\r\n"
)


# --- mail ------------------------------------------------------------------------------------


def nested_multipart(depth: int) -> bytes:
    """A PDF attachment at the bottom of `depth` multipart/mixed parts, each inside the last."""
    out = [_ENVELOPE]
    for i in range(depth):
        out.append(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n")
    out.append(_ATTACHMENT)
    out.extend(f"--b{i}--\r\n" for i in reversed(range(depth)))
    return "".join(out).encode()


def nested_rfc822(depth: int) -> bytes:
    """`depth` e-mails each forwarded inside the last (message/rfc822), a PDF at the bottom."""
    out = [_ENVELOPE.replace("MIME-Version: 1.0\r\n", "")]
    for i in range(depth):
        out.append(
            f"MIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\nFrom: x{i}@y.example\r\n"
        )
    out.append(_ATTACHMENT)
    return "".join(out).encode()


def shallow_attachment_with_deep_sibling(depth: int) -> bytes:
    """A real attachment at the top level next to a sibling nested `depth` deep."""
    deep = nested_multipart(depth).split(b"\r\n", 5)[5]  # without the envelope headers
    return (
        (
            _ENVELOPE + "Content-Type: multipart/mixed; boundary=top\r\n\r\n--top\r\n" + _ATTACHMENT
        ).encode()
        + b"--top\r\n"
        + deep
        + b"--top--\r\n"
    )


def address_junk(size: int, shape: str) -> str:
    """An address header value of about `size` characters that is slow for a naive parser."""
    pieces = {
        "quotes": '""',  # empty quoted strings: the stdlib parser's worst case
        "words": "a ",
        "commas": ",",
        "dots": "a.",
        "atoms": "a",
        "at-signs": "a@",
        "parens": "(",  # nested comments: the stdlib parser recurses
        "angles": "<",
        "addresses": "user@x.example, ",
    }[shape]
    return pieces * (size // len(pieces))


def mail_with_header(name: str, value: str, *, real_sender: str = "ann@a.example.org") -> bytes:
    """A small message with one attachment whose header `name` is `value` (From or To ...)."""
    headers = {
        "From": f"Ann <{real_sender}>",
        "To": "katrien.meersseman@haviland.be",
        "Subject": "Voorstel",
        "Date": "Fri, 01 Sep 2023 20:00:00 +0200",
    }
    headers[name] = value
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return (
        head + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XYZ\r\n\r\n"
        "--XYZ\r\n" + _ATTACHMENT + "--XYZ--\r\n"
    ).encode("utf-8", "surrogateescape")


def parts_with_junk_params(parts: int, size: int) -> bytes:
    """`parts` MIME parts whose Content-Type and Content-Disposition carry `size` chars of junk."""
    junk = '""' * (size // 2)
    body = "".join(
        f"--XYZ\r\nContent-Type: application/pdf; x={junk}\r\n"
        f'Content-Disposition: attachment; y={junk}; filename="DAW+_{i}.pdf"\r\n\r\n'
        f"{PDF.decode()}\r\n"
        for i in range(parts)
    )
    return (
        _ENVELOPE + "Content-Type: multipart/mixed; boundary=XYZ\r\n\r\n" + body + "--XYZ--\r\n"
    ).encode()


def write_mbox_one_long_line(path: Path, size: int) -> None:
    """A From_ line, then `size` NUL bytes without a newline: sparse, costs no disk."""
    with path.open("wb") as fh:
        fh.write(b"From ann@a.example.org Fri Sep  1 20:00:00 2023\n")
        fh.truncate(fh.tell() + size)


def write_mbox_short_lines(path: Path, size: int, line: bytes = b"a\n") -> None:
    """One message of `size` bytes of very short lines, after real headers, written streamed."""
    chunk = line * (1 << 20 // len(line))
    with path.open("wb") as fh:
        fh.write(b"From ann@a.example.org Fri Sep  1 20:00:00 2023\n")
        fh.write(_ENVELOPE.replace("\r\n", "\n").encode() + b"\n")
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)


def write_mbox_base64(path: Path, size: int) -> None:
    """One message with a base64 attachment of `size` bytes in 76-character lines: the largest
    kind of message that is still read whole, written streamed."""
    line = b"QUFB" * 19 + b"\n"
    with path.open("wb") as fh:
        fh.write(b"From ann@a.example.org Fri Sep  1 20:00:00 2023\n")
        head = _ENVELOPE + "Content-Type: multipart/mixed; boundary=XYZ\r\n\r\n--XYZ\r\n"
        fh.write(head.replace("\r\n", "\n").encode())
        fh.write(b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n")
        fh.write(b'Content-Disposition: attachment; filename="DAW+.pdf"\n\n')
        for _ in range(size // len(line)):
            fh.write(line)
        fh.write(b"--XYZ--\n")


# --- folders ---------------------------------------------------------------------------------


def nested_folders(root: Path, depth: int, name: str = "d") -> Path:
    """`depth` folders each inside the last (made through directory descriptors, so the whole
    path may exceed PATH_MAX); a PDF at the bottom. Returns the bottom file's path."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(depth):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = child
        file_fd = os.open("DAW+.pdf", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(file_fd, PDF)
        os.close(file_fd)
    finally:
        os.close(fd)
    return root.joinpath(*[name] * depth, "DAW+.pdf")


def remove_nested(root: Path) -> None:
    """Remove a chain made by nested_folders without recursion or long paths: each level's one
    subfolder is renamed up next to `root` before the level itself is removed."""
    current = root
    while True:
        child = None
        for entry in os.scandir(current):
            if entry.is_dir(follow_symlinks=False):
                child = entry.name
            else:
                os.unlink(current / entry.name)
        if child is None:
            os.rmdir(current)
            return
        lifted = root.parent / f".lifted-{uuid.uuid4().hex}"
        os.rename(current / child, lifted)
        os.rmdir(current)
        current = lifted


def many_files(folder: Path, count: int) -> None:
    """`count` tiny files named 000000.txt upwards (no PDF parsing needed to classify them)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"{i:06d}.txt").write_bytes(b"x")


# --- addendum YAML ---------------------------------------------------------------------------


def yaml_open_brackets(count: int) -> str:
    return "[" * count


def yaml_nested_mapping(depth: int) -> str:
    return "".join(" " * i + f"k{i}:\n" for i in range(depth)) + " " * depth + "x\n"


def yaml_alias_bomb(levels: int = 9, width: int = 9) -> str:
    """Billion laughs: each anchor a list of `width` aliases to the one before (~500 bytes)."""
    lines = ["a0: &a0 [" + ", ".join(["x"] * width) + "]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


# --- text ------------------------------------------------------------------------------------


def last_word_text(size: int, line_length: int = 5_000) -> str:
    """Lines of `aaa…!-`: a word, punctuation, then a hyphen at the line end."""
    line = "a" * (line_length - 2) + "!-"
    return "\n".join([line] * max(1, size // (line_length + 1))) + "\nvolgende regel\n"


def markdown_heading_of_spaces(size: int) -> str:
    """A heading whose words are `size` spaces apart: the old pattern's cubic case."""
    return "# x" + " " * size + "y"


def unpunctuated_triggers(words: int) -> str:
    """A proposal whose work section is `words` words without a full stop, drawn from the words
    that negation, referral and aftercare rules react to: each hit once asked questions of the
    whole stretch (quadratic: 22 s for 20,000 words before the clause was bounded)."""
    phrase = (
        "verwijst door naar de huisarts geen kinderopvang niet aanklampend tegen de tijd dat "
        "aan het werk gaat we wachten niet tot mensen ons vinden infoavond over hoe werk IBO "
        "vakantiewerking zijn geen psychologen begeleiden naar een eerste afspraak"
    )
    vocabulary = phrase.split(" ")
    body = " ".join(vocabulary[(i * 7) % len(vocabulary)] for i in range(words))
    return f"# Voorstel\n\n## Aanpak\n\n{body}\n"
