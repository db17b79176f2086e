"""What differs between Linux, macOS and Windows: calls only Linux has, and a console that is not
UTF-8. Each Linux-only call has a fallback; here the call is taken away and the fallback used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from dawcheck.documents import reader, worker
from dawcheck.documents.reader import Limits, open_readonly, read_path
from dawcheck.documents.worker import ReadTask, read_one, usable_cpus
from dawcheck.sources import walk

EXAMPLE = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"


def test_without_the_resource_module_the_memory_cap_is_skipped(monkeypatch):
    monkeypatch.setitem(sys.modules, "resource", None)  # `import resource` now fails
    worker._limit_memory(Limits(memory_mb=1))  # would cap this very process if it could
    assert len(bytearray(50_000_000)) == 50_000_000  # so nothing was capped


@pytest.mark.skipif("fork" not in worker.mp.get_all_start_methods(), reason="needs fork")
def test_a_worker_reads_without_the_resource_module(monkeypatch):
    monkeypatch.setitem(sys.modules, "resource", None)  # inherited by the forked worker
    doc = read_one(ReadTask(name=EXAMPLE.name, path=EXAMPLE), start_method="fork")
    assert doc.status == "ok" and doc.metadata.pages == 2


def test_files_open_without_o_noatime_and_o_nonblock(monkeypatch):
    monkeypatch.delattr(os, "O_NOATIME", raising=False)  # Linux-only
    monkeypatch.delattr(os, "O_NONBLOCK", raising=False)  # not on Windows
    doc = read_path(EXAMPLE)
    assert doc.status == "ok" and doc.metadata.pages == 2


@pytest.mark.skipif(not hasattr(os, "O_NOATIME"), reason="O_NOATIME is Linux-only")
def test_o_noatime_refused_for_a_file_we_do_not_own_falls_back(monkeypatch):
    real_open = os.open
    tried: list[bool] = []

    def open_as_non_owner(path, flags, *args):
        tried.append(bool(flags & os.O_NOATIME))
        if flags & os.O_NOATIME:
            raise PermissionError(1, "Operation not permitted")  # EPERM: not the owner
        return real_open(path, flags, *args)

    monkeypatch.setattr(reader.os, "open", open_as_non_owner)
    fd = open_readonly(EXAMPLE)
    try:
        assert os.read(fd, 5) == b"%PDF-"
    finally:
        os.close(fd)
    assert tried == [True, False]


def test_usable_cpus_without_sched_getaffinity(monkeypatch):
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)  # macOS, Windows
    monkeypatch.setattr(os, "cpu_count", lambda: 3)
    assert usable_cpus() == 3
    monkeypatch.setattr(os, "cpu_count", lambda: None)  # "cannot be determined"
    assert usable_cpus() == 1


def test_usable_cpus_follows_the_affinity_mask(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 5}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert usable_cpus() == 2


def _dawcheck(*args: str) -> subprocess.CompletedProcess[bytes]:
    """dawcheck in a console that encodes cp1252, as a Windows console often does."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONUTF8": "0"}
    return subprocess.run(
        [sys.executable, "-m", "dawcheck", *args], capture_output=True, env=env, timeout=120
    )


def test_check_prints_in_a_cp1252_console():
    proc = _dawcheck("check", str(EXAMPLE), "--received", "31/08/2023 23:18")
    stderr = proc.stderr.decode("cp1252", "replace")
    assert "Traceback" not in stderr and "UnicodeEncodeError" not in stderr
    assert proc.returncode == 0, stderr  # the example passes (README: exit code 0)
    out = proc.stdout.decode("cp1252")
    assert "Eindoordeel" in out and "Werkingsgebied in naam" in out


def test_addendum_prints_in_a_cp1252_console():
    proc = _dawcheck("addendum")
    stderr = proc.stderr.decode("cp1252", "replace")
    assert "Traceback" not in stderr and "UnicodeEncodeError" not in stderr
    assert proc.returncode == 0, stderr
    out = proc.stdout.decode("cp1252")
    assert "katrien.meersseman@haviland.be" in out and "Regio-uitdagingen" in out


def test_a_name_outside_cp1252_prints_in_a_cp1252_console(tmp_path):
    if sys.platform == "win32" and sys.getfilesystemencoding() != "utf-8":
        pytest.skip("the file system cannot store this name")
    path = tmp_path / "Voorstel_DAW+_\u0141\u00f3d\u017a \u2713.txt"
    path.write_text("Wij organiseren een praatgroep met een taalcoach.\n", encoding="utf-8")
    proc = _dawcheck("read", str(path))
    stderr = proc.stderr.decode("cp1252", "replace")
    assert "Traceback" not in stderr and "UnicodeEncodeError" not in stderr
    assert proc.returncode == 0, stderr  # README: `read` exits 0 when the document is readable


def _atime_moves_on_listing(folder: Path) -> bool:
    """Whether this file system records access times for folder listings at all (relatime
    updates an atime older than the mtime; noatime mounts never do)."""
    probe = folder / "probe"
    probe.mkdir()
    os.utime(probe, ns=(1_500_000_000 * 10**9, probe.stat().st_mtime_ns))
    before = probe.stat().st_atime_ns
    os.listdir(probe)
    return probe.stat().st_atime_ns != before


@pytest.mark.skipif(not hasattr(os, "O_NOATIME"), reason="O_NOATIME is Linux-only")
def test_walking_a_folder_leaves_its_access_time_alone(tmp_path):
    if not _atime_moves_on_listing(tmp_path):
        pytest.skip("this file system does not record access times of folders")
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / "DAW+.txt").write_text("voorstel")
    for folder in (inbox / "sub", inbox):
        os.utime(folder, ns=(1_500_000_000 * 10**9, folder.stat().st_mtime_ns))
    before = [f.stat().st_atime_ns for f in (inbox, inbox / "sub")]
    stats = walk.WalkStats()
    assert [i.path.name for i in walk.iter_inputs([inbox], stats)] == ["DAW+.txt"]
    assert [f.stat().st_atime_ns for f in (inbox, inbox / "sub")] == before


@pytest.mark.skipif(not hasattr(os, "O_NOATIME"), reason="O_NOATIME is Linux-only")
def test_a_folder_we_do_not_own_is_still_listed(monkeypatch, tmp_path):
    (tmp_path / "DAW+.txt").write_text("voorstel")
    real_open = os.open
    tried: list[tuple[str, bool]] = []

    def open_as_non_owner(path, flags, *args):
        tried.append((str(path), bool(flags & os.O_NOATIME)))
        if flags & os.O_NOATIME:
            raise PermissionError(1, "Operation not permitted")  # EPERM: not the owner
        return real_open(path, flags, *args)

    monkeypatch.setattr(walk.os, "open", open_as_non_owner)
    stats = walk.WalkStats()
    assert [i.path.name for i in walk.iter_inputs([tmp_path], stats)] == ["DAW+.txt"]
    # the folder: first with O_NOATIME, refused, then as anyone may
    assert [flag for path, flag in tried if path == str(tmp_path)] == [True, False]
