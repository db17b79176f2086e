"""coverage: a one-line verdict on what the text addresses, from the detailed coverage."""

from __future__ import annotations

from dawcheck.checks.findings import CoverageEvidence, Finding
from dawcheck.checks.model import Coverage


def check_coverage(coverage: Coverage) -> Finding:
    if not coverage.assessed:
        evidence = CoverageEvidence(assessed=False)
        return Finding(
            id="coverage", code="coverage.not-assessed", status="warn", evidence=evidence
        )
    evidence = CoverageEvidence(
        challenges=[str(c.id) for c in coverage.challenges if c.status == "covered"],
        weak=[str(c.id) for c in coverage.challenges if c.status == "weak"],
        services=[str(s.id) for s in coverage.services if s.status == "covered"],
        services_total=len(coverage.services),
        attention=[str(a.id) for a in coverage.attention if a.status == "covered"],
        attention_total=len(coverage.attention),
    )
    if evidence.challenges:
        return Finding(id="coverage", code="coverage.covered", status="pass", evidence=evidence)
    code = "coverage.weak" if evidence.weak else "coverage.none"
    return Finding(id="coverage", code=code, status="warn", evidence=evidence)
