"""Mutants the test suite must kill: each is one small, plausible bug in a behaviour users rely on.

Usage: python bench/mutants.py [--only SUBSTRING] [--all-tests]

For each mutant the source file is changed in place, the tests named for it are run
(`--all-tests`: the whole suite, slower), and the file is restored whatever happens. A mutant is
"killed" when the tests fail, "SURVIVED" when they pass. Exit 1 if any survived. The source line
must exist exactly once: a mutant whose line has changed is reported as stale, not skipped
silently. Not part of the test run (it runs the test suite many times).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]


_MONTH_OVER_12 = (
    "        if b > 12:\n"
    '            raise _refuse(DateCode.IMPOSSIBLE_MONTH, month=b, form="day-first")'
)

MUTANTS = [
    Mutant(
        "zip budget does not count what earlier parts decompressed",
        "src/dawcheck/documents/zipguard.py",
        "self.limits.max_total_bytes - self._spent)",
        "self.limits.max_total_bytes)",
        ("tests/test_zipguard.py", "tests/hostile"),
    ),
    Mutant(
        "first-on-time policy takes the last on-time version",
        "src/dawcheck/pipeline/versions.py",
        'on_time[0] if policy == "first-on-time" else on_time[-1]',
        "on_time[-1]",
        ("tests/test_versions.py", "tests/test_inbox.py", "tests/test_intake.py"),
    ),
    Mutant(
        "latest-on-time policy takes the first on-time version",
        "src/dawcheck/pipeline/versions.py",
        'on_time[0] if policy == "first-on-time" else on_time[-1]',
        "on_time[0]",
        ("tests/test_versions.py", "tests/test_inbox.py", "tests/test_intake.py"),
    ),
    Mutant(
        "a renamed resubmission counts as a copy (names left out of the signature)",
        "src/dawcheck/pipeline/versions.py",
        'signature = tuple(sorted((d.filename, d.sha256 or "") for d in sub.documents))',
        "signature = tuple(sorted(('', d.sha256 or \"\") for d in sub.documents))",
        ("tests/test_versions.py", "tests/test_inbox.py", "tests/test_intake.py"),
    ),
    Mutant(
        "a crashed worker's file reads as ok",
        "src/dawcheck/documents/worker.py",
        'doc = _failed(task, "damaged", "worker-crashed", str(slot.proc.exitcode))',
        'doc = _failed(task, "ok", "worker-crashed", str(slot.proc.exitcode))',
        ("tests/test_workers.py",),
    ),
    Mutant(
        "the mislabelled-file warning is never given",
        "src/dawcheck/documents/reader.py",
        'return [Notice(code="mislabelled", detail=f"{ext}->{fmt}")]',
        "return []",
        ("tests/test_documents.py", "tests/hostile"),
    ),
    Mutant(
        "CSV neutralises only = and @",
        "src/dawcheck/render/csv_.py",
        '_FORMULA_START = ("=", "+", "-", "@", "\\t", "\\r")',
        '_FORMULA_START = ("=", "@")',
        ("tests/test_csv_injection.py",),
    ),
    Mutant(
        "CSV does not neutralise a leading tab or CR",
        "src/dawcheck/render/csv_.py",
        '_FORMULA_START = ("=", "+", "-", "@", "\\t", "\\r")',
        '_FORMULA_START = ("=", "+", "-", "@")',
        ("tests/test_csv_injection.py",),
    ),
    Mutant(
        "Excel workbook neutralises only =",
        "src/dawcheck/render/xlsx.py",
        '_FORMULA_START = ("=", "+", "-", "@", "\\t", "\\r")',
        '_FORMULA_START = ("=",)',
        ("tests/test_outputs.py", "tests/test_csv_injection.py", "tests/test_outputs_hostile.py"),
    ),
    Mutant(
        "a proposal arriving at the closing instant (00:00:00 on 2 Sept) is on time",
        "src/dawcheck/checks/arrival.py",
        "on_time = arrival.at < sub.closes_at",
        "on_time = arrival.at <= sub.closes_at",
        ("tests/test_checks_arrival.py", "tests/test_cli_dates.py", "tests/test_arrival_proof.py"),
    ),
    Mutant(
        "Auto-Submitted: no is read as an auto-reply",
        "src/dawcheck/sources/classify.py",
        'if auto and auto != "no":',
        "if auto:",
        ("tests/test_classify.py", "tests/test_intake.py", "tests/test_inbox.py"),
    ),
    Mutant(
        "X-Autoreply is not recognised",
        "src/dawcheck/sources/classify.py",
        'if h.get("x-autoreply") or h.get("x-autorespond"):',
        'if h.get("x-autorespond"):',
        ("tests/test_classify.py", "tests/test_intake.py", "tests/test_inbox.py"),
    ),
    Mutant(
        "--trust-host matches as a substring",
        "src/dawcheck/sources/mail.py",
        'return bool(trusted) and (host == trusted or host.endswith("." + trusted))',
        "return bool(trusted) and trusted in host",
        ("tests/test_arrival_proof.py", "tests/hostile"),
    ),
    Mutant(
        "a report may be written over an input file",
        "src/dawcheck/outputs.py",
        "if inside or resolved == root or _same_file(target, source):",
        "if inside:",
        ("tests/test_outputs.py", "tests/test_outputs_hostile.py"),
    ),
    Mutant(
        "a machine date that reads both ways (09/02 vs 02/09) is taken day-first",
        "src/dawcheck/dates.py",
        "if day_month and month_day and a != b:",
        "if False:",
        ("tests/test_dates.py", "tests/test_arrival_proof.py"),
    ),
    Mutant(
        "a typed month over 12 is accepted by swapping day and month",
        "src/dawcheck/dates.py",
        _MONTH_OVER_12,
        "        if b > 12:\n            a, b = b, a",
        ("tests/test_dates.py", "tests/test_cli_dates.py"),
    ),
    Mutant(
        "the region's name is found inside a longer word (DAWSON)",
        "src/dawcheck/checks/region.py",
        'tail = "" if parts and parts[-1] == "+" else r"(?![^\\W_])"',
        'tail = ""',
        ("tests/test_checks_filename.py",),
    ),
    Mutant(
        "a mail that announces a proposal it lacks is not flagged",
        "src/dawcheck/sources/classify.py",
        "return bool(_ANNOUNCES.search(own_text(mail.body)))",
        "return False",
        ("tests/test_intake.py", "tests/test_inbox.py"),
    ),
]


def run(mutant: Mutant, all_tests: bool) -> str:
    path = REPO / mutant.path
    original = path.read_text(encoding="utf-8")
    if original.count(mutant.old) != 1:
        return "stale"
    try:
        path.write_text(original.replace(mutant.old, mutant.new), encoding="utf-8")
        tests = ["tests"] if all_tests else list(mutant.tests)
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
    finally:
        path.write_text(original, encoding="utf-8")
    return "killed" if result.returncode != 0 else "SURVIVED"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="")
    parser.add_argument("--all-tests", action="store_true")
    args = parser.parse_args()
    survived = 0
    for mutant in MUTANTS:
        if args.only not in mutant.name:
            continue
        outcome = run(mutant, args.all_tests)
        survived += outcome != "killed"
        print(f"{outcome:8}  {mutant.name}  ({mutant.path})", flush=True)
    return 1 if survived else 0


if __name__ == "__main__":
    sys.exit(main())
