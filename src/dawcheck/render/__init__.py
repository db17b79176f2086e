"""Renderers: turn a report (or the addendum) into text for a terminal, JSON, CSV or HTML."""
