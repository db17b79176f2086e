"""The read cache: hits, corruption, concurrent writers, --no-cache and `cache clear`."""

from __future__ import annotations

import json
import multiprocessing as mp
import shutil
from pathlib import Path

from conftest import REPO
from dawcheck.cache import Cache
from dawcheck.checks.coverage import Judge
from dawcheck.cli import app
from dawcheck.documents.reader import Limits, read_bytes
from dawcheck.documents.worker import ReadTask, read_many

EXAMPLE = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"


def _doc():
    return read_bytes(EXAMPLE.read_bytes(), EXAMPLE.name)


def test_round_trip_and_name_independence(tmp_path, addendum):
    cache = Cache(tmp_path)
    tasks = [ReadTask(name="a_DAW+.pdf", path=EXAMPLE)]
    cold = dict(read_many(tasks, Limits(), 1, Judge(addendum), cache))[0]
    assert cache.misses >= 1 and cold.coverage is not None
    again = Cache(tmp_path)
    renamed = [ReadTask(name="kopie.docx", data=EXAMPLE.read_bytes())]
    warm = dict(read_many(renamed, Limits(), 1, Judge(addendum), again))[0]
    assert again.hits == 1
    assert warm.coverage == cold.coverage and warm.sha256 == cold.sha256
    assert warm.name == "kopie.docx" and warm.mislabelled  # name-dependent parts redone
    assert any(w.code == "mislabelled" for w in warm.warnings)


def test_corrupt_entries_are_ignored_and_rebuilt(tmp_path):
    cache = Cache(tmp_path)
    doc = _doc()
    cache.put("text", doc)
    (entry,) = list(tmp_path.rglob("*.json.z"))
    for damage in (b"", b"garbage", entry.read_bytes()[:-10], entry.read_bytes()[:40] + b"x" * 50):
        entry.write_bytes(damage)
        assert cache.get("text", doc.sha256) is None
        assert not entry.exists()  # removed, so it is rebuilt
        cache.put("text", doc)
        assert cache.get("text", doc.sha256) == doc


def test_an_entry_for_other_content_is_not_trusted(tmp_path):
    cache = Cache(tmp_path)
    doc = _doc()
    cache.put("text", doc)
    (entry,) = list(tmp_path.rglob("*.json.z"))
    other = read_bytes(b"Andere tekst over kinderopvang voor ouders.", "x.txt")
    forged = tmp_path / "forged"
    Cache(forged).put("text", other)
    (forged_entry,) = list(forged.rglob("*.json.z"))
    shutil.copy(forged_entry, entry)  # a valid entry, but for other content
    assert cache.get("text", doc.sha256) is None


def _writer(root: str, rounds: int) -> None:
    cache = Cache(__import__("pathlib").Path(root))
    doc = _doc()
    for _ in range(rounds):
        cache.put("text", doc)
        got = cache.get("text", doc.sha256)
        assert got is None or got.sha256 == doc.sha256


def test_concurrent_runs_never_see_half_an_entry(tmp_path):
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), 40)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert all(p.exitcode == 0 for p in procs)
    assert Cache(tmp_path).get("text", _doc().sha256) is not None
    assert not list(tmp_path.rglob(".tmp-*"))  # no temporary files left behind


def test_no_cache_and_clear(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("DAWCHECK_CACHE_DIR", str(tmp_path / "c"))
    args = ["check", str(EXAMPLE), "--received", "31/08/2023 10:00", "--format", "json"]
    first = runner.invoke(app, [*args, "--no-cache"])
    assert first.exit_code == 0 and not (tmp_path / "c").exists()
    runner.invoke(app, args)
    assert list((tmp_path / "c").rglob("*.json.z"))
    again = runner.invoke(app, args)
    strip = lambda out: [s | {"source": ""} for s in json.loads(out)["submissions"]]  # noqa: E731
    assert strip(again.stdout) == strip(first.stdout)
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "gewist" in cleared.output
    assert not list((tmp_path / "c").rglob("*.json.z"))
    assert str(tmp_path / "c") in runner.invoke(app, ["cache", "dir"]).output


def test_a_change_in_the_code_is_never_served_from_the_cache(tmp_path, monkeypatch):
    """Readings and verdicts are keyed by dawcheck's code, not only its version number: an
    install from a newer checkout under the same version reads and judges again."""
    import dawcheck
    from dawcheck import cache as cache_module

    package = tmp_path / "dawcheck"
    shutil.copytree(
        REPO / "src" / "dawcheck", package, ignore=shutil.ignore_patterns("__pycache__")
    )
    before = cache_module.code_digest(package)
    assert before == cache_module.code_digest(package)  # stable
    assert cache_module.code_digest(Path(dawcheck.__file__).parent) in cache_module.reader_version()
    reader = package / "documents" / "pdf.py"
    reader.write_text(reader.read_text() + "\n# a changed reading\n")
    assert cache_module.code_digest(package) != before

    store = Cache(tmp_path / "cache")
    doc = _doc()
    store.put("text", doc)
    assert store.get("text", doc.sha256) == doc
    monkeypatch.setattr(cache_module, "reader_version", lambda: "0.1.0+code-another")
    assert store.get("text", doc.sha256) is None
