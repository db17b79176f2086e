"""Ctrl-C during a run: one line in the user's language, exit 130, no workers left behind, no
report at the target name, no temporary files with submission data."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

EXAMPLE = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _start(tmp_path, lang="nl"):
    """dawcheck inbox over 1,200 files in its own process group, once its 2 workers run."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    data = EXAMPLE.read_bytes()
    for n in range(1200):  # enough work that the run is still going when the signal comes
        (inbox / f"voorstel_{n}_DAW+.pdf").write_bytes(data + f"\n% {n}\n".encode())
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    report = tmp_path / "rapport.json"
    env = dict(os.environ, TMPDIR=str(private_tmp), DAWCHECK_LANG=lang, PYTHONUNBUFFERED="1")
    # A first run builds the lemma tables in a short-lived child process before any worker
    # starts; counted as a "worker", it let the signal land in that phase (seen with the
    # lowest dependency versions, whose lemma cache is cold). Build them first, so the signal
    # comes while the workers read. (Ctrl-C during that first build is a separate case.)
    subprocess.run(
        [sys.executable, "-m", "dawcheck", "check", str(EXAMPLE)],
        env=env,
        capture_output=True,
        timeout=300,
        check=False,
    )
    command = [sys.executable, "-m", "dawcheck", "inbox", str(inbox), "--no-cache"]
    proc = subprocess.Popen(
        [*command, "--jobs", "2", "-f", "json", "-o", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    deadline = time.monotonic() + 30
    while len(_children(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = _children(proc.pid)
    assert len(workers) >= 2, "the workers never started"
    time.sleep(0.3)
    # if SIGINT is ignored or blocked here, the run goes on to the end: say so if it does
    signals = [
        line
        for line in Path(f"/proc/{proc.pid}/status").read_text().splitlines()
        if line.startswith(("SigBlk", "SigIgn", "SigCgt"))
    ]
    return proc, workers, report, private_tmp, signals


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_ctrl_c_stops_cleanly(tmp_path, lang):
    proc, workers, report, private_tmp, signals = _start(tmp_path, lang)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
    _, err = proc.communicate(timeout=30)
    text = err.decode()
    assert proc.returncode == 130, (text, signals, report.exists())
    assert "Traceback" not in text and len(text.strip().splitlines()) == 1, text
    assert ("onderbroken" if lang == "nl" else "interrupted") in text
    assert not report.exists()
    assert not list(tmp_path.glob(".rapport.json.*"))  # no half-written temporary either
    time.sleep(0.2)
    assert [p for p in workers if Path(f"/proc/{p}").exists() and _alive(p)] == []
    assert list(private_tmp.iterdir()) == []  # the spool with submission data is gone
    shutil.rmtree(tmp_path / "inbox")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
def test_sigterm_cleans_up_like_ctrl_c(tmp_path):
    proc, workers, report, private_tmp, _signals = _start(tmp_path)
    proc.send_signal(signal.SIGTERM)  # to dawcheck alone, as a service manager or kill does
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 143, err.decode()
    assert "Traceback" not in err.decode()
    assert not report.exists() and list(private_tmp.iterdir()) == []
    time.sleep(0.5)
    assert [p for p in workers if _alive(p)] == []


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
def test_kill_9_leaves_no_worker_running(tmp_path):
    proc, workers, _report, _tmp, _signals = _start(tmp_path)
    proc.kill()  # SIGKILL: dawcheck gets no chance to clean up
    proc.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [p for p in workers if _alive(p)] == []  # they notice and stop within seconds


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_stop_swallowed_by_a_finalizer_is_raised_again(capsys):
    """A signal's exception raised inside a __del__ is printed as 'Exception ignored' and lost;
    the stop is recorded, so the next safe point raises it again."""
    import gc
    import os
    import signal

    from dawcheck import stopping

    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM), sys.unraisablehook
    try:
        stopping.install()
        stopping.check()  # nothing requested: no stop

        class Victim:
            def __del__(self) -> None:
                os.kill(os.getpid(), signal.SIGTERM)
                for _ in range(1000):  # the handler runs here, between bytecodes
                    pass

        Victim()
        gc.collect()
        with pytest.raises(stopping.Terminated):
            stopping.check()
        # and Python's "Exception ignored in" message for it is not printed
        assert "Exception ignored" not in capsys.readouterr().err
    finally:
        signal.signal(signal.SIGINT, before[0])
        signal.signal(signal.SIGTERM, before[1])
        sys.unraisablehook = before[2]
        stopping._requested = None
