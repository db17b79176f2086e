"""The dawcheck command line: thin Typer commands that wire sources, checks and renderers.

Heavy modules (pypdf, document readers, checks) are imported inside the commands so that
`dawcheck --version` and `--help` stay fast.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dawcheck import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

app = typer.Typer(
    name="dawcheck",
    help=(
        "Controleer projectvoorstellen voor de oproep Capacity Building Lokale Partnerschappen "
        "(lokaal addendum DAW+): bestandsnaam, tijdig indienen en welke regio-uitdagingen, "
        "types dienstverlening en aandachtspunten de tekst echt behandelt.\n\n"
        "Exit codes: 0 ok, 1 een controle faalde, 2 fout in gebruik of configuratie."
    ),
    no_args_is_help=True,
    add_completion=False,
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
    ),
]
LangOpt = Annotated[Lang, typer.Option("--lang", help="Taal van de uitvoer: nl of en.")]
TimeoutOpt = Annotated[float, typer.Option(help="Maximale leestijd per bestand (s).")]
MaxMbOpt = Annotated[int, typer.Option("--max-mb", help="Maximale bestandsgrootte in MB.")]
JobsOpt = Annotated[int, typer.Option(help="Aantal bestanden tegelijk (0 = alle kernen).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Waarschuwingen tellen als fout.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Schrijf naar dit bestand.")]
ReceivedOpt = Annotated[
    str | None,
    typer.Option(
        "--received",
        help="Wanneer het voorstel aankwam (bv. '1/9/2023 23:58'); voor mails telt "
        "hun eigen Received-header.",
    ),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Lees alles opnieuw; gebruik en vul de cache niet.")
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now",
        help="Doe alsof het nu dit tijdstip is (bv. '31/08/2023 22:00', ISO 8601, RFC 2822).",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dawcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Toon de versie."),
    ] = False,
) -> None:
    """Root options."""


def _console(stderr: bool = False):  # noqa: ANN202
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def _fail_usage(message: str) -> typer.Exit:
    _console(stderr=True).print(f"[bold red]dawcheck:[/] {message}", markup=True, highlight=False)
    return typer.Exit(EXIT_USAGE)


def _load(path: Path | None):  # noqa: ANN202
    from dawcheck.addendum import load_addendum
    from dawcheck.errors import DawcheckError

    try:
        return load_addendum(path)
    except DawcheckError as e:
        raise _fail_usage(_escape(str(e))) from None


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _now(text: str | None, addendum, lang: str = "nl"):  # noqa: ANN001, ANN202
    """--now, read like --received (dates.read_option); relative words count from the clock."""
    import datetime as dt

    from dawcheck.dates import call_context, read_option
    from dawcheck.errors import DawcheckError

    clock = dt.datetime.now(addendum.submission.zone)
    if text is None:
        return clock
    try:
        return read_option("--now", text, call_context(addendum, clock), lang).at
    except DawcheckError as e:
        raise _fail_usage(_escape(str(e))) from None


@app.command("addendum")
def addendum_cmd(
    validate: Annotated[
        Path | None,
        typer.Option("--validate", help="Valideer dit addendum-bestand en meld wat er mis is."),
    ] = None,
    addendum: AddendumOpt = None,
    lang: LangOpt = Lang.nl,
) -> None:
    """Toon het addendum: gebied, deadline, uitdagingen, dienstverlening, aandachtspunten."""
    from dawcheck.i18n import t

    if validate is not None:
        a = _load(validate)
        _console().print(
            t("addendum_valid", lang.value, name=str(validate), id=a.id, version=a.version)
        )
        return
    from dawcheck.render.addendum_view import addendum_view

    _console().print(addendum_view(_load(addendum), lang.value))


@app.command("timeline")
def timeline_cmd(now: NowOpt = None, addendum: AddendumOpt = None, lang: LangOpt = Lang.nl) -> None:
    """Toon de lokale timing: welke mijlpalen voorbij zijn, vandaag of nog komen."""
    from dawcheck.render.addendum_view import timeline_view

    a = _load(addendum)
    _console().print(timeline_view(a, _now(now, a, lang.value), lang.value))


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    html = "html"


@app.command("check")
def check_cmd(
    files: Annotated[list[Path], typer.Argument(help="Eén of meer documenten.")],
    received: ReceivedOpt = None,
    now: NowOpt = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json, csv of html.")
    ] = OutputFormat.table,
    output: OutputOpt = None,
    details: Annotated[bool, typer.Option("--details", help="Toon al het bewijs.")] = False,
    strict: StrictOpt = False,
    timeout: TimeoutOpt = 60.0,
    max_mb: MaxMbOpt = 50,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    addendum: AddendumOpt = None,
    lang: LangOpt = Lang.nl,
) -> None:
    """Controleer documenten: werkingsgebied in de naam, tijdig, leesbaar, welke uitdagingen."""

    from dawcheck.inbox import build_report, run_inbox
    from dawcheck.sources.walk import WalkStats

    opts = _options(files, addendum, now, received, lang, jobs, timeout, max_mb, no_cache)
    if details:
        opts.max_evidence = 50
    # one pipeline with `inbox`: a saved e-mail given to `check` is read as an e-mail, so its
    # own headers say when it arrived
    stats = WalkStats()
    with run_inbox(list(files), opts, stats) as spool:
        report = build_report(spool, opts, stats)
        report.submissions = list(spool)
    report.summary = None
    for sub in report.submissions:
        sub.counts = None  # which version counts is an intake question (dawcheck inbox)
    if fmt != OutputFormat.table:
        _stream(report, report.submissions, fmt, output)
    else:
        from dawcheck.render.table import render_table

        if output is None:
            _console().print(render_table(report, details))
        else:
            from rich.console import Console

            with output.open("w", encoding="utf-8") as fh:
                Console(file=fh, width=120, no_color=True).print(render_table(report, details))
    raise typer.Exit(report.exit_code(strict))


@app.command("inbox")
def inbox_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Mappen, .eml-, .mbox- en .msg-bestanden en losse documenten."),
    ],
    received: ReceivedOpt = None,
    now: NowOpt = None,
    trust_host: Annotated[
        str | None,
        typer.Option("--trust-host", help="Gebruik de Received-header die deze server stempelde."),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json, csv of html.")
    ] = OutputFormat.table,
    output: OutputOpt = None,
    csv_file: Annotated[
        Path | None, typer.Option("--csv", help="Schrijf ook CSV hierheen.")
    ] = None,
    html_file: Annotated[
        Path | None, typer.Option("--html", help="Schrijf ook HTML hierheen.")
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="Toon elke inzending volledig.")
    ] = False,
    strict: StrictOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Geen voortgangsbalk.")] = False,
    timeout: TimeoutOpt = 60.0,
    max_mb: MaxMbOpt = 50,
    jobs: JobsOpt = 0,
    no_cache: NoCacheOpt = False,
    addendum: AddendumOpt = None,
    lang: LangOpt = Lang.nl,
) -> None:
    """Controleer een hele inbox: mappen, e-mails (.eml), mailboxen (.mbox), Outlook (.msg)."""
    from dawcheck.inbox import build_report
    from dawcheck.sources.walk import WalkStats

    for target in (output, csv_file, html_file):
        if target is not None and _inside(target, paths):
            raise _fail_usage(
                _escape(f"{target}: dawcheck schrijft nooit in de inbox die het controleert")
            )
    opts = _options(paths, addendum, now, received, lang, jobs, timeout, max_mb, no_cache)
    opts.trust_host = trust_host
    if details:
        opts.max_evidence = 50
    stats = WalkStats()
    with _run_with_progress(paths, opts, stats, quiet) as spool:
        report = build_report(spool, opts, stats)
        if csv_file is not None:
            _stream(report, spool, OutputFormat.csv, csv_file)
        if html_file is not None:
            _stream(report, spool, OutputFormat.html, html_file)
        if fmt == OutputFormat.table:
            from dawcheck.render.inbox_view import inbox_view

            _console().print(inbox_view(report, spool, details))
        else:
            _stream(report, spool, fmt, output)
        code = report.exit_code(strict, [s.status for s in spool.light])
    raise typer.Exit(code)


def _stream(report, subs, fmt: OutputFormat, target: Path | None) -> None:  # noqa: ANN001
    """Write JSON, CSV or HTML straight to a file (or stdout), submission by submission."""
    import contextlib

    with contextlib.ExitStack() as stack:
        if target is None or str(target) == "-":
            out = sys.stdout
        else:
            try:
                out = stack.enter_context(target.open("w", encoding="utf-8"))
            except OSError as e:
                raise _fail_usage(_escape(f"{target}: kan niet schrijven: {e.strerror}")) from None
        if fmt == OutputFormat.json:
            from dawcheck.render.json_ import write_json

            write_json(report, out, subs)
        elif fmt == OutputFormat.csv:
            from dawcheck.render.csv_ import write_csv

            write_csv(report, out, subs)
        else:
            from dawcheck.render.html import write_html

            write_html(report, out, subs)


def _options(paths, addendum, now, received, lang, jobs, timeout, max_mb, no_cache):  # noqa: ANN001, ANN202, PLR0913
    """What check and inbox share: the addendum, the moment, --received, limits and cache."""
    from dawcheck.dates import call_context, read_option
    from dawcheck.documents.reader import Limits
    from dawcheck.errors import DawcheckError
    from dawcheck.inbox import Options
    from dawcheck.sources.model import Arrival

    a = _load(addendum)
    moment = _now(now, a, lang.value)
    cli_arrival = None
    if received is not None:
        # the same reading as --now; a date without a year is the call's, gisteren counts from --now
        try:
            told = read_option(
                "--received", received, call_context(a, moment), lang.value, need_time=True
            )
        except DawcheckError as e:
            raise _fail_usage(_escape(str(e))) from None
        cli_arrival = Arrival(told.at, "cli", False, told.told())
    missing = [p for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        raise _fail_usage(_escape(", ".join(f"{m}: bestand niet gevonden" for m in missing)))
    limits = Limits(timeout_s=timeout, max_bytes=max_mb * 1024 * 1024)
    opts = Options(
        addendum=a,
        now=moment,
        lang=lang.value,
        jobs=jobs or None,
        limits=limits,
        received=cli_arrival,
    )
    opts.cache = _cache(limits, no_cache)
    return opts


def _inside(target: Path, roots: list[Path]) -> bool:
    resolved = target.resolve()
    return any(root.is_dir() and resolved.is_relative_to(root.resolve()) for root in roots)


def _run_with_progress(paths, opts, stats, quiet: bool):  # noqa: ANN001, ANN202
    from dawcheck.inbox import run_inbox

    if quiet or not sys.stderr.isatty():
        return run_inbox(paths, opts, stats)
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} gelezen"),
        TimeElapsedColumn(),
        console=_console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("dawcheck inbox", total=None)

        def advance(name: str) -> None:
            progress.update(task, advance=1, description=name[:40])

        return run_inbox(paths, opts, stats, advance)


def _cache(limits, disabled: bool):  # noqa: ANN001, ANN202
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
    file: Annotated[Path, typer.Argument(help="Het document (PDF, DOCX, ODT, TXT, MD).")],
    fmt: Annotated[ReadFormat, typer.Option("--format", "-f", help="table of json.")] = (
        ReadFormat.table
    ),
    full: Annotated[bool, typer.Option("--full", help="Toon alle tekst, niet ingekort.")] = False,
    timeout: Annotated[float, typer.Option(help="Maximale leestijd in seconden.")] = 60.0,
    max_mb: Annotated[int, typer.Option("--max-mb", help="Maximale bestandsgrootte in MB.")] = 50,
    lang: LangOpt = Lang.nl,
) -> None:
    """Toon wat dawcheck uit een document haalt: formaat, metadata, tekst per pagina of alinea."""
    from dawcheck.documents.reader import Limits
    from dawcheck.documents.worker import ReadTask, read_one

    if not file.exists() and not file.is_symlink():
        raise _fail_usage(_escape(f"{file}: bestand niet gevonden"))
    limits = Limits(timeout_s=timeout, max_bytes=max_mb * 1024 * 1024)
    doc = read_one(ReadTask(name=file.name, path=file), limits)
    if fmt == ReadFormat.json:
        from dawcheck.render.document_view import document_json

        sys.stdout.write(document_json(doc, lang.value) + "\n")
    else:
        from dawcheck.render.document_view import document_view

        _console().print(document_view(doc, lang.value, full=full))
    raise typer.Exit(EXIT_OK if doc.readable else EXIT_FAILED)


def main() -> None:
    """Console-script entry point."""
    # NOTE: names from hostile files may carry lone surrogates; never crash while printing them.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    app()
