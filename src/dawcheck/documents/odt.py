"""ODT (OpenDocument text): the final text of content.xml, with what each piece of text is.

- headings, paragraphs and list items in reading order;
- tables as "table-cell" blocks with table, row and column numbers;
- text frames (draw:text-box) as "textbox" blocks;
- notes (text:note) as "footnote"/"endnote" blocks right after the paragraph that cites them;
- annotations (office:annotation) as "comment" blocks, never as the text;
- tracked changes: deleted text lives in text:tracked-changes and is shown as "deleted"
  blocks where the deletion was; inserted text is in the body and read as text; struck-through
  text (a form's "schrap wat niet past") is shown as "deleted" after its paragraph too;
- checkboxes: form checkboxes (form:checkbox, anchored with draw:control) and typed glyphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.checkmarks import (
    cell_options,
    mark_state,
    row_states,
    split_leading_mark,
    split_marked_options,
)
from dawcheck.documents.model import BlockKind, Metadata
from dawcheck.documents.zipguard import SafeZip

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
FORM = "{urn:oasis:names:tc:opendocument:xmlns:form:1.0}"
XML = "{http://www.w3.org/XML/1998/namespace}"
DC = "{http://purl.org/dc/elements/1.1/}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SKIP = {
    f"{TEXT}soft-page-break",
    f"{OFFICE}annotation-end",
    f"{TEXT}tracked-changes",
    f"{TEXT}bookmark",
    f"{TEXT}bookmark-start",
    f"{TEXT}bookmark-end",
}
MAX_REPEAT = 50  # table:number-columns-repeated on an empty cell can say 1024


@dataclass
class _Para:
    parts: list[str] = field(default_factory=list)
    checked: bool | None = None
    boxes: list[Element] = field(default_factory=list)
    notes: list[Element] = field(default_factory=list)
    comments: list[Element] = field(default_factory=list)
    deletions: list[str] = field(default_factory=list)  # change ids
    struck: list[str] = field(default_factory=list)  # struck-through spans

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class _Context:
    deleted: dict[str, list[Element]]  # change id -> deleted paragraphs
    checkboxes: dict[str, bool]  # form control id -> checked
    tables: int = 0
    struck_styles: frozenset[str] = frozenset()  # text styles that strike through


def _inline(el: Element, out: _Para, ctx: _Context) -> None:
    """The text of a paragraph; notes, frames and annotations are set aside for later."""
    if el.text:
        out.parts.append(el.text)
    for child in el:
        tag = child.tag
        if tag == f"{TEXT}s":
            out.parts.append(" " * min(int(child.get(f"{TEXT}c", "1") or 1), 100))
        elif tag == f"{TEXT}tab":
            out.parts.append("\t")
        elif tag == f"{TEXT}line-break":
            out.parts.append("\n")
        elif tag == f"{TEXT}note":
            out.notes.append(child)
        elif tag == f"{OFFICE}annotation":
            out.comments.append(child)
        elif tag == f"{DRAW}text-box":
            out.boxes.append(child)
        elif tag == f"{TEXT}change":
            out.deletions.append(child.get(f"{TEXT}change-id", ""))
        elif tag == f"{DRAW}control":
            state = ctx.checkboxes.get(child.get(f"{DRAW}control", ""))
            if state is not None:
                out.checked = state
        elif tag == f"{TEXT}span" and child.get(f"{TEXT}style-name") in ctx.struck_styles:
            gone = _Para()
            _inline(child, gone, ctx)
            out.struck.append(gone.text)
            out.struck.extend(gone.struck)
        elif tag in _SKIP or tag.startswith(SVG):
            pass  # page breaks, markers, and a frame's title and description
        else:
            # spans, links, frames around text boxes, change-start/-end markers, fields
            _inline(child, out, ctx)
        if child.tail:
            out.parts.append(child.tail)


def _read_checkboxes(body: Element) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for box in body.iter(f"{FORM}checkbox"):
        state = box.get(f"{FORM}current-state") or box.get(f"{FORM}state") or "unchecked"
        for key in (box.get(f"{FORM}id"), box.get(f"{XML}id")):
            if key:
                found[key] = state == "checked"
    return found


def _struck_styles(content: Element) -> frozenset[str]:
    """Names of the automatic text styles whose text is struck through."""
    found = set()
    for style in content.iter(f"{STYLE}style"):
        props = style.find(f"{STYLE}text-properties")
        if props is None:
            continue
        line = props.get(f"{STYLE}text-line-through-style")
        if line and line != "none":
            found.add(style.get(f"{STYLE}name", ""))
    return frozenset(found)


def _read_deletions(body: Element) -> dict[str, list[Element]]:
    found: dict[str, list[Element]] = {}
    for region in body.iter(f"{TEXT}changed-region"):
        deletion = region.find(f"{TEXT}deletion")
        if deletion is None:
            continue
        key = region.get(f"{TEXT}id") or region.get(f"{XML}id") or ""
        found[key] = [el for el in deletion if el.tag in (f"{TEXT}p", f"{TEXT}h")]
    return found


class _Reader:
    def __init__(self, ctx: _Context, out: BlockBuilder) -> None:
        self.ctx = ctx
        self.out = out

    def walk(self, el: Element, kind: BlockKind = "paragraph") -> None:
        for child in el:
            tag = child.tag
            if tag == f"{TEXT}h":
                self.paragraph(child, "heading" if kind == "paragraph" else kind)
            elif tag == f"{TEXT}p":
                self.paragraph(child, kind)
            elif tag == f"{TABLE}table":
                self.table(child, kind)
            elif tag == f"{TEXT}list-item" or tag == f"{TEXT}list-header":
                self.walk(child, "list-item" if kind == "paragraph" else kind)
            elif tag in (f"{TEXT}tracked-changes", f"{OFFICE}forms", f"{OFFICE}annotation"):
                continue
            else:
                # lists, sections, frames at body level
                self.walk(child, kind)

    def paragraph(
        self, el: Element, kind: BlockKind, cell: tuple[int, int, int, bool | None] | None = None
    ) -> None:
        para = _Para()
        _inline(el, para, self.ctx)
        text, checked = para.text, para.checked
        if cell is not None and checked is None:
            options = cell_options(text)
            if options is not None:
                # a cell that lists options, one per line ("☒ Sociaal netwerk<br>☐
                # Mobiliteit<br>..."): each with its own box, as in a paragraph
                for state, option in options:
                    self.out.add(
                        option, kind, table=cell[0], row=cell[1], column=cell[2], checked=state
                    )
                self.after(para)
                return
            # a checklist in two columns: each cell's own box, not the row's first
            state, rest = split_leading_mark(text)
            checked, text = (state, rest) if state is not None else (cell[3], text)
        if checked is None and kind != "heading":
            options = split_marked_options(text)
            if cell is None and len(options) > 1 and kind in ("paragraph", "list-item"):
                for state, option in options:  # one paragraph, one option per line
                    self.out.add(option, "option", checked=state)
                self.after(para)
                return
            state, rest = split_leading_mark(text)
            if state is not None:
                checked, text = state, rest
        if cell is None and checked is not None and kind in ("paragraph", "list-item"):
            kind = "option"
        if cell is not None:
            self.out.add(text, kind, table=cell[0], row=cell[1], column=cell[2], checked=checked)
        else:
            self.out.add(text, kind, checked=checked)
        self.after(para)

    def after(self, para: _Para) -> None:
        struck = " … ".join(t for t in para.struck if t.strip())
        if struck:
            self.out.add(struck, "deleted")
        for change_id in para.deletions:
            for deleted in self.ctx.deleted.pop(change_id, []):
                gone = _Para()
                _inline(deleted, gone, self.ctx)
                self.out.add(gone.text, "deleted")
        for box in para.boxes:
            self.walk(box, "textbox")
        for note in para.notes:
            body = note.find(f"{TEXT}note-body")
            note_kind: BlockKind = (
                "endnote" if note.get(f"{TEXT}note-class") == "endnote" else "footnote"
            )
            if body is not None:
                self.walk(body, note_kind)
        for comment in para.comments:
            for p in comment.iter(f"{TEXT}p"):
                gone = _Para()
                _inline(p, gone, self.ctx)
                self.out.add(gone.text, "comment")

    def table(self, tbl: Element, kind: BlockKind) -> None:
        self.ctx.tables += 1
        number = self.ctx.tables
        rows: list[list[Element]] = []
        for row in _rows(tbl):
            cells: list[Element] = []
            for cell in row:
                if cell.tag not in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                    continue
                repeat = int(cell.get(f"{TABLE}number-columns-repeated", "1") or 1)
                cells.extend([cell] * min(max(repeat, 1), MAX_REPEAT))
            rows.append(cells)
        states = row_states([[_cell_text(c, self.ctx) for c in cells] for cells in rows])
        in_body = kind == "paragraph"
        for r, cells in enumerate(rows, 1):
            for c, cell in enumerate(cells, 1):
                if cell.tag == f"{TABLE}covered-table-cell":
                    continue
                if states[r - 1] is not None and _is_mark_cell(cell, self.ctx):
                    continue
                for child in cell:
                    if child.tag in (f"{TEXT}p", f"{TEXT}h"):
                        if in_body:
                            self.paragraph(child, "table-cell", cell=(number, r, c, states[r - 1]))
                        else:
                            self.paragraph(child, kind)
                    elif child.tag == f"{TABLE}table":
                        self.table(child, kind)
                    else:
                        self.walk(child, "table-cell" if in_body else kind)


def _rows(tbl: Element) -> list[Element]:
    found: list[Element] = []
    for child in tbl:
        if child.tag == f"{TABLE}table-row":
            found.append(child)
        elif child.tag in (
            f"{TABLE}table-header-rows",
            f"{TABLE}table-rows",
            f"{TABLE}table-row-group",
        ):
            found.extend(_rows(child))
    return found


def _cell_text(cell: Element, ctx: _Context) -> tuple[str, bool | None]:
    para = _Para()
    for p in cell.iter():
        if p.tag in (f"{TEXT}p", f"{TEXT}h"):
            _inline(p, para, ctx)
            para.parts.append(" ")
    return para.text.strip(), para.checked


def _is_mark_cell(cell: Element, ctx: _Context) -> bool:
    text, checked = _cell_text(cell, ctx)
    return mark_state(text) is not None or (checked is not None and not text)


def read_odt(zf: SafeZip, out: BlockBuilder) -> Metadata:
    content = zf.xml("content.xml")
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is not None:
        ctx = _Context(
            deleted=_read_deletions(body),
            checkboxes=_read_checkboxes(body),
            struck_styles=_struck_styles(content),
        )
        _Reader(ctx, out).walk(body)
    meta: dict[str, str | int | None] = {}
    if "meta.xml" in zf.names():
        m = zf.xml("meta.xml").find(f"{OFFICE}meta")
        if m is not None:
            for key, tag in (
                ("title", f"{DC}title"),
                ("author", f"{META}initial-creator"),
                ("created", f"{META}creation-date"),
                ("producer", f"{META}generator"),
            ):
                el = m.find(tag)
                meta[key] = (el.text or "").strip() or None if el is not None else None
            creator = m.find(f"{DC}creator")
            if not meta.get("author") and creator is not None:
                meta["author"] = (creator.text or "").strip() or None
            stats = m.find(f"{META}document-statistic")
            pages = stats.get(f"{META}page-count") if stats is not None else None
            if pages is not None and pages.isdigit():
                meta["pages"] = int(pages)
    return Metadata.model_validate(meta)
