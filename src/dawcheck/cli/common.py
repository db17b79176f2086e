"""What every command needs: the language of the run, one way to refuse (exit 2), the
addendum, the moment, and printing a rich renderable to the terminal or a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from dawcheck.addendum.models import Addendum
    from dawcheck.dates import Moment
    from dawcheck.i18n import Lang as LangCode

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


def lang() -> LangCode:
    """The language of this run: --lang anywhere on the command line, or DAWCHECK_LANG."""
    from dawcheck.cli import language

    return language.current()


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def fail_usage(message: str) -> NoReturn:
    from rich.text import Text

    from dawcheck.documents.normalize import safe_name

    line = Text("dawcheck: ", style="bold red")
    line.append(safe_name(message))
    console(stderr=True).print(line)
    raise typer.Exit(EXIT_USAGE)


def load_addendum_or_fail(path: Path | None) -> Addendum:
    from dawcheck.addendum import load_addendum
    from dawcheck.errors import DawcheckError

    try:
        return load_addendum(path)
    except DawcheckError as e:
        fail_usage(str(e))


def moment(
    option: str, text: str, addendum: Addendum, clock: dt.datetime, *, need_time: bool = False
) -> Moment:
    """--now and --received, read through one path (dates.read_option): a date without a year
    is the call's year, relative words (gisteren, morgen) count from `clock`; said if assumed."""
    from dawcheck.dates import call_context, read_option
    from dawcheck.errors import DawcheckError

    try:
        return read_option(option, text, call_context(addendum, clock), lang(), need_time=need_time)
    except DawcheckError as e:
        fail_usage(str(e))


def now_or_fail(text: str | None, addendum: Addendum) -> dt.datetime:
    clock = dt.datetime.now(addendum.submission.zone)
    return clock if text is None else moment("--now", text, addendum, clock).at


def print_renderable(renderable: object, output: Path | None) -> None:
    from rich.console import Console

    from dawcheck.outputs import OutputError, write_atomically

    if output is None or str(output) == "-":
        console().print(renderable)
        return
    try:
        write_atomically(
            output, lambda out: Console(file=out, width=120, no_color=True).print(renderable)
        )
    except OutputError as e:
        fail_usage(str(e))


def absent(path: Path) -> bool:
    """Nothing at all at `path` (not even a broken link). A path that cannot be looked at (a
    folder without permission on the way) is not absent: it becomes a result of its own."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def put(out: TextIO, text: str) -> None:
    out.write(text)
