"""coverage: a one-line verdict on what the text addresses, from the detailed coverage."""

from __future__ import annotations

from dawcheck.checks.model import CheckResult, Coverage


def check_coverage(coverage: Coverage, lang: str = "nl") -> CheckResult:
    nl = lang == "nl"
    if not coverage.assessed:
        return CheckResult(
            id="coverage",
            status="warn",
            message="inhoud niet beoordeeld: de tekst kon niet gelezen worden"
            if nl
            else "content not assessed: the text could not be read",
        )
    covered = [str(c.id) for c in coverage.challenges if c.status == "covered"]
    weak = [str(c.id) for c in coverage.challenges if c.status == "weak"]
    services = [s.id for s in coverage.services if s.status == "covered"]
    attention = [a.id for a in coverage.attention if a.status == "covered"]
    counts = (
        f"{len(services)}/{len(coverage.services)} types dienstverlening, "
        f"{len(attention)}/{len(coverage.attention)} aandachtspunten"
        if nl
        else f"{len(services)}/{len(coverage.services)} service types, "
        f"{len(attention)}/{len(coverage.attention)} points of attention"
    )
    evidence = {"challenges": covered, "weak": weak, "services": services, "attention": attention}
    if covered:
        msg = (
            f"regio-uitdaging {', '.join(covered)} gedekt; {counts}"
            if nl
            else f"regional challenge {', '.join(covered)} covered; {counts}"
        )
        return CheckResult(id="coverage", status="pass", message=msg, evidence=evidence)
    if weak:
        msg = (
            f"geen regio-uitdaging volledig gedekt (zwak: {', '.join(weak)}); {counts}"
            if nl
            else f"no regional challenge fully covered (weak: {', '.join(weak)}); {counts}"
        )
    else:
        msg = (
            f"geen enkele regio-uitdaging herkend; {counts}"
            if nl
            else f"no regional challenge recognised; {counts}"
        )
    return CheckResult(id="coverage", status="warn", message=msg, evidence=evidence)
