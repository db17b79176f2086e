"""readable: can the intake read the document (and can dawcheck assess its content)?"""

from __future__ import annotations

from dawcheck.checks.findings import Finding, ReadableEvidence
from dawcheck.documents.model import Document

# Reading went through, but a person should know (a page without text, a repaired file).
WARN_CODES = frozenset(
    {
        "pdf-empty-password",
        "pages-without-text",
        "pdf-repaired",
        "page-cap",
        "text-cap",
        "mislabelled",
    }
)


def check_readable(doc: Document) -> Finding:
    evidence = ReadableEvidence(
        read_status=doc.status,
        format=doc.format,
        pages=doc.metadata.pages,
        blocks=len(doc.blocks),
        problem=doc.problem,
        warnings=[w for w in doc.warnings if w.code in WARN_CODES],
    )
    if doc.status != "ok":
        return Finding(id="readable", code="readable.problem", status="fail", evidence=evidence)
    if evidence.warnings:
        return Finding(id="readable", code="readable.warnings", status="warn", evidence=evidence)
    return Finding(id="readable", code="readable.ok", status="pass", evidence=evidence)
