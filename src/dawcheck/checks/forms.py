"""Headings that a writer did not mark as such: the questions of a form, short title lines.

An application form asks ("Welke noden ziet u?", "Hoe pakt u dat aan?", "Werkt u
cultuursensitief?") and the applicant answers under the question, on the next line of the same
paragraph or in the paragraphs after it. The question says what the answer is about, exactly as
a heading does: the situation, the approach, the budget. So a question that stands on a line of
its own is read as a heading, and the blocks after it, until the next heading or question, as its
section. An answer that opens by saying no ("Nee.", "Niet specifiek.") denies what the question
names. A short line of its own above the text it introduces ("Zoeken naar een woning", set in bold
in the document) is a heading in the same way, under the heading it stands in.
"""

from __future__ import annotations

import re

from dawcheck.documents.model import Block

MAX_QUESTION_WORDS = 16
_QUESTION = re.compile(r"^[^?\n]{3,160}\?\)?(?=\s|$)")
# "Nee.", "Neen, ...", "Niet specifiek.", "Nog niet.", "Momenteel niet", "Geen."
# and "n.v.t.", "Niet van toepassing", "Nog te bepalen": no answer is no
_DENIAL = re.compile(
    r"^\W*((nee|neen)\b|(niet|nog\s+niet|momenteel\s+niet|helaas\s+niet|geen)(\s+\w+)?\s*[.!]"
    r"|n\.?\s?v\.?\s?t\b|niet\s+van\s+toepassing\b|nog\s+te\s+bepalen\b|n\.?t\.?b\b"
    # a draft's placeholder: "(nog aan te vullen)", "TBD"
    r"|\W*(nog\s+)?(aan|in)\s+te\s+vullen\b|(tbd|todo|xxx+)\W*$"
    # "Zie hoger.", "Zie vraag 3.": nothing new is said under this question
    r"|zie\s+(hoger|boven|vraag\s+\d+|punt\s+\d+)\s*[.!]?\s*$)",
    re.IGNORECASE,
)
_SEPARATOR = " › "
_YES_OR_NO = re.compile(r"(ja|nee|neen)\b", re.IGNORECASE)
_YES = re.compile(r"^\W*(ja|jawel|jazeker|zeker|inderdaad|yes)\b", re.IGNORECASE)
# a question that asks how, which or what, within its first words after its number
_OPEN_QUESTION = re.compile(
    r"^\W*(\w+\s+){0,2}(hoe|welke|welk|wat|wie|waar\w*|waarom|wanneer|beschrijf|omschrijf|geef)\b",
    re.IGNORECASE,
)


def _question(block: Block) -> tuple[str, str] | None:
    """(question, answer) when a paragraph opens with a question on a line of its own, or is
    a short question and nothing else."""
    if block.kind != "paragraph":
        return None
    raw_first = block.raw.strip().split("\n", 1)[0].strip()
    m = _QUESTION.match(block.text)
    if m is None:
        return None
    question = m.group(0).strip()
    answer = block.text[m.end() :].strip()
    if len(question.split()) > MAX_QUESTION_WORDS:
        return None
    if answer and not raw_first.endswith(("?", "?)")) and _YES_OR_NO.match(answer) is None:
        # a question inside running text, not a line of its own; unless it is answered
        # right after it: "Werken jullie outreachend? NEE, nog niet."
        return None
    return question, answer


MAX_TITLE_WORDS = 8
# ("5.", "2.3", and a form's lettered parts: "B4.", "A.2")
_ENUMERATED = re.compile(r"^\W*([A-Z]\.?)?\d{1,2}(\.\d{1,2})*[.)]?\s+")
# the hint a form gives after its label: "B4. Doelgroep (wie, hoeveel, waar)"
_HINT = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_NOT_IN_A_TITLE = re.compile(r"[.!?:;,@€|\d]")


def _title(block: Block, following: Block | None) -> str | None:
    """A short line of its own over the text that follows it ("Zoeken naar een woning",
    "5. Niet loslaten", "Signaleren"): the writer's sub-heading, set in bold rather than as a
    heading style."""
    if block.kind != "paragraph" or "\n" in block.raw.strip() or block.heading is None:
        return None  # (before the first heading: the cover page, a letter's subject line)
    text = block.text.strip()
    words = _ENUMERATED.sub("", text)
    if words != text:
        words = _HINT.sub("", words)
    if not words[:1].isupper() or len(words.split()) > MAX_TITLE_WORDS:
        return None
    if _NOT_IN_A_TITLE.search(words) is not None:
        return None
    if following is None or following.kind not in ("paragraph", "list-item"):
        return None
    return text if following.heading == block.heading else None


def denies(answer: str) -> bool:
    """The answer opens by saying no: "Nee.", "Niet specifiek. ...", "Geen."."""
    return _DENIAL.match(answer) is not None


def affirms(answer: str) -> bool:
    """The answer opens by saying yes: "JA. Zie punt 5", "Zeker, ..."."""
    return _YES.match(answer) is not None


def is_closed_question(text: str) -> bool:
    """A question answered by yes or no ("Cultuursensitief?", "7. Werken jullie met een
    brugfiguur?"), not one that asks how, which or what ("Hoe verzekert u nazorg?")."""
    text = text.strip()
    if not text.endswith(("?", "?)")):
        return False
    return _OPEN_QUESTION.match(_ENUMERATED.sub("", text)) is None


# a table is a form's questions and answers when this many of its rows hold a question
_TABLE_QUESTIONS = 2


def _table_questions(blocks: list[Block]) -> tuple[dict[int, Block | None], set[str]]:
    """A two-column table of questions and answers ("Werk je outreachend? | NEE. De meeste
    deelnemers komen via ..."): each question cell turned into a heading, by index, and each
    answer cell put under it (still a cell, where it stands). A question a PDF broke over two
    rows ("Werk je outreachend /", "vindplaatsgericht?") is one question, its answer the cells
    beside it: the cells joined into the first are None. And the paths of the questions whose
    answer denies them."""
    rows: dict[int, dict[int, dict[int, int]]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "table-cell" and block.table is not None and block.row is not None:
            rows.setdefault(block.table, {}).setdefault(block.row, {})[block.column or 1] = index
    out: dict[int, Block | None] = {}
    denied: set[str] = set()
    for table in rows.values():
        if any(set(cells) - {1, 2} for cells in table.values()):
            continue
        questions: list[list[dict[int, int]]] = []
        pending: list[dict[int, int]] = []
        for row in sorted(table):
            cells = table[row]
            if 1 not in cells:
                pending = []
                continue
            pending.append(cells)
            text = blocks[cells[1]].text.rstrip()
            if text.endswith(("?", "?)")):
                if len(" ".join(blocks[c[1]].text for c in pending).split()) <= MAX_QUESTION_WORDS:
                    questions.append(pending)
                pending = []
            elif text.endswith((".", ":", "!")) or len(pending) > 2:
                pending = []
        if len(questions) < _TABLE_QUESTIONS or 2 * sum(map(len, questions)) < len(table):
            continue
        for group in questions:
            first = blocks[group[0][1]]
            question = " ".join(blocks[c[1]].text.strip() for c in group)
            path = f"{first.heading}{_SEPARATOR}{question}" if first.heading else question
            out[group[0][1]] = first.model_copy(
                update={"text": question, "kind": "heading", "heading": None}
            )
            for cells in group[1:]:
                out[cells[1]] = None
            answers = [c[2] for c in group if 2 in c]
            if answers:
                answer = " ".join(blocks[i].text.strip() for i in answers)
                out[answers[0]] = blocks[answers[0]].model_copy(
                    update={"text": answer, "heading": path}
                )
                for i in answers[1:]:
                    out[i] = None
                if denies(answer):
                    denied.add(path)
    return out, denied


def read_questions(blocks: list[Block]) -> tuple[list[Block], set[str]]:
    """The blocks with every question that opens a paragraph (or a cell of a table of
    questions) turned into a heading over its answer, and the section paths of the questions
    whose answer denies them."""
    out: list[Block] = []
    in_tables, denied = _table_questions(blocks)
    if in_tables:
        # (the rows a question or its answer ran on are one heading and one cell now)
        read = (in_tables.get(i, b) for i, b in enumerate(blocks))
        blocks = [b for b in read if b is not None]
    section: str | None = None  # the question's path, while its answer runs
    parent: str | None = None  # the heading the question stands under
    for index, block in enumerate(blocks):
        if block.kind == "heading":
            section = None
            out.append(block)
            # a form's question set as a heading ("6. Hoe verzekert u nazorg?") with an answer
            # under it that says no ("n.v.t.", "Nog te bepalen.")
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                block.text.rstrip().endswith("?")
                and following is not None
                and following.kind != "heading"
                and following.heading is not None
                # (under this heading: not a cell of another table that follows a question
                # cell read as a heading)
                and following.heading.rsplit(_SEPARATOR, 1)[-1].strip() == block.text.strip()
                and denies(following.text)
            ):
                denied.add(following.heading)
            continue
        found = _question(block)
        if found is None:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            title = _title(block, following)
            found = (title, "") if title is not None else None
        if found is not None:
            question, answer = found
            if section is None or block.heading != parent:
                parent = block.heading
            path = f"{parent}{_SEPARATOR}{question}" if parent else question
            section = path
            out.append(
                block.model_copy(update={"text": question, "kind": "heading", "heading": None})
            )
            if answer:
                out.append(block.model_copy(update={"text": answer, "heading": path}))
                if denies(answer):
                    denied.add(path)
            continue
        if section is not None and block.heading == parent:
            out.append(block.model_copy(update={"heading": section}))
        else:
            section = None
            out.append(block)
    return out, denied
