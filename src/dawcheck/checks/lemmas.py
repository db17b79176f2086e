"""Lemmas of the words that matter, without loading a whole lemma dictionary per run.

simplemma's Dutch dictionary has about 370,000 forms; decompressing it took most of the time of
`dawcheck check` on one file (about 0.5 s of well under 1 s of work). Matching only ever asks
whether a word's lemma is one of the addendum's term words, so the table kept here holds just
the forms whose lemma is such a word (a few thousand), built once from simplemma and cached on
disk next to the document cache, keyed by the simplemma version and the words asked for.

A word that is not in the table is its own lemma; a compound whose last part is in the table
gets that part's lemma ("hoofdtaalcoaches" -> "hoofdtaalcoach"), which is what matching
compounds needs.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from dawcheck.documents.normalize import fold

MIN_COMPOUND_HEAD = 3
MIN_COMPOUND_TAIL = 3
FORMAT = 1


class LemmaTable:
    """form -> lemma for the forms of the wanted lemmas (all lower case)."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms

    def lemma(self, lower: str) -> str:
        found = self.forms.get(lower)
        if found is not None:
            return found
        for i in range(MIN_COMPOUND_HEAD, len(lower) - MIN_COMPOUND_TAIL + 1):
            tail = self.forms.get(lower[i:])
            if tail is not None:
                return lower[:i] + tail
        return lower


def simplemma_lemma(lower: str) -> str:
    import simplemma

    try:
        return str(simplemma.lemmatize(lower, lang="nl"))
    except Exception:  # noqa: BLE001 - a lemmatizer failure must not lose the word
        return lower


def _simplemma_version() -> str:
    try:
        from importlib.metadata import version

        return version("simplemma")
    except Exception:  # noqa: BLE001
        return "?"


def _build(words: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    """(lemma of each wanted word, forms table) from simplemma's full dictionary."""
    word_lemmas = {w: simplemma_lemma(w) for w in words}
    wanted = {fold(w) for w in words} | {fold(lem) for lem in word_lemmas.values()}
    by_lemma = _forms_by_lemma()
    forms = {form: lemma for key in sorted(wanted) for form, lemma in by_lemma.get(key, ())}
    return word_lemmas, forms


def release_dictionary() -> None:
    """Drop the inverted dictionary once every table is built: forked workers would each
    inherit (and, by reference counting, copy) its 370,000 entries."""
    _forms_by_lemma.cache_clear()


@functools.cache
def _forms_by_lemma() -> dict[str, list[tuple[str, str]]]:
    """simplemma's Dutch dictionary inverted once per process: folded lemma -> its lower-case
    forms. Every matcher (terms, organisations, each split-term family) asks for its own
    table; walking the 370,000 forms once per table made a first run 6 s instead of 0.7 s."""
    from simplemma.strategies.dictionaries.dictionary_factory import (
        DefaultDictionaryFactory,
    )

    dictionary = DefaultDictionaryFactory().get_dictionary("nl")
    index: dict[str, list[tuple[str, str]]] = {}
    folded: dict[str, str] = {}
    for form, lemma in dictionary.items():
        form_s = form.decode() if isinstance(form, bytes) else str(form)
        if not form_s.islower():
            continue
        lemma_s = lemma.decode() if isinstance(lemma, bytes) else str(lemma)
        key = folded.get(lemma_s)
        if key is None:
            key = folded[lemma_s] = fold(lemma_s)
        index.setdefault(key, []).append((form_s, lemma_s.lower()))
    return index


def _cache_dir() -> Path | None:
    try:
        from dawcheck.cache import default_root

        return default_root() / "lemmas"
    except Exception:  # noqa: BLE001 - no cache: build every time
        return None


def load_table(words: Iterable[str]) -> tuple[dict[str, str], LemmaTable]:
    """The lemmas of `words` and a table for the words of documents; cached on disk."""
    wanted = sorted({w.lower() for w in words})
    key = hashlib.sha256(json.dumps([FORMAT, _simplemma_version(), wanted]).encode()).hexdigest()[
        :24
    ]
    folder = _cache_dir()
    path = folder / f"nl-{key}.json" if folder is not None else None
    if path is not None and path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return dict(data["words"]), LemmaTable(dict(data["forms"]))
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a damaged cache entry: rebuild it
    word_lemmas, forms = _build(wanted)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"words": word_lemmas, "forms": forms}, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass  # read-only cache: the table still works for this run
    return word_lemmas, LemmaTable(forms)
