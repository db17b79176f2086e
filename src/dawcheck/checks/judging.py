"""Where a hit stands, and what that makes of it: the structure-based part of judging.

A word in a document is evidence of the project's work only where the document speaks about
that work. This module weighs each block by what it is (a deleted passage, a comment, a page
footer, an unticked option), by the part of the proposal it stands in (budget, partners,
indicators, planning, the cover page, an "Afbakening"), and recognises sentences that copy the
call's own text. The sentence-level part (negation, referral, wishes) is in `dutch`.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from dawcheck.addendum.models import Addendum, CoverageRules
from dawcheck.checks import dutch
from dawcheck.checks.matcher import WORD
from dawcheck.checks.model import Reason, Weight
from dawcheck.documents.model import Block, Document
from dawcheck.documents.normalize import fold

# Structural reasons in order of precedence: the first that applies decides.
_KIND_REASON: dict[str, Reason] = {
    "deleted": "deleted",
    "comment": "comment",
    "header": "header-footer",
    "footer": "header-footer",
}
# an amount in a cell ("€ 1.200", "1200 EUR", "euro"; not the end of "acteur" or "chauffeur")
# (or a cell that holds only an amount with its cents, "1.800,00", "650,00": a budget
# table's column whose header does not say so; not "0,50" full-time equivalents or "12,50"
# hours)
_BUDGET_CELL_MARK = re.compile(
    r"€|\beur\b|\beuro|^\s*(?:\d{1,3}(?:[.\s]\d{3})+|\d{3,}),\d{2}\s*$", re.IGNORECASE
)


def _words(text: str) -> list[str]:
    return [fold(w) for w in WORD.findall(text)]


QUOTES_CACHE = 8192  # sentences whose verdict is remembered


class CallQuotes:
    """The call's own texts as word n-grams: a sentence mostly made of them is a quote."""

    def __init__(self, texts: Iterable[str], n: int, share: float) -> None:
        self.n = n
        self.share = share
        self.grams: set[tuple[str, ...]] = set()
        self._known: dict[str, bool] = {}
        for text in texts:
            words = _words(text)
            self.grams.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))

    def quotes(self, sentence: str) -> bool:
        """Whether the sentence is mostly the call's own words (cached: pure, and asked of
        every sentence with a hit, many of which recur across an inbox)."""
        known = self._known.get(sentence)
        if known is None:
            if len(self._known) >= QUOTES_CACHE:
                self._known.clear()
            known = self._known[sentence] = self._quotes(sentence)
        return known

    def _quotes(self, sentence: str) -> bool:
        words = _words(sentence)
        # (a few words that reuse a phrase of the call name the project's own part with it:
        # "A. Taalmaatjes op de opleidings- en werkvloer"; a quote reproduces a passage)
        if len(words) < max(self.n + 1, _QUOTE_MIN_WORDS):
            return False
        found, total = self._found(words)
        return found >= 2 and found / total >= self.share

    def _found(self, words: list[str]) -> tuple[int, int]:
        """How many of the words' n-grams are the call's, of how many."""
        grams = [tuple(words[i : i + self.n]) for i in range(len(words) - self.n + 1)]
        return sum(1 for g in grams if g in self.grams), len(grams)

    def quoted_spans(self, sentence: str) -> list[tuple[int, int]]:
        """The parts of a sentence between quotation marks that are the call's own words
        ("... die “opnieuw controle kunnen krijgen over hun situatie en (zelf)vertrouwen
        kunnen opbouwen”"): cited, whatever the rest of the sentence is."""
        if not _QUOTE_MARK.search(sentence):
            return []
        spans = []
        for m in _QUOTED.finditer(sentence):
            words = _words(m.group(1))
            if len(words) < max(4, self.n):
                continue
            found, total = self._found(words)
            if found / total >= self.share:
                spans.append(m.span(1))
        return spans


_QUOTE_MIN_WORDS = 8
_QUOTE_MARK = re.compile(r"[“”„\"«»]")
# a quotation between typographic or straight double quotes (one character class, bounded:
# no backtracking on an opening mark that is never closed)
_QUOTED = re.compile(r"[“„\"«]([^“”„\"«»]{12,600})[”“\"»]")


def call_quotes(addendum: Addendum) -> CallQuotes:
    rules = addendum.coverage
    texts: list[str] = []
    for group in (addendum.challenges, addendum.services, addendum.attention):
        for item in group:
            texts.extend(item.call_texts())
    return CallQuotes(texts, rules.call_quote_ngram, rules.call_quote_share)


@dataclass(frozen=True)
class Placement:
    """The weight a block's position gives every hit in it (before the sentence is read)."""

    weight: Weight | None  # None: strong unless the sentence says otherwise
    reason: Reason | None


_STRONG = Placement(None, None)
# Parts that a heading may name together with the work, as its equal: aims and timing say
# what the work is for and when ("Doelstellingen en acties"); a budget or partner list never
# describes the work, whatever else its heading names.
_SECONDARY_PARTS: frozenset[Reason | None] = frozenset({"indicators", "planning"})
# "Hoe pakt u dat aan?", "3. Hoe bereiken we de doelgroep?": a question about the way of
# working; "Hoe we moeders bereiken": the same, told; "Beschrijf de doelgroep. Hoe bereikt u
# hen?": a form's second question asks it too
# (a heading's number, "3.", "4.3)", "Vraag 5 –", before its words)
_NUMBERED = dutch.HEADING_NUMBER
_HOW = re.compile(
    _NUMBERED + r"([^?]*?[.?]\s+)?hoe\b([^?]*\?|\s+(we|wij)\b)"
    # "Wie bereiken we en hoe?": who, and how they are reached
    r"|^[^?]*\ben\s+hoe\s*\??\s*$",
    re.IGNORECASE,
)


# "4.3 Bereiken van de doelgroep", "Toeleiding en werving": how the project reaches people,
# named by the act (not "Wie we bereiken": who, with numbers)
_REACHING = re.compile(
    _NUMBERED + r"(het\s+)?(bereiken|toeleiding|toeleiden|werving|werven|"
    r"rekrutering|rekruteren)\b",
    re.IGNORECASE,
)


def asks_how(heading: str) -> bool:
    """A heading that asks how the project works: its answer is the approach, whatever the
    question names ("Hoe bereikt u de doelgroep?" is not about the target group), or that
    names how people are reached ("Bereiken van de doelgroep")."""
    return _HOW.match(heading) is not None or _REACHING.match(heading) is not None


_DONE_WITH = re.compile(
    r"\bmet\s+(de|het|onze|die|deze)\s+\w+\s+(gebeurt|gebeuren|doen|doet)\b"
    r"|\b(gebeurt|doen|doet)\s+(er|we|wij|jullie|u)\s+met\b",
    re.IGNORECASE,
)
# "Budgetcoaching", "budgetbegeleiding": a service about people's money, not the project's
# budget
_ABOUT_MONEY_MATTERS = re.compile(
    r"\bbudget(?=coach|begeleid|beheer|hulp|advies|training|ondersteun)", re.IGNORECASE
)
# a heading of more words than this is a sentence, not the name of a budget or partner part
_PART_HEADING_WORDS = 10
# a heading of more words than this says what its section is about: a weak part ("Contact",
# "Bijlage") is named in its first two words
_WEAK_HEADING_WORDS = 6
_CONJUNCTION = re.compile(r"\s+(?:en|&|\+)\s+|\s*[,/]\s*", re.IGNORECASE)


def _matches(text: str, words: Iterable[str]) -> bool:
    folded = fold(text) + " "  # a word written with a trailing space may end the heading
    # a word written with a leading "^" starts the heading, after its number ("Contact",
    # "3. Contactgegevens", "Vraag 1 – Wie zijn jullie?"; not "In contact blijven", "Vaste
    # contactpersoon en brug"); with a trailing "$" too, it is the whole heading ("Inhoud",
    # not "Inhoud van het project")
    opening: str | None = None
    for w in _folded(tuple(words)):
        if w.startswith("^"):
            if w.endswith("$"):
                # (after its number only: "DEEL B – Inhoud" and "Vraag 3 – Inhoud" hold the
                # project's content, "2. Inhoud" is a table of contents)
                if _NUMBER_ONLY.sub("", folded).rstrip(" :?.!") == w[1:-1]:
                    return True
                continue
            if opening is None:
                opening = _NUMBERING.sub("", folded)
            if opening.startswith(w[1:]):
                return True
        elif w in folded:
            return True
    return False


# a heading's number, with the label of a form's part or question ("Vraag 2.3 –", "DEEL B –",
# "Hoofdstuk 2 –") or a letter ("A. Wie zijn wij?") before it
_NUMBERING = re.compile(rf"^[\W\d_]*(?:{dutch.PART_LABEL}|[a-z][.)]\s+)?")
_NUMBER_ONLY = re.compile(r"^[\W\d_]*")


@functools.lru_cache(maxsize=256)
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words)


class Sections:
    """Classifies headings and table header cells into the parts of a proposal."""

    def __init__(self, rules: CoverageRules, programme: str = "") -> None:
        self.rules = rules
        # the call's own name ("Capacity Building Lokale Partnerschappen") in a title names
        # the call, not the proposal's list of partners
        self._programme = re.compile(re.escape(fold(programme))) if programme.strip() else None
        self.parts: list[tuple[Reason, list[str]]] = [
            ("budget", rules.budget_sections),
            ("partners", rules.partner_sections),
            ("indicators", rules.indicator_sections),
            ("planning", rules.planning_sections),
        ]
        # what a heading makes of the blocks under it, asked for every block under it: by
        # heading text (a document's headings are few)
        self._placements: dict[str, Placement] = {}
        self._contexts: dict[str, bool] = {}
        self._work: dict[str, bool] = {}

    def part(self, text: str) -> Reason | None:
        if len(text.split(None, _PART_HEADING_WORDS)) > _PART_HEADING_WORDS:
            # "SD 2 – Het partnerschap maakt knelpunten zichtbaar bij de overheden": a
            # sentence that heads its section says what is done, it names no part
            return None
        if _DONE_WITH.search(text):
            # "Wat er met de resultaten gebeurt", "Wat doen we met de signalen?": what the
            # project does with them, not the results themselves
            return None
        if self._programme is not None:
            text = self._programme.sub(" ", fold(text))
        for reason, words in self.parts:
            if _matches(_ABOUT_MONEY_MATTERS.sub(" ", text), words):
                return reason
        return None

    def _names_work_too(self, level: str) -> bool:
        """A heading that joins the work and another part as equals ("Doelstellingen en
        acties", "Acties & timing"): one of its conjuncts names the work and no other part."""
        conjuncts = _CONJUNCTION.split(level)
        return len(conjuncts) > 1 and any(
            _matches(c, self.rules.activity_sections) and self.part(c) is None for c in conjuncts
        )

    def is_context(self, heading: str | None) -> bool:
        """The innermost heading introduces the situation or the target group, not the work."""
        if not heading:
            return False
        known = self._contexts.get(heading)
        if known is None:
            level = heading.split(" › ")[-1]
            known = not asks_how(level) and _matches(level, self.rules.context_sections)
            self._contexts[heading] = known
        return known

    def names_work(self, heading: str) -> bool:
        """The innermost level that names the work or the situation names the work: "Project ›
        Situatie" is the situation, though the title names the project."""
        known = self._work.get(heading)
        if known is None:
            known = False
            for level in reversed(heading.split(" › ")):
                if self.is_context(level):
                    break
                if _matches(level, self.rules.activity_sections):
                    known = True
                    break
            self._work[heading] = known
        return known

    def heading(self, heading: str | None) -> Placement:
        if not heading:
            return _STRONG
        known = self._placements.get(heading)
        if known is None:
            known = self._placements[heading] = self._placement(heading)
        return known

    def _placement(self, heading: str) -> Placement:
        if _matches(heading, self.rules.excluded_sections) or any(
            dutch.is_excluding_heading(level) for level in heading.split(" › ")
        ):
            return Placement("excluded", "section")
        # the innermost heading decides ("Aanpak › Budget" is budget; "Begroting › Toelichting"
        # is still budget): look from the inside out
        for level in reversed(heading.split(" › ")):
            if asks_how(level):
                return _STRONG  # "Hoe bereikt u de doelgroep?" asks for the approach
            if _FUTURE.match(level) or _DREAM.search(level):
                # "Waar we van dromen", "Toekomst": what may come later. (Not "Tweede fase":
                # in a proposal to continue a project, the next phase is the one proposed.)
                return Placement("excluded", "wish")
            part = self.part(level)
            if part == "indicators" and self.is_context(level):
                # "Wie we bereiken", "Doelgroep en bereik": who the project is for, with its
                # numbers; the target group is told there
                return _STRONG
            if part in _SECONDARY_PARTS and self._names_work_too(level):
                return _STRONG  # "3. Doelstellingen en acties" is the work, with its aims
            if part is not None:
                return Placement("weak", part)
            # (the first two words after the heading's number: "Vraag 12b – Bijlage: lijst
            # met de handtekeningen van alle deelnemers" is an annex)
            words = dutch.HEADING_NUMBER_RE.sub("", level).split(None, _WEAK_HEADING_WORDS)
            if _matches(
                level if len(words) <= _WEAK_HEADING_WORDS else " ".join(words[:2]),
                self.rules.weak_sections,
            ) and not (
                # a table's header read as a heading: "Actie Inhoud" heads the actions, though
                # "Inhoud" alone is a table of contents
                _matches(level, self.rules.activity_sections)
                and not _matches(words[0], self.rules.weak_sections)
            ):
                # "Contact", "Contactgegevens", "Bijlage: overzicht van ..."; not
                # "Ontwenning en behandeling: in nauw contact met de zorg"
                return Placement("weak", "section")
            # a heading that names the work or the situation decides for its part of a larger
            # whole ("Inhoudelijke gegevens › 2. Aanpak" is the approach)
            if _matches(level, self.rules.activity_sections) or self.is_context(level):
                return _STRONG
        return _STRONG


_FUTURE = re.compile(
    _NUMBERED + r"(toekomst|toekomstplannen|toekomstvisie|dromen|"
    r"verder\s+kijken|na\s+het\s+project|voor\s+later|later)\W*$",
    re.IGNORECASE,
)
_DREAM = re.compile(r"\b(dromen|droom|dromen\s+we)\b", re.IGNORECASE)
_NUMBER = re.compile(r"^\W*(\d{1,2}(?:\.\d{1,2})*)[.)]?\s")
# a ticked row's cell of this many words or more explains the choice
_EXPLANATION_WORDS = 6


def section_paths(blocks: list[Block]) -> dict[int, str]:
    """Each block's full section path (by id of the block), where numbering shows nesting that the
    reader could not see: "4.1 Praatgroepen" under "4. Wat willen we doen?" is
    "4. Wat willen we doen? › 4.1 Praatgroepen"."""
    paths: dict[int, str] = {}
    stack: list[tuple[tuple[str, ...], str]] = []  # (number parts, heading text)
    current: str | None = None
    # an unnumbered heading followed by "1. ...", "2. ...": the numbered ones are its parts
    unnumbered: str | None = None
    root: str | None = None
    seen_heading = False
    for block in blocks:
        if block.kind == "heading":
            m = _NUMBER.match(block.text)
            if m is None:
                stack = []
                current = None
                # the document's first heading is its title, not a part of it
                unnumbered = block.text if seen_heading else None
                root = None
                seen_heading = True
                continue
            seen_heading = True
            number = tuple(m.group(1).split("."))
            if not stack and unnumbered is not None and root is None and number == ("1",):
                root = unnumbered
            while stack and not (
                len(stack[-1][0]) < len(number) and number[: len(stack[-1][0])] == stack[-1][0]
            ):
                stack.pop()
            stack.append((number, block.text))
            current = " › ".join(([root] if root else []) + [text for _, text in stack])
            continue
        if current is not None and block.heading and block.heading.endswith(stack[-1][1]):
            paths[id(block)] = current
    return paths


# A list item that goes on describing people: "• met bijkomende psychische klachten",
# "• die langer dan zes maanden ziek zijn", "• doorverwezen door de huisarts of de VDAB".
_PEOPLE_ITEM = re.compile(
    r"^\W*(met|zonder|die|doorverwezen\s+door|toegeleid\s+door|aangemeld\s+door)\s",
    re.IGNORECASE,
)


# A partner's row that says it does nothing in the project: "Geen uitvoerende rol.", "Geen
# rol in de uitvoering", "Geen engagement in dit project".
_NO_PART_IN_IT = re.compile(
    r"^\W*geen\s+(\w+\s+){0,2}(rol|engagement|inbreng|taak|opdracht|bijdrage)\b", re.IGNORECASE
)


# The column of a partner's part in the project: "Rol", "Rol in het project", "Taak", "Inbreng".
_ROLE_HEADER = re.compile(r"^\W*(rol|taak|taken|inbreng|opdracht)\b", re.IGNORECASE)


# The column of what a course covers ("Inhoud", "Thema", "Onderwerp", "Waarover?") in a table
# under a heading that names a course or a series of sessions ("Cursusreeks 'Digitaal Mee'",
# "3. De cursus", "Wat we dit jaar lezen")
_CONTENT_HEADER = re.compile(
    r"^\W*(inhoud|thema|onderwerp|onderwerpen|waarover|module|modules)\b", re.IGNORECASE
)
# (or a table that gives each row its hours: "Module | Uren", a curriculum)
_HOURS_HEADER = re.compile(r"^\W*(uren|lesuren|aantal\s+uren)\W*$", re.IGNORECASE)
_COURSE_HEADING = re.compile(
    r"\b(\w*cursus\w*|\w*reeks|sessies|lessen|lesprogramma|les|module|modules|workshops|"
    r"leesclub|lezen)\b",
    re.IGNORECASE,
)


# A paragraph that opens with a label of its own: a few words, then "." or ":"
_LEAD_LABEL = re.compile(r"^\W*([^.:!?\n]{3,50}?)[.:]\s")
# (and it opens with the exclusion: "Kinderopvang valt buiten dit project." says it of one
# item, not of the paragraph)
_EXCLUDING_LABEL = re.compile(
    r"^\W*(wat\s+(we\s+|wij\s+)?)?(niet|buiten|afbakening|geen|uitgesloten)\b", re.IGNORECASE
)
_PARTNER_LABEL_WORDS = 3  # "Partners:", "Onze samenwerkingspartners:"
_LABEL_WORDS = 6  # "Wat niet in dit project zit."; not "De ontwenningszorg zelf valt buiten ons
# project: dat doet het CAD. Maar wij zien onze mensen elke dag."


# "4. Waarover gaan onze lessen?", "Onderwerpen van de sessies", "Lesinhoud"
_TOPICS_HEADING = re.compile(
    r"\bwaarover\b|\bonderwerpen\s+van\b|\bthema['’]s\s+van\b|\blesinhoud\b", re.IGNORECASE
)


_WEEKDAY = re.compile(
    r"^\W*(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\b",
    re.IGNORECASE,
)


def _weekly_schedules(blocks: list[Block]) -> set[int]:
    """Tables that are a weekly schedule: a column of weekdays. What they list is the work as
    it recurs every week, not a timeline of the project, whatever the heading ("Weekplanning")."""
    days: dict[tuple[int, int], int] = defaultdict(int)
    for b in blocks:
        if b.kind == "table-cell" and b.table is not None and _WEEKDAY.match(b.text):
            days[(b.table, b.column or 0)] += 1
    return {table for (table, _column), n in days.items() if n >= 3}


# A cell's opening label: one to four words, then the text starting with a capital or a
# number ("Unieke waarde Een sportclub, ...", "Oplossing & kernactiviteiten 1. Beweegmoment")
_CELL_LABEL = re.compile(
    r"^([A-ZÀ-Ý][\w'’-]*(?:\s+(?:&\s+)?[a-zà-ÿ][\w'’-]*){0,3}?)\s+(?=[A-ZÀ-Ý0-9])"
)


# the share of a document's text that a cover page before its first heading may hold
_COVER_SHARE = 0.5


def _has_cover(blocks: list[Block]) -> bool:
    """The document has headings, and what stands before the first one is a cover page."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading"), None)
    if first is None:
        return False
    before = sum(len(b.text) for b in blocks[:first])
    return before <= _COVER_SHARE * sum(len(b.text) for b in blocks)


class DocumentContext:
    """Per block: what its place in the document makes of the hits in it."""

    def __init__(
        self,
        doc: Document,
        addendum: Addendum,
        blocks: list[Block] | None = None,
        denied: set[str] | None = None,
    ) -> None:
        self.sections = Sections(addendum.coverage, addendum.programme)
        blocks = doc.blocks if blocks is None else blocks
        # sections whose question the answer denies ("Werkt u cultuursensitief? Niet specifiek.")
        self.denied = denied or set()
        # the text before the first heading is a cover page (a title, the applicant, a
        # letter's subject line) only where it is the lesser part of the document: a proposal
        # written as run-in paragraphs ("Wie zijn ze? ...", "Wonen. ...") whose one heading
        # comes near its end ("Hoe meten we?") has its body before that heading
        self.has_cover = _has_cover(blocks)
        self.paths = section_paths(blocks)
        # header rows of tables: (table, column) -> part, and table -> part for the whole table
        self.column_part: dict[tuple[int, int], Reason] = {}
        self.table_part: dict[int, Reason] = {}
        self.row_budget: set[tuple[int, int]] = set()
        # columns whose header says what is done ("Wat ze concreet doen", "Acties") or each
        # partner's part in it ("Rol"), and rows whose partner says it has no part in the work
        self.work_columns: set[tuple[int, int]] = set()
        self.role_columns: set[tuple[int, int]] = set()
        self.idle_rows: set[tuple[int, int]] = set()
        # columns of what a course covers: its topics, not services delivered
        self.content_columns: set[tuple[int, int]] = set()
        # (a content header counts in a course's table or in a curriculum, whose hours column
        # may stand after it in the row: settled once the header rows are read)
        content_headers: list[tuple[int, int, bool]] = []
        curricula: set[int] = set()
        self.schedules = _weekly_schedules(blocks)
        self.situation_tables = self._situation_tables(blocks)
        for b in blocks:
            if b.kind != "table-cell":
                continue
            label = self._cell_label(b.text)
            if label is not None:
                base = self.paths.get(id(b), b.heading)
                self.paths[id(b)] = f"{base} › {label}" if base else label
            if b.table is None or b.column is None:
                continue
            if b.row == 1:
                part = self.sections.part(b.text)
                if part is None and _matches(b.text, self.sections.rules.activity_sections):
                    self.work_columns.add((b.table, b.column))
                elif part is None and _ROLE_HEADER.match(b.text):
                    self.role_columns.add((b.table, b.column))
                if _CONTENT_HEADER.match(b.text):
                    course = _COURSE_HEADING.search((b.heading or "").split(" › ")[-1])
                    content_headers.append((b.table, b.column, course is not None))
                elif _HOURS_HEADER.match(b.text):
                    curricula.add(b.table)
                if part is not None:
                    self.column_part[(b.table, b.column)] = part
                    if b.column == 1 or part == "budget":
                        self.table_part.setdefault(b.table, part)
            elif b.row is not None and _BUDGET_CELL_MARK.search(b.text) is not None:
                self.row_budget.add((b.table, b.row))
            if b.row is not None and b.row > 1 and _NO_PART_IN_IT.match(b.text):
                self.idle_rows.add((b.table, b.row))
        self.content_columns = {
            (table, column)
            for table, column, course in content_headers
            if course or table in curricula
        }

    def _cell_label(self, text: str) -> str | None:
        """The label a canvas or fiche cell opens with, when it names a part of a proposal
        ("Probleem Mensen met chronische pijn ...", "Partners Huisartsen in Opwijk ..."): the
        cell's own heading, which the reader joined to the text after it."""
        m = _CELL_LABEL.match(text)
        if m is None:
            return None
        label = m.group(1)
        sections = self.sections
        # (a label naming the work changes nothing: the cell is read as the work already)
        return label if sections.part(label) is not None or sections.is_context(label) else None

    def _situation_tables(self, blocks: list[Block]) -> set[int]:
        """Tables whose header cells all name the situation: a SWOT ("Sterktes | Zwaktes"),
        "Noden | Vaststelling". What they list is the problem, whatever the heading above."""
        headers: dict[int, list[str]] = defaultdict(list)
        for b in blocks:
            if b.kind == "table-cell" and b.table is not None and b.row == 1 and b.text.strip():
                headers[b.table].append(b.text)
        return {
            table
            for table, cells in headers.items()
            if len(cells) >= 2 and all(self.sections.is_context(c) for c in cells)
        }

    def is_course_content(self, block: Block) -> bool:
        """The cell names what a course covers ("Kinderopvang zoeken op de website van het
        Loket Kinderopvang" in a digital course), or the block stands under a heading that asks
        what the lessons are about ("4. Waarover gaan onze lessen?"): a topic of the course."""
        if block.kind in ("list-item", "table-cell") and _TOPICS_HEADING.search(
            (block.heading or "").split(" › ")[-1]
        ):
            return True
        return (
            block.kind == "table-cell"
            and block.row is not None
            and block.row > 1
            and (block.table, block.column) in self.content_columns
        )

    def is_situation(self, block: Block) -> bool:
        """The block describes the situation or the target group, not the work: under such a
        heading, or in a table that analyses the situation."""
        if block.kind == "table-cell" and block.table in self.situation_tables:
            return True
        return self.sections.is_context(self.heading(block))

    def describes_work(self, block: Block) -> bool:
        """The block describes what the project does: an activity section, or a table row, list
        item or text box outside the budget, partner, indicator and planning parts."""
        heading = self.heading(block)
        if block.kind == "table-cell" and block.table in self.situation_tables:
            return False
        if block.kind == "list-item" and _PEOPLE_ITEM.match(block.text):
            # "Voor wie? • met bijkomende psychische klachten • doorverwezen door de huisarts":
            # the people, told item by item
            return False
        if block.kind in ("table-cell", "list-item", "textbox"):
            # a list of what the target group lacks is not a list of activities
            return not self.sections.is_context(heading)
        # the innermost heading that names the work or the situation decides
        return self.sections.names_work(heading or "")

    def _partner_does(self, block: Block, by_heading: Placement) -> bool:
        """A cell that says what a partner does in the project: in a column of what is done,
        or of each partner's role where the table also has such a column."""
        table, column = block.table, block.column
        if (self.table_part.get(table or 0) or by_heading.reason) not in (None, "partners"):
            return False
        if (table, column) in self.work_columns:
            return True
        return (table, column) in self.role_columns and any(
            t == table for t, _ in self.work_columns
        )

    def _maps_the_call(self, block: Block) -> bool:
        """A table under a heading that names the call ("2. Aansluiting bij het addendum",
        "Link met de oproep"): it sets the call's items beside the project's modules. It
        names what the project answers; the work is told elsewhere (a form's ja/nee table
        with explanations is read by its ticks instead)."""
        heading = self.heading(block)
        if not heading or (block.table, block.column) in self.work_columns:
            return False  # "Concrete invulling in dit project": the work, beside the call
        level = heading.split(" › ")[-1]
        rules = self.sections.rules
        return _matches(level, rules.call_reference_words) and not _matches(
            level, rules.activity_sections
        )

    def _explains_choice(self, block: Block) -> bool:
        """A ticked row's explanation ("ja | De herstelcoach gaat mee naar het eerste
        gesprek"): beside the option it says what the project does, so it is judged as text;
        the option's own name stays only ticked."""
        return (
            block.kind == "table-cell"
            and block.column is not None
            and block.column > 1
            and len(block.text.split()) >= _EXPLANATION_WORDS
        )

    def is_number_only(self, block: Block) -> bool:
        return _NUMBER.match(block.text + " ") is not None and len(block.text) < 6

    def heading(self, block: Block) -> str | None:
        """The block's section path, with the nesting that numbering shows."""
        return self.paths.get(id(block), block.heading)

    def placement(self, block: Block) -> Placement:
        reason = _KIND_REASON.get(block.kind)
        if reason is not None:
            return Placement("excluded", reason)
        if block.checked is False:
            return Placement("excluded", "unticked")
        if block.heading is not None and block.heading in self.denied:
            return Placement("excluded", "negation")
        by_heading = self.sections.heading(self.heading(block))
        if by_heading.weight == "excluded":
            return by_heading
        if block.kind in ("paragraph", "list-item"):
            # "Wat niet in dit project zit. De mobiliteitsproblemen ...": a paragraph's own
            # short label that excludes what follows, as a heading would
            label = _LEAD_LABEL.match(block.text)
            # (by the addendum's words for such sections: a label that is a sentence of its
            # own, "We wachten niet tot mensen naar ons komen.", is no exclusion)
            if (
                label is not None
                and len(label.group(1).split()) <= _LABEL_WORDS
                and _EXCLUDING_LABEL.match(label.group(1)) is not None
                and _matches(label.group(1), self.sections.rules.excluded_sections)
            ):
                return Placement("excluded", "section")
            # "Partners: revalidatiecentrum (ergotherapie en neuropsychologie), twee
            # mutualiteiten, ...": a paragraph that opens as a list of partners is one
            if (
                label is not None
                and by_heading.weight is None
                and block.text.lstrip(" \t-•*").startswith(label.group(1))
                and block.text[label.end(1) : label.end(1) + 1] == ":"
                and len(label.group(1).split()) <= _PARTNER_LABEL_WORDS
                and self.sections.part(label.group(1)) == "partners"
            ):
                return Placement("weak", "partners")
        if block.checked is True and not self._explains_choice(block):
            return Placement("weak", "ticked")
        if block.kind == "table-cell" and block.checked is None and self._maps_the_call(block):
            return Placement("weak", "mapped")
        if block.table in self.schedules and by_heading.reason in _SECONDARY_PARTS:
            return _STRONG  # "Weekplanning": the week's activities, not a timeline
        if block.kind == "table-cell" and block.table is not None:
            if self._partner_does(block, by_heading):
                # a partner table with a column of what each partner does in the project: the
                # deliveries live in its rows (not in a budget or indicator table's column)
                if (block.table, block.row) in self.idle_rows:
                    return Placement("excluded", "negation")  # "Geen uitvoerende rol."
                return _STRONG
            part = self.table_part.get(block.table)
            if (
                (block.table, block.column) in self.work_columns
                and part in _SECONDARY_PARTS | {None}
                and by_heading.reason in _SECONDARY_PARTS | {None}
            ):
                # "Operationele doelstelling | Acties" under "Doelstellingen": the actions
                # column is the work, with its aims beside it
                return _STRONG
            if part is None and block.column is not None:
                part = self.column_part.get((block.table, block.column))
            if part is None and (block.table, block.row) in self.row_budget:
                part = "budget"
            if part is not None:
                return Placement("weak", part)
        if by_heading.weight is not None:
            return by_heading
        if self.has_cover and block.heading is None:
            return Placement("weak", "cover")
        return _STRONG
