"""Normalise extracted text for matching, and show untrusted names safely.

Extractors hand us line-broken, hyphenated text ("kinder-\\nopvang", and from justified office
exports "Dil -\\nbeek"). Matching needs the words whole; people need the words as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata

LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u0132": "IJ",
    "\u0133": "ij",
}
_LIGATURE_RE = re.compile("|".join(LIGATURES))
SOFT_HYPHEN = "\u00ad"
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
# Dutch coordination ("taal- en rekenles", "kinder- of buitenschoolse opvang") keeps its hyphen.
_COORDINATORS = {"en", "of", "tot", "noch", "als"}
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\x0b\x0c\x1c-\x1f\x85]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


_HYPHEN_AT_LINE_END = re.compile(rf"[{_HYPHENS}][ \t]*\r?\n")
# Only where a word starts (the lookbehind): searched from every position, `(\w+) ?$` was
# quadratic on a long word that is not the last one ("aaa…!-": minutes for 100 KB).
_LAST_WORD = re.compile(r"(?<!\w)(\w+) ?$")
_FIRST_WORD = re.compile(r"^[ \t]*(\w+)")


def _join_lines(text: str) -> str:
    """Join words broken at line ends; linear in the text (line by line, not a global regex)."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        prev = out[-1].rstrip(" \t\r")
        left = _LAST_WORD.search(prev[:-1]) if prev[-1:] in _HYPHENS else None
        right = _FIRST_WORD.match(line) if left else None
        if left is None or right is None:
            out.append(line)
            continue
        joined = _join_words(left.group(1), right.group(1))
        out[-1] = prev[: left.start()] + joined + line[right.end() :]
    return "\n".join(out)


def _join_words(left: str, right: str) -> str:
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
    if "\n" in text and _HYPHEN_AT_LINE_END.search(text):
        text = _join_lines(text)
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


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents: heroriëntering == herorientering.

    Cached: judging folds the same headings and section words for every hit."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    if decomposed.isascii():
        return decomposed
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
