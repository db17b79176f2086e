"""Lemmas of the words that matter, without loading a whole lemma dictionary per run.

simplemma's Dutch dictionary has about 370,000 forms; decompressing it took most of the time of
`dawcheck check` on one file (about 0.5 s of well under 1 s of work). Matching only ever asks
whether a word's lemma is one of the addendum's term words, so the table kept here holds just
the forms whose lemma is such a word (a few thousand), built once from simplemma and cached on
disk next to the document cache, keyed by the simplemma version and the words asked for.
The tables of the packaged addendum ship with the package (`data/lemmas-nl.json.gz`, made by
`scripts/bundle_lemmas.py`): a first run after installing reads them instead of building them.

A word that is not in the table is its own lemma; a compound whose last part is in the table
gets that part's lemma ("hoofdtaalcoaches" -> "hoofdtaalcoach"), which is what matching
compounds needs.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import gzip
import hashlib
import itertools
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from dawcheck.documents.normalize import fold

MIN_COMPOUND_HEAD = 3
MIN_COMPOUND_TAIL = 3
MIN_INFLECTED_TAIL = 5
FORMAT = 2  # (2: ordinals are their own lemma; a table built before is not read)
BUNDLE = "data/lemmas-nl.json.gz"  # in the package; data/ at the top of a source checkout
Table = tuple[dict[str, str], dict[str, str]]  # (lemma of each wanted word, forms)


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
            # a short inflected form is no compound's tail: "ken" (kennen) ends "zoeken",
            # "spreken" and "afspraken"; a base form ("taalles") or a longer form
            # ("taalcoaches") is
            if tail is not None and (tail == lower[i:] or len(lower) - i >= MIN_INFLECTED_TAIL):
                return lower[:i] + tail
        return lower


# Ordinals are words of their own: simplemma gives "tweede" the lemma "twee", so that "tussen twee
# generaties" (carers between their children and their parents) read as "tweede generatie"
# (migrants' children). ("vierde" is also the past of "vieren": no term uses that verb. Higher
# and inflected ordinals, "dertiende", "eersten", still fold into their cardinal: no term
# holds one.)
_ORDINALS = frozenset(
    [
        "eerste",
        "tweede",
        "derde",
        "vierde",
        "vijfde",
        "zesde",
        "zevende",
        "achtste",
        "negende",
        "tiende",
        "elfde",
        "twaalfde",
    ]
)


def simplemma_lemma(lower: str) -> str:
    if lower in _ORDINALS:
        return lower
    try:
        return str(_lemmatizer().lemmatize(lower, lang="nl"))
    except Exception:  # noqa: BLE001 - a lemmatizer failure must not lose the word
        return lower


@functools.cache
def _dictionaries() -> Any:
    """A dictionary factory of our own: simplemma's module-level one would keep its Dutch
    dictionary (about 150 MB) alive in the parent, and so in every forked worker."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    return DefaultDictionaryFactory()


@functools.cache
def _lemmatizer() -> Any:
    """simplemma.lemmatize as its legacy function does it (DefaultStrategy, not greedy), on our
    own dictionary factory."""
    import simplemma
    from simplemma.strategies import DefaultStrategy

    return simplemma.Lemmatizer(
        lemmatization_strategy=DefaultStrategy(greedy=False, dictionary_factory=_dictionaries())
    )


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
    """Drop simplemma's dictionary and its inverted copy once every table is built: forked
    workers would each inherit (and, by reference counting, copy) their 370,000 entries."""
    _forms_by_lemma.cache_clear()
    _lemmatizer.cache_clear()
    _dictionaries.cache_clear()


@functools.cache
def _forms_by_lemma() -> dict[str, list[tuple[str, str]]]:
    """simplemma's Dutch dictionary inverted once per process: folded lemma -> its lower-case
    forms. Every matcher (terms, organisations, each split-term family) asks for its own
    table; walking the 370,000 forms once per table made a first run 6 s instead of 0.7 s."""
    paused = gc.isenabled()
    gc.disable()  # a million new tuples and strings, no cycles: the collector's passes doubled it
    try:
        return _invert(_dictionaries().get_dictionary("nl"))
    finally:
        if paused:
            gc.enable()


def _invert(dictionary: Any) -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    lemmas: dict[str, tuple[str, str]] = {}  # lemma -> (folded, lower case)
    for form, lemma in _pairs(dictionary):
        if not form.islower() or form in _ORDINALS:
            continue
        known = lemmas.get(lemma)
        if known is None:
            known = lemmas[lemma] = (fold(lemma), lemma.lower())
        forms = index.get(known[0])
        if forms is None:
            forms = index[known[0]] = []
        forms.append((form, known[1]))
    return index


def _pairs(dictionary: Any) -> Iterator[tuple[str, str]]:
    """(form, lemma) of simplemma's dictionary as str, in its order. simplemma keeps a bytes ->
    bytes dict behind a str Mapping that encodes and decodes on every access: its items() took
    0.6 s of the 0.9 s a first run spent inverting it. Decoding the keys, then the values, of
    a slice of entries as one text each is a tenth of that; slices, so that the decoded copies
    add a few MB at a time, not 40. A dictionary without that inner dict is read as it is."""
    raw = getattr(dictionary, "_dict", None)
    if not isinstance(raw, dict):
        yield from ((_text(k), _text(v)) for k, v in dictionary.items())
        return
    keys, values = iter(raw.keys()), iter(raw.values())
    while True:
        some_keys = list(itertools.islice(keys, _SLICE))
        if not some_keys:
            return
        some_values = list(itertools.islice(values, _SLICE))
        try:
            texts = b"\n".join(some_keys).decode().split("\n")
            lemma_texts = b"\n".join(some_values).decode().split("\n")
        except (TypeError, UnicodeDecodeError):  # not all bytes, or not UTF-8
            texts = lemma_texts = []
        if len(texts) == len(some_keys) and len(lemma_texts) == len(some_values):
            yield from zip(texts, lemma_texts, strict=True)
        else:  # an entry held a line break: this slice one by one
            yield from ((_text(k), _text(v)) for k, v in zip(some_keys, some_values, strict=True))


_SLICE = 20_000


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _cache_dir() -> Path | None:
    try:
        from dawcheck.cache import default_root

        return default_root() / "lemmas"
    except Exception:  # noqa: BLE001 - no cache: build every time
        return None


def build_apart(name: str, compile_all: Callable[[], object]) -> None:
    """On a first run, build the lemma tables in a short-lived forked child that writes them to
    the cache, so this process then only reads them. Building loads simplemma's whole
    dictionary; freed afterwards, it still left about 120 MB of half-empty memory in the
    parent that every forked worker inherited. `name` identifies what `compile_all` builds
    (the addendum's digest); a marker says it was done. Where fork is not available, or the
    child fails, the tables are built in this process as before."""
    if name in _bundle()[1]:
        return  # every table is in the package: nothing to build
    folder = _cache_dir()
    if folder is None:
        return
    marker = folder / f"ready-{FORMAT}-{_simplemma_version()}-{name}"
    if marker.is_file():
        return
    try:  # a cache that cannot be written would make the child's work lost: build here
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    if not os.access(folder, os.W_OK):
        return
    import multiprocessing

    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return
    child = context.Process(target=_build_and_mark, args=(compile_all, marker), daemon=True)
    child.start()
    child.join()


def _build_and_mark(compile_all: Callable[[], object], marker: Path) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to report
    compile_all()
    with contextlib.suppress(OSError):
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.touch()


def table_key(wanted: list[str]) -> str:
    """Which table `wanted` (sorted, lower case) asks for, with this simplemma."""
    return hashlib.sha256(json.dumps([FORMAT, _simplemma_version(), wanted]).encode()).hexdigest()[
        :24
    ]


def load_table(words: Iterable[str]) -> tuple[dict[str, str], LemmaTable]:
    """The lemmas of `words` and a table for the words of documents: from the package's
    bundle, else cached on disk, else built."""
    wanted = sorted({w.lower() for w in words})
    key = table_key(wanted)
    if _built_now is not None:  # (see build_tables)
        word_lemmas, forms = _built_now[key] = _build(wanted)
        return word_lemmas, LemmaTable(forms)
    bundled = _bundle()[0].get(key)
    if bundled is not None:
        return dict(bundled[0]), LemmaTable(dict(bundled[1]))
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


_built_now: dict[str, Table] | None = None


def build_tables(compile_all: Callable[[], object]) -> dict[str, Table]:
    """Every table that `compile_all` asks for, by key, built from simplemma now (neither the
    bundle nor the disk cache is read or written): what a bundle holds."""
    global _built_now
    _built_now = {}
    try:
        compile_all()
        return _built_now
    finally:
        _built_now = None


@functools.cache
def _bundle() -> tuple[dict[str, Table], frozenset[str]]:
    """The packaged tables by key, and the digests of the addenda they are complete for."""
    try:
        raw = resources.files("dawcheck").joinpath(BUNDLE).read_bytes()
    except (OSError, ModuleNotFoundError):
        # a source checkout that is not installed: the top-level data file
        try:
            raw = (Path(__file__).resolve().parents[3] / BUNDLE).read_bytes()
        except OSError:
            return {}, frozenset()
    return parse_bundle(raw)


def parse_bundle(raw: bytes) -> tuple[dict[str, Table], frozenset[str]]:
    """A bundle's tables by key, and the addenda it is complete for with this simplemma. Keys
    hold the simplemma version the tables were built with: another version builds its own.
    A damaged bundle is no bundle (the tables are built as without one)."""
    try:
        data = json.loads(gzip.decompress(raw))
        tables = {
            str(key): (
                {str(k): str(v) for k, v in table["words"].items()},
                {str(k): str(v) for k, v in table["forms"].items()},
            )
            for key, table in data["tables"].items()
        }
        complete = frozenset(
            str(d) for d in data["addenda"] if data["simplemma"] == _simplemma_version()
        )
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError):
        return {}, frozenset()
    return tables, complete


def write_bundle(path: Path, tables: dict[str, Table], addenda: list[str]) -> None:
    """The bundle file: gzip with no timestamp, sorted JSON, so that it is rebuilt byte for
    byte from the same addendum and simplemma."""
    data = {
        "format": FORMAT,
        "simplemma": _simplemma_version(),
        "addenda": sorted(addenda),
        "tables": {key: {"words": words, "forms": forms} for key, (words, forms) in tables.items()},
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode(), compresslevel=9, mtime=0))
