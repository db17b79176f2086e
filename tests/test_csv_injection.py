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
from openpyxl import load_workbook
from openpyxl.cell.cell import Cell

from dawcheck.render import BinaryFormat, OutputFormat, RenderOptions, binary_renderer, renderer
from dawcheck.report import DocumentEntry, Party, Report, Submission, addendum_info
from dawcheck.sources.delivery import Container

COLUMNS = ("proposal", "sender", "subject")


def render_csv(report: Report) -> str:
    out = io.StringIO()
    renderer(OutputFormat.csv)(report, out, RenderOptions())
    return out.getvalue().removeprefix("\ufeff")


def _report(addendum, value: str) -> Report:
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
    return Report(
        mode="inbox", generated_at=now, now=now, addendum=addendum_info(addendum), submissions=[sub]
    )


def _cells(addendum, value: str) -> dict[str, str]:
    rows = list(csv.reader(io.StringIO(render_csv(_report(addendum, value)), newline="")))
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


def _workbook_cells(addendum, value: str) -> dict[str, Cell]:
    out = io.BytesIO()
    binary_renderer(BinaryFormat.xlsx)(_report(addendum, value), out, RenderOptions())
    rows = list(load_workbook(io.BytesIO(out.getvalue()))["Inzendingen"].iter_rows(max_row=2))
    return {str(h.value): c for h, c in zip(rows[0], rows[1], strict=True)}


WORKBOOK_COLUMNS = ("Voorstel", "Afzender", "Onderwerp")


@pytest.mark.parametrize(
    "value", ["=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", '=HYPERLINK("http://x.example","klik")']
)
def test_a_workbook_cell_is_text_and_stays_text_when_edited(addendum, value):
    cells = _workbook_cells(addendum, value)
    for column in WORKBOOK_COLUMNS:
        cell = cells[column]
        # a string cell, shown as written, with Excel's quote prefix so editing keeps it text
        assert (cell.data_type, cell.value, cell.quotePrefix) == ("s", value, True), column


@pytest.mark.parametrize("value", ["\t=1+1", "\r=1+1"])
def test_a_control_character_in_a_workbook_cell_is_shown_not_kept(addendum, value):
    for column in WORKBOOK_COLUMNS:
        cell = _workbook_cells(addendum, value)[column]
        assert cell.data_type == "s" and str(cell.value).startswith("<U+000"), cell.value


def test_ordinary_text_in_a_workbook_has_no_quote_prefix(addendum):
    cells = _workbook_cells(addendum, "Re: voorstel 2023-2024 = versie 2")
    assert not any(cells[c].quotePrefix for c in WORKBOOK_COLUMNS)
