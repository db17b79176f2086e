"""Inputs the atheris fuzzer found (fuzz/fuzz_targets.py): each must now give a result."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dawcheck.dates import parse_datetime
from dawcheck.documents.reader import read_bytes
from dawcheck.sources.mail import parse_mail

FOUND = sorted((Path(__file__).parent / "fuzz").iterdir())
NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_fuzzer_finding_gives_a_result(path):
    data = path.read_bytes()
    if path.name.startswith("mail-"):
        info = parse_mail(data, now=NOW)
        assert info.arrival.at is None or info.arrival.at.utcoffset() is not None
    else:
        assert read_bytes(data, path.name).status


@pytest.mark.parametrize(
    "text",
    [
        "Thu, 11 Jun 2009 23:25:02 -4700",
        "1 Sep 2023 10:00 +9999",
        "8" * 80 + "2m4\n5m0\x00\x00\x00?955\x11;\n5m0",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
    ],
)
def test_impossible_offsets_are_unreadable_not_a_crash(text):
    result = parse_datetime(text)
    assert result.value is None or abs(result.value.utcoffset()) <= dt.timedelta(hours=14)
    if result.value is not None:
        result.value.astimezone(dt.UTC)
