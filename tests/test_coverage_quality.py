"""Coverage quality does not regress: precision and recall of `covered` against labels."""

from __future__ import annotations

import importlib.util

import pytest

from conftest import CORPUS, REPO

spec = importlib.util.spec_from_file_location(
    "coverage_quality", REPO / "bench" / "coverage_quality.py"
)
quality = importlib.util.module_from_spec(spec)
spec.loader.exec_module(quality)


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(CORPUS / "proposals", id="shared-proposals", marks=pytest.mark.corpus),
        pytest.param(REPO / "bench" / "heldout", id="heldout"),
    ],
)
def test_precision_and_recall_of_challenges_and_services(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} not available")
    scores = quality.measure(folder, verbose=None)
    for group in ("challenges", "services"):
        precision, recall = scores[group]
        assert precision >= 0.9 and recall >= 0.9, (group, scores[group])
    assert min(scores["attention"]) >= 0.75
