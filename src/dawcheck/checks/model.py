"""What a check returns: a status, a message and the evidence a person can verify."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Status = Literal["pass", "warn", "fail"]
CoverageStatus = Literal["covered", "weak", "missing"]
Weight = Literal["strong", "weak", "excluded"]
_RANK = {"pass": 0, "warn": 1, "fail": 2}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    concept: str
    term: str  # the words as they stand in the text
    snippet: str
    weight: Weight  # strong: counts; weak: budget/partners/cover page; excluded: negated
    reason: str | None = None  # why weak or excluded
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    heading: str | None = None
    location: str = ""


class ItemCoverage(_Model):
    id: str | int
    title: str
    status: CoverageStatus
    concepts: list[str] = []  # distinct concepts with strong evidence
    weak_concepts: list[str] = []  # concepts with weak evidence only
    excluded_concepts: list[str] = []  # concepts only mentioned to exclude them
    evidence: list[Evidence] = []

    def strongest(self) -> Evidence | None:
        order = {"strong": 0, "weak": 1, "excluded": 2}
        return min(self.evidence, key=lambda e: order[e.weight], default=None)


class Coverage(_Model):
    assessed: bool = True  # False when the text could not be read
    challenges: list[ItemCoverage] = []
    services: list[ItemCoverage] = []
    attention: list[ItemCoverage] = []


def worst(statuses: list[Status]) -> Status:
    return max(statuses, key=_RANK.__getitem__, default="pass")
