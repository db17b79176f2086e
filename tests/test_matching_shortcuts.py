"""The shortcuts term matching takes for speed find exactly what the plain search finds."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from dawcheck.addendum import Addendum
from dawcheck.checks import dutch
from dawcheck.checks.coverage import _compiled
from dawcheck.checks.matcher import WORD, Matcher, _words
from dawcheck.checks.split_terms import _SENTENCE_BREAK, Part, SplitMatcher, _first_free

VOCABULARY = ["aan", "klampen", "mee", "gaan", "de", "op", "te", "bouwen", "werk", "taal"]
words = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14)


def _where(keys: list[str], surfaces: list[str]) -> dict[str, list[int]]:
    where: dict[str, list[int]] = {}
    for i, (key, surface) in enumerate(zip(keys, surfaces, strict=False)):
        where.setdefault(key, []).append(i)
        if surface != key:
            where.setdefault(surface, []).append(i)
    return where


@given(
    keys=words,
    surfaces=words,
    part_keys=st.frozensets(st.sampled_from(VOCABULARY), min_size=1, max_size=3),
    taken=st.lists(st.integers(0, 13), max_size=4),
)
def test_a_part_without_particle_is_looked_up_where_the_scan_finds_it(
    keys: list[str], surfaces: list[str], part_keys: frozenset[str], taken: list[int]
) -> None:
    n = min(len(keys), len(surfaces))
    keys, surfaces = keys[:n], surfaces[:n]
    part = Part(part_keys)
    scanned = SplitMatcher._find_part(part, keys, surfaces, 0, n, taken)
    assert _first_free(part_keys, _where(keys, surfaces), taken) == scanned


def _sentences_by_the_text_between_words(text: str) -> list[tuple[int, int]]:
    """Word index ranges of sentences, by searching the text between every two words."""
    words = _words(text)
    out, start = [], 0
    for i in range(1, len(words)):
        if _SENTENCE_BREAK.search(text[words[i - 1][2] : words[i][1]]):
            out.append((start, i))
            start = i
    return out + [(start, len(words))] if words else []


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["ab", "c", " ", ".", "!", ":", "\n", "_", "•", ",", "é", "1"])))
def test_sentence_breaks_found_in_the_whole_text_are_those_between_its_words(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    assert SplitMatcher._sentences(_words(text), text) == _sentences_by_the_text_between_words(text)


def test_split_terms_are_found_with_and_without_the_callers_anchors() -> None:
    """A separable verb and a phrase, found in the same places whether the matcher looks the
    anchors up itself or is handed them per word."""
    verb = object()
    phrase = object()
    matcher = SplitMatcher(
        [(verb, ["aanklampen"]), (phrase, ["taal", "werk"])], lambda w: (w.lower(),)
    )
    text = "We klampen ze aan. Op het werk leren ze taal. Werk zoeken we samen."
    words = _words(text)
    keys = [w.lower() for w, _s, _e in words]
    plain = list(matcher.find(keys, keys, words, text))
    anchored = [matcher.anchors(k, k) for k in keys]
    assert list(matcher.find(keys, keys, words, text, anchored)) == plain
    found = {(term, text[a:b]) for term, a, b in plain}
    assert (verb, "klampen ze aan") in found
    assert (phrase, "werk leren ze taal") in found


def _together_by_trying_every_term(matcher: Matcher, text: str) -> list[tuple[str, int, int]]:
    """Terms with their words together, found by trying every term that starts at a word."""
    words = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(text)]
    infos = [matcher._info(w) for w, _, _ in words]
    out = []
    for i, info in enumerate(infos):
        _key, _surface, singles, starts, exact = info[:5]
        for term in exact:
            n = len(term.parts)
            if tuple(w for w, _, _ in words[i : i + n]) == term.parts:
                out.append((term.text, words[i][1], words[i + n - 1][2]))
        out.extend((term.text, words[i][1], words[i][2]) for term in singles)
        for term in starts:
            rest = matcher._rest_keys[term]
            n = len(rest) + 1
            if i + n <= len(words) and all(
                infos[i + j][0] in rest[j - 1] or infos[i + j][1] in rest[j - 1]
                for j in range(1, n)
            ):
                out.append((term.text, words[i][1], words[i + n - 1][2]))
    return out


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_multi_word_terms_are_tried_only_where_their_second_word_follows(
    addendum: Addendum, data: st.DataObject
) -> None:
    matcher = _compiled(addendum).terms
    phrases = sorted({term.text for term in matcher._rest_keys})
    fillers = ["de", "en", "we", "zoeken", "mensen", "werk", "ouders"]
    # whole multi-word terms, terms with one word changed, and words in between
    chunk = st.one_of(
        st.sampled_from(phrases),
        st.tuples(st.sampled_from(phrases), st.sampled_from(fillers)).map(
            lambda pf: " ".join(pf[0].split()[:-1] + [pf[1]])
        ),
        st.sampled_from(fillers),
    )
    text = " ".join(data.draw(st.lists(chunk, min_size=1, max_size=6)))
    together = [
        (h.term.text, h.start, h.end) for h in matcher._find_together(*_words_infos(matcher, text))
    ]
    assert together == _together_by_trying_every_term(matcher, text)


def _words_infos(matcher: Matcher, text: str) -> tuple[Any, list[Any]]:
    words = _words(text)
    return words, [matcher._info(w) for w, _, _ in words]


# Words of the negation patterns other than those a negation needs, and a few plain ones.
CLAUSE_WORDS = [
    "we", "wij", "zelf", "doen", "bieden", "is", "wordt", "voorzien", "valt", "hoort", "deel",
    "van", "aan", "bod", "in", "dit", "project", "die", "wie", "te", "ons", "onze", "werk",
    "doelgroep", "taak", "stoppen", "mensen", "begeleiden", "komt", ",", "en",
]  # fmt: skip


@settings(max_examples=300)
@given(
    words=st.lists(st.sampled_from(CLAUSE_WORDS), min_size=1, max_size=14),
    hit=st.tuples(st.integers(0, 13), st.integers(0, 3)),
)
def test_a_clause_without_a_word_negation_needs_negates_no_hit(
    words: list[str], hit: tuple[int, int]
) -> None:
    clause = " ".join(words)
    assert not dutch.may_negate(clause)
    spans = [(s, e) for _w, s, e in _words(clause)] or [(0, 0)]
    first = spans[min(hit[0], len(spans) - 1)]
    last = spans[min(hit[0] + hit[1], len(spans) - 1)]
    for start, end in ((first[0], last[1]), (len(clause), len(clause)), (0, 0)):
        assert not dutch._negates(clause, start, end)


def _first_letters(items: list[Any]) -> set[str] | None:
    """The characters a parsed pattern's match can start with; None when it could start with
    anything or be empty (then no lookahead may lead it)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT):  # zero width: \b, ^, a lookahead
            continue
        if op == c.LITERAL:
            return {chr(av)}
        if op == c.IN:
            for o, a in av:
                if o == c.LITERAL:
                    out.add(chr(a))
                elif o == c.RANGE:
                    out.update(chr(x) for x in range(a[0], a[1] + 1))
                else:
                    return None
            return out
        if op == c.SUBPATTERN:
            return _first_letters(list(av[3]))
        if op == c.BRANCH:
            for alternative in av[1]:
                first = _first_letters(list(alternative))
                if first is None:
                    return None
                out |= first
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] > 0:
            return _first_letters(list(av[2]))
        return None
    return None


def test_the_letters_leading_a_pattern_are_every_letter_its_matches_can_start_with() -> None:
    from re import _parser as parser  # type: ignore[attr-defined]

    led = {
        name: pattern
        for name, pattern in vars(dutch).items()
        if isinstance(pattern, re.Pattern)
        and re.match(r"\(\?=\[[a-z]+\]\)", pattern.pattern)  # led by letters
    }
    assert len(led) >= 10
    for name, pattern in led.items():
        letters, rest = pattern.pattern[len("(?=[") :].split("])", 1)
        first = _first_letters(list(parser.parse(rest, pattern.flags)))
        assert first is not None, name
        assert {ch.lower() for ch in first} <= set(letters), name
        assert pattern.flags & re.IGNORECASE, name
