"""Resubmission policies and copies, on the pure version logic (facts in, marks out)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dawcheck.pipeline.versions import Facts, mark_versions

BXL = dt.timezone(dt.timedelta(hours=2))


def _facts(n: int, on_time: bool, applicant: str = "ann@org.example", day: int = 1) -> Facts:
    return Facts(
        id=n,
        applicant=applicant,
        received=dt.datetime(2023, 8, day, 10, n, tzinfo=BXL),
        eligible=True,
        on_time=on_time,
        signature=((f"voorstel_v{n}_DAW+.pdf", f"sha{n}"),),
    )


# ann sends three versions on time and a fourth after the deadline
ANN = [_facts(1, True), _facts(2, True), _facts(3, True), _facts(4, False)]


@pytest.mark.parametrize(
    ("policy", "counted"),
    [("first-on-time", 1), ("latest-on-time", 3), ("latest", 4)],
)
def test_each_policy_counts_its_own_version(policy, counted):
    marks = mark_versions(ANN, policy)
    assert [n for n, m in marks.items() if m.counts] == [counted]
    assert [marks[n].version for n in (1, 2, 3, 4)] == [1, 2, 3, 4]


def test_the_policies_do_not_depend_on_the_order_given():
    shuffled = [ANN[2], ANN[0], ANN[3], ANN[1]]
    assert {n for n, m in mark_versions(shuffled, "first-on-time").items() if m.counts} == {1}
    assert {n for n, m in mark_versions(shuffled, "latest-on-time").items() if m.counts} == {3}


def test_nothing_on_time_counts_nothing_unless_latest():
    late = [_facts(1, False), _facts(2, False)]
    assert not any(m.counts for m in mark_versions(late, "first-on-time").values())
    assert not any(m.counts for m in mark_versions(late, "latest-on-time").values())
    assert [n for n, m in mark_versions(late, "latest").items() if m.counts] == [2]


def test_a_renamed_file_is_a_version_and_a_resend_is_a_copy():
    first = _facts(1, True)
    renamed = Facts(
        2, first.applicant, _facts(2, True).received, True, True, (("DAW+.pdf", "sha1"),)
    )
    resend = Facts(3, first.applicant, _facts(3, True).received, True, True, first.signature)
    marks = mark_versions([first, renamed, resend], "latest-on-time")
    assert marks[2].duplicate_of is None and marks[2].version == 2 and marks[2].counts
    assert marks[3].duplicate_of == 1 and marks[3].version == 1 and not marks[3].counts


@given(st.lists(st.booleans(), min_size=1, max_size=8))
def test_first_and_latest_on_time_are_the_ends_of_the_on_time_versions(flags):
    facts = [_facts(n + 1, on_time) for n, on_time in enumerate(flags)]
    on_time = [f.id for f in facts if f.on_time]
    for policy, expected in (("first-on-time", on_time[:1]), ("latest-on-time", on_time[-1:])):
        assert [n for n, m in mark_versions(facts, policy).items() if m.counts] == expected
    # one applicant's versions never make another applicant's count
    other = [_facts(n, True, applicant="bo@org.example") for n in (21, 22)]
    marks = mark_versions(facts + other, "first-on-time")
    assert [n for n in (21, 22) if marks[n].counts] == [21]
