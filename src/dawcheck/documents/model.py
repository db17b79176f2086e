"""One model of a submitted document, whatever its format: text blocks with locations."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Format = Literal["pdf", "docx", "odt", "txt", "md", "unknown"]
ReadStatus = Literal[
    "ok",  # text was read (possibly with warnings)
    "encrypted",  # needs a password: nobody at intake can read it either
    "no-text",  # no text layer (scan, images only): coverage cannot be assessed
    "damaged",  # broken beyond recovery
    "unsupported",  # not a document type dawcheck (or intake) reads
    "empty",  # 0 bytes or no content at all
    "too-large",  # over the size or page cap
    "timeout",  # parsing did not finish within the time limit
    "unreadable",  # could not be opened (permissions, not a regular file, ...)
]
BlockKind = Literal[
    "paragraph",  # body text
    "heading",  # a section title (its text is also the `heading` of the blocks below it)
    "list-item",  # an item of a bulleted or numbered list
    "table-cell",  # one cell of a table: `table`, `row`, `column` say which
    "option",  # a checklist line outside a table: a box (☒/☐, a form checkbox) and its label
    "header",  # running page header
    "footer",  # running page footer
    "footnote",
    "endnote",
    "textbox",  # a text box or frame placed on the page
    "comment",  # a reviewer's comment: not part of the document's text
    "deleted",  # text deleted with tracked changes: not part of the document's text
    "line",  # a line of plain text (kept for older cached documents)
]
# Blocks of these kinds are shown by `dawcheck read` but are not the document's own text.
NOT_CONTENT: frozenset[str] = frozenset({"comment", "deleted"})
# Shown after the location, as before: the kind's id (renderers may translate it).
_KIND_SHOWN = frozenset(
    {"header", "footer", "footnote", "endnote", "textbox", "comment", "deleted"}
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Notice(_Model):
    """A warning or problem, as a stable code plus the facts; renderers word it per language."""

    code: str
    detail: str = ""


class Block(_Model):
    """A piece of text a person can find again: page (PDF), paragraph (DOCX/ODT) or line (text).

    `kind` says what the text is in the document's structure; judging uses it (a footer is not
    the project's work, an unticked option is not a choice, deleted text is not text at all).
    """

    text: str  # normalised for matching: NFC, ligatures expanded, hyphenation joined
    raw: str = Field(default="", repr=False)  # as extracted, for people who compare
    kind: BlockKind = "paragraph"
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    heading: str | None = None  # nearest heading above (section title)
    table: int | None = None  # table-cell: which table of the document (1-based)
    row: int | None = None  # table-cell: row within the table (1-based; 1 is the header row)
    column: int | None = None  # table-cell: column within the row (1-based)
    checked: bool | None = None  # a checklist option (or its table row): ticked or not

    @property
    def is_content(self) -> bool:
        """False for comments and tracked deletions: shown, never judged as the text."""
        return self.kind not in NOT_CONTENT

    def location(self) -> str:
        if self.page is not None:
            where = f"p. {self.page}"
        elif self.paragraph is not None:
            where = f"§ {self.paragraph}"
        elif self.line is not None:
            where = f"r. {self.line}"
        else:
            where = ""
        what: str | None = self.kind if self.kind in _KIND_SHOWN else None
        if self.kind == "table-cell":
            what = f"table-cell {self.table}:{self.row}:{self.column}" if self.row else self.kind
        if self.checked is not None:
            box = "☒" if self.checked else "☐"
            what = f"{what} {box}" if what else box
        if what:
            where = f"{where} ({what})".strip()
        return where or "?"


class Metadata(_Model):
    title: str | None = None
    author: str | None = None
    producer: str | None = None
    creator: str | None = None
    created: str | None = None  # ISO 8601 as the file states it; not trusted for anything
    pages: int | None = None


class Document(_Model):
    name: str  # the file name as the intake sees it (the attachment name for e-mails)
    size: int
    sha256: str
    format: Format
    extension_format: Format | None = None  # what the name's extension claims
    status: ReadStatus
    metadata: Metadata = Metadata()
    blocks: list[Block] = []
    pages_without_text: list[int] = []
    warnings: list[Notice] = []
    problem: Notice | None = None  # why status is not ok
    # set when the reader also judged the text (dawcheck check/inbox): the Coverage model
    coverage: dict[str, Any] | None = None
    # characters of text read; kept when the blocks are dropped after judging
    chars: int = 0

    @property
    def readable(self) -> bool:
        return self.status == "ok"

    @property
    def mislabelled(self) -> bool:
        return (
            self.extension_format is not None
            and self.format != "unknown"
            and self.extension_format != self.format
            and {self.extension_format, self.format} != {"txt", "md"}
        )

    def text_chars(self) -> int:
        return sum(len(b.text) for b in self.blocks if b.is_content)
