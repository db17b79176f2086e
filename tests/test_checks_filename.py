"""region-in-filename and filename-safety."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from dawcheck.checks.filename_safety import check_filename_safety
from dawcheck.checks.region import check_region_in_filename
from dawcheck.documents.reader import read_bytes
from dawcheck.messages import finding_text
from helpers import make_pdf


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("Projectvoorstel_DAW+_Org.pdf", "DAW+"),
        ("voorstel daw plus.docx", "DAW plus"),
        ("DAW-Org.pdf", "DAW"),
        ("DAW_.pdf", "DAW"),
        ("Projectvoorstel_DAW%2B_Org.pdf", "DAW+"),
        ("DAW%2BOrg.pdf", "DAW+"),
        ("DAW+Org.pdf", "DAW+"),
        ("daw+.pdf", "DAW+"),
        ("Voorstel-DAWplus-2023.odt", "DAW plus"),
        ("Projectvoorstel_DAW_Trajectgezellen.pdf", "DAW"),
    ],
)
def test_accepted_spellings_pass_and_say_which(addendum, name, spelling):
    result = check_region_in_filename(name, addendum)
    assert result.status == "pass", name
    assert result.evidence.matched == spelling


@pytest.mark.parametrize(
    "name",
    [
        "dawn.pdf",
        "Dawson voorstel.pdf",
        "xDAW.pdf",
        "DAWOrg.pdf",
        "kandidatuur_definitief.pdf",
        "klasse.pdf",
        "massen.docx",
    ],
)
def test_no_false_pass_inside_words(addendum, name):
    assert check_region_in_filename(name, addendum).status == "fail"


def test_municipalities_only_warn_and_suggest_a_name(addendum):
    result = check_region_in_filename("Voorstel Asse-Opwijk - Nieuwe Start.pdf", addendum)
    assert result.status == "warn"
    assert result.evidence.municipalities == ["Asse", "Opwijk"]
    suggestion = result.evidence.suggestion
    assert suggestion == "Voorstel Asse-Opwijk - Nieuwe Start_DAW+.pdf"
    assert check_region_in_filename(suggestion, addendum).status == "pass"


def test_fail_suggests_a_name_keeping_stem_and_extension(addendum):
    result = check_region_in_filename("kandidatuur_definitief.pdf", addendum)
    assert result.evidence.suggestion == "kandidatuur_definitief_DAW+.pdf"


def test_english_messages(addendum):
    finding = check_region_in_filename("DAW.pdf", addendum)
    assert "states the region" in finding_text(finding, "en")
    assert "vermeldt het werkingsgebied" in finding_text(finding, "nl")


def test_another_addendum_has_its_own_spellings():
    from conftest import DATA
    from dawcheck.addendum import load_addendum

    demo = load_addendum(DATA / "addendum-demo.yaml")
    assert check_region_in_filename("voorstel_KempenNoord.pdf", demo).status == "pass"
    assert check_region_in_filename("voorstel_DAW+.pdf", demo).status == "fail"
    assert check_region_in_filename("voorstel Geel.pdf", demo).status == "warn"


@given(st.text(max_size=120))
@example("0.")  # once suggested "0._DAW+", whose "._DAW+" reads as the extension
@example("voorstel\x07<1>.pdf")
def test_any_name_gets_an_answer_a_person_can_act_on(addendum, name):
    region = check_region_in_filename(name, addendum)
    if region.status == "pass":
        assert region.evidence.matched in addendum.region.filename_spellings
    else:  # the suggested name really states the region
        assert check_region_in_filename(region.evidence.suggestion, addendum).status == "pass"
    safety = check_filename_safety(name, None)
    if any(ch in '<>:"/\\|?*' or unicodedata.category(ch) == "Cc" for ch in name):
        assert safety.status == "warn"
    # hidden characters of the name are shown as <U+XXXX>, never printed raw
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in safety.message)


SEPARATORS = st.sampled_from([" ", "_", "-", ".", " - ", "(", ")"])
WORDS = st.text(
    alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=12
)


@given(
    WORDS,
    SEPARATORS,
    st.sampled_from(["DAW+", "DAW plus", "DAWplus", "DAW", "daw", "Daw+"]),
    SEPARATORS,
    WORDS,
    st.sampled_from([".pdf", ".docx", ".odt"]),
)
def test_spelling_as_separate_token_always_passes(addendum, left, sep1, spelling, sep2, right, ext):
    name = f"{left}{sep1}{spelling}{sep2}{right}{ext}"
    assert check_region_in_filename(name, addendum).status == "pass", name


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz _-", max_size=30))
def test_adding_dawn_never_passes(addendum, rest):
    name = f"{rest} dawn {rest}.pdf".replace("daw ", "x ").replace("daw_", "x_")
    if check_region_in_filename(rest + ".pdf", addendum).status != "pass":
        assert check_region_in_filename(name, addendum).status != "pass", name


@pytest.mark.parametrize(
    ("name", "code", "fragment"),
    [
        ("voorstel.docx.pdf", "double-extension", "dubbele extensie"),
        ("voorstel\u202efdp.exe", "bidi", "richtingsteken"),
        ("voor\x07stel.pdf", "hidden-characters", "controletekens"),
        ("voor:stel?.pdf", "windows-forbidden", "Windows"),
        ("a" * 300 + ".pdf", "too-long", "zeer lange naam (304 tekens)"),
        ("CON.pdf", "windows-reserved", "gereserveerde naam"),
    ],
)
def test_filename_safety_warnings(name, code, fragment):
    result = check_filename_safety(name, None)
    assert result.status == "warn"
    assert [p.code for p in result.evidence.problems] == [code]
    assert fragment in finding_text(result, "nl")


def test_filename_safety_flags_mislabelled_content():
    doc = read_bytes(
        make_pdf(["Kinderopvang en taal voor ouders in Asse en Wemmel. " * 5]), "voorstel.docx"
    )
    result = check_filename_safety("voorstel.docx", doc)
    assert result.status == "warn"
    assert "klopt niet met de inhoud (.docx -> pdf)" in finding_text(result, "nl")
    assert check_filename_safety("Projectvoorstel_DAW+.pdf", None).status == "pass"
