"""The whole shared corpus through `dawcheck inbox`: complete, bounded, predicted, untouched."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import CORPUS, manifest

try:
    import resource
except ImportError:  # Windows: no ru_maxrss of child processes
    resource = None  # type: ignore[assignment]

pytestmark = pytest.mark.corpus

READABLE_BY_KIND = {
    "text": {"ok"},
    "form": {"ok"},
    "image-only": {"no-text"},
    "encrypted": {"encrypted", "ok", "no-text"},
    "broken": {"damaged", "empty", "ok", "no-text"},
    "other": {"ok", "no-text", "damaged"},
}
TIME_LIMIT_S = 240
MEMORY_LIMIT_MB = 600  # largest single process (parent or worker), ru_maxrss


def _snapshot(root: Path) -> dict[str, tuple[int, str]]:
    return {
        str(p.relative_to(root)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} not available")
    before = _snapshot(CORPUS)
    env = {**os.environ, "DAWCHECK_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}
    start = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "dawcheck",
            "inbox",
            str(CORPUS),
            "--format",
            "json",
            "-q",
            "--now",
            "2023-09-10 12:00",
        ],
        capture_output=True,
        env=env,
        timeout=TIME_LIMIT_S * 2,
    )
    elapsed = time.monotonic() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if resource else None
    after = _snapshot(CORPUS)
    # the corpus holds broken files and mails without attachment: some submissions fail
    assert proc.returncode == 1, proc.stderr.decode()[-2000:]
    return json.loads(proc.stdout), elapsed, peak_mb, before, after


def _read_status(sub: dict) -> str | None:
    """The read status of the submission's proposal (a loose PDF is its own proposal)."""
    proposal = next((d for d in sub["documents"] if d["role"] == "proposal"), None)
    return proposal["read_status"] if proposal else None


def _by_file(data) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for sub in data["submissions"]:
        out.setdefault(Path(sub["source"]).name, []).append(sub)
    return out


def test_completes_within_time(corpus_run):
    _data, elapsed, _, _, _ = corpus_run
    assert elapsed < TIME_LIMIT_S


@pytest.mark.skipif(resource is None, reason="ru_maxrss of child processes is POSIX-only")
def test_peak_memory_of_any_process_stays_bounded(corpus_run):
    _data, _, peak_mb, _, _ = corpus_run
    assert peak_mb < MEMORY_LIMIT_MB


def test_corpus_is_byte_for_byte_and_mtime_unchanged(corpus_run):
    *_, before, after = corpus_run
    assert after == before


def test_every_pdf_gets_the_result_its_kind_predicts(corpus_run):
    by_file = _by_file(corpus_run[0])
    rows = manifest(CORPUS / "pdf-wild")
    wrong = [
        (r["file"], r["kind"], [_read_status(s) for s in by_file.get(r["file"], [])])
        for r in rows
        if [_read_status(s) for s in by_file.get(r["file"], [])] == []
        or not {_read_status(s) for s in by_file[r["file"]]} <= READABLE_BY_KIND[r["kind"]]
    ]
    assert wrong == []


def test_every_email_gets_a_result(corpus_run):
    by_file = _by_file(corpus_run[0])
    rows = manifest(CORPUS / "eml-wild")
    for row in rows:
        results = by_file.get(row["file"])
        assert results, row["file"]
        # read as e-mail: the time comes from the message, never from the file's mtime
        assert {s["container"]["kind"] for s in results} <= {"eml", "mbox"}, row["file"]
        assert all(s["received_source"] != "mtime" for s in results), row["file"]
        if row["kind"] == "mbox":
            assert len({s["container"]["index"] for s in results}) >= 2
        if "no-date" in row["file"] and not any(
            s["received_source"] == "received-header" for s in results
        ):
            assert all(s["received"] is None for s in results), row["file"]


def test_labelled_proposals_match_their_labels(corpus_run):
    by_file = _by_file(corpus_run[0])
    cases = yaml.safe_load((CORPUS / "proposals" / "expected.yaml").read_text("utf-8"))
    for case in cases:
        (sub,) = by_file[case["file"]]
        checks = {c["id"]: c for c in sub["checks"]}
        assert checks["region-in-filename"]["status"] == case["filename_region"], case["file"]
        if case["received"]:
            assert sub["received"] == case["received"]
            assert checks["arrival"]["evidence"]["on_time"] is case["on_time"]
            assert sub["recipient_ok"] is case["recipient_ok"]
            assert sub["sha256"] == case["attachment_sha256"]
            assert sub["filename"] == case["attachment"]
