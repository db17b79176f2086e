"""Lemma tables: built once per machine from simplemma, and on a first run built in a child
process so the parent (and every worker it forks) does not keep simplemma's dictionary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import simplemma

from dawcheck.checks import lemmas

DEMO = Path(__file__).parent / "data" / "addendum-demo.yaml"

# (an addendum of its own: the packaged one's tables ship with the package, test_lemma_bundle.py)
_FIRST_RUN = """
import gc, json, sys
from pathlib import Path
from dawcheck.addendum.loader import load_addendum
from dawcheck.checks import lemmas
from dawcheck.checks.coverage import Judge
Judge(load_addendum(Path(sys.argv[1]))).warm_up()
gc.collect()
rss = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmRSS'))
print(json.dumps({'rss_kb': rss, 'loaded': lemmas._dictionaries.cache_info().currsize}))
"""


def test_a_table_holds_the_forms_simplemma_gives_and_only_wanted_lemmas():
    words, table = lemmas.load_table(["begeleiding", "huisarts", "jongere"])
    assert words["huisarts"] == simplemma.lemmatize("huisarts", lang="nl")
    # every form in the table has a wanted lemma, and simplemma agrees on it
    wanted = {"begeleiding", "huisarts", "jongere", *words.values()}  # "jongere" -> "jong"
    assert table.forms and set(table.forms.values()) <= wanted
    for form, lemma in list(table.forms.items())[:50]:
        assert simplemma.lemmatize(form, lang="nl").lower() == lemma
    assert table.lemma("huisartsen") == "huisarts"
    assert table.lemma("wijkhuisartsen") == "wijkhuisarts"  # a compound takes its tail's lemma
    assert table.lemma("fiets") == "fiets"  # not wanted: its own lemma


def test_tables_from_the_inverted_dictionary_equal_a_walk_over_every_form():
    words = sorted(["ouder", "taal", "werk", "psychisch", "nazorg", "opleiding"])
    _lemmas, forms = lemmas._build(words)
    wanted = {lemmas.fold(w) for w in words} | {lemmas.fold(v) for v in _lemmas.values()}
    dictionary = lemmas._dictionaries().get_dictionary("nl")
    walked = {
        str(form): str(lemma).lower()
        for form, lemma in dictionary.items()
        if lemmas.fold(str(lemma)) in wanted
        and str(form).islower()
        and str(form) not in lemmas._ORDINALS
    }
    assert forms == walked
    lemmas.release_dictionary()
    assert lemmas._dictionaries.cache_info().currsize == 0


def test_an_ordinal_is_its_own_word_not_its_cardinals_form():
    """ "tussen twee generaties" (carers between their children and their parents) is no
    "tweede generatie" (migrants' children); simplemma gives "tweede" the lemma "twee"."""
    assert simplemma.lemmatize("tweede", lang="nl") == "twee"
    words, table = lemmas.load_table(["twee", "tweede generatie", "vieren"])
    assert table.lemma("tweede") != table.lemma("twee")
    assert table.lemma("vierde") != table.lemma("vieren")
    assert lemmas.simplemma_lemma("derde") == "derde"


def test_a_first_run_leaves_the_dictionary_out_of_the_parent(tmp_path):
    env = {"DAWCHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}
    runs = []
    for _ in range(2):  # first run: empty cache; second: the tables are read
        out = subprocess.run(
            [sys.executable, "-c", _FIRST_RUN, str(DEMO)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs.append(json.loads(out.stdout))
    assert list((tmp_path / "cache" / "lemmas").glob("ready-*"))
    # (the tables it shares with the packaged addendum come from the package's bundle)
    assert list((tmp_path / "cache" / "lemmas").glob("nl-*.json"))
    assert [r["loaded"] for r in runs] == [0, 0]
    # the first run's parent is as small as a run that only read the tables (simplemma's
    # dictionary alone is over 100 MB)
    assert runs[0]["rss_kb"] < runs[1]["rss_kb"] + 40_000, runs


def test_a_short_inflected_form_is_no_compounds_tail():
    from dawcheck.checks.lemmas import LemmaTable

    table = LemmaTable(
        {"ken": "kennen", "kent": "kennen", "gekend": "kennen", "les": "les", "coaches": "coach"}
    )
    # "ken" (kennen) would make "zoeken" a compound of it
    assert table.lemma("zoeken") == "zoeken"
    assert table.lemma("afspraken") == "afspraken"
    # a base form, or a longer inflected form, still ends a compound
    assert table.lemma("taalles") == "taalles"
    assert table.lemma("taalcoaches") == "taalcoach"


def test_the_dictionary_decoded_in_bulk_gives_the_pairs_of_its_mapping_in_order():
    dictionary = lemmas._dictionaries().get_dictionary("nl")
    bulk = lemmas._pairs(dictionary)
    assert list(bulk) == list(dictionary.items())
    lemmas.release_dictionary()


def test_a_dictionary_whose_entries_hold_a_line_break_is_read_pair_by_pair():
    class Wrapped(dict[str, str]):
        def __init__(self, raw: dict[bytes, bytes]) -> None:
            super().__init__({k.decode(): v.decode() for k, v in raw.items()})
            self._dict = raw

    raw = {"één".encode(): b"een", b"a\nb": b"ab", b"huizen": b"huis"}
    assert list(lemmas._pairs(Wrapped(raw))) == [("één", "een"), ("a\nb", "ab"), ("huizen", "huis")]
    plain = {b"huizen": b"huis", b"Huis": b"huis"}  # no inner dict: bytes decoded one by one
    assert list(lemmas._pairs(plain)) == [("huizen", "huis"), ("Huis", "huis")]
    assert lemmas._invert(plain) == {"huis": [("huizen", "huis")]}  # upper case forms left out
