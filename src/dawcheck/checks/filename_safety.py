"""filename-safety: names that break or mislead at intake (double extensions, hidden characters)."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

from dawcheck.checks.findings import (
    FilenameEvidence,
    FilenameProblem,
    FilenameProblemCode,
    Finding,
)
from dawcheck.documents.detect import EXTENSIONS
from dawcheck.documents.model import Document
from dawcheck.documents.normalize import safe_name

MAX_NAME_CHARS = 150  # long names get cut by mail clients and Windows paths (260 in total)
_WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}
_RISKY_SUFFIXES = {
    ".exe",
    ".scr",
    ".bat",
    ".cmd",
    ".js",
    ".vbs",
    ".com",
    ".pif",
    ".lnk",
    ".html",
    ".htm",
    ".zip",
}
_BIDI = {
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200e",
    "\u200f",
}


def _problems(name: str, doc: Document | None) -> list[FilenameProblem]:
    out: list[FilenameProblem] = []

    def add(code: FilenameProblemCode, detail: str = "") -> None:
        out.append(FilenameProblem(code=code, detail=detail))

    suffixes = [s.lower() for s in PurePath(name).suffixes]
    known = set(EXTENSIONS) | _RISKY_SUFFIXES | {".doc", ".rtf", ".pages"}
    if len(suffixes) >= 2 and suffixes[-2] in known:
        add("double-extension", "".join(suffixes[-2:]))
    if any(ch in _BIDI for ch in name):
        add("bidi")
    hidden = [
        ch
        for ch in name
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch not in _BIDI
    ]
    if hidden:
        add("hidden-characters", safe_name("".join(dict.fromkeys(hidden))))
    bad = sorted({ch for ch in name if ch in _WINDOWS_FORBIDDEN})
    if bad:
        add("windows-forbidden", " ".join(bad))
    if name != name.strip() or name.endswith("."):
        add("edge-space-or-dot")
    if PurePath(name).stem.lower() in _WINDOWS_RESERVED:
        add("windows-reserved", PurePath(name).stem)
    if len(name) > MAX_NAME_CHARS:
        add("too-long", str(len(name)))
    if doc is not None and doc.mislabelled:
        add("mislabelled", f".{doc.extension_format} -> {doc.format}")
    elif doc is not None and not PurePath(name).suffix and doc.format != "unknown":
        add("no-extension", doc.format)
    return out


def check_filename_safety(name: str, doc: Document | None) -> Finding:
    """warn for names that break or mislead at intake; pass otherwise."""
    problems = _problems(name, doc)
    evidence = FilenameEvidence(problems=problems, shown_as=safe_name(name))
    if not problems:
        return Finding(id="filename-safety", code="filename.safe", status="pass", evidence=evidence)
    return Finding(id="filename-safety", code="filename.unsafe", status="warn", evidence=evidence)
