"""Collects text blocks in reading order, numbering paragraphs and tracking the current heading."""

from __future__ import annotations

import re

from dawcheck.documents.model import Block, BlockKind
from dawcheck.documents.normalize import normalize_text

MAX_HEADING_CHARS = 120
# A re-typed form's numbered title in capitals on a paragraph of its own ("1 . SITUATIE EN
# AANLEIDING", "3. ACTIVITEITEN") heads what follows, whatever style the typist gave it: the
# number, then a few words whose letters are all capitals, one of them a real word (not only
# acronyms: "1. OCMW" is a list item).
_CAPITALS_TITLE = re.compile(
    r"^\d{1,2}(?:\s?\.\s?\d{1,2})*\s?[.)]?\s+(?=.*[A-ZÀ-Þ]{6})[^a-zß-ÿ.!?:;]{2,70}[?:]?$"
)
_CAPITALS_TITLE_WORDS = 8
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
        if kind == "paragraph" and _is_capitals_title(text):
            kind = "heading"
        numbered = numbered and kind not in _UNNUMBERED
        if numbered:
            self.paragraph += 1
        if kind == "heading":
            if self.blocks and self.blocks[-1].kind == "heading" and self.heading:
                # a subheading right under its heading: keep both ("Aanpak › Taal op de werf")
                text_path = f"{self.heading} › {text}"
            else:
                text_path = text
            self.heading = text_path[:MAX_HEADING_CHARS]
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


def _is_capitals_title(text: str) -> bool:
    return (
        len(text.split(None, _CAPITALS_TITLE_WORDS + 1)) <= _CAPITALS_TITLE_WORDS + 1
        and _CAPITALS_TITLE.match(text) is not None
    )
