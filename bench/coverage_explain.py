"""Every hit behind one proposal's verdicts: weight, reason, clause, heading.

Usage:
    python bench/coverage_explain.py FILE [ITEM ...]      # ITEM: a challenge number, service or
                                                          # attention id; all items when omitted

For working on the judging rules: it shows all collected evidence (not the 8 a report keeps).
"""

from __future__ import annotations

import sys
from pathlib import Path

from dawcheck.addendum import load_addendum
from dawcheck.checks.coverage import GROUPS, assess_coverage
from dawcheck.documents.reader import read_path


def main(argv: list[str]) -> int:
    path, wanted = Path(argv[0]), set(argv[1:])
    cov = assess_coverage(read_path(path), load_addendum(), max_evidence=400)
    for group in GROUPS:
        for item in getattr(cov, group):
            if wanted and str(item.id) not in wanted:
                continue
            if not wanted and not item.evidence:
                continue
            print(
                f"== {group} {item.id}: {item.status}  strong {item.concepts}  "
                f"weak {item.weak_concepts}  excluded {item.excluded_concepts}"
            )
            for lack in item.lacking:
                print(f"   lacking {lack.kind} {lack.concepts}")
            for e in item.evidence:
                print(
                    f"   {e.weight:8} {e.reason or '':13} {e.concept:18} [{e.term}] "
                    f"{(e.heading or '')[:40]!r}: {e.snippet}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
