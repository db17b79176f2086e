"""Where the time of `dawcheck inbox DIR --format json` goes: the parent and every worker.

Usage: python bench/profile_inbox.py DIR OUT_FOLDER [--timers] [-- EXTRA CLI ARGS]

Runs the CLI in this process with an empty cache (OUT_FOLDER/cache) and cProfile on; every
forked worker profiles itself (the worker entry point is wrapped here, before the pool forks,
so nothing in src/ knows about profiling). Writes OUT_FOLDER/parent.pstats and
OUT_FOLDER/worker-PID.pstats, then prints per process its CPU seconds and the top functions by
own time, and a line per phase of the parent (wall time stamps). The report goes to
OUT_FOLDER/report.json. Read with `python -m pstats FILE` for more. --timers: no cProfile (its
overhead doubles the judge), only process time per step (read, judge, cache.put, the whole
of each file) and each worker's user and system time.
"""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import dawcheck.documents.worker as worker_module

SPENT: dict[str, float] = {}


def _timed(name: str, function: Any) -> Any:
    """`function`, adding its process time to SPENT[name] (per process: forked copies)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        start, wall = time.process_time(), time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] = SPENT.get(name, 0.0) + time.process_time() - start
            SPENT[f"{name}(wall)"] = SPENT.get(f"{name}(wall)", 0.0) + time.perf_counter() - wall

    return run


STAMPS: list[tuple[str, float]] = []


def _stamped(name: str, function: Any) -> Any:
    """`function`, noting in STAMPS the wall time when it starts and ends."""

    def run(*args: Any, **kwargs: Any) -> Any:
        STAMPS.append((f"{name} starts", time.perf_counter()))
        try:
            return function(*args, **kwargs)
        finally:
            STAMPS.append((f"{name} ends", time.perf_counter()))

    return run


def _stamped_iter(name: str, function: Any) -> Any:
    """A generator function whose first and last items are noted in STAMPS."""

    def run(*args: Any, **kwargs: Any) -> Any:
        first = True
        for item in function(*args, **kwargs):
            if first:
                STAMPS.append((f"{name} first item", time.perf_counter()))
                first = False
            yield item
        STAMPS.append((f"{name} last item", time.perf_counter()))

    return run


def _timers() -> None:
    import multiprocessing.process

    import dawcheck.pipeline.run as run_module
    from dawcheck.cache import Cache
    from dawcheck.checks.coverage import Judge

    join = multiprocessing.process.BaseProcess.join
    multiprocessing.process.BaseProcess.join = _timed("join", join)  # type: ignore[method-assign]
    run_module._fill = _stamped("_fill", run_module._fill)  # type: ignore[assignment]
    run_module.read_many = _stamped_iter("read_many", run_module.read_many)  # type: ignore[assignment]
    worker_module.warm_up = _stamped("warm_up", worker_module.warm_up)  # type: ignore[assignment]

    worker_module._read = _timed("read", worker_module._read)  # type: ignore[assignment]
    worker_module._process = _timed("process", worker_module._process)  # type: ignore[assignment]
    Judge.assess = _timed("judge", Judge.assess)  # type: ignore[method-assign]
    Cache.put = _timed("cache.put", Cache.put)  # type: ignore[method-assign]


def _profiled_worker(out: Path, profile: bool) -> Any:
    original = worker_module._worker

    def run(*args: Any) -> None:
        SPENT.clear()
        profiler = cProfile.Profile()
        start, wall = time.process_time(), time.perf_counter()
        if profile:
            profiler.enable()
        try:
            original(*args)
        finally:
            profiler.disable()
            pid = os.getpid()
            if profile:
                profiler.dump_stats(out / f"worker-{pid}.pstats")
            times = os.times()
            spent = " ".join(f"{k}={v:.3f}" for k, v in sorted(SPENT.items()))
            (out / f"worker-{pid}.cpu").write_text(
                f"{time.process_time() - start:.3f} wall={time.perf_counter() - wall:.3f} "
                f"user={times.user:.3f} "
                f"sys={times.system:.3f} {spent}"
            )

    return run


def _top(path: Path, n: int = 18) -> str:
    buf = io.StringIO()
    stats = pstats.Stats(str(path), stream=buf)
    stats.sort_stats("tottime").print_stats(n)
    lines = buf.getvalue().splitlines()
    keep = [line for line in lines if line.strip() and not line.startswith("   Ordered")]
    return "\n".join(keep[-(n + 1) :])


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    folder, out = Path(argv[0]), Path(argv[1])
    extra = argv[argv.index("--") + 1 :] if "--" in argv else []
    argv = argv[: argv.index("--")] if "--" in argv else argv
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    os.environ["DAWCHECK_CACHE_DIR"] = str(out / "cache")
    profile = "--timers" not in argv
    if not profile:
        _timers()
    worker_module._worker = _profiled_worker(out, profile)  # type: ignore[assignment]

    STAMPS.append(("start", time.perf_counter()))
    from dawcheck.cli.app import main as cli_main

    STAMPS.append(("cli imported", time.perf_counter()))

    sys.argv = [
        "dawcheck",
        "inbox",
        str(folder),
        "--format",
        "json",
        "-q",
        "-o",
        str(out / "report.json"),
        *extra,
    ]
    profiler = cProfile.Profile()
    wall, cpu = time.perf_counter(), time.process_time()
    if profile:
        profiler.enable()
    try:
        cli_main()
    except SystemExit:
        pass
    finally:
        profiler.disable()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"parent: wall {wall:.2f} s, cpu {cpu:.2f} s" + (" (profiled)" if profile else ""))
    STAMPS.append(("end", time.perf_counter()))
    print(" ".join(f"{k}={v:.3f}" for k, v in sorted(SPENT.items())))
    for name, when in STAMPS:
        print(f"  {when - STAMPS[0][1]:7.3f} s  {name}")
    total = 0.0
    for path in sorted(out.glob("worker-*.cpu")):
        line = path.read_text()
        total += float(line.split()[0])
        print(f"{path.stem}: cpu {line}")
    print(f"workers: cpu {total:.2f} s in all")
    if not profile:
        return 0
    profiler.dump_stats(out / "parent.pstats")
    print(_top(out / "parent.pstats"))
    merged = pstats.Stats(*[str(p) for p in sorted(out.glob("worker-*.pstats"))])
    merged.dump_stats(out / "workers.pstats")
    print(_top(out / "workers.pstats", 30))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
