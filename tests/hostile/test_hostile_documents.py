"""Hostile and broken documents: every case has one documented outcome, and nothing is written."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest

from dawcheck.cli import app
from dawcheck.documents.reader import Limits
from dawcheck.documents.worker import ReadTask, read_many, read_one
from helpers import (
    make_docx,
    make_encrypted_office,
    make_pdf,
    make_zip_bomb_docx,
    pdf_decompression_bomb,
    pdf_page_tree_loop,
)

EXAMPLE = Path(__file__).parents[2] / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
LINE = "Wij bieden kinderopvang en taalondersteuning voor ouders in Asse en Wemmel."
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
)


def _traversal_docx() -> bytes:
    buf = io.BytesIO(make_docx([LINE]))
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr("../../evil.sh", "rm -rf /")
        zf.writestr("/etc/cron.d/evil", "* * * * * root rm -rf /")
    return buf.getvalue()


def _encrypted_pdf(user: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(EXAMPLE))
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# (name, bytes, status, problem code or warning code that must be present)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def _deep_struck_docx(depth: int = 5000) -> bytes:
    """A struck-through run at the bottom of `depth` nested hyperlinks."""
    run = "<w:r><w:rPr><w:strike/></w:rPr><w:t>kinderopvang</w:t></w:r>"
    body = "<w:p>" + "<w:hyperlink>" * depth + run + "</w:hyperlink>" * depth + "</w:p>"
    xml = f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
    return make_docx([], document_xml=xml)


def _odt(content: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return buf.getvalue()


def _struck_odt(depth: int) -> bytes:
    """Struck-through spans `depth` deep, with a nameless and a property-less style beside."""
    styles = (
        "<office:automatic-styles><style:style style:name='T1' style:family='text'>"
        "<style:text-properties style:text-line-through-style='solid'/></style:style>"
        "<style:style/><style:style style:name='T2'/></office:automatic-styles>"
    )
    inner = "<text:span text:style-name='T1'>" * depth + "weg" + "</text:span>" * depth
    return _odt(
        f"<office:document-content {_ODT_NS}>{styles}<office:body><office:text>"
        f"<text:p>{LINE} {inner}</text:p></office:text></office:body></office:document-content>"
    )


CASES = [
    ("leeg.pdf", lambda: b"", "empty", "empty"),
    ("leeg.txt", lambda: b"", "empty", "empty"),
    ("kop.pdf", lambda: b"%PDF-1.7\n", "damaged", "pdf-damaged"),
    ("afgekapt.pdf", lambda: EXAMPLE.read_bytes()[:20000], "damaged", "pdf-damaged"),
    ("lus.pdf", pdf_page_tree_loop, "damaged", "pdf-damaged"),
    ("bom.pdf", pdf_decompression_bomb, "damaged", "pdf-damaged"),
    ("wachtwoord.pdf", lambda: _encrypted_pdf("geheim"), "encrypted", "pdf-password"),
    ("leeg-wachtwoord.pdf", lambda: _encrypted_pdf(""), "ok", "pdf-empty-password"),
    ("scan.pdf", lambda: make_pdf([None, None, None]), "no-text", "no-text-layer"),
    ("zipbom.docx", make_zip_bomb_docx, "damaged", "zip-limit"),
    ("lachjes.docx", lambda: make_docx([], document_xml=LAUGHS), "damaged", "zip-limit"),
    ("pad.docx", _traversal_docx, "ok", None),
    ("beveiligd.docx", make_encrypted_office, "encrypted", "office-password"),
    (
        "geen-zip.docx",
        lambda: b"Dit is gewoon tekst, geen Word-bestand. " * 20,
        "damaged",
        "not-what-it-claims",
    ),
    ("geen-zip.odt", lambda: b"\x00\x01\x02\x03" * 500, "unsupported", "unsupported"),
    ("doorgehaald-diep.docx", _deep_struck_docx, "damaged", "damaged"),
    ("doorgehaald-diep.odt", lambda: _struck_odt(5000), "damaged", "damaged"),
    ("doorgehaald-vreemde-stijlen.odt", lambda: _struck_odt(3), "ok", None),
    (
        "rommel.pdf",
        lambda: os.urandom(1) * 0 + bytes(range(256)) * 64,
        "unsupported",
        "unsupported",
    ),
    ("utf16.txt", lambda: ("\ufeff" + LINE).encode("utf-16-le"), "ok", None),
    ("cp1252.txt", lambda: (LINE + " Crèche € 5.000").encode("cp1252"), "ok", "encoding-guessed"),
    ("foto.pdf", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "unsupported", "unsupported"),
    ("programma.pdf", lambda: b"MZ\x90\x00" + b"\0" * 64, "unsupported", "unsupported"),
]


@pytest.mark.parametrize(("name", "make", "status", "code"), CASES, ids=[c[0] for c in CASES])
def test_hostile_document_gets_its_documented_result(name, make, status, code):
    doc = read_one(ReadTask(name=name, data=make()), Limits(timeout_s=30))
    assert doc.status == status, (doc.status, doc.problem)
    codes = {w.code for w in doc.warnings} | ({doc.problem.code} if doc.problem else set())
    if code is not None:
        assert code in codes, codes
    if status != "ok":
        assert doc.problem is not None and doc.blocks == []


def test_thousand_page_pdf_is_read_whole():
    doc = read_one(
        ReadTask(name="duizend.pdf", data=make_pdf([f"{LINE} {n}" for n in range(1000)]))
    )
    assert doc.status == "ok" and doc.metadata.pages == 1000
    assert {b.page for b in doc.blocks} == set(range(1, 1001))


def test_page_cap_is_enforced_and_said():
    doc = read_one(ReadTask(name="lang.pdf", data=make_pdf([LINE] * 30)), Limits(max_pages=10))
    assert doc.status == "ok" and max(b.page for b in doc.blocks) == 10
    assert any(w.code == "page-cap" for w in doc.warnings)


def test_traversal_names_in_a_zip_are_never_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    read_one(ReadTask(name="pad.docx", data=_traversal_docx()))
    assert not (tmp_path.parent.parent / "evil.sh").exists()
    assert not Path("/etc/cron.d/evil").exists()


def test_a_hostile_batch_goes_on_and_leaves_the_folder_untouched(runner, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, make, _status, _code in CASES:
        (folder / name).write_bytes(make())
    (folder / "Projectvoorstel_DAW+_goed.pdf").write_bytes(EXAMPLE.read_bytes())
    before = {
        p.name: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in folder.iterdir()
    }
    result = runner.invoke(
        app,
        [
            "check",
            *map(str, sorted(folder.iterdir())),
            "--format",
            "json",
            "--received",
            "31/08/2023 10:00",
        ],
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    by_name = {s["filename"]: s for s in data["submissions"]}
    assert len(by_name) == len(CASES) + 1
    assert by_name["Projectvoorstel_DAW+_goed.pdf"]["status"] == "pass"
    for name, _make, status, _code in CASES:
        assert by_name[name]["documents"][0]["read_status"] == status, name
    after = {
        p.name: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in folder.iterdir()
    }
    assert after == before


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("voorstel\u202efdp.pdf", "richtingsteken"),
        ("voor\x01stel\x1b.pdf", "controletekens"),
        ("voorstel.docx.pdf", "dubbele extensie"),
    ],
)
def test_hostile_names_are_flagged_and_shown_safely(runner, tmp_path, name, fragment):
    path = tmp_path / name
    path.write_bytes(EXAMPLE.read_bytes())
    result = runner.invoke(app, ["check", str(path), "--received", "31/08/2023 10:00"])
    assert fragment in result.output
    assert "\u202e" not in result.output and "\x1b" not in result.output
    assert result.exit_code == 1  # the name states no werkingsgebied


def test_batch_with_a_hanging_file_goes_on(monkeypatch):
    import dawcheck.documents.worker as worker

    real = worker._read

    def slow(task, limits):
        if task.name == "hangt.pdf":
            import time

            time.sleep(60)
        return real(task, limits)

    monkeypatch.setattr(worker, "_read", slow)
    tasks = [
        ReadTask(name="hangt.pdf", data=b"%PDF-1.4"),
        ReadTask(name="ok.pdf", data=EXAMPLE.read_bytes()),
        ReadTask(name="ook.pdf", data=EXAMPLE.read_bytes()),
    ]
    results = dict(read_many(tasks, Limits(timeout_s=3), jobs=1))
    assert results[0].status == "timeout" and results[0].problem.code == "timeout"
    assert results[1].status == "ok" and results[2].status == "ok"
