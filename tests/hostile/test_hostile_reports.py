"""Reports built from hostile names and snippets: valid JSON, inert CSV, escaped HTML."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dawcheck.checks.findings import Finding, RegionEvidence
from dawcheck.checks.model import Coverage, Evidence, ItemCoverage
from dawcheck.render import OutputFormat, RenderOptions, renderer
from dawcheck.report import DocumentEntry, Party, Report, Submission, addendum_info
from dawcheck.sources.delivery import Container


def _render(fmt: OutputFormat, report: Report) -> str:
    out = io.StringIO()
    renderer(fmt)(report, out, RenderOptions(details=True))
    return out.getvalue()


def render_json(report: Report) -> str:
    return _render(OutputFormat.json, report)


def render_html(report: Report) -> str:
    return _render(OutputFormat.html, report)


def render_csv(report: Report) -> str:
    return _render(OutputFormat.csv, report).lstrip("\ufeff")


def render_table(report: Report) -> str:
    return _render(OutputFormat.table, report)


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
    region = Finding(
        id="region-in-filename",
        code="region.missing",
        status="fail",
        message=name,
        evidence=RegionEvidence(region="DAW+", suggestion=name),
    )
    sub = Submission(
        id=1,
        source=name,
        container=Container(kind="eml", path=name),
        filename=name,
        outcome="follow-up",
        reasons=["region-missing"],
        status="fail",
        sender=Party(name=snippet, address=snippet),
        subject=snippet,
        checks=[region],
        coverage=cov,
        documents=[DocumentEntry(filename=name, role="proposal", status="fail", checks=[region])],
    )
    now = dt.datetime(2023, 9, 10, tzinfo=dt.UTC)
    return Report(
        mode="inbox",
        generated_at=now,
        now=now,
        addendum=addendum_info(addendum),
        submissions=[sub],
    )


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
    assert cell["proposal"].startswith("'=") and cell["sender"].startswith("'@")


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=60), st.text(max_size=120))
def test_any_name_and_snippet_render_in_every_format(addendum, name, snippet):
    report = _report(addendum, name or "x", snippet)
    (sub,) = json.loads(render_json(report))["submissions"]
    assert sub["subject"] == _no_surrogates(snippet)  # nothing lost or mangled
    assert sub["filename"] == _no_surrogates(name or "x")
    html = render_html(report)
    render_table(report)  # no markup error, no crash
    assert "<script" not in html.replace("&lt;script", "")
    for row in csv.reader(io.StringIO(render_csv(report))):
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def _no_surrogates(text: str) -> str:
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
