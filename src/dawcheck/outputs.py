"""Writing reports safely: never into what is being checked, never a half-written file.

A report is written to a temporary file beside the target and renamed into place when complete,
so Ctrl-C or a crash leaves the old file (or none), never a truncated one under the real name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO


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


def write_atomically(target: Path, fill: Callable[[TextIO], None]) -> None:
    """Write through `fill` into a temporary file beside `target`, then rename it into place."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise OutputError(f"{target}: kan niet schrijven: {e.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            fill(out)
        os.replace(tmp, target)
    except OSError as e:
        raise OutputError(f"{target}: kan niet schrijven: {e.strerror}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
