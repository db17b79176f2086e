"""The one run behind `check` and `inbox`: options to RunOptions, the pipeline, every requested
output written (never over an input, never half-written), the exit code, Ctrl-C and SIGTERM."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from dawcheck import stopping
from dawcheck.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_TERMINATED,
    absent,
    console,
    fail_usage,
    lang,
    load_addendum_or_fail,
    moment,
    now_or_fail,
)
from dawcheck.cli.options import Extra
from dawcheck.render import BinaryFormat, FolderOutput, OutputFormat

if TYPE_CHECKING:
    from dawcheck.cache import Cache
    from dawcheck.documents.reader import Limits
    from dawcheck.pipeline.run import RunOptions
    from dawcheck.render import RenderOptions
    from dawcheck.report import Mode, Report


def run_command(
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
            fail_usage(
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
        fail_usage(problem)
    options = RenderOptions(details=details)
    try:
        with _progress(quiet) as progress, run(paths, opts, progress) as report:
            stopping.check()  # a stop whose first raise a finalizer swallowed
            if opts.mode == "check" and not report.submissions:
                fail_usage(
                    "niets te controleren: geen documenten gevonden"
                    if opts.lang == "nl"
                    else "nothing to check: no documents found"
                )
            for extra_fmt, target in extra.items():
                if target is not None:
                    _write(report, extra_fmt, target, options)
                    stopping.check()
            _write(report, fmt, output, options)
            return report.exit_code(strict)
    except KeyboardInterrupt as stop:
        # the workers are stopped and the temporary files removed on the way out (finally
        # clauses); a report being written is never renamed into place half-done
        console(stderr=True).print(
            "dawcheck: onderbroken; een onvolledig rapport wordt nooit geschreven"
            if opts.lang == "nl"
            else "dawcheck: interrupted; an incomplete report is never written"
        )
        code = EXIT_TERMINATED if isinstance(stop, stopping.Terminated) else EXIT_INTERRUPTED
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
        fail_usage(str(e))


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
        fail_usage(str(e))


def _write_folder(report: Report, kind: FolderOutput, folder: Path, options: RenderOptions) -> None:
    from dawcheck.outputs import OutputError
    from dawcheck.render import folder_renderer

    try:
        written = folder_renderer(kind)(report, folder, options)
    except OutputError as e:
        fail_usage(str(e))
    except OSError as e:
        fail_usage(f"{folder}: kan niet schrijven: {e.strerror}")
    if kind == FolderOutput.receipts:
        console(stderr=True).print(
            f"dawcheck: {len(written)} concept-ontvangstbevestigingen (niet verstuurd) in {folder}"
            if report.lang == "nl"
            else f"dawcheck: {len(written)} draft acknowledgements (not sent) in {folder}",
            markup=False,
        )


def _progress(quiet: bool) -> Any:
    from dawcheck.progress import progress_bar

    return progress_bar(enabled=not quiet and sys.stderr.isatty(), console=console(stderr=True))


def run_options(
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

    a = load_addendum_or_fail(addendum)
    at = now_or_fail(now, a)
    cli_arrival = None
    if received is not None:
        told = moment("--received", received, a, at, need_time=True)
        cli_arrival = Arrival(told.at, "cli", False, told.told())
    missing = [p for p in paths if absent(p)]
    if missing:
        fail_usage(", ".join(f"{m}: bestand niet gevonden" for m in missing))
    limits = Limits(timeout_s=timeout, max_bytes=max_mb * 1024 * 1024)
    return RunOptions(
        addendum=a,
        now=at,
        mode=mode,
        lang=lang(),
        jobs=jobs or None,
        limits=limits,
        received=cli_arrival,
    )


def cache_for(limits: Limits, disabled: bool) -> Cache:
    from dawcheck.cache import Cache

    salt = f"{limits.max_bytes}:{limits.max_pages}:{limits.max_text_chars}"
    return Cache(enabled=not disabled, salt=salt)
