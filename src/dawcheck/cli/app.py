"""The Typer application: the root command (its language decided before anything is parsed),
the global options, and the console-script entry point."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from dawcheck import __version__, stopping
from dawcheck.cli.options import Lang, LangOpt


class LocalizedGroup(TyperGroup):
    """The root command: decides the language before anything is parsed or printed."""

    def main(self, args: Any = None, *pos: Any, **kwargs: Any) -> Any:
        from dawcheck.cli import language

        argv = list(sys.argv[1:] if args is None else args)
        language.apply(self, language.detect(argv), words=not language.only_version(argv))
        return super().main(language.hoist(argv), *pos, **kwargs)


app = typer.Typer(
    cls=LocalizedGroup,
    name="dawcheck",
    help=(
        "Controleer projectvoorstellen voor de oproep Capacity Building Lokale Partnerschappen "
        "(lokaal addendum DAW+): bestandsnaam, tijdig indienen en welke regio-uitdagingen, "
        "types dienstverlening en aandachtspunten de tekst echt behandelt.\n\n"
        "Exit codes: 0 ok, 1 een controle faalde, 2 fout in gebruik of configuratie."
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dawcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    lang: LangOpt = Lang.nl,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Toon de versie."),
    ] = False,
) -> None:
    """Root options: --lang is global (it may stand anywhere on the command line)."""


def main() -> None:
    """Console-script entry point."""
    # without a handler SIGTERM ends the process at once: no finally clause would stop the
    # workers or remove the temporary files with submission data; and a stop must not be lost
    # when its signal lands in a finalizer (see dawcheck.stopping)
    stopping.install()
    # NOTE: names from hostile files may carry lone surrogates; never crash while printing them.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    app()
