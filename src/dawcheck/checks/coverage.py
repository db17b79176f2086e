"""Which challenges, service types and points of attention a proposal's text really addresses.

Evidence is weighed, not counted. Where a hit stands (judging.DocumentContext: deleted text,
comments, page furniture, unticked options, budget, partners, indicators, planning, cover page,
an "Afbakening") and what its sentence says (dutch: negation tied to its clause and to the
project, referral, wishes and later phases; a sentence copied from the call; an organisation's
name without described cooperation) make a hit strong, weak or excluded, and every hit that is
not strong keeps its reason. An item is covered when enough distinct concepts have strong
evidence (thresholds and roles come from the addendum); a weak or missing item says what it
lacks and quotes the call's own question or description for it.
"""

from __future__ import annotations

import bisect
import functools
import gc
import itertools
import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dawcheck.addendum.models import Addendum, Threshold
from dawcheck.checks import dutch, forms
from dawcheck.checks.judging import CallQuotes, DocumentContext, Placement, call_quotes
from dawcheck.checks.lemmas import build_apart, release_dictionary
from dawcheck.checks.matcher import WORD, Hit, Matcher, Term, compile_term, without_articles
from dawcheck.checks.model import Coverage, Evidence, ItemCoverage, Lack, Reason, Weight
from dawcheck.documents.model import Block, Document
from dawcheck.documents.normalize import fold

SNIPPET_CHARS = 70
MAX_EVIDENCE_PER_ITEM = 8  # shown: one per concept first, then the next strongest
MAX_MENTIONS_PER_ITEM = 400  # collected: enough to judge, bounded for huge documents
GROUPS = ("challenges", "services", "attention")
# Groups that name what the project does, never who it is for: not found in the situation.
_WAYS_OF_WORKING = ("services", "attention")


@dataclass(frozen=True)
class _Compiled:
    """What judging needs from an addendum, compiled once."""

    terms: Matcher
    organisations: Matcher
    cues: Matcher
    call_references: Matcher
    quotes: CallQuotes
    # (group, item, concept) -> the words that settle the sense of its ambiguous terms
    senses: dict[tuple[str, Any, str], Matcher]
    # (group, item, concept) -> the words that show its contested and ambiguous terms in
    # another sense
    other_senses: dict[tuple[str, Any, str], Matcher]
    contested: frozenset[tuple[tuple[str, Any, str], str]]  # (concept ref, term text)
    # concepts whose senses may stand in the situation or target-group part of the document
    target_group_senses: frozenset[tuple[str, Any, str]]
    # concepts whose other senses may stand there too
    target_group_other_senses: frozenset[tuple[str, Any, str]]
    # concepts whose teaching is their practice (no "topic" for them)
    taught: frozenset[tuple[str, Any, str]]
    by_the_project: frozenset[tuple[str, Any, str]]  # concepts the project must do itself
    by_the_people: frozenset[tuple[str, Any, str]]  # concepts the people served must gain
    # the challenges' concepts with the role doelgroep: who the people served are
    target_groups: frozenset[tuple[str, Any, str]]
    # the challenges' concepts that the project must deliver (the role aanpak): its activities
    activities: frozenset[tuple[str, Any, str]]
    # the service types' concepts with the role need: a condition people have, which the
    # service answers ("psychische klachten", "een fysieke beperking")
    conditions: frozenset[tuple[str, Any, str]]
    challenge_ids: tuple[Any, ...]
    ambiguous: frozenset[tuple[tuple[str, Any, str], str]]  # (concept ref, term text)
    # (group, item, term text): terms that are words of a point of attention's own name
    # ("outreachend" of "Outreachend werken"): a proposal that uses them names the way of
    # working
    names: frozenset[tuple[str, Any, str]]
    # the year of the call's deadline: a sentence dated before it tells what was
    call_year: int
    # each term's place among terms found on the same words (see `_Assessor._text`), filled
    # as terms are met: the same for every hit of the term
    term_order: dict[Term, tuple[bool, str, str]] = field(default_factory=dict)


_COMPILED: dict[int, tuple[Addendum, _Compiled]] = {}


def _compiled(addendum: Addendum) -> _Compiled:
    """One compiled set per addendum object (the models are not hashable)."""
    cached = _COMPILED.get(id(addendum))
    if cached is not None and cached[0] is addendum:
        return cached[1]
    rules = addendum.coverage
    concepts = {
        (group, item.id, concept.id): concept
        for group in GROUPS
        for item in getattr(addendum, group)
        for concept in item.concepts
    }
    # each concept's own words and those of the concepts it includes
    vocabulary = {ref: addendum.vocabulary(concept) for ref, concept in concepts.items()}
    terms = [(term, ref) for ref, (words, _, _) in vocabulary.items() for term in words]
    others = {ref: addendum.other_senses(concept) for ref, concept in concepts.items()}
    compiled = _Compiled(
        terms=Matcher(terms, rules.false_compounds),
        organisations=Matcher([(name, ("org", name, "")) for name in rules.organisations]),
        cues=Matcher([(cue, ("cue", cue, "")) for cue in rules.cooperation_cues]),
        call_references=Matcher([(w, ("call", w, "")) for w in rules.call_reference_words]),
        quotes=call_quotes(addendum),
        senses={
            ref: Matcher([(w, ("sense", w, "")) for w in senses])
            for ref, (_, ambiguous, senses) in vocabulary.items()
            if ambiguous
        },
        other_senses={
            ref: Matcher([(w, ("sense", w, "")) for w in words])
            for ref, (_, words) in others.items()
            if words
        },
        contested=frozenset(
            (ref, compile_term(variant, ()).text)
            for ref, (contested, _) in others.items()
            for term in contested
            for variant in (term, without_articles(term))
            if variant
        ),
        challenge_ids=tuple(item.id for item in addendum.challenges),
        call_year=addendum.submission.deadline.year,
        target_groups=frozenset(
            ("challenges", item.id, concept.id)
            for item in addendum.challenges
            for concept in item.concepts
            if concept.role == "doelgroep"
        ),
        activities=frozenset(
            ("challenges", item.id, concept.id)
            for item in addendum.challenges
            for concept in item.concepts
            if concept.role in addendum.coverage.challenges.delivery_roles
        ),
        conditions=frozenset(
            ("services", item.id, concept.id)
            for item in addendum.services
            for concept in item.concepts
            if concept.role == "need"
        ),
        target_group_senses=frozenset(
            ref for ref, concept in concepts.items() if concept.target_group_senses
        ),
        target_group_other_senses=frozenset(
            ref for ref, concept in concepts.items() if concept.target_group_other_senses
        ),
        taught=frozenset(ref for ref, concept in concepts.items() if concept.taught_is_practised),
        by_the_project=frozenset(
            ref for ref, concept in concepts.items() if concept.done_by_the_project
        ),
        by_the_people=frozenset(
            ref for ref, concept in concepts.items() if concept.gained_by_the_people
        ),
        names=frozenset(
            ("attention", item.id, compile_term(term, ()).text)
            for item in addendum.attention
            for concept in item.concepts
            for term in vocabulary[("attention", item.id, concept.id)][0]
            if " " not in term.strip()
            and _is_name_word(fold(term.lstrip("=")), f"{item.short} {item.title}")
        ),
        ambiguous=frozenset(
            (ref, compile_term(variant, ()).text)
            for ref, (_, ambiguous, _) in vocabulary.items()
            for term in ambiguous
            for variant in (term, without_articles(term))
            if variant
        ),
    )
    _COMPILED[id(addendum)] = (addendum, compiled)
    release_dictionary()  # every matcher has its lemma table now
    return compiled


def _is_name_word(word: str, name: str) -> bool:
    """A word of the name, or a form of one: "cultuursensitiviteit" of "Cultuursensitief",
    "signalering" of "signaleren", "outreach" of "outreachend"."""
    return len(word) >= 6 and any(
        len(os.path.commonprefix([word, n])) >= min(len(word), len(n)) - 2
        and abs(len(word) - len(n)) <= 4
        for n in fold(name).replace("-", " ").split()
        if len(n) >= 6
    )


def _matcher(addendum: Addendum) -> Matcher:
    """The addendum's term matcher (compiled with everything else judging needs)."""
    return _compiled(addendum).terms


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET_CHARS)
    right = min(len(text), end + SNIPPET_CHARS)
    if left > 0:
        left = text.find(" ", left, start) + 1 or left
    if right < len(text):
        cut = text.rfind(" ", end, right)
        right = cut if cut > end else right
    return ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")


def _title(group: str, item: Any) -> str:
    return str(item.need if group == "services" else item.title)


class _Mention:
    """A match before it becomes Evidence: cheap to collect, turned into Evidence only if shown."""

    __slots__ = (
        "block",
        "concept",
        "delivery",
        "end",
        "item",
        "item_group",
        "reason",
        "sentence",
        "start",
        "weight",
    )

    def __init__(
        self,
        block: Block,
        concept: str,
        start: int,
        end: int,
        weight: Weight,
        reason: Reason | None,
        delivery: bool = False,
        sentence: int = 0,
        item: tuple[str, Any] = ("", ""),
    ) -> None:
        self.block, self.concept, self.start, self.end = block, concept, start, end
        self.item_group, self.item = item
        self.weight: Weight = weight
        self.reason: Reason | None = reason
        self.delivery = delivery  # a clause in which the project itself does it
        self.sentence = sentence  # which sentence (its text): deliveries count once each

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
        # Judging allocates some hundred thousand short-lived tuples (words, hits, spans) and
        # makes no reference cycles: reference counting frees all of it, and the cyclic
        # collector's passes that the allocations trigger (over the document, the mentions and
        # the compiled matchers) only cost time, about a seventh of judging. It is paused
        # while judging, and resumed as it was.
        if not gc.isenabled():
            return assess_coverage(doc, self.addendum, self.max_evidence)
        gc.disable()
        try:
            return assess_coverage(doc, self.addendum, self.max_evidence)
        finally:
            gc.enable()

    def digest(self) -> str:
        from dawcheck.cache import addendum_digest

        return f"{addendum_digest(self.addendum)}-{self.max_evidence}"

    def warm_up(self) -> None:
        """Compile the matcher in the parent: every forked worker inherits it."""
        from dawcheck.cache import addendum_digest

        cached = _COMPILED.get(id(self.addendum))
        if cached is None or cached[0] is not self.addendum:
            build_apart(addendum_digest(self.addendum), lambda: _compiled(self.addendum))
        _matcher(self.addendum)
        # the compiled matchers live as long as the process: out of the cyclic collector's
        # full passes (in this process and in every worker forked from it)
        gc.freeze()


def assess_coverage(
    doc: Document, addendum: Addendum, max_evidence: int = MAX_EVIDENCE_PER_ITEM
) -> Coverage:
    """Coverage of every challenge, service type and point of attention, with evidence."""
    if not doc.readable:
        return Coverage(assessed=False)
    rules = addendum.coverage
    blocks, denied = forms.read_questions(doc.blocks)
    context = DocumentContext(doc, addendum, blocks, denied)
    compiled = _compiled(addendum)
    assessor = _Assessor(compiled, context, set(rules.referral_counts_for))
    assessor.sections = _section_texts(blocks)
    names = dutch.registered_names("\n".join(b.text for b in blocks))
    if names:
        assessor.own_names = re.compile(
            "|".join(rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True))
        )
    if compiled.target_group_senses or compiled.target_group_other_senses:
        assessor.situation = "\n".join(
            b.text
            for b in blocks
            if b.kind not in ("comment", "deleted", "heading") and context.is_situation(b)
        )
        # the titles say whom the whole proposal is for ("Gebarennest: rijles voor dove
        # ouders", "Waar lopen dove ouders op vast?"), wherever its situation is told
        assessor.titles = "\n".join(b.text for b in blocks if b.kind == "heading")
        # and a proposal that keeps naming them, part after part, is for them
        assessor.body = [b.text for b in blocks if b.kind not in ("comment", "deleted", "heading")]
    for block in blocks:
        assessor.block(block)
    for number in assessor.declined:
        # "Regio-uitdaging 4 nemen we niet op": what the text says of it elsewhere (a need in
        # the situation, a shared activity) does not make the project take it up
        for m in assessor.found.get(("challenges", number), []):
            if m.weight != "excluded":
                m.weight, m.reason, m.delivery = "excluded", "negation", False
    situation: dict[str | None, bool] = {}
    block_situation: dict[int, bool] = {}  # by id of the block (all alive while judged)

    def in_situation(block: Block) -> bool:
        # asked for every mention of every item when evidence is ranked: once per block, and
        # once per heading
        known = block_situation.get(id(block))
        if known is None:
            heading = context.heading(block)
            known = situation.get(heading)
            if known is None:
                known = situation[heading] = context.sections.is_context(heading)
            block_situation[id(block)] = known
        return known

    # a form in which the applicant ticked some options: what it left unticked it does not claim
    form_filled = any(b.checked is True for b in blocks)
    result = Coverage()
    for group in GROUPS:
        threshold: Threshold = getattr(rules, group)
        items = []
        for item in getattr(addendum, group):
            items.append(
                _judge(
                    group,
                    item,
                    assessor.found.get((group, item.id), []),
                    threshold,
                    max_evidence,
                    in_situation,
                    assessor.compiled.terms.key,
                    form_filled=form_filled,
                )
            )
        setattr(result, group, items)
    return result


SECTION_SENSE_CHARS = 1500  # how much of a section settles the sense of its heading's words


def _section_texts(blocks: list[Block]) -> dict[int, str]:
    """The start of the text under each heading (by id of the heading block)."""
    out: dict[int, str] = {}
    current: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            current = [block]
            out[id(block)] = ""
        elif current and len(out[id(current[0])]) < SECTION_SENSE_CHARS:
            out[id(current[0])] += " " + block.text
    return out


class _Assessor:
    """Reads the blocks in order and weighs every hit; keeps what carries from one sentence or
    block to the next (the mentions a 'Dat valt buiten ...' refers back to, the lead of an
    enumeration, the headings whose words name the section under them)."""

    def __init__(self, compiled: _Compiled, context: DocumentContext, referral_ok: set[str]):
        self.compiled = compiled
        self.context = context
        self.referral_ok = referral_ok
        self.found: dict[tuple[str, Any], list[_Mention]] = defaultdict(list)
        self.previous: list[_Mention] = []
        self.lead = dutch.Lead()  # what a clause ending in ':' says of the enumeration after it
        self.headings: list[tuple[Block, list[Hit]]] = []  # headings above, not yet judged
        self.declined: set[int] = set()  # challenges the proposal says it does not take up
        self.sections: dict[int, str] = {}  # heading block id -> the text under it
        # heading block id -> the section's sentences with the concepts each one names (found
        # once per heading, however many of its words ask)
        self._section_sentences: dict[int, list[tuple[str, set[tuple[str, Any, str]]]]] = {}
        self.situation = ""  # the situation and target-group parts, as one text
        self.titles = ""  # the document's headings, as one text
        self.body: list[str] = []  # the document's blocks of text outside its headings
        # (whether a concept's other sense stands in it: asked once per concept)
        self._situation_other: dict[tuple[str, Any, str], bool] = {}
        # what the headings over the current section gave: "2.7 Drugs en alcohol" over "we
        # doen geen ontwenning; wie hulp wil, brengen we naar het CAD" is no delivery either
        self.titled: list[_Mention] = []
        # the names the document gives organisations with their legal form ("vzw Brug naar
        # Huis"), found anywhere it repeats them
        self.own_names: re.Pattern[str] | None = None
        self.wished_list = False  # the list items under a short line that wishes

    def block(self, block: Block) -> None:
        if block.kind == "heading":
            self.previous = []
            self.titled = []
            self.wished_list = False
            self.lead = dutch.Lead()
            if not self.context.is_number_only(block):
                hits = list(self.compiled.terms.find(block.text))
                self.headings = [h for h in self.headings if h[1]] + [(block, hits)]
            return
        placement = self.context.placement(block)
        if placement.weight != "excluded":
            self.declined |= dutch.declined_challenges(block.text)
        work = placement.weight is None and self.context.describes_work(block)
        if self.headings:
            # "3.1 Aanwezig op vindplaatsen", "We laten niemand los": a heading's words say
            # what the section under it does, weighed where that section stands
            for heading, hits in self.headings:
                if hits and block.kind not in ("comment", "deleted", "header", "footer"):
                    self._text(
                        heading, hits, _answered(heading, block, placement), work, heading=True
                    )
            self.headings = []
        self.lead = self.lead.entering(block.kind)
        # "▸ Later misschien" over "• een taalcafé", "• een babbelbox met een psycholoog?": a
        # short line that wishes leads the list under it
        if block.kind != "list-item":
            self.wished_list = (
                block.kind == "paragraph"
                and len(block.text.split(None, _WISH_LEAD_WORDS)) <= _WISH_LEAD_WORDS
                and dutch.is_wish(block.text)
            )
        hits = list(self.compiled.terms.find(block.text))
        if not hits:
            self.previous = []
            self.lead = self._reporting(self.lead.after_text(block.text), block.text)
            return
        self._text(block, hits, placement, work)

    def _reporting(self, lead: dutch.Lead, text: str) -> dutch.Lead:
        """A lead that reports what the call says ("Uit de verrijkingssessie blijkt, en wij
        sluiten ons daarbij aan, dat:") makes its enumeration a restatement of the call, even
        where the project agrees with it."""
        if not lead.open or not text.rstrip().endswith(":"):
            return lead
        last = text.rstrip()[:-1].rsplit(". ", 1)[-1]
        names_call = any(
            not dutch.names_the_submission(last[: hit.start])
            for hit in self.compiled.call_references.find(last)
        )
        return lead.quoting() if names_call and dutch.reports(last) else lead

    def _other_sense(self, ref: tuple[str, Any, str], around: tuple[str, int], own: Hit) -> bool:
        """A word of the other sense of the term at `own` in its sentence ("een meter of peter
        op de werkvloer"), not the term itself; or, for some concepts, in the document's
        situation or titles ("tolk" in a proposal for Deaf people)."""
        other = self.compiled.other_senses.get(ref)
        if other is None:
            return False
        sentence, offset = around
        start, end = own.start - offset, own.end - offset
        if any(h.end <= start or h.start >= end for h in other.find(sentence)):
            return True
        if ref not in self.compiled.target_group_other_senses:
            return False
        found = self._situation_other.get(ref)
        if found is None:
            found = self._situation_other[ref] = any(
                True for text in (self.situation, self.titles) for _ in other.find(text)
            ) or _at_least(
                (True for text in self.body if any(True for _ in other.find(text))),
                _TOPIC_MENTIONS,
            )
        return found

    def _sense(
        self, ref: tuple[str, Any, str], around: tuple[str, int], own: Hit, block: Block
    ) -> bool:
        """A word of the concept's sense in the sentence (`around`: its text and where it starts
        in the block), or in the heading right above it; for a heading's own word, in the
        section under it ("Signaleren" over "Elk jaar bezorgen we een overzicht aan het lokaal
        bestuur"). Not the ambiguous word itself: "aanspreken" may settle "op straat", and
        "op straat" "aanspreken", but neither settles itself. Never where a word of its other
        sense stands in the sentence ("een meter of peter op de werkvloer")."""
        if self._other_sense(ref, around, own):
            return False
        sentence, offset = around
        start, end = own.start - offset, own.end - offset
        senses = self.compiled.senses[ref]
        heading = (block.heading or "").split(" › ")[-1]
        if block.kind == "heading":
            heading = self._section_senses(ref, block)
        return (
            any(
                (h.end <= start or h.start >= end)
                and not _PLAIN_LANGUAGE.search(sentence, 0, h.start)
                for h in senses.find(sentence)
            )
            or any(True for _ in senses.find(heading))
            or (
                ref in self.compiled.target_group_senses
                and any(True for _ in senses.find(self.situation))
            )
        )

    def _section_senses(self, ref: tuple[str, Any, str], heading: Block) -> str:
        """Where a heading's own ambiguous word takes its sense in the section under it: the
        sentences that say the concept again, when there are any ("4. Signaleren en
        doorverwijzen" over "... en verwijst door naar de huisarts" is settled by that
        referral, not by "samen met haar huisarts" two sentences on); else the whole section."""
        section = self.sections.get(id(heading), "")
        sentences = self._section_sentences.get(id(heading))
        if sentences is None:
            sentences = self._section_sentences[id(heading)] = [
                (section[a:b], {h.term.ref for h in self.compiled.terms.find(section[a:b])})
                for a, b in dutch.sentences(section)
            ]
        told = [text for text, refs in sentences if ref in refs]
        return " ".join(told) if told else section

    def _text(
        self,
        block: Block,
        block_hits: list[Hit],
        placement: Placement,
        work: bool,
        heading: bool = False,
    ) -> None:
        compiled = self.compiled
        referral_ok = self.referral_ok
        lead = self.lead if not heading else dutch.Lead()
        # an exclusion often spans the paragraph ("X valt buiten ... . X vraagt een aanpak die
        # het CAD uitwerkt."): later hits of that item in the block, where the project is not
        # the one acting, are set aside for the same reason
        set_aside: dict[tuple[str, Any], Reason] = {}
        # what the paragraph declines to do ("Psychische hulp bieden we zelf niet"), not who
        # its people are not ("Wij zijn geen psychologen")
        declined: set[tuple[str, Any]] = set()
        # "5. Mobiliteit. Ook vervoer is een probleem; in een tweede fase willen we ...": the
        # paragraph's opening label names what the paragraph goes on to say of the item; where
        # that is only a wish (or a decline, a referral), the label is no delivery either
        wished: set[tuple[str, Any]] = set()
        labels: list[_Mention] = []
        # every character offset inside an organisation's name
        in_org = {i for h in compiled.organisations.find(block.text) for i in range(h.start, h.end)}
        if self.own_names is not None:
            in_org.update(i for m in self.own_names.finditer(block.text) for i in range(*m.span()))
        spans = dutch.sentences(block.text)
        starts = [a for a, _ in spans]
        by_sentence: dict[int, list[Hit]] = defaultdict(list)
        # in one order whatever the matcher's: where two spellings of one concept start at the
        # same word, the one kept must not depend on the process's hash seed: the shortest
        # (words apart in a window are less sure than words together: "niet komt, bellen we
        # dezelfde dag op" is no "niet opdagen"), and of equal ones a word of the point's own
        # name ("vindplaatsgericht" over "vindplaats*")
        order = compiled.term_order
        for hit in block_hits:
            if hit.term not in order:
                ref = hit.term.ref
                order[hit.term] = (
                    (ref[0], ref[1], hit.term.text) not in compiled.names,
                    hit.term.text,
                    repr(ref),
                )
        for hit in sorted(block_hits, key=lambda h: (h.start, h.end, order[h.term])):
            by_sentence[bisect.bisect_right(starts, hit.start) - 1].append(hit)
        restating = False  # the paragraph restates the call ("In de oproep staan ...")
        # no word of the block names the call: then none of its sentences does
        names_call = compiled.call_references.may_find(block.text)
        previous = self.previous if not heading else []
        situation = self.context.is_situation(block)
        course_content = self.context.is_course_content(block)
        # "Voor ploegbazen en leidinggevenden organiseren we per bedrijf twee workshops. ...
        # Hoe plan je de ploegen tijdens de ramadan?": a paragraph that opens with a training
        # for the project's people or partners is what they are taught, sentence by sentence
        opening = block.text[spans[0][0] : spans[0][1]] if spans else ""
        staff_taught = dutch.trains_staff(opening)
        found = self.found
        for number, (s_start, s_end) in enumerate(spans):
            hits = by_sentence.get(number, [])
            sentence = block.text[s_start:s_end]
            restating = _restates_call(
                sentence, restating, compiled.call_references, names_call=names_call
            )
            _refer_back(sentence, previous, referral_ok, compiled.cues, compiled.activities)
            previous = []
            if not hits:
                lead = self._reporting(lead.after_text(sentence), sentence)
                continue
            quoted = restating or compiled.quotes.quotes(sentence)
            # whom the project serves, told in the call's words ("RISE richt zich op
            # regio-uitdaging 4: mensen met een alcohol-, drugs- of gokverslaving met drive en
            # capaciteiten"): the project's own choice of people, not a quote
            own_group = quoted and dutch.aims_at(sentence)
            # the call's words between quotation marks are cited, whatever the rest is
            cited = [] if quoted else compiled.quotes.quoted_spans(sentence)
            wish = self.wished_list or dutch.is_wish(sentence)
            budget = dutch.is_budget_line(sentence)
            clause_spans = [(s_start + a, s_start + b) for a, b in dutch.clauses(sentence)]
            clause_starts = [a for a, _ in clause_spans]
            # the lead in force for each clause: from before the sentence, or from a clause of
            # it that ends in ':' ("Wat we niet hebben: een psycholoog.")
            leads = []
            for c_start, c_end in clause_spans:
                leads.append(lead)
                lead = lead.after_clause(block.text[c_start:c_end], block.text[c_end:s_end])
            lead = self._reporting(lead.after_sentence(sentence), sentence)
            # a later clause that negates what the clauses before it named
            back = next(
                (
                    a
                    for k, (a, b) in enumerate(clause_spans)
                    if k > 0 and dutch.excludes_what_came_before(block.text[a:b])
                ),
                None,
            )
            # "Ook mensen met een burn-out komen bij ons, maar die vallen buiten dit project":
            # the people named before are excluded, even in a clause where the project acts
            people_back = back is not None and dutch.points_to_people(block.text[back:s_end])
            # "Maar zelf woningen zoeken of opvang organiseren, dat doen wij niet": the work
            # named before is declined, not only its people
            doing_back = back is not None and dutch.declines_doing(block.text[back:s_end])
            # "Kinderopvang: niet van toepassing, ...": a form's answer denies what it follows,
            # even under a heading of the work
            if back is None:
                back = next(
                    (
                        a
                        for k, (a, b) in enumerate(clause_spans)
                        if k > 0 and dutch.not_applicable(block.text[a:b])
                    ),
                    None,
                )
                people_back = back is not None
            # what the block's place gives every hit of this sentence
            base_weight: Weight | None = placement.weight
            base_reason: Reason | None = placement.reason
            if budget:
                base_weight = placement.weight or "weak"
                if not placement.weight:
                    base_reason = "budget"
            elif not placement.weight and dutch.tells_the_past(sentence, compiled.call_year):
                base_weight, base_reason = "weak", "history"
            any_valued = any(lead.valued for lead in leads)
            # what a hit's clause says depends only on where the hit stands: hits of several
            # terms and concepts on the same words (most of them) share it
            at_span: dict[tuple[tuple[int, int], bool], _ClauseFacts] = {}
            at_clause: dict[tuple[int, int], _OwnFacts] = {}  # and what a clause says itself
            # and what the words around a span say, asked per hit (by span, or by its start)
            institution_at: dict[tuple[int, int], bool] = {}
            sector_at: dict[int, bool] = {}
            topic_at: dict[int, bool] = {}
            sentence_key: int | None = None
            seen: set[tuple[Any, int]] = set()
            # "we werken outreachend, cultuursensitief, aanklampend en in partnerschap": a
            # sentence that names three or more ways of working lists principles; it
            # describes none of them
            named_points = {
                h.term.ref[1]
                for h in hits
                if (h.term.ref[0], h.term.ref[1], h.term.text) in compiled.names
            }
            principles = len(named_points) >= _PRINCIPLES_LISTED
            # (an intervision or a guest: the words asked about for most strong hits, sought
            # in the sentence once)
            asides = dutch.may_name_a_guest_or_reflection(sentence)
            # (what people struggle with or go without: its words sought once per sentence,
            # the patterns only where one of them stands)
            lacks = _LACK_WORDS.search(sentence) is not None
            someone = " die " in sentence
            having = _HAVING_WORDS.search(sentence) is not None
            label_first: bool | None = None  # the sentence is a paragraph's opening label
            # "het aanbod rond taal, digitale inclusie, kinderopvang, mobiliteit en huisvesting":
            # a sentence that names four service types or more lists fields, it describes none
            # (counted on words that name one service type only: "zelfbeeld" is several)
            domains = _domains_named(hits) >= _DOMAINS_LISTED
            # "de ondersteuning van anderstaligen, van mensen met medische en psychische
            # klachten, van alleenstaande ouders en van mensen met een verslaving": a sentence
            # that names the target groups of (nearly) every challenge lists the call's
            groups = len(
                {h.term.ref[1] for h in hits if h.term.ref in compiled.target_groups}
            ) >= max(2, len(compiled.challenge_ids) - _GROUPS_UNNAMED)
            for hit in hits:
                ref = hit.term.ref
                group, item_id, concept_id = ref
                if (ref, hit.start) in seen:
                    continue  # two spellings of one concept on the same words
                seen.add((ref, hit.start))
                item = (group, item_id)
                mentions = found[item]
                if len(mentions) >= MAX_MENTIONS_PER_ITEM:
                    # its weight could only set aside later hits of this same item in the
                    # block, and those are not kept either
                    continue
                span = (hit.start, hit.end)
                # (a negator between the words of a term without one: "spreken we niet aan")
                inner = not dutch.has_negator(hit.term.text)
                facts = at_span.get((span, inner))
                if facts is None:
                    facts = at_span[(span, inner)] = _clause_facts(
                        block.text,
                        span,
                        clause_spans,
                        clause_starts,
                        leads,
                        work,
                        at_clause,
                        inner,
                    )
                clause, quoted_here, negated, clause_referral, actor = facts
                # (the weight without and with an organisation's name at the hit: the name is
                # sought only where it changes the outcome)
                plain, by_name = _weighed(
                    base_weight,
                    base_reason,
                    (quoted and not (own_group and ref in compiled.target_groups))
                    or quoted_here
                    or any(a <= hit.start - s_start and hit.end - s_start <= b for a, b in cited),
                    negated,
                    clause_referral and item_id not in referral_ok and group != "attention",
                    wish,
                    actor,
                )
                weight, reason, delivery = plain
                if (
                    by_name != plain
                    # a name is evidence of a link with that organisation (attention points)
                    # only where the clause describes working with it; never of a service
                    # (a phrase whose words stand apart and end inside a name, "netwerk ... in
                    # het Sociaal Huis", takes a word of the name: no phrase of the text)
                    and (
                        hit.start in in_org
                        or (
                            (hit.end - 1) in in_org
                            and block.text.count(" ", hit.start, hit.end) >= len(hit.term.parts)
                        )
                        or _at(
                            institution_at,
                            span,
                            dutch.names_institution,
                            block.text,
                            hit.end,
                            hit.start,
                        )
                    )
                    and (group != "attention" or not _works_with(clause, compiled.cues))
                ):
                    weight, reason, delivery = by_name
                if weight == "strong" and _names_a_need(
                    block.text,
                    s_start,
                    hit.start,
                    group,
                    ref in compiled.target_groups,
                    lacks=lacks,
                    someone=someone,
                    # (not where the sentence lists the call's target groups)
                    had=having and not groups and ref in compiled.conditions,
                ):
                    weight, reason, delivery = "weak", "need", False
                if weight == "strong" and group == "attention" and _negated_inside(block.text, hit):
                    # "ze vinden de weg niet naar de diensten": a split phrase with a negation
                    # between its words says what does not happen, the need
                    weight, reason, delivery = "weak", "need", False
                if (
                    weight == "strong"
                    and situation
                    and (
                        group in _WAYS_OF_WORKING
                        # (and a challenge's activities: "2. Theory of change ... → meer sociale
                        # contacten")
                        or (group == "challenges" and ref in compiled.activities)
                    )
                ):
                    # a point of attention is a way of working and a service type is what the
                    # project does: the situation section describes the problem ("de
                    # installatie valt uit", "soms een beginnend alcoholprobleem"), not the work
                    weight, reason, delivery = "weak", "section", False
                if weight == "strong" and (
                    (
                        (ref, hit.term.text) in compiled.ambiguous
                        and not self._sense(
                            ref, _sense_window(block.text, spans, number), hit, block
                        )
                    )
                    or (
                        (ref, hit.term.text) in compiled.contested
                        and (
                            self._other_sense(ref, _around(block.text, spans, number), hit)
                            or any(
                                self._other_sense(ref, (block.text[a:b], a), hit)
                                for a, b in _mentions_so_far(block.text, spans, number, hit)
                            )
                        )
                    )
                ):
                    weight, reason, delivery = "weak", "ambiguous", False
                if (
                    weight == "strong"
                    and block.text.find(" in ", hit.start, hit.end) >= 0
                    and _HELD_IN_PLAIN_DUTCH.search(block.text, hit.start, hit.end)
                ):
                    weight, reason, delivery = "weak", "ambiguous", False
                if (
                    weight == "strong"
                    and asides
                    and dutch.leads_reflection(block.text[max(s_start, hit.start - 80) : hit.start])
                ):
                    weight, reason, delivery = "weak", "ambiguous", False
                if (
                    weight == "strong"
                    and asides
                    and group != "challenges"
                    and dutch.names_a_guest(
                        block.text[max(s_start, hit.start - 60) : min(s_end, hit.end + 80)]
                    )
                ):
                    # a professional invited as a guest tells; the group is the work
                    weight, reason, delivery = "weak", "topic", False
                if weight == "strong" and group != "attention":
                    before = sentence[: hit.start - s_start]
                    if _at(sector_at, hit.start, dutch.names_sector, before):
                        weight, reason, delivery = "weak", "sector", False
                    elif (
                        ref in compiled.target_groups
                        and _at(topic_at, hit.start, dutch.asks_about, before)
                    ) or (
                        # (what a training is about is the service itself where teaching is
                        # the service: "een workshop over omgaan met kritiek"; a challenge's
                        # activities told by the same words are topics too)
                        (
                            group == "services"
                            or (group == "challenges" and ref not in compiled.target_groups)
                        )
                        and ref not in compiled.taught
                        and (
                            course_content
                            or dutch.trains_about(before)
                            # "Thema's: de dokter, het ziekenfonds, een sollicitatiegesprek"
                            or dutch.lists_themes(before)
                        )
                    ):
                        weight, reason, delivery = "weak", "topic", False
                    elif ref in compiled.target_groups and (
                        dutch.someones_family(before, block.text[hit.start : hit.end])
                        or dutch.names_a_share(before)
                    ):
                        # "de bankkaart van zijn moeder", "Een derde heeft een
                        # migratieachtergrond": the family of the people served, or a share of
                        # them, is not whom the project is for
                        weight, reason, delivery = "weak", "ambiguous", False
                    elif group == "services" and (
                        dutch.names_occasion(
                            block.text[hit.start : hit.end], before, sentence[hit.end - s_start :]
                        )
                        or dutch.on_route(before, sentence[hit.end - s_start :])
                        or dutch.by_the_way(before, sentence[hit.end - s_start :])
                    ):
                        weight, reason, delivery = "weak", "occasion", False
                if (
                    domains
                    and weight == "strong"
                    and (
                        group == "services"
                        # (and the challenges' activities told by the same words)
                        or (group == "challenges" and ref not in compiled.target_groups)
                    )
                ):
                    weight, reason, delivery = "weak", "endorsement", False
                if groups and ref in compiled.target_groups and weight == "strong":
                    weight, reason, delivery = "weak", "endorsement", False
                valued = (
                    any_valued and leads[bisect.bisect_right(clause_starts, hit.start) - 1].valued
                )
                if valued and weight == "strong" and group != "attention":
                    # "Onze waarden zijn: ... Cultuursensitief – iedereen is welkom": a value
                    # held, whatever it is a word of
                    weight, reason, delivery = "weak", "endorsement", False
                if (
                    weight == "strong"
                    and ref in compiled.by_the_people
                    and _WE_INSIDE.search(block.text, hit.start, hit.end) is not None
                ):
                    # "Zo leren we mensen kennen die nooit zelf ... zouden stappen": the
                    # project meets people; no one's network grows
                    weight, reason, delivery = "weak", "ambiguous", False
                if (
                    weight == "strong"
                    and ref in compiled.by_the_project
                    and dutch.among_themselves(sentence)
                ):
                    # "Deelnemers ... sturen elkaar een berichtje als iemand niet komt": the
                    # participants follow each other up, the project does not
                    weight, reason, delivery = "weak", "ambiguous", False
                if group == "attention" and weight == "strong":
                    named = _only_named(
                        sentence,
                        clause,
                        (hit.start - s_start, hit.end - s_start),
                        # (in a list of points by their names, the other words of a point
                        # named there belong to the list too: "het signaleren van systeemfouten
                        # aan hogere overheden")
                        by_name=(group, item_id, hit.term.text) in compiled.names
                        or (principles and item_id in named_points),
                        principles=principles,
                        heading=block.kind == "heading",
                        # (taught to the project's people or its partners, not to the
                        # participants: "samenwerken met collega's uit andere culturen" in a
                        # course's skill list is the course's topic)
                        taught=ref in compiled.taught
                        and (staff_taught or dutch.teaches_staff(sentence)),
                        # (the whole item: "Outreachend. We gaan langs bij ..." tells the work;
                        # "In ons project doen we het volgende: • nazorg" lists the work)
                        listed=block.kind == "list-item"
                        and not leads[0].actor
                        and _is_bare_label(block.text),
                        valued=valued,
                        course=course_content,
                    )
                    if named is not None:
                        weight, reason, delivery = "weak", named, False
                    elif dutch.by_the_way(sentence[: hit.start - s_start]):
                        # "Zo kunnen we ook systeemfouten signaleren": what the work also
                        # allows, not a way of working
                        weight, reason, delivery = "weak", "occasion", False
                if (
                    group == "attention"
                    and weight == "strong"
                    and item_id not in referral_ok
                    and (
                        (
                            dutch.is_referral(clause)
                            and not dutch.bridges(clause)
                            # the place referred to (or the referral), not the one who refers ("Een
                            # eerstelijnspsycholoog houdt spreekuur in onze lokalen en verwijst
                            # door naar het CGG" links the project with the first line)
                            and dutch.is_referral(sentence[: hit.end - s_start])
                        )
                        or dutch.is_inbound(clause)
                    )
                ):
                    weight, reason = "weak", "referral"
                if (
                    back is not None
                    and hit.start < back
                    and weight == "strong"
                    # (whom the project serves is no delivery: "Anderstaligen zijn bij ons
                    # ook welkom, maar dat is geen focus van dit project")
                    and (not delivery or people_back or doing_back or ref in compiled.target_groups)
                ):
                    weight, reason = "excluded", "negation"
                aside = _aside_key(group, item_id, concept_id)
                if weight == "excluded" and reason == "wish":
                    wished.add(aside)
                if weight == "excluded" and reason in ("negation", "referral"):
                    set_aside[aside] = reason
                    if reason == "negation" and not dutch.denies_identity(clause):
                        declined.add(aside)
                elif (
                    weight == "strong"
                    and aside in set_aside
                    and (
                        not delivery
                        # "Psychische hulp bieden we zelf niet. Bij signalen ... doen we een
                        # warme overdracht": a referral that counts as the service does not
                        # where the paragraph has just declined that service
                        or (item_id in referral_ok and aside in declined)
                    )
                ):
                    weight, reason, delivery = "excluded", set_aside[aside], False
                if sentence_key is None:
                    sentence_key = hash(fold(sentence))
                mention = _Mention(
                    block,
                    concept_id,
                    hit.start,
                    hit.end,
                    weight,
                    reason,
                    delivery,
                    sentence_key,  # the same sentence repeated is no new delivery
                    item,
                )
                mentions.append(mention)
                previous.append(mention)
                if heading:
                    self.titled.append(mention)
                elif number == 0 and len(spans) > 1 and weight == "strong":
                    if label_first is None:
                        label_first = _is_bare_label(sentence)
                    if label_first:
                        labels.append(mention)
        for mention in labels:
            aside = _aside_key(mention.item_group, mention.item, mention.concept)
            told = set_aside.get(aside) or ("wish" if aside in wished else None)
            if told is not None:
                mention.weight, mention.reason, mention.delivery = "excluded", told, False
        if not heading:
            self.previous = previous
            self.lead = lead
            for mention in self.titled:
                # the section excludes or refers out what its heading names
                reason = set_aside.get(
                    _aside_key(mention.item_group, mention.item, mention.concept)
                )
                # (a way of working is not: "Samen met de huisarts" over "We zijn geen
                # psychologen, ... geven een seintje aan de huisarts")
                if (
                    reason is not None
                    and mention.weight == "strong"
                    and mention.item_group != "attention"
                ):
                    mention.weight, mention.reason = "excluded", reason


def _answered(question: Block, answer: Block, placement: Placement) -> Placement:
    """A form's question names what it asks about ("Cultuursensitief?", "Werkt u
    outreachend?"); only an answer that says yes takes it up ("JA. Zie punt 5"). Under any
    other answer the question's words are weak: the answer's own words tell the work."""
    # (a question that asks how or which is answered by the work it names: "Hoe verzekert u
    # nazorg?" over the aftercare told in other words)
    if (
        placement.weight is not None
        or not forms.is_closed_question(question.text)
        or forms.affirms(answer.text)
    ):
        return placement
    return Placement("weak", "asked")


def _aside_key(group: str, item_id: Any, concept_id: str) -> tuple[str, Any]:
    """What an exclusion sets aside for the rest of its paragraph: the whole service or point
    of attention; of a challenge only the concept (a target group, an activity), since "die nooit
    hebben leren fietsen" about the activity says nothing of "Velen zijn ook moeder"."""
    return (group, (item_id, concept_id)) if group == "challenges" else (group, item_id)


# A hit's clause and what it says, whatever the term: (clause, quoted by the lead in force,
# negated, a referral, the project acts in it)
_ClauseFacts = tuple[str, bool, bool, bool, bool]
# What a clause says whatever stands where in it: (clause, the main clause after it is
# negated, a referral, the project acts in it, it has a word that a negation needs)
_OwnFacts = tuple[str, bool, bool, bool, bool]


_LONG_CLAUSE = 800  # characters
_REACH = 300  # characters each side of a hit in a longer one


def _near(text: str, c_start: int, c_end: int, start: int, end: int) -> tuple[int, int]:
    """The part of a too long clause within `_REACH` of the hit at start:end, cut at spaces."""
    lo, hi = max(c_start, start - _REACH), min(c_end, end + _REACH)
    if lo > c_start:
        space = text.find(" ", lo, start)
        lo = space + 1 if space >= 0 else lo
    if hi < c_end:
        space = text.rfind(" ", end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def _clause_facts(
    text: str,
    span: tuple[int, int],
    clause_spans: list[tuple[int, int]],
    clause_starts: list[int],
    leads: list[dutch.Lead],
    work: bool,
    at_clause: dict[tuple[int, int], _OwnFacts] | None = None,
    inner: bool = False,
) -> _ClauseFacts:
    """What the clause of a hit at `span` says of it (the same for every term on those words).
    Only the negation depends on where the hit stands in its clause: the rest is remembered
    per clause in `at_clause` (by clause index and end) for the other hits in it."""
    start, end = span
    c_index = max(bisect.bisect_right(clause_starts, start) - 1, 0)
    c_start, c_end = clause_spans[c_index]
    c_end = max(c_end, end)
    if c_end - c_start > _LONG_CLAUSE:
        # no real clause is this long: a list or text without punctuation (a flattened table,
        # a damaged PDF). Its words near the hit are its clause; every question about it then
        # reads a few hundred characters, not the whole stretch once per hit.
        c_start, c_end = _near(text, c_start, c_end, start, end)
        at_clause = None
    own = at_clause.get((c_index, c_end)) if at_clause is not None else None
    if own is None:
        clause = text[c_start:c_end]
        # "wie niet meer komt, wordt niet opnieuw gecontacteerd", "Voor wie problemen heeft
        # met drugs, verwijzen we door naar het CAD": a subordinate clause takes the polarity
        # and the referral of the main clause after it
        main = (
            _whole(text, clause_spans[c_index + 1])
            if c_index + 1 < len(clause_spans) and dutch.is_subordinate(clause)
            else None
        )
        # "doorverwezen naar de VDAB en het GTB, die de verdere jobcoaching opnemen": the
        # relative clause tells what the party referred to does
        referred_to = (
            c_index > 0
            and dutch.is_relative(clause)
            and dutch.is_referral(_whole(text, clause_spans[c_index - 1])[0])
        )
        own = (
            clause,
            main is not None and dutch.negates(*main),
            dutch.is_referral(clause)
            or (main is not None and dutch.is_referral(main[0]))
            or referred_to,
            # in an activity section, a clause about what the people served have or lack
            # ("Sommige vrouwen hebben al werk") is not the project's work
            (work and not dutch.describes_people(clause) and not dutch.is_purpose(clause))
            or dutch.has_project_actor(clause),
            dutch.may_negate(clause),
        )
        if at_clause is not None:
            at_clause[(c_index, c_end)] = own
    clause, main_negated, referral, acts, may_negate = own
    in_force = leads[c_index]
    negated = (
        in_force.negated
        or (may_negate and dutch.negates(clause, start - c_start, end - c_start, inner))
        or main_negated
    )
    return clause, in_force.quoted, negated, referral or in_force.referral, in_force.actor or acts


def _weigh(
    weight: Weight | None,
    reason: Reason | None,
    *,
    quoted: bool,
    negated: bool,
    referral: bool,
    wish: bool,
    organisation: bool,
    actor: bool,
) -> tuple[Weight, Reason | None, bool]:
    """One hit's weight and reason, strongest objection first; and whether it is a delivery."""
    if weight == "excluded":
        return "excluded", reason, False
    if reason == "ticked":
        return "weak", reason, False  # a ticklist names the call's items by design
    if quoted:
        return "excluded", "call-quote", False
    if negated:
        return "excluded", "negation", False
    if referral:
        return "excluded", "referral", False
    if wish:
        return "excluded", "wish", False
    if weight == "weak":
        return "weak", reason, False
    if organisation:
        return "weak", "organisation", False
    return "strong", None, actor


@functools.lru_cache(maxsize=1024)
def _weighed(
    weight: Weight | None,
    reason: Reason | None,
    quoted: bool,
    negated: bool,
    referral: bool,
    wish: bool,
    actor: bool,
) -> tuple[tuple[Weight, Reason | None, bool], tuple[Weight, Reason | None, bool]]:
    """`_weigh` without and with an organisation's name at the hit. It depends on a few flags
    only (remembered), and where both agree, the name need not be sought."""
    flags = {"quoted": quoted, "negated": negated, "referral": referral, "wish": wish}
    return (
        _weigh(weight, reason, **flags, organisation=False, actor=actor),
        _weigh(weight, reason, **flags, organisation=True, actor=actor),
    )


def _at(known: dict[Any, bool], where: Any, ask: Callable[..., bool], *args: Any) -> bool:
    """`ask(*args)`, remembered in `known` by `where`: for a question about the words around a
    hit that the other hits on the same words ask again."""
    answer = known.get(where)
    if answer is None:
        answer = known[where] = ask(*args)
    return answer


def _names_a_need(
    text: str,
    s_start: int,
    start: int,
    group: str,
    target_group: bool,
    *,
    lacks: bool,
    someone: bool,
    had: bool,
) -> bool:
    """The words before a hit at `start` (in its sentence from `s_start`) make it a need, not
    the work: what people struggle to do ("die moeilijk hun weg vinden naar de
    dienstverlening", a way of working), what they go without ("Ouders zonder vervoer kunnen
    een taxicheque krijgen"; not whom the project serves, "jongeren zonder diploma"), or the
    situation of someone described ("voor de mama die morgen een sollicitatiegesprek heeft", a
    service), or a condition people have or had ("volwassenen met depressieve klachten",
    "soms na een burn-out", "Sommigen hebben ook een fysieke beperking": whom the project
    serves, not the service that answers it). `lacks`, `someone` and `had`: the sentence has
    a word these need (`had`: and the hit is a condition)."""
    if had and _HAVING.search(text, max(s_start, start - 70), start):
        return True
    if lacks and group == "attention":
        return _STRUGGLING.search(text, max(s_start, start - 40), start) is not None
    if lacks and not target_group and _WITHOUT.search(text, max(s_start, start - 30), start):
        return True
    return (
        someone
        and group == "services"
        and _SOMEONE_WHO.search(text, max(s_start, start - 60), start) is not None
    )


# a word the document says in this many of its parts is what it is about ("doofblindheid" in
# every part of a proposal for deafblind people; not a welcome for Deaf visitors in one)
_TOPIC_MENTIONS = 3


def _at_least(found: Iterable[object], count: int) -> bool:
    return sum(1 for _ in itertools.islice(found, count)) >= count


def _negated_inside(text: str, hit: Hit) -> bool:
    """A negation between the words of a split phrase ("vinden de weg niet naar"), where the
    term itself has none ("de weg vinden naar"; not "laten niet los")."""
    return dutch.has_negator(
        dutch.without_not_only(text[hit.start : hit.end])
    ) and not dutch.has_negator(hit.term.text)


_SOMEONE_WHO = re.compile(
    r"\b(voor|bij)\s+(de|een)\s+(mama|papa|ouder|moeder|vader|vrouw|man|jongere|persoon)\s+"
    r"die\s+(\w+\s+){0,4}$",
    re.IGNORECASE,
)
_HAVING_WORDS = re.compile(r"\b(met|na|hebben|heeft|had|hadden)\b", re.IGNORECASE)
# the words right before a condition that make it one people have or had ("met een", "na
# een", "hebben ook een"); not what the work is about ("leren omgaan met stress", "praten
# over")
_HAVING = re.compile(
    r"(?<!omgaan )(?<!samen )\b(met|na|hebben|heeft|had|hadden)\s+(?!(?:\S+\s+)*?"
    r"(?:we|wij|die|dat|om|maar|omdat|waar|wanneer|als|zodat|voor|bij)\b)[^.;:!?)]{0,60}$",
    re.IGNORECASE,
)
_LACK_WORDS = re.compile(
    r"(?=[zgman])\b(zonder|geen|moeilijk|moeilijker|moeizaam|amper|nauwelijks)\b", re.IGNORECASE
)
_WITHOUT = re.compile(r"\b(zonder|geen\s+eigen)\s+((een|eigen|de|het)\s+)?$", re.IGNORECASE)
# the words right before a way of working that make it what people struggle to do
_STRUGGLING = re.compile(
    r"\b(moeilijk|moeilijker|moeizaam|amper|nauwelijks)\s+(\w+\s+)?$", re.IGNORECASE
)
_WE_INSIDE = re.compile(r"\b(we|wij)\b", re.IGNORECASE)
_WISH_LEAD_WORDS = 5  # "▸ Later misschien", "Ideeën voor later:"
_PRINCIPLES_LISTED = 3
_DOMAINS_LISTED = 4
# a sentence naming the target groups of all challenges but this many lists them
_GROUPS_UNNAMED = 1


def _domains_named(hits: list[Hit]) -> int:
    """How many service types a sentence names, each by words that name that type alone."""
    by_span: dict[tuple[int, int], set[Any]] = defaultdict(set)
    for h in hits:
        if h.term.ref[0] == "services":
            by_span[(h.start, h.end)].add(h.term.ref[1])
    return len({next(iter(items)) for items in by_span.values() if len(items) == 1})


def _only_named(
    sentence: str,
    clause: str,
    span: tuple[int, int],
    *,
    by_name: bool,
    principles: bool,
    heading: bool,
    listed: bool = False,
    taught: bool = False,
    valued: bool = False,
    course: bool = False,
) -> Reason | None:
    """Why a way of working found at `span` of `sentence` is only named, not practised; None
    when the sentence may tell the work. `by_name`: the words are the point's own name
    ("aanklampend"); `principles`: the sentence names three or more points so; `listed`: the
    sentence is a whole list item of a few words ("• Outreachend en aanklampend"); `valued`:
    the sentence is in a list of the project's values ("Onze waarden zijn: ..."); `course`: it
    is a cell of what a course covers."""
    if (
        not taught
        and (
            course
            # (the question before the hit's end: "avonden met een tolk over verslaving, hoe je
            # erover praat" hold the talk with an interpreter; the question is its topic)
            or (dutch.is_topic(clause) and dutch.is_topic(sentence[: span[1]]))
            or dutch.lists_themes(sentence[: span[0]])
            or dutch.trains_about(sentence[: span[0]])
            or dutch.skills_learned(sentence[: span[0]])
        )
    ):
        return "topic"  # "hoe spreek je iemand aan": a topic taught
    if valued:
        return "endorsement"  # "Brugfiguur – de jeugdraad wil dé brug zijn": a value held
    if by_name and (
        principles
        or dutch.hedged(sentence)
        or dutch.hedged_after(sentence, span[1])
        or dutch.likened(sentence[: span[0]])
        or dutch.commits_to(sentence, span[1])
        or dutch.self_portrait(sentence, *span)
        # a bare label in a list of values
        or listed
        # (a heading's list names its parts: "Regie, leren en signaleren" heads the work on
        # each)
        or (not heading and dutch.in_list_of_qualities(sentence, *span))
    ):
        return "endorsement"
    if dutch.endorses(sentence):
        return "endorsement"  # "We hebben oog voor aanklampend werken": valued, not practised
    return None


def _works_with(clause: str, cues: Matcher) -> bool:
    """The clause describes working with the organisations it names: a cooperation cue in it.
    Going along is no cue where it goes to a list of places ("gaat mee naar de school, de
    huisarts, het Sociaal Huis en de bibliotheek"): that is a buddy's errands, a bridge, not
    a link with care."""
    found = [clause[h.start : h.end] for h in cues.find(clause)]
    if not found or dutch.bare_partnership(clause):
        return False
    if all(dutch.is_going_along(cue) for cue in found):
        return not dutch.lists_places(clause)
    if any(dutch.is_going_along(cue) for cue in found) and dutch.lists_places(clause):
        # "gaat mee naar de school, de huisarts, ... en is een aanspreekpunt": the buddy being
        # a contact point is its own role, no cooperation with the places on the list
        return any(
            not dutch.is_going_along(cue) and not dutch.is_contact_role(cue) for cue in found
        )
    return True


# "hulp bij de theorie in eenvoudig Nederlands": the language an activity is held in, not a
# language taught
_PLAIN = "eenvoudig|duidelijk|klaar|helder|begrijpelijk"
_PLAIN_LANGUAGE = re.compile(rf"\bin\s+({_PLAIN})\s+$", re.I)
# ... and as the words of a hit: "We geven les in duidelijk Nederlands" holds the lessons in it
_HELD_IN_PLAIN_DUTCH = re.compile(rf"\bin\s+({_PLAIN}|makkelijk)e?\s+nederlands\b", re.I)

_BARE_LABEL_WORDS = 4


def _is_bare_label(sentence: str) -> bool:
    """A few words with no one acting: a label or a value, not a sentence that tells work."""
    return len(WORD.findall(sentence)) <= _BARE_LABEL_WORDS and not dutch.has_project_actor(
        sentence
    )


def _sense_window(text: str, spans: list[tuple[int, int]], number: int) -> tuple[str, int]:
    """Where an ambiguous word's sense is sought: `_around` it, or the whole paragraph where the
    word is the paragraph's opening label ("Brugfiguur. Yasmina is opgegroeid met Dove ouders,
    zij kent beide werelden. Zij gaat mee naar de huisarts ..."): the label names what the
    paragraph tells. The sentence right after such a label tells who the label names, so the
    label is part of its window ("1. Meelopers. Iemand die het zelf heeft meegemaakt en die
    meegaat."); later sentences move on (measured: taking the label into every sentence of its
    paragraph cost more tuned verdicts than it gained)."""
    if len(spans) > 1 and _is_bare_label(text[spans[0][0] : spans[0][1]]):
        if number == 0:
            return text, 0
        if number == 1:
            window, offset = _around(text, spans, number)
            return text[spans[0][0] : offset + len(window)], spans[0][0]
    return _around(text, spans, number)


def _around(text: str, spans: list[tuple[int, int]], number: int) -> tuple[str, int]:
    """A sentence with the sentence after it in its paragraph: what settles a word's sense is
    often said right after it ("Als iemand wegblijft. Wie twee trainingen mist, krijgt een
    telefoontje."). Not the sentence before: "De werknemer kan de jobcoach altijd bellen. Bij
    dreigende uitval ..." is no follow-up of the one who drops out. A semicolon joins one
    thought, though: after one, the part before it counts too ("Wie twee afspraken mist, krijgt
    een telefoontje; lukt dat niet, dan volgt een huisbezoek")."""
    last = min(number + 1, len(spans) - 1)
    first = number
    while first > 0 and text[spans[first - 1][0] : spans[first - 1][1]].rstrip().endswith(";"):
        first -= 1
    # a sentence whose subject is a pronoun names its subject in the one before ("Onze
    # coaches komen uit de gemeenschap. Ze spreken Lingala en Arabisch.")
    if first == number > 0 and _PRONOUN_SUBJECT.match(text, spans[number][0]):
        first -= 1
    return text[spans[first][0] : spans[last][1]], spans[first][0]


def _mentions_so_far(
    text: str, spans: list[tuple[int, int]], number: int, hit: Hit
) -> Iterator[tuple[int, int]]:
    """The earlier sentences of its paragraph that use the same word, where the hit names it
    again with a definite article ("Elke nieuwe medewerker krijgt een ervaren collega als
    buddy. De buddy werkt in dezelfde diensten"): that is the same one, in the sense its first
    use showed; and so where it opens a sentence bare ("Buddy's krijgen een opleidingsdag"),
    the kind named before. Not a new one ("Voor dove ouders een VGT-tolk. Voor anderen vragen
    we een tolk aan")."""
    if number == 0:
        return
    opening = not text[spans[number][0] : hit.start].strip(_OPENING_MARKS)
    if not opening and _DEFINITE_BEFORE.search(text, 0, hit.start) is None:
        return
    word = re.compile(rf"\b{re.escape(hit.term.text)}\b", re.IGNORECASE)
    for n in range(number):
        if word.search(text, spans[n][0], spans[n][1]) is not None:
            yield spans[n]


_DEFINITE_BEFORE = re.compile(r"\b(de|het|die|deze)\s+$", re.IGNORECASE)
_OPENING_MARKS = " \t\n\"'“”‘’(•*-–"


_PRONOUN_SUBJECT = re.compile(r"\s*(Ze|Zij|Hij|Die|Deze)\s+\w+")


def _whole(text: str, span: tuple[int, int]) -> tuple[str, int, int]:
    """A clause as (text, empty hit at its end) for asking whether it negates at all."""
    clause = text[span[0] : span[1]]
    return clause, len(clause), len(clause)


_ENUMERATED = re.compile(r"^\W*\(?(\d{1,2}|[a-h])[.)]\s")


def _restates_call(
    sentence: str, before: bool, references: Matcher, *, names_call: bool = True
) -> bool:
    """Whether this sentence restates the call: it names the call and the project does not act
    in it, or the sentence before did and this one goes on without the project acting.

    The next item of an enumeration that restates the call ("...: (1) anderstaligen ...;
    (2) mensen met medische klachten die zicht moeten krijgen op hun mogelijkheden") goes on
    restating unless the project itself is its subject: "krijgen" there is a need, not what
    participants receive."""
    if before and _ENUMERATED.match(sentence) and not dutch.names_project(sentence):
        return True
    # "Kandidatuur lokaal addendum regio DAW+", "Voorstel voor het lokaal addendum": naming
    # the call this proposal answers is not restating what the call says
    restates = before or (
        names_call
        and any(
            not dutch.names_the_submission(sentence[: hit.start])
            for hit in references.find(sentence)
        )
    )
    # (asked second: most sentences neither name the call nor follow one that does)
    return restates and not (
        dutch.has_project_actor(sentence) and not dutch.reads_the_call(sentence)
    )


# "Met beide ...", "Met hen ...": a sentence that opens with those the one before named
_WITH_THEM = re.compile(
    r"^\W*met\s+(beide|beiden|allebei|hen|hem|haar|die|deze|elk\s+van\s+hen|hen\s+allebei)\b",
    re.IGNORECASE,
)


def _refer_back(
    sentence: str,
    previous: list[_Mention],
    referral_ok: set[str],
    cues: Matcher,
    activities: frozenset[tuple[str, Any, str]],
) -> None:
    """'Dat valt buiten dit project.' / 'Daarvoor verwijzen we door.' about the sentence before
    (of a service, or of a challenge's activity: "sommige kandidaten hebben
    kinderopvangvragen. Die verwijzen we door naar het lokaal loket kinderopvang"). And 'Met
    beide hebben we een vaste contactpersoon afgesproken.' after a referral: the project works
    with those it refers to, a link of the lines of care, no bare referral."""
    if not previous:
        return
    if _WITH_THEM.match(sentence) and _works_with(sentence, cues):
        for m in previous:
            if m.item_group == "attention" and m.weight == "weak" and m.reason == "referral":
                m.weight, m.reason = "strong", None
        return
    if not dutch.refers_back(sentence):
        # "Meer kunnen wij daar niet in doen, ...": a pointer back in the first clause
        first = dutch.clauses(sentence)[:1]
        if first and dutch.excludes_what_came_before(
            sentence[first[0][0] : first[0][1]], dutch.POINTS_BACK_ADVERB
        ):
            for m in previous:
                if m.weight != "excluded":
                    m.weight, m.reason, m.delivery = "excluded", "negation", False
        return
    if dutch.excludes_what_came_before(sentence):
        for m in previous:
            if m.weight != "excluded":
                m.weight, m.reason, m.delivery = "excluded", "negation", False
    elif dutch.is_referral(sentence):
        for m in previous:
            if m.weight == "excluded" or m.item in referral_ok:
                continue
            if m.item_group == "services" or (m.item_group, m.item, m.concept) in activities:
                m.weight, m.reason, m.delivery = "excluded", "referral", False


def _judge(
    group: str,
    item: Any,
    evidence: list[_Mention],
    threshold: Threshold,
    max_evidence: int = MAX_EVIDENCE_PER_ITEM,
    is_context: Callable[[Block], bool] = lambda _block: False,
    key: Callable[[str], str] = fold,
    *,
    form_filled: bool = False,
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
    delivered = {e.concept for e in evidence if e.weight == "strong" and e.delivery}
    if threshold.context_roles and delivered:
        strong += [
            c
            for c in dict.fromkeys(
                e.concept
                for e in evidence
                if e.weight == "weak"
                and roles.get(e.concept) in threshold.context_roles
                # the situation told in its section, the target group named in a table that
                # maps the project onto the call, or on a form's cover ("Doelgroep: ..."), or
                # the condition of the people served ("Wanneer een deelnemer met depressie
                # worstelt, schakelen we de eerstelijnspsycholoog in")
                and (
                    (e.reason == "section" and is_context(e.block))
                    or e.reason in ("mapped", "cover", "need")
                )
            )
            if c not in strong
        ]
        weak = [c for c in weak if c not in strong]
    have_roles = {
        roles[c] for c in strong if roles[c] not in threshold.delivery_roles or c in delivered
    }
    # a delivered activity may imply whom it is for ("we zoeken samen een crèche": parents)
    implied = {c.id: c.implies for c in item.concepts}
    have_roles.update(role for c in delivered for role in implied.get(c, []))
    # a delivery is of what is done, not of whom it is for ("Een gezin krijgt een fiets" does
    # not deliver childcare)
    deliveries = _deliveries(
        [
            e
            for e in evidence
            if e.weight == "strong" and e.delivery and roles.get(e.concept) != "doelgroep"
        ],
        key,
    )
    # a ticked option in a form is the applicant's own claim: with a concept that the project
    # is seen to deliver, it is a second, independent sign (not a concept of its own)
    ticked = bool(delivered) and any(
        e.reason == "ticked" and _names_item(e.block.text, item) for e in evidence
    )
    enough = len(strong) + ticked >= threshold.min_concepts or (
        threshold.single_concept_deliveries is not None
        and len(strong) >= 1
        and deliveries >= threshold.single_concept_deliveries
    )
    # a concept that is the service on its own, delivered
    enough = enough or bool(delivered & set(item.sufficient_concepts))
    if threshold.require_delivery and deliveries == 0:
        enough = False
    # the applicant left this item's box unticked in a form it filled in: its own answer is
    # no, whatever the text touches on ("Wie een stage start, krijgt een taalcoach")
    unticked = form_filled and any(
        e.reason == "unticked" and _names_item(e.block.text, item) for e in evidence
    )
    if enough and set(threshold.require_roles) <= have_roles and not unticked:
        status = "covered"
    elif len(strong) + len(weak) >= threshold.weak_min_concepts:
        status = "weak"
    else:
        status = "missing"
    # one piece of evidence per concept first (the strongest), then the rest, capped
    # (weight, not a delivery, in the situation, names the target group) as one number, as
    # the tuple would order them: an int is compared faster, for every mention of the item
    order = {"strong": 0, "weak": 8, "excluded": 16}
    target_group = {c for c, role in roles.items() if role == "doelgroep"}
    # what the project does (activity sections) is better evidence than the problem statement
    ranked = sorted(
        evidence,
        key=lambda e: (
            order[e.weight]
            + (0 if e.delivery else 4)
            + (2 if is_context(e.block) else 0)
            + (e.concept in target_group)
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
    lacking = (
        [] if status == "covered" else _lacking(item, strong, threshold, deliveries, have_roles)
    )
    return ItemCoverage(
        id=item.id,
        title=_title(group, item),
        status=status,  # type: ignore[arg-type]
        concepts=strong,
        weak_concepts=weak,
        excluded_concepts=excluded,
        evidence=[e.evidence() for e in shown],
        lacking=lacking,
        call_text=item.call_text() if status != "covered" else "",
    )


def _deliveries(delivered: list[_Mention], key: Callable[[str], str]) -> int:
    """How often the project is seen doing it: each sentence once, and a second time where
    the sentence names it in another word of its own ("Fietsles voor vrouwen: leren fietsen
    en verkeersregels"); the same words matched twice ("vast maatje", "maatje") count once."""
    by_sentence: dict[int, list[_Mention]] = defaultdict(list)
    for e in delivered:
        by_sentence[e.sentence].append(e)
    count = 0
    for mentions in by_sentence.values():
        words: set[str] = set()
        spans: list[tuple[int, int]] = []
        for e in sorted(mentions, key=lambda m: m.end - m.start, reverse=True):
            if any(a < e.end and e.start < b for a, b in spans):
                continue
            spans.append((e.start, e.end))
            words.add(key(e.block.text[e.start : e.end].split()[-1]))
            if len(words) == 2:
                break  # a sentence counts at most twice: the rest cannot change that
        count += min(len(words), 2)
    return count


def _names_item(option: str, item: Any) -> bool:
    """A ticklist option that names this item in the call's words ("Ontwikkelen van sociale
    vaardigheden"), not another item whose term it happens to contain."""
    name = {fold(w) for w in WORD.findall(item.call_texts()[0]) if len(w) > 3}
    words = [fold(w) for w in WORD.findall(option) if len(w) > 3]
    return bool(words) and sum(w in name for w in words) >= 0.6 * len(words)


def _lacking(
    item: Any, strong: list[str], threshold: Threshold, deliveries: int, have_roles: set[Any]
) -> list[Lack]:
    """What an item still needs, in the call's terms: a role (an activity the project itself
    delivers), a second independent concept, or a sentence in which the project itself does
    it."""
    concepts = {c.id: c for c in item.concepts}
    out: list[Lack] = []
    if strong and threshold.require_delivery and deliveries == 0:
        out.append(
            Lack(kind="activity", concepts=list(strong), labels=[concepts[c].label for c in strong])
        )
    for role in threshold.require_roles:
        if role in have_roles:
            continue
        options = [c for c in item.concepts if c.role == role]
        kind = {"doelgroep": "target-group", "aanpak": "activity"}.get(role, "second-concept")
        out.append(
            Lack(
                kind=kind,  # type: ignore[arg-type]
                roles=[role],
                concepts=[c.id for c in options],
                labels=[c.label for c in options],
            )
        )
    if not strong:
        if not out:
            out.append(
                Lack(
                    kind="evidence",
                    concepts=list(concepts),
                    labels=[c.label for c in item.concepts],
                )
            )
    elif len(strong) < threshold.min_concepts and not any(
        lack.kind in ("target-group", "activity") and lack.roles for lack in out
    ):
        # (a missing role already asks for a further concept, of that role)
        others = [c for c in item.concepts if c.id not in strong]
        out.append(
            Lack(
                kind="second-concept",
                concepts=[c.id for c in others],
                labels=[c.label for c in others],
            )
        )
    return out
