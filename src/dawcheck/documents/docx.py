"""DOCX (Office Open XML): body paragraphs, headings, tables, text boxes, headers and footers.

Read straight from the XML parts through SafeZip and defusedxml rather than python-docx, which
parses with lxml and would expand entities and read every part without a size budget.
"""

from __future__ import annotations

import re

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.model import Metadata
from dawcheck.documents.zipguard import SafeZip

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(heading|kop|titel|title|subtitle|ondertitel)\b", re.IGNORECASE)
CORE = {
    "title": "{http://purl.org/dc/elements/1.1/}title",
    "author": "{http://purl.org/dc/elements/1.1/}creator",
    "created": "{http://purl.org/dc/terms/}created",
}


def _style_headings(zf: SafeZip) -> set[str]:
    if "word/styles.xml" not in zf.names():
        return set()
    headings = set()
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
    return headings


def _run_text(p) -> str:  # noqa: ANN001
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if tag == f"{W}t" and el.text:
            parts.append(el.text)
        elif tag == f"{W}tab":
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}softHyphen":
            parts.append("\u00ad")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}txbxContent":
            break  # text boxes are read as blocks of their own
    return "".join(parts)


def _is_heading(p, heading_styles: set[str]) -> bool:  # noqa: ANN001
    style = p.find(f"{W}pPr/{W}pStyle")
    if style is not None and style.get(f"{W}val", "") in heading_styles:
        return True
    return p.find(f"{W}pPr/{W}outlineLvl") is not None


def _walk(el, out: BlockBuilder, headings: set[str], kind: str = "paragraph") -> None:  # noqa: ANN001
    for child in el:
        tag = child.tag
        if tag == f"{W}p":
            heading = kind == "paragraph" and _is_heading(child, headings)
            body = kind == "paragraph"
            out.add(
                _run_text(child),
                "heading" if heading else kind,  # type: ignore[arg-type]
                numbered=body,
            )
            for box in child.iter(f"{W}txbxContent"):
                _walk(box, out, headings, kind)
        elif tag == f"{W}tbl":
            for cell in child.iter(f"{W}tc"):
                for p in cell.findall(f"{W}p"):
                    cell_kind = "table-cell" if kind == "paragraph" else kind
                    out.add(_run_text(p), cell_kind, numbered=kind == "paragraph")  # type: ignore[arg-type]
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}smartTag"):
            _walk(child, out, headings, kind)


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
            pages = int(pages_el.text)
    return Metadata(**meta, pages=pages)


def read_docx(zf: SafeZip, out: BlockBuilder) -> Metadata:
    headings = _style_headings(zf)
    body = zf.xml("word/document.xml").find(f"{W}body")
    names = sorted(zf.names())
    for name in names:
        if re.fullmatch(r"word/header\d*\.xml", name):
            _walk(zf.xml(name), out, headings, "header")
    if body is not None:
        _walk(body, out, headings)
    for name in names:
        if re.fullmatch(r"word/footer\d*\.xml", name):
            _walk(zf.xml(name), out, headings, "footer")
    return _metadata(zf)
