"""Reading documents: formats, locations, normalisation, and every kind of bad file."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO, needs_fifo, posix_names, symlink_or_skip
from dawcheck.documents.normalize import normalize_text, safe_name
from dawcheck.documents.reader import Limits, read_bytes, read_path
from dawcheck.documents.worker import ReadTask, read_many, read_one
from helpers import make_docx, make_encrypted_office, make_pdf, make_zip_bomb_docx

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLE_PDF = REPO / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
LINE = "Wij bieden kinderopvang en taalondersteuning voor ouders in Asse en Wemmel."


def test_libreoffice_pdf_has_pages_headings_and_metadata():
    doc = read_path(EXAMPLE_PDF)
    assert doc.status == "ok" and doc.format == "pdf"
    assert doc.metadata.pages == 2 and doc.metadata.title == "Samen Sterk in Asse en Wemmel"
    assert doc.sha256 == hashlib.sha256(EXAMPLE_PDF.read_bytes()).hexdigest()
    praat = next(b for b in doc.blocks if "praatgroep" in b.text)
    assert praat.page == 1 and praat.heading.endswith("Taal oefenen waar het telt")
    budget = next(b for b in doc.blocks if "27.000" in b.text)
    assert budget.page == 2 and "Begroting" in budget.heading


@pytest.mark.parametrize("name", ["buurtwerk.docx", "buurtwerk.odt"])
def test_office_exports_have_paragraphs_headings_and_table_cells(name):
    doc = read_path(FIXTURES / name)
    assert doc.status == "ok" and doc.format == name.rsplit(".", 1)[1]
    assert doc.metadata.author == "Sofie Verhaegen"
    praat = next(b for b in doc.blocks if "praatgroep" in b.text)
    assert praat.paragraph is not None and praat.heading.endswith("Taal oefenen waar het telt")
    cell = next(b for b in doc.blocks if b.text == "€ 27.000")
    assert cell.kind == "table-cell" and "Begroting" in cell.heading


def test_docx_headers_footers_and_hyphen_elements():
    doc_xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>kinder</w:t><w:softHyphen/><w:t>opvang en NT2</w:t>"
        "<w:noBreakHyphen/><w:t>lessen</w:t></w:r></w:p></w:body></w:document>"
    )
    footer = (
        b'<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:p><w:r><w:t>Voetnoot DAW+</w:t></w:r></w:p></w:ftr>"
    )
    doc = read_bytes(
        make_docx([], document_xml=doc_xml, extra={"word/footer1.xml": footer}), "x.docx"
    )
    assert [b.text for b in doc.blocks] == ["kinderopvang en NT2-lessen", "Voetnoot DAW+"]
    assert doc.blocks[1].kind == "footer"


def test_hundred_page_pdf_reads_every_page():
    pages = [f"Pagina {n}\n{LINE}\n{LINE}\n{LINE}" for n in range(1, 101)]
    doc = read_bytes(make_pdf(pages), "lang.pdf")
    assert doc.status == "ok" and doc.metadata.pages == 100
    assert {b.page for b in doc.blocks} == set(range(1, 101))


def test_page_cap_reads_the_first_pages_and_warns():
    doc = read_bytes(make_pdf([LINE * 3] * 12), "x.pdf", Limits(max_pages=5))
    assert max(b.page for b in doc.blocks) == 5
    assert [w.detail for w in doc.warnings if w.code == "page-cap"] == ["5/12"]


def test_image_only_pdf_is_no_text():
    doc = read_bytes(make_pdf([None, None, None]), "scan.pdf")
    assert doc.status == "no-text" and doc.problem.code == "no-text-layer"
    assert doc.pages_without_text == [1, 2, 3] and doc.blocks == []


def test_some_pages_scanned_are_listed():
    doc = read_bytes(make_pdf([LINE * 4, None, LINE * 4, None]), "mixed.pdf")
    assert doc.status == "ok" and doc.pages_without_text == [2, 4]
    assert any(w.code == "pages-without-text" and w.detail == "2, 4" for w in doc.warnings)


def test_truncated_pdf_is_damaged_not_a_crash():
    data = EXAMPLE_PDF.read_bytes()
    doc = read_bytes(data[: len(data) // 3], "afgebroken.pdf")
    # pypdf may recover some pages (then a 'damaged' warning) or give up (then status damaged)
    assert doc.status == "damaged" or any(w.code == "pdf-repaired" for w in doc.warnings)
    header_only = read_bytes(b"%PDF-1.7\n", "kop.pdf")
    assert header_only.status in ("damaged", "empty")


def test_password_pdf_is_encrypted(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(EXAMPLE_PDF))
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="AES-256")
    path = tmp_path / "geheim.pdf"
    with path.open("wb") as f:
        writer.write(f)
    doc = read_path(path)
    assert doc.status == "encrypted" and doc.problem.code == "pdf-password" and not doc.blocks

    writer = PdfWriter(clone_from=PdfReader(EXAMPLE_PDF))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="AES-128")
    with path.open("wb") as f:
        writer.write(f)
    doc = read_path(path)
    assert doc.status == "ok" and any(w.code == "pdf-empty-password" for w in doc.warnings)


def test_zip_bomb_docx_is_refused_quickly():
    bomb = make_zip_bomb_docx(300_000_000)
    assert len(bomb) < 1_000_000
    doc = read_bytes(bomb, "bom.docx")
    assert doc.status == "damaged" and doc.problem.code == "zip-limit"
    assert "zipbom" in doc.problem.detail


def test_overlapping_zip_entries_are_refused():
    data = bytearray(make_docx([LINE]))
    with zipfile.ZipFile(__import__("io").BytesIO(bytes(data))) as zf:
        second = zf.infolist()[1]
    # point the central directory entry of the second part at the first part's bytes
    cd = data.rfind(b"PK\x01\x02")
    offset_pos = cd + 42
    assert int.from_bytes(data[offset_pos : offset_pos + 4], "little") == second.header_offset
    data[offset_pos : offset_pos + 4] = (0).to_bytes(4, "little")
    doc = read_bytes(bytes(data), "overlap.docx")
    assert doc.status == "damaged"


def test_entity_expansion_is_refused():
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    doc = read_bytes(make_docx([], document_xml=laughs), "lol.docx")
    assert doc.status == "damaged" and "DOCTYPE" in doc.problem.detail


def test_password_protected_docx_has_its_own_message():
    doc = read_bytes(make_encrypted_office(), "voorstel.docx")
    assert doc.status == "encrypted" and doc.problem.code == "office-password"


def test_mislabelled_extensions_are_read_by_content_and_flagged():
    pdf = EXAMPLE_PDF.read_bytes()
    as_docx = read_bytes(pdf, "voorstel.docx")
    assert as_docx.status == "ok" and as_docx.format == "pdf" and as_docx.mislabelled
    assert any(w.code == "mislabelled" and w.detail == "docx->pdf" for w in as_docx.warnings)
    docx = (FIXTURES / "buurtwerk.docx").read_bytes()
    as_pdf = read_bytes(docx, "voorstel.pdf")
    assert as_pdf.format == "docx" and as_pdf.mislabelled and as_pdf.status == "ok"
    assert [w.detail for w in as_pdf.warnings if w.code == "mislabelled"] == ["pdf->docx"]


def test_a_pdf_that_is_really_a_docx_is_flagged_on_every_path(tmp_path, addendum):
    """Read from disk in a worker, and answered from the cache under another name."""
    from dawcheck.cache import Cache
    from dawcheck.checks.coverage import Judge
    from dawcheck.documents.reader import renamed

    docx = (FIXTURES / "buurtwerk.docx").read_bytes()
    path = tmp_path / "voorstel.pdf"
    path.write_bytes(docx)
    from_worker = read_one(ReadTask(name=path.name, path=path))
    assert [w.detail for w in from_worker.warnings if w.code == "mislabelled"] == ["pdf->docx"]

    honest = read_bytes(docx, "voorstel.docx")
    assert not any(w.code == "mislabelled" for w in honest.warnings)
    relabelled = renamed(honest, "kopie.pdf")  # what a cache hit under another name gives
    assert [w.detail for w in relabelled.warnings if w.code == "mislabelled"] == ["pdf->docx"]
    assert not any(w.code == "mislabelled" for w in renamed(relabelled, "terug.docx").warnings)

    cache = Cache(tmp_path / "cache")
    judge = Judge(addendum)
    list(read_many([ReadTask(name="voorstel.docx", data=docx)], Limits(), 1, judge, cache))
    ((_, hit),) = read_many([ReadTask(name="voorstel.pdf", path=path)], Limits(), 1, judge, cache)
    assert cache.hits == 1
    assert [w.detail for w in hit.warnings if w.code == "mislabelled"] == ["pdf->docx"]


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "PNG"),
        (b"MZ\x90\x00" + b"\0" * 100, "Windows"),
        (b"PK\x03\x04", None),
    ],
)
def test_unsupported_types_are_named(data, kind):
    doc = read_bytes(data, "voorstel.pdf")
    assert doc.status in ("unsupported", "damaged")
    if kind:
        assert kind in doc.problem.detail


def test_plain_zip_is_unsupported():
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("foto.jpg", b"\xff\xd8\xff")
    doc = read_bytes(buf.getvalue(), "bijlagen.zip")
    assert doc.status == "unsupported" and "zip" in doc.problem.detail


def test_binary_junk_named_pdf_and_empty_file():
    junk = read_bytes(bytes(range(256)) * 20, "voorstel.pdf")
    assert junk.status in ("unsupported", "damaged")
    empty = read_bytes(b"", "leeg.pdf")
    assert empty.status == "empty"


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        ("\ufeffKinderopvang voor ouders – € 5.000\n".encode("utf-16-le"), "utf-16 BOM"),
        ("Kinderopvang voor ouders – € 5.000, crèche\n".encode("cp1252"), "cp1252"),
        ("Kinderopvang voor ouders – € 5.000, crèche\n".encode(), "utf-8"),
    ],
)
def test_text_encodings(encoded, encoding):
    if encoding == "utf-16 BOM":
        encoded = b"\xff\xfe" + encoded[2:] if encoded[:2] != b"\xff\xfe" else encoded
    doc = read_bytes(encoded, "voorstel.txt")
    assert doc.status == "ok", encoding
    assert doc.blocks[0].text.startswith("Kinderopvang voor ouders – € 5.000")
    assert doc.blocks[0].line == 1


def test_markdown_headings_become_sections():
    doc = read_bytes(
        "# Aanpak\n\nWe organiseren een praatgroep.\n\n## Begroting\n\n€ 5.000\n".encode(), "v.md"
    )
    assert doc.format == "md"
    assert [(b.kind, b.heading) for b in doc.blocks] == [
        ("heading", None),
        ("paragraph", "Aanpak"),
        ("heading", None),
        ("paragraph", "Begroting"),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("kinder-\nopvang", "kinderopvang"),
        ("Dil -\nbeek", "Dilbeek"),
        ("NT2-\nlessen", "NT2-lessen"),
        ("jobcoach-\ntraject", "jobcoachtraject"),
        ("taal-\nen rekenles", "taal- en rekenles"),
        ("ﬁets en ﬂexibel", "fiets en flexibel"),
        ("men\u00adsen", "mensen"),
        ("twee   spaties\n en\tregels", "twee spaties en regels"),
        ("He\u0301roriëntering", "Héroriëntering"),
    ],
)
def test_normalisation(raw, expected):
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalisation_never_crashes_and_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


def test_safe_names_show_hidden_characters():
    assert safe_name("voorstel\u202efdp.exe") == "voorstel<U+202E>fdp.exe"
    assert safe_name("a\x1b[31m") == "a<U+001B>[31m"
    assert safe_name("naam\udcff.pdf") == "naam<U+DCFF>.pdf"


@needs_fifo
def test_fifo_and_directory_are_not_opened(tmp_path):
    fifo = tmp_path / "pijp.pdf"
    os.mkfifo(fifo)
    doc = read_one(ReadTask(name=fifo.name, path=fifo), Limits(timeout_s=5))
    assert doc.status == "unreadable" and doc.problem.code == "not-regular"
    assert read_path(tmp_path).status == "unreadable"


def test_size_cap(tmp_path):
    big = tmp_path / "groot.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * 2_000_000)
    doc = read_path(big, Limits(max_bytes=1_000_000))
    assert doc.status == "too-large" and doc.problem.code == "too-large"


def _slow_read(*_args, **_kwargs):
    import time

    time.sleep(30)


def test_a_read_that_hangs_is_stopped_and_the_batch_goes_on(monkeypatch, tmp_path):
    import dawcheck.documents.worker as worker

    real = worker._read
    monkeypatch.setattr(
        worker,
        "_read",
        lambda task, limits: _slow_read() if task.name == "hangt.pdf" else real(task, limits),
    )
    tasks = [
        ReadTask(name="hangt.pdf", data=b"%PDF-1.4"),
        ReadTask(name="ok.pdf", data=EXAMPLE_PDF.read_bytes()),
    ]
    results = dict(read_many(tasks, Limits(timeout_s=2), jobs=2))
    assert results[0].status == "timeout" and results[0].problem.detail == "2"
    assert results[1].status == "ok"


def test_reading_never_writes_to_the_source_folder(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(EXAMPLE_PDF, folder / "a.pdf")
    shutil.copy(FIXTURES / "buurtwerk.docx", folder / "b.docx")
    (folder / "c.txt").write_text(LINE)
    os.utime(folder / "a.pdf", (1_600_000_000, 1_600_000_000))
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    list(read_many([ReadTask(name=p.name, path=p) for p in sorted(folder.iterdir())]))
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    assert after == before


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_memory_cap_turns_into_a_result():
    def hog(task, limits):
        blocks = []
        while True:
            blocks.append(bytearray(50_000_000))

    import dawcheck.documents.worker as worker

    original = worker._read
    worker._read = hog
    try:
        doc = read_one(ReadTask(name="x.pdf", data=b"x"), Limits(memory_mb=300, timeout_s=20))
    finally:
        worker._read = original
    assert doc.status == "too-large" and doc.problem.code == "memory"


def test_a_symlink_is_followed_only_with_a_warning(tmp_path):
    target = tmp_path / "elders" / "echt.pdf"
    target.parent.mkdir()
    shutil.copy(EXAMPLE_PDF, target)
    link = tmp_path / "voorstel_DAW+.pdf"
    symlink_or_skip(link, target)
    doc = read_path(link)
    assert doc.status == "ok"
    assert any(w.code == "symlink" and w.detail == str(target) for w in doc.warnings)


@posix_names
def test_names_that_are_not_utf8(runner, tmp_path):
    import json as _json

    from dawcheck.cli import app

    raw = os.path.join(os.fsencode(tmp_path), b"voorstel\xff\xfe_DAW+.pdf")
    with open(raw, "wb") as fh:
        fh.write(EXAMPLE_PDF.read_bytes())
    (path,) = list(tmp_path.iterdir())
    table = runner.invoke(app, ["check", str(path), "--received", "31/08/2023 10:00"])
    assert table.exit_code == 0, table.output
    assert "<U+DCFF><U+DCFE>" in table.output
    out = runner.invoke(
        app, ["check", str(path), "--received", "31/08/2023 10:00", "-f", "json"]
    ).stdout
    assert _json.loads(out)["submissions"][0]["filename"] == "voorstel\ufffd\ufffd_DAW+.pdf"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("D:20261127053221Z'", "2026-11-27T05:32:21+00:00"),
        ("D:20230831112003+02'00'", "2023-08-31T11:20:03+02:00"),
        ("D:20230831112003-05'30", "2023-08-31T11:20:03-05:30"),
        ("D:2023", "2023-01-01T00:00:00"),
        ("D:20231399", "D:20231399"),
        ("gisteren", "gisteren"),
    ],
)
def test_pdf_creation_dates(raw, iso):
    from dawcheck.documents.pdf import _pdf_date

    assert _pdf_date(raw) == iso
