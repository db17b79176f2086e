"""Hostile folders (issue 15): no crash, and every path not checked is named with a reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hostile_inputs import PDF, many_files, nested_folders, remove_nested

import dawcheck.sources.walk as walk
from dawcheck.cli import app
from dawcheck.sources.walk import Skipped, WalkStats, iter_inputs

PATH_MAX = os.pathconf("/", "PC_PATH_MAX")


def _walk(*paths: Path) -> tuple[list[Path], WalkStats]:
    stats = WalkStats()
    return [i.path for i in iter_inputs(list(paths), stats)], stats


def _reasons(stats: WalkStats) -> dict[str, str]:
    return {s.path: s.reason for s in stats.skipped}


@pytest.fixture
def deep(tmp_path):
    """A folder for nested chains, removed without recursion (pytest's rmtree would recurse)."""
    root = tmp_path / "deep"
    root.mkdir()
    yield root
    remove_nested(root)


@pytest.mark.parametrize("depth", [1, 200, 1_200, 1_900])
def test_crash_deeply_nested_folders_are_walked(deep, depth):
    bottom = nested_folders(deep, depth)
    found, stats = _walk(deep)
    assert found == [bottom] and stats.skipped == []


def test_hidden_a_folder_below_path_max_is_named_not_dropped(deep):
    # 2,600 levels of "d/": the path passes PATH_MAX somewhere on the way down
    bottom = nested_folders(deep, 2_600)
    assert len(str(bottom)) > PATH_MAX
    found, stats = _walk(deep)
    assert found == []
    (entry,) = stats.skipped
    assert entry.reason == "path-too-long" and str(bottom).startswith(entry.path + "/")
    assert len(entry.path) >= PATH_MAX - 2  # the first level that could not be listed


def test_hidden_long_names_past_path_max_are_named(deep):
    (deep / "Projectvoorstel_DAW+.pdf").write_bytes(PDF)
    bottom = nested_folders(deep, 20, name="n" * 250)
    found, stats = _walk(deep)
    assert found == [deep / "Projectvoorstel_DAW+.pdf"]
    (entry,) = stats.skipped
    assert entry.reason == "path-too-long" and str(bottom).startswith(entry.path)


def test_crash_symlink_loop_is_named(tmp_path):
    (tmp_path / "a.pdf").symlink_to("b")
    (tmp_path / "b").symlink_to("a.pdf")
    (tmp_path / "c.pdf").symlink_to("c.pdf")  # a loop of one
    (tmp_path / "goed_DAW+.pdf").write_bytes(PDF)
    found, stats = _walk(tmp_path)
    assert found == [tmp_path / "goed_DAW+.pdf"]
    assert _reasons(stats) == {str(tmp_path / n): "symlink-loop" for n in ("a.pdf", "b", "c.pdf")}
    found, stats = _walk(tmp_path / "a.pdf")  # named on the command line
    assert found == [] and _reasons(stats) == {str(tmp_path / "a.pdf"): "symlink-loop"}


def test_crash_symlink_loop_in_an_inbox_run(runner, tmp_path):
    box = tmp_path / "box"
    box.mkdir()
    (box / "a.pdf").symlink_to("b")
    (box / "b").symlink_to("a.pdf")
    result = runner.invoke(app, ["inbox", str(box), "--format", "json", "-q"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    data = json.loads(result.stdout)
    assert data["submissions"] == []
    assert [s["reason"] for s in data["summary"]["skipped"]] == ["symlink-loop", "symlink-loop"]


def test_hidden_links_that_are_broken_or_lead_to_folders_are_named(tmp_path):
    (tmp_path / "weg.pdf").symlink_to("bestaat-niet.pdf")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x_DAW+.pdf").write_bytes(PDF)
    (tmp_path / "link-naar-sub").symlink_to("sub")
    found, stats = _walk(tmp_path)
    assert found == [tmp_path / "sub" / "x_DAW+.pdf"]  # found once, not twice through the link
    assert _reasons(stats) == {
        str(tmp_path / "weg.pdf"): "broken-link",
        str(tmp_path / "link-naar-sub"): "folder-link",
    }


def test_hidden_unreadable_folder_is_named(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1_DAW+.pdf").write_bytes(PDF)
    (tmp_path / "geheim").mkdir()
    (tmp_path / "geheim" / "2_DAW+.pdf").write_bytes(PDF)
    real = os.scandir

    def scandir(path):  # what a folder without read permission does (the tests may run as root)
        if Path(path).name == "geheim":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    found, stats = _walk(tmp_path)
    assert found == [tmp_path / "a" / "1_DAW+.pdf"]
    assert stats.skipped == [
        Skipped(str(tmp_path / "geheim"), "unreadable-folder", "Permission denied")
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_hidden_unreadable_folder_for_real(tmp_path):
    locked = tmp_path / "geheim"
    locked.mkdir()
    (locked / "2_DAW+.pdf").write_bytes(PDF)
    locked.chmod(0)
    try:
        found, stats = _walk(tmp_path)
    finally:
        locked.chmod(0o755)
    assert found == [] and _reasons(stats) == {str(locked): "unreadable-folder"}


@pytest.mark.parametrize(("limit", "files"), [(10, 11), (10, 25), (3, 4)])
def test_hidden_files_past_the_limit_are_named(tmp_path, monkeypatch, limit, files):
    monkeypatch.setattr(walk, "MAX_FILES", limit)
    many_files(tmp_path / "a", files)
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "later.pdf").write_bytes(PDF)
    found, stats = _walk(tmp_path)
    assert found == [tmp_path / "a" / f"{i:06d}.txt" for i in range(limit)]
    over = [s.path for s in stats.skipped if s.reason == "over-file-limit"]
    names = [f"{i:06d}.txt" for i in range(limit, files)]
    assert over == [str(tmp_path / "a" / n) for n in names] + [str(tmp_path / "z" / "later.pdf")]
    assert stats.counts["over-file-limit"] == files - limit + 1


def test_hidden_named_entries_are_capped_but_all_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(walk, "MAX_FILES", 2)
    monkeypatch.setattr(walk, "MAX_NAMED_PER_REASON", 5)
    many_files(tmp_path, 40)
    _found, stats = _walk(tmp_path)
    assert len(stats.skipped) == 5 and stats.counts["over-file-limit"] == 38
    assert stats.unnamed("over-file-limit") == 33


def test_hidden_files_that_vanish_mid_run_are_named(tmp_path):
    for name in ("1.pdf", "2.pdf", "3.pdf"):
        (tmp_path / name).write_bytes(PDF)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "4.pdf").write_bytes(PDF)
    stats = WalkStats()
    inputs = iter_inputs([tmp_path], stats)
    assert next(inputs).path == tmp_path / "1.pdf"
    (tmp_path / "2.pdf").unlink()  # already listed
    (tmp_path / "sub" / "4.pdf").unlink()
    (tmp_path / "sub").rmdir()  # listed as a subfolder, gone before it is opened
    assert [i.path for i in inputs] == [tmp_path / "3.pdf"]
    assert _reasons(stats) == {
        str(tmp_path / "2.pdf"): "vanished",
        str(tmp_path / "sub"): "vanished",
    }


def test_missing_root_and_kinds_are_named(tmp_path):
    (tmp_path / "data.csv").write_text("a,b")
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    found, stats = _walk(tmp_path, tmp_path / "niet-hier.pdf")
    assert found == []
    assert _reasons(stats) == {
        str(tmp_path / "data.csv"): "not-submission",
        str(fifo): "not-regular",
        str(tmp_path / "niet-hier.pdf"): "missing",
    }
    # the summary's older lists are views of the same entries
    assert stats.skipped_other == [str(tmp_path / "data.csv")]
    assert stats.skipped_special == [str(fifo)]
    assert stats.missing == [str(tmp_path / "niet-hier.pdf")]


def test_hidden_a_root_path_past_path_max_is_named(deep):
    bottom = nested_folders(deep, 20, name="n" * 250)
    found, stats = _walk(bottom)
    assert found == [] and _reasons(stats) == {str(bottom): "path-too-long"}
