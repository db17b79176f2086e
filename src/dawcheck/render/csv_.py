"""One CSV row per submission, for machines (RFC 4180): UTF-8 with a BOM, CRLF, ISO timestamps
plus Brussels local time, outcome and reasons as codes, a column per check and per item.

Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with a quote.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from typing import TextIO

from dawcheck.render import RenderOptions
from dawcheck.report import Report, Submission

CHECK_IDS = (
    "message",
    "arrival",
    "recipient",
    "region-in-filename",
    "filename-safety",
    "readable",
    "coverage",
)
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    if isinstance(value, bool):
        text = "true" if value else "false"
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _LINE_BREAKS.sub(" ", text)  # one line per cell: a stray CR would split the row
    # Spreadsheets skip leading blanks before a formula (the CR of "\r=1+1" is a space by now)
    # and some read full-width signs (U+FF1D) as the ASCII ones: judge the first character that
    # shows, in its compatibility form.
    shown = unicodedata.normalize("NFKC", text.lstrip(" ")[:1])
    return "'" + text if text.startswith(_FORMULA_START) or shown in _FORMULA_START else text


def header(report: Report) -> list[str]:
    a = report.addendum
    return [
        "id",
        "source",
        "container_kind",
        "container_index",
        "sender",
        "subject",
        "received",
        "received_local",
        "received_source",
        "recipient_ok",
        "outcome",
        "reasons",
        "status",
        "proposal",
        "sha256",
        "documents",
        "links",
        "applicant",
        "version",
        "counts",
        "duplicate_of",
        "superseded_by",
        *CHECK_IDS,
        *[f"challenge-{c.id}" for c in a.challenges],
        *[f"service:{s.id}" for s in a.services],
        *[f"attention:{x.id}" for x in a.attention],
    ]


def row(report: Report, sub: Submission) -> list[object]:
    a = report.addendum
    zone = a.deadline.tzinfo
    checks: dict[str, str] = {c.id: c.status for c in sub.checks}
    items: dict[str, str] = {}
    if sub.coverage is not None and sub.coverage.assessed:
        items.update({f"challenge-{c.id}": c.status for c in sub.coverage.challenges})
        items.update({f"service:{s.id}": s.status for s in sub.coverage.services})
        items.update({f"attention:{x.id}": x.status for x in sub.coverage.attention})
    assessed = sub.coverage is not None and sub.coverage.assessed
    local = sub.received.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S") if sub.received else ""
    keys = [
        *[f"challenge-{c.id}" for c in a.challenges],
        *[f"service:{s.id}" for s in a.services],
        *[f"attention:{x.id}" for x in a.attention],
    ]
    return [
        sub.id,
        sub.source,
        sub.container.kind,
        sub.container.index,
        sub.sender.address if sub.sender else None,
        sub.subject,
        sub.received.isoformat() if sub.received else "",
        local,
        sub.received_source,
        sub.recipient_ok,
        sub.outcome,
        " ".join(sub.reasons),
        sub.status,
        sub.filename,
        sub.sha256,
        " | ".join(d.filename for d in sub.documents),
        " ".join(link.url for link in sub.links),
        sub.applicant,
        sub.version,
        sub.counts,
        sub.duplicate_of,
        sub.superseded_by,
        *[checks.get(i, "") for i in CHECK_IDS],
        *[items.get(k, "" if assessed else "n/a") for k in keys],
    ]


def write(report: Report, out: TextIO, options: RenderOptions) -> None:
    out.write("\ufeff")  # the BOM: Excel reads the file as UTF-8 only with it
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header(report))
    for sub in report.iter_submissions():
        writer.writerow([_safe(v) for v in row(report, sub)])
