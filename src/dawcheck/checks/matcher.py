"""Find the addendum's terms in Dutch text, as applicants write them, in one pass.

Each word is reduced once to a key (simplemma lemma, lower case, accents folded); terms are
compiled into a dictionary of keys plus two anchored regular expressions for compounds, so the
cost is one lookup per distinct word, not one search per term. A word can match a term:
  - exactly (ouders ~ ouder, vaardigheden ~ vaardigheid, heroriëntering ~ herorientering);
  - as the first or last part of a compound (kinderopvang|mogelijkheden, taal|coach,
    kinder|opvang), when the rest is at least 3 letters and the word is not a known false
    compound (totaal, ouderwets);
  - for terms written "=X" or in capitals (CAD, NT2, "=De Lijn"): only case-sensitively and whole;
  - for terms ending in "*": every word that starts with the term.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from dawcheck.checks.split_terms import SplitMatcher, needs_split_matching, separable
from dawcheck.documents.normalize import fold

WORD = re.compile(r"[^\W_]+", re.UNICODE)
MIN_COMPOUND_PART = 3
MIN_COMPOUND_TERM = 4
MIN_PLURAL_WORD = 5  # shorter words are not stripped of a plural ending ("bus", "les")


_ARTICLES = frozenset({"de", "het", "een", "'t"})


def without_articles(term: str) -> str | None:
    """A phrase term without its articles ("waar de mensen zijn" -> "waar mensen zijn"), for
    bullets and notes that leave them out; None when the term has none to leave out (or is
    exact, a prefix, or would keep fewer than two words)."""
    if _is_exact(term) or term.endswith("*"):
        return None
    words = term.split()
    kept = [w for i, w in enumerate(words) if i == 0 or w.lower() not in _ARTICLES]
    return " ".join(kept) if len(kept) < len(words) and len(kept) >= 2 else None


def plural_stems(word: str) -> list[str]:
    """Singulars a Dutch plural may have, most likely first: -s (tafels, cafés), -es
    (coaches), -en (groepen), -en after a doubled consonant (lessen -> les), -eren
    (kinderen -> kind), -en after a long vowel spelt once (brugfiguren -> brugfiguur)."""
    out: list[str] = []
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
        if word.endswith("es"):
            out.append(word[:-2])
    if word.endswith("en") and len(word) > 4:
        stem = word[:-2]
        out.append(stem)
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            out.append(stem[:-1])
        if stem.endswith("er"):
            out.append(stem[:-2])
        # an open syllable spells a long vowel once: figuren -> figuur, straten -> straat
        # ("e" and "i" are left out: wegen is weg, and ie is spelt otherwise)
        if (
            len(stem) > 3
            and stem[-1] not in "aeiouy"
            and stem[-2] in "aou"
            and (stem[-3] not in "aeiouy")
        ):
            out.append(stem[:-1] + stem[-2] + stem[-1])
    return out


@functools.lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """The lemma of a Dutch word, folded; falls back to the folded word."""
    from dawcheck.checks.lemmas import simplemma_lemma

    return fold(simplemma_lemma(word.lower()))


@dataclass(frozen=True, eq=False)  # identity hash: terms are unique, hashed per match
class Term:
    """One way to say a concept; `ref` says whose concept it is."""

    text: str
    ref: tuple[Any, ...]  # (group, item_id, concept_id)
    exact: bool
    prefix: bool
    parts: tuple[str, ...]  # keys (or surface words when exact)


class Hit(NamedTuple):
    """A term found in a text (a named tuple: made for every hit, so cheaply)."""

    term: Term
    start: int  # character offsets in the text searched
    end: int


def _is_exact(term: str) -> bool:
    if term.startswith("="):
        return True
    letters = [c for c in term if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(term) <= 8


# Endings a lemmatizer strips that change the sense of a term word: "ouder" (parent) is not
# the comparative of "oud", so such a lemma is not used as a second key for the term.
# Diminutives too: "maatje" (a buddy) is not "maat" (size: "werk op maat").
_SENSE_CHANGING_ENDINGS = {"er", "e", "ere", "st", "ste", "je", "jes", "tje", "tjes", "pje", "pjes"}


def term_keys(word: str, lemma_of: dict[str, str] | None = None) -> tuple[str, ...]:
    """The keys under which a term word is indexed: its folded form, and its lemma if safe."""
    surface = fold(word)
    lemma = (
        fold(lemma_of[word.lower()]) if lemma_of and word.lower() in lemma_of else word_key(word)
    )
    if lemma == surface or (
        surface.startswith(lemma) and surface[len(lemma) :] in _SENSE_CHANGING_ENDINGS
    ):
        return (surface,)
    return (surface, lemma)


def compile_term(text: str, ref: tuple[Any, ...]) -> Term:
    exact = _is_exact(text)
    prefix = text.endswith("*")
    body = text.lstrip("=").rstrip("*").strip()
    words = WORD.findall(body)
    if exact:
        parts = tuple(words)
    elif prefix:
        parts = tuple(fold(w) for w in words)
    else:
        parts = tuple(fold(w) for w in words)
    return Term(text=body, ref=ref, exact=exact, prefix=prefix, parts=parts)


FOUND_CACHE = 2048  # texts whose hits are remembered (bounded: workers live long)


class Matcher:
    """All terms of an addendum, compiled once."""

    def __init__(
        self, terms: Iterable[tuple[str, tuple[Any, ...]]], false_compounds: Iterable[str] = ()
    ):
        from dawcheck.checks.lemmas import LemmaTable, load_table

        terms = list(terms)
        # telegraphic writing drops the articles ("zoeken waar mensen zijn", "na start job")
        terms += [(bare, ref) for text, ref in terms if (bare := without_articles(text))]
        words = [
            w
            for text, _ref in terms
            if not _is_exact(text)
            for w in WORD.findall(text.lstrip("=").rstrip("*"))
        ]
        false_compounds = list(false_compounds)
        words += [w for fc in false_compounds for w in WORD.findall(fc)]
        # the verbs of separable verbs, for their forms in a split sentence ("klampen ... aan")
        words += [sep[1] for w in words if (sep := separable(w)) is not None]
        # lemmas of the term words, and of document words that can be forms of them (cached)
        lemma_of, self._lemmas = load_table(words) if words else ({}, LemmaTable({}))
        self._exact: dict[str, list[Term]] = {}  # surface word -> exact terms starting with it
        self._keyed: dict[str, list[Term]] = {}  # key -> terms starting with that key
        self._single_keys: dict[str, list[Term]] = {}  # single-word compound-capable terms
        self._prefixes: dict[str, list[Term]] = {}
        self._rest_keys: dict[Term, tuple[frozenset[str], ...]] = {}
        self._cache: dict[str, tuple[Any, ...]] = {}
        self._found: dict[str, tuple[Hit, ...]] = {}
        self._false = {fold(w) for w in false_compounds}
        split_terms: list[tuple[Term, list[str]]] = []
        for text, ref in terms:
            term = compile_term(text, ref)
            if not term.parts:
                continue
            if not term.exact and not term.prefix:
                term_words = WORD.findall(term.text)
                if needs_split_matching(term_words):
                    split_terms.append((term, term_words))
            if term.exact:
                self._exact.setdefault(term.parts[0], []).append(term)
            elif term.prefix and len(term.parts) == 1:
                self._prefixes.setdefault(term.parts[0], []).append(term)
            else:
                first_word = WORD.findall(term.text)[0]
                for key in term_keys(first_word, lemma_of):
                    if len(term.parts) == 1:
                        self._single_keys.setdefault(key, []).append(term)
                    else:
                        self._keyed.setdefault(key, []).append(term)
                if len(term.parts) > 1:
                    self._rest_keys[term] = tuple(
                        frozenset(term_keys(w, lemma_of)) for w in WORD.findall(term.text)[1:]
                    )
        keys = sorted(
            (k for k in self._single_keys if len(k) >= MIN_COMPOUND_TERM), key=len, reverse=True
        )
        self._head_re = _alternation(keys, lambda k: k)
        self._tail_re = _alternation(keys, lambda k: k[::-1])
        self._prefix_re = _alternation(sorted(self._prefixes, key=len, reverse=True), lambda k: k)
        self._split = (
            SplitMatcher(split_terms, lambda w: term_keys(w, lemma_of)) if split_terms else None
        )
        # every key a term word is indexed under: what a plural's stem must be to count
        self._known = (
            set(self._single_keys)
            | set(self._keyed)
            | {k for rest in self._rest_keys.values() for keys in rest for k in keys}
        )

    def _plural_stem(self, surface: str) -> str | None:
        """The singular of a plural the lemmatizer does not know, when that singular is a term
        word or a compound ending in one ("conversatietafels", "taalcoaches", "jobcoaches",
        "lotgenotengroepen"): compounds are made freely in Dutch and no dictionary lists them
        all. Only consulted for words that match nothing as they stand."""
        for stem in plural_stems(surface):
            if stem in self._known:
                return stem
            m = self._tail_re.match(stem[::-1]) if self._tail_re else None
            if m and len(stem) - m.end() >= MIN_COMPOUND_PART:
                return stem
        return None

    def _word_terms(self, word: str, key: str, surface: str) -> tuple[Term, ...]:
        """Single-word terms that this word matches as a whole or as a compound part."""
        found: list[Term] = []
        if surface in self._false or key in self._false:
            return ()
        for k in {key, surface}:
            found.extend(self._single_keys.get(k, ()))
        if not found:
            for candidate in {key, surface}:
                m = self._head_re.match(candidate) if self._head_re else None
                if m and len(candidate) - m.end() >= MIN_COMPOUND_PART:
                    found.extend(self._single_keys[m.group(0)])
                m = self._tail_re.match(candidate[::-1]) if self._tail_re else None
                if m and len(candidate) - m.end() >= MIN_COMPOUND_PART:
                    found.extend(self._single_keys[m.group(0)[::-1]])
        if self._prefix_re is not None:
            m = self._prefix_re.match(surface)
            if m:
                found.extend(self._prefixes[m.group(0)])
        return tuple(dict.fromkeys(found))

    def _info(self, word: str) -> tuple[Any, ...]:
        """Everything about one distinct word, computed once: keys and candidate terms.

        (key, surface, singles, starts, exact, matches anything, follow, split anchors):
        `follow` maps a key or surface of the next word to the positions in `starts` of the
        terms whose second word it can be, so a multi-word term is tried only where its second
        word follows; `split anchors` are the split terms this word can anchor."""
        info = self._cache.get(word)
        if info is None:
            key, surface = fold(self._lemmas.lemma(word.lower())), fold(word)
            if key == surface and key not in self._known and len(surface) > MIN_PLURAL_WORD:
                key = self._plural_stem(surface) or key
            starts = list(self._keyed.get(key, ()))
            if surface != key:
                starts.extend(t for t in self._keyed.get(surface, ()) if t not in starts)
            singles = self._word_terms(word, key, surface)
            exact = tuple(self._exact.get(word, ()))
            follow: dict[str, list[int]] = {}
            for position, term in enumerate(starts):
                for second in self._rest_keys[term][0]:
                    follow.setdefault(second, []).append(position)
            anchors = self._split.anchors(key, surface) if self._split is not None else ()
            info = (
                key,
                surface,
                singles,
                tuple(starts),
                exact,
                bool(singles or starts or exact),
                {k: tuple(v) for k, v in follow.items()},
                anchors,
            )
            if len(self._cache) < 200_000:
                self._cache[word] = info
        return info

    def key(self, word: str) -> str:
        """A word's key as matching sees it (its lemma, folded), from the cached table."""
        return str(self._info(word)[0])

    def may_find(self, text: str) -> bool:
        """Whether a word of `text` can start or anchor a term. When not, `find` finds nothing
        in the text, nor in any part of it cut at white space (such as its sentences): their
        words are among the text's words."""
        infos = self._infos(_words(text))
        return any(map(_MATCHES_ANY, infos)) or (
            self._split is not None and any(map(_ANCHORS, infos))
        )

    def _infos(self, words: Sequence[tuple[str, int, int]]) -> list[tuple[Any, ...]]:
        """Each word's info from the cache (looked up in C), the few new words computed."""
        known = list(map(self._cache.get, map(_FIRST, words)))
        i = 0
        for _ in range(known.count(None)):
            i = known.index(None, i)
            known[i] = self._info(words[i][0])
        return cast(list[tuple[Any, ...]], known)

    def find(self, text: str) -> Iterator[Hit]:
        """Every term occurrence in `text`: first the words as they stand together (in order;
        one dictionary lookup per word), then terms whose words stand apart in a sentence.

        Remembered for recent texts: judging asks again about the same sentence for every hit
        in it (its senses, its cues)."""
        found = self._found.get(text)
        if found is None:
            found = tuple(self._find(text))
            if len(self._found) >= FOUND_CACHE:
                self._found.clear()
            self._found[text] = found
        return iter(found)

    def _find(self, text: str) -> list[Hit]:
        words = _words(text)
        infos = self._infos(words)
        hits = self._find_together(words, infos)
        if self._split is None or not any(map(_ANCHORS, infos)):
            return hits  # no word of the text can anchor a split term
        # where each term was found with its words together: a split find of the same term on
        # the same words is not a second hit
        together: dict[int, list[tuple[int, int]]] = {}
        for hit in hits:
            together.setdefault(id(hit.term), []).append((hit.start, hit.end))
        keys = list(map(_FIRST, infos))
        surfaces = list(map(_SURFACE, infos))
        anchored = list(map(_ANCHORS, infos))
        for term, start, end in self._split.find(keys, surfaces, words, text, anchored):
            spans = together.get(id(term))
            if spans is None or not any(s < end and start < e for s, e in spans):
                hits.append(_hit(term, start, end))
        return hits

    def _find_together(
        self, words: tuple[tuple[str, int, int], ...], infos: list[tuple[Any, ...]]
    ) -> list[Hit]:
        """Terms whose words stand together, in order of their first word (a list, not a
        generator: every hit is kept, and resuming a generator per hit costs more)."""
        hits: list[Hit] = []
        add = hits.append
        new = _new_tuple  # (a Hit made inline: a call of _hit per hit costs a frame)
        n_words = len(words)
        # most words match nothing: only those that can start a term are visited
        for i in itertools.compress(range(n_words), map(_MATCHES_ANY, infos)):
            _key, _surface, singles, starts, exact, _, follow, _ = infos[i]
            _word, start, end = words[i]
            for term in exact:
                # (indexed by its first word, which is this word: one word is found as it is)
                n = len(term.parts)
                if n == 1:
                    add(new(Hit, (term, start, end)))
                elif i + n <= n_words and all(
                    words[i + k][0] == term.parts[k] for k in range(1, n)
                ):
                    add(new(Hit, (term, start, words[i + n - 1][2])))
            for term in singles:
                add(new(Hit, (term, start, end)))
            if not follow or i + 1 >= n_words:
                continue
            # only the terms whose second word is the next word, in the order of `starts`
            second = infos[i + 1]
            tried = follow.get(second[0], ())
            if second[1] != second[0] and second[1] in follow:
                tried = tuple(sorted({*tried, *follow[second[1]]}))
            for position in tried:
                term = starts[position]
                rest = self._rest_keys[term]
                n = len(rest) + 1
                if i + n > n_words:
                    continue
                # (the second word is known to follow: a two-word term is found)
                if n == 2 or all(
                    (infos[i + j][0] in rest[j - 1] or infos[i + j][1] in rest[j - 1])
                    for j in range(2, n)
                ):
                    add(new(Hit, (term, start, words[i + n - 1][2])))
        return hits


_FIRST = operator.itemgetter(0)  # of a word (the word) or of its info (its key)
_SURFACE = operator.itemgetter(1)  # of a word's info: its folded surface
_MATCHES_ANY = operator.itemgetter(5)  # of a word's info: it can start a term
_ANCHORS = operator.itemgetter(7)  # of a word's info: the split terms it anchors


def _hit(term: Term, start: int, end: int) -> Hit:
    """A Hit made without the Python-level constructor of a named tuple (one per hit)."""
    return _new_tuple(Hit, (term, start, end))


_new_tuple = tuple.__new__


@functools.lru_cache(maxsize=64)
def _words(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of a text with their offsets. Cached for the few latest texts: every matcher
    (terms, organisations) reads the same block."""
    return tuple([(m[0], m.start(), m.end()) for m in WORD.finditer(text)])


def _alternation(keys: list[str], transform: Callable[[str], str]) -> re.Pattern[str] | None:
    if not keys:
        return None
    return re.compile("|".join(re.escape(transform(k)) for k in keys))
