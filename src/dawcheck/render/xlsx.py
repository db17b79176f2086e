"""The intake as an Excel workbook (--xlsx FILE), for the people who work through it.

Three sheets: "Inzendingen" (one row per submission, by arrival), "Opvolgen" (one row per
applicant who needs follow-up, with what to ask them) and "Dekking" (the coverage matrix).
English sheet names and headers with --lang en. Times are real Excel date-times in Brussels wall
time (Excel has no time zones; the header says so). Every text cell is a string cell, never a
formula: a file named "=HYPERLINK(...)" stays text, whatever openpyxl would infer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dawcheck.documents.normalize import safe_name
from dawcheck.followup import follow_ups
from dawcheck.i18n import Lang
from dawcheck.messages import outcome_text, reason_text, source_text
from dawcheck.render import RenderOptions
from dawcheck.render.inbox_view import arrival_order
from dawcheck.render.words import SYMBOL, label
from dawcheck.report import Item, Report, Submission

DATE_FORMAT = "dd/mm/yyyy hh:mm:ss"
MAX_CELL = 32_767  # Excel's limit for one cell's text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

FILLS = {
    "valid": "D7F2DC",
    "late": "F9D0D0",
    "follow-up": "FFF1C2",
    "not-a-submission": "EDEFF2",
    "covered": "B9E6C3",
    "weak": "FFE9A8",
    "missing": "F4F5F7",
    "header": "DDE3EA",
}

_WORDS: dict[str, tuple[str, str]] = {
    "sheet-submissions": ("Inzendingen", "Submissions"),
    "sheet-follow-up": ("Opvolgen", "Follow up"),
    "sheet-coverage": ("Dekking", "Coverage"),
    "arrived": ("Aangekomen (tijd Brussel)", "Arrived (Brussels time)"),
    "arrived-note": (
        "Lokale tijd in Brussel (Europe/Brussels), van de intakeserver (Received-header) "
        "tenzij de kolom 'Bron aankomsttijd' iets anders zegt.",
        "Local time in Brussels (Europe/Brussels), from the intake server (Received header) "
        "unless the column 'Arrival time source' says otherwise.",
    ),
    "original": ("Origineel verstuurd (tijd Brussel)", "Original sent (Brussels time)"),
    "original-note": (
        "Voor een doorgestuurd voorstel: wanneer de indiener het origineel verstuurde.",
        "For a forwarded proposal: when the applicant sent the original.",
    ),
    "outcome": ("Uitkomst", "Outcome"),
    "reasons": ("Redenen", "Reasons"),
    "counts": ("Telt", "Counts"),
    "counts-note": (
        "★ de versie die telt; 'kopie van #N': dezelfde documenten opnieuw; 'vervangen door #N': "
        "een latere versie telt.",
        "★ the version that counts; 'copy of #N': the same documents again; 'superseded by #N': "
        "a later version counts.",
    ),
    "version": ("Versie", "Version"),
    "applicant": ("Indiener", "Applicant"),
    "sender": ("Afzender", "Sender"),
    "sender-name": ("Naam afzender", "Sender name"),
    "name": ("Naam", "Name"),
    "subject": ("Onderwerp", "Subject"),
    "proposal": ("Voorstel", "Proposal"),
    "annexes": ("Bijlagen", "Annexes"),
    "links": ("Links", "Links"),
    "source": ("Bron aankomsttijd", "Arrival time source"),
    "sha256": ("SHA-256 voorstel", "SHA-256 of the proposal"),
    "file": ("Bestand", "File"),
    "ask": ("Wat te vragen of te doen", "What to ask or do"),
    "others": ("Andere inzendingen", "Other submissions"),
    "not-assessed": ("n.v.t.", "n/a"),
    "legend": (
        "● gedekt   ◐ zwak   ○ ontbreekt   n.v.t.: inhoud niet beoordeeld (tekst onleesbaar)",
        "● covered   ◐ weak   ○ missing   n/a: content not assessed (text unreadable)",
    ),
    "nobody": ("Niemand hoeft opgevolgd te worden.", "Nobody needs follow-up."),
}


def _w(key: str, lang: Lang) -> str:
    pair = _WORDS[key]
    return pair[0] if lang == "nl" else pair[1]


def _clean(value: str) -> str:
    """Text Excel accepts and shows honestly: controls made visible, no lone surrogates."""
    text = safe_name(value).encode("utf-8", "replace").decode("utf-8")
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _cell(ws: Worksheet, row: int, col: int) -> Cell:
    cell = ws.cell(row=row, column=col)
    assert isinstance(cell, Cell), "dawcheck never writes into a merged cell's shadow"
    return cell


def _put(ws: Worksheet, row: int, col: int, value: object) -> Cell:
    """One cell: text is always a string cell (never a formula or an error value)."""
    cell = _cell(ws, row, col)
    if value is None or value == "":
        return cell
    if isinstance(value, str):
        text = _clean(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would take "=..." as a formula and "#N/A" as an error
        if text.startswith(_FORMULA_START):
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    elif isinstance(value, dt.datetime):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        cell.value = value  # type: ignore[assignment]
    return cell


def _fill(cell: Cell, key: str) -> None:
    cell.fill = PatternFill("solid", start_color=FILLS[key], end_color=FILLS[key])


def _local(value: dt.datetime | None, report: Report) -> dt.datetime | None:
    """Brussels wall time without a zone: what Excel can hold."""
    if value is None:
        return None
    return value.astimezone(report.addendum.deadline.tzinfo).replace(tzinfo=None)


def _fit_rows(ws: Worksheet, first: int) -> None:
    """Row heights for wrapped text: spreadsheet programs do not always grow a row on opening a
    file, and wrapped lines would then be cut off or overlap."""
    for number, row in enumerate(ws.iter_rows(min_row=first), start=first):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            width = ws.column_dimensions[cell.column_letter].width or 10
            per_line = max(int(width * 1.1) - 1, 1)
            wrapped = sum(-(-max(len(part), 1) // per_line) for part in cell.value.split("\n"))
            lines = max(lines, wrapped)
        if lines > 1:
            ws.row_dimensions[number].height = 15 * min(lines, 20)


def _for_paper(ws: Worksheet, header_rows: int) -> None:
    """Printed: landscape, as wide as the page, the header on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.print_title_rows = f"1:{header_rows}"


def _header(
    ws: Worksheet,
    row: int,
    titles: Sequence[str],
    widths: Sequence[float],
    notes: dict[int, str] | None = None,
) -> None:
    for col, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = _put(ws, row, col, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        _fill(cell, "header")
        ws.column_dimensions[get_column_letter(col)].width = width
        if notes and col in notes:
            cell.comment = Comment(notes[col], "dawcheck", width=300, height=110)


def counts_text(sub: Submission, lang: Lang) -> str:
    """★, 'kopie van #N', 'vervangen door #N' or nothing: which version counts."""
    if sub.counts:
        return SYMBOL["counts"]
    if sub.duplicate_of is not None:
        return f"{label('copy-of', lang)} #{sub.duplicate_of}"
    if sub.superseded_by is not None:
        return f"{label('superseded-by', lang)} #{sub.superseded_by}"
    return ""


def where(sub: Submission, lang: Lang) -> str:
    """The file it came from; for a mailbox, which message (1-based, as a mail program counts)."""
    if sub.container.kind == "mbox" and sub.container.index is not None:
        message = "bericht" if lang == "nl" else "message"
        return f"{sub.source} ({message} {sub.container.index + 1})"
    return sub.source


def _reasons(sub: Submission, lang: Lang) -> str:
    return ", ".join(reason_text(r, lang) for r in sub.reasons)


def _submissions(ws: Worksheet, report: Report) -> None:
    lang = report.lang
    titles = [
        "#",
        _w("arrived", lang),
        _w("outcome", lang),
        _w("reasons", lang),
        _w("counts", lang),
        _w("version", lang),
        _w("applicant", lang),
        _w("sender", lang),
        _w("sender-name", lang),
        _w("subject", lang),
        _w("proposal", lang),
        _w("annexes", lang),
        _w("links", lang),
        _w("original", lang),
        _w("source", lang),
        _w("sha256", lang),
        _w("file", lang),
    ]
    widths = [5, 20, 15, 32, 17, 8, 30, 30, 20, 36, 40, 36, 36, 20, 30, 66, 30]
    notes = {2: _w("arrived-note", lang), 5: _w("counts-note", lang), 14: _w("original-note", lang)}
    _header(ws, 1, titles, widths, notes)
    ws.row_dimensions[1].height = 32  # room for the two-line headers
    _for_paper(ws, 1)
    row = 1
    for sub in arrival_order(report):
        row += 1
        annexes = "; ".join(
            d.filename + (f" ({d.within})" if d.within else "")
            for d in sub.documents
            if d.role == "annex"
        )
        original = sub.original.received if sub.original is not None else None
        values: list[object] = [
            sub.id,
            _local(sub.received, report),
            outcome_text(sub.outcome, lang),
            _reasons(sub, lang),
            counts_text(sub, lang),
            sub.version,
            sub.applicant,
            sub.sender.address if sub.sender else None,
            sub.sender.name if sub.sender else None,
            sub.subject,
            sub.filename,
            annexes,
            " ".join(link.url for link in sub.links),
            _local(original, report),
            source_text(sub.received_source, lang),
            sub.sha256,
            where(sub, lang),
        ]
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value)
            cell.alignment = Alignment(vertical="top", wrap_text=col in (4, 10, 11, 12))
        _fill(_cell(ws, row, 3), sub.outcome)
        if sub.counts:
            _cell(ws, row, 5).font = Font(bold=True, color="1E7B34")
    _fit_rows(ws, 2)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(row, 2)}"


def _follow_up(ws: Worksheet, report: Report) -> None:
    lang = report.lang
    titles = [
        _w("applicant", lang),
        _w("name", lang),
        "#",
        _w("arrived", lang),
        _w("subject", lang),
        _w("reasons", lang),
        _w("ask", lang),
        _w("others", lang),
    ]
    widths = [34, 22, 5, 20, 36, 30, 70, 18]
    _header(ws, 1, titles, widths, {4: _w("arrived-note", lang)})
    ws.row_dimensions[1].height = 32
    _for_paper(ws, 1)
    row = 1
    for item in follow_ups(report):
        row += 1
        sub = item.submission
        others = ", ".join(f"#{n}" for n in item.others)
        values: list[object] = [
            item.applicant,
            item.name,
            sub.id,
            _local(sub.received, report),
            sub.subject,
            ", ".join(reason_text(r, lang) for r in item.reasons),
            item.ask,
            others,
        ]
        for col, value in enumerate(values, start=1):
            cell = _put(ws, row, col, value)
            cell.alignment = Alignment(vertical="top", wrap_text=col in (5, 6, 7))
        _fill(_cell(ws, row, 6), "follow-up")
    _fit_rows(ws, 2)
    if row == 1:
        _put(ws, 3, 1, _w("nobody", lang)).font = Font(italic=True)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(titles))}{max(row, 2)}"


def _item_title(info: Item) -> str:
    return f"{info.id} {info.short}" if isinstance(info.id, int) else info.short


def _coverage(ws: Worksheet, report: Report) -> None:
    lang = report.lang
    a = report.addendum
    groups = (
        (label("challenges", lang), a.challenges),
        (label("services", lang), a.services),
        (label("attention", lang), a.attention),
    )
    fixed = ["#", _w("applicant", lang), _w("proposal", lang), _w("outcome", lang)]
    fixed.append(_w("counts", lang))
    items = [info for _, infos in groups for info in infos]
    titles = [*fixed, *(_item_title(i) for i in items)]
    widths = [5, 30, 40, 15, 14, *([5.5] * len(items))]
    notes = {len(fixed) + n: safe_name(i.title) for n, i in enumerate(items, start=1)}
    _header(ws, 2, titles, widths, notes)
    for col in range(len(fixed) + 1, len(titles) + 1):
        ws.cell(row=2, column=col).alignment = Alignment(
            text_rotation=90, horizontal="center", vertical="bottom"
        )
    ws.row_dimensions[2].height = 170
    _for_paper(ws, 2)
    col = len(fixed) + 1
    for title, infos in groups:  # a group title above its columns
        if not infos:
            continue
        cell = _put(ws, 1, col, title)
        cell.font = Font(bold=True)
        _fill(cell, "header")
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + len(infos) - 1)
        col += len(infos)
    row = 2
    for sub in arrival_order(report):
        if sub.filename is None:
            continue
        row += 1
        for n, value in enumerate(
            [
                sub.id,
                sub.applicant or (sub.sender.address if sub.sender else None),
                sub.filename,
                outcome_text(sub.outcome, lang),
                counts_text(sub, lang),
            ],
            start=1,
        ):
            _put(ws, row, n, value).alignment = Alignment(vertical="top")
        _fill(_cell(ws, row, 4), sub.outcome)
        cov = sub.coverage
        assessed = cov is not None and cov.assessed
        status: dict[str, str] = {}
        if cov is not None and assessed:
            status = {str(i.id): i.status for i in (*cov.challenges, *cov.services, *cov.attention)}
        for n, info in enumerate(items, start=len(fixed) + 1):
            if not assessed:
                cell = _put(ws, row, n, _w("not-assessed", lang))
                cell.font = Font(color="8A939E", size=8)
            else:
                state = status.get(str(info.id), "missing")
                cell = _put(ws, row, n, SYMBOL[state])
                _fill(cell, state)
            cell.alignment = Alignment(horizontal="center")
    _put(ws, row + 2, 1, _w("legend", lang)).font = Font(italic=True, color="5B6570")
    ws.freeze_panes = ws.cell(row=3, column=len(fixed) + 1).coordinate
    ws.auto_filter.ref = f"A2:{get_column_letter(len(titles))}{max(row, 3)}"


def workbook(report: Report) -> Workbook:
    lang = report.lang
    wb = Workbook()
    first = wb.active
    assert first is not None
    first.title = _w("sheet-submissions", lang)
    _submissions(first, report)
    _follow_up(wb.create_sheet(_w("sheet-follow-up", lang)), report)
    _coverage(wb.create_sheet(_w("sheet-coverage", lang)), report)
    wb.properties.creator = f"dawcheck {report.dawcheck}"
    wb.properties.title = f"{report.addendum.programme} – {report.addendum.region}"
    generated = report.generated_at.astimezone(dt.UTC).replace(tzinfo=None)
    wb.properties.created = generated
    wb.properties.modified = generated
    return wb


def write(report: Report, out: BinaryIO, options: RenderOptions) -> None:
    workbook(report).save(out)
