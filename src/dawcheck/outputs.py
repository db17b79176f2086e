"""Writing reports safely: never into what is being checked, never a half-written file.

A report is written to a temporary file beside the target and renamed into place when complete,
so Ctrl-C or a crash leaves the old file (or none), never a truncated one under the real name.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO


class OutputError(Exception):
    """A report cannot be written where it was asked for."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_inputs(targets: list[Path], inputs: list[Path]) -> str | None:
    """Why a target must not be written (it is an input, or inside an input folder), or None."""
    for target in targets:
        try:
            resolved = target.resolve()
        except (OSError, RuntimeError):  # a symlink loop
            return f"{target}: kan dit pad niet volgen"
        for source in inputs:
            try:
                root = source.resolve()
            except (OSError, RuntimeError):
                continue
            inside = source.is_dir() and resolved.is_relative_to(root)
            if inside or resolved == root or _same_file(target, source):
                return f"{target}: dawcheck schrijft nooit in wat het controleert ({source})"
    return None


def refuse_folder(folder: Path, inputs: list[Path]) -> str | None:
    """Why a folder output (the draft acknowledgements) must not go to `folder`, or None: it is
    an input or inside an input folder, it holds an input (its .eml drafts would be read as mail
    by the next run over that folder), or it is a file."""
    problem = refuse_inputs([folder], inputs)
    if problem is not None:
        return problem
    if folder.exists() and not folder.is_dir():
        return f"{folder}: is geen map"
    try:
        root = folder.resolve()
    except (OSError, RuntimeError):
        return f"{folder}: kan dit pad niet volgen"
    for source in inputs:
        try:
            inside = source.resolve().is_relative_to(root)
        except (OSError, RuntimeError):
            continue
        if inside:
            return f"{folder}: bevat wat dawcheck controleert ({source}); kies een andere map"
    return None


def write_atomically(target: Path, fill: Callable[[TextIO], None]) -> None:
    """Write text (UTF-8, newlines as given) through `fill` into a temporary file beside
    `target`, then rename it into place."""

    def text(raw: BinaryIO) -> None:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            fill(out)
            out.flush()
        finally:
            out.detach()  # the binary file is closed by write_bytes_atomically

    write_bytes_atomically(target, text)


def write_bytes_atomically(target: Path, fill: Callable[[BinaryIO], None]) -> None:
    """Write bytes through `fill` into a temporary file beside `target`, then rename it into
    place: for binary outputs (the Excel workbook) and each file of a folder output."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise OutputError(f"{target}: kan niet schrijven: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            fill(out)
        os.replace(tmp, target)
    except OSError as e:
        raise OutputError(f"{target}: kan niet schrijven: {e.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
