"""Time and peak memory of the worst hostile input in each family of issue 15, one process each.

Usage: python bench/hostile_worst.py [--only SUBSTRING] [--timeout S] [--json OUT.json]
       PYTHONPATH=/path/to/other/src python bench/hostile_worst.py   (measure another version)

Each case builds its input in a temporary folder first (big files sparse or streamed, see
tests/hostile/hostile_inputs.py), then runs only the operation under test in a fresh child
process, whose wall time and peak RSS (ru_maxrss from wait4: the largest of the child and the
workers it waited for) are reported with the child's one-line outcome. A child is killed at the
timeout and limited to --memory-gb of address space, so a case that used to hang or balloon ends
as "timeout" or "MemoryError" instead of taking the machine with it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import hostile_inputs as hi  # noqa: E402

_PRELUDE = f"""
import sys, datetime as dt
sys.path.insert(0, {str(ROOT / "tests" / "hostile")!r})
sys.setrecursionlimit(1000)
NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=dt.UTC)
"""
_MAIL = """
from dawcheck.sources.mail import parse_mail
info = parse_mail(open({path!r}, "rb").read(), now=NOW)
print("attachments", len(info.attachments), "sender", repr((info.sender or "")[:40]),
      "recipients", len(info.recipients), "notes", repr("; ".join(info.notes)[:120]))
"""
_WALK = """
from dawcheck.sources.walk import WalkStats, iter_inputs
from pathlib import Path
stats = WalkStats()
found = list(iter_inputs([Path({path!r})], stats))
named = getattr(stats, "skipped", None)
print("inputs", len(found), "named skips", len(named) if named is not None else "n/a",
      "reasons", sorted(getattr(stats, "counts", {{}}).items()))
"""
_ADDENDUM = """
from dawcheck.addendum.loader import parse_addendum
from dawcheck.errors import AddendumError
try:
    parse_addendum(open({path!r}, encoding="utf-8").read(), "x.yaml")
    print("valid")
except AddendumError as e:
    print("refused:", str(e)[:150])
"""
_NORMALIZE = """
from dawcheck.documents.normalize import normalize_text
print("chars", len(normalize_text(open({path!r}, encoding="utf-8").read())))
"""
_MARKDOWN = """
from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.text import read_text
out = BlockBuilder()
read_text(open({path!r}, "rb").read(), out)
print("blocks", [b.kind for b in out.blocks])
"""
_JUDGE = """
from dawcheck.addendum import load_addendum
from dawcheck.checks.coverage import assess_coverage
from dawcheck.documents.reader import read_bytes
cov = assess_coverage(read_bytes(open({path!r}, "rb").read(), "t.md"), load_addendum())
print("covered", sum(i.status == "covered" for g in ("challenges", "services", "attention")
                     for i in getattr(cov, g)))
"""
_INBOX = """
import json, os, subprocess
proc = subprocess.run([sys.executable, "-m", "dawcheck", "inbox", {path!r}, "--format", "json",
                       "-q", "--now", "2023-09-10 12:00"], capture_output=True)
try:
    subs = json.loads(proc.stdout)["submissions"]
    print("exit", proc.returncode, [(s["checks"][-1]["message"][:60], s["warnings"][:2])
                                    for s in subs][:2])
except Exception:
    print("exit", proc.returncode, proc.stderr.decode()[-300:].replace("\\n", " | "))
"""


@dataclass
class Case:
    family: str
    name: str
    prepare: Callable[[Path], Path]  # builds the input, returns its path
    code: str  # run in the child, formatted with path=


def _file(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        return path

    return make


def _built(make_in: Callable[[Path], object], name: str = "in") -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        make_in(path)
        return path

    return make


def _nested(depth: int, name: str = "d") -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        root = tmp / "deep"
        root.mkdir()
        hi.nested_folders(root, depth, name)
        return root

    return make


def _loop(tmp: Path) -> Path:
    folder = tmp / "box"
    folder.mkdir()
    (folder / "a.pdf").symlink_to("b")
    (folder / "b").symlink_to("a.pdf")
    return folder


def _mbox(writer: Callable[[Path, int], None], size: int) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / "export.mbox"
        writer(path, size)
        return path

    return make


def _files(count: int) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        hi.many_files(tmp / "box", count)
        return tmp / "box"

    return make


def _sender(tmp: Path) -> Path:
    path = tmp / "m.eml"
    path.write_bytes(hi.mail_with_header("From", '""><img src=x onerror=alert(1)>" <a@x.example>'))
    return path


CASES = [
    Case("crash", "multipart nested 1,000 deep", _file("m.eml", hi.nested_multipart(1000)), _MAIL),
    Case(
        "crash", "message/rfc822 nested 1,000 deep", _file("m.eml", hi.nested_rfc822(1000)), _MAIL
    ),
    Case("crash", "1,200 nested folders", _nested(1200), _WALK),
    Case("crash", "symlink loop a.pdf -> b -> a.pdf", _loop, _WALK),
    Case(
        "crash", "addendum of 50,000 [", _file("a.yaml", hi.yaml_open_brackets(50_000)), _ADDENDUM
    ),
    Case(
        "crash",
        "addendum mapping 1,300 deep",
        _file("a.yaml", hi.yaml_nested_mapping(1300)),
        _ADDENDUM,
    ),
    *(
        Case(
            "hang",
            f"{header}: header of {size // 1000} KB ({shape})",
            _file("m.eml", hi.mail_with_header(header, hi.address_junk(size, shape))),
            _MAIL,
        )
        for header, size, shape in [
            ("From", 60_000, "quotes"),
            ("From", 200_000, "quotes"),
            ("To", 200_000, "quotes"),
            ("To", 200_000, "words"),
            ("From", 200_000, "parens"),
        ]
    ),
    Case(
        "hang",
        "500 parts with 1 KB of junk MIME parameters",
        _file("m.eml", hi.parts_with_junk_params(500, 1000)),
        _MAIL,
    ),
    Case("hang", "YAML alias bomb (9 x 9)", _file("a.yaml", hi.yaml_alias_bomb(9, 9)), _ADDENDUM),
    Case(
        "hang",
        "100 KB line of aaa...!- (normalize._LAST_WORD)",
        _file("t.txt", hi.last_word_text(100_000, line_length=100_000)),
        _NORMALIZE,
    ),
    Case(
        "hang",
        "3 KB Markdown heading of spaces (text._MD_HEADING)",
        _file("t.md", hi.markdown_heading_of_spaces(3_000)),
        _MARKDOWN,
    ),
    Case(
        "hang",
        "20,000 words of trigger words without a full stop (coverage judge)",
        _file("t.md", hi.unpunctuated_triggers(20_000)),
        _JUDGE,
    ),
    Case(
        "memory",
        "1 GB mbox, one line without newline (inbox)",
        _mbox(hi.write_mbox_one_long_line, 1 << 30),
        _INBOX,
    ),
    Case(
        "memory",
        "90 MB message of short lines (inbox)",
        _mbox(hi.write_mbox_short_lines, 90 << 20),
        _INBOX,
    ),
    Case(
        "memory",
        "99 MB message of base64 lines (largest still read)",
        _mbox(hi.write_mbox_base64, 99 << 20),
        _INBOX,
    ),
    Case("hidden", "100,001 files in one folder", _files(100_001), _WALK),
    Case("hidden", 'sender ""><img ...>" <a@x.example>', _sender, _MAIL),
]


def _limit(memory_gb: float) -> Callable[[], None]:
    def apply() -> None:
        cap = int(memory_gb * (1 << 30))
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        os.setsid()  # its own process group, so a timeout kills the workers too

    return apply


def run_case(case: Case, timeout: float, memory_gb: float) -> dict[str, object]:
    tmp = Path(tempfile.mkdtemp(prefix="hostile-bench-"))
    try:
        path = case.prepare(tmp)
        code = _PRELUDE + case.code.format(path=str(path))
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_limit(memory_gb),  # noqa: PLW1509 - no threads here
        )
        try:
            out, err = proc.communicate(timeout=timeout)
            outcome = out.decode().strip() or err.decode().strip().splitlines()[-1:]
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            outcome = f"timeout after {timeout:.0f} s"
        elapsed = time.monotonic() - start
        peak_mb = _peak_mb(proc)
        return {
            "family": case.family,
            "case": case.name,
            "seconds": round(elapsed, 2),
            "peak_mb": peak_mb,
            "outcome": str(outcome)[:300],
        }
    finally:
        if (tmp / "deep").exists():
            hi.remove_nested(tmp / "deep")
        shutil.rmtree(tmp, ignore_errors=True)


def _peak_mb(proc: subprocess.Popen[bytes]) -> float:
    # communicate() reaped the child; this measuring process (forked per case by _isolated)
    # has no other children, so RUSAGE_CHILDREN is the child's own peak (or its workers')
    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="run the cases whose name contains this")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--memory-gb", type=float, default=10.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = []
    for case in CASES:
        if args.only.lower() not in f"{case.family} {case.name}".lower():
            continue
        row = _isolated(case, args.timeout, args.memory_gb)
        rows.append(row)
        print(
            f"{row['family']:7} {row['case'][:52]:52} {row['seconds']:>8} s "
            f"{row['peak_mb']:>8} MB  {row['outcome']}",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")


def _isolated(case: Case, timeout: float, memory_gb: float) -> dict[str, object]:
    """Run one case from a fresh process: ru_maxrss of RUSAGE_CHILDREN is a running maximum,
    so each case is measured by a process that has had no other children."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the forked measuring process
        os.close(read)
        row = run_case(case, timeout, memory_gb)
        os.write(write, json.dumps(row).encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    return json.loads(b"".join(chunks))


if __name__ == "__main__":
    main()
