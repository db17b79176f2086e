"""Output formats: one registry, one interface per kind of output.

- Text formats (`OutputFormat`: table, json, csv, html) write one Report to a text stream:
  `write(report, out: TextIO, options)`. The CLI derives `--format` from this enum.
- Binary formats (`BinaryFormat`: xlsx) write one Report to a binary stream:
  `write(report, out: BinaryIO, options)`; the CLI writes them atomically to a file.
- Folder outputs (`FolderOutput`: receipts) write several files into a folder:
  `write(report, folder: Path, options) -> list[Path]`, each file written atomically.

Adding a format is one module with its `write` and one entry in the matching table; a test makes
sure every entry has a renderer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, TextIO

if TYPE_CHECKING:  # not at run time: `dawcheck --help` must not import pydantic models
    from dawcheck.report import Report


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


@dataclass(frozen=True)
class RenderOptions:
    details: bool = False  # every piece of evidence, every item
    terminal: bool = False  # the stream is a terminal: colour and its width may be used
    width: int | None = None


Renderer = Callable[["Report", TextIO, RenderOptions], None]

# module per format; imported when used so `dawcheck --help` stays fast
RENDERER_MODULES: dict[OutputFormat, str] = {
    OutputFormat.table: "dawcheck.render.table",
    OutputFormat.json: "dawcheck.render.json_",
    OutputFormat.csv: "dawcheck.render.csv_",
    OutputFormat.html: "dawcheck.render.html",
}


def renderer(fmt: OutputFormat) -> Renderer:
    module = importlib.import_module(RENDERER_MODULES[fmt])
    write: Renderer = module.write
    return write


class BinaryFormat(StrEnum):
    xlsx = "xlsx"


class FolderOutput(StrEnum):
    receipts = "receipts"


BinaryRenderer = Callable[["Report", BinaryIO, RenderOptions], None]
FolderRenderer = Callable[["Report", Path, RenderOptions], list[Path]]

BINARY_MODULES: dict[BinaryFormat, str] = {BinaryFormat.xlsx: "dawcheck.render.xlsx"}
FOLDER_MODULES: dict[FolderOutput, str] = {FolderOutput.receipts: "dawcheck.render.receipts"}


def binary_renderer(fmt: BinaryFormat) -> BinaryRenderer:
    module = importlib.import_module(BINARY_MODULES[fmt])
    write: BinaryRenderer = module.write
    return write


def folder_renderer(kind: FolderOutput) -> FolderRenderer:
    module = importlib.import_module(FOLDER_MODULES[kind])
    write: FolderRenderer = module.write
    return write
