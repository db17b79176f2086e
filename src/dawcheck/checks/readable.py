"""readable: can the intake read the document (and can dawcheck assess its content)?"""

from __future__ import annotations

from dawcheck.checks.model import CheckResult
from dawcheck.documents.model import Document
from dawcheck.notices import describe

_WARN_CODES = {
    "pdf-empty-password",
    "pages-without-text",
    "pdf-repaired",
    "page-cap",
    "text-cap",
    "mislabelled",
}


def check_readable(doc: Document, lang: str = "nl") -> CheckResult:
    if doc.status != "ok":
        message = describe(doc.problem, lang) if doc.problem else doc.status  # type: ignore[arg-type]
        return CheckResult(
            id="readable", status="fail", message=message, evidence={"status": doc.status}
        )
    notes = [describe(w, lang) for w in doc.warnings if w.code in _WARN_CODES]  # type: ignore[arg-type]
    pages = f"{doc.metadata.pages} p." if doc.metadata.pages else f"{len(doc.blocks)} blokken"
    if lang == "en" and not doc.metadata.pages:
        pages = f"{len(doc.blocks)} blocks"
    if notes:
        return CheckResult(
            id="readable", status="warn", message="; ".join(notes), evidence={"status": doc.status}
        )
    msg = (
        f"leesbaar ({doc.format}, {pages})" if lang == "nl" else f"readable ({doc.format}, {pages})"
    )
    return CheckResult(id="readable", status="pass", message=msg, evidence={"status": doc.status})
