"""region-in-filename: the document's name must clearly state the werkingsgebied.

Names are compared as tokens, not substrings: "DAW" must stand on its own ("Dawson", "dawn"
never pass) and "Asse" is not found in "klasse". Upload tools and mail clients turn "+" into
"_", "-", " " or "%2B", so all of those count as the plus.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import urllib.parse
from pathlib import PurePath

from dawcheck.addendum.models import Addendum
from dawcheck.checks.findings import CheckId, Finding, RegionEvidence
from dawcheck.documents.normalize import fold

ID: CheckId = "region-in-filename"
_SEPARATORS = re.compile(r"[\s_\-.,;()\[\]{}+&'\"]+")


def _stem(name: str) -> tuple[str, str]:
    path = PurePath(name)
    suffix = path.suffix if 1 < len(path.suffix) <= 6 else ""
    return (name[: -len(suffix)] if suffix else name), suffix


def _decoded(stem: str) -> str:
    if "%" in stem:
        with contextlib.suppress(UnicodeDecodeError):
            stem = urllib.parse.unquote(stem, errors="strict")
    return unicodedata.normalize("NFC", stem)


def _tokens(text: str) -> list[str]:
    return [t for t in _SEPARATORS.split(fold(text)) if t]


def _spelling_pattern(spelling: str) -> re.Pattern[str]:
    """'DAW+' -> daw + (or %2B), 'DAW plus' -> daw, separators, plus; whole words only."""
    parts = re.findall(r"[^\W_]+|\+", fold(spelling))
    body = ""
    for part in parts:
        if part == "+":
            body += r"[\s_\-.]*(?:\+|%2b)"
        else:
            body += (r"[\s_\-.]*" if body else "") + re.escape(part)
    tail = "" if parts and parts[-1] == "+" else r"(?![^\W_])"
    return re.compile(rf"(?<![^\W_]){body}{tail}")


def _find_spelling(stem: str, spellings: list[str]) -> str | None:
    """The accepted spelling the name contains as whole words, most specific first."""
    text = fold(stem)
    decoded = fold(_decoded(stem))
    for spelling in sorted(spellings, key=len, reverse=True):
        pattern = _spelling_pattern(spelling)
        if pattern.search(text) or pattern.search(decoded):
            return spelling
    return None


def _find_municipalities(stem: str, municipalities: list[str]) -> list[str]:
    tokens = _tokens(_decoded(stem))
    joined = " ".join(tokens)
    found = []
    for town in municipalities:
        town_tokens = _tokens(town)
        if " ".join(town_tokens) in joined and any(
            tokens[i : i + len(town_tokens)] == town_tokens for i in range(len(tokens))
        ):
            found.append(town)
    return found


def suggest_name(name: str, addendum: Addendum) -> str:
    stem, suffix = _stem(name)
    region = addendum.region.filename_spellings[0]
    # "0." + "_DAW+" would read as the extension "._DAW+" (found by a property test)
    stem = stem.strip().rstrip(".").strip()
    return f"{stem}_{region}{suffix}" if stem else f"{region}{suffix}"


def check_region_in_filename(name: str, addendum: Addendum) -> Finding:
    """pass: the name states the region; warn: only municipalities; fail: neither."""
    stem, _ = _stem(name)
    spelling = _find_spelling(stem, addendum.region.filename_spellings)
    region = addendum.region.name
    if spelling is not None:
        evidence = RegionEvidence(region=region, matched=spelling)
        return Finding(id=ID, code="region.named", status="pass", evidence=evidence)
    towns = _find_municipalities(stem, addendum.region.municipalities)
    suggestion = suggest_name(name, addendum)
    if towns:
        evidence = RegionEvidence(region=region, municipalities=towns, suggestion=suggestion)
        return Finding(id=ID, code="region.municipalities-only", status="warn", evidence=evidence)
    evidence = RegionEvidence(region=region, suggestion=suggestion)
    return Finding(id=ID, code="region.missing", status="fail", evidence=evidence)
