"""`dawcheck read`: what an applicant sees of their own file, as text and JSON."""

from __future__ import annotations

import json

from conftest import REPO
from dawcheck.cli import app
from helpers import make_pdf

EXAMPLE_PDF = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"


def test_read_table(runner):
    result = runner.invoke(app, ["read", str(EXAMPLE_PDF)])
    assert result.exit_code == 0, result.output
    assert "Samen Sterk in Asse en Wemmel" in result.output
    assert "p. 1" in result.output and "praatgroep" in result.output


def test_read_json_schema(runner):
    result = runner.invoke(app, ["read", str(EXAMPLE_PDF), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "dawcheck.document/1"
    doc = data["document"]
    assert doc["format"] == "pdf" and doc["status"] == "ok" and doc["readable"] is True
    assert len(doc["sha256"]) == 64 and doc["metadata"]["pages"] == 2
    block = doc["blocks"][0]
    assert {"text", "raw", "kind", "page", "paragraph", "line", "heading", "location"} <= set(block)


def test_read_scan_says_no_text_layer(runner, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([None, None]))
    result = runner.invoke(app, ["read", str(scan)])
    assert result.exit_code == 1
    assert "geen tekstlaag" in result.output
    en = runner.invoke(app, ["read", str(scan), "--lang", "en", "--format", "json"])
    assert json.loads(en.stdout)["document"]["problem_message"].startswith("no text layer")


def test_read_hostile_name_is_shown_safely(runner, tmp_path):
    evil = tmp_path / "voorstel\u202efdp.exe.txt"
    evil.write_text("Kinderopvang voor ouders in Asse en Wemmel, elke week opnieuw.")
    result = runner.invoke(app, ["read", str(evil)])
    assert result.exit_code == 0
    assert "<U+202E>" in result.output and "\u202e" not in result.output


def test_read_missing_file_is_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["read", str(tmp_path / "nope.pdf")])
    assert result.exit_code == 2 and "niet gevonden" in result.output


def test_escape_sequences_in_the_text_never_reach_the_terminal(runner, tmp_path):
    doc = tmp_path / "tekst.txt"
    doc.write_text(
        "# Aanpak \x1b]52;c;ZXZpbA==\x07\n\nWe bieden \x1b[2J kinderopvang aan voor ouders in "
        "Asse, met [bold]markup[/bold] als gewone tekst.\n"
        + "Een gewone zin over taal, werk en mobiliteit in Dilbeek en Wemmel. "
        * 20,
        encoding="utf-8",
    )
    result = runner.invoke(app, ["read", str(doc)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "<U+001B>[2J" in result.output and "[bold]markup[/bold]" in result.output
