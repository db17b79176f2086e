"""--now and --received through one path (dates.read_option): issue 11 end to end."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import REPO
from dawcheck.cli import app

EXAMPLE = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"


@pytest.fixture
def example(tmp_path):
    path = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, path)
    return path


def _arrival(runner, example, received, now="2023-09-10 12:00", lang="nl"):
    args = ["check", str(example), "--received", received, "--now", now, "--format", "json"]
    result = runner.invoke(app, [*args, "--lang", lang])
    assert result.exit_code in (0, 1), result.output
    sub = json.loads(result.stdout)["submissions"][0]
    check = next(c for c in sub["checks"] if c["id"] == "arrival")
    return sub["received"], check["status"], check["message"]


@pytest.mark.parametrize(
    ("received", "at", "status"),
    [
        ("2023-09-02 00:30 CEST", "2023-09-02T00:30:00+02:00", "fail"),  # was 8 February
        ("2023-09-01 23:59:59.999", "2023-09-01T23:59:59.999000+02:00", "pass"),
        ("2023-09-02 00:00", "2023-09-02T00:00:00+02:00", "fail"),
        ("2023-09-01 22:30 UTC", "2023-09-01T22:30:00Z", "fail"),
        ("1 sept 23:59", "2023-09-01T23:59:00+02:00", "pass"),  # was years late
        ("2/9 om 0u05", "2023-09-02T00:05:00+02:00", "fail"),
    ],
)
def test_received_forms_and_verdicts(runner, example, received, at, status):
    got, verdict, _ = _arrival(runner, example, received)
    assert got == at and verdict == status


def test_a_year_taken_from_the_call_is_said(runner, example):
    _, status, message = _arrival(runner, example, "31/08 om 22u")
    assert status == "pass" and "jaar 2023 aangenomen (het jaar van de oproep)" in message
    _, _, message = _arrival(runner, example, "31/08 om 22u", lang="en")
    assert "year 2023 assumed (the call's year)" in message


def test_relative_received_counts_from_now(runner, example):
    got, status, message = _arrival(runner, example, "gisteren om 23u59", now="2023-09-02 10:00")
    assert got == "2023-09-01T23:59:00+02:00" and status == "pass"
    assert "'gisteren' gelezen als vrijdag 1 september 2023" in message
    got, status, _ = _arrival(runner, example, "yesterday 11:59 pm", now="2023-09-03 10:00")
    assert got == "2023-09-02T23:59:00+02:00" and status == "fail"


@pytest.mark.parametrize(
    ("option", "value", "lang", "fragments"),
    [
        ("--received", "2023-13-01 10:00", "nl", ["maand 13 bestaat niet.", "Zo lukt het wel"]),
        ("--received", "13/13/2023 10:00", "nl", ["de dag komt eerst"]),
        ("--received", "gisteren", "en", ["a date without a time; give the time too"]),
        ("--received", "gisteren rond de middag", "nl", ["'rond' niet begrepen"]),
        ("--now", "morgen ofzo", "nl", ["'ofzo' niet begrepen"]),
        ("--now", "31 september 2023 12:00", "en", ["31 September 2023 does not exist"]),
    ],
)
def test_refusals_name_the_input_and_show_forms_that_work(
    runner, example, option, value, lang, fragments
):
    args = ["check", str(example), option, value, "--lang", lang]
    if option == "--received":
        args += ["--now", "2023-09-10 12:00"]
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    out = " ".join(result.output.split())  # rich wraps long lines
    assert f"{option} '{value}':" in out
    assert "'1/9/2023 23:59'" in out and "Error" not in out
    for fragment in fragments:
        assert fragment in out


def test_now_accepts_the_same_forms(runner):
    result = runner.invoke(app, ["timeline", "--now", "31/08 22u"])
    assert result.exit_code == 0
    assert "Nog 1 d 1 u 59 min tot de deadline" in " ".join(result.output.split())
