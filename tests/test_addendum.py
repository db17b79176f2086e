"""The addendum models and loader: the packaged DAW+ file, and what invalid files produce."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest

import dawcheck
from conftest import DATA, REPO
from dawcheck.addendum import load_addendum, parse_addendum
from dawcheck.addendum.loader import default_addendum_text
from dawcheck.errors import AddendumError

SERVICE_IDS = [
    "sociale-vaardigheden",
    "psychisch-welzijn",
    "ontwenningszorg-nazorg",
    "sociaal-netwerk",
    "kinderopvang",
    "taalondersteuning",
    "inclusieve-werkkansen",
    "fysieke-medische-ondersteuning",
    "mobiliteit",
    "digitale-vaardigheden",
    "huisvesting",
]
ATTENTION_IDS = [
    "brugfiguur",
    "aanklampend-werken",
    "outreachend-vindplaatsgericht",
    "eerste-tweedelijns-hulpverlening",
    "nazorg",
    "systeemfouten-signaleren",
    "cultuursensitief",
]
REPO_FILE = REPO / "data" / "addendum.yaml"


def test_packaged_addendum_has_the_whole_call(addendum):
    assert addendum.programme == "Capacity Building Lokale Partnerschappen"
    assert addendum.region.name == "DAW+"
    assert addendum.region.municipalities == ["Dilbeek", "Asse", "Wemmel", "Opwijk", "Merchtem"]
    assert {"DAW+", "DAW plus", "DAWplus", "DAW"} <= set(addendum.region.filename_spellings)
    assert addendum.submission.intake_email == "katrien.meersseman@haviland.be"
    assert [c.id for c in addendum.challenges] == [1, 2, 3, 4]
    assert [c.personas for c in addendum.challenges] == [
        ["Nassim"],
        ["Marc", "Mieke"],
        ["Sabine", "Marc"],
        ["Marc"],
    ]
    assert all(c.questions[0].startswith("Hoe") for c in addendum.challenges)
    assert [s.id for s in addendum.services] == SERVICE_IDS
    assert [a.id for a in addendum.attention] == ATTENTION_IDS
    milestones = {m.id: m for m in addendum.timeline}
    assert milestones["lancering"].date == dt.date(2023, 6, 23)
    assert milestones["beoordeling"].end == dt.date(2023, 9, 15)
    assert milestones["pitches-jury"].dates == [
        dt.date(2023, 9, 20),
        dt.date(2023, 9, 22),
        dt.date(2023, 9, 25),
    ]
    assert milestones["wederwoord"].date == dt.date(2023, 10, 20)
    assert {c.email for c in addendum.contacts} >= {"silke.vanesch@vdab.be", "jo.discart@vdab.be"}


def test_applicants_synonyms_are_in_the_data(addendum):
    terms = {
        t.lstrip("=")
        for group in (addendum.challenges, addendum.services, addendum.attention)
        for item in group
        for c in item.concepts
        for t in c.terms
    }
    assert {"NT2", "praatgroep", "crèche", "De Lijn", "CAD", "CGG", "jobcoach"} <= terms


def test_deadline_semantics_to_the_millisecond(addendum):
    sub = addendum.submission
    brussels = sub.zone
    assert sub.deadline_at == dt.datetime(2023, 9, 1, 23, 59, tzinfo=brussels)
    assert sub.deadline_at.utcoffset() == dt.timedelta(hours=2)
    last_ok = dt.datetime(2023, 9, 1, 23, 59, 59, 999000, tzinfo=brussels)
    first_late = dt.datetime(2023, 9, 2, 0, 0, 0, tzinfo=brussels)
    assert last_ok < sub.closes_at <= first_late


def test_loader_works_from_the_installed_package():
    """The wheel ships data/addendum.yaml (force-include); an editable install reads the repo."""
    resource = resources.files("dawcheck").joinpath("data/addendum.yaml")
    installed = not Path(dawcheck.__file__).resolve().is_relative_to(REPO / "src")
    if installed:
        assert resource.is_file(), "addendum.yaml missing from the installed package"
        if REPO_FILE.is_file():
            assert default_addendum_text() == REPO_FILE.read_text("utf-8"), "packaged copy drifted"
    assert load_addendum().id == "daw-plus-2023"


def test_another_addendum_works_without_code_changes():
    demo = load_addendum(DATA / "addendum-demo.yaml")
    assert demo.region.name == "Kempen Noord"
    # deadline 'exact' plus a 10-minute grace period
    closes = demo.submission.closes_at
    assert closes.isoformat() == "2025-03-31T17:10:00+02:00"


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = REPO_FILE.read_text("utf-8")
    assert old in text
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(old, new, 1), "utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_unknown_key_names_file_line_and_field(tmp_path):
    path = _broken(tmp_path, "  channel: e-mail", "  chanel: e-mail")
    with pytest.raises(AddendumError) as e:
        load_addendum(path)
    assert f"{path}:{_line_of(path, 'chanel')}: submission.chanel: unknown key" in str(e.value)


def test_duplicate_id_is_rejected(tmp_path):
    path = _broken(tmp_path, "  - id: huisvesting", "  - id: mobiliteit")
    with pytest.raises(AddendumError) as e:
        load_addendum(path)
    lines = [i for i, t in enumerate(path.read_text().splitlines(), 1) if t == "  - id: mobiliteit"]
    assert (
        f"{path}:{lines[1]}: services.10.id: duplicate id 'mobiliteit' (first at line "
        f"{lines[0]})" in str(e.value)
    )


def test_bad_date_names_line_and_field(tmp_path):
    path = _broken(tmp_path, 'deadline: "2023-09-01T23:59"', 'deadline: "2023-09-31T23:59"')
    with pytest.raises(AddendumError) as e:
        load_addendum(path)
    assert f"{path}:{_line_of(path, '2023-09-31')}: submission.deadline:" in str(e.value)


def test_timeline_out_of_order_is_rejected(tmp_path):
    path = _broken(tmp_path, "date: 2023-10-20", "date: 2023-06-01")
    with pytest.raises(AddendumError, match="timeline out of order"):
        load_addendum(path)


def test_deadline_in_dst_gap_is_rejected():
    text = (DATA / "addendum-demo.yaml").read_text().replace("2025-03-31T17:00", "2025-03-30T02:30")
    with pytest.raises(AddendumError, match="does not exist in Europe/Brussels"):
        parse_addendum(text, "x.yaml")


def test_concept_without_terms_is_rejected():
    text = (DATA / "addendum-demo.yaml").read_text().replace("[jongerencoach, coach]", "[]")
    with pytest.raises(AddendumError, match=r"x.yaml:\d+: services.0.concepts.0.terms"):
        parse_addendum(text, "x.yaml")


def test_python_tags_are_refused_not_executed(tmp_path):
    marker = tmp_path / "pwned"
    text = f"!!python/object/apply:os.system ['touch {marker}']\n"
    with pytest.raises(AddendumError, match="not valid YAML"):
        parse_addendum(text, "evil.yaml")
    assert not marker.exists()


def test_duplicate_yaml_key_is_rejected():
    text = (DATA / "addendum-demo.yaml").read_text().replace("version:", "id: again\nversion:")
    with pytest.raises(AddendumError, match="duplicate key 'id'"):
        parse_addendum(text, "x.yaml")


def test_not_yaml_and_missing_file(tmp_path):
    with pytest.raises(AddendumError, match=r"x.yaml:\d+: not valid YAML"):
        parse_addendum("a: [1, 2\nb: {", "x.yaml")
    with pytest.raises(AddendumError, match="not found"):
        load_addendum(tmp_path / "nope.yaml")


def test_a_sufficient_concept_must_be_one_of_the_items_concepts(tmp_path):
    path = _broken(
        tmp_path,
        "sufficient_concepts: [netwerk, vertrouwensfiguur, meegaan]",
        "sufficient_concepts: [netwerk, vertrouwensfigur, meegaan]",
    )
    with pytest.raises(AddendumError) as e:
        load_addendum(path)
    assert "vertrouwensfigur" in str(e.value)


def test_other_senses_settle_only_contested_or_ambiguous_terms(tmp_path):
    """`other_senses` name the words of a contested term's other sense; without contested or
    ambiguous terms they settle nothing, and the loader says so. A contested term must be
    one of the concept's terms."""
    contested = (
        '        ambiguous: ["vaste vrijwilliger", "vaste vrijwilligster", "vaste bezoeker", '
        '"vaste buddy"]\n'
        '        senses: [krijgt, krijgen, langskomt, "langs komt", "wie dat wil", '
        '"die dat wil"]\n'
        "        # a meter or peter at work (a colleague on the work floor, in a placement, in "
        "the\n"
        "        # team's productions) guides the job; it is no trust figure of a social "
        "network\n"
        '        contested: ["meter of peter", "peter of meter", "meters en peters", '
        '"peters en meters",\n                    peterschap,\n'
        '                    # so does a buddy there ("Elke nieuwe medewerker krijgt een ervaren '
        "collega\n"
        '                    # als buddy"), through the paragraph ("De buddy werkt in dezelfde '
        'diensten")\n'
        "                    buddy, buddywerking]\n"
    )
    with pytest.raises(AddendumError, match="other_senses"):
        load_addendum(_broken(tmp_path, contested, ""))
    with pytest.raises(AddendumError, match="peterschappen"):
        load_addendum(
            _broken(tmp_path, contested, contested.replace("peterschap,", "peterschappen,"))
        )
