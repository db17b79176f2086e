"""Turn the paths an intake officer gives into inputs: documents, e-mails, mailboxes, .msg files.

Folders are walked read-only and in a stable order (a folder's files by name, then its subfolders
by name, depth first), without recursion, so no depth of nesting can crash the run. Hidden files
and office lock files (~$voorstel.docx, .~lock.voorstel.odt#) are skipped and counted; symlinks
that lead outside the folder, FIFOs and devices are never opened. Every other path that is not
checked is named in WalkStats.skipped with a reason: nothing under the given paths disappears
without a word (an unreadable folder, a path longer than the system allows, a file that vanished
while the run went on, the files past the MAX_FILES limit).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Kind = Literal["document", "eml", "mbox", "msg"]
_MAIL_SUFFIXES: dict[str, Kind] = {".eml": "eml", ".mbox": "mbox", ".mbx": "mbox", ".msg": "msg"}
MAX_FILES = 100_000
# Named entries kept per reason; past this the paths are only counted (WalkStats.counts), so a
# folder of a million data files cannot fill memory with their names.
MAX_NAMED_PER_REASON = 1_000
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

SkipReason = Literal[
    "missing",  # named on the command line, does not exist
    "not-regular",  # a FIFO, device or socket: never opened
    "outside-folder",  # a symlink that leads out of the folder being walked
    "not-submission",  # a data file (.csv, .json, ...) next to the submissions
    "folder-link",  # a symlink to a folder inside the walk: not followed (no loops, no doubles)
    "broken-link",  # a symlink whose target does not exist
    "symlink-loop",  # a symlink that leads back to itself
    "unreadable-folder",  # the folder cannot be listed (permissions): its contents are unknown
    "unreadable",  # the file cannot be examined (permissions, I/O error)
    "path-too-long",  # longer than the system allows (PATH_MAX): it and what is below it
    "vanished",  # listed, then gone before it could be examined (deleted or moved mid-run)
    "over-file-limit",  # past MAX_FILES: named, not checked
]
# The reasons the older summary counted as skipped_outside / skipped_other / missing; every
# other reason falls under skipped_special ("not checked") there.
_COMPAT_LISTS: dict[str, SkipReason] = {
    "skipped_outside": "outside-folder",
    "skipped_other": "not-submission",
    "missing": "missing",
}


@dataclass
class Input:
    path: Path
    kind: Kind
    folder: Path | None = None  # the folder it was found in (container "folder")


@dataclass(frozen=True)
class Skipped:
    """One path that was not checked, and why (for the report to name)."""

    path: str
    reason: SkipReason
    detail: str = ""  # the system's words (strerror), or the limit that applied


@dataclass
class WalkStats:
    skipped_hidden: int = 0  # hidden files and folders (.name): deliberate, only counted
    skipped_temp: int = 0  # office lock and editor temp files: deliberate, only counted
    skipped: list[Skipped] = field(default_factory=list)  # walk order; <= MAX_NAMED_PER_REASON
    counts: dict[str, int] = field(default_factory=dict)  # per reason, named or not

    def skip(self, path: Path | str, reason: SkipReason, detail: str = "") -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        if self.counts[reason] <= MAX_NAMED_PER_REASON:
            self.skipped.append(Skipped(str(path), reason, detail))

    def unnamed(self, reason: SkipReason) -> int:
        """How many paths with this reason were counted but not named (past the cap)."""
        return max(0, self.counts.get(reason, 0) - MAX_NAMED_PER_REASON)

    def _paths(self, *reasons: str) -> list[str]:
        return [s.path for s in self.skipped if s.reason in reasons]

    # Views kept for the summary written before `skipped` existed.
    @property
    def skipped_outside(self) -> list[str]:
        return self._paths("outside-folder")

    @property
    def skipped_other(self) -> list[str]:
        return self._paths("not-submission")

    @property
    def missing(self) -> list[str]:
        return self._paths("missing")

    @property
    def skipped_special(self) -> list[str]:
        compat = set(_COMPAT_LISTS.values())
        return [s.path for s in self.skipped if s.reason not in compat]


def _kind(path: Path, head: bytes) -> Kind:
    suffix = path.suffix.lower()
    if suffix in _MAIL_SUFFIXES:
        return _MAIL_SUFFIXES[suffix]
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
    except OSError:
        return b""
    finally:
        os.close(fd)


def _is_temp(name: str) -> bool:
    return name.startswith(("~$", ".~lock.")) or name.endswith(("~", ".tmp", ".swp"))


def _reason(error: OSError, *, folder: bool = False) -> SkipReason:
    if error.errno == errno.ENAMETOOLONG:
        return "path-too-long"
    if error.errno == errno.ELOOP:
        return "symlink-loop"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return "vanished"
    return "unreadable-folder" if folder else "unreadable"


def _detail(error: OSError) -> str:
    return error.strerror or type(error).__name__


def _listing(folder: Path, stats: WalkStats) -> tuple[list[str], list[str]] | None:
    """(file names, subfolder names), each sorted; None (and a named skip) when unlistable."""
    files: list[str] = []
    folders: list[str] = []
    fd: int | None = None
    try:
        fd = _open_folder(folder)
        with os.scandir(folder if fd is None else fd) as entries:
            for entry in entries:
                try:
                    is_folder = entry.is_dir(follow_symlinks=False)
                except OSError:
                    is_folder = False  # examined (and named if need be) as a file
                (folders if is_folder else files).append(entry.name)
    except OSError as e:
        stats.skip(folder, _reason(e, folder=True), _detail(e))
        return None
    finally:
        if fd is not None:
            os.close(fd)
    return sorted(files), sorted(folders)


def _open_folder(folder: Path) -> int | None:
    """A descriptor to list `folder` without updating its access time (O_NOATIME, Linux, for
    the folder's owner); None where listing by descriptor is not supported (Windows)."""
    if os.scandir not in os.supports_fd:
        return None
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    noatime = getattr(os, "O_NOATIME", 0)
    try:
        return os.open(folder, flags | noatime)
    except PermissionError:
        if not noatime:
            raise
        # O_NOATIME is refused to whoever does not own the folder: list it as anyone may
        # (the access time then changes as the file system's mount options say)
        return os.open(folder, flags)


def _walk_folder(root: Path, stats: WalkStats, budget: list[int]) -> Iterator[Input]:
    """Depth first with an explicit stack: a folder's files, then its subfolders, by name."""
    base = Path(os.path.realpath(root))
    stack = [root]
    while stack:
        folder = stack.pop()
        listing = _listing(folder, stats)
        if listing is None:
            continue
        files, folders = listing
        for name in files:
            path = folder / name
            if name.startswith(".") and not name.startswith(".~lock."):
                stats.skipped_hidden += 1
                continue
            if _is_temp(name):
                stats.skipped_temp += 1
                continue
            if path.suffix.lower() in _NOT_SUBMISSIONS:
                stats.skip(path, "not-submission")
                continue
            if budget[0] <= 0:
                stats.skip(path, "over-file-limit", f"{MAX_FILES} files")
                continue
            item = _classify(path, base, stats, root)
            if item is not None:
                budget[0] -= 1
                yield item
        hidden = [d for d in folders if d.startswith(".")]
        stats.skipped_hidden += len(hidden)
        stack.extend(folder / d for d in reversed(folders) if not d.startswith("."))


def iter_inputs(paths: list[Path], stats: WalkStats) -> Iterator[Input]:
    budget = [MAX_FILES]  # files taken from folders (loose files named on the command line: all)
    for root in paths:
        try:
            mode = os.lstat(root).st_mode
        except OSError as e:
            reason = _reason(e)
            stats.skip(root, "missing" if reason == "vanished" else reason, _detail(e))
            continue
        if stat.S_ISDIR(mode):
            yield from _walk_folder(root, stats, budget)
            continue
        if stat.S_ISLNK(mode):
            try:
                is_folder = stat.S_ISDIR(os.stat(root).st_mode)
            except OSError:
                is_folder = False  # a broken link or a loop: _classify names it
            if is_folder:
                yield from _walk_folder(root, stats, budget)
                continue
        item = _classify(root, None, stats, None)
        if item is not None:
            yield item


def _classify(path: Path, base: Path | None, stats: WalkStats, folder: Path | None) -> Input | None:
    try:
        link = stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError as e:
        stats.skip(path, _reason(e), _detail(e))
        return None
    if link and base is not None:
        # realpath, not Path.resolve(): a symlink loop must not raise RuntimeError (3.11)
        target = Path(os.path.realpath(path))
        if not target.is_relative_to(base):
            stats.skip(path, "outside-folder", str(target))
            return None
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        reason = _reason(e)
        if link and reason == "vanished":
            reason = "broken-link"
        stats.skip(path, reason, _detail(e))
        return None
    if stat.S_ISDIR(mode):
        stats.skip(path, "folder-link")
        return None
    if not stat.S_ISREG(mode):
        stats.skip(path, "not-regular")
        return None
    return Input(path=path, kind=_kind(path, _head(path)), folder=folder)
