"""coverage: Dutch as applicants write it, negation, compounds, sections, evidence locations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dawcheck.checks.coverage import assess_coverage
from dawcheck.checks.matcher import Matcher
from dawcheck.documents.reader import read_bytes


def _doc(text: str, name: str = "v.md"):
    return read_bytes(text.encode(), name)


def _item(cov, group, item_id):
    return next(i for i in getattr(cov, group) if i.id == item_id)


def _terms(text: str, terms: list[str], false=()):
    m = Matcher([(t, (t,)) for t in terms], false)
    return [(h.term.text, text[h.start : h.end]) for h in m.find(text)]


def test_inflection_accents_and_case():
    assert _terms("Ouders en hun vaardigheden", ["ouder", "vaardigheid"]) == [
        ("ouder", "Ouders"),
        ("vaardigheid", "vaardigheden"),
    ]
    assert _terms("herorientering", ["heroriëntering"]) == [("heroriëntering", "herorientering")]


def test_compounds_both_ways_and_false_compounds():
    found = _terms(
        "kinderopvangmogelijkheden, een taalcoach en buitenschoolse opvang",
        ["kinderopvang", "taal", "opvang"],
    )
    assert ("kinderopvang", "kinderopvangmogelijkheden") in found
    assert ("taal", "taalcoach") in found
    assert _terms("het totaal", ["taal"]) == []
    assert _terms("ouderwetse methodes", ["ouder"], ["ouderwets"]) == []


def test_acronyms_and_proper_names_are_exact():
    assert _terms("de tweede lijn", ["=De Lijn"]) == []
    assert _terms("met De Lijn", ["=De Lijn"]) == [("De Lijn", "De Lijn")]
    assert _terms("cad en CAD", ["CAD"]) == [("CAD", "CAD")]


def test_snowball_collisions_do_not_happen():
    # a stemmer conflates begeleid/beleid and gemeente/meen; lemmas do not
    assert _terms("het beleid van de gemeente", ["begeleiding", "begeleiden"]) == []


def test_negated_mention_does_not_count(addendum):
    text = (
        "# Aanpak\n\nWe begeleiden alleenstaande ouders naar werk en zoeken samen een plaats "
        "in de crèche.\n\nKinderopvang valt buiten dit project. Huisvesting maakt geen deel "
        "uit van ons aanbod.\n"
    )
    cov = assess_coverage(_doc(text), addendum)
    huis = _item(cov, "services", "huisvesting")
    assert huis.status == "missing" and huis.excluded_concepts == ["woning"]
    assert all(e.weight == "excluded" and e.reason == "negation" for e in huis.evidence)
    opvang = _item(cov, "services", "kinderopvang")
    excluded = [e for e in opvang.evidence if e.weight == "excluded"]
    assert excluded and excluded[0].term == "Kinderopvang"


def test_exclusion_referring_back(addendum):
    text = (
        "# Aanpak\n\nOuders met vragen over kinderopvang kunnen terecht bij het loket. "
        "Dat thema valt buiten dit project.\n"
    )
    cov = assess_coverage(_doc(text), addendum)
    assert all(e.weight == "excluded" for e in _item(cov, "services", "kinderopvang").evidence)


def test_real_evidence_with_niet_zonder_buiten_survives(addendum):
    text = (
        "# Doelgroep\n\nMensen zonder werk met een migratieachtergrond die hun kansen niet "
        "meer zien.\n\n# Aanpak\n\nNieuwkomers bouwen contacten op buiten hun eigen "
        "gemeenschap in een praatgroep met een taalbuddy.\n"
    )
    cov = assess_coverage(_doc(text), addendum)
    assert _item(cov, "challenges", 1).status == "covered"
    assert _item(cov, "services", "taalondersteuning").status == "covered"


def test_referral_polarity(addendum):
    text = (
        "# Aanpak\n\nVoor Nederlandse les verwijzen we door naar het CVO. Voor psychische "
        "klachten verwijzen we door naar de eerstelijnspsycholoog.\n"
    )
    cov = assess_coverage(_doc(text), addendum)
    assert {e.reason for e in _item(cov, "services", "taalondersteuning").evidence} == {"referral"}
    psy = _item(cov, "services", "psychisch-welzijn")
    assert psy.status == "covered"


def test_budget_and_partner_sections_are_weak(addendum):
    text = (
        "# Aanpak\n\nWe organiseren een toneelvoorstelling.\n\n# Begroting\n\nRijlessen en "
        "fietsen € 3.000\n\n# Partners\n\nDe Lijn, rijschool\n"
    )
    cov = assess_coverage(_doc(text), addendum)
    mob = _item(cov, "services", "mobiliteit")
    assert mob.status == "weak" and {e.weight for e in mob.evidence} == {"weak"}


def test_a_concept_counts_once(addendum):
    text = "# Aanpak\n\n" + "We werken aan kinderopvang. " * 20
    cov = assess_coverage(_doc(text), addendum)
    opvang = _item(cov, "services", "kinderopvang")
    assert opvang.concepts == ["opvang"] and opvang.status == "weak"


def test_evidence_has_locations_and_snippets(addendum):
    from pathlib import Path

    pdf = Path(__file__).parents[1] / "examples" / "Projectvoorstel_DAW+_Buurtwerk Horizon.pdf"
    cov = assess_coverage(read_bytes(pdf.read_bytes(), pdf.name), addendum)
    taal = _item(cov, "services", "taalondersteuning")
    ev = taal.strongest()
    assert ev.page == 1 and ev.location == "p. 1" and ev.term in ev.snippet
    assert "Taal oefenen" in ev.heading


def test_keyword_traps_are_not_coverage(addendum):
    text = (
        "# Aanpak\n\nWe vernieuwen de zaal met een digitaal ticketsysteem en een digitale "
        "geluidstafel. Het totaal van de werken bedraagt € 80.000.\n"
    )
    cov = assess_coverage(_doc(text), addendum)
    assert _item(cov, "services", "digitale-vaardigheden").status == "missing"
    assert _item(cov, "services", "taalondersteuning").status == "missing"


def test_unreadable_document_is_not_assessed(addendum):
    cov = assess_coverage(read_bytes(b"", "leeg.pdf"), addendum)
    assert cov.assessed is False and cov.challenges == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_crashes_and_evidence_is_inside(addendum, text):
    doc = _doc("# Aanpak\n\n" + text, "x.txt")
    cov = assess_coverage(doc, addendum)
    texts = [b.text for b in doc.blocks]
    for item in (*cov.challenges, *cov.services, *cov.attention):
        for e in item.evidence:
            assert any(e.term in t for t in texts)
            assert e.term in e.snippet.replace("…", "")
