"""Normalise extracted text for matching, and show untrusted names safely.

Extractors hand us line-broken, hyphenated text ("kinder-\\nopvang", and from justified office
exports "Dil -\\nbeek"). Matching needs the words whole; people need the words as written.
"""

from __future__ import annotations

import re
import unicodedata

LIGATURES = {
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st", "\u0132": "IJ", "\u0133": "ij",
}
_LIGATURE_RE = re.compile("|".join(LIGATURES))
SOFT_HYPHEN = "\u00ad"
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
# Dutch coordination ("taal- en rekenles", "kinder- of buitenschoolse opvang") keeps its hyphen.
_COORDINATORS = {"en", "of", "tot", "noch", "als"}
_BREAK_HYPHEN = re.compile(
    rf"(?P<left>\w+) ?[{_HYPHENS}][ \t]*\r?\n[ \t]*(?P<right>\w+)", re.UNICODE
)
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\x0b\x0c\x1c-\x1f\x85]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def _join(match: re.Match[str]) -> str:
    left, right = match.group("left"), match.group("right")
    if right.lower() in _COORDINATORS:
        return f"{left}- {right}"
    # Joined words are lower case on both sides of a break ("kinder-/opvang", "Dil -/beek").
    # Acronyms, digits and capitals mark a real compound hyphen ("NT2-/lessen", "VDAB-/traject").
    if left[-1].islower() and right[0].islower():
        return left + right
    return f"{left}-{right}"


def normalize_text(raw: str) -> str:
    """NFC, ligatures expanded, soft hyphens dropped, hyphenation joined, spaces folded."""
    if raw.isascii():
        text = raw
    else:
        text = unicodedata.normalize("NFC", raw)
        text = _LIGATURE_RE.sub(lambda m: LIGATURES[m.group(0)], text)
        text = text.replace(SOFT_HYPHEN + "\n", "").replace(SOFT_HYPHEN, "")
        text = _ZERO_WIDTH.sub("", text).replace("\uf0b7", "•")  # Symbol-font bullet from Word
    if "\n" in text:
        text = _BREAK_HYPHEN.sub(_join, text)
    return " ".join(text.split()) if not _ODD_SPACE.search(text) else _SPACES.sub(" ", text).strip()


_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def safe_name(name: str) -> str:
    """A file name as it can be shown: controls, bidi overrides and invisibles made visible."""
    out = []
    for ch in name:
        cat = unicodedata.category(ch)
        if cat in _INVISIBLE_CATEGORIES or (cat == "Zs" and ch != " "):
            out.append(f"<U+{ord(ch):04X}>")
        else:
            out.append(ch)
    return "".join(out)


def fold(text: str) -> str:
    """Lower case without accents: heroriëntering == herorientering."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
