"""Judging hits: negation scope, wishes, call quotes, checklists, organisations, what is lacking."""

from __future__ import annotations

from dawcheck.checks import dutch
from dawcheck.checks.coverage import assess_coverage
from dawcheck.documents.reader import read_bytes


def _cov(text: str, addendum):
    return assess_coverage(read_bytes(text.encode(), "v.md"), addendum)


def _item(cov, group, item_id):
    return next(i for i in getattr(cov, group) if i.id == item_id)


def test_negation_is_scoped_to_its_clause():
    s = "We begeleiden ouders naar kinderopvang, maar huisvesting doen we niet."
    spans = dutch.clauses(s)
    first = s[spans[0][0] : spans[0][1]]
    last = s[spans[-1][0] : spans[-1][1]]
    assert "kinderopvang" in first and not dutch.negates(first, 0, 5)
    assert "huisvesting" in last and dutch.negates(last, 0, len("huisvesting"))


def test_negation_of_the_situation_is_not_an_exclusion():
    assert not dutch.negates("die niet aan werk geraken", 0, 3)
    assert not dutch.negates("ze zien hun kansen niet meer", 0, 2)
    # a negator inside the term itself does not negate it
    clause = "Wie niet komt opdagen"
    assert not dutch.negates(clause, 4, len(clause))
    assert dutch.negates("Verslaving is niet onze focus", 0, 10)
    assert dutch.negates("We bieden geen kinderopvang aan", 15, 27)


def test_wishes_and_later_phases():
    assert dutch.is_wish("Later willen we misschien ook fietslessen geven.")
    assert dutch.is_wish("In een volgende fase komt er een taalcafé.")
    assert not dutch.is_wish("We geven elke week fietsles.")


def test_negated_and_wished_services_are_set_aside_with_a_reason(addendum):
    text = (
        "# Aanpak\n\nWe bieden geen kinderopvang aan. Later willen we misschien ook "
        "rijlessen en fietslessen geven.\n"
    )
    cov = _cov(text, addendum)
    reasons = {e.reason for e in _item(cov, "services", "kinderopvang").evidence}
    assert reasons == {"negation"}
    assert {e.reason for e in _item(cov, "services", "mobiliteit").evidence} == {"wish"}
    assert _item(cov, "services", "mobiliteit").status == "missing"


def test_a_quote_of_the_call_is_not_the_projects_work(addendum):
    question = addendum.challenges[3].questions[0]
    cov = _cov(f"# Bijlage\n\n{question}\n", addendum)
    ch4 = _item(cov, "challenges", 4)
    assert ch4.status == "missing"
    assert ch4.evidence and {e.reason for e in ch4.evidence} == {"call-quote"}


def test_unticked_option_is_excluded_and_ticked_is_only_weak(addendum):
    text = "# Diensten\n\n☐ Kinderopvang en ouders\n\n☒ Mobiliteit op maat, rijbewijs\n"
    cov = _cov(text, addendum)
    assert {e.reason for e in _item(cov, "services", "kinderopvang").evidence} == {"unticked"}
    mob = _item(cov, "services", "mobiliteit")
    assert mob.status == "weak" and {e.reason for e in mob.evidence} == {"ticked"}


def test_organisation_names_are_context_for_services(addendum):
    text = "# Aanpak\n\nWe werken samen met De Lijn en het Huis van het Nederlands.\n"
    cov = _cov(text, addendum)
    for item_id in ("mobiliteit", "taalondersteuning"):
        item = _item(cov, "services", item_id)
        assert item.status != "covered"
        assert {e.reason for e in item.evidence} == {"organisation"}


def test_lacking_says_what_is_missing_and_quotes_the_call(addendum):
    cov = _cov("# Aanpak\n\nWe organiseren wekelijks een praatgroep en taallessen.\n", addendum)
    ch1 = _item(cov, "challenges", 1)
    assert ch1.status == "weak"
    lack = {lk.kind: lk for lk in ch1.lacking}
    assert "target-group" in lack and "anderstaligen" in lack["target-group"].concepts
    assert ch1.call_text == addendum.challenges[0].questions[0]
    covered = _item(cov, "services", "taalondersteuning")
    assert covered.status == "covered" and covered.lacking == [] and covered.call_text == ""


def test_one_concept_delivered_twice_covers_a_service(addendum):
    text = (
        "# Aanpak\n\nElke deelnemer krijgt een maatje. Het maatje gaat mee naar de bakker "
        "en we zoeken samen een maatje voor wie alleen woont.\n"
    )
    cov = _cov(text, addendum)
    assert _item(cov, "services", "sociaal-netwerk").status == "covered"
    once = _cov("# Doelgroep\n\nVeel mensen hebben geen maatje.\n", addendum)
    assert _item(once, "services", "sociaal-netwerk").status != "covered"
