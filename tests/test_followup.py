"""Who needs follow-up and what to ask them: the one sentence builder every output uses; and the
output registry, each entry with its renderer."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import get_args

import pytest

from dawcheck.checks.findings import Finding, RegionEvidence
from dawcheck.followup import (
    APPLICANT_MUST_ACT,
    FOLLOW_UP_REASONS,
    applicant_action,
    applicants,
    follow_ups,
    staff_action,
)
from dawcheck.render import (
    BINARY_MODULES,
    FOLDER_MODULES,
    RENDERER_MODULES,
    BinaryFormat,
    FolderOutput,
    OutputFormat,
)
from dawcheck.report import Party, Reason, Report, Submission, addendum_info
from dawcheck.sources.delivery import Container

T0 = dt.datetime(2023, 9, 1, 10, 0, tzinfo=dt.UTC)


def _sub(n: int, address: str, outcome: str, reasons: list[str], **facts) -> Submission:
    return Submission(
        id=n,
        source="x.mbox",
        container=Container(kind="mbox", path="x.mbox", index=n - 1),
        sender=Party(name=f"Naam {n}", address=address),
        applicant=address,
        received=T0 + dt.timedelta(hours=n),
        outcome=outcome,
        reasons=reasons,
        status="fail" if reasons else "pass",
        **facts,
    )


def _report(addendum, subs: list[Submission], mode: str = "inbox", lang: str = "nl") -> Report:
    return Report(
        mode=mode,
        generated_at=T0,
        now=T0,
        lang=lang,
        addendum=addendum_info(addendum),
        submissions=subs,
    )


def test_the_version_that_decides_a_case(addendum):
    subs = [
        # fixed by a later valid version: nothing to do
        _sub(1, "a@x.org", "follow-up", ["region-missing"], version=1, superseded_by=2),
        _sub(2, "a@x.org", "valid", [], version=2, counts=True),
        # only a late one: a verdict, not a follow-up
        _sub(3, "b@x.org", "late", ["late"], version=1, counts=False),
        # the counting version itself needs follow-up
        _sub(4, "c@x.org", "follow-up", ["forgotten-attachment"], version=1, counts=True),
        # nothing counts (a forward decided by a person), the latest own delivery decides
        _sub(5, "d@x.org", "follow-up", ["forwarded"], version=1, counts=False),
        # not a submission: not an applicant at all
        _sub(6, "e@x.org", "not-a-submission", ["auto-reply"]),
    ]
    report = _report(addendum, subs)
    assert [a.address for a in applicants(subs)] == ["a@x.org", "b@x.org", "c@x.org", "d@x.org"]
    rows = follow_ups(report)
    assert [(r.applicant, r.submission.id) for r in rows] == [("c@x.org", 4), ("d@x.org", 5)]
    assert rows[0].ask == "Vraag de vergeten bijlage op." and rows[0].name == "Naam 4"


def test_check_mode_lists_each_follow_up_submission(addendum):
    subs = [
        _sub(1, "a@x.org", "follow-up", ["proposal-unsupported"], filename="v.doc"),
        _sub(2, "a@x.org", "follow-up", ["region-missing"]),
    ]
    rows = follow_ups(_report(addendum, subs, mode="check"))
    assert [r.submission.id for r in rows] == [1, 2]
    assert rows[0].ask == "Vraag het voorstel op als PDF, DOCX of ODT (ontvangen: 'v.doc')."


def test_region_sentence_carries_the_suggested_name(addendum):
    region = Finding(
        id="region-in-filename",
        code="region.missing",
        status="fail",
        evidence=RegionEvidence(region="DAW+", suggestion="Voorstel_DAW+.pdf"),
    )
    sub = _sub(1, "a@x.org", "follow-up", ["region-missing"], checks=[region])
    report = _report(addendum, [sub])
    assert staff_action(sub, "region-missing", report, "nl") == (
        "vraag het voorstel opnieuw op met het werkingsgebied in de bestandsnaam "
        "(bv. 'Voorstel_DAW+.pdf')"
    )
    said = applicant_action(sub, "region-missing", report, "en")
    assert said is not None and "'Voorstel_DAW+.pdf'" in said and said.startswith("Send")


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("reason", sorted(FOLLOW_UP_REASONS))
def test_every_follow_up_reason_has_words_for_staff_and_applicant(addendum, reason, lang):
    sub = _sub(1, "a@x.org", "follow-up", [reason])
    report = _report(addendum, [sub], lang=lang)
    staff = staff_action(sub, reason, report, lang)
    assert staff != reason and staff[0].islower() and not staff.endswith(".")
    said = applicant_action(sub, reason, report, lang)
    assert said is not None and said.endswith(".")
    if reason in APPLICANT_MUST_ACT:
        assert addendum.submission.intake_email in said  # where to send it


def test_follow_up_reasons_are_report_reasons():
    codes = set(get_args(Reason))
    assert codes >= FOLLOW_UP_REASONS | APPLICANT_MUST_ACT


@pytest.mark.parametrize(
    ("table", "kinds"),
    [
        (RENDERER_MODULES, OutputFormat),
        (BINARY_MODULES, BinaryFormat),
        (FOLDER_MODULES, FolderOutput),
    ],
)
def test_every_output_kind_has_a_renderer(table, kinds):
    assert set(table) == set(kinds)
    for module in table.values():
        assert callable(importlib.import_module(module).write)
