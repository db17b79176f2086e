"""ODT (OpenDocument text): paragraphs, headings, lists, sections and tables from content.xml."""

from __future__ import annotations

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.model import Metadata
from dawcheck.documents.zipguard import SafeZip

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_SKIP = {f"{TEXT}note", f"{TEXT}tracked-changes", f"{OFFICE}annotation"}


def _text(el) -> str:  # noqa: ANN001
    parts: list[str] = [el.text or ""]
    for child in el:
        tag = child.tag
        if tag == f"{TEXT}s":
            parts.append(" " * min(int(child.get(f"{TEXT}c", "1") or 1), 100))
        elif tag == f"{TEXT}tab":
            parts.append("\t")
        elif tag == f"{TEXT}line-break":
            parts.append("\n")
        elif tag == f"{TEXT}soft-page-break" or tag in _SKIP:
            pass
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _walk(el, out: BlockBuilder, in_table: bool = False) -> None:  # noqa: ANN001
    for child in el:
        tag = child.tag
        if tag == f"{TEXT}h":
            out.add(_text(child), "table-cell" if in_table else "heading")
        elif tag == f"{TEXT}p":
            out.add(_text(child), "table-cell" if in_table else "paragraph")
        elif tag == f"{TABLE}table":
            _walk(child, out, in_table=True)
        elif tag not in _SKIP:
            # lists, list items, sections, table rows and cells, frames: walk inside
            _walk(child, out, in_table)


def read_odt(zf: SafeZip, out: BlockBuilder) -> Metadata:
    content = zf.xml("content.xml")
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is not None:
        _walk(body, out)
    meta: dict = {}
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
            if stats is not None and (stats.get(f"{META}page-count") or "").isdigit():
                meta["pages"] = int(stats.get(f"{META}page-count"))
    return Metadata(**meta)
