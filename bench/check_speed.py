"""How long `dawcheck check` takes on one file, as a whole process and step by step.

Usage: python bench/check_speed.py [FILE] [-n RUNS]
       (default FILE: the 11-page writer-B proposal of ../shared/corpus/proposals-dev)

The product requirement is under one second for a 10-page proposal on the development machine.
Whole-process runs use --no-cache (no verdict from an earlier run) after one warm-up run (the
lemma table is built once per machine and then read from the cache). The breakdown times the
steps in this process: loading the addendum, compiling the matcher (lemma table from the cache),
reading the document, judging coverage. Quote medians: shared machines are noisy.
First runs use an empty cache folder each (DAWCHECK_CACHE_DIR), as an applicant's first check
after installing does: the packaged addendum's lemma tables come with the package.

Measured (11-page PDF, median of 7 whole-process runs, 2-core shared machine):
    before (main at 43933d2): 0.90 s wall, 0.89 s cpu
    after (coverage, 734c065): 0.54 s wall, 0.52 s cpu
    after (coverage2: split terms, senses, heading evidence): 0.54 s wall
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared/corpus/proposals-dev/Projectvoorstel DAW+ vzw Yasmina.pdf"


def whole_process(path: Path, runs: int) -> list[float]:
    command = [sys.executable, "-m", "dawcheck", "check", str(path), "--no-cache"]
    command += ["--received", "31/08/2023 12:00", "--format", "json"]
    subprocess.run(command, capture_output=True, check=False)  # warm-up: lemma cache, disk
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def first_runs(path: Path, runs: int) -> list[float]:
    command = [sys.executable, "-m", "dawcheck", "check", str(path)]
    command += ["--received", "31/08/2023 12:00", "--format", "json"]
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as cache:
            env = {**os.environ, "DAWCHECK_CACHE_DIR": cache}
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - start)
    return times


def steps(path: Path) -> dict[str, float]:
    out: dict[str, float] = {}
    start = time.perf_counter()
    from dawcheck.addendum import load_addendum

    addendum = load_addendum()
    out["load addendum"] = time.perf_counter() - start
    start = time.perf_counter()
    from dawcheck.checks.coverage import _compiled, assess_coverage

    _compiled(addendum)
    out["compile matcher"] = time.perf_counter() - start
    start = time.perf_counter()
    from dawcheck.documents.reader import read_path

    doc = read_path(path)
    out["read document"] = time.perf_counter() - start
    start = time.perf_counter()
    assess_coverage(doc, addendum)
    out["judge coverage"] = time.perf_counter() - start
    return out


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("-n") + 1]) if "-n" in argv else 5
    files = [a for i, a in enumerate(argv) if not a.startswith("-") and argv[i - 1] != "-n"]
    path = Path(files[0]) if files else DEFAULT
    times = whole_process(path, runs)
    print(f"{path.name}: whole process, {runs} runs")
    print(
        f"  wall s  min {min(times):.3f}  median {statistics.median(times):.3f}  "
        f"max {max(times):.3f}"
    )
    first = first_runs(path, runs)
    print(f"  first run (empty cache), {runs} runs")
    print(
        f"  wall s  min {min(first):.3f}  median {statistics.median(first):.3f}  "
        f"max {max(first):.3f}"
    )
    for name, seconds in steps(path).items():
        print(f"  {name:16} {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
