"""One model of a submitted document, whatever its format: text blocks with locations."""

from __future__ import annotations

from typing import Literal

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
BlockKind = Literal["paragraph", "heading", "table-cell", "header", "footer", "line"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Notice(_Model):
    """A warning or problem, as a stable code plus the facts; renderers word it per language."""

    code: str
    detail: str = ""


class Block(_Model):
    """A piece of text a person can find again: page (PDF), paragraph (DOCX/ODT) or line (text)."""

    text: str  # normalised for matching: NFC, ligatures expanded, hyphenation joined
    raw: str = Field(default="", repr=False)  # as extracted, for people who compare
    kind: BlockKind = "paragraph"
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    heading: str | None = None  # nearest heading above (section title)

    def location(self) -> str:
        if self.page is not None:
            where = f"p. {self.page}"
        elif self.paragraph is not None:
            where = f"§ {self.paragraph}"
        elif self.line is not None:
            where = f"r. {self.line}"
        else:
            where = ""
        if self.kind in ("header", "footer", "table-cell"):
            where = f"{where} ({self.kind})".strip()
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
    coverage: dict | None = None
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
        return sum(len(b.text) for b in self.blocks)
