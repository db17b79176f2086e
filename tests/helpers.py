"""Build small test files in memory: PDFs with text or images, hostile zips, mail messages."""

from __future__ import annotations

import io
import os
import time
import zipfile
import zlib
from dataclasses import dataclass

from dawcheck.checks.coverage import Judge
from dawcheck.checks.model import Coverage
from dawcheck.documents.model import Document


def _pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[str | None], *, title: str = "Test") -> bytes:
    """A valid PDF, one page per item: text lines (Helvetica), or None for an image-only page."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    gray = bytes(range(0, 256, 4)) * 64
    image = add(
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % len(zlib.compress(gray))
        + zlib.compress(gray)
        + b"\nendstream"
    )
    pages_id = len(objects) + 1 + 2 * len(pages)  # after all page and content objects
    kids = []
    for content in pages:
        if content is None:
            stream = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
        else:
            lines = [b"BT /F1 11 Tf 14 TL 50 800 Td"]
            for line in content.splitlines():
                lines.append(b"(" + _pdf_escape(line) + b") Tj T*")
            lines.append(b"ET")
            stream = b"\n".join(lines)
        cid = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> >>"
                % (pages_id, cid, font, image)
            )
        )
    assert (
        add(
            b"<< /Type /Pages /Kids [%s] /Count %d >>"
            % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
        )
        == pages_id
    )
    info = add(b"<< /Title (" + _pdf_escape(title) + b") /Producer (dawcheck tests) >>")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, info, xref)
    )
    return out.getvalue()


DOCX_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(
    paragraphs: list[str], *, extra: dict[str, bytes] | None = None, document_xml: str | None = None
) -> bytes:
    """A minimal DOCX; `extra` adds or replaces parts (for hostile cases)."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    xml = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        zf.writestr("word/document.xml", xml)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return buf.getvalue()


def make_zip_bomb_docx(size: int = 300_000_000) -> bytes:
    """A small DOCX whose document.xml inflates to `size` bytes of zeros."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        with zf.open("word/document.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(size // len(chunk)):
                part.write(chunk)
    return buf.getvalue()


def make_encrypted_office() -> bytes:
    """What Word writes for a password-protected .docx: an OLE container with EncryptedPackage."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    directory = (
        "EncryptionInfo".encode("utf-16-le")
        + b"\0" * 50
        + "EncryptedPackage".encode("utf-16-le")
        + b"\0" * 50
    )
    return header + directory + b"\x5a" * 4096


def make_eml(
    *,
    sender: str = "Ann Peeters <ann@org.example.org>",
    to: str = "katrien.meersseman@haviland.be",
    subject: str = "Kandidatuur DAW+",
    date: str | None = "Fri, 01 Sep 2023 20:00:00 +0200",
    received: list[str] | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
    body: str = "Beste, in bijlage ons voorstel.",
) -> bytes:
    """An RFC 5322 message as a mail client saves it; Received headers top-down as given."""
    from email.message import EmailMessage
    from email.policy import SMTP

    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    msg["Message-ID"] = f"<{abs(hash((sender, subject, date))) % 10**12}@org.example.org>"
    msg.set_content(body)
    for name, data, ctype in attachments or []:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    raw = msg.as_bytes(policy=SMTP)
    prefix = b"".join(b"Received: " + r.encode() + b"\r\n" for r in received or [])
    return prefix + raw


def received_line(when: str, by: str = "mx-in.haviland.be") -> str:
    return f"from relay.example.net (relay.example.net [198.51.100.7]) by {by} with ESMTPS; {when}"


def make_mbox(messages: list[tuple[str, bytes]]) -> bytes:
    """An mbox: each message preceded by its From_ line; body lines starting 'From ' escaped."""
    out = []
    for from_line, raw in messages:
        body = raw.replace(b"\r\n", b"\n")
        body = b"\n".join(
            b">" + line if line.startswith(b"From ") else line for line in body.split(b"\n")
        )
        out.append(from_line.encode() + b"\n" + body.rstrip(b"\n") + b"\n\n")
    return b"".join(out)


def pdf_from_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with exactly these objects (numbered from 1) and a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def pdf_decompression_bomb(megabytes: int = 400) -> bytes:
    """One page whose content stream inflates from ~400 KB to `megabytes` MB of zeros."""
    squeeze = zlib.compressobj(9)
    chunk = b"\0" * (1 << 20)
    data = b"".join(squeeze.compress(chunk) for _ in range(megabytes)) + squeeze.flush()
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        ]
    )


def pdf_page_tree_loop() -> bytes:
    """A page tree whose /Kids contains the tree itself, and an object that refers to itself."""
    return pdf_from_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length 4 0 R >>\nstream\nBT ET\nendstream",
        ]
    )


def valid_report(text: str) -> dict:
    """Parse a JSON report and validate it against the published schema (schemas/)."""
    import json
    from pathlib import Path

    import jsonschema

    schema_path = Path(__file__).resolve().parents[1] / "schemas" / "report-2.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    data = json.loads(text)
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["schema"] == "dawcheck.report/2"
    return data


@dataclass(frozen=True)
class SabotagedJudge(Judge):
    """The real coverage judge, except that the worker judging `crash_on` dies on the spot and
    the one judging `hang_on` never finishes. Workers receive the judge as an argument (pickled
    under spawn), so this reaches them under every start method, unlike a monkeypatch."""

    crash_on: str = ""
    hang_on: str = ""

    def assess(self, doc: Document) -> Coverage:
        if doc.name == self.crash_on:
            os._exit(3)  # no exception, no clean-up: what a segfault in a parser looks like
        if doc.name == self.hang_on:
            time.sleep(3600)
        return super().assess(doc)
