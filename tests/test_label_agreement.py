"""The second-reading script scores one reader against another as coverage_quality scores the
checker: borderline items of the first reading count either way."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

from conftest import REPO

spec = importlib.util.spec_from_file_location(
    "label_agreement", REPO / "bench" / "label_agreement.py"
)
assert spec is not None and spec.loader is not None
agreement = importlib.util.module_from_spec(spec)
sys.modules["label_agreement"] = agreement  # dataclasses look their module up
spec.loader.exec_module(agreement)


def _write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(yaml.safe_dump(entries), "utf-8")
    return path


def test_a_second_reading_is_scored_against_the_first(tmp_path):
    first = _write(
        tmp_path / "first.yaml",
        [
            {
                "file": "a.pdf",
                "challenges": [1],
                "services": ["mobiliteit", "kinderopvang"],
                "attention": ["nazorg"],
                "borderline": ["brugfiguur"],
            },
            {"file": "b.pdf", "challenges": [], "services": [], "attention": []},
        ],
    )
    second = _write(
        tmp_path / "second.yaml",
        [
            {
                "file": "a.pdf",
                "challenges": [1, 3],
                "services": ["mobiliteit"],
                "attention": ["nazorg", "brugfiguur"],
            },
            {"file": "c.pdf", "challenges": [2], "services": [], "attention": []},
        ],
    )
    tallies = {group: agreement.Tally() for group in agreement.GROUPS}
    unmatched = agreement.compare(first, second, tallies)
    assert unmatched == ["b.pdf", "c.pdf"]
    assert (tallies["challenges"].tp, tallies["challenges"].fp, tallies["challenges"].fn) == (
        1,
        1,
        0,
    )
    assert (tallies["services"].tp, tallies["services"].fp, tallies["services"].fn) == (1, 0, 1)
    # the first reading's borderline item counts either way
    assert (tallies["attention"].tp, tallies["attention"].fp, tallies["attention"].fn) == (
        1,
        0,
        0,
    )
    assert tallies["services"].scores() == (1.0, 0.5, 2 / 3)
    # strictly, the borderline item the second reading counts is one it added
    strict = {group: agreement.Tally() for group in agreement.GROUPS}
    agreement.compare(first, second, strict, strict=True)
    assert (strict["attention"].tp, strict["attention"].fp, strict["attention"].fn) == (1, 1, 0)


def test_an_empty_group_is_perfect_agreement():
    assert agreement.Tally().scores() == (1.0, 1.0, 1.0)
