"""Reports built from hostile names and snippets: valid JSON, inert CSV, escaped HTML."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dawcheck.checks.model import CheckResult, Coverage, Evidence, ItemCoverage
from dawcheck.render.csv_ import render_csv
from dawcheck.render.html import render_html
from dawcheck.render.json_ import render_json
from dawcheck.report import Report, SubmissionReport, addendum_info


def _report(addendum, name: str, snippet: str) -> Report:
    evidence = Evidence(
        concept="taal",
        term=snippet[:10] or "x",
        snippet=snippet,
        weight="strong",
        page=1,
        location="p. 1",
        heading=snippet,
    )
    cov = Coverage(
        challenges=[
            ItemCoverage(id=1, title="t", status="covered", concepts=["taal"], evidence=[evidence])
        ]
    )
    sub = SubmissionReport(
        source=name,
        filename=name,
        status="warn",
        sender=snippet,
        subject=snippet,
        checks=[CheckResult(id="region-in-filename", status="fail", message=name)],
        coverage=cov,
    )
    now = dt.datetime(2023, 9, 10, tzinfo=dt.UTC)
    return Report(generated_at=now, now=now, addendum=addendum_info(addendum), submissions=[sub])


def test_lone_surrogates_and_controls_give_valid_json(addendum):
    text = render_json(_report(addendum, "naam\udcff\x00\x1b[31m.pdf", "snip\ud800pet"))
    text.encode("utf-8")  # strict: no lone surrogate left
    data = json.loads(text)
    assert data["submissions"][0]["filename"] == "naam\ufffd\x00\x1b[31m.pdf"


def test_html_escapes_everything_from_files(addendum):
    html = render_html(
        _report(addendum, "<script>alert(1)</script>.pdf", '"><img src=x onerror=alert(2)>')
    )
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html


def test_csv_neutralises_formulas(addendum):
    rows = list(
        csv.reader(io.StringIO(render_csv(_report(addendum, "=cmd|' /C calc'!A0", "@SUM(1)"))))
    )
    header, row = rows
    cell = dict(zip(header, row, strict=True))
    assert cell["filename"].startswith("'=") and cell["sender"].startswith("'@")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=60), st.text(max_size=120))
def test_any_name_and_snippet_render_in_every_format(addendum, name, snippet):
    report = _report(addendum, name or "x", snippet)
    (sub,) = json.loads(render_json(report))["submissions"]
    assert sub["filename"] == (name or "x") and sub["sender"] == snippet  # nothing lost or mangled
    html = render_html(report)
    assert "<script" not in html.replace("&lt;script", "")
    for row in csv.reader(io.StringIO(render_csv(report))):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
