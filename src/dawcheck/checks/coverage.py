"""Which challenges, service types and points of attention a proposal's text really addresses.

Evidence is weighed, not counted: a mention in a sentence that excludes it ("kinderopvang valt
buiten dit project"), under an "Afbakening" heading, or in a referral for a service the project
does not deliver, is excluded; a mention in the budget, partner list, indicators or on the cover
page is weak. An item is covered when enough distinct concepts have strong evidence (thresholds
and required roles come from the addendum data).
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass

from dawcheck.addendum.models import Addendum, Threshold
from dawcheck.checks import dutch
from dawcheck.checks.matcher import Matcher
from dawcheck.checks.model import Coverage, Evidence, ItemCoverage
from dawcheck.documents.model import Block, Document
from dawcheck.documents.normalize import fold

SNIPPET_CHARS = 70
MAX_EVIDENCE_PER_ITEM = 8  # shown: one per concept first, then the next strongest
MAX_MENTIONS_PER_ITEM = 400  # collected: enough to judge, bounded for huge documents
GROUPS = ("challenges", "services", "attention")


_MATCHERS: dict[int, tuple[Addendum, Matcher]] = {}


def _matcher(addendum: Addendum) -> Matcher:
    """One compiled matcher per addendum object (the models are not hashable)."""
    cached = _MATCHERS.get(id(addendum))
    if cached is not None and cached[0] is addendum:
        return cached[1]
    terms = [
        (term, (group, item.id, concept.id))
        for group in GROUPS
        for item in getattr(addendum, group)
        for concept in item.concepts
        for term in concept.terms
    ]
    matcher = Matcher(terms, addendum.coverage.false_compounds)
    _MATCHERS[id(addendum)] = (addendum, matcher)
    return matcher


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET_CHARS)
    right = min(len(text), end + SNIPPET_CHARS)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        cut = text.rfind(" ", end, right)
        right = cut if cut > end else right
    return ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")


def _section_weight(block: Block, rules, has_headings: bool) -> tuple[str, str | None]:  # noqa: ANN001
    heading = fold(block.heading or "")
    if any(fold(word) in heading for word in rules.excluded_sections):
        return "excluded", "section"
    if block.kind in ("header", "footer"):
        return "ignore", None
    if any(fold(word) in heading for word in rules.weak_sections):
        return "weak", "section"
    if has_headings and block.heading is None:
        return "weak", "cover"
    return "strong", None


def _title(group: str, item) -> str:  # noqa: ANN001
    if group == "challenges":
        return item.title
    if group == "services":
        return item.need
    return item.title


class _Mention:
    """A match before it becomes Evidence: cheap to collect, turned into Evidence only if shown."""

    __slots__ = ("block", "concept", "end", "reason", "start", "weight")

    def __init__(
        self, block: Block, concept: str, start: int, end: int, weight: str, reason: str | None
    ) -> None:
        self.block, self.concept, self.start, self.end = block, concept, start, end
        self.weight, self.reason = weight, reason

    def evidence(self) -> Evidence:
        b = self.block
        return Evidence(
            concept=self.concept,
            term=b.text[self.start : self.end],
            snippet=_snippet(b.text, self.start, self.end),
            weight=self.weight,
            reason=self.reason,
            page=b.page,
            paragraph=b.paragraph,
            line=b.line,
            heading=b.heading,
            location=b.location(),
        )


@dataclass(frozen=True)
class Judge:
    """An addendum and how much evidence to keep per item: what the workers judge with."""

    addendum: Addendum
    max_evidence: int = MAX_EVIDENCE_PER_ITEM

    def assess(self, doc: Document) -> Coverage:
        return assess_coverage(doc, self.addendum, self.max_evidence)

    def digest(self) -> str:
        from dawcheck.cache import addendum_digest

        return f"{addendum_digest(self.addendum)}-{self.max_evidence}"


def assess_coverage(
    doc: Document, addendum: Addendum, max_evidence: int = MAX_EVIDENCE_PER_ITEM
) -> Coverage:
    """Coverage of every challenge, service type and point of attention, with evidence."""
    if not doc.readable:
        return Coverage(assessed=False)
    rules = addendum.coverage
    matcher = _matcher(addendum)
    referral_ok = set(rules.referral_counts_for)
    has_headings = any(b.kind == "heading" for b in doc.blocks)
    found: dict[tuple, list[_Mention]] = defaultdict(list)
    for block in doc.blocks:
        if block.kind == "heading":
            continue
        weight, reason = _section_weight(block, rules, has_headings)
        if weight == "ignore":
            continue
        previous: list[_Mention] = []
        block_hits = list(matcher.find(block.text))
        if not block_hits:
            continue
        spans = dutch.sentences(block.text)
        starts = [a for a, _ in spans]
        by_sentence: dict[int, list] = defaultdict(list)
        for hit in block_hits:
            by_sentence[bisect.bisect_right(starts, hit.start) - 1].append(hit)
        for number, (s_start, s_end) in enumerate(spans):
            hits = by_sentence.get(number, [])
            if not hits and not previous:
                continue
            sentence = block.text[s_start:s_end]
            excluded = dutch.is_exclusion(sentence)
            if excluded and dutch.refers_back(sentence):
                # "... kinderopvang. Dat thema valt buiten dit project.": the sentence before
                for m in previous:
                    if m.weight != "excluded":
                        m.weight, m.reason = "excluded", "negation"
            previous = []
            if not hits:
                continue
            referral = dutch.is_referral(sentence)
            seen: set[tuple] = set()
            for hit in hits:
                group, item_id, concept_id = hit.term.ref
                if (hit.term.ref, hit.start) in seen:
                    continue  # two spellings of one concept on the same words
                seen.add((hit.term.ref, hit.start))
                w, why = weight, reason
                if excluded:
                    w, why = "excluded", "negation"
                elif referral and item_id not in referral_ok and group != "attention":
                    w, why = "excluded", "referral"
                mentions = found[(group, item_id)]
                if len(mentions) >= MAX_MENTIONS_PER_ITEM:
                    continue
                mention = _Mention(block, concept_id, hit.start, hit.end, w, why)
                mentions.append(mention)
                previous.append(mention)
    result = Coverage()
    for group in GROUPS:
        threshold: Threshold = getattr(rules, group)
        items = []
        for item in getattr(addendum, group):
            items.append(
                _judge(group, item, found.get((group, item.id), []), threshold, max_evidence)
            )
        setattr(result, group, items)
    return result


_CONTEXT_HEADINGS = ("situering", "context", "doelgroep", "probleem", "aanleiding")


@functools.lru_cache(maxsize=4096)
def _is_context(heading: str | None) -> bool:
    last = fold((heading or "").split(" › ")[0])
    return any(word in last for word in _CONTEXT_HEADINGS)


def _judge(
    group: str,
    item,
    evidence: list[_Mention],
    threshold: Threshold,  # noqa: ANN001
    max_evidence: int = MAX_EVIDENCE_PER_ITEM,
) -> ItemCoverage:
    roles = {c.id: c.role for c in item.concepts}
    strong = list(dict.fromkeys(e.concept for e in evidence if e.weight == "strong"))
    weak = [
        c
        for c in dict.fromkeys(e.concept for e in evidence if e.weight == "weak")
        if c not in strong
    ]
    excluded = [
        c
        for c in dict.fromkeys(e.concept for e in evidence if e.weight == "excluded")
        if c not in strong and c not in weak
    ]
    have_roles = {roles[c] for c in strong}
    if len(strong) >= threshold.min_concepts and set(threshold.require_roles) <= have_roles:
        status = "covered"
    elif len(strong) + len(weak) >= threshold.weak_min_concepts:
        status = "weak"
    else:
        status = "missing"
    # one piece of evidence per concept first (the strongest), then the rest, capped
    order = {"strong": 0, "weak": 1, "excluded": 2}
    # what the project does (activity sections) is better evidence than the problem statement
    ranked = sorted(
        evidence,
        key=lambda e: (
            order[e.weight],
            _is_context(e.block.heading),
            roles.get(e.concept) == "doelgroep",
        ),
    )
    firsts, seen = [], set()
    for e in ranked:
        if e.concept not in seen:
            seen.add(e.concept)
            firsts.append(e)
    chosen = {id(e) for e in firsts}
    rest = [e for e in ranked if id(e) not in chosen]
    shown = (firsts + rest)[:max_evidence]
    return ItemCoverage(
        id=item.id,
        title=_title(group, item),
        status=status,
        concepts=strong,
        weak_concepts=weak,
        excluded_concepts=excluded,
        evidence=[e.evidence() for e in shown],
    )
