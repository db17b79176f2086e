"""Hostile names in every intake output: formula triggers, <script>, control characters, a
sender name that smuggles a Bcc header. Each output keeps them as inert, visible text."""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner

from dawcheck.addendum import load_addendum
from dawcheck.cli import app
from dawcheck.followup import applicants
from dawcheck.render import RenderOptions
from dawcheck.render.receipts import message
from dawcheck.render.xlsx import workbook
from dawcheck.report import DocumentEntry, Link, Party, Report, Submission, addendum_info
from dawcheck.sources.delivery import Container
from hostile_mail import FILENAME, SUBJECT_WORDS, hostile_inbox

FORMULA_START = ("=", "+", "-", "@")
RECEIPT_HEADERS = {
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "X-Unsent",
    "X-Mailer",
    "Content-Type",
    "Content-Transfer-Encoding",
    "MIME-Version",
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    inbox = hostile_inbox(root / "in")
    out = root / "out"
    args = ["inbox", str(inbox), "--now", "2023-09-04 09:00", "-q", "--format", "json"]
    args += ["-o", str(root / "r.json"), "--csv", str(root / "r.csv"), "--html"]
    args += [str(root / "r.html"), "--xlsx", str(root / "r.xlsx"), "--receipts", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code in (0, 1), result.output
    report = json.loads((root / "r.json").read_text("utf-8"))
    assert report["submissions"][0]["filename"] == FILENAME  # the fixture reached the report
    return root


def test_no_workbook_cell_is_a_formula(outputs):
    wb = load_workbook(outputs / "r.xlsx")
    texts = []
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell)
    proposal = next(c for c in texts if c.value.startswith("=HYPERLINK"))
    assert proposal.data_type == "s" and proposal.quotePrefix  # text, and stays text on edit
    assert proposal.value == FILENAME.replace("\x07", "<U+0007>")  # the bell made visible
    assert any(SUBJECT_WORDS in c.value for c in texts)


def test_csv_cells_never_start_a_formula(outputs):
    raw = (outputs / "r.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert len(rows) == 2
    for cell in rows[1]:
        assert not cell.startswith((*FORMULA_START, "\t", "\r")), cell
    assert any(cell.startswith("'=HYPERLINK") for cell in rows[1])
    # for machines the text stays as it came (a control character included), on one line
    assert any("\x1b[31m" in cell for cell in rows[1])


def test_html_shows_markup_as_text(outputs):
    html = (outputs / "r.html").read_text("utf-8")
    assert (
        "<script" not in html and "<img" not in html and "\x07" not in html and "\x1b" not in html
    )
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;&lt;U+0007&gt;" in html
    assert "&lt;img src=x onerror=" in html


def test_receipt_keeps_its_headers_and_shows_names_as_text(outputs):
    (draft,) = sorted((outputs / "out").iterdir())
    assert draft.name.endswith(".eml") and draft.name.isascii() and "/" not in draft.name
    raw = draft.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert set(msg.keys()) <= RECEIPT_HEADERS and "Bcc" not in msg
    assert b"\r\nBcc" not in raw and b"\nBcc" not in raw
    assert "\n" not in str(msg["To"]) and "\r" not in str(msg["To"])
    assert "In-Reply-To" not in msg  # the message id broke out of its brackets: not echoed
    body = msg.get_content()
    assert "\x07" not in body and "\x1b" not in body
    assert "<script>document.title='pwned'</script><U+0007>_DAW+.pdf" in body


# --- any text, straight through the renderers --------------------------------------------------

_TEXT = st.text(max_size=40)
ADDENDUM = load_addendum()  # not a fixture: hypothesis would print all of it with a failure


def _report(addendum, name: str, subject: str, sender: str, address: str) -> Report:
    now = dt.datetime(2023, 9, 1, 20, 0, tzinfo=dt.UTC)
    doc = DocumentEntry(filename=name or "x", role="proposal", status="pass", sha256="0" * 64)
    sub = Submission(
        id=1,
        source=name,
        container=Container(kind="eml", path=name),
        filename=name or "x",
        subject=subject,
        message_id=subject,
        sender=Party(name=sender, address=address),
        applicant=address or "x@y.example",
        outcome="follow-up",
        reasons=["only-link", "region-missing"],
        status="fail",
        received=now,
        documents=[doc],
        links=[Link(url=subject, host=sender, kind="download")],
        version=1,
        counts=True,
    )
    return Report(
        mode="inbox", generated_at=now, now=now, addendum=addendum_info(addendum), submissions=[sub]
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, _TEXT, _TEXT, _TEXT)
def test_any_text_gives_an_inert_workbook(name, subject, sender, address):
    report = _report(ADDENDUM, name, subject, sender, address)
    buffer = io.BytesIO()
    workbook(report).save(buffer)
    wb = load_workbook(io.BytesIO(buffer.getvalue()))
    for ws in wb:
        for row in ws.iter_rows():
            assert all(cell.data_type in ("s", "n", "d") for cell in row if cell.value is not None)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, _TEXT, _TEXT, _TEXT)
@example("", "", "", '"')  # the header parser raised IndexError on this address
@example("a.pdf", "s", "=?utf-8?q?a=0D=0ABcc:_x@y.org?=", "b@c.org")
@example("", "", "", "¡¡,0000¡¡:¡¡")  # folded with a line that starts as a header would
def test_any_text_gives_a_draft_with_only_its_own_headers(name, subject, sender, address):
    report = _report(ADDENDUM, name, subject, sender, address)
    (applicant,) = applicants(report.submissions)
    raw = message(applicant, report).as_bytes(policy=email.policy.SMTP)
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert set(parsed.keys()) <= RECEIPT_HEADERS
    assert parsed["X-Unsent"] == "1" and parsed["Subject"].startswith("Ontvangstbevestiging")
    parsed.get_content()  # the body decodes


def test_receipts_folder_renderer_returns_what_it_wrote(addendum, tmp_path):
    from dawcheck.render.receipts import write

    report = _report(addendum, "a.pdf", "s", "n", "../../etc/passwd@x")
    written = write(report, tmp_path / "r", RenderOptions())
    assert [p.parent for p in written] == [tmp_path / "r"]  # never outside the folder
    assert written[0].name == "etc_passwd@x.eml"
    assert Path(tmp_path / "r").is_dir() and sorted((tmp_path / "r").iterdir()) == written


def test_an_unreadable_message_is_not_a_mail_without_attachment(tmp_path):
    from dawcheck.checks.findings import Finding, MessageEvidence
    from dawcheck.render.html import write as write_html

    finding = Finding(
        id="message",
        code="message.unreadable",
        status="fail",
        evidence=MessageEvidence(detail="kapot"),
    )
    now = dt.datetime(2023, 9, 1, tzinfo=dt.UTC)
    sub = Submission(
        id=1,
        source="kapot.eml",
        container=Container(kind="eml", path="kapot.eml"),
        outcome="follow-up",
        reasons=["message-unreadable"],
        status="fail",
        checks=[finding],
    )
    report = Report(
        mode="inbox", generated_at=now, now=now, addendum=addendum_info(ADDENDUM), submissions=[sub]
    )
    out = io.StringIO()
    write_html(report, out, RenderOptions())
    overview = out.getvalue().split('<section id="submissions">', 1)[1].split("</section>")[0]
    assert "kapot.eml (bericht onleesbaar)" in overview and "(geen bijlage)" not in overview
