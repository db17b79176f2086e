"""Guard for speed work: what dawcheck reads and judges must not change when only speed should.

Usage: python bench/same_output.py --save BASELINE.json [DIR_OR_FILE ...]
       python bench/same_output.py --compare BASELINE.json [DIR_OR_FILE ...]

For every document under the given paths (default: ../shared/corpus, bench/writer-*,
bench/tuned-examples, examples/), records the Document as read (blocks, kinds, locations,
notices) and the coverage verdict with its evidence, as JSON. --compare reports each file whose
reading or verdict differs from the baseline and exits 1 if any does. Read and judge times per
document (process time, this process) are printed, so a speed change is measured on the same run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

from dawcheck.addendum.loader import load_addendum
from dawcheck.checks.coverage import Judge
from dawcheck.documents.reader import Limits, read_path

REPO = Path(__file__).resolve().parents[1]
SUFFIXES = {".pdf", ".docx", ".odt", ".txt", ".md", ".doc", ".rtf"}


def _files(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--compare", type=Path)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    paths = args.paths or [
        REPO.parent / "shared" / "corpus",
        *sorted(REPO.glob("bench/writer-*")),
        REPO / "bench" / "tuned-examples",
        REPO / "examples",
    ]
    judge = Judge(load_addendum())
    judge.warm_up()
    results: dict[str, dict[str, str]] = {}
    read_s = judge_s = 0.0
    files = _files(paths)
    for path in files:
        t0 = time.process_time()
        doc = read_path(path, Limits(), path.name)
        t1 = time.process_time()
        coverage = judge.assess(doc)
        t2 = time.process_time()
        read_s, judge_s = read_s + t1 - t0, judge_s + t2 - t1
        read_json = doc.model_dump_json(exclude={"coverage"})
        results[str(path)] = {
            "read": hashlib.sha256(read_json.encode()).hexdigest(),
            "coverage": coverage.model_dump_json(),
        }
    n = max(len(files), 1)
    print(f"{len(files)} files: read {read_s / n * 1000:.1f} ms, judge {judge_s / n * 1000:.1f} ms")
    if args.save:
        args.save.write_text(json.dumps(results, ensure_ascii=False))
        return 0
    baseline = json.loads(args.compare.read_text())
    changed = 0
    for name, now in results.items():
        before = baseline.get(name)
        if before is None:
            print(f"new (not in baseline): {name}")
            continue
        for part in ("read", "coverage"):
            if before[part] != now[part]:
                changed += 1
                print(f"{part} differs: {name}")
    print(f"{changed} differences in {len(results)} files")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
