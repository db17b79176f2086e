"""CSV output never hands a spreadsheet a formula: every trigger, one case each.

A cell that Excel, LibreOffice or Google Sheets could run (it starts with =, +, -, @, a tab or a
carriage return, also after leading spaces or line breaks, also in full-width form) gets a
leading quote; the rest of the cell stays as it was, on one line. Every text column that comes
from a file or a message (file name, sender, subject) is tested.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from dawcheck.render import OutputFormat, RenderOptions, renderer
from dawcheck.report import DocumentEntry, Party, Report, Submission, addendum_info
from dawcheck.sources.delivery import Container

COLUMNS = ("proposal", "sender", "subject")


def render_csv(report: Report) -> str:
    out = io.StringIO()
    renderer(OutputFormat.csv)(report, out, RenderOptions())
    return out.getvalue().removeprefix("\ufeff")


def _cells(addendum, value: str) -> dict[str, str]:
    sub = Submission(
        id=1,
        source="inbox/bericht.eml",
        container=Container(kind="eml", path="inbox/bericht.eml"),
        filename=value,
        outcome="valid",
        status="pass",
        sender=Party(name=None, address=value),
        subject=value,
        documents=[DocumentEntry(filename=value, role="proposal", status="pass")],
    )
    now = dt.datetime(2023, 9, 10, tzinfo=dt.UTC)
    report = Report(
        mode="inbox", generated_at=now, now=now, addendum=addendum_info(addendum), submissions=[sub]
    )
    rows = list(csv.reader(io.StringIO(render_csv(report), newline="")))
    assert len(rows) == 2, rows  # a header and one row: nothing in the value split the row
    return dict(zip(rows[0], rows[1], strict=True))


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        pytest.param("=1+1", "'=1+1", id="equals"),
        pytest.param("+1+1", "'+1+1", id="plus"),
        pytest.param("-1+1", "'-1+1", id="minus"),
        pytest.param("@SUM(A1:A2)", "'@SUM(A1:A2)", id="at"),
        pytest.param("\t1+1", "'\t1+1", id="tab"),
        # line breaks become one space (one line per cell); the formula behind them stays inert
        pytest.param("\r=1+1", "' =1+1", id="carriage-return"),
        pytest.param("\n=1+1", "' =1+1", id="line-feed"),
        pytest.param("\r\n@SUM(A1)", "' @SUM(A1)", id="crlf"),
        pytest.param("  +1+1", "'  +1+1", id="leading-spaces"),
        pytest.param("\uff1d1+1", "'\uff1d1+1", id="full-width-equals"),
        pytest.param("\uff0b1", "'\uff0b1", id="full-width-plus"),
        pytest.param("\uff0d1", "'\uff0d1", id="full-width-minus"),
        pytest.param("\uff20SUM(A1)", "'\uff20SUM(A1)", id="full-width-at"),
        pytest.param(
            '=HYPERLINK("http://x.example","klik")',
            '\'=HYPERLINK("http://x.example","klik")',
            id="hyperlink",
        ),
        pytest.param("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", id="dde"),
    ],
)
def test_every_formula_trigger_is_neutralised(addendum, value, cell):
    cells = _cells(addendum, value)
    assert [cells[c] for c in COLUMNS] == [cell] * len(COLUMNS)


@pytest.mark.parametrize(
    "value",
    [
        "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf",
        "Ann Peeters <ann@org.example.org>",
        "Re: voorstel 2023-2024 = versie 2",
        "1-2-3",
        "'al geciteerd",
        "",
    ],
)
def test_ordinary_text_is_left_as_it_is(addendum, value):
    cells = _cells(addendum, value)
    assert [cells[c] for c in COLUMNS] == [value] * len(COLUMNS)
