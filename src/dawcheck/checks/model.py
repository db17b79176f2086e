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


# Why a hit was weakened (weight "weak") or set aside (weight "excluded"); None for strong hits.
Reason = Literal[
    "unticked",  # excluded: the option's box is not ticked in a form or checklist
    "ticked",  # weak: a ticked option names the item; it does not describe any work
    "call-quote",  # excluded: the sentence reproduces the addendum's own text (word overlap)
    "deleted",  # excluded: text deleted with tracked changes, or struck through
    "comment",  # excluded: a reviewer's comment, not the document's text
    "header-footer",  # excluded: running page header or footer
    "negation",  # excluded: the project says it does not do this (niet, geen, noch, nooit, ...)
    "referral",  # excluded: the project sends people elsewhere for this service
    "wish",  # excluded: a wish or a later phase ("later willen we misschien", "volgende fase")
    "organisation",  # weak: an organisation's name, not a description of the work
    "endorsement",  # weak: the text says a way of working matters, not how it works so
    "topic",  # weak: what a training or talk is about ("hoe spreek je iemand aan")
    "sector",  # weak: a field of work ("een job in de kinderopvang"), not a service
    "occasion",  # weak: the occasion of something else ("opvang voor een sollicitatie")
    "asked",  # weak: a form's closed question names the item; its answer does not say yes
    "need",  # weak: what people struggle with ("die moeilijk hun weg vinden naar ..."), the need
    "mapped",  # weak: a table that sets the call's items beside the project's parts
    "ambiguous",  # weak: a word with more than one sense, without a word of this item's sense
    "history",  # weak: what happened before the call ("In 2022 volgden onze teamleiders ...")
    "budget",  # weak: a budget line or table
    "partners",  # weak: a list of partners
    "indicators",  # weak: indicators, targets, results
    "planning",  # weak: timing and planning
    "cover",  # weak: the cover page (before the first heading)
    "section",  # under a heading that excludes ("Afbakening": excluded) or weakens (weak)
]
Lacking = Literal[
    "target-group",  # no strong evidence of a concept with the role doelgroep
    "activity",  # no strong evidence of a concept with the role aanpak (what the project does)
    "second-concept",  # one concept found; the item needs another, independent one
    "evidence",  # nothing strong at all
]


class Lack(_Model):
    """What an item still needs to be covered, and which of the call's concepts would give it."""

    kind: Lacking
    roles: list[str] = []  # the roles that would satisfy it (challenges)
    concepts: list[str] = []  # concept ids that would satisfy it
    labels: list[str] = []  # their labels, for people


class Evidence(_Model):
    concept: str
    term: str  # the words as they stand in the text
    snippet: str
    weight: Weight  # strong: counts; weak: context only; excluded: set aside
    reason: Reason | None = None  # why weak or excluded (see Reason)
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
    lacking: list[Lack] = []  # weak or missing: what would make it covered
    call_text: str = ""  # weak or missing: the call's own question or description of the item

    def strongest(self) -> Evidence | None:
        """The evidence to show first: the strongest, and of equal weight one in a section's
        text (a heading says less than the sentence under it)."""
        order = {"strong": 0, "weak": 1, "excluded": 2}
        return min(self.evidence, key=lambda e: (order[e.weight], e.heading is None), default=None)


class Coverage(_Model):
    assessed: bool = True  # False when the text could not be read
    challenges: list[ItemCoverage] = []
    services: list[ItemCoverage] = []
    attention: list[ItemCoverage] = []


def worst(statuses: list[Status]) -> Status:
    return max(statuses, key=_RANK.__getitem__, default="pass")
