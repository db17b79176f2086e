"""Turn the paths an intake officer gives into inputs: documents, e-mails, mailboxes, .msg files.

Folders are walked read-only and in a stable order; hidden files and office lock files
(~$voorstel.docx, .~lock.voorstel.odt#) are skipped and counted; symlinks that lead outside the
folder, FIFOs and devices are never opened.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Kind = Literal["document", "eml", "mbox", "msg"]
_MAIL_SUFFIXES = {".eml": "eml", ".mbox": "mbox", ".mbx": "mbox", ".msg": "msg"}
MAX_FILES = 100_000
# Files an intake folder holds next to submissions (exports, logs, notes of the tool that saved
# them); everything else is a candidate, so an image or archive still gets "niet ondersteund".
_NOT_SUBMISSIONS = {
    ".tsv",
    ".csv",
    ".yaml",
    ".yml",
    ".json",
    ".log",
    ".ini",
    ".db",
    ".sqlite",
    ".xml",
    ".url",
    ".ds_store",
    ".lnk",
}


@dataclass
class Input:
    path: Path
    kind: Kind
    folder: Path | None = None  # the folder it was found in (container "folder")


@dataclass
class WalkStats:
    skipped_hidden: int = 0
    skipped_temp: int = 0
    skipped_special: list[str] = field(default_factory=list)  # not a regular file
    skipped_outside: list[str] = field(default_factory=list)  # symlink out of the folder
    skipped_other: list[str] = field(default_factory=list)  # data files, not submissions
    missing: list[str] = field(default_factory=list)


def _kind(path: Path, head: bytes) -> Kind:
    suffix = path.suffix.lower()
    if suffix in _MAIL_SUFFIXES:
        return _MAIL_SUFFIXES[suffix]  # type: ignore[return-value]
    if head.startswith(b"From ") and b"\n" in head:
        return "mbox"
    return "document"


def _head(path: Path) -> bytes:
    from dawcheck.documents.reader import open_readonly

    try:
        fd = open_readonly(path)
    except OSError:
        return b""
    try:
        return os.read(fd, 64)
    finally:
        os.close(fd)


def _is_temp(name: str) -> bool:
    return name.startswith(("~$", ".~lock.")) or name.endswith(("~", ".tmp", ".swp"))


def iter_inputs(paths: list[Path], stats: WalkStats) -> Iterator[Input]:
    count = 0
    for root in paths:
        if not root.exists() and not root.is_symlink():
            stats.missing.append(str(root))
            continue
        if root.is_dir():
            base = root.resolve()
            for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    path = Path(dirpath) / name
                    if name.startswith(".") and not name.startswith(".~lock."):
                        stats.skipped_hidden += 1
                        continue
                    if _is_temp(name):
                        stats.skipped_temp += 1
                        continue
                    if path.suffix.lower() in _NOT_SUBMISSIONS:
                        stats.skipped_other.append(str(path))
                        continue
                    item = _classify(path, base, stats, root)
                    if item is not None:
                        count += 1
                        if count > MAX_FILES:
                            return
                        yield item
        else:
            item = _classify(root, None, stats, None)
            if item is not None:
                yield item


def _classify(path: Path, base: Path | None, stats: WalkStats, folder: Path | None) -> Input | None:
    try:
        if path.is_symlink() and base is not None:
            target = path.resolve()
            if not target.is_relative_to(base):
                stats.skipped_outside.append(str(path))
                return None
        mode = os.stat(path).st_mode
    except OSError:
        stats.skipped_special.append(str(path))
        return None
    if not stat.S_ISREG(mode):
        stats.skipped_special.append(str(path))
        return None
    return Input(path=path, kind=_kind(path, _head(path)), folder=folder)
