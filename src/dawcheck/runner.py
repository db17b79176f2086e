"""Run every check on one document and its envelope; pure: no printing, no files."""

from __future__ import annotations

import datetime as dt

from dawcheck.addendum.models import Addendum
from dawcheck.checks.arrival import Arrival, check_arrival
from dawcheck.checks.content import check_coverage
from dawcheck.checks.coverage import assess_coverage
from dawcheck.checks.filename_safety import check_filename_safety
from dawcheck.checks.model import Coverage
from dawcheck.checks.readable import check_readable
from dawcheck.checks.region import check_region_in_filename
from dawcheck.documents.model import Document
from dawcheck.notices import describe
from dawcheck.report import SubmissionReport, overall


def check_document(
    doc: Document,
    *,
    source: str,
    arrival: Arrival,
    addendum: Addendum,
    now: dt.datetime,
    lang: str = "nl",
) -> SubmissionReport:
    coverage = (
        Coverage.model_validate(doc.coverage)
        if doc.coverage is not None
        else assess_coverage(doc, addendum)
    )
    checks = [
        check_region_in_filename(doc.name, addendum, lang),
        check_filename_safety(doc.name, doc, lang),
        check_arrival(arrival, addendum, now, lang),
        check_readable(doc, lang),
        check_coverage(coverage, lang),
    ]
    region = checks[0]
    return SubmissionReport(
        source=source,
        filename=doc.name,
        sha256=doc.sha256 or None,
        size=doc.size,
        format=doc.format,
        readable=doc.status,
        received=arrival.at,
        received_source=arrival.source,
        status=overall(checks),
        checks=checks,
        coverage=coverage,
        suggested_filename=region.evidence.get("suggestion"),
        warnings=[describe(w, lang) for w in doc.warnings],  # type: ignore[arg-type]
    )
