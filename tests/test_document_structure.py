"""Document structure: what each piece of text is (tracked changes, comments, text boxes,
notes, tables, checkboxes), read from small OOXML/ODF files built here."""

from __future__ import annotations

import io
import re
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from dawcheck.documents.checkmarks import mark_state, row_states, split_leading_mark
from dawcheck.documents.reader import read_bytes
from helpers import make_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _docx(body: str, **parts: str) -> bytes:
    xml = (
        f'<w:document xmlns:w="{W}" xmlns:w14="{W14}" xmlns:mc="{MC}"><w:body>{body}'
        "</w:body></w:document>"
    )
    extra = {name.replace("__", "/") + ".xml": data.encode() for name, data in parts.items()}
    return make_docx([], document_xml=xml, extra=extra)


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def test_docx_tracked_changes_deleted_out_inserted_in():
    body = (
        "<w:p><w:r><w:t>We bieden taallessen</w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText> en kinderopvang</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t> en fietslessen</w:t></w:r></w:ins></w:p>"
    )
    doc = read_bytes(_docx(body), "x.docx")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert ("paragraph", "We bieden taallessen en fietslessen") in kinds
    assert ("deleted", "en kinderopvang") in kinds
    assert all(b.is_content == (b.kind != "deleted") for b in doc.blocks)


def test_docx_comments_notes_and_text_box_have_their_kind():
    body = (
        "<w:p><w:r><w:t>Aanpak</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r>"
        "<w:r><w:commentReference w:id='0'/></w:r>"
        "<w:r><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><w:txbxContent>"
        + _p("We bellen wie afhaakt.")
        + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
        + _p("We bellen wie afhaakt.")
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )
    note = _p("Na een gemiste afspraak bellen we dezelfde dag.")
    footnotes = (
        f'<w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1">{_p("---")}'
        f'</w:footnote><w:footnote w:id="1">{note}</w:footnote></w:footnotes>'
    )
    comments = (
        f'<w:comments xmlns:w="{W}"><w:comment w:id="0">{_p("Klopt dit budget?")}'
        "</w:comment></w:comments>"
    )
    doc = read_bytes(_docx(body, word__footnotes=footnotes, word__comments=comments), "x.docx")
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds == [
        ("paragraph", "Aanpak"),
        ("textbox", "We bellen wie afhaakt."),  # once, although Word stores it twice
        ("footnote", "Na een gemiste afspraak bellen we dezelfde dag."),
        ("comment", "Klopt dit budget?"),
    ]
    assert doc.blocks[2].location().endswith("(footnote)")


def _box(checked: bool) -> str:
    return (
        f"<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val='{int(checked)}'/></w14:checkbox>"
        f"</w:sdtPr><w:sdtContent><w:r><w:t>{'☒' if checked else '☐'}</w:t></w:r>"
        "</w:sdtContent></w:sdt>"
    )


def test_docx_checkbox_content_controls_mark_table_rows():
    rows = "".join(
        f"<w:tr><w:tc><w:p>{_box(state)}</w:p></w:tc><w:tc>{_p(label)}</w:tc></w:tr>"
        for state, label in ((True, "Taalondersteuning"), (False, "Kinderopvang"))
    )
    doc = read_bytes(_docx(f"<w:tbl>{rows}</w:tbl>"), "x.docx")
    cells = [(b.text, b.checked, b.table, b.row, b.column) for b in doc.blocks]
    assert cells == [("Taalondersteuning", True, 1, 1, 2), ("Kinderopvang", False, 1, 2, 2)]


def test_docx_legacy_form_checkbox_and_glyph_options():
    legacy = (
        "<w:p><w:r><w:fldChar w:fldCharType='begin'><w:ffData><w:checkBox><w:default "
        "w:val='0'/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>"
        "<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r><w:r><w:t> Mobiliteit</w:t></w:r></w:p>"
    )
    doc = read_bytes(_docx(legacy + _p("☐ Huisvesting") + _p("[x] Nazorg")), "x.docx")
    assert [(b.kind, b.text, b.checked) for b in doc.blocks] == [
        ("option", "Mobiliteit", True),
        ("option", "Huisvesting", False),
        ("option", "Nazorg", True),
    ]


def test_mark_column_with_x_and_ja_nee():
    rows = [
        [("Dienst", None), ("X", None)],
        [("Taal", None), ("X", None)],
        [("Opvang", None), ("", None)],
    ]
    assert row_states(rows) == [None, True, False]
    rows = [
        [("Dienst", None), ("Aanbod", None)],
        [("Taal", None), ("ja", None)],
        [("Opvang", None), ("nee", None)],
    ]
    assert row_states(rows) == [None, True, False]
    # a budget column of amounts is not a checklist
    rows = [
        [("Post", None), ("Bedrag", None)],
        [("Taal", None), ("€ 5.000", None)],
        [("Opvang", None), ("€ 0", None)],
    ]
    assert row_states(rows) == [None, None, None]
    assert mark_state("☒") is True and mark_state("nee") is False and mark_state("Taal") is None
    assert split_leading_mark("[ ] Opvang") == (False, "Opvang")


def test_a_time_grid_of_marks_is_planning_not_a_checklist():
    """'Werkpakket | Q1-24 | Q2-24 | Q3-24 | Q4-24' with an X in each quarter a package runs: a
    row blank in the first quarter ('M7 nazorg', which starts later) is no option left
    unticked."""
    header = ["Werkpakket", "Q1-24", "Q2-24", "Q3-24", "Q4-24"]
    grid = [
        ["Contracten partners", "X", "", "", ""],
        ["M1-M3 instroom", "X", "X", "X", ""],
        ["M7 nazorg", "", "", "X", "X"],
    ]
    rows = [[(c, None) for c in r] for r in [header, *grid]]
    assert row_states(rows) == [None, None, None, None]
    # one mark column beside a remark is still a checklist
    marked = [["Dienst", "Aanduiden", "Opmerking"], ["Taal", "X", "wekelijks"], ["Opvang", "", ""]]
    assert row_states([[(c, None) for c in r] for r in marked]) == [None, True, False]


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
STYLE_NS = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'


def _odt(body: str) -> bytes:
    content = (
        f"<office:document-content {ODT_NS}><office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return buf.getvalue()


def test_odt_tracked_deletion_annotation_note_frame_and_table():
    body = (
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        "<text:p>We voorzien kinderopvang.</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:h>Aanpak</text:h>"
        "<text:p>We gaan mee<text:change text:change-id='c1'/>"
        "<text:note text:note-class='footnote'><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>Ook naar de huisarts.</text:p></text:note-body></text:note>"
        "<office:annotation><dc:creator>R</dc:creator><text:p>Te vaag</text:p>"
        "</office:annotation>"
        "<draw:frame><draw:text-box><text:p>We bellen tot ze er zijn.</text:p>"
        "</draw:text-box></draw:frame></text:p>"
        "<table:table><table:table-row><table:table-cell><text:p>Post</text:p>"
        "</table:table-cell><table:table-cell><text:p>Bedrag</text:p></table:table-cell>"
        "</table:table-row><table:table-row><table:table-cell><text:p>Fietslessen</text:p>"
        "</table:table-cell><table:table-cell><text:p>€ 800</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    doc = read_bytes(_odt(body), "x.odt")
    got = [(b.kind, b.text) for b in doc.blocks]
    assert got[:5] == [
        ("heading", "Aanpak"),
        ("paragraph", "We gaan mee"),
        ("deleted", "We voorzien kinderopvang."),
        ("textbox", "We bellen tot ze er zijn."),
        ("footnote", "Ook naar de huisarts."),
    ]
    assert ("comment", "Te vaag") in got
    cell = next(b for b in doc.blocks if b.text == "Fietslessen")
    assert (cell.kind, cell.table, cell.row, cell.column) == ("table-cell", 1, 2, 1)


def test_pdf_list_bullet_stays_in_front_and_is_no_table_column():
    """A Symbol-font bullet sits lower than its text: it must still lead the line, and a list
    of bullet lines is a list, not a two-column table."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    runs = []
    for i, words in enumerate(
        ["Wonen. Wij zoeken geen woning en we", "Werk. Wij zoeken geen werk."]
    ):
        top = 700.0 - 30 * i
        runs.append(Run(71.0, 74.7, top - 6.0, top - 2.3, "\uf0b7 ", 11.0, False))
        runs.append(Run(89.5, 400.0, top - 10.3, top, words, 11.0, False))
    runs.append(
        Run(89.5, 300.0, 700.0 - 10.3 - 13.0, 700.0 - 13.0, "hebben geen huis.", 11.0, False)
    )
    lines = lines_of(runs)
    assert lines[0].text().startswith("\uf0b7 Wonen.")
    assert all(len(line.cells()) == 1 for line in lines)
    items = layout(lines, 595.0)
    assert all(item.table is None for item in items)


def test_pdf_table_rows_of_vertically_centred_cells_are_cut_at_the_white_space():
    """LibreOffice centres cell text vertically: the wrapped lines of the cells in one row then
    interleave and line spacing says nothing, but a band of white space still parts the rows."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def run(x0: float, top: float, text: str) -> Run:
        return Run(x0, x0 + 90.0, top - 8.9, top, text, 9.5, False)

    runs = [run(60, 700, "Dag"), run(160, 700, "Activiteit"), run(380, 700, "Plaats")]
    for row, (day, lines, place) in enumerate(
        [
            ("maandag", ["Praattafel in kleine", "groepjes rond een", "thema"], "zaal"),
            ("dinsdag", ["Fietsles op het", "plein"], "plein"),
            ("woensdag", ["Buddy-koffie met", "nieuwe mensen", "in de cafetaria"], "cafetaria"),
        ]
    ):
        top = 684.5 - 44.0 * row
        for k, text in enumerate(lines):
            runs.append(run(160, top - 10.9 * k, text))
        middle = top - 10.9 * (len(lines) - 1) / 2
        runs.append(run(60, middle, day))
        runs.append(run(380, middle, place))
    items = layout(lines_of(runs), 595.0)
    tables = [item.table for item in items if item.table is not None]
    assert len(tables) == 1
    rows = tables[0].rows
    assert [r[0] for r in rows] == ["Dag", "maandag", "dinsdag", "woensdag"]
    assert rows[2][1].replace("\n", " ") == "Fietsles op het plein"


def test_a_two_column_table_whose_cells_never_share_a_line_is_a_table():
    """A short label cell centred beside a long one: its lines fall between the long cell's
    and no line holds both, and the centred header lines up with neither column. Read as
    lines, the two cells interleave; read by the lines' left edges, they are rows."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def run(x0: float, x1: float, top: float, text: str, size: float = 11.0) -> Run:
        return Run(x0, x1, top - 10.3, top, text, size, False)

    runs = [run(84, 150, 413.7, "Doelstelling"), run(353, 386, 413.7, "Acties")]
    rows = [
        (
            ["D1. Deelnemers", "krijgen inzicht"],
            ["Een profiel per deelnemer;", "reeks", "sessies."],
        ),
        (
            ["D5. Niemand haakt", "stilzwijgend af"],
            ["Wie afwezig is, wordt", "gebeld; na een week", "volgt een huisbezoek."],
        ),
    ]
    top = 394.9
    for left, right in rows:
        for k, text in enumerate(right):
            runs.append(run(176, 560, top - 12.6 * k, text))
        for k, text in enumerate(left):
            runs.append(run(61, 160, top - 6.3 - 12.6 * k, text))
        top -= 12.6 * (len(right) - 1) + 18.8
    runs.append(run(57, 204, top - 8, "3. Rolverdeling met partners", 14.0))
    items = layout(lines_of(runs), 595.0)
    tables = [item.table for item in items if item.table is not None]
    assert len(tables) == 1
    cells = [[c.replace("\n", " ") for c in row] for row in tables[0].rows]
    assert cells == [
        ["D1. Deelnemers krijgen inzicht", "Een profiel per deelnemer; reeks sessies."],
        [
            "D5. Niemand haakt stilzwijgend af",
            "Wie afwezig is, wordt gebeld; na een week volgt een huisbezoek.",
        ],
    ]
    assert items[-1].line is not None and items[-1].line.text() == "3. Rolverdeling met partners"
    # a bold title at the left edge right under the table is the next section's
    titled = runs[:-1] + [Run(57, 100, top - 12.3, top - 2, "Budget", 11.0, True)]
    items = layout(lines_of(titled), 595.0)
    assert items[-1].line is not None and items[-1].line.text() == "Budget"
    assert items[-1].kind == "heading"
    # running text with an indented quote is no table
    prose = [run(61, 560, 700 - 12.6 * k, f"regel {k} van de tekst") for k in range(4)]
    prose += [run(120, 500, 700 - 12.6 * (4 + k), f"citaat {k}") for k in range(2)]
    prose += [run(61, 560, 700 - 12.6 * (6 + k), f"verder {k}") for k in range(2)]
    assert all(item.table is None for item in layout(lines_of(prose), 595.0))


def test_a_bold_label_centred_beside_a_wrapped_cell_stays_in_its_table():
    """'Contactpersoon' in bold, centred beside a name and an address on two lines, is the
    row's label, not a section title that ends the table."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def run(x0: float, x1: float, top: float, text: str, bold: bool = False) -> Run:
        return Run(x0, x1, top - 10.3, top, text, 11.0, bold)

    runs = [
        run(60, 110, 700, "Aanvrager"),
        run(180, 400, 700, "Minder Mobielen Centrale Asse"),
        run(60, 100, 684, "Adres"),
        run(180, 400, 684, "Gemeenteplein 4, 1730 Asse"),
        run(180, 500, 668, "Luc Verhaegen, coördinator vrijwilligers –"),
        run(60, 150, 661.7, "Contactpersoon", bold=True),
        run(180, 420, 655.4, "luc@samenonderweg.example.org"),
        run(60, 130, 639, "Regio"),
        run(180, 300, 639, "Asse en Merchtem"),
    ]
    items = layout(lines_of(runs), 595.0)
    tables = [item.table for item in items if item.table is not None]
    assert len(tables) == 1
    rows = [[c.replace("\n", " ") for c in row] for row in tables[0].rows]
    assert [
        "Contactpersoon",
        "Luc Verhaegen, coördinator vrijwilligers – luc@samenonderweg.example.org",
    ] in rows
    # a section's title under a table, with its text at the left edge, ends the table
    titled = runs[:4] + [
        run(60, 200, 660, "Wie we zijn", bold=True),
        run(60, 500, 646, "De MMC brengt al 22 jaar mensen naar de dokter."),
    ]
    items = layout(lines_of(titled), 595.0)
    assert [i.kind for i in items if i.table is None][:1] == ["heading"]


def test_options_on_the_lines_of_one_paragraph_are_each_an_option():
    """'☒ Taalondersteuning<br>☐ Inclusieve werkkansen creëren' in one paragraph (line
    breaks): each line is its own option with its own state, in DOCX and ODT."""
    from dawcheck.documents.checkmarks import split_marked_options

    assert split_marked_options("☒ A ☐ B ☒ C") == [(True, "A"), (False, "B"), (True, "C")]
    assert split_marked_options("☒ Taal") == [(True, "Taal")]
    assert split_marked_options("Geen ☐ vakje vooraan") == [(None, "Geen ☐ vakje vooraan")]
    docx = _docx(
        "<w:p><w:r><w:t xml:space='preserve'>☒ Taalondersteuning</w:t></w:r><w:r><w:br/></w:r>"
        "<w:r><w:t xml:space='preserve'>☐ Inclusieve werkkansen creëren</w:t></w:r></w:p>"
    )
    odt = _odt(
        "<text:p>☒ Taalondersteuning<text:line-break/>☐ Inclusieve werkkansen creëren</text:p>"
    )
    for data, name in ((docx, "x.docx"), (odt, "x.odt")):
        options = [(b.kind, b.checked, b.text) for b in read_bytes(data, name).blocks]
        assert options == [
            ("option", True, "Taalondersteuning"),
            ("option", False, "Inclusieve werkkansen creëren"),
        ], name


def test_an_item_left_unticked_in_a_filled_form_is_not_covered(addendum):
    """The applicant's own 'no' in a form it filled in outweighs a passing mention."""
    from dawcheck.checks.coverage import assess_coverage

    text = (
        "# Voorstel\n\n## Dienstverlening\n\n[x] Taalondersteuning\n[ ] Inclusieve werkkansen "
        "creëren\n\n## Aanpak\n\nWie een stage start, krijgt een taalcoach. We zoeken samen "
        "vacatures en oefenen sollicitatiegesprekken met elke cursist.\n"
    )
    cov = assess_coverage(read_bytes(text.encode(), "v.md"), addendum)
    item = next(i for i in cov.services if i.id == "inclusieve-werkkansen")
    assert item.status == "weak"
    assert "unticked" in {e.reason for e in item.evidence}


def test_a_checklist_in_two_columns_keeps_each_cells_own_box():
    """'☒ Inclusieve werkkansen creëren | ☐ Ontwikkelen van een sociaal netwerk' on one row:
    the second option is not ticked because the first one is (DOCX, ODT and PDF tables)."""
    from dawcheck.documents.blocks import BlockBuilder
    from dawcheck.documents.pdf import _add_table

    def cell(text: str) -> str:
        return f"<w:tc><w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p></w:tc>"

    def odt_cell(text: str) -> str:
        return f"<table:table-cell><text:p>{text}</text:p></table:table-cell>"

    rows = [("☒ Werk", "☐ Netwerk"), ("☐ Opvang", "☒ Taal")]
    docx = _docx(
        "<w:tbl>" + "".join(f"<w:tr>{cell(a)}{cell(b)}</w:tr>" for a, b in rows) + "</w:tbl>"
    )
    odt = _odt(
        "<table:table>"
        + "".join(f"<table:table-row>{odt_cell(a)}{odt_cell(b)}</table:table-row>" for a, b in rows)
        + "</table:table>"
    )
    expected = [("Werk", True), ("Netwerk", False), ("Opvang", False), ("Taal", True)]
    for data, name in ((docx, "x.docx"), (odt, "x.odt")):
        got = [(b.text, b.checked) for b in read_bytes(data, name).blocks]
        assert got == expected, name
    out = BlockBuilder()
    _add_table([list(r) for r in rows], 1, out)
    assert [(b.text, b.checked) for b in out.blocks] == expected


def test_answers_with_a_remark_and_later_are_marks():
    assert mark_state("ja, vanzelf") is True
    assert mark_state("nee (zie 5)") is False
    assert mark_state("later") is False
    assert mark_state("n.v.t.") is False
    assert mark_state("jawel hoor") is None


def test_a_copied_service_list_with_ja_nee_later_answers_is_a_checklist():
    rows = [
        ["Dienstverlening", "Doen wij dit?", "Uitleg"],
        ["Sociale vaardigheden", "ja", "De mama's komen buiten."],
        ["Sociaal netwerk", "ja, vanzelf", "Vriendschappen."],
        ["Kinderopvang", "nee", ""],
        ["Inclusieve werkkansen", "later", "In een tweede fase."],
        ["Mobiliteit", "later", ""],
        ["Digitale vaardigheden", "ja", ""],
        ["Huisvesting", "", ""],
        ["Taal", "ja", ""],
    ]
    states = row_states([[(c, None) for c in r] for r in rows])
    assert states == [None, True, True, False, False, False, True, False, True]


def test_pdf_table_rows_as_close_as_wrapped_lines_still_part_at_a_new_label():
    """'Sociaal netwerk | ja, vanzelf | ...' then 'Kinderopvang | nee' at the same spacing as
    a cell's wrapped lines: a new row, where a lower-case line goes on in its cell."""
    from dawcheck.documents.pdf_layout import Run, _table, lines_of

    def run(x: float, top: float, text: str) -> Run:
        return Run(x, x + 6 * len(text), top - 10, top, text, 10.0, False)

    # spacing as LibreOffice leaves it with vertically centred cells: uneven, never wider
    # than the running text's line step
    runs = [
        run(50, 700, "Sociaal netwerk"),
        run(250, 700, "ja, vanzelf"),
        run(350, 700, "Vriendschappen"),
        run(350, 690, "ontstaan vanzelf."),
        run(50, 676, "Kinderopvang"),
        run(250, 676, "nee"),
        run(50, 668, "bij ons en elders"),
    ]
    table = _table(lines_of(runs), step=14.0)
    assert [row[0].replace("\n", " ") for row in table.rows] == [
        "Sociaal netwerk",
        "Kinderopvang bij ons en elders",
    ]


def test_a_status_column_whose_header_was_lost_still_reads_as_answers():
    """A service table 'Dienstverlening | Wat wij doen | Status' whose header row the PDF
    reader did not find: the first row's 'ja' is an answer, and 'later', 'in overleg' are no."""
    rows = [
        [("Sociale vaardigheden", None), ("Groepstraject", None), ("ja", None)],
        [("Inclusieve werkkansen", None), ("Niet zelf", None), ("nee", None)],
        [("Sociaal netwerk", None), ("Een buddywerking is nog te bekijken", None), ("later", None)],
        [("Mobiliteit", None), ("Met de gemeente", None), ("in overleg", None)],
    ]
    assert row_states(rows) == [True, False, False, False]


def test_struck_through_text_is_deleted_in_docx_and_odt(addendum):
    """'Schrap wat niet past': a form's struck-through option is not chosen. It is shown as
    deleted text after its paragraph and never judged as the text."""
    from dawcheck.checks.coverage import assess_coverage

    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Uitdaging 3 – ouders / </w:t></w:r>"
        "<w:r><w:rPr><w:strike/></w:rPr><w:t>Uitdaging 4 – verslaving</w:t></w:r>"
        "<w:r><w:rPr><w:strike w:val='0'/></w:rPr><w:t xml:space='preserve'> (zie hoger)</w:t>"
        "</w:r></w:p>"
    )
    doc = read_bytes(_docx(body), "x.docx")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Uitdaging 3 – ouders / (zie hoger)"),
        ("deleted", "Uitdaging 4 – verslaving"),
    ]
    odt = (
        "<office:automatic-styles><style:style style:name='T1' style:family='text'>"
        "<style:text-properties style:text-line-through-style='solid'/></style:style>"
        "</office:automatic-styles>"
    )
    content = (
        f"<office:document-content {ODT_NS} {STYLE_NS}>{odt}<office:body><office:text>"
        "<text:p>We bieden <text:span text:style-name='T1'>kinderopvang en </text:span>"
        "fietslessen.</text:p></office:text></office:body></office:document-content>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    doc = read_bytes(buf.getvalue(), "x.odt")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "We bieden fietslessen."),
        ("deleted", "kinderopvang en"),
    ]
    cov = assess_coverage(doc, addendum)
    care = next(i for i in cov.services if i.id == "kinderopvang")
    assert care.status == "missing" or all(e.weight == "excluded" for e in care.evidence)


def test_a_pdf_checklist_in_one_paragraph_is_read_as_options():
    """A form's checklist whose lines a PDF joins into one paragraph (LibreOffice's export of
    tests/fixtures/checklist.html): one option per box with its state, as DOCX and ODT give;
    a list bulleted with "■" stays a paragraph."""
    from pathlib import Path

    from dawcheck.addendum.loader import load_addendum
    from dawcheck.checks.coverage import assess_coverage
    from dawcheck.documents.reader import read_path

    doc = read_path(Path(__file__).parent / "fixtures" / "checklist.pdf")
    options = [(b.checked, b.text) for b in doc.blocks if b.kind == "option"]
    assert options == [
        (True, "Ontwikkelen van kinderopvangmogelijkheden"),
        (False, "Ondersteuning bij fysieke en medische problemen"),
        (False, "Mobiliteit op maat (nog niet)"),
        (False, "Huisvesting op maat"),
    ]
    bullets = [b for b in doc.blocks if b.text.startswith("■")]
    assert len(bullets) == 1 and bullets[0].kind == "paragraph" and bullets[0].checked is None
    # an unticked option's words are no evidence, for any item
    coverage = assess_coverage(doc, load_addendum())
    medical = next(i for i in coverage.services if i.id == "fysieke-medische-ondersteuning")
    challenge = next(i for i in coverage.challenges if i.id == 2)
    assert "medisch" in medical.excluded_concepts and medical.status != "covered"
    assert challenge.status == "missing" and "medisch" in challenge.excluded_concepts


def _bold(text: str) -> str:
    return f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def test_docx_bold_numbered_form_questions_head_their_answers():
    """A form written without heading styles: 'Vraag 5. Doelgroep en toeleiding' in bold, or a
    bold numbered question ending in '?' or ')', heads its answer; a bold sentence or a bold
    label that is no numbered question stays a paragraph."""
    body = (
        _bold("Vraag 5. Doelgroep en toeleiding")
        + _p("Mensen met rugklachten of na een zware burn-out.")
        + _bold("6. Welke activiteiten plant u? (max. 10 lijnen)")
        + _p("We maken vijf aangepaste jobs.")
        + _bold("Belangrijk: we werken altijd samen met de VDAB.")
        + _bold("Met wie")
        + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Vraag 7.</w:t></w:r>"
        "<w:r><w:t xml:space='preserve'> Partners en rollen</w:t></w:r></w:p>"
    )
    doc = read_bytes(_docx(body), "x.docx")
    kinds = {b.text: b.kind for b in doc.blocks}
    assert kinds["Vraag 5. Doelgroep en toeleiding"] == "heading"
    assert kinds["6. Welke activiteiten plant u? (max. 10 lijnen)"] == "heading"
    assert kinds["Belangrijk: we werken altijd samen met de VDAB."] == "paragraph"
    assert kinds["Met wie"] == "paragraph"
    assert kinds["Vraag 7. Partners en rollen"] == "paragraph"  # not all of it bold
    answer = next(b for b in doc.blocks if b.text.startswith("We maken"))
    assert answer.heading.endswith("6. Welke activiteiten plant u? (max. 10 lijnen)")


def test_a_numbered_title_in_capitals_heads_what_follows():
    # (a re-typed form: "1 .  SITUATIE EN AANLEIDING" in plain paragraphs, no heading style)
    body = (
        _p("1 .\u00a0 SITUATIE\u00a0 EN\u00a0 AANLEIDING")
        + _p("In Wemmel wonen veel senioren alleen.")
        + _p("2 . DOELGROEP")
        + _p("Nieuwkomers en senioren.")
        + _p("1. OCMW")
        + _p("3. Activiteiten")
    )
    doc = read_bytes(_docx(body), "x.docx")
    kinds = {b.text: (b.kind, b.heading) for b in doc.blocks}
    assert kinds["1 . SITUATIE EN AANLEIDING"][0] == "heading"
    assert kinds["In Wemmel wonen veel senioren alleen."] == (
        "paragraph",
        "1 . SITUATIE EN AANLEIDING",
    )
    assert kinds["2 . DOELGROEP"][0] == "heading"
    # an acronym alone is a list's item, and a title in small letters is left to its style
    assert kinds["1. OCMW"][0] == "paragraph"
    assert kinds["3. Activiteiten"][0] == "paragraph"


def test_capitals_lines_that_are_no_run_of_titles_stay_text():
    """A list of partners in capitals (each line followed by the next), a time, a budget line
    or a run that does not start at 1 heads nothing: before them the text is the project's,
    not a cover page."""
    partners = (
        _p("We bieden kinderopvang tijdens elke les.")
        + _p("Partners")
        + _p("1. OCMW ANTWERPEN")
        + _p("2. CAW ANTWERPEN")
        + _p("3. HUIS VAN HET KIND")
    )
    loose = (
        _p("We bieden kinderopvang tijdens elke les.")
        + _p("12 VRIJWILLIGERS")
        + _p("Zij helpen op woensdag.")
        + _p("2 BEGELEIDERS (HALFTIJDS) € 45 000")
        + _p("Het team.")
        + _p("3 . ACTIVITEITEN")
        + _p("We starten in januari.")
    )
    for body in (partners, loose):
        blocks = read_bytes(_docx(body), "x.docx").blocks
        assert [b.text for b in blocks if b.kind == "heading"] == []
        assert all(b.heading is None for b in blocks)


def test_options_on_the_lines_of_one_table_cell_are_each_an_option():
    """A form's cell that lists the call's items one per line ('☐ Ontwenningszorg<br>☒ Sociaal
    netwerk<br>☒ Kinderopvang') gives each its own state, in DOCX and ODT; before, the cell's
    first box was the state of the whole cell and every later box belonged to the option
    before it. Two boxes are one answer with its explanation ('☒ ja ☐ nee – wie een les
    mist, krijgt een telefoontje'), and so are three in one run of text ('☒ ja ☐ nee ☐ n.v.t. –
    ...'): the explanation stays the ticked answer's."""
    lines = ["☐ Ontwenningszorg en nazorg", "☒ Sociaal netwerk", "☒ Kinderopvangmogelijkheden"]
    answer = "☒ ja ☐ nee ☐ n.v.t. – wie een les mist, krijgt een telefoontje"
    docx = _docx(
        "<w:tbl><w:tr><w:tc><w:p>"
        + "<w:r><w:br/></w:r>".join(
            f"<w:r><w:t xml:space='preserve'>{t}</w:t></w:r>" for t in lines
        )
        + f"</w:p></w:tc><w:tc>{_p(answer)}</w:tc></w:tr></w:tbl>"
    )
    odt = _odt(
        "<table:table><table:table-row><table:table-cell><text:p>"
        + "<text:line-break/>".join(lines)
        + f"</text:p></table:table-cell><table:table-cell><text:p>{answer}</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )
    for data, name in ((docx, "x.docx"), (odt, "x.odt")):
        cells = [(b.checked, b.text, b.column) for b in read_bytes(data, name).blocks]
        assert cells == [
            (False, "Ontwenningszorg en nazorg", 1),
            (True, "Sociaal netwerk", 1),
            (True, "Kinderopvangmogelijkheden", 1),
            (True, "ja ☐ nee ☐ n.v.t. – wie een les mist, krijgt een telefoontje", 2),
        ], name


def test_a_three_column_table_under_a_centred_header_is_read_row_by_row():
    """LibreOffice's export of a bordered table 'Stap | Wat | Wanneer' whose cells are centred
    vertically: a step's label and its date stand between the lines of its description, and
    the header's titles are centred over the columns. Before, the header was a heading and the
    description's first line a paragraph of its own, cut from its row."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def run(x0: float, x1: float, top: float, text: str, bold: bool = False) -> Run:
        return Run(x0, x1, top - 10.3, top, text, 11.0, bold)

    runs = [
        run(104, 130, 246, "Stap", True),
        run(326, 350, 246, "Wat", True),
        run(510, 560, 246, "Wanneer", True),
    ]
    rows = [
        (
            ["1. Infosessie “Mag ik", "ondernemen?”"],
            [
                "Maandelijks, telkens in een andere gemeente.",
                "Met een medewerker van het ziekenfonds:",
                "toelating van de adviserend arts en cumul",
                "met de uitkering.",
            ],
            ["Vanaf Q1", "2024"],
        ),
        (
            ["2. Mogelijkhedenscan"],
            [
                "Individueel, 2 à 3 gesprekken. We brengen",
                "samen in kaart wat de deelnemer kan, wil",
                "en aankan. Focus op kansen, niet op",
                "beperkingen.",
            ],
            ["Doorlopend"],
        ),
    ]
    top = 228.0
    for label, text, when in rows:
        for k, t in enumerate(text):
            runs.append(run(177, 480, top - 12.6 * k, t))
        middle = top - 12.6 * (len(text) - 1) / 2
        for k, t in enumerate(label):
            runs.append(run(60, 160, middle + 6.3 * (len(label) - 1) - 12.6 * k - 0.3, t))
        for k, t in enumerate(when):
            runs.append(run(502, 560, middle + 6.3 * (len(when) - 1) - 12.6 * k - 0.3, t))
        top -= 12.6 * (len(text) - 1) + 18.8
    after = "Streefcijfer: 35 deelnemers in een traject, waarvan 15 een activiteit opstarten."
    runs.append(run(57, 540, top - 8, after))
    items = layout(lines_of(runs), 595.0)
    tables = [item.table for item in items if item.table is not None]
    assert len(tables) == 1
    cells = [[c.replace("\n", " ") for c in row] for row in tables[0].rows]
    assert cells == [
        ["Stap", "Wat", "Wanneer"],
        [
            "1. Infosessie “Mag ik ondernemen?”",
            "Maandelijks, telkens in een andere gemeente. Met een medewerker van het "
            "ziekenfonds: toelating van de adviserend arts en cumul met de uitkering.",
            "Vanaf Q1 2024",
        ],
        [
            "2. Mogelijkhedenscan",
            "Individueel, 2 à 3 gesprekken. We brengen samen in kaart wat de deelnemer kan, "
            "wil en aankan. Focus op kansen, niet op beperkingen.",
            "Doorlopend",
        ],
    ]
    # the running text under the table stays text
    assert items[-1].line is not None and items[-1].line.text() == after


def test_a_bold_header_row_over_a_budget_table_is_its_first_row():
    """LibreOffice's export of a budget table 'Post | Jaar 1 | Jaar 2': the header row in bold
    stands apart from the rows, a long first cell wraps around its row's amounts (centred
    vertically) and the bold total wraps its amount. Before, the header and the total were
    headings and the table was cut at the long cell. A section's title of one part above a
    table stays a heading."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def run(x0: float, x1: float, top: float, text: str, bold: bool = False) -> Run:
        return Run(x0, x1, top - 9.5, top, text, 10.0, bold)

    # (running text above it, as on a real page: its line spacing is the page's)
    text = [
        "We rekenen op een werfleider die de vrouwen begeleidt en de contacten met",
        "werkgevers legt. De fietsen komen uit de fietsenpool van de gemeente, die we",
        "zelf onderhouden. Het werfwoordenboek ontwerpen we met de taalcoaches, en de",
        "attesten betalen we voor wie ze nodig heeft om op een werf te mogen werken.",
    ]
    runs = [run(57, 540, 241.0 - 13.3 * k, t) for k, t in enumerate(text)]
    runs += [
        run(57, 160, 168.8, "Wat het kost", True),
        run(60, 82, 139.5, "Post", True),
        run(458, 488, 139.5, "Jaar 1", True),
        run(503, 533, 139.5, "Jaar 2", True),
        run(59, 420, 118.9, "Werfleider: extra uren voor begeleiding, stages (0,3"),
        run(457, 488, 110.5, "13.500"),
        run(502, 533, 110.5, "13.500"),
        run(59, 80, 102.6, "VTE)"),
        run(60, 300, 81.8, "Fietsenpool (10 fietsen, sloten)"),
        run(463, 488, 81.8, "3.200"),
        run(518, 533, 81.8, "600"),
        run(460, 488, 61.0, "21.15", True),
        run(59, 90, 53.1, "Totaal", True),
        run(499, 533, 53.1, "17.450", True),
        run(485, 490, 44.7, "0", True),
        run(57, 200, 20.0, "Wat we niet oplossen", True),
    ]
    items = layout(lines_of(runs), 595.0)
    kinds = [("table" if i.table else i.kind) for i in items]
    assert kinds == ["body"] * 4 + ["heading", "table", "heading"]
    table = items[5].table
    assert table is not None
    rows = [[c.replace("\n", " ") for c in row if c] for row in table.rows]
    assert rows[0] == ["Post", "Jaar 1", "Jaar 2"]
    assert rows[1][0] == "Werfleider: extra uren voor begeleiding, stages (0,3 VTE)"
    assert any(row[0] == "Totaal" for row in rows)
    # a section's title of one part right above a table is no header row
    titled = runs[:4] + [run(57, 160, 168.8, "4. Begroting", True)] + runs[8:15]
    items = layout(lines_of(titled), 595.0)
    assert items[4].kind == "heading" and items[4].line is not None
    assert items[4].line.text() == "4. Begroting"
    assert not any(i.table is not None and i.table.rows[0][0] == "4. Begroting" for i in items)


def _budget_page(rows: list[tuple[str, str, str]], top: float, header: bool) -> list:
    """A page of a budget table as LibreOffice prints it: amounts right-aligned under 'Jaar 1'
    and 'Jaar 2', so each starts where its width makes it."""
    from dawcheck.documents.pdf_layout import Run, lines_of

    def run(x0: float, x1: float, at: float, text: str, bold: bool = False) -> Run:
        return Run(x0, x1, at - 9.5, at, text, 10.0, bold)

    text = "Lopende tekst boven de tabel, zodat de regelafstand die van een echte pagina is."
    runs = [run(57, 540, top + 13.3 * (k + 1), text) for k in range(3)] if header else []
    if header:
        runs += [
            run(60, 82, top, "Post", True),
            run(458, 488, top, "Jaar 1", True),
            run(503, 533, top, "Jaar 2", True),
        ]
    at = top - 20.8
    for post, one, two in rows:
        runs += [run(60, 300, at, post)]
        runs += [run(488 - 5.2 * len(one), 488, at, one), run(533 - 5.2 * len(two), 533, at, two)]
        at -= 20.8
    return lines_of(runs)


def test_right_aligned_amounts_are_one_column_and_a_table_goes_on_over_the_page():
    """'13.500', '3.200' and '900' under 'Jaar 1' end at one edge: one column, not three. The
    rows at the top of the next page go on with the same table: the same table number, the
    rows numbered on, under the same header."""
    from dawcheck.documents.blocks import BlockBuilder
    from dawcheck.documents.pdf import _add_layout
    from dawcheck.documents.pdf_layout import layout

    first = _budget_page(
        [
            ("Werfleider", "13.500", "13.500"),
            ("Fietsenpool", "3.200", "600"),
            ("Fietslessen", "900", "700"),
        ],
        top=300.0,
        header=True,
    )
    second = _budget_page(
        [("Werfwoordenboek", "1.100", "200"), ("Attesten", "1.800", "1.800")],
        top=830.0,
        header=False,
    )
    items = layout(first, 595.0)
    tables = [i.table for i in items if i.table is not None]
    assert tables and tables[0].rows[0] == ["Post", "Jaar 1", "Jaar 2"]
    assert [row[1] for row in tables[0].rows] == ["Jaar 1", "13.500", "3.200", "900"]
    out = BlockBuilder()
    carried = _add_layout(items, 2, out)
    _add_layout(layout(second, 595.0), 3, out, carried)
    cells = [
        (b.page, b.table, b.row, b.column, b.text) for b in out.blocks if b.kind == "table-cell"
    ]
    assert {table for _, table, _, _, _ in cells} == {1}
    assert (3, 1, 5, 1, "Werfwoordenboek") in cells and (3, 1, 6, 3, "1.800") in cells
    # a page that opens with a table of other columns starts a table of its own
    from dawcheck.documents.pdf_layout import Run, lines_of

    other = lines_of(
        [
            Run(60, 300, 820.5 - 20.8 * k, 830.0 - 20.8 * k, f"Partner {k}", 10.0, False)
            for k in range(2)
        ]
        + [
            Run(320, 420, 820.5 - 20.8 * k, 830.0 - 20.8 * k, f"rol {k}", 10.0, False)
            for k in range(2)
        ]
    )
    out = BlockBuilder()
    carried = _add_layout(items, 2, out)
    _add_layout(layout(other, 595.0), 3, out, carried)
    assert {b.table for b in out.blocks if b.kind == "table-cell"} == {1, 2}


def test_a_header_row_centred_over_two_columns_joins_its_table():
    """'Partner | Bijdrage' in bold, centred over a partner table whose first rows are
    centred vertically (as a Word export lays them out; the coordinates of a real page): the
    titles head the columns under them instead of being a heading of their own."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def run(x0: float, x1: float, top: float, text: str, bold: bool = False) -> Run:
        size = 18.0 if text == "Partners" else 12.0
        return Run(x0, x1, top - 0.92 * size, top, text, size, bold)

    runs = [
        run(57, 123, 684.4, "Partners", True),
        run(361, 405, 656.1, "Bijdrage", True),
        run(140, 179, 655.6, "Partner", True),
        run(266, 430, 636.3, "eerstelijnspsychologen, afspraken"),
        run(60, 237, 629.3, "Eerstelijnszone Noord-West-Brabant"),
        run(266, 339, 622.4, "doorverwijzing"),
        run(60, 145, 602.6, "CGG Ruysbroeck"),
        run(266, 488, 602.6, "checklist, doorverwijzing bij ernstige klachten"),
        run(266, 312, 582.8, "infosessie"),
        run(60, 157, 582.7, "Loket kinderopvang"),
        run(60, 209, 563.0, "Huizen van het Kind in de vijf"),
        run(266, 361, 556.0, "bekendmaking, zaal"),
        run(60, 112, 547.5, "gemeenten"),
        run(60, 169, 529.2, "CAW Halle-Vilvoorde"),
        run(266, 432, 529.2, "toeleiding van ouders na scheiding"),
    ]
    items = layout(lines_of(runs), 595.0)
    assert [i.kind for i in items if i.table is None] == ["heading"]
    tables = [i.table for i in items if i.table is not None]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Partner", "Bijdrage"]
    assert tables[0].rows[1][0] == "Eerstelijnszone Noord-West-Brabant"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([57.0, 60.0, 61.0, 104.0, 177.0, 326.0, 502.0, 510.0]),
            st.integers(1, 40),
            st.integers(8, 60),
            st.booleans(),
            st.sampled_from([9.0, 11.0, 14.0]),
        ),
        max_size=40,
    )
)
def test_laying_out_any_page_of_runs_keeps_every_word_once(spec):
    """Whatever the geometry (headers, centred cells, columns, titles), laying out a page never
    fails and loses or repeats no run's text: tables, centred tables and lines included."""
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    runs = [
        Run(x0, x0 + width, 800 - 6.3 * row - size, 800 - 6.3 * row, f"w{i}", size, bold)
        for i, (x0, row, width, bold, size) in enumerate(spec)
    ]
    items = layout(lines_of(runs), 595.0)
    texts = []
    for item in items:
        if item.table is not None:
            texts.extend(cell for row in item.table.rows for cell in row)
        elif item.line is not None:
            texts.append(item.line.text())
    words = re.findall(r"w\d+", " ".join(texts))
    assert sorted(words) == sorted(f"w{i}" for i in range(len(spec)))


_PAGE_RUNS = st.lists(
    st.tuples(
        st.sampled_from([57.0, 60.0, 104.0, 177.0, 326.0, 458.0, 463.0, 473.0, 502.0]),
        st.integers(1, 30),
        st.integers(8, 60),
        st.booleans(),
    ),
    max_size=25,
)


@settings(max_examples=300, deadline=None)
@given(_PAGE_RUNS, _PAGE_RUNS)
def test_two_pages_of_runs_keep_every_word_once_and_tables_go_on_in_order(first, second):
    """Whatever two pages hold (tables that may go on over the break, header rows, amounts),
    their blocks keep every run's text once, and a table's rows only go forward: a table the
    second page goes on with has its rows numbered after the first page's."""
    from dawcheck.documents.blocks import BlockBuilder
    from dawcheck.documents.pdf import _add_layout
    from dawcheck.documents.pdf_layout import Run, layout, lines_of

    def page(spec, tag):
        return lines_of(
            [
                Run(
                    x0, x0 + width, 800 - 20.8 * row - 10, 800 - 20.8 * row, f"{tag}{i}", 10.0, bold
                )
                for i, (x0, row, width, bold) in enumerate(spec)
            ]
        )

    out = BlockBuilder()
    carried = _add_layout(layout(page(first, "a"), 595.0), 1, out) if first else None
    if second:
        _add_layout(layout(page(second, "b"), 595.0), 2, out, carried)
    words = re.findall(r"[ab]\d+", " ".join(b.text for b in out.blocks))
    expected = [f"a{i}" for i in range(len(first))] + [f"b{i}" for i in range(len(second))]
    assert sorted(words) == sorted(expected)
    rows: dict[int, list[tuple[int, int]]] = {}
    for block in out.blocks:
        if block.kind == "table-cell":
            assert block.table is not None and block.row is not None and block.page is not None
            rows.setdefault(block.table, []).append((block.page, block.row))
    for cells in rows.values():
        assert cells == sorted(cells)


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1 . SITUATIE EN AANLEIDING",
                "2 . DOELGROEP",
                "3. ACTIVITEITEN EN PLANNING",
                "1. OCMW ANTWERPEN",
                "12 VRIJWILLIGERS",
                "2 BEGELEIDERS € 45 000",
                "We bieden kinderopvang.",
                "☒ Sociaal netwerk\n☐ Mobiliteit\n☒ Kinderopvang",
                "☒ ja ☐ nee ☐ n.v.t. – uitleg",
            ]
        ),
        max_size=12,
    ),
    st.lists(st.sampled_from(["paragraph", "heading", "table-cell"]), min_size=12, max_size=12),
)
def test_any_run_of_paragraphs_reads_with_consistent_headings(texts, kinds):
    """Capitals titles promoted or not, every block's heading is the heading path above it,
    and a cell's options keep all of the cell's words."""
    from dawcheck.documents.blocks import MAX_HEADING_CHARS, BlockBuilder
    from dawcheck.documents.checkmarks import cell_options

    out = BlockBuilder()
    for text, kind in zip(texts, kinds, strict=False):
        out.add(text, kind)  # type: ignore[arg-type]
        options = cell_options(text)
        if options is not None:
            assert " ".join(t for _, t in options).split() == [
                w for w in text.split() if w not in ("☒", "☐")
            ]
    last: str | None = None  # the nearest heading above
    for block in out.finished():
        if block.kind == "heading":
            last = block.text
            assert block.heading is None
        elif last is None:
            assert block.heading is None
        else:
            # (a path of many headings is cut at its limit, keeping its start)
            assert block.heading is not None
            assert block.heading.endswith(last) or len(block.heading) == MAX_HEADING_CHARS
