"""A realistic intake mailbox end to end: one submission per delivery, the outcome a person
would give it, the proposal among the annexes, versions, copies, links and forwards."""

from __future__ import annotations

import pytest

from dawcheck.cli import app
from helpers import valid_report
from intake_fixture import EXPECTED, write_mbox


@pytest.fixture(scope="module")
def intake(tmp_path_factory):
    folder = tmp_path_factory.mktemp("intake")
    return write_mbox(folder)


@pytest.fixture(scope="module")
def report(intake):
    from typer.testing import CliRunner

    result = CliRunner().invoke(
        app, ["inbox", str(intake), "--format", "json", "--now", "2023-09-04 09:00", "-q"]
    )
    assert result.exit_code == 1, result.output  # one late, several to follow up
    return valid_report(result.stdout)


def _subs(report):
    return {s["id"]: s for s in report["submissions"]}


def test_one_submission_per_message(report):
    assert [s["id"] for s in report["submissions"]] == list(range(1, 20))
    assert [s["container"]["index"] for s in report["submissions"]] == list(range(19))


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_each_message_gets_the_decision_a_person_would_make(report, number):
    sub = _subs(report)[number]
    expected = EXPECTED[number]
    assert sub["outcome"] == expected["outcome"], (sub["reasons"], sub["checks"])
    if "reasons" in expected:
        assert sub["reasons"][: len(expected["reasons"])] == expected["reasons"]
    if "proposal" in expected:
        assert sub["filename"] == expected["proposal"]
        assert sub["documents"][[d["role"] for d in sub["documents"]].index("proposal")][
            "within"
        ] == expected.get("within")
    for key in ("version", "counts", "duplicate_of", "superseded_by", "applicant", "recipient_ok"):
        if key in expected:
            assert sub[key] == expected[key], key
    if "links" in expected:
        assert [link["url"] for link in sub["links"]] == expected["links"]
        assert all(link["kind"] == "download" for link in sub["links"])


def test_the_partner_letter_is_an_annex_not_the_proposal(report):
    first = _subs(report)[1]
    roles = {d["filename"]: d["role"] for d in first["documents"]}
    assert roles == {
        "Projectvoorstel Buurtwerk Horizon.pdf": "proposal",
        "Steunbrief OCMW Asse - DAW+.pdf": "annex",
    }
    # the region check is about the proposal's name, not the letter's
    assert {c["id"]: c["status"] for c in first["checks"]}["region-in-filename"] == "fail"


def test_zip_entries_are_documents_and_mac_resource_forks_are_not(report):
    wijkpunt = _subs(report)[8]
    assert sorted((d["filename"], d["within"]) for d in wijkpunt["documents"]) == [
        ("Begroting Wijkpunt.pdf", "Kandidatuur_DAW+_Wijkpunt.zip"),
        ("Projectvoorstel_DAW+_Wijkpunt.pdf", "Kandidatuur_DAW+_Wijkpunt.zip"),
    ]
    assert all(d["read_status"] == "ok" for d in wijkpunt["documents"])


def test_a_forward_keeps_the_original_trace(report):
    forwarded = _subs(report)[6]
    original = forwarded["original"]
    assert original["sender"]["address"] == "lies@vzw-ankerplaats.example.org"
    assert original["forwarded_by"]["address"] == "silke.vanesch@vdab.be"
    assert original["received"] == "2023-09-01T22:47:00+02:00"
    assert original["to"] == ["silke.vanesch@vdab.be"]
    assert forwarded["received"] == "2023-09-02T08:05:12+02:00"  # late at intake ...
    arrival = {c["id"]: c for c in forwarded["checks"]}["arrival"]
    assert (
        arrival["status"] == "fail"
        and "origineel verstuurd vr 1 sep 2023 22:47" in arrival["message"]
    )  # ... but a person decides, knowing when the original was sent


def test_delivered_to_does_not_make_a_wrong_address_right(report):
    sub = _subs(report)[7]
    assert sub["recipient_ok"] is False
    recipient = {c["id"]: c for c in sub["checks"]}["recipient"]
    assert recipient["evidence"]["to"] == ["info@haviland.be"]


def test_summary_counts_by_outcome(report):
    summary = report["summary"]
    assert summary["messages"] == 19
    assert summary["outcomes"] == {"valid": 6, "late": 1, "follow-up": 8, "not-a-submission": 4}
    assert summary["submissions"] == 15 and summary["copies"] == 1


def test_terminal_overview_names_outcomes_and_links(intake, runner):
    result = runner.invoke(
        app, ["inbox", str(intake), "--now", "2023-09-04 09:00", "-q"], env={"COLUMNS": "100"}
    )
    assert result.exit_code == 1
    out = result.output
    for text in ("geldig", "te laat", "opvolgen", "geen inzending", "we.tl", "Op te volgen"):
        assert text in out, text
