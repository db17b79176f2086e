"""`dawcheck check` end to end: table, JSON schema, CSV, HTML, exit codes, languages."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from conftest import REPO, posix_names
from dawcheck.cli import app
from helpers import make_pdf, valid_report

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
        "Regio-uitdagingen",
        "● 1 Anderstaligen",
        "● gedekt",
        "○ ontbreekt",
        "Taalondersteuning",
        "Eindoordeel",
        "SHA-256",
        "daw-plus-2023",
    ):
        assert text in out, text
    assert "taalondersteuning" not in out  # labels, not ids


def test_details_show_evidence_and_why_it_was_set_aside(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME, "--details"])
    assert result.exit_code == 0, result.output
    assert "[uitgesloten" in result.output and "p. 1" in result.output


def test_precheck_counts_down_and_is_not_a_receipt(runner, example):
    result = runner.invoke(app, ["check", str(example), "--now", "30/08/2023 10:00"])
    assert result.exit_code == 0, result.output
    assert "nog 2 d 13 u 59 min tot de deadline" in result.output
    assert "Controle van dit bestand" in result.output
    assert "Ontvangen" not in result.output


def test_precheck_after_the_deadline_fails(runner, example):
    result = runner.invoke(app, ["check", str(example), "--now", "2/9/2023 08:00"])
    assert result.exit_code == 1, result.output
    assert "voorbij" in result.output


def test_json_schema(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME, "--format", "json"])
    assert result.exit_code == 0
    data = valid_report(result.stdout)
    assert data["mode"] == "check" and data["precheck"] is False
    assert data["addendum"]["id"] == "daw-plus-2023" and data["addendum"]["region"] == "DAW+"
    assert data["dawcheck"]
    sub = data["submissions"][0]
    assert sub["id"] == 1 and sub["outcome"] == "valid" and sub["reasons"] == []
    assert sub["source"] == str(example) and sub["filename"] == example.name
    assert [d["role"] for d in sub["documents"]] == ["proposal"]
    assert sub["counts"] is None and sub["links"] == []
    assert len(sub["sha256"]) == 64
    assert sub["received"] == "2023-08-31T23:18:00+02:00" and sub["received_source"] == "cli"
    assert sub["status"] == "pass"
    assert [c["id"] for c in sub["checks"]] == [
        "arrival",
        "region-in-filename",
        "filename-safety",
        "readable",
        "coverage",
    ]
    assert all({"id", "code", "status", "message", "evidence"} <= set(c) for c in sub["checks"])
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
    sub = valid_report(result.stdout)["submissions"][0]
    checks = {c["id"]: c for c in sub["checks"]}
    assert checks["arrival"]["status"] == "fail" and "7 s te laat" in checks["arrival"]["message"]
    assert checks["region-in-filename"]["status"] == "fail"
    assert checks["region-in-filename"]["evidence"]["suggestion"] == "kandidatuur_DAW+.pdf"
    assert sub["outcome"] == "late" and sub["reasons"][:2] == ["late", "region-missing"]


def test_strict_turns_warnings_into_failure(runner, tmp_path):
    towns = tmp_path / "Voorstel Asse-Opwijk.pdf"  # municipalities only: a warning
    shutil.copy(EXAMPLE, towns)
    assert runner.invoke(app, ["check", str(towns), *ON_TIME]).exit_code == 0
    assert runner.invoke(app, ["check", str(towns), *ON_TIME, "--strict"]).exit_code == 1


def test_usage_errors_exit_2(runner, example, tmp_path):
    assert runner.invoke(app, ["check", str(tmp_path / "nope.pdf")]).exit_code == 2
    bad = runner.invoke(app, ["check", str(example), "--received", "31/02/2023 10:00"])
    assert bad.exit_code == 2 and "--received" in bad.output
    assert runner.invoke(app, ["check", str(example), "--format", "xml"]).exit_code == 2


def test_unreadable_file_is_a_result_not_a_crash(runner, tmp_path, example):
    scan = tmp_path / "scan_DAW+.pdf"
    scan.write_bytes(make_pdf([None, None]))
    result = runner.invoke(app, ["check", str(scan), str(example), *ON_TIME])
    assert result.exit_code == 1
    assert "geen tekstlaag" in result.output and result.output.count("Eindoordeel") == 2


def test_english(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME, "--lang", "en"])
    assert "Region in file name" in result.output and "covered" in result.output
    assert "Werkingsgebied" not in result.output


def test_csv_one_row_per_submission(runner, example, tmp_path):
    evil = tmp_path / "=HYPERLINK(1)_DAW+.pdf"
    shutil.copy(EXAMPLE, evil)
    out = tmp_path / "rapport.csv"
    args = ["check", str(example), str(evil), *ON_TIME, "--format", "csv", "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 3  # BOM, CRLF rows
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 2
    assert rows[0]["challenge-1"] == "covered" and rows[0]["service:huisvesting"] == "missing"
    assert rows[0]["arrival"] == "pass" and rows[0]["outcome"] == "valid"
    assert rows[1]["proposal"].startswith("'=HYPERLINK")


@posix_names
def test_html_is_self_contained_and_escaped(runner, tmp_path):
    evil = tmp_path / "<script>alert(1)<\\script>_DAW+.txt"
    evil.write_text(
        "# Aanpak\n\nWe organiseren een praatgroep <script>alert(2)</script> met "
        "een taalcoach voor nieuwkomers.\n"
    )
    out = tmp_path / "rapport.html"
    result = runner.invoke(app, ["check", str(evil), *ON_TIME, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output  # the text covers little: a warning only
    html = out.read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)" in html
    assert "&lt;script&gt;alert(2)" in html
    assert "http://" not in html and "https://" not in html and "<link" not in html


@posix_names
def test_json_valid_for_hostile_names(runner, tmp_path):
    weird = tmp_path / "naam\x07met\u202ecodes_DAW.txt"
    weird.write_text("Tekst over kinderopvang voor ouders.")
    result = runner.invoke(app, ["check", str(weird), *ON_TIME, "--format", "json"])
    data = valid_report(result.stdout)
    assert data["submissions"][0]["filename"] == "naam\x07met\u202ecodes_DAW.txt"


def test_details_keeps_more_evidence(runner, example):
    def evidence_count(extra):
        out = runner.invoke(app, ["check", str(example), *ON_TIME, "-f", "json", *extra]).stdout
        cov = json.loads(out)["submissions"][0]["coverage"]
        return max(len(i["evidence"]) for i in cov["challenges"] + cov["services"])

    assert evidence_count([]) <= 8 < evidence_count(["--details"])


def test_an_empty_folder_is_nothing_to_check(runner, tmp_path):
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2 and "niets te controleren" in result.output


def test_advice_says_what_is_lacking_and_quotes_the_call(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME])
    out = result.output
    advice = out[out.index("Wat ontbreekt") :]
    # challenge 2 is weak: the target group is what is missing, said in words, with the call
    assert "◐ Medische en psychische klachten" in advice
    assert "de doelgroep ontbreekt" in advice and "oproep: “Hoe kunnen we hen inzicht" in advice
    assert "○ Verslaving" in advice and "een activiteit ontbreekt" in advice
    # evidence set aside says why, in words, not a code
    assert "gevonden maar opzij gezet" in advice and "indicators" not in advice
    assert "Huisvesting" not in advice  # missing services only with --details
    details = runner.invoke(app, ["check", str(example), *ON_TIME, "--details"]).output
    assert "○ Huisvesting" in details and "onder een kop die het uitsluit" in details
    english = runner.invoke(app, ["check", str(example), *ON_TIME, "--lang", "en"]).output
    assert "What is missing" in english and "the target group is missing" in english


def test_files_named_but_not_checkable_are_shown_and_fail(runner, tmp_path, example):
    import os

    fifo = tmp_path / "pijp"
    os.mkfifo(fifo)
    broken = tmp_path / "kapot_DAW+.pdf"
    broken.symlink_to(tmp_path / "bestaat-niet.pdf")
    result = runner.invoke(app, ["check", str(fifo), str(broken), str(example), *ON_TIME])
    assert result.exit_code == 1, result.output  # the good file is still checked
    assert "Eindoordeel" in result.output and "Niet gecontroleerd" in result.output
    assert "pijp" in result.output and "kapot_DAW+.pdf" in result.output
    assert "geen gewoon bestand" in result.output


def test_no_colour_codes_when_not_a_terminal_or_with_no_color(runner, example):
    plain = runner.invoke(app, ["check", str(example), *ON_TIME], env={"NO_COLOR": "1"})
    assert plain.exit_code == 0 and "\x1b[" not in plain.output
    piped = runner.invoke(app, ["check", str(example), *ON_TIME], env={"NO_COLOR": None})
    assert piped.exit_code == 0 and "\x1b[" not in piped.output  # CliRunner is not a tty


def test_80_columns_labels_not_ids_and_words_never_cut(runner, example):
    result = runner.invoke(app, ["check", str(example), *ON_TIME], env={"COLUMNS": "80"})
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "outreachend-vindplaatsgericht" not in result.output
    assert "Outreachend werken" in result.output
    assert not any(line.rstrip().endswith("…") and "oproep" not in line for line in lines)


def test_a_file_that_cannot_be_looked_at_is_a_result_and_the_others_go_on(
    runner, tmp_path, example, monkeypatch
):
    """Permission denied on the way to one named file (simulated: the tests may run as root)
    does not stop the run with a usage error: that file is listed as not checked."""
    import os

    locked = tmp_path / "geheim" / "voorstel_DAW+.pdf"
    locked.parent.mkdir()
    locked.write_bytes(example.read_bytes())
    real_lstat, real_stat = os.lstat, os.stat

    def guard(real):
        def call(path, *args, **kwargs):
            if str(path).startswith(str(locked.parent)):
                raise PermissionError(13, "Permission denied", str(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "stat", guard(real_stat))
    monkeypatch.setattr(os, "lstat", guard(real_lstat))
    result = runner.invoke(app, ["check", str(locked), str(example), *ON_TIME])
    assert result.exit_code == 1, result.output
    assert "Eindoordeel" in result.output  # the other file was checked
    assert "Niet gecontroleerd" in result.output and "voorstel_DAW+.pdf" in result.output
