"""A progress bar on stderr for long runs; file names shown as plain, safe text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console


@contextmanager
def progress_bar(*, enabled: bool, console: Console) -> Iterator[Callable[[str], None] | None]:
    """A callback that advances the bar by one submission; None when no bar is shown."""
    if not enabled:
        yield None
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from dawcheck.documents.normalize import safe_name

    # markup=False: a file named "[link=...]x[/link]" must stay text, not become a hyperlink;
    # safe_name makes escape sequences in names visible instead of sending them to the terminal
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        TextColumn("{task.completed}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("dawcheck", total=None)

        def advance(name: str) -> None:
            progress.update(task, advance=1, description=safe_name(name)[:40])

        yield advance
