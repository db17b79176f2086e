"""DOCX (Office Open XML): the final text of the document, with what each piece of text is.

Read straight from the XML parts through SafeZip and defusedxml rather than python-docx, which
parses with lxml and would expand entities and read every part without a size budget.

What a reader of the final version sees is what counts, so:
  - tracked changes: inserted text (w:ins, w:moveTo) is text; deleted text (w:del, w:delText,
    w:moveFrom) becomes a block of kind "deleted", shown but never judged as the text; so does
    struck-through text (a form's "schrap wat niet past");
  - comments (word/comments.xml) become blocks of kind "comment" after the paragraph they are on;
  - text boxes (w:txbxContent) become "textbox" blocks; Word stores a text box twice
    (mc:AlternateContent: a DrawingML choice and a VML fallback), so only one branch is read;
  - footnotes and endnotes become "footnote"/"endnote" blocks right after the paragraph that
    cites them, so they sit in that paragraph's section;
  - tables become "table-cell" blocks with table, row and column numbers;
  - checkboxes (content controls w14:checkbox, legacy form fields w:checkBox, and the glyphs
    ☒/☐ or a mark column with X / ja / nee) set `checked` on the option or its table row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.checkmarks import (
    Cell,
    cell_options,
    mark_state,
    row_states,
    split_leading_mark,
    split_marked_options,
)
from dawcheck.documents.model import BlockKind, Metadata
from dawcheck.documents.zipguard import SafeZip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_STYLE = re.compile(r"^(heading|kop|titel|title|subtitle|ondertitel)\b", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(list|lijst)", re.IGNORECASE)
CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "created": "{http://purl.org/dc/terms/}created",
}
# Containers whose children are read as if they stood in the paragraph itself.
_PASS_THROUGH = {
    f"{W}r",
    f"{W}ins",
    f"{W}moveTo",
    f"{W}hyperlink",
    f"{W}smartTag",
    f"{W}customXml",
    f"{W}fldSimple",
    f"{W}sdtContent",
    f"{W}bdo",
    f"{W}dir",
    f"{W}object",
    f"{W}drawing",
    f"{W}pict",
}
_DELETED = {f"{W}del", f"{W}moveFrom"}
_NOTE_SKIP_TYPES = {"separator", "continuationSeparator", "continuationNotice"}


@dataclass
class _Para:
    """What one w:p holds, collected in one walk."""

    live: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    checked: bool | None = None
    boxes: list[Element] = field(default_factory=list)  # w:txbxContent elements
    notes: list[tuple[str, str]] = field(default_factory=list)  # ("footnote", id)
    comments: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(self.live)


@dataclass
class _Parts:
    """The document-wide parts a paragraph can point into."""

    headings: set[str]
    lists: set[str]
    footnotes: dict[str, list[Element]]
    endnotes: dict[str, list[Element]]
    comments: dict[str, list[Element]]
    tables: int = 0


def _style_ids(zf: SafeZip) -> tuple[set[str], set[str]]:
    """Style ids of headings and of list paragraphs."""
    if "word/styles.xml" not in zf.names():
        return set(), set()
    headings: set[str] = set()
    lists: set[str] = set()
    for style in zf.xml("word/styles.xml").iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        name_el = style.find(f"{W}name")
        name = name_el.get(f"{W}val", "") if name_el is not None else ""
        if (
            _HEADING_STYLE.match(name)
            or _HEADING_STYLE.match(sid)
            or style.find(f"{W}pPr/{W}outlineLvl") is not None
        ):
            headings.add(sid)
        elif _LIST_STYLE.match(name) or _LIST_STYLE.match(sid):
            lists.add(sid)
    return headings, lists


def _notes(zf: SafeZip, part: str, tag: str) -> dict[str, list[Element]]:
    """Note id -> its paragraphs, without Word's separator notes."""
    if part not in zf.names():
        return {}
    found: dict[str, list[Element]] = {}
    for note in zf.xml(part).iter(tag):
        if note.get(f"{W}type") in _NOTE_SKIP_TYPES:
            continue
        found[note.get(f"{W}id", "")] = list(note)
    return found


def _checkbox_state(sdt_pr: Element) -> bool | None:
    box = sdt_pr.find(f"{W14}checkbox")
    if box is None:
        return None
    checked = box.find(f"{W14}checked")
    value = checked.get(f"{W14}val", "1") if checked is not None else "0"
    return value.lower() in ("1", "true", "on")


def _legacy_checkbox(ff_data: Element) -> bool | None:
    box = ff_data.find(f"{W}checkBox")
    if box is None:
        return None
    for tag in (f"{W}checked", f"{W}default"):
        el = box.find(tag)
        if el is not None:
            return el.get(f"{W}val", "1").lower() in ("1", "true", "on")
    return False


def _on(props: Element | None, tag: str) -> bool:
    """A run property that is set and not switched off again (`<w:b/>`, not `w:val="0"`)."""
    el = props.find(tag) if props is not None else None
    return el is not None and el.get(f"{W}val", "true").lower() not in ("0", "false", "off")


def _struck(run: Element) -> bool:
    """A run formatted as struck through (single or double)."""
    props = run.find(f"{W}rPr")
    return _on(props, f"{W}strike") or _on(props, f"{W}dstrike")


def _collect(el: Element, out: _Para, deleted: bool = False) -> None:
    """Walk the inline content of a paragraph (runs, insertions, deletions, fields, boxes)."""
    for child in el:
        tag = child.tag
        if tag == f"{W}t":
            (out.deleted if deleted else out.live).append(child.text or "")
        elif tag == f"{W}delText":
            out.deleted.append(child.text or "")
        elif tag == f"{W}tab":
            (out.deleted if deleted else out.live).append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            (out.deleted if deleted else out.live).append("\n")
        elif tag == f"{W}softHyphen":
            out.live.append("\u00ad")
        elif tag == f"{W}noBreakHyphen":
            (out.deleted if deleted else out.live).append("-")
        elif tag in _DELETED:
            _collect(child, out, deleted=True)
        elif tag == f"{W}r" and not deleted and _struck(child):
            # "Schrap wat niet past": a form's struck-through option is not chosen; like
            # deleted text, it is shown but never judged as the text
            _collect(child, out, deleted=True)
        elif tag == f"{W}sdt":
            props = child.find(f"{W}sdtPr")
            state = _checkbox_state(props) if props is not None else None
            content = child.find(f"{W}sdtContent")
            if state is not None:
                out.checked = state  # the glyph inside only draws the state
            elif content is not None:
                _collect(content, out, deleted)
        elif tag == f"{W}fldChar":
            ff = child.find(f"{W}ffData")
            state = _legacy_checkbox(ff) if ff is not None else None
            if state is not None:
                out.checked = state
        elif tag == f"{W}txbxContent":
            out.boxes.append(child)
        elif tag == f"{MC}AlternateContent":
            # the same content twice (DrawingML and VML): read the first branch only
            branch = child.find(f"{MC}Choice")
            if branch is None:
                branch = child.find(f"{MC}Fallback")
            if branch is not None:
                _collect(branch, out, deleted)
        elif tag == f"{W}footnoteReference":
            out.notes.append(("footnote", child.get(f"{W}id", "")))
        elif tag == f"{W}endnoteReference":
            out.notes.append(("endnote", child.get(f"{W}id", "")))
        elif tag == f"{W}commentReference":
            out.comments.append(child.get(f"{W}id", ""))
        elif (
            tag == f"{W}instrText"
            or tag == f"{W}delInstrText"
            or tag == f"{W}pPr"
            or tag == f"{W}rPr"
        ):
            continue
        else:
            # runs, insertions, hyperlinks, fields, drawings: what is inside them is text
            _collect(child, out, deleted)


def _paragraph_kind(p: Element, parts: _Parts, default: BlockKind) -> BlockKind:
    if default != "paragraph":
        return default
    props = p.find(f"{W}pPr")
    if props is None:
        return "paragraph"
    style = props.find(f"{W}pStyle")
    style_id = style.get(f"{W}val", "") if style is not None else ""
    if style_id in parts.headings or props.find(f"{W}outlineLvl") is not None:
        return "heading"
    if props.find(f"{W}numPr") is not None or style_id in parts.lists:
        return "list-item"
    return "paragraph"


# "Vraag 3. Op welke regio-uitdaging(en) speelt uw project in?", "2. Korte omschrijving (max.
# 10 lijnen)": a form's numbered question, in bold on a paragraph of its own, heads its answer
# (as in a PDF); a bold paragraph that is no question stays what its style says
_NUMBERED_QUESTION = re.compile(
    r"^\W*vraag\s+\d{1,2}(\.\d{1,2})*[.):]?\s+\S"
    r"|^\W*\d{1,2}(\.\d{1,2})*[.):]?\s+\S.*(\?|\))\s*$",
    re.IGNORECASE,
)
_QUESTION_WORDS = 20


def _bold_question(p: Element, text: str) -> bool:
    """A short numbered question whose text is all in bold runs."""
    if len(text.split(None, _QUESTION_WORDS)) > _QUESTION_WORDS or not _NUMBERED_QUESTION.match(
        text
    ):
        return False
    runs = 0
    for run in p.iter(f"{W}r"):
        if not "".join(t.text or "" for t in run.iter(f"{W}t")).strip():
            continue
        if not _on(run.find(f"{W}rPr"), f"{W}b"):
            return False
        runs += 1
    return runs > 0


def _paragraph_deleted(p: Element) -> bool:
    """The paragraph mark itself is a tracked deletion (a whole paragraph was removed)."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None


class _Reader:
    def __init__(self, parts: _Parts, out: BlockBuilder) -> None:
        self.parts = parts
        self.out = out

    def walk(self, el: Element, kind: BlockKind = "paragraph") -> None:
        for child in el:
            tag = child.tag
            if tag == f"{W}p":
                self.paragraph(child, kind)
            elif tag == f"{W}tbl":
                self.table(child, kind)
            elif tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.walk(content, kind)
            elif tag in (f"{W}customXml", f"{W}ins", f"{W}moveTo", f"{W}smartTag"):
                self.walk(child, kind)
            elif tag in _DELETED:
                self.walk_deleted(child)

    def walk_deleted(self, el: Element) -> None:
        for p in el.iter(f"{W}p"):
            para = _Para()
            _collect(p, para, deleted=True)
            self.out.add("".join(para.deleted), "deleted")

    def paragraph(
        self, p: Element, kind: BlockKind, *, cell: tuple[int, int, int] | None = None
    ) -> _Para:
        para = _Para()
        _collect(p, para)
        block_kind = _paragraph_kind(p, self.parts, kind)
        text = para.text
        checked = para.checked
        if checked is None and block_kind != "heading":
            options = split_marked_options(text)
            if cell is None and len(options) > 1 and block_kind in ("paragraph", "list-item"):
                for state, option in options:  # one paragraph, one option per line
                    self.out.add(option, "option", checked=state)
                self.after(para)
                return para
            glyph_state, rest = split_leading_mark(text)
            if glyph_state is not None:
                checked, text = glyph_state, rest
        if checked is not None and block_kind in ("paragraph", "list-item"):
            block_kind = "option"
        elif (
            block_kind == "paragraph"
            and kind == "paragraph"
            and cell is None
            and _bold_question(p, text)
        ):
            block_kind = "heading"
        if cell is None:
            if _paragraph_deleted(p) and not text.strip():
                self.out.add("".join(para.deleted), "deleted")
            else:
                self.out.add(text, block_kind, checked=checked)
                if para.deleted:
                    self.out.add(" … ".join(d for d in para.deleted if d.strip()), "deleted")
            self.after(para)
        return para

    def after(self, para: _Para) -> None:
        """Text boxes, notes and comments anchored in a paragraph follow it."""
        for box in para.boxes:
            self.walk(box, "textbox")
        for note_kind, note_id in para.notes:
            store = self.parts.footnotes if note_kind == "footnote" else self.parts.endnotes
            for child in store.pop(note_id, []):
                if child.tag == f"{W}p":
                    note = _Para()
                    _collect(child, note)
                    self.out.add(note.text, "footnote" if note_kind == "footnote" else "endnote")
        for comment_id in para.comments:
            for child in self.parts.comments.pop(comment_id, []):
                if child.tag == f"{W}p":
                    note = _Para()
                    _collect(child, note)
                    self.out.add(note.text, "comment")

    def table(self, tbl: Element, kind: BlockKind) -> None:
        self.parts.tables += 1
        number = self.parts.tables
        rows: list[list[list[_Para]]] = []
        nested: list[tuple[int, Element]] = []
        for tr in _unwrapped(tbl, f"{W}tr"):
            cells: list[list[_Para]] = []
            for tc in _unwrapped(tr, f"{W}tc"):
                paras: list[_Para] = []
                for child in _unwrapped(tc, f"{W}p", f"{W}tbl"):
                    if child.tag == f"{W}tbl":
                        nested.append((len(rows), child))
                        continue
                    para = _Para()
                    _collect(child, para)
                    paras.append(para)
                cells.append(paras)
            rows.append(cells)
        states = row_states(_cells(rows))
        in_body = kind == "paragraph"
        cell_kind: BlockKind = "table-cell" if in_body else kind
        for r, cells in enumerate(rows, 1):
            checked = states[r - 1]
            for c, paras in enumerate(cells, 1):
                for para in paras:
                    text = para.text
                    if checked is not None and (
                        mark_state(text) is not None or (para.checked is not None and not text)
                    ):
                        continue  # the box itself: its state is on the row
                    # a cell that lists options, one per line ("☒ Sociaal netwerk<w:br/>☐
                    # Mobiliteit<w:br/>..."): each with its own box
                    pieces = cell_options(text) if para.checked is None else None
                    if pieces is None:
                        glyph_state, rest = split_leading_mark(text)
                        if glyph_state is not None:
                            text = rest
                        # a checklist in two columns: each cell's own box, not the row's first
                        own = (
                            glyph_state
                            if glyph_state is not None
                            else para.checked
                            if text
                            else None
                        )
                        pieces = [(own if own is not None else checked, text)]
                    for state, piece in pieces:
                        self.out.add(
                            piece,
                            cell_kind,
                            table=number if in_body else None,
                            row=r if in_body else None,
                            column=c if in_body else None,
                            checked=state,
                        )
                    if para.deleted:
                        self.out.add(" … ".join(d for d in para.deleted if d.strip()), "deleted")
                    self.after(para)
            for row_index, inner in nested:
                if row_index == r - 1:
                    self.table(inner, kind)


_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"}


def _unwrapped(el: Element, *tags: str) -> list[Element]:
    """Children with one of `tags`, looking through content controls and tracked insertions."""
    found: list[Element] = []
    for child in el:
        if child.tag in tags:
            found.append(child)
        elif child.tag in _WRAPPERS:
            found.extend(_unwrapped(child, *tags))
    return found


def _cells(rows: list[list[list[_Para]]]) -> list[list[Cell]]:
    """Each cell as its text and the state of a checkbox control in it."""
    out: list[list[Cell]] = []
    for cells in rows:
        row: list[Cell] = []
        for paras in cells:
            states = [p.checked for p in paras if p.checked is not None]
            row.append((" ".join(p.text for p in paras).strip(), any(states) if states else None))
        out.append(row)
    return out


def _metadata(zf: SafeZip) -> Metadata:
    meta: dict[str, str | None] = {}
    if "docProps/core.xml" in zf.names():
        core = zf.xml("docProps/core.xml")
        for key, tag in CORE.items():
            el = core.find(tag)
            meta[key] = (el.text or "").strip() or None if el is not None else None
    pages = None
    if "docProps/app.xml" in zf.names():
        app = zf.xml("docProps/app.xml")
        ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
        producer = app.find(f"{ns}Application")
        pages_el = app.find(f"{ns}Pages")
        meta["producer"] = producer.text if producer is not None else None
        if pages_el is not None and (pages_el.text or "").isdigit():
            pages = int(pages_el.text or "0")
    return Metadata(**meta, pages=pages)


def read_docx(zf: SafeZip, out: BlockBuilder) -> Metadata:
    headings, lists = _style_ids(zf)
    parts = _Parts(
        headings=headings,
        lists=lists,
        footnotes=_notes(zf, "word/footnotes.xml", f"{W}footnote"),
        endnotes=_notes(zf, "word/endnotes.xml", f"{W}endnote"),
        comments=_notes(zf, "word/comments.xml", f"{W}comment"),
    )
    reader = _Reader(parts, out)
    body = zf.xml("word/document.xml").find(f"{W}body")
    names = sorted(zf.names())
    for name in names:
        if re.fullmatch(r"word/header\d*\.xml", name):
            reader.walk(zf.xml(name), "header")
    if body is not None:
        reader.walk(body)
    # notes and comments nobody cites (or whose anchor was lost) still belong to the document
    for note_kind, store in (("footnote", parts.footnotes), ("endnote", parts.endnotes)):
        for note in store.values():
            for child in note:
                if child.tag == f"{W}p":
                    para = _Para()
                    _collect(child, para)
                    out.add(para.text, note_kind)  # type: ignore[arg-type]
    for comment in parts.comments.values():
        for child in comment:
            if child.tag == f"{W}p":
                para = _Para()
                _collect(child, para)
                out.add(para.text, "comment")
    for name in names:
        if re.fullmatch(r"word/footer\d*\.xml", name):
            reader.walk(zf.xml(name), "footer")
    return _metadata(zf)
