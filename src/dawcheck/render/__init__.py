"""Renderers: turn a report (or the addendum) into text for a terminal, JSON, CSV or HTML."""

from enum import StrEnum


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"
