"""Every real-world PDF in ../shared/corpus/pdf-wild gives the result its MANIFEST kind predicts."""

from __future__ import annotations

import pytest

from conftest import corpus_dir, manifest
from dawcheck.documents.reader import Limits
from dawcheck.documents.worker import ReadTask, read_many

ALLOWED = {
    "text": {"ok"},
    "form": {"ok"},
    "image-only": {"no-text"},
    "encrypted": {"encrypted", "ok-empty-password", "no-text-empty-password"},
    "broken": {"damaged", "empty", "ok-repaired", "no-text-repaired"},
    "other": {"ok", "no-text", "damaged"},
}
pytestmark = pytest.mark.corpus


def _outcome(doc) -> str:
    codes = {w.code for w in doc.warnings}
    if doc.status in ("ok", "no-text"):
        if "pdf-empty-password" in codes:
            return f"{doc.status}-empty-password"
        if "pdf-repaired" in codes:
            return f"{doc.status}-repaired"
    return doc.status


@pytest.fixture(scope="module")
def pdf_results():
    folder = corpus_dir("pdf-wild")
    rows = manifest(folder)
    before = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}
    tasks = [ReadTask(name=r["file"], path=folder / r["file"]) for r in rows]
    docs = dict(read_many(tasks, Limits(timeout_s=30)))
    after = {p.name: (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}
    assert after == before, "reading changed the corpus folder"
    return [(row, docs[i]) for i, row in enumerate(rows)]


def test_every_pdf_matches_its_manifest_kind(pdf_results):
    wrong = [
        (row["file"], row["kind"], _outcome(doc))
        for row, doc in pdf_results
        if _outcome(doc) not in ALLOWED[row["kind"]]
    ]
    assert wrong == []


def test_every_unreadable_pdf_has_a_clear_problem(pdf_results):
    for row, doc in pdf_results:
        if doc.status != "ok":
            assert doc.problem is not None and doc.problem.code, row["file"]
            assert "Traceback" not in doc.problem.detail


def test_passwords_never_open_with_the_empty_password(pdf_results):
    needs_password = {
        "sf-libreoffice-writer-password.pdf",
        "pypdf-r3-user-password.pdf",
        "pypdf-r4-aes-user-password.pdf",
        "pypdf-crazyones-encrypted-256.pdf",
    }
    got = {row["file"]: doc.status for row, doc in pdf_results if row["file"] in needs_password}
    assert got == dict.fromkeys(needs_password, "encrypted")


def test_labelled_proposals_are_read(tmp_path):
    folder = corpus_dir("proposals")
    files = sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".docx"))
    docs = dict(read_many([ReadTask(name=p.name, path=p) for p in files]))
    for i, path in enumerate(files):
        doc = docs[i]
        assert doc.status == "ok", path.name
        assert doc.text_chars() > 1500, path.name
        if path.suffix == ".pdf":
            assert doc.metadata.pages == 3
    # auto-hyphenated justified text is joined again
    steiger = next(docs[i] for i, p in enumerate(files) if "Steiger" in p.name)
    text = " ".join(b.text for b in steiger.blocks)
    assert "jeugdlokalen" in text and "mensen die vanuit Brussel" in text


def test_read_cli_over_the_corpus_never_tracebacks(runner):
    from dawcheck.cli import app

    folder = corpus_dir("pdf-wild")
    for name in (
        "qpdf-issue-146.pdf",
        "qpdf-bad1.pdf",
        "qpdf-fuzz-70245.pdf",
        "sf-imagemagick-images.pdf",
        "pypdf-r3-user-password.pdf",
    ):
        result = runner.invoke(app, ["read", str(folder / name), "--format", "json"])
        assert result.exit_code == 1, (name, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_reading_a_broken_pdf_prints_nothing(capfd):
    """pypdf reports what it repairs through logging, also while the pages are read (after the
    structure): a reader that stopped listening left those messages to Python's last-resort
    handler, sixty lines of "Object 37 0 found" on stderr for one broken file."""
    from dawcheck.documents.reader import read_path

    folder = corpus_dir("pdf-wild")
    for row in manifest(folder):
        read_path(folder / row["file"], Limits(timeout_s=30), row["file"])
    out, err = capfd.readouterr()
    assert (out, err) == ("", "")
