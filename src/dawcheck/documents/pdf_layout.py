"""PDF page layout from PDFium's text rectangles: lines, tables, columns, headings, footnotes.

PDFium's plain text of a page runs table cells and the two columns of a page into one stream.
Its text rectangles (one per run of text on a line) carry position and font, which is enough to
rebuild what a reader sees:
  - lines: rectangles that overlap vertically;
  - cells: parts of a line separated by a wide gap;
  - tables: consecutive lines with two or more cells (and the wrapped lines between them),
    cut into rows where the vertical gap is wider than the line spacing;
  - two-column pages: many lines made of two wide halves, read left column first;
  - headings: short lines in a larger or bold font;
  - footnotes: lines in a smaller font below the last line of body text.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from dataclasses import dataclass, field
from typing import Any

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # LibreOffice's hyphen glyph maps to \x02
CELL_GAP = 9.0  # points between two runs on a line that make them separate cells
MAX_RECTS_PER_PAGE = 20_000  # a hostile page with more runs is read as plain text
# List bullets as PDF writers emit them (Symbol-font U+F0B7 from Word and LibreOffice).
BULLET_GLYPHS = frozenset("•\uf0b7·▪◦‣⁃–-*o")


def _is_bullet(run: Run) -> bool:
    text = run.text.strip()
    return len(text) == 1 and text in BULLET_GLYPHS


@dataclass
class Run:
    x0: float
    x1: float
    bottom: float
    top: float
    text: str
    size: float
    bold: bool


class Line:
    """Runs that share a line of the page.

    Its bounds, cells and text are kept once computed: laying out a page asks for them many
    times per line (about 130,000 bound lookups and 190 texts per page were recomputed).
    Runs are added with `add`, which forgets what was computed from the runs before.
    """

    __slots__ = ("runs", "top", "bottom", "x0", "x1", "_cells", "_text")

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs
        if len(runs) == 1:  # most lines start as one run (lines_of)
            run = runs[0]
            self.top, self.bottom, self.x0, self.x1 = run.top, run.bottom, run.x0, run.x1
            self._cells: list[list[Run]] | None = None
            self._text: str | None = None
            return
        self.top = max(r.top for r in runs)
        self.bottom = min(r.bottom for r in runs)
        self.x0 = min(r.x0 for r in runs)
        self.x1 = max(r.x1 for r in runs)
        self._cells = None
        self._text = None

    def add(self, run: Run) -> None:
        self.runs.append(run)
        # the same comparisons, in the same order, as max()/min() over all runs
        if run.top > self.top:
            self.top = run.top
        if run.bottom < self.bottom:
            self.bottom = run.bottom
        if run.x0 < self.x0:
            self.x0 = run.x0
        if run.x1 > self.x1:
            self.x1 = run.x1
        self._cells = None
        self._text = None

    def cells(self) -> list[list[Run]]:
        """The runs grouped into cells, left to right (shared: callers only read it)."""
        if self._cells is None:
            self._cells = self._group_cells()
        return self._cells

    def _group_cells(self) -> list[list[Run]]:
        if len(self.runs) == 1:  # most lines are one run
            return [[self.runs[0]]]
        out: list[list[Run]] = []
        for run in sorted(self.runs, key=lambda r: r.x0):
            if out and run.x0 - out[-1][-1].x1 < CELL_GAP:
                out[-1].append(run)
            else:
                out.append([run])
        # a list bullet and its text are one cell, not two columns of a table
        if len(out) >= 2 and len(out[0]) == 1 and _is_bullet(out[0][0]):
            out[1:2] = [out[0] + out[1]]
            del out[0]
        return out

    def text(self) -> str:
        if self._text is None:
            self._text = self._join_runs()
        return self._text

    def _join_runs(self) -> str:
        if len(self.runs) == 1:  # most lines are one run: what _join makes of it
            return self.runs[0].text.strip()
        runs = sorted(self.runs, key=lambda r: r.x0)
        # a bullet glyph sits lower or higher than the text it starts: keep it in front
        lead = [runs.pop(0)] if len(runs) > 1 and _is_bullet(runs[0]) else []
        if len({round(r.top) for r in runs}) > 1:
            runs = _bands(runs)
        return _join(lead + runs)

    def size(self) -> float:
        return self.runs[0].size if len(self.runs) == 1 else max(r.size for r in self.runs)

    def bold(self) -> bool:
        return all(r.bold for r in self.runs if r.text.strip())


def _bands(runs: list[Run]) -> list[Run]:
    """Runs that PDFium put on one line but that stand at clearly different heights, read top
    band first, each band left to right. A bold run-in heading ("Meestappers. Vier van onze
    leden ...") sits a point higher or lower than the regular text after it (another font's
    ascent): it is the same band, and stays in front."""
    bands: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: -r.top):
        height = max(run.top - run.bottom, 1.0)
        if bands and bands[-1][0].top - run.top <= 0.5 * height:
            bands[-1].append(run)
        else:
            bands.append([run])
    return [run for band in bands for run in sorted(band, key=lambda r: r.x0)]


def _join(runs: list[Run]) -> str:
    parts: list[str] = []
    for i, run in enumerate(runs):
        # a gap, or a step back to the left (the next band of runs starts a new line)
        before = runs[i - 1] if i else run
        if i and (run.x0 - before.x1 > 1.0 or run.x0 < before.x0) and not parts[-1].endswith(" "):
            parts.append(" ")
        parts.append(run.text)
    return "".join(parts).strip()


@dataclass
class Table:
    rows: list[list[str]]  # each row's cells, column by column ("" where empty)
    columns: list[float] = field(default_factory=list)  # where each column starts
    top: float = 0.0  # the top of its first line


@dataclass
class Item:
    """One thing on the page in reading order: a line of text, or a table."""

    line: Line | None = None
    table: Table | None = None
    kind: str = "body"  # body | heading | footnote


def page_runs(
    textpage: Any, hyphen_marks: bool = True, page_text: str | None = None
) -> list[Run] | None:
    """The text runs of a page, or None when the page has too many to lay out.

    `hyphen_marks` is False when the page's text has no U+FFFE or soft hyphen at all: then no
    run can end in a broken word and the probe for one (a position search over every character
    of the page, per run) is skipped.

    `page_text` is the page's whole text (FPDFText_GetText). With it, each rectangle's
    characters are found once (pdf_spans) and its text and font are read from them; PDFium's
    bounded text and position searches, which scan every character of the page per rectangle,
    are asked only where that cannot be shown to give their answer.

    PDFium is called through its raw functions with reused buffers: pypdfium2's helpers make
    two calls per bounded text (one to learn the length) and allocate per call.
    """
    import pypdfium2.raw as pdfium_c
    from pypdfium2 import PdfiumError

    from dawcheck.documents.pdf_spans import (
        PageChars,
        Rect,
        hyphen_suspects,
        may_end_broken_word,
        spans,
    )

    count = textpage.count_rects()
    if count > MAX_RECTS_PER_PAGE:
        return None
    raw = textpage.raw
    get_rect = pdfium_c.FPDFText_GetRect
    get_bounded = pdfium_c.FPDFText_GetBoundedText
    index_at = pdfium_c.FPDFText_GetCharIndexAtPos
    font_size = pdfium_c.FPDFText_GetFontSize
    font_info = pdfium_c.FPDFText_GetFontInfo
    font_weight = pdfium_c.FPDFText_GetFontWeight
    left, right, bottom_, top_ = (ctypes.c_double() for _ in range(4))
    left_p, right_p, bottom_p, top_p = (ctypes.byref(v) for v in (left, right, bottom_, top_))
    rects: list[Rect] = []
    for i in range(count):
        if not get_rect(raw, i, left_p, top_p, right_p, bottom_p):
            raise PdfiumError(
                "Failed to get rectangle. (Make sure count_rects() was called with default "
                "params once before subsequent get_rect() calls.)"
            )
        rects.append((left.value, bottom_.value, right.value, top_.value))
    chars_count = max(textpage.count_chars(), 0)
    chars = PageChars(raw, page_text, chars_count) if page_text is not None else None
    known = spans(chars, rects) if chars is not None else [None] * count
    # only characters right before a hyphen mark can end a broken word (None: ask PDFium)
    suspects = (
        hyphen_suspects(chars)
        if hyphen_marks and chars is not None and len(page_text or "") == chars_count
        else None
    )
    # bounded text is at most the page's characters (two UTF-16 units each) with line breaks;
    # a longer answer is read again the helper's way
    size = 4 * chars_count + 16
    buffer: Any = None
    runs: list[Run] = []
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    flags_p = ctypes.byref(flags)
    bold_fonts: dict[bytes, bool] = {}  # font name -> named bold (few fonts, many runs)
    for rect, span in zip(rects, known, strict=True):
        x0, bottom, x1, top = rect
        if span is not None:
            text = span.text
        else:
            if buffer is None:
                buffer = (ctypes.c_ushort * size)()
            written = get_bounded(raw, x0, top, x1, bottom, buffer, size)
            if written < size:
                # the answer ends with its NUL terminator
                text = ctypes.string_at(buffer, 2 * max(written - 1, 0)).decode(
                    "utf-16-le", "ignore"
                )
            else:
                text = textpage.get_text_bounded(x0, bottom, x1, top)
        # U+FFFE, line breaks and controls are all unprintable: most runs have none of them
        if not text.isprintable():
            text = _CONTROL.sub(
                "", text.replace("\ufffe", "-").replace("\r", "").replace("\n", " ")
            )
        if not text.strip():
            continue
        middle = (bottom + top) / 2
        # a word broken at the line end: PDFium marks the hyphen as U+FFFE after the last
        # character but leaves it out of the bounded text
        if (
            hyphen_marks
            and not text.endswith("-")
            and (suspects is None or may_end_broken_word(suspects, rect))
        ):
            last = _index(index_at(raw, x1 - 0.5, middle, 2.0, 2.0))
            if last is not None:
                after = textpage.get_text_range(last + 1, 1)
                if after in ("\ufffe", "\u00ad"):
                    text += "-"
        index = span.start if span is not None else index_at(raw, x0 + 0.5, middle, 2.0, 2.0)
        font_size_, bold = 0.0, False
        if index >= 0 or _index(index) is not None:
            font_size_ = float(font_size(raw, index))
            font_info(raw, index, name, 96, flags_p)
            font = name.value
            named_bold = bold_fonts.get(font)
            if named_bold is None:
                lower = font.decode("latin-1", "replace").lower()
                named_bold = bold_fonts[font] = "bold" in lower or "black" in lower
            bold = named_bold or font_weight(raw, index) >= 600
        runs.append(Run(x0, x1, bottom, top, text, font_size_ or (top - bottom), bold))
    return runs


def _index(found: int) -> int | None:
    """FPDFText_GetCharIndexAtPos's answer as pypdfium2's get_index gives it."""
    from pypdfium2 import PdfiumError

    if found == -1:
        return None
    if found == -3:
        raise PdfiumError("An error occurred on attempt to get char index by pos.")
    if found < 0:
        raise AssertionError("Negative return is not permitted (unhandled error code?)")
    return found


def lines_of(runs: list[Run]) -> list[Line]:
    """Runs grouped into lines (vertical overlap), top of the page first."""
    lines: list[Line] = []
    # min() and max() of two floats written out (the builtins keep the first of equals, as
    # these do): this loop runs for every run against up to six lines
    for run in sorted(runs, key=lambda r: (-r.top, r.x0)):
        top, bottom = run.top, run.bottom
        height = top - bottom
        if height < 1.0:
            height = 1.0
        for line in reversed(lines[-6:]):
            line_top, line_bottom = line.top, line.bottom
            overlap = (top if top < line_top else line_top) - (
                bottom if bottom > line_bottom else line_bottom
            )
            line_height = line_top - line_bottom
            if line_height < 1.0:
                line_height = 1.0
            if overlap >= 0.5 * (line_height if line_height < height else height):
                line.add(run)
                break
        else:
            lines.append(Line([run]))
    lines.sort(key=lambda ln: -ln.top)
    return lines


def _body_size(lines: list[Line]) -> float:
    sizes: dict[float, int] = {}
    for line in lines:
        for run in line.runs:
            key = round(run.size, 1)
            sizes[key] = sizes.get(key, 0) + len(run.text)
    return max(sizes, key=lambda k: sizes[k]) if sizes else 10.0


def _step(lines: list[Line], width: float, body: float) -> float:
    """The line spacing of running text: top to top between consecutive full-width lines."""
    gaps = [
        a.top - b.top
        for a, b in zip(lines, lines[1:], strict=False)
        if a.x1 - a.x0 > 0.6 * width and len(a.cells()) == 1 and 1 < a.top - b.top < 3 * body
    ]
    return statistics.median(gaps) if gaps else body * 1.25


def _two_columns(lines: list[Line], width: float) -> float | None:
    """The gutter's x when most lines are two wide halves (a two-column page), else None."""
    twins = [
        cells
        for cells in (ln.cells() for ln in lines)
        if len(cells) == 2
        and cells[0][-1].x1 - cells[0][0].x0 > 0.3 * width
        and cells[1][-1].x1 - cells[1][0].x0 > 0.3 * width
    ]
    if len(twins) < 6 or len(twins) < 0.4 * len(lines):
        return None
    return statistics.median(c[1][0].x0 for c in twins) - CELL_GAP / 2


def _split_columns(lines: list[Line], gutter: float) -> list[Line]:
    """Reading order for a two-column page: full-width lines stay put, between them the left
    column is read before the right one."""
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []

    def flush() -> None:
        out.extend(left)
        out.extend(right)
        left.clear()
        right.clear()

    for line in lines:
        lrun = [r for r in line.runs if r.x1 <= gutter + 2]
        rrun = [r for r in line.runs if r.x0 >= gutter - 2]
        if len(lrun) + len(rrun) < len(line.runs):
            flush()  # crosses the gutter: a title or a full-width paragraph
            out.append(line)
            continue
        if lrun:
            left.append(Line(lrun))
        if rrun:
            right.append(Line(rrun))
    flush()
    return out


def layout(lines: list[Line], page_width: float) -> list[Item]:
    """The page as body lines, headings, tables and footnotes, in reading order."""
    if not lines:
        return []
    x_min = min(ln.x0 for ln in lines)
    x_max = max(ln.x1 for ln in lines)
    width = max(x_max - x_min, 1.0)
    gutter = _two_columns(lines, width)
    if gutter is not None:
        lines = _split_columns(lines, gutter)
        width = width / 2
    body = _body_size(lines)
    step = _step(lines, width, body)
    items: list[Item] = []
    i = 0
    while i < len(lines):
        region = 0
        header = False
        if gutter is None:
            region = _table_region(lines, i, width, step, x_min, body) or _staggered_region(
                lines, i, step, body
            )
            if not region:
                region = _centred_region(lines, i, step, body)
                header = region > 0
        if region >= 2:
            table = _table(lines[i : i + region], max(step, body * 1.2), header=header)
            items.append(Item(table=table))
            i += region
            continue
        line = lines[i]
        kind = _line_kind(line, body)
        last = items[-1] if items else None
        if (
            kind == "heading"
            and last is not None
            and last.kind == "heading"
            and last.line is not None
            and abs(last.line.size() - line.size()) < 0.5
            and last.line.bottom - line.top < 0.6 * body
        ):
            last.line = Line(last.line.runs + line.runs)  # a title wrapped over two lines
        else:
            items.append(Item(line=line, kind=kind))
        i += 1
    _mark_footnotes(items, body)
    return _headed_tables(items, step)


def _headed_tables(items: list[Item], step: float) -> list[Item]:
    """A table's header row in bold, read as a heading of its own because its line stands
    apart from the rows ("Post | Jaar 1 | Jaar 2", "Partner | Bijdrage" centred over their
    columns): its titles become the table's first row, one per column, as the DOCX and ODT
    readers give it. Not a section's title ("4. Begroting"), which has one part."""
    out: list[Item] = []
    for item in items:
        last = out[-1] if out else None
        table = item.table
        if (
            table is not None
            and last is not None
            and last.kind == "heading"
            and last.line is not None
            and len(table.columns) >= 2
            and last.line.bottom - table.top < 2.5 * step
        ):
            row = _header_row(last.line, table.columns)
            if row is not None:
                table.rows.insert(0, row)
                out[-1] = item
                continue
        out.append(item)
    return out


def _column_at(columns: list[float], x: float) -> int:
    """The column (index into the sorted starts `columns`) that a cell starting at `x` is in."""
    return max((i for i, c in enumerate(columns) if c <= x + 6), default=0)


def _header_row(line: Line, columns: list[float]) -> list[str] | None:
    """The line's parts placed in the columns under them (by their middle), or None where
    the line is no header: one part, a part left of the table, two parts over one column."""
    cells = line.cells()
    if len(cells) < 2 or cells[0][0].x0 < columns[0] - 6:
        return None
    row = [""] * len(columns)
    for cell in cells:
        at = _column_at(columns, (cell[0].x0 + cell[-1].x1) / 2)
        if row[at]:
            return None
        row[at] = _join(cell)
    return row


# "4. Op welke regio-uitdaging(en) speelt het project in? Motiveer.": a form's numbered
# question, in bold on a line of its own, heads its answer however it ends
_NUMBERED_QUESTION = re.compile(r"^\d{1,2}(\.\d{1,2})*[.)]?\s+\S.*\?")


def _line_kind(line: Line, body: float) -> str:
    text = line.text()
    # at most 22 words are counted: the answer only depends on 0, up to 12, up to 14, up to
    # 20 or more
    words = len(text.split(None, 21))
    if words == 0 or words > 20:
        return "body"
    if words <= 20 and line.bold() and _NUMBERED_QUESTION.match(text):
        return "heading"
    if words > 14 or text.endswith((".", ",", ";", ":")) and not line.bold():
        return "body"
    if line.size() >= body * 1.15 or (line.bold() and words <= 12 and not text.endswith(".")):
        return "heading"
    return "body"


def _mark_footnotes(items: list[Item], body: float) -> None:
    """Small-print lines below the last body line of the page are footnotes."""
    for item in reversed(items):
        if item.line is None:
            return
        if item.line.size() <= body * 0.88 and item.kind == "body":
            item.kind = "footnote"
        else:
            return


def _table_region(
    lines: list[Line], start: int, width: float, step: float, x_min: float, body: float
) -> int:
    """How many lines from `start` form a table (0 if none): lines of two or more cells, and
    the wrapped lines of a cell between them."""
    if len(lines[start].cells()) < 2:
        return 0
    starts = {round(c[0].x0) for c in lines[start].cells()}
    end = start + 1
    tabular = 1
    while end < len(lines):
        line = lines[end]
        gap = lines[end - 1].bottom - line.top
        if gap > 2.5 * step:
            break
        cells = line.cells()
        # (a section's title starts at the table's left edge; a bold total further right,
        # "21.150" wrapped over two lines of its cell, is part of the table)
        inside = line.x0 > min(starts) + 20 and gap < 1.2 * step
        if (
            len(cells) == 1
            and not inside
            and _line_kind(line, body) == "heading"
            and not _in_row(lines, end, starts, step)
        ):
            break  # the next section's title right under the table
        if len(cells) >= 2:
            tabular += 1
            starts.update(round(c[0].x0) for c in cells)
        elif not (
            (inside and line.x1 - line.x0 < 0.55 * width)
            or (
                any(abs(line.x0 - s) <= 4 for s in starts)
                and (
                    line.x0 > x_min + 20
                    or line.x1 - line.x0 < 0.55 * width
                    or _opens_centred_row(lines, end, starts, step)
                )
            )
        ):
            break
        end += 1
    return end - start if tabular >= 2 else 0


def _opens_centred_row(lines: list[Line], at: int, starts: set[int], step: float) -> bool:
    """A long first line of a wrapped cell in a row whose other cells are centred vertically
    ("Werfleider: extra uren voor begeleiding, ... (0,3" over "13.500 13.500" over "VTE)", as
    LibreOffice exports a budget table): the line right under it holds only the other columns'
    cells. A paragraph after a table goes on in its own column."""
    if at + 1 >= len(lines) or lines[at].bottom - lines[at + 1].top > 1.5 * step:
        return False
    cells = lines[at + 1].cells()
    if len(cells) < 2:
        return False
    own = lines[at].x0
    return all(abs(c[0].x0 - own) > 4 and any(abs(c[0].x0 - s) <= 4 for s in starts) for c in cells)


_STAGGER_MIN_CHANGES = 4  # column changes in reading order: B A B A B
_STAGGER_MIN_INDENT = 40.0  # points between the two columns' left edges


def _staggered_region(lines: list[Line], start: int, step: float, body: float) -> int:
    """How many lines from `start` form a two-column table that no single line shows (0 if
    none). LibreOffice centres a row's cells vertically, so the lines of a short label cell
    ("D2. Psychische klachten worden tijdig opgemerkt") fall between the lines of the long
    cell beside it and never share a line with them; a centred header row above does not line
    up with either column. Read as lines, the two cells interleave word salad. Seen by the
    lines' left edges: exactly two, taking turns, and the left lines end before the right
    column starts. Where the two cells' lines happen to stand level, a line holds both."""
    first = lines[start]
    # (a second column must show within three lines: most lines of a page end here)
    if not any(abs(ln.x0 - first.x0) >= _STAGGER_MIN_INDENT for ln in lines[start + 1 : start + 3]):
        return 0
    if len(first.cells()) != 1:
        return 0
    columns = [first.x0]
    sides: list[int] = []
    end = start
    while end < len(lines):
        line = lines[end]
        if end > start and lines[end - 1].bottom - line.top > 2.5 * step:
            break
        if line.size() >= body * 1.15:
            break  # the next section's title
        cells = line.cells()
        if len(cells) == 2 and len(columns) == 2:
            if all(any(abs(c[0].x0 - x) <= 4 for x in columns) for c in cells):
                sides.append(2)  # both cells on one line
                end += 1
                continue
            break
        if len(cells) != 1:
            break
        side = next((k for k, x in enumerate(columns) if abs(line.x0 - x) <= 4), None)
        if side is None:
            if len(columns) == 2 or abs(line.x0 - columns[0]) < _STAGGER_MIN_INDENT:
                break
            columns.append(line.x0)
            side = 1
            # (the lines before at the left edge must end before this column starts)
            if line.x0 > columns[0] and any(ln.x1 > line.x0 for ln in lines[start:end]):
                return 0
        if len(columns) == 2 and columns[side] < columns[1 - side] and line.x1 > columns[1 - side]:
            break  # a line at the left edge runs into the right column: text under the table
        sides.append(side)
        end += 1
        if len(columns) == 1 and end - start >= 3:
            return 0  # running text: no second column within three lines
    if len(columns) < 2:
        return 0
    # a title at the left edge right under the table ("Budget") is the next section's
    left = 0 if columns[0] < columns[1] else 1
    while sides and sides[-1] == left and _line_kind(lines[end - 1], body) == "heading":
        sides.pop()
        end -= 1
    changes = sum(a != b for a, b in zip(sides, sides[1:], strict=False))
    return end - start if changes >= _STAGGER_MIN_CHANGES else 0


_CENTRED_MAX_COLUMNS = 3


def _centred_region(lines: list[Line], start: int, step: float, body: float) -> int:
    """How many lines from `start` form a table of two or three columns under a header row
    whose titles are centred over them (0 if none): LibreOffice's export of a bordered table
    ("Stap | Wat | Wanneer") with cells centred vertically, so that a step's label, its
    description on several lines and its date each stand on lines of their own or share one,
    and no line shows all three. Seen by the left edges under the header: two or three, far
    apart, every cell of every line on one of them, taking turns; a line at the left edge that
    runs into the next column is text under the table."""
    header = lines[start]
    if len(header.cells()) < 2 or header.size() >= body * 1.15:
        return 0
    if start + 1 < len(lines) and _staggered_region(lines, start + 1, step, body):
        return 0  # two columns under the header: read as before, the header on its own
    columns: list[float] = []
    sides: list[int] = []
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if lines[end - 1].bottom - line.top > 2.5 * step or line.size() >= body * 1.15:
            break
        found = _centred_sides(line, columns)
        if found is None:
            break
        order = sorted(columns)
        first = order.index(columns[found[0]])
        if len(found) == 1 and first + 1 < len(order) and line.x1 > order[first + 1]:
            break  # running text under the table, across the columns
        sides.append(found[0])
        end += 1
    if len(columns) < 2:
        return 0
    left = columns.index(min(columns))
    while sides and sides[-1] == left and _line_kind(lines[end - 1], body) == "heading":
        sides.pop()
        end -= 1
    changes = sum(a != b for a, b in zip(sides, sides[1:], strict=False))
    return end - start if changes >= _STAGGER_MIN_CHANGES else 0


def _centred_sides(line: Line, columns: list[float]) -> list[int] | None:
    """The columns (indexes into `columns`) of the line's cells, adding a column where a cell
    starts far from the known ones and there is room for it; None where a cell fits none."""
    found: list[int] = []
    for cell in line.cells():
        x = cell[0].x0
        side = next((k for k, c in enumerate(columns) if abs(x - c) <= 4), None)
        if side is None:
            if len(columns) == _CENTRED_MAX_COLUMNS or any(
                abs(x - c) < _STAGGER_MIN_INDENT for c in columns
            ):
                return None
            columns.append(x)
            side = len(columns) - 1
        found.append(side)
    return found


def _in_row(lines: list[Line], at: int, starts: set[int], step: float) -> bool:
    """A bold label in the first column whose row goes on in the line after it ("Contactpersoon"
    centred beside an address on two lines): the label ends before the next column starts, and
    the next line, close under it, continues that column. A section's title is followed by its
    text, which starts at the left edge."""
    if at + 1 >= len(lines) or lines[at].bottom - lines[at + 1].top > 1.5 * step:
        return False
    label, after = lines[at], lines[at + 1]
    first = min(starts)
    if abs(label.x0 - first) > 4 or len(after.cells()) != 1:
        return False
    later = [s for s in starts if s > first + 4]
    return bool(later) and label.x1 < min(later) and any(abs(after.x0 - s) <= 4 for s in later)


def _table(lines: list[Line], step: float, header: bool = False) -> Table:
    """Rows and columns of a table region. Columns start where cells start; a new row starts
    where lines stand further apart than running text does (cell padding), so the wrapped
    lines of one cell stay together. With `header`, the first line's titles are centred over
    their columns: they do not start columns of their own."""
    columns: list[float] = []
    under = lines[1:] if header else lines  # the lines whose cells start the columns
    for line in under:
        for cell in line.cells():
            x = cell[0].x0
            if not any(abs(x - c) <= 6 for c in columns):
                columns.append(x)
    columns.sort()
    columns = _right_aligned(columns, under)

    def column_of(run: Run) -> int:
        return _column_at(columns, run.x0)

    rows: list[list[list[Run]]] = []
    previous: Line | None = None
    gaps = [a.top - b.top for a, b in zip(lines, lines[1:], strict=False)]
    one_per_line = bool(gaps) and max(gaps) < min(gaps) * 1.3
    row_gap = _row_gap(lines, column_of)
    row_bottom = 0.0
    for line in lines:
        if (
            previous is None
            or one_per_line
            or previous.top - line.top > step * 1.12
            or (row_gap is not None and row_bottom - line.top > row_gap)
            or _starts_row(line, rows[-1], column_of)
        ):
            rows.append([[] for _ in columns])
            row_bottom = line.bottom
        for run in sorted(line.runs, key=lambda r: r.x0):
            rows[-1][column_of(run)].append(run)
        row_bottom = min(row_bottom, line.bottom)
        previous = line
    return Table(
        rows=[[_cell_text(runs) for runs in row] for row in rows], columns=columns, top=lines[0].top
    )


def _right_aligned(columns: list[float], lines: list[Line]) -> list[float]:
    """Columns whose cells end at one edge: amounts right-aligned ("13.500", "3.200", "900"
    under "Jaar 1") start wherever their width makes them, and would each open a column of
    their own. Two neighbouring starts are one column where no line has a cell at both and
    every cell of both ends at the same right edge."""
    merged = True
    while merged and len(columns) > 2:
        merged = False
        ends: dict[int, list[float]] = {}
        shared: set[int] = set()  # columns a line has cells in beside the next column's
        for line in lines:
            used = set()
            for cell in line.cells():
                at = _column_at(columns, cell[0].x0)
                used.add(at)
                ends.setdefault(at, []).append(cell[-1].x1)
            shared.update(i for i in used if i + 1 in used)
        for i in range(1, len(columns) - 1):
            both = ends.get(i, []) + ends.get(i + 1, [])
            if (
                i not in shared
                and columns[i + 1] - columns[i] < 40
                and both
                and max(both) - min(both) <= 3
            ):
                del columns[i + 1]
                merged = True
                break
    return columns


def _starts_row(line: Line, row: list[list[Run]], column_of: Any) -> bool:
    """A line that opens a new row although rows stand as close as wrapped lines: a label in
    the first column that starts with a capital or a digit and something beside it, where the
    row so far already has its own label and an entry in that column ("Kinderopvang | nee"
    under "Sociaal netwerk | ja"). Wrapped lines of a cell go on in lower case."""
    cells = line.cells()
    if len(cells) < 2 or column_of(cells[0][0]) != 0 or not row[0]:
        return False
    first = cells[0][0].text.lstrip()
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    return any(row[column_of(cell[0])] for cell in cells[1:])


def _row_gap(lines: list[Line], column_of: Any) -> float | None:
    """The white space between two rows of a table whose cells are centred vertically (as
    LibreOffice exports them): the lines of the cells in one row then interleave, so line
    spacing says nothing, but rows are still separated by a band of white space wider than
    the space between the wrapped lines of one cell. None when no cell wraps."""
    by_column: dict[int, list[Run]] = {}
    for line in lines:
        for run in line.runs:
            by_column.setdefault(column_of(run), []).append(run)
    inner: list[float] = []
    for runs in by_column.values():
        runs.sort(key=lambda r: -r.top)
        inner.extend(
            a.bottom - b.top for a, b in zip(runs, runs[1:], strict=False) if a.bottom > b.top
        )
    if not inner:
        return None
    inner.sort()
    within = inner[len(inner) // 4]  # the tightest usual spacing: wrapped lines of a cell
    return max(within * 1.8, within + 2.0)


def _cell_text(runs: list[Run]) -> str:
    """The text of a cell: its runs line by line (a line break keeps hyphenation joinable)."""
    lines: list[list[Run]] = []
    for run in runs:
        if lines and abs(lines[-1][-1].top - run.top) < 2 and run.x0 >= lines[-1][-1].x1 - 1:
            lines[-1].append(run)
        else:
            lines.append([run])
    return "\n".join(_join(line) for line in lines)
