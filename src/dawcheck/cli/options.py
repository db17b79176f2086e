"""The options check, inbox and the other commands share, with human metavariables.

The help texts are the Dutch source; dawcheck.cli.language gives their English.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dawcheck.render import BinaryFormat, FolderOutput, OutputFormat


class Lang(StrEnum):
    nl = "nl"
    en = "en"


AddendumOpt = Annotated[
    Path | None,
    typer.Option(
        "--addendum",
        help="Ander addendum (YAML) in plaats van het ingebouwde DAW+ addendum.",
        dir_okay=False,
        metavar="BESTAND",
    ),
]
LangOpt = Annotated[
    Lang, typer.Option("--lang", help="Taal van de uitvoer: nl of en.", metavar="TAAL")
]
TimeoutOpt = Annotated[
    float, typer.Option(help="Maximale leestijd per bestand (s).", metavar="SECONDEN")
]
MaxMbOpt = Annotated[
    int, typer.Option("--max-mb", help="Maximale bestandsgrootte in MB.", metavar="MB")
]
JobsOpt = Annotated[
    int, typer.Option(help="Aantal bestanden tegelijk (0 = alle kernen).", metavar="AANTAL")
]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Waarschuwingen tellen als fout.")]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Schrijf naar dit bestand.", metavar="BESTAND"),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="table, json, csv of html.", metavar="FORMAAT"),
]
DetailsOpt = Annotated[bool, typer.Option("--details", help="Toon al het bewijs.")]
XlsxOpt = Annotated[
    Path | None,
    typer.Option(
        "--xlsx",
        help="Schrijf ook een Excel-werkmap hierheen (inzendingen, opvolgen, dekking).",
        metavar="BESTAND",
        dir_okay=False,
    ),
]
Extra = dict[OutputFormat | BinaryFormat | FolderOutput, Path | None]
ReceivedOpt = Annotated[
    str | None,
    typer.Option(
        "--received",
        metavar="WANNEER",
        help="Wanneer het voorstel aankwam (bv. '1/9/2023 23:58'); zonder deze optie is het een "
        "controle vooraf. Voor mails telt hun eigen Received-header.",
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Lees alles opnieuw; gebruik en vul de cache niet.")
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now",
        metavar="WANNEER",
        help="Doe alsof het nu dit tijdstip is (bv. '31/08/2023 22:00', ISO 8601, RFC 2822).",
    ),
]
