"""One CSV row per submission, a column per check, challenge, service type and attention point.

Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) are prefixed with a quote.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Sequence
from typing import TextIO

from dawcheck.report import Report, SubmissionReport

CHECK_IDS = (
    "region-in-filename",
    "filename-safety",
    "arrival",
    "recipient",
    "readable",
    "coverage",
    "attachment",
    "message",
)
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = _LINE_BREAKS.sub(" ", text)  # one line per cell: a stray CR would split the row
    # Spreadsheets skip leading blanks before a formula (the CR of "\r=1+1" is a space by now)
    # and some read full-width signs (U+FF1D) as the ASCII ones: judge the first character that
    # shows, in its compatibility form.
    shown = unicodedata.normalize("NFKC", text.lstrip(" ")[:1])
    return "'" + text if text.startswith(_FORMULA_START) or shown in _FORMULA_START else text


def render_csv(report: Report) -> str:
    out = io.StringIO()
    write_csv(report, out)
    return out.getvalue()


def write_csv(
    report: Report, out: TextIO, submissions: Sequence[SubmissionReport] | None = None
) -> None:
    subs = report.submissions if submissions is None else submissions
    writer = csv.writer(out, lineterminator="\n")
    a = report.addendum
    check_ids = list(CHECK_IDS)
    challenge_ids = [f"challenge-{c}" for c in a.challenge_ids]
    service_ids = [f"service:{s}" for s in a.service_ids]
    attention_ids = [f"attention:{x}" for x in a.attention_ids]
    header = [
        "source",
        "filename",
        "sha256",
        "received",
        "received_source",
        "sender",
        "subject",
        "recipient_ok",
        "counts",
        "duplicate_of",
        "status",
        *check_ids,
        *challenge_ids,
        *service_ids,
        *attention_ids,
        "suggested_filename",
    ]
    writer.writerow(header)
    for sub in subs:
        checks = {c.id: c.status for c in sub.checks}
        items = {}
        for c in sub.coverage.challenges:
            items[f"challenge-{c.id}"] = c.status
        for s in sub.coverage.services:
            items[f"service:{s.id}"] = s.status
        for a in sub.coverage.attention:
            items[f"attention:{a.id}"] = a.status
        row = [
            sub.source,
            sub.filename,
            sub.sha256,
            sub.received.isoformat() if sub.received else "",
            sub.received_source,
            sub.sender,
            sub.subject,
            sub.recipient_ok,
            sub.counts,
            sub.duplicate_of,
            sub.status,
            *[checks.get(i, "") for i in check_ids],
            *[
                items.get(i, "" if sub.coverage.assessed else "n/a")
                for i in challenge_ids + service_ids + attention_ids
            ],
            sub.suggested_filename,
        ]
        writer.writerow([_safe(v) for v in row])
