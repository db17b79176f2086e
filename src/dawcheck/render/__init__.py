"""Output formats: one registry, one interface. A renderer writes one Report to a text stream.

Adding a format is one module with `write(report, out, options)` and one entry here; the CLI
derives its choices from `OutputFormat`, and a test makes sure every choice has a renderer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TextIO

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


Renderer = Callable[[Report, TextIO, RenderOptions], None]

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
