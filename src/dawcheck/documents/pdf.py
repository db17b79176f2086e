"""PDF text per page with pypdf: encryption, missing text layers and damage reported as such."""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.checkmarks import (
    mark_state,
    row_states,
    split_leading_mark,
    split_marked_options,
    starts_with_typed_box,
)
from dawcheck.documents.model import Metadata, Notice, ReadStatus
from dawcheck.documents.pdf_layout import Item, Line, Table, layout, lines_of, page_runs
from dawcheck.documents.text import add_lines

MIN_PAGE_CHARS = 15  # fewer visible characters than this: the page has no usable text layer


@dataclass
class PdfResult:
    status: ReadStatus = "ok"
    problem: Notice | None = None
    metadata: Metadata = field(default_factory=Metadata)
    warnings: list[Notice] = field(default_factory=list)
    pages_without_text: list[int] = field(default_factory=list)


class _Collect(logging.Handler):
    """pypdf reports what it repaired through logging; those messages mean 'damaged'."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        # font-encoding notes describe text quality, not a damaged file
        if len(self.messages) < 20 and "font" not in message.casefold():
            self.messages.append(message[:200])


_PDF_DATE = re.compile(
    r"D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
    r"(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?"
)


def _pdf_date(raw: str | None) -> str | None:
    """'D:20230831112003+02'00'' (and the many variants in the wild) as ISO 8601; else raw."""
    if not raw:
        return None
    m = _PDF_DATE.match(raw.strip())
    if m is None:
        return raw
    year, month, day, hour, minute, second = (
        int(g) if g else d for g, d in zip(m.groups()[:6], (0, 1, 1, 0, 0, 0), strict=True)
    )
    try:
        value = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return raw
    if m.group(7) or m.group(8):
        sign = -1 if m.group(8) == "-" else 1
        offset = dt.timedelta(hours=int(m.group(9) or 0), minutes=int(m.group(10) or 0))
        if offset < dt.timedelta(hours=15):
            value = value.replace(tzinfo=dt.timezone(sign * offset))
    return value.isoformat()


def _meta(reader: Any) -> Metadata:
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - broken /Info: metadata is optional
        return Metadata(pages=None)
    if info is None:
        return Metadata()

    def get(key: str) -> str | None:
        try:
            value = info.get(key)
            return str(value)[:500] if value else None
        except Exception:  # noqa: BLE001
            return None

    created = _pdf_date(get("/CreationDate"))
    return Metadata(
        title=get("/Title"),
        author=get("/Author"),
        producer=get("/Producer"),
        creator=get("/Creator"),
        created=created,
    )


MIN_DOCUMENT_CHARS = 200
_DIGITS = re.compile(r"\d+")


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.strip().casefold())


def _running_lines(texts: list[tuple[int, str]]) -> set[str]:
    """Running headers and footers: edge lines that repeat (page numbers aside) across pages."""
    if len(texts) < 2:
        return set()
    counts: dict[str, int] = {}
    for _, text in texts:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        for shape in {_shape(ln) for ln in lines[:2] + lines[-2:]}:
            counts[shape] = counts.get(shape, 0) + 1
    need = max(2, (len(texts) + 1) // 2)
    return {shape for shape, n in counts.items() if n >= need and len(shape) > 3}


def _page_has_images(page: Any) -> bool:  # a pypdfium2 page
    import pypdfium2.raw as pdfium_c

    try:
        return any(
            True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2)
        )
    except Exception:  # noqa: BLE001 - a damaged page: no verdict
        return False


def _stream_error(reader: Any, number: int) -> str | None:  # a pypdf reader
    """Why a page's content cannot be decoded (a damaged stream), or None."""
    try:
        contents = reader.pages[number - 1].get_contents()
        if contents is not None:
            contents.get_data()
    except Exception as e:  # noqa: BLE001 - that is the answer
        return _error_text(e)[:200]
    return None


# pypdf names objects with the Python id() of their reader ("IndirectObject(2, 0, 1406...)")
# and some reprs carry "at 0x7f..": a different number every run, so the same file would give
# a different result (and cache entry, and report) each time
_PROCESS_ADDRESS = re.compile(r"(IndirectObject\(\d+, \d+), \d+\)| at 0x[0-9a-f]+")


def _error_text(e: Exception) -> str:
    """The error as a person reads it, the same for the same file in every run."""
    text = f"{type(e).__name__}: {e}"
    return _PROCESS_ADDRESS.sub(lambda m: f"{m.group(1)})" if m.group(1) else "", text)


def _structure(data: bytes, result: PdfResult) -> tuple[Any, bool]:
    """pypdf reads the structure: encryption, metadata, page count, damage.

    Returns (reader, encrypted_with_empty_password); reader is None when the file needs a
    password (result already says so).
    """
    import pypdf
    from pypdf.errors import DependencyError

    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    empty_password = False
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")
        except DependencyError as e:
            result.status, result.problem = "encrypted", Notice(code="pdf-crypto", detail=str(e))
            return None, False
        if opened == pypdf.PasswordType.NOT_DECRYPTED:
            result.status, result.problem = "encrypted", Notice(code="pdf-password")
            return None, False
        empty_password = True
    result.metadata = _meta(reader).model_copy(update={"pages": len(reader.pages)})
    return reader, empty_password


def read_pdf(data: bytes, out: BlockBuilder, max_pages: int) -> PdfResult:
    """Structure and metadata with pypdf; the text of each page with PDFium (pypdfium2).

    PDFium extracts text about twenty times faster than pypdf's pure-Python extractor (measured
    in bench/), which decides whether a whole inbox is checked in seconds or minutes. PDFium
    marks the hyphen of a word broken at a line end as U+FFFE; it is turned back into "-\n" so
    that normalize_text joins hyphenation one way for every format.
    """
    handler = _Collect()
    log = logging.getLogger("pypdf")
    log.addHandler(handler)
    log.propagate = False
    # (for the whole read: the pages' reading asks pypdf too, and a logger without a handler
    # prints to stderr, "Object 37 0 found" sixty times for one broken file)
    try:
        return _read_pdf(data, out, max_pages, handler)
    finally:
        log.removeHandler(handler)


def _read_pdf(data: bytes, out: BlockBuilder, max_pages: int, handler: _Collect) -> PdfResult:
    import pypdf
    import pypdfium2 as pdfium

    result = PdfResult()
    structure_error: str | None = None
    empty_password = False
    reader = None
    try:
        reader, empty_password = _structure(data, result)
        if reader is None:
            return result
    except pypdf.errors.EmptyFileError:
        result.status, result.problem = "empty", Notice(code="empty")
        return result
    except Exception as e:  # noqa: BLE001 - PDFium may still recover the pages
        structure_error = _error_text(e)[:300]
    try:
        document = pdfium.PdfDocument(data, password="" if empty_password else None)
    except pdfium.PdfiumError as e:
        # PDFium's last-error code is process-global and can be stale from an earlier file in
        # the same worker, so "password" counts only where pypdf saw encryption itself
        if empty_password and "password" in str(e).lower():
            result.status, result.problem = "encrypted", Notice(code="pdf-password")
        else:
            result.status = "damaged"
            result.problem = Notice(code="pdf-damaged", detail=structure_error or str(e)[:300])
        return result
    try:
        _read_pages(document, out, max_pages, result, reader)
    finally:
        document.close()
    if empty_password:
        result.warnings.append(Notice(code="pdf-empty-password"))
    if result.status in ("ok", "no-text"):
        if structure_error is not None:
            result.warnings.append(Notice(code="pdf-repaired", detail=structure_error))
        elif handler.messages:
            result.warnings.append(Notice(code="pdf-repaired", detail=handler.messages[0]))
    elif structure_error is not None and result.problem is not None:
        result.problem = Notice(code="pdf-damaged", detail=structure_error)
    return result


def _read_pages(
    document: Any,
    out: BlockBuilder,
    max_pages: int,
    result: PdfResult,
    reader: Any = None,
) -> None:
    count = len(document)
    if result.metadata.pages is None:
        result.metadata = result.metadata.model_copy(update={"pages": count})
    if count > max_pages:
        result.warnings.append(Notice(code="page-cap", detail=f"{max_pages}/{count}"))
    pages: list[tuple[int, str, list[Line] | None, float]] = []
    image_pages = 0
    for number in range(1, min(count, max_pages) + 1):
        lines: list[Line] | None = None
        width = 0.0
        try:
            page = document[number - 1]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            text = raw.replace("\ufffe", "-\n").replace("\r\n", "\n")
            visible = len("".join(text.split()))
            if visible >= MIN_PAGE_CHARS:
                runs = page_runs(textpage, "\ufffe" in raw or "\u00ad" in raw, raw)
                lines = lines_of(runs) if runs else None
                width = float(page.get_width())
            textpage.close()
            if visible < MIN_DOCUMENT_CHARS and _page_has_images(page):
                image_pages += 1
            page.close()
        except Exception as e:  # noqa: BLE001 - one bad page must not lose the others
            detail = f"{number}: {_error_text(e).split(': ', 1)[-1]}"[:200]
            result.warnings.append(Notice(code="page-error", detail=detail))
            text = ""
            visible = 0
        if visible < MIN_PAGE_CHARS:
            error = _stream_error(reader, number) if reader is not None else None
            if error is not None:
                result.warnings.append(Notice(code="page-error", detail=f"{number}: {error}"))
            result.pages_without_text.append(number)
            continue
        pages.append((number, text, lines, width))
    texts = [
        (n, "\n".join(ln.text() for ln in lines) if lines is not None else text)
        for n, text, lines, _w in pages
    ]
    running = _running_lines(texts)
    carried: _OpenTable | None = None  # a table that ends its page, and may go on
    for number, text, lines, width in pages:
        if lines is None:
            _add_plain_page(number, text, running, out)
            carried = None
            continue
        body: list[Line] = [] if running else lines  # no running lines: every line is body
        for line in lines if running else ():
            if _shape(line.text()) in running:
                out.add(line.text(), "footer", page=number, numbered=False)
            else:
                body.append(line)
        carried = _add_layout(layout(body, width), number, out, carried)
    page_errors = [w for w in result.warnings if w.code == "page-error"]
    if count == 0:
        result.status, result.problem = "empty", Notice(code="pdf-no-pages")
    elif not texts and page_errors:
        result.status = "damaged"
        result.problem = Notice(code="pdf-damaged", detail=page_errors[0].detail)
    elif not texts or (out.chars < MIN_DOCUMENT_CHARS and image_pages):
        # nothing, or a scan with a stray caption or page number
        out.blocks.clear()
        result.pages_without_text = list(range(1, min(count, max_pages) + 1))
        result.status, result.problem = "no-text", Notice(code="no-text-layer")
    elif result.pages_without_text:
        pages_list = ", ".join(map(str, result.pages_without_text[:30]))
        result.warnings.append(Notice(code="pages-without-text", detail=pages_list))


def _add_plain_page(number: int, text: str, running: set[str], out: BlockBuilder) -> None:
    """A page read as plain text lines (no layout: too many text runs)."""
    body = []
    for line in text.splitlines():
        if running and _shape(line) in running:
            out.add(line, "footer", page=number, numbered=False)
        else:
            body.append(line)
    add_lines(enumerate(body, 1), out, page=number, use_line_numbers=False)


_FORM_BOXES = "☒☐☑"  # a checkbox of a form, never a list's bullet
_BULLETS = ("•", "- ", "* ", "\uf0b7", "·", "– ", "▪", "◦", "o ")


@dataclass
class _OpenTable:
    """The table a page ends with: its number, where its columns start, its first row and
    how many rows it has, for a next page that goes on with it."""

    number: int
    columns: list[float]
    header: list[str]
    rows: int


def _goes_on(table: Table, carried: _OpenTable | None) -> bool:
    """A page that opens with a table of the same columns as the one the page before ended
    with: the same table, cut by the page break (as word processors print long tables)."""
    return (
        carried is not None
        and len(table.columns) == len(carried.columns)
        and all(abs(a - b) <= 8 for a, b in zip(table.columns, carried.columns, strict=True))
    )


def _add_layout(
    items: list[Item], page: int, out: BlockBuilder, carried: _OpenTable | None = None
) -> _OpenTable | None:
    """Blocks from a laid-out page: paragraphs from body lines, headings, tables, footnotes.
    Returns the table the page ends with, if it does."""
    buffer: list[Line] = []
    kind_of_buffer = "paragraph"
    tops = [it.line.top for it in items if it.line is not None]
    gaps = [a - b for a, b in zip(tops, tops[1:], strict=False) if a - b > 1]
    step = sorted(gaps)[len(gaps) // 2] if gaps else 14.0

    def flush() -> None:
        nonlocal kind_of_buffer
        if buffer:
            text = "\n".join(ln.text() for ln in buffer)
            # (only by a form's own boxes: "■" and "○" also bullet a PDF's lists)
            boxed = kind_of_buffer != "footnote" and (
                text.lstrip()[:1] in _FORM_BOXES or starts_with_typed_box(text)
            )
            options = split_marked_options(text) if boxed else []
            if options and options[0][0] is not None:
                # a form's checklist, its lines joined into one paragraph ("☒ Kinderopvang ☐
                # Taalondersteuning ..."): one option per box, as the DOCX and ODT readers do
                for state, option in options:
                    out.add(option, "option", page=page, checked=state)
            else:
                out.add(text, kind_of_buffer, page=page)  # type: ignore[arg-type]
        buffer.clear()
        kind_of_buffer = "paragraph"

    open_table: _OpenTable | None = None
    for k, item in enumerate(items):
        if item.table is not None:
            flush()
            table = item.table
            if k == 0 and carried is not None and _goes_on(table, carried):
                # (a header row repeated at the top of the page is not a row of its own)
                rows = table.rows[1:] if table.rows[:1] == [carried.header] else table.rows
                _add_table(rows, page, out, carried.number, carried.rows)
                open_table = _OpenTable(
                    carried.number, table.columns, carried.header, carried.rows + len(rows)
                )
            else:
                _add_table(table.rows, page, out)
                header = table.rows[0] if table.rows else []
                open_table = _OpenTable(out.tables, table.columns, header, len(table.rows))
            continue
        if item.kind != "footnote":
            open_table = None
        line = item.line
        assert line is not None
        text = line.text()
        if item.kind == "heading":
            flush()
            out.add(text, "heading", page=page)
            continue
        kind = "footnote" if item.kind == "footnote" else "paragraph"
        starts_item = text.lstrip().startswith(_BULLETS)
        # a list item's wrapped lines are indented to its text, right of the bullet
        continues_item = (
            kind_of_buffer == "list-item" and kind == "paragraph" and line.x0 > buffer[0].x0 + 4
        )
        if buffer and (
            (kind != kind_of_buffer and not continues_item)
            or starts_item
            or buffer[-1].top - line.top > step * 1.45
            or buffer[-1].top < line.top  # a new column
        ):
            flush()
        if not buffer:
            kind_of_buffer = "list-item" if starts_item and kind == "paragraph" else kind
        buffer.append(line)
    flush()
    return open_table


def _add_table(
    rows: list[list[str]], page: int, out: BlockBuilder, number: int = 0, before: int = 0
) -> None:
    """The table's cells as blocks: a new table, or (`number`) rows after the `before` rows
    an earlier page gave the same table."""
    if not number:
        out.tables += 1
        number = out.tables
    states = row_states([[(cell, None) for cell in row] for row in rows])
    for r, (row, checked) in enumerate(zip(rows, states, strict=True), before + 1):
        for c, cell in enumerate(row, 1):
            if not cell.strip() or (checked is not None and mark_state(cell) is not None):
                continue
            glyph, rest = split_leading_mark(cell)
            out.add(
                rest if glyph is not None else cell,
                "table-cell",
                page=page,
                table=number,
                row=r,
                column=c,
                # a checklist in two columns: each cell's own box, not the row's first
                checked=glyph if glyph is not None else checked,
            )
