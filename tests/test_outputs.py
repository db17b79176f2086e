"""The outputs intake staff work with, on the realistic intake mailbox (tests/intake_fixture.py):
the Excel workbook, the HTML report (as text; tests/test_html_chromium.py opens it in a browser),
the CSV for machines and the draft acknowledgements, in Dutch and in English."""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import io
import json
import re
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from conftest import REPO
from dawcheck.cli import app
from dawcheck.messages import outcome_text, reason_text
from intake_fixture import EXPECTED, INTAKE, write_mbox

BRUSSELS = ZoneInfo("Europe/Brussels")
NOW = ["--now", "2023-09-04 09:00", "-q"]
# who needs follow-up: the version that decides each applicant's case is "follow-up"
FOLLOW_UP = {
    "kim@jeugdhuis-t-kot.example.org": 5,
    "lies@vzw-ankerplaats.example.org": 6,
    "els@fietsatelier-opwijk.example.org": 7,
    "rudi@sportclub-dilbeek.example.org": 16,
    "marc@repaircafe.example.org": 17,
    "wim@wandelclub.example.org": 19,
}


def _run(mbox: Path, out: Path, lang: str) -> dict:
    out.mkdir()
    args = ["inbox", str(mbox), *NOW, "--lang", lang, "--format", "json", "-o", str(out / "r.json")]
    args += ["--csv", str(out / "r.csv"), "--html", str(out / "r.html")]
    args += ["--xlsx", str(out / "r.xlsx"), "--receipts", str(out / "receipts")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output  # one late, several to follow up
    return json.loads((out / "r.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def intake(tmp_path_factory):
    return write_mbox(tmp_path_factory.mktemp("intake"))


@pytest.fixture(scope="module")
def nl(intake, tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs") / "nl"
    return out, _run(intake, out, "nl")


@pytest.fixture(scope="module")
def en(intake, tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs") / "en"
    return out, _run(intake, out, "en")


def _subs(report: dict) -> dict[int, dict]:
    return {s["id"]: s for s in report["submissions"]}


def _rows(ws, header_row: int = 1) -> list[dict]:
    rows = list(ws.iter_rows(min_row=header_row, values_only=False))
    header = [c.value for c in rows[0]]
    return [
        dict(zip(header, row, strict=True))
        for row in rows[1:]
        if row[0].value is not None and not str(row[0].value).startswith(("●", "n"))
    ]


def _local(iso: str) -> dt.datetime:
    return dt.datetime.fromisoformat(iso).astimezone(BRUSSELS).replace(tzinfo=None)


# --- the workbook ---------------------------------------------------------------------------


def test_workbook_has_the_three_sheets_in_dutch(nl):
    out, _ = nl
    wb = load_workbook(out / "r.xlsx")
    assert wb.sheetnames == ["Inzendingen", "Opvolgen", "Dekking"]
    ws = wb["Inzendingen"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["#", "Aangekomen (tijd Brussel)", "Uitkomst", "Redenen", "Telt", "Versie"]
    assert {"Afzender", "Onderwerp", "Voorstel", "Indiener"} <= set(header)
    assert "Brussel" in ws["B1"].comment.text  # says which clock the times are on
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref == f"A1:Q{ws.max_row}"
    assert all(ws.column_dimensions[col].width >= 5 for col in "ABCDEFGHIJKLMNOPQ")


def test_workbook_rows_are_the_submissions_by_arrival_with_real_datetimes(nl):
    out, report = nl
    subs = _subs(report)
    rows = _rows(load_workbook(out / "r.xlsx")["Inzendingen"])
    assert len(rows) == 19
    arrived = [r["Aangekomen (tijd Brussel)"].value for r in rows]
    assert all(isinstance(a, dt.datetime) and a.tzinfo is None for a in arrived)
    assert arrived == sorted(arrived)  # by arrival, as the terminal lists them
    for row in rows:
        sub = subs[row["#"].value]
        cell = row["Aangekomen (tijd Brussel)"]
        assert cell.value == _local(sub["received"])  # Brussels wall time, to the second
        assert cell.number_format == "dd/mm/yyyy hh:mm:ss"
        assert row["Uitkomst"].value == outcome_text(sub["outcome"], "nl")
        assert row["Redenen"].value == (
            ", ".join(reason_text(r, "nl") for r in sub["reasons"]) or None
        )
        assert row["Afzender"].value == sub["sender"]["address"]
        assert row["Onderwerp"].value == sub["subject"]
        assert row["Voorstel"].value == sub["filename"]
    late = next(r for r in rows if r["#"].value == 11)
    assert late["Aangekomen (tijd Brussel)"].value == dt.datetime(2023, 9, 2, 0, 12, 3)


def test_workbook_outcome_colours_and_the_version_that_counts(nl):
    out, _ = nl
    rows = {r["#"].value: r for r in _rows(load_workbook(out / "r.xlsx")["Inzendingen"])}
    colours = {
        n: rows[n]["Uitkomst"].fill.start_color.rgb[-6:] for n in (2, 11, 5, 3)
    }  # valid, late, follow-up, not a submission
    assert colours == {2: "D7F2DC", 11: "F9D0D0", 5: "FFF1C2", 3: "EDEFF2"}
    for number, expected in EXPECTED.items():
        telt = rows[number]["Telt"].value
        if expected.get("counts"):
            assert telt == "★", number
        elif expected.get("duplicate_of"):
            assert telt == f"kopie van #{expected['duplicate_of']}"
        elif expected.get("superseded_by"):
            assert telt == f"vervangen door #{expected['superseded_by']}"
    assert rows[2]["Versie"].value == 2 and rows[13]["Versie"].value == 2
    assert rows[6]["Origineel verstuurd (tijd Brussel)"].value == dt.datetime(2023, 9, 1, 22, 47)


def test_workbook_follow_up_sheet_one_row_per_applicant_with_what_to_ask(nl):
    out, _ = nl
    ws = load_workbook(out / "r.xlsx")["Opvolgen"]
    rows = _rows(ws)
    assert {r["Indiener"].value: r["#"].value for r in rows} == FOLLOW_UP
    ask = {r["Indiener"].value: r["Wat te vragen of te doen"].value for r in rows}
    assert ask["kim@jeugdhuis-t-kot.example.org"] == (
        "Haal het voorstel op via de link (we.tl) en bewaar het."
    )
    assert ask["lies@vzw-ankerplaats.example.org"] == (
        "Beslis of de doorgestuurde inzending (origineel verstuurd vr 1 sep 2023 22:47) telt."
    )
    assert "info@haviland.be" in ask["els@fietsatelier-opwijk.example.org"]
    assert "scan" in ask["rudi@sportclub-dilbeek.example.org"]
    assert "PDF, DOCX of ODT" in ask["marc@repaircafe.example.org"]
    assert "drive.google.com" in ask["wim@wandelclub.example.org"]
    # an applicant whose later version is valid needs nothing: An (#1 -> #2), Nadia (#12 -> #13)
    assert "an.claes@buurtwerk-horizon.example.org" not in ask
    assert all(isinstance(r["Aangekomen (tijd Brussel)"].value, dt.datetime) for r in rows)
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref.startswith("A1:")


def test_workbook_coverage_sheet_has_every_item(nl, addendum):
    out, report = nl
    ws = load_workbook(out / "r.xlsx")["Dekking"]
    header = [c.value for c in ws[2]]
    items = header[5:]
    assert items == [
        *(f"{c.id} {c.short or c.title}" for c in addendum.challenges),
        *(s.short or s.need for s in addendum.services),
        *(a.short or a.title for a in addendum.attention),
    ]
    assert {ws.cell(1, 6).value, ws.cell(1, 10).value} == {
        "Regio-uitdagingen",
        "Types dienstverlening",
    }
    rows = _rows(ws, header_row=2)
    with_proposal = [s for s in report["submissions"] if s["filename"]]
    assert sorted(r["#"].value for r in rows) == sorted(s["id"] for s in with_proposal)
    subs = _subs(report)
    for row in rows:
        sub = subs[row["#"].value]
        cells = [row[name] for name in items]
        if sub["coverage"] and sub["coverage"]["assessed"]:
            status = {
                str(i["id"]): i["status"]
                for group in ("challenges", "services", "attention")
                for i in sub["coverage"][group]
            }
            ids = [
                *(str(c.id) for c in addendum.challenges),
                *(s.id for s in addendum.services),
                *(a.id for a in addendum.attention),
            ]
            symbol = {"covered": "●", "weak": "◐", "missing": "○"}
            assert [c.value for c in cells] == [symbol[status.get(i, "missing")] for i in ids]
            fills = {"●": "B9E6C3", "◐": "FFE9A8", "○": "F4F5F7"}
            assert all(c.fill.start_color.rgb[-6:] == fills[c.value] for c in cells)
        else:  # a scan, a .doc: not assessed, never shown as "missing"
            assert {c.value for c in cells} == {"n.v.t."}
    assert ws.freeze_panes == "F3"


def test_workbook_in_english(en):
    out, _ = en
    wb = load_workbook(out / "r.xlsx")
    assert wb.sheetnames == ["Submissions", "Follow up", "Coverage"]
    assert [c.value for c in wb["Submissions"][1]][:3] == [
        "#",
        "Arrived (Brussels time)",
        "Outcome",
    ]
    outcomes = {c.value for c in wb["Submissions"]["C"][1:]}
    assert outcomes == {"valid", "late", "follow up", "not a submission"}
    asks = [r["What to ask or do"].value for r in _rows(wb["Follow up"])]
    assert "Fetch the proposal through the link (we.tl) and keep it." in asks


def test_workbook_from_check_too(runner, tmp_path):
    example = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
    out = tmp_path / "check.xlsx"
    args = ["check", str(example), "--received", "31/08/2023 23:18", "--xlsx", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    ws = load_workbook(out)["Inzendingen"]
    assert ws["A2"].value == 1 and ws["B2"].value == dt.datetime(2023, 8, 31, 23, 18)
    assert ws["C2"].value == "geldig" and ws["K2"].value == example.name


def test_workbook_is_never_written_over_an_input(runner, intake, tmp_path):
    result = runner.invoke(app, ["inbox", str(intake), *NOW, "--xlsx", str(intake)])
    assert result.exit_code == 2 and "schrijft nooit" in result.output
    assert intake.read_bytes().startswith(b"From ")
    # a binary workbook never goes to the terminal, mixed with the table
    result = runner.invoke(app, ["inbox", str(intake), *NOW, "--xlsx", "-"])
    assert result.exit_code == 2 and "niet naar de terminal" in result.output


# --- the HTML report, as text -----------------------------------------------------------------


def test_html_speaks_dutch_and_brussels_time(nl):
    out, _ = nl
    html = (out / "r.html").read_text("utf-8")
    assert '<html lang="nl">' in html
    for words in ("Werkingsgebied in naam", "Samenvatting", "Legende", "Op te volgen", "gedekt"):
        assert words in html, words
    assert "vr 1 sep 2023 23:59:00" in html  # the deadline, local
    assert "za 2 sep 2023 00:12:03" in html  # the late one, local, to the second
    # no check ids, no UTC stamps with microseconds, no raw source codes
    visible = re.sub(r"<[^>]+>", " ", html.split("</style>", 1)[1])
    assert "region-in-filename" not in visible and "received-header" not in visible
    assert not re.search(r"\d\d:\d\d:\d\d\.\d{6}", html) and "+00:00" not in html


def test_html_summary_counts_by_outcome_as_the_terminal(nl, intake):
    out, report = nl
    html = (out / "r.html").read_text("utf-8")
    summary = html.split('<section id="summary">', 1)[1].split("</section>", 1)[0]
    counts = {
        key: int(n)
        for key, n in re.findall(r'data-key="([a-z-]+)"><td class="num">(\d+)</td>', summary)
    }
    assert counts["valid"] == 6 and counts["late"] == 1
    assert counts["follow-up"] == 8 and counts["not-a-submission"] == 4
    terminal = CliRunner().invoke(app, ["inbox", str(intake), *NOW]).stdout
    for key, n in counts.items():
        words = {
            "valid": "geldig",
            "late": "te laat",
            "follow-up": "opvolgen",
            "not-a-submission": "geen inzending",
            "messages": "berichten",
            "submissions": "inzendingen",
            "applicants": "indieners",
            "counting": "tellen mee",
            "copies": "kopieën",
        }[key]
        assert re.search(rf"^\s*{n}\s+\S*\s*{words}\s*$", terminal, re.M), (key, n)


def test_html_heatmap_has_every_item_and_a_legend(nl):
    out, report = nl
    html = (out / "r.html").read_text("utf-8")
    heat = html.split('<section id="coverage">', 1)[1].split("</section>", 1)[0]
    a = report["addendum"]
    items = [*a["challenges"], *a["services"], *a["attention"]]
    for item in items:
        assert f'title="{escape(item["title"])}"' in heat and escape(item["short"]) in heat
    assert heat.count('class="rot"') == len(items) == 22
    legend = html.split('<section id="legend">', 1)[1].split("</section>", 1)[0]
    for mark in ("●", "◐", "○", "★", "geldig", "te laat", "opvolgen", "geen inzending"):
        assert mark in legend


def test_html_follow_up_section_shares_the_sentences(nl):
    out, _ = nl
    html = (out / "r.html").read_text("utf-8")
    section = html.split('<section id="follow-up">', 1)[1].split("</section>", 1)[0]
    assert "Op te volgen (6)" in section
    assert "Haal het voorstel op via de link (we.tl) en bewaar het." in section
    for address in FOLLOW_UP:
        assert address in section


def test_html_loads_nothing_and_links_only_the_applicants_downloads(nl):
    out, _ = nl
    html = (out / "r.html").read_text("utf-8")
    assert "<script" not in html and "<link" not in html and "@import" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    urls = set(re.findall(r"https?://[^\s\"'<>()]+", html))
    assert urls == {
        "https://we.tl/t-8Xk2P0aQvZ",
        "https://drive.google.com/file/d/1AbCdEf/view?usp=sharing",
    }
    for anchor in re.findall(r"<a href=\"http[^>]*>", html):
        assert 'rel="noopener noreferrer"' in anchor
    assert "@media print" in html


def test_html_in_english(en):
    out, _ = en
    html = (out / "r.html").read_text("utf-8")
    assert '<html lang="en">' in html
    for words in ("Region in file name", "Summary", "Legend", "To follow up", "Fri 1 Sep 2023"):
        assert words in html, words
    assert "Werkingsgebied in naam" not in html and "Samenvatting" not in html


# --- the CSV, for machines --------------------------------------------------------------------


def _csv(path: Path) -> tuple[bytes, list[dict[str, str]]]:
    raw = path.read_bytes()
    return raw, list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_is_rfc4180_with_local_time_and_reasons(nl):
    out, report = nl
    raw, rows = _csv(out / "r.csv")
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == 20
    subs = _subs(report)
    assert len(rows) == 19
    for row in rows:
        sub = subs[int(row["id"])]
        assert row["received"] == sub["received"]  # ISO 8601 with offset
        assert row["received_local"] == _local(sub["received"]).strftime("%Y-%m-%d %H:%M:%S")
        assert row["outcome"] == sub["outcome"] and row["reasons"] == " ".join(sub["reasons"])


def test_csv_values_are_codes_the_same_in_every_language(nl, en):
    _, dutch = _csv(nl[0] / "r.csv")
    _, english = _csv(en[0] / "r.csv")
    assert dutch == english  # header and values: codes, not words


def test_readme_documents_every_csv_column(nl):
    readme = (REPO / "README.md").read_text("utf-8")
    _, rows = _csv(nl[0] / "r.csv")
    for column in rows[0]:
        stem = re.sub(r"(challenge-|service:|attention:).*", r"\1", column)
        assert f"`{stem}" in readme, column


# --- the draft acknowledgements ---------------------------------------------------------------


def _receipts(folder: Path) -> dict[str, email.message.EmailMessage]:
    parsed = {}
    for path in sorted(folder.iterdir()):
        assert path.suffix == ".eml" and re.fullmatch(r"[a-z0-9._@+-]+\.eml", path.name)
        parsed[path.name] = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    return parsed


def test_one_draft_per_applicant_addressed_to_them(nl):
    out, report = nl
    drafts = _receipts(out / "receipts")
    applicants = {
        s["applicant"] for s in report["submissions"] if s["outcome"] != "not-a-submission"
    }
    assert len(drafts) == len(applicants) == 12
    for msg in drafts.values():
        to = msg["To"].addresses[0].addr_spec
        assert to in applicants
        assert msg["From"].addresses[0].addr_spec == INTAKE
        assert msg["Subject"] == "Ontvangstbevestiging projectvoorstel DAW+"
        assert msg["X-Unsent"] == "1"  # a draft; Outlook opens it to be sent by a person
        assert msg["Date"].datetime.tzinfo is not None
        assert re.fullmatch(r"<dawcheck-receipt\.[0-9a-f]{24}@haviland\.be>", msg["Message-ID"])
    # the forward is acknowledged to the applicant, not to the colleague who forwarded it
    lies = drafts["lies@vzw-ankerplaats.example.org.eml"]
    assert str(lies["To"]) == "Lies Wouters <lies@vzw-ankerplaats.example.org>"


def test_draft_says_what_arrived_when_with_hashes_and_which_version_counts(nl):
    out, report = nl
    drafts = _receipts(out / "receipts")
    an = drafts["an.claes@buurtwerk-horizon.example.org.eml"]
    body = an.get_content()
    assert "wo 30 aug 2023 14:02:11" in body and "do 31 aug 2023 09:15:40" in body
    for sub in (
        s
        for s in report["submissions"]
        if s["applicant"] == "an.claes@buurtwerk-horizon.example.org"
    ):
        for doc in sub["documents"]:
            assert doc["filename"] in body and f"SHA-256: {doc['sha256']}" in body
    assert "Vervangen door uw latere inzending." in body
    assert "Dit is de versie die telt." in body
    assert "Wij hebben niets meer van u nodig." in body
    assert an["In-Reply-To"] == _subs(report)[2]["message_id"]  # in the thread of her mail
    tom = drafts["tom@wijkpunt-asse.example.org.eml"].get_content()
    assert "Projectvoorstel_DAW+_Wijkpunt.pdf (in Kandidatuur_DAW+_Wijkpunt.zip)" in tom
    assert "een kopie" in tom  # the re-send "for safety" is acknowledged as a copy


def test_draft_says_what_still_needs_the_applicants_action(nl):
    out, _ = nl
    drafts = _receipts(out / "receipts")
    kim = drafts["kim@jeugdhuis-t-kot.example.org.eml"].get_content()
    assert "Wat wij nog van u nodig hebben:" in kim and "we.tl" in kim
    assert "https://we.tl/t-8Xk2P0aQvZ" in kim
    rudi = drafts["rudi@sportclub-dilbeek.example.org.eml"].get_content()
    assert "scan" in rudi and "PDF met tekst, DOCX of ODT" in rudi
    bart = drafts["bart@kringloop-merchtem.example.org.eml"].get_content()
    assert "za 2 sep 2023 00:12:03" in bart and "na de deadline (vr 1 sep 2023 23:59)" in bart
    lies = drafts["lies@vzw-ankerplaats.example.org.eml"].get_content()
    assert "de intake beslist of het meetelt" in lies and "Goed om te weten:" in lies


def test_drafts_in_english(en):
    drafts = _receipts(en[0] / "receipts")
    kim = drafts["kim@jeugdhuis-t-kot.example.org.eml"]
    assert kim["Subject"] == "Acknowledgement of receipt: project proposal DAW+"
    body = kim.get_content()
    assert body.startswith("Dear Kim De Smet,") and "What we still need from you:" in body
    assert "Thu 31 Aug 2023 16:05:00" in body


def test_receipts_never_go_into_what_is_read(runner, intake, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    mbox = folder / "export.mbox"
    mbox.write_bytes(intake.read_bytes())
    for target in (folder / "bevestigingen", folder, mbox, tmp_path):
        result = runner.invoke(app, ["inbox", str(folder), *NOW, "--receipts", str(target)])
        assert result.exit_code == 2, (target, result.output)
    result = runner.invoke(app, ["inbox", str(mbox), *NOW, "--receipts", str(folder)])
    assert result.exit_code == 2 and "kies een andere map" in " ".join(result.output.split())
    assert sorted(p.name for p in folder.iterdir()) == ["export.mbox"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inbox"]


def test_receipts_folder_is_made_and_reported(runner, intake, tmp_path):
    target = tmp_path / "nieuw" / "bevestigingen"
    result = runner.invoke(app, ["inbox", str(intake), *NOW, "--receipts", str(target)])
    assert result.exit_code == 1
    assert "12 concept-ontvangstbevestigingen (niet verstuurd)" in result.output
    assert len(list(target.glob("*.eml"))) == 12 and not list(target.glob(".*"))
