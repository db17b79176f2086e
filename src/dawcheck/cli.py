"""The dawcheck command line: thin Typer commands that wire sources, checks and renderers.

Heavy modules (pypdf, document readers, checks) are imported inside the commands so that
`dawcheck --version` and `--help` stay fast.
"""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO

import typer
from typer.core import TyperGroup

from dawcheck import __version__
from dawcheck.render import BinaryFormat, FolderOutput, OutputFormat

if TYPE_CHECKING:
    from rich.console import Console

    from dawcheck.addendum.models import Addendum
    from dawcheck.cache import Cache
    from dawcheck.dates import Moment
    from dawcheck.documents.reader import Limits
    from dawcheck.i18n import Lang as LangCode
    from dawcheck.pipeline.run import RunOptions
    from dawcheck.render import RenderOptions
    from dawcheck.report import Mode, Report

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled as Ctrl-C is: the same clean-up, exit code 143."""


class LocalizedGroup(TyperGroup):
    """The root command: decides the language before anything is parsed or printed."""

    def main(self, args: Any = None, *pos: Any, **kwargs: Any) -> Any:
        from dawcheck import cli_language

        argv = list(sys.argv[1:] if args is None else args)
        cli_language.apply(self, cli_language.detect(argv))
        return super().main(cli_language.hoist(argv), *pos, **kwargs)


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


def _lang() -> LangCode:
    """The language of this run: --lang anywhere on the command line, or DAWCHECK_LANG."""
    from dawcheck import cli_language

    return cli_language.current()


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


def _console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _fail_usage(message: str) -> NoReturn:
    from rich.text import Text

    from dawcheck.documents.normalize import safe_name

    line = Text("dawcheck: ", style="bold red")
    line.append(safe_name(message))
    _console(stderr=True).print(line)
    raise typer.Exit(EXIT_USAGE)


def _load(path: Path | None) -> Addendum:
    from dawcheck.addendum import load_addendum
    from dawcheck.errors import DawcheckError

    try:
        return load_addendum(path)
    except DawcheckError as e:
        _fail_usage(str(e))


def _moment(
    option: str, text: str, addendum: Addendum, clock: dt.datetime, *, need_time: bool = False
) -> Moment:
    """--now and --received, read through one path (dates.read_option): a date without a year
    is the call's year, relative words (gisteren, morgen) count from `clock`; said if assumed."""
    from dawcheck.dates import call_context, read_option
    from dawcheck.errors import DawcheckError

    try:
        return read_option(
            option, text, call_context(addendum, clock), _lang(), need_time=need_time
        )
    except DawcheckError as e:
        _fail_usage(str(e))


def _now(text: str | None, addendum: Addendum) -> dt.datetime:
    clock = dt.datetime.now(addendum.submission.zone)
    return clock if text is None else _moment("--now", text, addendum, clock).at


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
        a = _load(validate)
        _console().print(
            t("addendum_valid", _lang(), name=str(validate), id=a.id, version=a.version)
        )
        return
    from dawcheck.render.addendum_view import addendum_view

    _print_renderable(addendum_view(_load(addendum), _lang()), output)


@app.command("timeline")
def timeline_cmd(
    now: NowOpt = None,
    addendum: AddendumOpt = None,
    output: OutputOpt = None,
) -> None:
    """Toon de lokale timing: welke mijlpalen voorbij zijn, vandaag of nog komen."""
    from dawcheck.render.addendum_view import timeline_view

    a = _load(addendum)
    _print_renderable(timeline_view(a, _now(now, a), _lang()), output)


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
    opts = _run_options(files, "check", addendum, now, received, jobs, timeout, max_mb)
    opts.cache = _cache(opts.limits, no_cache)
    opts.max_evidence = 50 if details else opts.max_evidence
    extra: Extra = {BinaryFormat.xlsx: xlsx_file}
    code = _run(files, opts, fmt, output, extra, details=details, strict=strict, quiet=True)
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
    opts = _run_options(paths, "inbox", addendum, now, received, jobs, timeout, max_mb)
    opts.trust_host = trust_host
    opts.cache = _cache(opts.limits, no_cache)
    opts.max_evidence = 50 if details else opts.max_evidence
    extra: Extra = {
        OutputFormat.csv: csv_file,
        OutputFormat.html: html_file,
        BinaryFormat.xlsx: xlsx_file,
        FolderOutput.receipts: receipts,
    }
    code = _run(paths, opts, fmt, output, extra, details=details, strict=strict, quiet=quiet)
    raise typer.Exit(code)


def _run(
    paths: list[Path],
    opts: RunOptions,
    fmt: OutputFormat,
    output: Path | None,
    extra: Extra,
    *,
    details: bool,
    strict: bool,
    quiet: bool,
) -> int:
    """What check and inbox share: run the pipeline, write every requested output, exit code."""
    from dawcheck.outputs import refuse_folder, refuse_inputs
    from dawcheck.pipeline.run import run
    from dawcheck.render import RenderOptions

    for kind, target in extra.items():
        if isinstance(kind, (BinaryFormat, FolderOutput)) and str(target) == "-":
            _fail_usage(
                f"--{kind.value} -: schrijft naar een bestand of map, niet naar de terminal"
                if opts.lang == "nl"
                else f"--{kind.value} -: writes to a file or folder, not to the terminal"
            )
    files = [
        t
        for kind, t in [(None, output), *extra.items()]
        if t is not None and str(t) != "-" and not isinstance(kind, FolderOutput)
    ]
    folders = [t for kind, t in extra.items() if t is not None and isinstance(kind, FolderOutput)]
    problem = refuse_inputs(files, paths) or next(
        (p for p in (refuse_folder(f, paths) for f in folders) if p is not None), None
    )
    if problem is not None:
        _fail_usage(problem)
    options = RenderOptions(details=details)
    try:
        with _progress(quiet) as progress, run(paths, opts, progress) as report:
            if opts.mode == "check" and not report.submissions:
                _fail_usage(
                    "niets te controleren: geen documenten gevonden"
                    if opts.lang == "nl"
                    else "nothing to check: no documents found"
                )
            for extra_fmt, target in extra.items():
                if target is not None:
                    _write(report, extra_fmt, target, options)
            _write(report, fmt, output, options)
            return report.exit_code(strict)
    except KeyboardInterrupt as stop:
        # the workers are stopped and the temporary files removed on the way out (finally
        # clauses); a report being written is never renamed into place half-done
        _console(stderr=True).print(
            "dawcheck: onderbroken; een onvolledig rapport wordt nooit geschreven"
            if opts.lang == "nl"
            else "dawcheck: interrupted; an incomplete report is never written"
        )
        code = EXIT_TERMINATED if isinstance(stop, Terminated) else EXIT_INTERRUPTED
        raise typer.Exit(code) from None


def _write(
    report: Report,
    fmt: OutputFormat | BinaryFormat | FolderOutput,
    target: Path | None,
    options: RenderOptions,
) -> None:
    import dataclasses

    from dawcheck.outputs import OutputError, write_atomically

    if isinstance(fmt, FolderOutput):
        if target is not None:
            _write_folder(report, fmt, target, options)
        return
    if isinstance(fmt, BinaryFormat):
        _write_binary(report, fmt, target, options)
        return
    from dawcheck.render import renderer

    write = renderer(fmt)
    if target is None or str(target) == "-":
        terminal = fmt == OutputFormat.table and sys.stdout.isatty()
        write(report, sys.stdout, dataclasses.replace(options, terminal=terminal))
        return
    width = 120 if fmt == OutputFormat.table else None
    try:
        write_atomically(
            target, lambda out: write(report, out, dataclasses.replace(options, width=width))
        )
    except OutputError as e:
        _fail_usage(str(e))


def _write_binary(
    report: Report, fmt: BinaryFormat, target: Path | None, options: RenderOptions
) -> None:
    from dawcheck.outputs import OutputError, write_bytes_atomically
    from dawcheck.render import binary_renderer

    write = binary_renderer(fmt)
    if target is None:
        return
    try:
        write_bytes_atomically(target, lambda out: write(report, out, options))
    except OutputError as e:
        _fail_usage(str(e))


def _write_folder(report: Report, kind: FolderOutput, folder: Path, options: RenderOptions) -> None:
    from dawcheck.outputs import OutputError
    from dawcheck.render import folder_renderer

    try:
        written = folder_renderer(kind)(report, folder, options)
    except OutputError as e:
        _fail_usage(str(e))
    except OSError as e:
        _fail_usage(f"{folder}: kan niet schrijven: {e.strerror}")
    if kind == FolderOutput.receipts:
        _console(stderr=True).print(
            f"dawcheck: {len(written)} concept-ontvangstbevestigingen (niet verstuurd) in {folder}"
            if report.lang == "nl"
            else f"dawcheck: {len(written)} draft acknowledgements (not sent) in {folder}",
            markup=False,
        )


def _print_renderable(renderable: object, output: Path | None) -> None:
    from rich.console import Console

    from dawcheck.outputs import OutputError, write_atomically

    if output is None or str(output) == "-":
        _console().print(renderable)
        return
    try:
        write_atomically(
            output, lambda out: Console(file=out, width=120, no_color=True).print(renderable)
        )
    except OutputError as e:
        _fail_usage(str(e))


def _progress(quiet: bool):  # type: ignore[no-untyped-def]
    from dawcheck.progress import progress_bar

    return progress_bar(enabled=not quiet and sys.stderr.isatty(), console=_console(stderr=True))


def _run_options(
    paths: list[Path],
    mode: Mode,
    addendum: Path | None,
    now: str | None,
    received: str | None,
    jobs: int,
    timeout: float,
    max_mb: int,
) -> RunOptions:
    from dawcheck.documents.reader import Limits
    from dawcheck.pipeline.run import RunOptions
    from dawcheck.sources.model import Arrival

    a = _load(addendum)
    moment = _now(now, a)
    cli_arrival = None
    if received is not None:
        told = _moment("--received", received, a, moment, need_time=True)
        cli_arrival = Arrival(told.at, "cli", False, told.told())
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        _fail_usage(", ".join(f"{m}: bestand niet gevonden" for m in missing))
    limits = Limits(timeout_s=timeout, max_bytes=max_mb * 1024 * 1024)
    return RunOptions(
        addendum=a,
        now=moment,
        mode=mode,
        lang=_lang(),
        jobs=jobs or None,
        limits=limits,
        received=cli_arrival,
    )


def _cache(limits: Limits, disabled: bool) -> Cache:
    from dawcheck.cache import Cache

    salt = f"{limits.max_bytes}:{limits.max_pages}:{limits.max_text_chars}"
    return Cache(enabled=not disabled, salt=salt)


cache_app = typer.Typer(help="De cache van gelezen documenten.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("clear")
def cache_clear() -> None:
    """Wis de cache van gelezen documenten."""
    from dawcheck.cache import Cache

    cache = Cache()
    removed = cache.clear()
    typer.echo(f"{removed} items gewist uit {cache.root}")


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

    if not file.exists() and not file.is_symlink():
        _fail_usage(f"{file}: bestand niet gevonden")
    if output is not None and str(output) != "-":
        problem = refuse_inputs([output], [file])
        if problem is not None:
            _fail_usage(problem)
    limits = Limits(timeout_s=timeout, max_bytes=max_mb * 1024 * 1024)
    doc = read_one(ReadTask(name=file.name, path=file), limits)
    if fmt == ReadFormat.json:
        from dawcheck.render.document_view import document_json

        text = document_json(doc, _lang()) + "\n"
        if output is None or str(output) == "-":
            sys.stdout.write(text)
        else:
            try:
                write_atomically(output, lambda out: _put(out, text))
            except OutputError as e:
                _fail_usage(str(e))
    else:
        from dawcheck.render.document_view import document_view

        _print_renderable(document_view(doc, _lang(), full=full), output)
    raise typer.Exit(EXIT_OK if doc.readable else EXIT_FAILED)


def _put(out: TextIO, text: str) -> None:
    out.write(text)


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated


def main() -> None:
    """Console-script entry point."""
    import signal

    # without a handler SIGTERM ends the process at once: no finally clause would stop the
    # workers or remove the temporary files with submission data
    signal.signal(signal.SIGTERM, _on_sigterm)
    # NOTE: names from hostile files may carry lone surrogates; never crash while printing them.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    app()
