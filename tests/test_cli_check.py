"""`dawcheck check` end to end: table, JSON schema, CSV, HTML, exit codes, languages."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from conftest import REPO, posix_names
from dawcheck.cli import app
from helpers import make_pdf

EXAMPLE = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
ON_TIME = ["--received", "31/08/2023 23:18"]


@pytest.fixture
def example(tmp_path):
    path = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, path)
    return path


def test_table_for_the_bundled_example(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME])
    assert result.exit_code == 0, result.output
    out = result.output
    for text in (
        "Werkingsgebied in naam",
        "✔ OK",
        "Uitdaging 1",
        "● gedekt",
        "○ ontbreekt",
        "taalondersteuning",
        "Eindoordeel",
        "SHA-256",
        "daw-plus-2023",
        "[uitgesloten]",
    ):
        assert text in out, text


def test_json_schema(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME, "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "dawcheck.report/1"
    assert data["addendum"]["id"] == "daw-plus-2023" and data["addendum"]["region"] == "DAW+"
    assert data["dawcheck"]
    sub = data["submissions"][0]
    assert sub["source"] == str(example) and sub["filename"] == example.name
    assert len(sub["sha256"]) == 64
    assert sub["received"] == "2023-08-31T23:18:00+02:00" and sub["received_source"] == "cli"
    assert sub["status"] == "pass"
    assert [c["id"] for c in sub["checks"]] == [
        "region-in-filename",
        "filename-safety",
        "arrival",
        "readable",
        "coverage",
    ]
    assert all({"id", "status", "message"} <= set(c) for c in sub["checks"])
    cov = sub["coverage"]
    assert [c["id"] for c in cov["challenges"]] == [1, 2, 3, 4]
    ch1 = cov["challenges"][0]
    assert ch1["status"] == "covered"
    ev = ch1["evidence"][0]
    assert {"page", "term", "snippet", "location", "weight"} <= set(ev) and ev["page"] == 1
    assert {s["id"] for s in cov["services"]} >= {"taalondersteuning", "huisvesting"}
    assert cov["attention"][0]["id"] == "brugfiguur"


def test_exit_code_1_when_a_check_fails(runner, tmp_path):
    late = tmp_path / "kandidatuur.pdf"
    shutil.copy(EXAMPLE, late)
    result = runner.invoke(
        app, ["check", str(late), "--received", "2023-09-02T00:00:07+02:00", "--format", "json"]
    )
    assert result.exit_code == 1
    sub = json.loads(result.stdout)["submissions"][0]
    checks = {c["id"]: c for c in sub["checks"]}
    assert checks["arrival"]["status"] == "fail" and "7 s te laat" in checks["arrival"]["message"]
    assert checks["region-in-filename"]["status"] == "fail"
    assert sub["suggested_filename"] == "kandidatuur_DAW+.pdf"


def test_strict_turns_warnings_into_failure(runner, example):
    # without --received the file time is used: a warning
    assert runner.invoke(app, ["check", str(example)]).exit_code == 0
    assert runner.invoke(app, ["check", str(example), "--strict"]).exit_code == 1


def test_usage_errors_exit_2(runner, example, tmp_path):
    assert runner.invoke(app, ["check", str(tmp_path / "nope.pdf")]).exit_code == 2
    bad = runner.invoke(app, ["check", str(example), "--received", "gisteren"])
    assert bad.exit_code == 2 and "--received" in bad.output
    assert runner.invoke(app, ["check", str(example), "--format", "xml"]).exit_code == 2


def test_unreadable_file_is_a_result_not_a_crash(runner, tmp_path, example):
    scan = tmp_path / "scan_DAW+.pdf"
    scan.write_bytes(make_pdf([None, None]))
    result = runner.invoke(app, ["check", str(scan), str(example), *ON_TIME])
    assert result.exit_code == 1
    assert "geen tekstlaag" in result.output and "Samenvatting: 2 bestanden" in result.output


def test_english(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME, "--lang", "en"])
    assert "Region in file name" in result.output and "covered" in result.output


def test_csv_one_row_per_submission(runner, example, tmp_path):
    evil = tmp_path / "=HYPERLINK(1)_DAW+.pdf"
    shutil.copy(EXAMPLE, evil)
    result = runner.invoke(app, ["check", str(example), str(evil), *ON_TIME, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2
    assert rows[0]["challenge-1"] == "covered" and rows[0]["service:huisvesting"] == "missing"
    assert rows[0]["arrival"] == "pass"
    assert rows[1]["filename"].startswith("'=HYPERLINK")


@posix_names
def test_html_is_self_contained_and_escaped(runner, tmp_path):
    evil = tmp_path / "<script>alert(1)<\\script>_DAW+.txt"
    evil.write_text(
        "# Aanpak\n\nWe organiseren een praatgroep <script>alert(2)</script> met "
        "een taalcoach voor nieuwkomers.\n"
    )
    out = tmp_path / "rapport.html"
    result = runner.invoke(app, ["check", str(evil), *ON_TIME, "--format", "html", "-o", str(out)])
    # '<', '>' and '\\' in the name are a filename-safety warning, not a failure
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)" in html
    assert "&lt;script&gt;alert(2)" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html


@posix_names
def test_json_valid_for_hostile_names(runner, tmp_path):
    weird = tmp_path / "naam\x07met\u202ecodes_DAW.txt"
    weird.write_text("Tekst over kinderopvang voor ouders.")
    result = runner.invoke(app, ["check", str(weird), *ON_TIME, "--format", "json"])
    data = json.loads(result.stdout)
    assert data["submissions"][0]["filename"] == "naam\x07met\u202ecodes_DAW.txt"


def test_details_keeps_more_evidence(runner, example):
    def evidence_count(extra):
        out = runner.invoke(app, ["check", str(example), *ON_TIME, "-f", "json", *extra]).stdout
        cov = json.loads(out)["submissions"][0]["coverage"]
        return max(len(i["evidence"]) for i in cov["challenges"] + cov["services"])

    assert evidence_count([]) <= 8 < evidence_count(["--details"])
