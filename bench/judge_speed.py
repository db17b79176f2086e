"""How long coverage judging takes per document, apart from reading.

Usage: python bench/judge_speed.py [DIR] [-n FILES] [--passes P] [--profile]
       (default DIR: /tmp/inbox200, built by `python bench/make_inbox.py 200 /tmp/inbox200`)

Reads the first FILES PDFs of DIR (sorted by name) once, then times
`assess_coverage(doc, addendum)` over all of them: one warm-up pass (compiles the matcher, fills
the caches that live as long as the process), then P timed passes; prints the ms per document of
each pass and their median (process time: the machine's cores are shared). The same is then
timed through `Judge.assess`, as the workers judge: it pauses the cyclic garbage collector, whose
passes `assess_coverage` called alone still pays for. --profile runs one more pass under cProfile
and prints the top functions by self and cumulative time.

Measured (40 PDFs of /tmp/inbox200, median of 5 passes, 2-core shared and loaded machine; the
before and after runs interleaved, three of each, in one session):
    before (main at ceec5ab):       assess_coverage 75.8-77.6 ms/doc, Judge.assess 64.4-65.9
    after (speed-judge, ce46ce6):   assess_coverage 66.3-69.2 ms/doc, Judge.assess 56.2-57.1
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import time
from pathlib import Path

from dawcheck.addendum.loader import load_addendum
from dawcheck.checks.coverage import Judge, assess_coverage
from dawcheck.documents.model import Document
from dawcheck.documents.reader import Limits, read_path


def _pass(docs: list[Document]) -> float:
    addendum = load_addendum()
    start = time.process_time()
    for doc in docs:
        assess_coverage(doc, addendum)
    return (time.process_time() - start) / len(docs) * 1000


def _judge_pass(docs: list[Document]) -> float:
    judge = Judge(load_addendum())
    start = time.process_time()
    for doc in docs:
        judge.assess(doc)
    return (time.process_time() - start) / len(docs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", type=Path, default=Path("/tmp/inbox200"))
    parser.add_argument("-n", type=int, default=40, help="how many PDFs (default 40)")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    paths = sorted(args.dir.glob("*.pdf"))[: args.n]
    if not paths:
        parser.error(f"no PDFs in {args.dir}")
    docs = [read_path(path, Limits(), path.name) for path in paths]
    _pass(docs)  # warm-up
    times = [_pass(docs) for _ in range(args.passes)]
    shown = ", ".join(f"{t:.1f}" for t in times)
    print(f"{len(docs)} PDFs: assess_coverage {statistics.median(times):.1f} ms/doc ({shown})")
    times = [_judge_pass(docs) for _ in range(args.passes)]
    shown = ", ".join(f"{t:.1f}" for t in times)
    print(f"{len(docs)} PDFs: Judge.assess {statistics.median(times):.1f} ms/doc ({shown})")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        _pass(docs)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(35)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
