"""filename-safety: names that break or mislead at intake (double extensions, hidden characters)."""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

from dawcheck.checks.model import CheckResult
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


def _problems(name: str, doc: Document | None, lang: str) -> list[str]:
    nl = lang == "nl"
    out: list[str] = []
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    known = set(EXTENSIONS) | _RISKY_SUFFIXES | {".doc", ".rtf", ".pages"}
    if len(suffixes) >= 2 and suffixes[-2] in known:
        out.append("dubbele extensie" if nl else "double extension")
    if any(ch in _BIDI for ch in name):
        out.append(
            "bevat een richtingsteken (zoals right-to-left override) dat de naam omkeert"
            if nl
            else "contains a bidi control (e.g. right-to-left override)"
        )
    hidden = [
        ch
        for ch in name
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch not in _BIDI
    ]
    if hidden:
        out.append(
            (
                "bevat onzichtbare of controletekens"
                if nl
                else "contains invisible or control characters"
            )
            + f" ({safe_name(''.join(dict.fromkeys(hidden)))})"
        )
    bad = sorted({ch for ch in name if ch in _WINDOWS_FORBIDDEN})
    if bad:
        out.append(
            (
                "tekens die Windows of mailprogramma's weigeren: "
                if nl
                else "characters Windows or mail clients reject: "
            )
            + " ".join(bad)
        )
    if name != name.strip() or name.endswith("."):
        out.append(
            "begint of eindigt met een spatie of punt"
            if nl
            else "starts or ends with a space or dot"
        )
    if PurePath(name).stem.lower() in _WINDOWS_RESERVED:
        out.append("gereserveerde naam onder Windows" if nl else "reserved name on Windows")
    if len(name) > MAX_NAME_CHARS:
        out.append(
            f"zeer lange naam ({len(name)} tekens)"
            if nl
            else f"very long name ({len(name)} characters)"
        )
    if doc is not None and doc.mislabelled:
        out.append(
            (f"de extensie (.{doc.extension_format}) klopt niet met de inhoud ({doc.format})")
            if nl
            else f"the extension (.{doc.extension_format}) does not match the content "
            f"({doc.format})"
        )
    elif doc is not None and not PurePath(name).suffix and doc.format != "unknown":
        out.append("geen extensie" if nl else "no extension")
    return out


def check_filename_safety(name: str, doc: Document | None, lang: str = "nl") -> CheckResult:
    problems = _problems(name, doc, lang)
    if not problems:
        msg = "geen problemen met de bestandsnaam" if lang == "nl" else "no problems with the name"
        return CheckResult(id="filename-safety", status="pass", message=msg)
    return CheckResult(
        id="filename-safety",
        status="warn",
        message="; ".join(problems),
        evidence={"problems": problems, "shown_as": safe_name(name)},
    )
