"""Shared fixtures: a CliRunner with a wide, colourless terminal, the addendum, corpus paths."""

from __future__ import annotations

import csv
import io
import os
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dawcheck.addendum import Addendum, load_addendum

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("DAWCHECK_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus"


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def addendum() -> Addendum:
    return load_addendum()


def corpus_dir(name: str) -> Path:
    """A folder of ../shared/corpus, or skip the test cleanly when it is absent."""
    path = CORPUS / name
    if not path.is_dir():
        pytest.skip(f"{path} not available")
    return path


# Windows refuses <>:"\\|?* and control characters in file names, and stores names as UTF-16
# (no undecodable bytes): tests that need such a name on disk run on Linux and macOS only.
posix_names = pytest.mark.skipif(sys.platform == "win32", reason="name not allowed on Windows")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def symlink_or_skip(link: Path, target: Path) -> None:
    """Windows creates symlinks only in developer mode or as administrator."""
    try:
        link.symlink_to(target)
    except OSError as e:
        pytest.skip(f"cannot create a symlink here: {e}")


def manifest(folder: Path) -> list[dict[str, str]]:
    """The rows of a corpus folder's MANIFEST.tsv (the file is closed again: warnings fail)."""
    text = (folder / "MANIFEST.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Tests never touch the user's cache."""
    monkeypatch.setenv("DAWCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


_SESSION_START = time.time()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say where the browser tests left their screenshots (tests/test_html_chromium.py)."""
    folder = Path(os.environ.get("DAWCHECK_ARTIFACTS", REPO / "test-artifacts"))
    fresh = [p for p in folder.glob("*") if p.stat().st_mtime >= _SESSION_START]
    if folder.is_dir() and fresh:
        terminalreporter.write_line(
            f"{len(fresh)} screenshots and prints of the HTML report to look at: {folder}"
        )
