"""How far two careful readers agree on the same proposals: a ceiling for coverage quality.

Usage: python bench/label_agreement.py [--strict] FIRST.yaml SECOND.yaml [FIRST SECOND ...]

Each pair is the writer's own labels (`expected.yaml` of a bench/writer-* set) and a second,
independent reading of the same files (`bench/second-reading/*.yaml`, labelled blind to the
first). The second reading is scored against the first exactly as `bench/coverage_quality.py`
scores dawcheck: an item is a true positive when both count it, the first reading's
`borderline` items count either way, and precision / recall / F1 are pooled over all pairs per
group (challenges, services, points of attention). The same files' dawcheck figures come from
`bench/coverage_quality.py --set XX`. With --strict the first reading's borderline items
count as not addressed: the agreement of the two lists as written.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

GROUPS = ("challenges", "services", "attention")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, truth: set[str], found: set[str], either: set[str]) -> None:
        self.tp += len(truth & found)
        self.fp += len(found - truth - either)
        self.fn += len(truth - found - either)

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _ids(entry: dict[str, Any], key: str) -> set[str]:
    return {str(item) for item in entry.get(key) or []}


def _by_file(path: Path) -> dict[str, dict[str, Any]]:
    entries = yaml.safe_load(path.read_text("utf-8"))
    return {entry["file"]: entry for entry in entries}


def compare(
    first: Path, second: Path, tallies: dict[str, Tally], *, strict: bool = False
) -> list[str]:
    """Add one pair's counts to `tallies`; return the files only one of them labels."""
    a, b = _by_file(first), _by_file(second)
    for name in sorted(a.keys() & b.keys()):
        either = set() if strict else _ids(a[name], "borderline")
        for group in GROUPS:
            tallies[group].add(_ids(a[name], group), _ids(b[name], group), either)
    return sorted(a.keys() ^ b.keys())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--strict", action="store_true", help="borderline counts as not addressed")
    args = parser.parse_args()
    if len(args.files) % 2:
        parser.error("give the files in pairs: FIRST SECOND")
    total = {group: Tally() for group in GROUPS}
    for first, second in zip(args.files[::2], args.files[1::2], strict=True):
        one = {group: Tally() for group in GROUPS}
        unmatched = compare(first, second, one, strict=args.strict)
        cells = []
        for group in GROUPS:
            p, r, f = one[group].scores()
            cells.append(f"{p:.2f} / {r:.2f} / {f:.2f}")
            for field in ("tp", "fp", "fn"):
                setattr(
                    total[group], field, getattr(total[group], field) + getattr(one[group], field)
                )
        print(f"{second.name:24} " + " | ".join(cells))
        if unmatched:
            print(f"  only in one of the two: {', '.join(unmatched)}")
    cells = []
    for group in GROUPS:
        p, r, f = total[group].scores()
        cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
    print(f"{'pooled':24} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
