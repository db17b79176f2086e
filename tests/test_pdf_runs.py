"""page_runs calls PDFium's raw functions for speed: it must read exactly what pypdfium2's
helpers read, skipping the broken-word probe on pages without hyphen marks changes nothing,
and reading each rectangle from its own characters (pdf_spans, given the page text) gives what
PDFium's page-wide searches give."""

from __future__ import annotations

import ctypes
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import corpus_dir
from dawcheck.documents.pdf_layout import Run, page_runs

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _reference_runs(textpage: Any) -> list[Run]:
    """The runs read through pypdfium2's helpers, one call per question."""
    import pypdfium2.raw as pdfium_c

    runs: list[Run] = []
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    for i in range(textpage.count_rects()):
        x0, bottom, x1, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(x0, bottom, x1, top)
        text = _CONTROL.sub("", text.replace("\ufffe", "-").replace("\r", "").replace("\n", " "))
        if not text.strip():
            continue
        last = textpage.get_index(x1 - 0.5, (bottom + top) / 2, 2.0, 2.0)
        after = textpage.get_text_range(last + 1, 1) if last is not None else ""
        if not text.endswith("-") and after in ("\ufffe", "\u00ad"):
            text += "-"
        index = textpage.get_index(x0 + 0.5, (bottom + top) / 2, 2.0, 2.0)
        size, bold = 0.0, False
        if index is not None:
            size = float(pdfium_c.FPDFText_GetFontSize(textpage.raw, index))
            pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, name, 96, ctypes.byref(flags))
            font = name.value.decode("latin-1", "replace").lower()
            weight = pdfium_c.FPDFText_GetFontWeight(textpage.raw, index)
            bold = "bold" in font or "black" in font or weight >= 600
        runs.append(Run(x0, x1, bottom, top, text, size or (top - bottom), bold))
    return runs


def _pdfs() -> list[Path]:
    folder = corpus_dir("proposals-dev")
    return sorted(folder.glob("*.pdf"))


def _all_pdfs() -> list[Path]:
    """Every PDF of the corpus (proposals, wild PDFs, attachments) and the bench writers."""
    corpus = corpus_dir("proposals-dev").parent
    bench = Path(__file__).resolve().parents[1] / "bench"
    return sorted(corpus.rglob("*.pdf")) + sorted(bench.rglob("*.pdf"))


def test_page_runs_read_what_the_helpers_read() -> None:
    import pypdfium2 as pdfium

    pages = marked = 0
    for path in _pdfs():
        document = pdfium.PdfDocument(path.read_bytes())
        try:
            for page in document:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                marks = "\ufffe" in text or "\u00ad" in text
                expected = _reference_runs(textpage)
                assert page_runs(textpage, marks) == expected, path.name
                assert page_runs(textpage, marks, text) == expected, path.name
                if not marks:
                    # without marks on the page the probe cannot add a hyphen
                    assert page_runs(textpage, True) == expected, path.name
                    assert page_runs(textpage, True, text) == expected, path.name
                pages += 1
                marked += marks
                textpage.close()
                page.close()
        finally:
            document.close()
    if pages == 0:
        pytest.skip("no PDF pages in the corpus")
    assert marked > 0  # the probe itself was compared too


def test_rectangles_read_from_their_own_characters_match_pdfium_everywhere() -> None:
    """On every page of every corpus and bench PDF: the runs read with the page text (each
    rectangle's text and font from its own characters where that is shown to be safe) are the
    runs PDFium's page-wide bounded-text and position searches give; and that short way is
    taken for most rectangles, or this would compare the slow path with itself."""
    import pypdfium2 as pdfium

    from dawcheck.documents.pdf_spans import PageChars, spans

    rects = short = 0
    for path in _all_pdfs():
        try:
            document = pdfium.PdfDocument(path.read_bytes())
        except pdfium.PdfiumError:
            continue  # damaged or encrypted samples: read elsewhere
        try:
            for page in document:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                marks = "\ufffe" in text or "\u00ad" in text
                assert page_runs(textpage, marks, text) == _reference_runs(textpage), path.name
                boxes = [textpage.get_rect(i) for i in range(textpage.count_rects())]
                found = spans(PageChars(textpage.raw, text, textpage.count_chars()), boxes)
                rects += len(found)
                short += sum(span is not None for span in found)
                textpage.close()
                page.close()
        finally:
            document.close()
    if rects == 0:
        pytest.skip("no PDF pages in the corpus")
    assert short > 0.8 * rects


def test_a_bold_run_in_heading_a_point_off_stays_in_front() -> None:
    """'Meestappers. Vier van onze leden ...': the bold run sits a point higher than the text
    after it (another font's ascent) and was read at the end of the line."""
    from dawcheck.documents.pdf_layout import lines_of

    bold = Run(72.0, 130.0, 700.2, 710.9, "Meestappers.", 11.0, True)
    text = Run(133.0, 520.0, 700.0, 709.8, "Vier van onze leden volgen een opleiding.", 11.0, False)
    (line,) = lines_of([text, bold])
    assert line.text() == "Meestappers. Vier van onze leden volgen een opleiding."


def test_runs_on_clearly_different_heights_read_top_first() -> None:
    """Two bands that PDFium put on one line (a cell's two wrapped lines) keep top-first order."""
    from dawcheck.documents.pdf_layout import Line

    low = Run(72.0, 200.0, 690.0, 697.0, "tweede regel", 7.0, False)
    high = Run(150.0, 260.0, 697.5, 704.5, "eerste regel", 7.0, False)
    assert Line([low, high]).text() == "eerste regel tweede regel"


def test_a_forms_numbered_bold_question_heads_its_answer() -> None:
    """'5. Welke dienstverlening biedt het project aan? Beschrijf de concrete acties.' in bold
    on its own line is a heading, though it ends in a full stop; a bold numbered sentence that
    asks nothing stays body text."""
    from dawcheck.documents.pdf_layout import Line, _line_kind

    def kind(text: str, bold: bool = True) -> str:
        return _line_kind(Line([Run(72.0, 520.0, 700.0, 710.0, text, 10.0, bold)]), 10.0)

    assert kind(
        "5. Welke dienstverlening biedt het project aan? Beschrijf de concrete acties."
    ) == ("heading")
    assert (
        kind(
            "4. Op welke regio-uitdaging(en) uit het lokaal addendum speelt het project in? "
            "Motiveer."
        )
        == "heading"
    )
    assert kind("5. Welke dienstverlening biedt het project aan?", bold=False) == "body"
    assert kind("1. Na de training blijven we een uur zitten met de spelers.") == "body"


# Content streams that put text where the short way must give up or be careful: overlapping
# objects (a word drawn twice, tight lines), spaces as objects of their own in an 8 pt font
# (their boxes are under 0.01 pt high, so they are in no rectangle), two spaces in a row,
# trailing spaces, a word and its space in separate objects, hyphens at line ends, a leading
# space, invisible text and text too small for any rectangle.
_AWKWARD_PAGES = [
    b"BT /F1 11 Tf 72 760 Td (Vet gedrukt) Tj ET BT /F1 11 Tf 72.3 760 Td (Vet gedrukt) Tj ET"
    b" BT /F1 11 Tf 72 700 Td (Eerste regel van de tekst) Tj 0 -6 Td (Tweede regel er"
    b" dwars door) Tj ET",
    b"BT /F1 8 Tf 72 760 Td (Kleine) Tj ( ) Tj (letters) Tj ( ) Tj (met) Tj ET"
    b" BT /F1 8 Tf 72 740 Td (woord) Tj ET BT /F1 8 Tf 94.2 740 Td ( ) Tj ET"
    b" BT /F1 8 Tf 96.4 740 Td (los) Tj ET BT /F1 8 Tf 72 720 Td (twee  spaties  hier  ) Tj ET"
    b" BT /F1 8 Tf 72 700 Td (einde met spatie ) Tj ET BT /F1 8 Tf 150 700 Td (rechts) Tj ET"
    # a space object that reaches into the next word's rectangle
    b" BT /F1 8 Tf 72 680 Td (woord) Tj ET BT /F1 8 Tf 93 680 Td ( ) Tj ET"
    b" BT /F1 8 Tf 94 680 Td (los) Tj ET",
    b"BT /F1 12 Tf 72 760 Td (Een woord dat af-) Tj 0 -14 Td (gebroken wordt) Tj ET"
    b" BT /F1 12 Tf 72 700 Td (kinder-) Tj ET BT /F1 12 Tf 72 686 Td (opvang) Tj ET"
    b" BT /F1 12 Tf 72 650 Td ( ) Tj ( ) Tj (  voorloop) Tj ET",
    b"BT /F1 10 Tf 72 760 Td (Kolom een) Tj 200 0 Td (Kolom twee) Tj 0 -12 Td (onder) Tj ET"
    b" BT /F1 10 Tf 0 Tr 72 730 Td (zichtbaar) Tj 3 Tr ( onzichtbaar) Tj ET"
    b" BT /F1 0.004 Tf 72 720 Td (piepklein) Tj ET BT /F1 10 Tf 72 710 Td (na piepklein) Tj ET",
]


def _awkward_pdf(contents: list[bytes] = _AWKWARD_PAGES) -> bytes:
    """A PDF of one page per content stream, in Helvetica (PDFium's built-in metrics)."""
    from helpers import pdf_from_objects

    pages = len(contents)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(pages)), pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, content in enumerate(contents):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    return pdf_from_objects(objects)


def test_awkward_text_reads_as_pdfium_reads_it_with_and_without_the_short_way() -> None:
    """Overlaps, tiny spaces, double spaces, hyphens: the page text changes nothing, and both
    ways of reading a rectangle are used on these pages."""
    import pypdfium2 as pdfium

    from dawcheck.documents.pdf_spans import PageChars, spans

    document = pdfium.PdfDocument(_awkward_pdf())
    short = asked = 0
    try:
        for page in document:
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            marks = "\ufffe" in text or "\u00ad" in text
            expected = _reference_runs(textpage)
            assert expected  # every page has text
            assert page_runs(textpage, marks, text) == expected
            assert page_runs(textpage, True, text) == expected
            boxes = [textpage.get_rect(i) for i in range(textpage.count_rects())]
            found = spans(PageChars(textpage.raw, text, textpage.count_chars()), boxes)
            short += sum(span is not None for span in found)
            asked += sum(span is None for span in found)
            textpage.close()
            page.close()
    finally:
        document.close()
    assert short > 0 and asked > 0


def test_overlapping_rectangles_are_not_read_the_short_way() -> None:
    from dawcheck.documents.pdf_spans import isolated

    rects = [(72.0, 700.0, 200.0, 710.0), (150.0, 705.0, 300.0, 715.0), (72.0, 680.0, 200.0, 690.0)]
    assert isolated(rects) == [False, False, True]
    # touching is not overlapping (PDFium's IsRectIntersect wants a non-empty intersection)
    assert isolated([(0.0, 0.0, 10.0, 10.0), (10.0, 0.0, 20.0, 10.0)]) == [True, True]


def test_a_crowded_band_of_rectangles_is_left_to_pdfium() -> None:
    """Hundreds of rectangles side by side on one band would make the overlap check quadratic:
    past its budget no rectangle counts as alone, so each is read PDFium's way, as before."""
    from dawcheck.documents.pdf_spans import isolated

    apart = [(20.0 * i, 0.0, 20.0 * i + 10.0, 10.0) for i in range(40)]
    assert all(isolated(apart))
    crowded = [(20.0 * i, 0.0, 20.0 * i + 10.0, 10.0) for i in range(400)]
    assert not any(isolated(crowded))


def test_many_hyphen_marks_send_every_probe_to_pdfium() -> None:
    """Up to 64 marks, only probes near the character before one are asked; beyond, all are."""
    import pypdfium2 as pdfium

    from dawcheck.documents.pdf_spans import PageChars, hyphen_suspects

    def suspects(lines: int) -> list[tuple[float, float, float, float]] | None:
        content = b"BT /F1 10 Tf 72 800 Td" + b" (af-) Tj 0 -11 Td (gebroken) Tj 0 -11 Td" * lines
        document = pdfium.PdfDocument(_awkward_pdf([content + b" ET"]))
        textpage = document[0].get_textpage()
        text = textpage.get_text_range()
        assert text.count("\ufffe") == lines  # PDFium marks each broken word
        found = hyphen_suspects(PageChars(textpage.raw, text, textpage.count_chars()))
        textpage.close()
        document.close()
        return found

    few = suspects(3)
    assert few is not None and len(few) == 3
    assert suspects(70) is None
