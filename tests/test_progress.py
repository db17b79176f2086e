"""The progress bar shows file names as plain text: no markup, no escape sequences."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from dawcheck.progress import progress_bar

HOSTILE = [
    "[/]DAW+.pdf",  # a closing tag with nothing open: rich raised MarkupError
    "[link=https://evil.example]voorstel[/link]_DAW+.pdf",
    "x\x1b]52;c;ZXZpbA==\x07_DAW+.pdf",  # OSC 52: writes the clipboard
    "y\x1b[2J_DAW+.pdf",  # clears the screen
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_in_the_progress_bar(name):
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100, color_system="standard")
    with progress_bar(enabled=True, console=console) as advance:
        assert advance is not None
        advance(name)
    shown = out.getvalue()
    assert "\x1b]" not in shown and "\x1b[2J" not in shown  # rich's own colours only
    assert "evil.example" not in shown or "[link=" in shown  # text, never a hyperlink
