"""The files a delivery carries, as read tasks: attachments, a loose document, and the entries of
an attached zip archive (unpacked in memory within a budget; never written anywhere).

An Office or OpenDocument file is a zip too: only a plain archive is unpacked. A zip inside a zip
is not followed (it stays one unsupported file), nor are hidden entries and Mac resource forks.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from dawcheck.documents.detect import detect
from dawcheck.documents.reader import Limits, open_regular_file
from dawcheck.documents.worker import ReadTask
from dawcheck.documents.zipguard import SafeZip, ZipLimitError, ZipLimits
from dawcheck.sources.delivery import Delivery

MAX_ZIP_ENTRIES = 200  # documents in one archive; more is not a proposal with annexes


@dataclass(frozen=True)
class FileRef:
    """One document of a delivery, ready to be read."""

    name: str
    task: ReadTask
    within: str | None = None  # the zip archive it came from


def delivery_files(delivery: Delivery, limits: Limits) -> tuple[list[FileRef], list[str]]:
    """The delivery's documents and notes (Dutch) about archives that could not be unpacked."""
    notes: list[str] = []
    files: list[FileRef] = []
    if delivery.path is not None:
        name = delivery.path.name
        if delivery.path.suffix.lower() == ".zip":
            try:
                data = open_regular_file(delivery.path, limits.max_bytes)
            except (OSError, ValueError):
                data = None  # the reader reports why, as for any file
            if data is not None and _is_plain_zip(data):
                files.extend(_unzip(name, data, limits, notes))
                return files, notes
        files.append(FileRef(name, ReadTask(name=name, path=delivery.path)))
        return files, notes
    for attachment in delivery.attachments:
        if _is_plain_zip(attachment.data):
            unpacked = _unzip(attachment.name, attachment.data, limits, notes)
            if unpacked:
                files.extend(unpacked)
                continue
        files.append(FileRef(attachment.name, ReadTask(name=attachment.name, data=attachment.data)))
    return files, notes


def _is_plain_zip(data: bytes) -> bool:
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06") and detect(data).kind == "zip-archief"


def _unzip(archive: str, data: bytes, limits: Limits, notes: list[str]) -> list[FileRef]:
    budget = ZipLimits(max_total_bytes=limits.max_bytes * 4, max_part_bytes=limits.max_bytes)
    try:
        safe = SafeZip(data, budget)
    except (ZipLimitError, zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        notes.append(f"zip '{archive}' niet uitgepakt ({_reason(e)})")
        return []
    out: list[FileRef] = []
    try:
        for name in sorted(safe.names()):
            path = PurePosixPath(name)
            if name.endswith("/") or _skipped(path):
                continue
            if len(out) >= MAX_ZIP_ENTRIES:
                notes.append(
                    f"zip '{archive}': meer dan {MAX_ZIP_ENTRIES} bestanden, rest genegeerd"
                )
                break
            try:
                content = safe.read(name)
            except (ZipLimitError, zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
                notes.append(f"zip '{archive}': '{path.name}' niet uitgepakt ({_reason(e)})")
                continue
            except (RuntimeError, NotImplementedError):  # encrypted, or an unknown compression
                notes.append(f"zip '{archive}': '{path.name}' versleuteld of onbekend formaat")
                continue
            out.append(FileRef(path.name, ReadTask(name=path.name, data=content), within=archive))
    finally:
        safe.close()
    return out


def _skipped(path: PurePosixPath) -> bool:
    parts = path.parts
    return any(p.startswith(".") or p == "__MACOSX" for p in parts) or path.name.startswith("~$")


def _reason(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text[:120]
