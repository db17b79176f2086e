"""The packaged addendum's lemma tables ship with the package (data/lemmas-nl.json.gz), so a
first run after installing does not decompress simplemma's dictionary to build them."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dawcheck.addendum.loader import load_addendum
from dawcheck.cache import addendum_digest
from dawcheck.checks import coverage, lemmas

REPO = Path(__file__).resolve().parents[1]
_STALE = "data/lemmas-nl.json.gz is out of date: run python scripts/bundle_lemmas.py"


def _bundle_data() -> dict:
    """The bundle as shipped: the installed package's, or the source checkout's."""
    lemmas._bundle.cache_clear()
    try:
        raw = lemmas.resources.files("dawcheck").joinpath(lemmas.BUNDLE).read_bytes()
    except OSError:
        raw = (REPO / lemmas.BUNDLE).read_bytes()
    return json.loads(gzip.decompress(raw))


@pytest.fixture
def fresh_addendum():
    """The packaged addendum as a new object, so that its matchers are compiled again."""
    addendum = load_addendum().model_copy(deep=True)
    yield addendum
    coverage._COMPILED.pop(id(addendum), None)


def test_every_table_of_the_packaged_addendum_is_in_the_bundle(monkeypatch, fresh_addendum):
    """With the simplemma version the bundle was made with, compiling the packaged addendum
    builds nothing: a vocabulary change without a new bundle fails here."""
    data = _bundle_data()
    monkeypatch.setattr(lemmas, "_simplemma_version", lambda: data["simplemma"])
    lemmas._bundle.cache_clear()

    def no_build(wanted: list[str]) -> lemmas.Table:
        raise AssertionError(f"{_STALE} (a table for {wanted[:5]}... is missing)")

    monkeypatch.setattr(lemmas, "_build", no_build)
    try:
        coverage._compiled(fresh_addendum)
        assert addendum_digest(fresh_addendum) in lemmas._bundle()[1], _STALE
    finally:
        lemmas._bundle.cache_clear()


def test_the_bundled_tables_are_what_simplemma_builds(monkeypatch, tmp_path):
    """Each bundled table equals a fresh build where this simplemma is the bundle's; with
    another version the bundle is not used and the tables are built (as the lowest-versions
    CI run does)."""
    data = _bundle_data()
    monkeypatch.setenv("DAWCHECK_CACHE_DIR", str(tmp_path))
    addendum = load_addendum().model_copy(deep=True)
    try:
        built = lemmas.build_tables(lambda: coverage._compiled(addendum))
    finally:
        coverage._COMPILED.pop(id(addendum), None)
        lemmas.release_dictionary()
    tables = {k: (t["words"], t["forms"]) for k, t in data["tables"].items()}
    if data["simplemma"] == lemmas._simplemma_version():
        assert built == tables, _STALE
    else:
        assert not set(built) & set(tables)  # keys hold the version: never mixed up


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"not gzip at all",
        gzip.compress(b"{not json"),
        gzip.compress(b"[1, 2, 3]"),
        gzip.compress(json.dumps({"tables": {"k": {"words": 1}}}).encode()),
        gzip.compress(b'{"simplemma": "2", "addenda": ["x"], "tables": []}'),
        gzip.compress(b"\xff\xfe broken utf-8"),
    ],
)
def test_a_damaged_bundle_is_no_bundle(raw):
    assert lemmas.parse_bundle(raw) == ({}, frozenset())


def test_a_first_run_without_a_cache_reads_the_bundle_and_builds_nothing(tmp_path):
    """The applicant's first check after installing: no table is built or cached, and
    simplemma's dictionary is never loaded."""
    script = (
        "import json; from dawcheck.addendum.loader import load_addendum;"
        "from dawcheck.checks import lemmas; from dawcheck.checks.coverage import Judge;"
        "Judge(load_addendum()).warm_up();"
        "print(json.dumps(lemmas._dictionaries.cache_info().misses))"
    )
    env = {"DAWCHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    cached = list((tmp_path / "cache").rglob("nl-*.json"))
    if _bundle_data()["simplemma"] == lemmas._simplemma_version():
        assert json.loads(out.stdout) == 0
        assert not cached
    else:  # another simplemma: its own tables, built apart and cached as before
        assert cached
