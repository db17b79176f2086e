"""Precision and recall of `covered` against the labelled proposals in ../shared/corpus/proposals.

Usage: python bench/coverage_quality.py [PROPOSALS_DIR] [-v]
       python bench/coverage_quality.py bench/heldout     (proposals never used for tuning)

Counts, per kind (challenges, services, attention), true positives (covered and labelled),
false positives (covered but not labelled), false negatives (labelled but not covered).
Items listed as `borderline` in the labels are ignored either way. E-mails are read through
their first document attachment.
"""

from __future__ import annotations

import email
import email.policy
import sys
from pathlib import Path

import yaml

from dawcheck.addendum import load_addendum
from dawcheck.checks.coverage import assess_coverage
from dawcheck.documents.reader import read_bytes, read_path

GROUPS = {"challenges": "challenges", "services": "services", "attention": "attention"}


def _document(folder: Path, case: dict):
    path = folder / case["file"]
    if path.suffix == ".eml":
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for part in msg.iter_attachments():
            if part.get_filename() == case["attachment"]:
                return read_bytes(part.get_content(), part.get_filename())
        raise SystemExit(f"{path}: attachment {case['attachment']} not found")
    return read_path(path)


def measure(folder: Path, verbose: bool = False) -> dict[str, tuple[float, float]]:
    """(precision, recall) of `covered` per kind for the labelled cases in `folder`."""
    cases = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    addendum = load_addendum()
    totals = {g: [0, 0, 0] for g in GROUPS}
    for case in cases:
        if case.get("readable") != "ok" or case.get("challenges") is None:
            continue
        doc = _document(folder, case)
        cov = assess_coverage(doc, addendum)
        borderline = {str(x) for x in case.get("borderline") or []}
        for group in GROUPS:
            labelled = {str(x) for x in case[group] or []} - borderline
            covered = {str(i.id) for i in getattr(cov, group) if i.status == "covered"}
            covered -= borderline
            tp, fp, fn = len(covered & labelled), len(covered - labelled), len(labelled - covered)
            totals[group][0] += tp
            totals[group][1] += fp
            totals[group][2] += fn
            if verbose and (fp or fn):
                print(
                    f"{case['file']} {group}: false+ {sorted(covered - labelled)} "
                    f"missed {sorted(labelled - covered)}"
                )
    scores = {}
    for group, (tp, fp, fn) in totals.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        scores[group] = (precision, recall)
        if verbose is not None:
            print(
                f"{group:11} precision {precision:.2f}  recall {recall:.2f}  "
                f"(tp {tp}, fp {fp}, fn {fn})"
            )
    return scores


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    folder = (
        Path(args[0])
        if args
        else Path(__file__).resolve().parents[2] / "shared" / "corpus" / "proposals"
    )
    measure(folder, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
