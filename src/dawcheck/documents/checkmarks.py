"""Checkbox marks as applicants type or draw them: ☒/☐, [x]/[ ], X, ✓, ja/nee.

A form lists every option; only the ticked ones are the applicant's choice. Word draws a
content-control checkbox with a glyph (☒ U+2612 / ☐ U+2610), older forms use [x] or an X in a
column, and some applicants write ja/nee.
"""

from __future__ import annotations

import re

_CHECKED_GLYPHS = "☒☑✓✔✗✘⊠■▣"
_UNCHECKED_GLYPHS = "☐□❑❒◻⬜○"
# ("deels": a status column of ja / deels / nee, the applicant's own partial yes)
_CHECKED_WORDS = {
    "x",
    "v",
    "ja",
    "yes",
    "oui",
    "wel",
    "deels",
    "gedeeltelijk",
    "[x]",
    "(x)",
    "[v]",
    "[✓]",
}
_UNCHECKED_WORDS = {"nee", "neen", "no", "non", "[ ]", "( )", "[]", "()"}
# a box typed in brackets: "[ ]", "[x]", "[✓]"
_TYPED_BOX = r"\[[ xX✓v]?\]"
_LEADING = re.compile(
    rf"^\s*([{_CHECKED_GLYPHS}{_UNCHECKED_GLYPHS}]|{_TYPED_BOX}|\([ xX]?\))\s*(?=\S)"
)
_TYPED_BOX_FIRST = re.compile(rf"^\s*{_TYPED_BOX}\s")


def starts_with_typed_box(text: str) -> bool:
    """The text opens with a box typed in brackets ("[ ] Kinderopvang", "[x] Mobiliteit")."""
    return _TYPED_BOX_FIRST.match(text) is not None


def mark_state(text: str) -> bool | None:
    """The state a cell or field that holds nothing but a mark stands for; None if not a mark."""
    s = text.strip()
    if not s:
        return None
    low = s.casefold()
    if len(s) == 1 and s in _CHECKED_GLYPHS:
        return True
    if len(s) == 1 and s in _UNCHECKED_GLYPHS:
        return False
    if low in _CHECKED_WORDS:
        return True
    if low in _UNCHECKED_WORDS or low in _NOT_NOW:
        return False
    # an answer with a remark: "ja, vanzelf", "nee (zie 5)"
    m = _ANSWER_WITH_REMARK.match(low)
    if m is not None:
        return m.group(1) == "ja"
    return None


# Answers in a copied service list that are no ("later", "n.v.t.").
_NOT_NOW = {
    "later",
    "nog niet",
    "n.v.t.",
    "nvt",
    "n.v.t",
    "niet van toepassing",
    "misschien",
    "in overleg",
    "nog te bekijken",
    "te bekijken",
    "nog te bepalen",
}
_ANSWER_WITH_REMARK = re.compile(r"^(ja|nee|neen)\b\s*[,;:(–-]")


def split_leading_mark(text: str) -> tuple[bool | None, str]:
    """('☒ Taalondersteuning') -> (True, 'Taalondersteuning'); text without a box: (None, text)."""
    m = _LEADING.match(text)
    if m is None:
        return None, text
    box = m.group(1)
    state = not (box in _UNCHECKED_GLYPHS or box.strip("[]() ") == "")
    return state, text[m.end() :]


# A drawn box that starts an option further on in the same paragraph: options put on lines of
# one paragraph (line breaks, not paragraphs: "☒ Taalondersteuning<br>☐ Inclusieve ...").
# (a typed task list too: "[ ] Kinderopvang [x] Mobiliteit op maat")
_NEXT_BOX = re.compile(rf"\s+(?=([{_CHECKED_GLYPHS}{_UNCHECKED_GLYPHS}]|{_TYPED_BOX})\s*\S)")


# A table cell lists options of its own when it holds this many boxes, each on a line of its
# own ("☐ Ontwenningszorg<br>☒ Sociaal netwerk<br>☒ Kinderopvang"). Fewer, or boxes in one run
# of text, are one answer with its explanation ("☒ ja ☐ nee – wie een les mist, krijgt een
# telefoontje", "☒ ja ☐ nee ☐ n.v.t. – tijdens elke les is er opvang"): the explanation
# belongs to the ticked box, not to the last one.
CELL_OPTIONS = 3


def split_marked_options(text: str) -> list[tuple[bool | None, str]]:
    """Each option of a paragraph that lists several, with its state: '☒ A ☐ B' ->
    [(True, 'A'), (False, 'B')]. A paragraph with one box or none is one item, as
    split_leading_mark reads it."""
    state, rest = split_leading_mark(text)
    if state is None:
        return [(None, text)]
    boxes = list(_NEXT_BOX.finditer(rest))
    if not boxes:
        return [(state, rest)]
    starts = [0] + [m.end() for m in boxes]
    ends = [m.start() for m in boxes] + [len(rest)]
    options: list[tuple[bool | None, str]] = [(state, rest[: ends[0]].strip())]
    for a, b in zip(starts[1:], ends[1:], strict=True):
        piece_state, piece = split_leading_mark(rest[a:b])
        options.append((piece_state, piece.strip()))
    return [(s, t) for s, t in options if t]


Cell = tuple[str, bool | None]  # a cell's text, and the state of a checkbox control in it


def _drawn_box(text: str) -> bool | None:
    """A drawn box alone (☒/☐): an option even in a first row; letters such as X are not."""
    s = text.strip()
    return mark_state(s) if len(s) == 1 and not s.isalpha() else None


# marks in this many columns of a table are a time grid, not a checklist
_GRID_COLUMNS = 3


def row_states(rows: list[list[Cell]]) -> list[bool | None]:
    """Per table row: ticked, not ticked, or not a checklist row.

    A row is an option when one of its cells holds a checkbox control or a drawn box, or when
    a column holds nothing but marks (X, ja/nee, ✓) and blanks while every row has a label in
    another cell. The first row of such a column is its header ("X", "Aanduiden").
    """
    states: list[bool | None] = []
    for cells in rows:
        state: bool | None = None
        for text, checked in cells:
            if checked is not None:
                state = checked or bool(state)
            elif state is None:
                state = _drawn_box(text)
                if state is None:
                    state = split_leading_mark(text)[0]
        states.append(state)
    if any(s is not None for s in states):
        return states
    width = max((len(c) for c in rows), default=0)
    found: list[list[bool | None]] = []
    for col in range(width):
        column = [cells[col][0].strip() if col < len(cells) else "" for cells in rows]
        if len(column) < 3:
            continue
        # the first row is the column's header ("X", "Status"), unless it holds an answer
        # itself (a table whose header row the reader did not find)
        # (a word, not a glyph or letter: "X" and "✓" head their columns)
        first = 0 if len(column[0]) > 1 and mark_state(column[0]) is not None else 1
        marks = [mark_state(t) for t in column[first:]]
        labelled = [
            any(cells[c][0].strip() for c in range(len(cells)) if c != col)
            for cells in rows[first:]
        ]
        # one answer that is not a mark may slip in ("later nee" where two rows ran together)
        unread = sum(1 for m, t in zip(marks, column[first:], strict=True) if m is None and t)
        if (
            sum(1 for m in marks if m) >= 1
            and unread <= max(0, (len(marks) - 2) // 6)
            and all(labelled)
        ):
            # a blank is not ticked; an answer that is not a mark says nothing
            header: list[bool | None] = [None] * first
            found.append(
                header
                + [
                    bool(m) if m is not None or not t else None
                    for m, t in zip(marks, column[first:], strict=True)
                ]
            )
    # marks in many columns are a time grid ("Werkpakket | Q1-24 | Q2-24 | ..." with an X in
    # each quarter a work package runs), not a checklist: a row blank in the first quarter is
    # no option left unticked
    if found and len(found) < _GRID_COLUMNS:
        return found[0]
    return [None] * len(rows)


def cell_options(text: str) -> list[tuple[bool | None, str]] | None:
    """A table cell's options, each with its state, where the cell lists `CELL_OPTIONS` or more
    on lines of their own; None where the cell is one answer (or no checklist at all)."""
    options = split_marked_options(text.lstrip())
    if len(options) < CELL_OPTIONS or options[0][0] is None:
        return None
    boxes = _NEXT_BOX.finditer(text.lstrip())
    return options if all("\n" in box.group(0) for box in boxes) else None
