"""arrival: the deadline to the second, in any time zone, from any source."""

from __future__ import annotations

import datetime as dt

import pytest

from dawcheck.checks import arrival as arrival_check
from dawcheck.checks.arrival import Arrival
from dawcheck.dates import BRUSSELS, TypedContext, parse_typed
from dawcheck.messages import worded

NOW = dt.datetime(2023, 9, 10, 12, 0, tzinfo=BRUSSELS)
CALL = TypedContext(BRUSSELS, now=NOW, default_year=2023)


def check_arrival(arrival, addendum, now, lang="nl", **kwargs):
    """The finding with its message in `lang`, as the report carries it."""
    return worded(arrival_check.check_arrival(arrival, addendum, now, **kwargs), lang)


def _at(text: str, source: str = "cli") -> Arrival:
    parsed = parse_typed(text, CALL)
    return Arrival(parsed.value, source, parsed.uncertain, parsed.note if parsed.uncertain else "")


@pytest.mark.parametrize(
    ("received", "status", "fragment"),
    [
        ("2023-09-01T23:59:59.999+02:00", "pass", "in de laatste minuut, op tijd"),
        ("2023-09-01T23:59:00+02:00", "pass", "in de laatste minuut"),
        ("2023-09-02T00:00:00+02:00", "fail", "0 s te laat"),
        ("2023-09-02T00:00:07+02:00", "fail", "7 s te laat"),
        ("Fri, 01 Sep 2023 21:59:30 +0000", "pass", "op tijd"),  # UTC: 23:59:30 Brussels
        ("Fri, 01 Sep 2023 22:00:07 +0000", "fail", "7 s te laat"),
        ("1 september 2023 om 23u18", "pass", "41 min voor de deadline"),
        ("vr 1 sep 2023 23:58", "pass", "1 min voor de deadline"),
        ("01/09/2023 23:59", "pass", "op tijd"),
        ("02/09/2023 00:01", "fail", "1 min te laat"),
        ("2023-09-02 00:30 CEST", "fail", "30 min te laat"),  # issue 11: was 8 February
        ("2023-09-01 23:59 CET", "fail", "59 min te laat"),  # CET is +01:00, even in summer
        ("1 sept 23:59", "pass", "in de laatste minuut"),  # the call's year, not this one
        ("31/08 om 22u", "pass", "1 d 1 u 59 min voor de deadline"),
        ("gisteren 23u59", "fail", "te laat"),  # NOW's yesterday is 9 September
    ],
)
def test_deadline_boundary(addendum, received, status, fragment):
    result = check_arrival(_at(received), addendum, NOW)
    assert result.status == status, result.message
    assert fragment in result.message


def test_unknown_zone_is_uncertain_never_on_time(addendum):
    result = check_arrival(_at("1 Sep 2023 12:00 XYZ"), addendum, NOW)
    assert result.status == "warn" and "onzeker" in result.message


def test_no_time_after_deadline_is_uncertain_without_sentinel(addendum):
    result = check_arrival(Arrival(None, "none"), addendum, NOW)
    assert result.status == "warn" and "onzeker" in result.message
    assert "1970" not in result.message and result.evidence.received is None


def test_precheck_before_the_deadline_counts_down(addendum):
    now = dt.datetime(2023, 9, 1, 22, 0, tzinfo=BRUSSELS)
    result = check_arrival(Arrival(None, "none"), addendum, now, precheck=True)
    assert result.status == "pass" and "nog 1 u 59 min tot de deadline" in result.message
    assert result.code == "arrival.precheck-open"


def test_precheck_after_the_deadline_is_not_a_pass(addendum):
    result = check_arrival(Arrival(None, "none"), addendum, NOW, precheck=True)
    assert result.status == "fail" and result.code == "arrival.precheck-closed"
    assert "is 8 d 12 u voorbij" in result.message  # from 2 Sep 00:00, the first late instant


def test_mtime_is_only_a_warning(addendum):
    at = dt.datetime(2023, 8, 1, 10, 0, tzinfo=BRUSSELS)
    result = check_arrival(Arrival(at, "mtime"), addendum, NOW)
    assert result.status == "warn" and "bewijst niets" in result.message


def test_grace_period_is_data():
    from conftest import DATA
    from dawcheck.addendum import load_addendum

    demo = load_addendum(DATA / "addendum-demo.yaml")  # 17:00 exact + 600 s grace
    ok = check_arrival(_at("2025-03-31T17:09:59+02:00"), demo, NOW)
    late = check_arrival(_at("2025-03-31T17:10:00+02:00"), demo, NOW)
    assert ok.status == "pass" and late.status == "fail"


def test_english(addendum):
    result = check_arrival(_at("2023-09-02T00:00:07+02:00"), addendum, NOW, "en")
    assert "7 s late" in result.message
