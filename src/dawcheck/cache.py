"""A content-addressed cache of what dawcheck read from a file: fast reruns on deadline night.

Two layers, both keyed by the file's SHA-256 and the reader's version (dawcheck, pypdf, PDFium
and the read limits):
  text     the Document with its text blocks (reused when the addendum changes);
  verdict  the Document without text, with the coverage for one addendum (digest of its data).
Entries are written to a temporary file and renamed into place (atomic, so concurrent runs never
see half an entry) and carry a checksum of their content: an entry that does not verify or parse
is deleted and rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import zlib
from functools import cache
from importlib import metadata
from pathlib import Path

from pydantic import BaseModel

from dawcheck import __version__
from dawcheck.documents.model import Document

CACHEABLE = {"ok", "encrypted", "no-text", "damaged", "unsupported", "empty"}
_MAGIC = b"dawcheck-cache-1\n"


@cache
def reader_version() -> str:
    """What a cached reading or verdict was made by: dawcheck's version and code, and the
    versions of the libraries that read. The code's digest, because a change in how documents
    are read or judged must not be served from the cache under an unchanged version number (an
    install from a newer checkout); over 82 source files it costs about 3 ms, once a process."""
    parts = [__version__, f"code-{code_digest()}"]
    for dist in ("pypdf", "pypdfium2", "simplemma"):
        try:
            parts.append(f"{dist}-{metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}-?")
    return "+".join(parts)


def code_digest(root: Path | None = None) -> str:
    """A digest of the package's source files (`root`: the installed package's folder)."""
    root = root or Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def default_root() -> Path:
    env = os.environ.get("DAWCHECK_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dawcheck", appauthor=False))


class Cache:
    def __init__(self, root: Path | None = None, enabled: bool = True, salt: str = "") -> None:
        self.root = root or default_root()
        self.enabled = enabled
        self.salt = salt  # read limits that change what is read
        self.hits = 0
        self.misses = 0

    def _path(self, layer: str, *parts: str) -> Path:
        digest = hashlib.sha256("|".join((reader_version(), self.salt, *parts)).encode())
        name = digest.hexdigest()
        return self.root / layer / name[:2] / f"{name}.json.z"

    def _load(self, path: Path) -> Document | None:
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            if not raw.startswith(_MAGIC):
                raise ValueError("bad header")
            checksum, body = raw[len(_MAGIC) : len(_MAGIC) + 64], raw[len(_MAGIC) + 64 :]
            if hashlib.sha256(body).hexdigest().encode() != checksum:
                raise ValueError("checksum mismatch")
            return Document.model_validate_json(zlib.decompress(body))
        except Exception:  # noqa: BLE001 - a broken entry is removed and rebuilt
            with contextlib.suppress(OSError):
                path.unlink()
            return None

    def _store(self, path: Path, doc: Document) -> None:
        body = zlib.compress(doc.model_dump_json().encode(), 3)
        data = _MAGIC + hashlib.sha256(body).hexdigest().encode() + body
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)  # atomic: readers see the old entry or the new one
        except OSError:
            pass  # a read-only or full cache directory only costs speed

    def get(self, layer: str, sha256: str, extra: str = "") -> Document | None:
        if not self.enabled or not sha256:
            return None
        doc = self._load(self._path(layer, sha256, extra))
        if doc is None or doc.sha256 != sha256:
            self.misses += 1
            return None
        self.hits += 1
        return doc

    def put(self, layer: str, doc: Document, extra: str = "") -> None:
        if self.enabled and doc.sha256 and doc.status in CACHEABLE:
            # a document that cannot be serialised (a name that is not UTF-8) only costs speed
            with contextlib.suppress(ValueError, UnicodeError):
                self._store(self._path(layer, doc.sha256, extra), doc)

    def clear(self) -> int:
        count = 0
        for layer in ("text", "verdict"):
            folder = self.root / layer
            if folder.is_dir():
                count += sum(1 for _ in folder.rglob("*.json.z"))
                shutil.rmtree(folder, ignore_errors=True)
        return count


def addendum_digest(addendum: BaseModel) -> str:
    return hashlib.sha256(addendum.model_dump_json().encode()).hexdigest()[:32]
