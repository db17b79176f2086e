"""The commands: thin, each turns its options into a call of the shared run or a renderer."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dawcheck.cli.app import app
from dawcheck.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    absent,
    console,
    fail_usage,
    lang,
    load_addendum_or_fail,
    now_or_fail,
    print_renderable,
    put,
)
from dawcheck.cli.options import (
    AddendumOpt,
    DetailsOpt,
    Extra,
    FormatOpt,
    JobsOpt,
    MaxMbOpt,
    NoCacheOpt,
    NowOpt,
    OutputOpt,
    ReceivedOpt,
    StrictOpt,
    TimeoutOpt,
    XlsxOpt,
)
from dawcheck.cli.run import cache_for, run_command, run_options
from dawcheck.render import BinaryFormat, FolderOutput, OutputFormat


@app.command("addendum")
def addendum_cmd(
    validate: Annotated[
        Path | None,
        typer.Option(
            "--validate",
            help="Valideer dit addendum-bestand en meld wat er mis is.",
            metavar="BESTAND",
        ),
    ] = None,
    addendum: AddendumOpt = None,
    output: OutputOpt = None,
) -> None:
    """Toon het addendum: gebied, deadline, uitdagingen, dienstverlening, aandachtspunten."""
    from dawcheck.i18n import t

    if validate is not None:
        a = load_addendum_or_fail(validate)
        console().print(t("addendum_valid", lang(), name=str(validate), id=a.id, version=a.version))
        return
    from dawcheck.render.addendum_view import addendum_view

    print_renderable(addendum_view(load_addendum_or_fail(addendum), lang()), output)


@app.command("timeline")
def timeline_cmd(
    now: NowOpt = None,
    addendum: AddendumOpt = None,
    output: OutputOpt = None,
) -> None:
    """Toon de lokale timing: welke mijlpalen voorbij zijn, vandaag of nog komen."""
    from dawcheck.render.addendum_view import timeline_view

    a = load_addendum_or_fail(addendum)
    print_renderable(timeline_view(a, now_or_fail(now, a), lang()), output)


@app.command("check")
def check_cmd(
    files: Annotated[
        list[Path],
        typer.Argument(help="Eén of meer documenten of e-mails.", metavar="BESTAND"),
    ],
    received: ReceivedOpt = None,
    now: NowOpt = None,
    fmt: FormatOpt = OutputFormat.table,
    output: OutputOpt = None,
    xlsx_file: XlsxOpt = None,
    details: DetailsOpt = False,
    strict: StrictOpt = False,
    timeout: TimeoutOpt = 60.0,
    max_mb: MaxMbOpt = 50,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    addendum: AddendumOpt = None,
) -> None:
    """Controleer documenten: werkingsgebied in de naam, tijdig, leesbaar, welke uitdagingen."""
    opts = run_options(files, "check", addendum, now, received, jobs, timeout, max_mb)
    opts.cache = cache_for(opts.limits, no_cache)
    opts.max_evidence = 50 if details else opts.max_evidence
    extra: Extra = {BinaryFormat.xlsx: xlsx_file}
    code = run_command(files, opts, fmt, output, extra, details=details, strict=strict, quiet=True)
    raise typer.Exit(code)


@app.command("inbox")
def inbox_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Mappen, .eml-, .mbox- en .msg-bestanden en documenten.", metavar="PAD"
        ),
    ],
    received: ReceivedOpt = None,
    now: NowOpt = None,
    trust_host: Annotated[
        str | None,
        typer.Option(
            "--trust-host",
            help="Gebruik de Received-header die deze server stempelde.",
            metavar="SERVER",
        ),
    ] = None,
    fmt: FormatOpt = OutputFormat.table,
    output: OutputOpt = None,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Schrijf ook CSV hierheen.", metavar="BESTAND")
    ] = None,
    html_file: Annotated[
        Path | None,
        typer.Option("--html", help="Schrijf ook HTML hierheen.", metavar="BESTAND"),
    ] = None,
    xlsx_file: XlsxOpt = None,
    receipts: Annotated[
        Path | None,
        typer.Option(
            "--receipts",
            help="Schrijf per indiener een concept-ontvangstbevestiging (.eml, niet verstuurd) "
            "in deze map.",
            metavar="MAP",
            file_okay=False,
        ),
    ] = None,
    details: DetailsOpt = False,
    strict: StrictOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Geen voortgangsbalk.")] = False,
    timeout: TimeoutOpt = 60.0,
    max_mb: MaxMbOpt = 50,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    addendum: AddendumOpt = None,
) -> None:
    """Controleer een hele inbox: mappen, e-mails (.eml), mailboxen (.mbox), Outlook (.msg)."""
    opts = run_options(paths, "inbox", addendum, now, received, jobs, timeout, max_mb)
    opts.trust_host = trust_host
    opts.cache = cache_for(opts.limits, no_cache)
    opts.max_evidence = 50 if details else opts.max_evidence
    extra: Extra = {
        OutputFormat.csv: csv_file,
        OutputFormat.html: html_file,
        BinaryFormat.xlsx: xlsx_file,
        FolderOutput.receipts: receipts,
    }
    code = run_command(paths, opts, fmt, output, extra, details=details, strict=strict, quiet=quiet)
    raise typer.Exit(code)


cache_app = typer.Typer(help="De cache van gelezen documenten.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear() -> None:
    """Wis de cache van gelezen documenten."""
    from dawcheck.cache import Cache

    cache = Cache()
    removed = cache.clear()
    typer.echo(
        f"{removed} items gewist uit {cache.root}"
        if lang() == "nl"
        else f"{removed} items removed from {cache.root}"
    )


@cache_app.command("dir")
def cache_dir() -> None:
    """Toon waar de cache staat."""
    from dawcheck.cache import Cache

    typer.echo(str(Cache().root))


class ReadFormat(StrEnum):
    table = "table"
    json = "json"


@app.command("read")
def read_cmd(
    file: Annotated[
        Path, typer.Argument(help="Het document (PDF, DOCX, ODT, TXT, MD).", metavar="BESTAND")
    ],
    fmt: Annotated[
        ReadFormat, typer.Option("--format", "-f", help="table of json.", metavar="FORMAAT")
    ] = ReadFormat.table,
    full: Annotated[bool, typer.Option("--full", help="Toon alle tekst, niet ingekort.")] = False,
    output: OutputOpt = None,
    timeout: TimeoutOpt = 60.0,
    max_mb: MaxMbOpt = 50,
) -> None:
    """Toon wat dawcheck uit een document haalt: formaat, metadata, tekst per pagina of alinea."""
    from dawcheck.documents.reader import Limits
    from dawcheck.documents.worker import ReadTask, read_one
    from dawcheck.outputs import OutputError, refuse_inputs, write_atomically

    if absent(file):
        fail_usage(f"{file}: bestand niet gevonden")
    if output is not None and str(output) != "-":
        problem = refuse_inputs([output], [file])
        if problem is not None:
            fail_usage(problem)
    limits = Limits(timeout_s=timeout, max_bytes=max_mb * 1024 * 1024)
    doc = read_one(ReadTask(name=file.name, path=file), limits)
    if fmt == ReadFormat.json:
        from dawcheck.render.document_view import document_json

        text = document_json(doc, lang()) + "\n"
        if output is None or str(output) == "-":
            sys.stdout.write(text)
        else:
            try:
                write_atomically(output, lambda out: put(out, text))
            except OutputError as e:
                fail_usage(str(e))
    else:
        from dawcheck.render.document_view import document_view

        print_renderable(document_view(doc, lang(), full=full), output)
    raise typer.Exit(EXIT_OK if doc.readable else EXIT_FAILED)
