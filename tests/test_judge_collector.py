"""Judging pauses Python's cyclic collector for speed: it must leave the collector as it was."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from dawcheck.addendum import Addendum
from dawcheck.checks.coverage import Judge
from dawcheck.documents.model import Document
from dawcheck.documents.reader import read_bytes

TEXT = "We organiseren wekelijks een praatgroep Nederlands voor nieuwkomers.\n"


def _doc() -> Document:
    return read_bytes(TEXT.encode(), "voorstel_DAW+.txt")


@pytest.fixture
def collector_enabled() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield None
    if not was:
        gc.disable()


def test_the_collector_runs_again_after_judging(
    addendum: Addendum, collector_enabled: None
) -> None:
    coverage = Judge(addendum).assess(_doc())
    assert coverage.assessed
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(addendum: Addendum, collector_enabled: None) -> None:
    gc.disable()
    Judge(addendum).assess(_doc())
    assert not gc.isenabled()


def test_the_collector_runs_again_when_judging_fails(
    addendum: Addendum, collector_enabled: None
) -> None:
    broken = _doc().model_copy(update={"blocks": None})  # not a list of blocks: judging fails
    with pytest.raises(TypeError):
        Judge(addendum).assess(broken)
    assert gc.isenabled()
