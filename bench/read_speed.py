"""Reading speed of PDFs: process time of `read_path` per document, median of several rounds.

Usage: python bench/read_speed.py [DIR] [--first 40] [--rounds 7] [--profile OUT.pstats]

Reads the first N PDFs of DIR (default /tmp/inbox200, made by `bench/make_inbox.py 200
/tmp/inbox200`) in this process, once to warm up imports and caches, then `--rounds` times; prints
each round's ms per document and their median. Process time, not wall time: the machine's cores
are shared with other jobs. Only reading is timed (no judging, no worker processes).
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import time
from pathlib import Path

from dawcheck.documents.reader import Limits, read_path


def _round(files: list[Path]) -> float:
    """ms of process time per document for one pass over `files`."""
    limits = Limits()
    start = time.process_time()
    for path in files:
        read_path(path, limits, path.name)
    return (time.process_time() - start) * 1000 / len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("/tmp/inbox200"))
    parser.add_argument("--first", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profile", type=Path, help="write a cProfile of one round here")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.iterdir() if p.suffix.lower() == ".pdf")[: args.first]
    if not files:
        print(f"no PDFs in {args.folder}", file=sys.stderr)
        return 2
    _round(files)  # imports, PDFium's initialisation, the first font lookups
    if args.profile is not None:
        profiler = cProfile.Profile()
        profiler.runcall(_round, files)
        profiler.dump_stats(args.profile)
        return 0
    times = [_round(files) for _ in range(args.rounds)]
    shown = " ".join(f"{t:.1f}" for t in times)
    print(f"{len(files)} PDFs, ms/doc per round: {shown}")
    print(f"median {statistics.median(times):.1f} ms/doc (min {min(times):.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
