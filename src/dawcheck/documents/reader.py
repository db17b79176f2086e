"""Turn bytes or a file on disk into a Document: detect the type by content, read it within limits.

Every failure becomes a Document with a status and a problem, never an exception: one bad file
must not stop a batch. Time and memory bounds are enforced one level up (documents.worker).
"""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dawcheck.documents.blocks import BlockBuilder
from dawcheck.documents.detect import detect, extension_format
from dawcheck.documents.model import Document, Format, Metadata, Notice, ReadStatus


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 2000
    timeout_s: float = 60.0
    memory_mb: int = 1536
    max_text_chars: int = 20_000_000


def _empty_doc(name: str, data: bytes, status: ReadStatus, problem: Notice) -> Document:
    return Document(
        name=name,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        format="unknown",
        extension_format=extension_format(name),
        status=status,
        problem=problem,
    )


def read_bytes(data: bytes, name: str, limits: Limits | None = None) -> Document:
    """Read a document held in memory (a file's bytes or an e-mail attachment)."""
    limits = limits or Limits()
    digest = hashlib.sha256(data).hexdigest()
    ext = extension_format(name)
    if len(data) > limits.max_bytes:
        return _empty_doc(
            name, data, "too-large", Notice(code="too-large", detail=str(limits.max_bytes))
        )
    found = detect(data, ext)

    def document(**fields: Any) -> Document:
        """A Document of these bytes (name, size, hash, what the name claims) and `fields`."""
        return Document(name=name, size=len(data), sha256=digest, extension_format=ext, **fields)

    if found.format == "unknown":
        if found.kind == "leeg":
            return document(format="unknown", status="empty", problem=Notice(code="empty"))
        if found.encrypted_office:
            return document(
                format="unknown", status="encrypted", problem=Notice(code="office-password")
            )
        if found.kind.startswith("geen ") or found.kind.startswith("beschadigd"):
            return document(
                format="unknown",
                status="damaged",
                problem=Notice(code="not-what-it-claims", detail=found.kind),
            )
        return document(
            format="unknown",
            status="unsupported",
            problem=Notice(code="unsupported", detail=found.kind),
        )
    fmt: Format = "md" if found.format == "txt" and ext == "md" else found.format
    out = BlockBuilder(max_chars=limits.max_text_chars)
    warnings: list[Notice] = []
    status: ReadStatus = "ok"
    problem: Notice | None = None
    metadata = Metadata()
    no_text_pages: list[int] = []
    try:
        if fmt == "pdf":
            from dawcheck.documents.pdf import read_pdf

            res = read_pdf(data, out, limits.max_pages)
            status, problem, metadata = res.status, res.problem, res.metadata
            warnings += res.warnings
            no_text_pages = res.pages_without_text
        elif fmt in ("docx", "odt"):
            from dawcheck.documents.zipguard import SafeZip

            zf = SafeZip(data)
            try:
                if fmt == "docx":
                    from dawcheck.documents.docx import read_docx

                    metadata = read_docx(zf, out)
                else:
                    from dawcheck.documents.odt import read_odt

                    metadata = read_odt(zf, out)
            finally:
                zf.close()
        else:
            from dawcheck.documents.text import read_text

            warnings += read_text(data, out)
    except Exception as e:  # noqa: BLE001 - hostile input: every failure is a per-file result
        from dawcheck.documents.zipguard import ZipLimitError

        if isinstance(e, ZipLimitError):
            status, problem = "damaged", Notice(code="zip-limit", detail=str(e))
        elif isinstance(e, zipfile.BadZipFile | EOFError):
            status, problem = "damaged", Notice(code="zip-damaged", detail=str(e)[:200])
        elif isinstance(e, MemoryError):
            status, problem = "too-large", Notice(code="memory")
        else:
            detail = f"{type(e).__name__}: {e}"[:300]
            status, problem = "damaged", Notice(code="damaged", detail=detail)
    if out.truncated:
        warnings.append(Notice(code="text-cap", detail=str(limits.max_text_chars)))
    if status == "ok" and not out.blocks:
        status, problem = (
            ("no-text", Notice(code="no-text-layer"))
            if fmt == "pdf"
            else ("empty", Notice(code="no-content"))
        )
    warnings += _name_warnings(name, fmt)
    return document(
        format=fmt,
        status=status,
        problem=problem,
        metadata=metadata,
        blocks=out.finished() if status == "ok" else [],
        warnings=warnings,
        pages_without_text=no_text_pages,
    )


def _name_warnings(name: str, fmt: str) -> list[Notice]:
    ext = extension_format(name)
    if ext is not None and ext != fmt and {ext, fmt} != {"txt", "md"} and fmt != "unknown":
        return [Notice(code="mislabelled", detail=f"{ext}->{fmt}")]
    if ext is None and fmt in ("pdf", "docx", "odt"):
        return [Notice(code="no-extension", detail=fmt)]
    return []


def renamed(doc: Document, name: str) -> Document:
    """The same content under another name (a cache hit): redo what depends on the name."""
    if doc.name == name:
        return doc
    warnings = [w for w in doc.warnings if w.code not in ("mislabelled", "no-extension")]
    return doc.model_copy(
        update={
            "name": name,
            "extension_format": extension_format(name),
            "warnings": warnings + _name_warnings(name, doc.format),
        }
    )


def open_readonly(path: Path) -> int:
    """A read-only descriptor that does not block on FIFOs and leaves atime alone if it may."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        return os.open(path, flags | getattr(os, "O_NOATIME", 0))
    except PermissionError:  # O_NOATIME needs ownership; reading still leaves mtime alone
        return os.open(path, flags)


def open_regular_file(path: Path, max_bytes: int) -> bytes:
    """Read a regular file without blocking on FIFOs, following it out unnoticed or touching atime.

    Raises OSError or ValueError (with a Dutch reason) when the file must not or cannot be read.
    """
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("geen gewoon bestand (map, pipe of apparaat)")
    fd = open_readonly(path)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between stat and open
            raise ValueError("geen gewoon bestand")
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise ValueError(f"groter dan {max_bytes // (1024 * 1024)} MB")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_path(path: Path, limits: Limits | None = None, name: str | None = None) -> Document:
    """Read a file from disk; the file is never written, moved or touched."""
    limits = limits or Limits()
    shown = name or path.name
    try:
        data = open_regular_file(path, limits.max_bytes)
    except ValueError as e:
        status: ReadStatus = "too-large" if "MB" in str(e) else "unreadable"
        code = "too-large" if status == "too-large" else "not-regular"
        size = path.stat().st_size if status == "too-large" else 0
        return Document(
            name=shown,
            size=size,
            sha256="",
            format="unknown",
            extension_format=extension_format(shown),
            status=status,
            problem=Notice(code=code, detail=str(e)),
        )
    except OSError as e:
        return Document(
            name=shown,
            size=0,
            sha256="",
            format="unknown",
            extension_format=extension_format(shown),
            status="unreadable",
            problem=Notice(code="os-error", detail=e.strerror or str(e)),
        )
    doc = read_bytes(data, shown, limits)
    if path.is_symlink():  # followed because the user named it; said so
        target = os.path.realpath(path)
        doc = doc.model_copy(
            update={"warnings": [*doc.warnings, Notice(code="symlink", detail=target)]}
        )
    return doc
