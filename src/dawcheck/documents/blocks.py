"""Collects text blocks in reading order, numbering paragraphs and tracking the current heading."""

from __future__ import annotations

import re

from dawcheck.documents.model import Block, BlockKind
from dawcheck.documents.normalize import normalize_text

MAX_HEADING_CHARS = 120
# Page furniture is not numbered as a paragraph of the text (it repeats on every page).
_UNNUMBERED: frozenset[str] = frozenset({"header", "footer"})


class BlockBuilder:
    def __init__(self, max_chars: int = 20_000_000) -> None:
        self.blocks: list[Block] = []
        self.heading: str | None = None
        self.paragraph = 0
        self.chars = 0
        self.max_chars = max_chars
        self.truncated = False
        self.tables = 0  # tables numbered in reading order, for readers that number them

    def add(
        self,
        raw: str,
        kind: BlockKind = "paragraph",
        *,
        page: int | None = None,
        line: int | None = None,
        numbered: bool = True,
        table: int | None = None,
        row: int | None = None,
        column: int | None = None,
        checked: bool | None = None,
    ) -> None:
        text = normalize_text(raw)
        if not text:
            return
        if self.chars + len(text) > self.max_chars:
            self.truncated = True
            return
        self.chars += len(text)
        numbered = numbered and kind not in _UNNUMBERED
        if numbered:
            self.paragraph += 1
        if kind == "heading":
            self.heading = _heading_path(
                self.blocks[-1] if self.blocks else None, self.heading, text
            )
        self.blocks.append(
            Block(
                text=text,
                raw=raw,
                kind=kind,
                page=page,
                paragraph=self.paragraph if numbered and page is None and line is None else None,
                line=line,
                heading=self.heading if kind != "heading" else None,
                table=table,
                row=row,
                column=column,
                checked=checked,
            )
        )

    def finished(self) -> list[Block]:
        """The blocks, with a re-typed form's numbered titles in capitals as headings."""
        return promote_capitals_titles(self.blocks)


def _heading_path(previous: Block | None, heading: str | None, text: str) -> str:
    """A heading's path: a subheading right under its heading keeps both ("Aanpak › Taal op
    de werf")."""
    if previous is not None and previous.kind == "heading" and heading:
        return f"{heading} › {text}"[:MAX_HEADING_CHARS]
    return text[:MAX_HEADING_CHARS]


# A re-typed form's numbered titles in capitals, each on a paragraph of its own ("1 .  SITUATIE
# EN AANLEIDING", "2 . DOELGROEP") head what follows, whatever style the typist gave them: the
# number, then a few words all in capitals, one of six letters or more. Not a list of partners
# in capitals ("1. OCMW ANTWERPEN", "2. CAW ANTWERPEN": each line is followed by the next, not
# by text), a time or a budget line ("10.30 ONTHAAL", "2 BEGELEIDERS € 45 000"), or a single
# such line: only a run numbered from 1, each title followed by text of its own.
_CAPITALS_TITLE = re.compile(
    r"^(\d{1,2})(?:\s?\.\s?\d{1,2})*\s?[.)]?\s+(?=.*[A-ZÀ-Þ]{6})[^a-zß-ÿ.!?:;€]{2,70}[?:]?$"
)
_CAPITALS_TITLE_WORDS = 9
_CAPITALS_TITLES_MIN = 2


def _capitals_title_number(text: str) -> int | None:
    """The number of a numbered title in capitals, or None."""
    if len(text.split(None, _CAPITALS_TITLE_WORDS)) > _CAPITALS_TITLE_WORDS:
        return None
    found = _CAPITALS_TITLE.match(text)
    if found is None or sum(ch.isdigit() for ch in text) > len(text) // 4:
        return None
    return int(found[1])


def promote_capitals_titles(blocks: list[Block]) -> list[Block]:
    """`blocks` with a form's run of numbered titles in capitals made headings (see
    `_CAPITALS_TITLE`), and the headings of the blocks under them set again."""
    found = [
        (i, number)
        for i, block in enumerate(blocks)
        if block.kind == "paragraph" and (number := _capitals_title_number(block.text)) is not None
    ]
    numbers = [number for _, number in found]
    if (
        len(found) < _CAPITALS_TITLES_MIN
        or numbers[0] != 1
        or any(b < a for a, b in zip(numbers, numbers[1:], strict=False))
    ):
        return blocks
    titles = {i for i, _ in found}
    if any(
        i + 1 >= len(blocks) or i + 1 in titles or blocks[i + 1].kind == "heading" for i in titles
    ):
        return blocks
    out: list[Block] = []
    heading: str | None = None
    for i, block in enumerate(blocks):
        if i in titles or block.kind == "heading":
            heading = _heading_path(out[-1] if out else None, heading, block.text)
            out.append(block.model_copy(update={"kind": "heading", "heading": None}))
        else:
            out.append(
                block if block.heading == heading else block.model_copy(update={"heading": heading})
            )
    return out
