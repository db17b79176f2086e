"""What dawcheck extracted from a document: for `dawcheck read`, as text or JSON."""

from __future__ import annotations

import json

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dawcheck import __version__
from dawcheck.documents.model import Document
from dawcheck.documents.normalize import safe_name
from dawcheck.i18n import Lang
from dawcheck.notices import describe

_LABELS = {
    "nl": {
        "format": "Formaat",
        "size": "Grootte",
        "status": "Leesbaar",
        "title": "Titel",
        "author": "Auteur",
        "producer": "Gemaakt met",
        "created": "Aangemaakt",
        "pages": "Pagina's",
        "warnings": "Waarschuwingen",
        "where": "Waar",
        "section": "Sectie",
        "text": "Tekst",
        "blocks": "tekstblokken",
        "ok": "ja",
    },
    "en": {
        "format": "Format",
        "size": "Size",
        "status": "Readable",
        "title": "Title",
        "author": "Author",
        "producer": "Producer",
        "created": "Created",
        "pages": "Pages",
        "warnings": "Warnings",
        "where": "Where",
        "section": "Section",
        "text": "Text",
        "blocks": "text blocks",
        "ok": "yes",
    },
}


def document_view(doc: Document, lang: Lang = "nl", full: bool = False) -> RenderableType:
    lab = _LABELS[lang]
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("", Text(safe_name(doc.name), style="bold"))
    fmt = doc.format if doc.format != "unknown" else "?"
    head.add_row(
        lab["format"], fmt + (f" (naam: .{doc.extension_format})" if doc.mislabelled else "")
    )
    head.add_row(lab["size"], f"{doc.size:,} bytes")
    head.add_row("SHA-256", doc.sha256 or "-")
    status = (
        lab["ok"]
        if doc.status == "ok"
        else (describe(doc.problem, lang) if doc.problem else doc.status)
    )
    head.add_row(lab["status"], Text(status, style="green" if doc.status == "ok" else "bold red"))
    for key in ("title", "author", "producer", "created", "pages"):
        value = getattr(doc.metadata, key)
        if value:
            head.add_row(lab[key], escape(safe_name(str(value))))
    for w in doc.warnings:
        head.add_row(lab["warnings"], Text("⚠ " + describe(w, lang), style="yellow"))
    parts: list[RenderableType] = [head]
    if doc.blocks:
        table = Table(title=f"{len(doc.blocks)} {lab['blocks']}", expand=True, show_lines=False)
        table.add_column(lab["where"], no_wrap=True)
        table.add_column(lab["section"], ratio=1)
        table.add_column(lab["text"], ratio=4)
        for b in doc.blocks:
            text = b.text if full or len(b.text) <= 300 else b.text[:300] + " …"
            style = "bold" if b.kind == "heading" else ""
            section = (b.heading or "").split(" › ")[-1]
            # text from the file: control characters (escape sequences) shown, never sent
            table.add_row(
                b.location(), Text(safe_name(section)), Text(safe_name(text), style=style)
            )
        parts.append(table)
    return Group(*parts)


def document_json(doc: Document, lang: Lang = "nl") -> str:
    data = doc.model_dump(mode="json")
    data["readable"] = doc.readable
    data["mislabelled"] = doc.mislabelled
    data["problem_message"] = describe(doc.problem, lang) if doc.problem else None
    for w, out in zip(doc.warnings, data["warnings"], strict=True):
        out["message"] = describe(w, lang)
    for block, out in zip(doc.blocks, data["blocks"], strict=True):
        out["location"] = block.location()
    return json.dumps(
        {"schema": "dawcheck.document/1", "dawcheck": __version__, "document": data},
        ensure_ascii=False,
        indent=2,
    )
