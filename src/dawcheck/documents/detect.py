"""Decide a file's type from its content (magic bytes, container structure), not its name."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from dawcheck.documents.model import Format

EXTENSIONS: dict[str, Format] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".odt": "odt",
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
}

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG-afbeelding"),
    (b"\xff\xd8\xff", "JPEG-afbeelding"),
    (b"GIF87a", "GIF-afbeelding"),
    (b"GIF89a", "GIF-afbeelding"),
    (b"II*\x00", "TIFF-afbeelding"),
    (b"MM\x00*", "TIFF-afbeelding"),
    (b"BM", "BMP-afbeelding"),
    (b"RIFF", "RIFF (WebP/WAV/AVI)"),
    (b"MZ", "Windows-programma"),
    (b"\x7fELF", "Linux-programma"),
    (b"{\\rtf", "RTF-document"),
    (b"\x1f\x8b", "gzip-archief"),
    (b"Rar!", "RAR-archief"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip-archief"),
    (b"%!PS", "PostScript"),
]


@dataclass(frozen=True)
class Detected:
    format: Format
    kind: str = ""  # for unsupported content: what it is ("PNG-afbeelding", "zip-archief")
    encrypted_office: bool = False


def extension_format(name: str) -> Format | None:
    return EXTENSIONS.get(PurePath(name).suffix.lower())


def _zip_kind(data: bytes) -> Detected:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist()[:10000])
            mimetype = b""
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                mimetype = zf.read("mimetype").strip()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return Detected("unknown", "beschadigd zip-archief")
    if "word/document.xml" in names:
        return Detected("docx")
    if mimetype == b"application/vnd.oasis.opendocument.text" or (
        not mimetype and "content.xml" in names
    ):
        return Detected("odt")
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return Detected("unknown", f"OpenDocument ({mimetype.decode('ascii', 'replace')})")
    if any(n.startswith(("xl/", "ppt/")) for n in names):
        return Detected("unknown", "Excel- of PowerPoint-bestand")
    return Detected("unknown", "zip-archief")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls <= len(head) // 100


_PDF_TOKENS = (b"startxref", b"trailer", b"/Root", b"xref")


def detect(data: bytes, claimed: Format | None = None) -> Detected:
    """The format of `data` by content; `unknown` with a description when unsupported.

    `claimed` is what the file name says; it only decides between a PDF with a damaged header and
    junk, never overrides clear content.
    """
    head = data[:4096]
    if not data.strip():
        return Detected("unknown", "leeg")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        # before the PDF marker: a zip that stores (not deflates) a PDF has "%PDF-" near its start
        return _zip_kind(data)
    if b"%PDF-" in data[:1024]:
        return Detected("pdf")
    if claimed == "pdf" and b" obj" in data[:65536] and any(t in data for t in _PDF_TOKENS):
        return Detected("pdf")  # header missing or mangled: let the PDF parser try to recover
    if head.startswith(_OLE):
        # A password-protected .docx is an OLE container holding an "EncryptedPackage" stream.
        if "EncryptedPackage".encode("utf-16-le") in data[:2_000_000]:
            return Detected("unknown", "versleuteld Office-document", encrypted_office=True)
        if "WordDocument".encode("utf-16-le") in data[:2_000_000]:
            return Detected("unknown", "Word 97-2003-document (.doc)")
        return Detected("unknown", "OLE-bestand (oud Office- of Outlook-formaat)")
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return Detected("unknown", kind)
    if _looks_like_text(head):
        if claimed in ("pdf", "docx", "odt"):
            # Plain text under a document's name is a broken or fake file, not a proposal.
            return Detected("unknown", f"geen {claimed.upper()}: de inhoud is platte tekst")
        return Detected("txt")
    return Detected("unknown", "binair bestand van onbekend type")
