"""Terms whose words stand apart in a Dutch sentence: separable verbs and split phrases.

Dutch moves the parts of a term around: a separable verb puts its particle at the end of the
main clause ("aanklampen" -> "we klampen aan", "meegaan" -> "de buddy gaat mee naar de
huisarts", "opbouwen" -> "stap voor stap bouwen ze vertrouwen op") or takes "te" in between
("om ze aan te klampen"); a phrase has other words in between or another order ("mensen leren
kennen" -> "ze leren er nieuwe mensen kennen"). These are matched within one sentence:

  - a single-word term that is a separable verb (a particle such as aan, mee, op, los + a verb
    ending in -en) matches the verb in any form followed later in the sentence by its particle
    standing alone, or "particle te verb", or the particle right before the verb;
  - a term of two or more words, at least two of them content words, matches when all its
    words (a separable verb in either form) stand within a short window of one sentence, in any
    order.

A particle that is also a preposition ("op", "aan", "in") counts only where no noun phrase
follows it ("we bouwen op de markt" is not "opbouwen").
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dawcheck.documents.normalize import fold


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Particles of separable verbs; those that are also prepositions need a particle position.
PARTICLES = (
    "terug",
    "samen",
    "langs",
    "door",
    "los",
    "mee",
    "weg",
    "aan",
    "bij",
    "op",
    "uit",
    "toe",
    "af",
    "na",
    "in",
    "vast",
)
_PREPOSITIONS = frozenset({"aan", "bij", "door", "in", "op", "uit", "na", "langs"})
# Words that start a noun phrase: after a particle that is also a preposition, they make it one.
_NOUN_PHRASE = _word_set(
    "de het een 't die dat deze dit zijn haar hun mijn je jouw ons onze elke ieder iedere alle "
    "beide twee drie vier vijf zes zeven acht negen tien twaalf welke wiens"
)
# "die"/"dat" followed by a subject starts a relative clause ("mensen aan die we kennen"); the
# word before it is a particle, not a preposition of "die".
_RELATIVE = _word_set("die dat")
_SUBJECT_PRONOUNS = _word_set("we wij ze zij hij ik je jij u men er zich")
# "of raad ik", "en bellen we": a coordinator, a verb, then its subject starts a second clause
_COORDINATORS = _word_set("of en maar")
_SUBJECTS = _word_set("we wij ze zij hij ik je jij u men")
# Function words (and negators, which are part of a term's sense only next to its verb) do not
# make a phrase specific: a split phrase needs two other words, or a separable verb.
FUNCTION_WORDS = _word_set(
    "de het een 't van naar met op in aan voor tot te en of die dat er zich hun ze we wij je "
    "bij uit om door over als dan zo ook nog al is zijn wordt worden niet geen meer wel "
    "wat wie waar hoe ik jij hij u mij hem iets alles"
)
MAX_PARTICLE_DISTANCE = 8  # words between a verb and its particle
EXTRA_WINDOW = 4  # words a split phrase may have in between, beyond its own
SENTENCE_CACHE = 4096  # sentences whose split occurrences are remembered
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s|[.!?;:]$|\n\s*\n|•")  # in the text between two words
# The same breaks sought in a whole text: "[.!?;:]$" of the text between two words is a mark
# right before the next word.
# (A lookahead for the first character first: tested alone at each position, it is faster.)
_BREAK_IN_TEXT = re.compile(r"(?=[.!?;:\n•])(?:[.!?;:](?=\s|[^\W_])|\n\s*\n|•)")
_START = operator.itemgetter(1)  # of a word: its start


# Infinitives that do not end in -en.
_SHORT_VERBS = frozenset({"gaan", "staan", "slaan", "zien", "doen"})


def _in_a_name(words: Sequence[Word], found: tuple[int, int], a: int, b: int) -> bool:
    """A split phrase whose first or last word stands, inside the sentence, among capitalised
    words takes a word of a name: "lid van het netwerk Sociale Economie Vlaams-Brabant" is no
    social network. (One capitalised word is a language or a place: "Nederlands oefenen";
    a heading in title case has its words together, and those are found as they stand.)"""

    def capital(i: int) -> bool:
        return a < i < b and words[i][0][:1].isupper()

    return any(capital(i) and (capital(i - 1) or capital(i + 1)) for i in found)


_RELATIVE_OPENERS = _word_set("die dat wat waar wie waarbij waardoor waarmee zodat om")


def _reversed_across_a_comma(
    parts: tuple[Part, ...],
    keys: Sequence[str],
    surfaces: Sequence[str],
    words: Sequence[Word],
    found: tuple[int, int],
    text: str,
) -> bool:
    """A phrase whose words stand in the other order on either side of a comma takes them from
    two items of an enumeration: "nieuwe contacten durven leggen, opnieuw deelnemen" is no
    "opnieuw contact". (A separable verb's particle comes later by rule; not a phrase; nor a
    relative clause that goes on about the words before it: "een meter op de werkvloer, die
    ook de taal mee ondersteunt".)"""
    first, last = found
    if any(p.particle for p in parts):
        return False
    comma = text.find(",", words[first][2], words[last][1])
    if comma < 0:
        return False
    lead = parts[0].keys
    if keys[first] in lead or surfaces[first] in lead:
        return False
    after = next((i for i in range(first, last + 1) if words[i][1] > comma), last)
    return surfaces[after] not in _RELATIVE_OPENERS


def separable(word: str) -> tuple[str, str] | None:
    """(particle, verb) when `word` is a separable verb's infinitive ("aanklampen")."""
    lower = fold(word)
    if not lower.endswith("n"):
        return None
    for particle in PARTICLES:
        rest = lower[len(particle) :]
        if lower.startswith(particle) and (
            (len(rest) >= 4 and rest.endswith("en")) or rest in _SHORT_VERBS
        ):
            return particle, rest
    return None


@dataclass(frozen=True)
class Part:
    """One word of a term: its keys, or a separable verb (verb keys and particle)."""

    keys: frozenset[str]
    particle: str | None = None
    verb_keys: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)  # identity hash: each is unique, and hashed per sentence
class SplitTerm:
    term: Any  # matcher.Term
    parts: tuple[Part, ...]
    # per part, the keys of which the sentence must have one (a separable verb's verb keys
    # too): most candidates lack a part, and are turned down on that alone
    need: tuple[frozenset[str], ...] = ()


# A negated verb is a term's sense when the verb comes second in a main clause and its
# negation at the end ("wie niet komt" -> "Fatima komt twee donderdagen niet"): there the
# negator counts as a word of the phrase.
NEGATORS = _word_set("niet geen nooit")


def needs_split_matching(words: list[str]) -> bool:
    """A term with a separable verb, a phrase with at least two content words, or a negated
    verb ("niet komt")."""
    if any(separable(w) is not None for w in words):
        return True
    folded = [fold(w) for w in words]
    if len(folded) == 2 and folded[0] in NEGATORS and folded[1] not in FUNCTION_WORDS:
        # "niet komt": the verb and its negation (not "niet meer komt" scattered); not a
        # participle, whose lemma is the active verb: "niet gekend" (unknown to the services)
        # is not "ze kennen de bus niet"
        return _PARTICIPLE.match(folded[1]) is None
    return len(words) > 1 and sum(1 for w in folded if w not in FUNCTION_WORDS) >= 2


_PARTICIPLE = re.compile(r"^ge\w{2,}(d|t|en)$")

Word = tuple[str, int, int]  # (word, start, end) in the text searched


class SplitMatcher:
    """Finds the terms whose words stand apart, sentence by sentence."""

    def __init__(
        self,
        terms: list[tuple[Any, list[str]]],
        keys_of: Callable[[str], tuple[str, ...]],
    ) -> None:
        self.terms: list[SplitTerm] = []
        self.by_key: dict[str, list[SplitTerm]] = {}
        # sentence text -> what it holds, offsets from its first word (bounded: workers live
        # long)
        self._found: dict[str, tuple[tuple[Any, int, int], ...]] = {}

        def keys(word: str) -> frozenset[str]:
            # a lemma that is a function word ("eerste" -> "een") would match everywhere
            surface = fold(word)
            return frozenset(k for k in keys_of(word) if k == surface or k not in FUNCTION_WORDS)

        # terms with the same words (one phrase for several concepts) share one tuple of parts:
        # a sentence is searched once for each distinct set of words (by id of that tuple)
        shapes: dict[tuple[Part, ...], tuple[Part, ...]] = {}
        for term, words in terms:
            parts = []
            for w in words:
                sep = separable(w)
                if sep is not None:
                    parts.append(Part(keys(w), sep[0], keys(sep[1])))
                else:
                    parts.append(Part(keys(w)))
            shape = shapes.setdefault(tuple(parts), tuple(parts))
            split = SplitTerm(term, shape, tuple(p.keys | p.verb_keys for p in shape))
            self.terms.append(split)
            # index by the verb of a separable part, else by the first content word
            anchor = next((p for p in parts if p.particle), None)
            anchor_keys = (
                anchor.verb_keys | anchor.keys
                if anchor is not None
                else next((p.keys for p in parts if not (p.keys & FUNCTION_WORDS)), parts[0].keys)
            )
            for key in anchor_keys:
                self.by_key.setdefault(key, []).append(split)

    @staticmethod
    def _sentences(words: Sequence[Word], text: str) -> list[tuple[int, int]]:
        """Word index ranges of the sentences of `text`: a sentence ends where the text between
        two words holds a break. The breaks are found in the whole text at once (each lies
        between two words: no word has a character of one) and placed by bisection, rather
        than the text between every two words being cut out and searched."""
        n = len(words)
        if not n:
            return []
        starts = list(map(_START, words))
        out: list[tuple[int, int]] = []
        start = 0
        for m in _BREAK_IN_TEXT.finditer(text, words[0][2], words[-1][1] + 1):
            i = bisect.bisect_right(starts, m.start())
            if start < i < n:
                out.append((start, i))
                start = i
        out.append((start, n))
        return out

    def find(
        self,
        keys: Sequence[str],
        surfaces: Sequence[str],
        words: Sequence[Word],
        text: str,
        anchored: Sequence[tuple[SplitTerm, ...]] | None = None,
    ) -> Iterator[tuple[Any, int, int]]:
        """(term, start, end) of every split occurrence among the words of a text: each word's
        key, folded surface and (word, start, end) from the text.

        `anchored`, when given, holds for each word the terms it anchors (`anchors`), as the
        caller has them cached per word."""
        if anchored is None:
            anchored = [self.anchors(k, s) for k, s in zip(keys, surfaces, strict=True)]
        found_in = self._found
        for a, b in self._sentences(words, text):
            # the terms the sentence's words anchor, once each, in the order first anchored
            candidates = dict.fromkeys(itertools.chain.from_iterable(anchored[a:b]))
            if not candidates:
                continue
            # what is found depends on the sentence's words alone (from its first word to its
            # last, a word's key is its word's): a sentence met before is not searched again
            origin = words[a][1]
            sentence = text[origin : words[b - 1][2]]
            known = found_in.get(sentence)
            if known is None:
                known = tuple(
                    (term, start - origin, end - origin)
                    for term, start, end in self._find_in(
                        candidates, keys, surfaces, words, a, b, text
                    )
                )
                if len(found_in) >= SENTENCE_CACHE:
                    found_in.clear()
                found_in[sentence] = known
            for term, start, end in known:
                yield term, start + origin, end + origin

    def _find_in(
        self,
        candidates: dict[SplitTerm, None],
        keys: Sequence[str],
        surfaces: Sequence[str],
        words: Sequence[Word],
        a: int,
        b: int,
        text: str,
    ) -> Iterator[tuple[Any, int, int]]:
        """The split occurrences in the sentence of words [a, b), of the terms its words
        anchor (`candidates`)."""
        # where each key and surface stands in the sentence, left to right: a part none of
        # them can be is not sought, and a part without a particle is looked up, not sought
        where: dict[str, list[int]] = {}
        for i in range(a, b):
            key, surface = keys[i], surfaces[i]
            where.setdefault(key, []).append(i)
            if surface != key:
                where.setdefault(surface, []).append(i)
        matched: dict[int, tuple[int, int] | None] = {}  # by id of the shared parts
        absent = where.keys().isdisjoint  # (a view: tests a part's few keys, not every word)
        for split in candidates:
            parts = split.parts
            if id(parts) in matched:
                found = matched[id(parts)]
            else:
                found = matched[id(parts)] = (
                    None
                    if any(map(absent, split.need))
                    else self._match(parts, keys, surfaces, a, b, where)
                )
            if (
                found is not None
                and not _in_a_name(words, found, a, b)
                and not _reversed_across_a_comma(parts, keys, surfaces, words, found, text)
            ):
                yield split.term, words[found[0]][1], words[found[1]][2]

    def anchors(self, key: str, surface: str) -> tuple[SplitTerm, ...]:
        """The terms a word with this key and surface can anchor, in the order they are tried."""
        if surface == key:
            return tuple(self.by_key.get(key, ()))
        # once each, in the order first found (as the sentence's candidates are taken)
        return tuple(dict.fromkeys((*self.by_key.get(key, ()), *self.by_key.get(surface, ()))))

    def _match(
        self,
        parts: tuple[Part, ...],
        keys: Sequence[str],
        surfaces: Sequence[str],
        a: int,
        b: int,
        where: dict[str, list[int]],
    ) -> tuple[int, int] | None:
        """The first and last word index of the parts found in the sentence [a, b), where the
        sentence has a word for every part (`SplitTerm.need`)."""
        positions: list[int] = []
        for part in parts:
            if part.particle is None:
                found = _first_free(part.keys, where, positions)
            else:
                found = self._find_part(part, keys, surfaces, a, b, positions)
            if found is None:
                return None
            positions.extend(found)
        first, last = min(positions), max(positions)
        if len(parts) > 1 and last - first >= len(positions) + EXTRA_WINDOW:
            return None
        if (
            len(parts) > 1
            and parts[0].particle is None
            and parts[0].keys & _GOVERNING
            and not _governs(surfaces, positions[0], positions[1])
        ):
            return None
        if (
            len(parts) == 2
            and parts[0].keys & NEGATORS
            and positions[0] < positions[1]
            and any(surfaces[k] in _COORDINATORS for k in range(positions[0] + 1, positions[1]))
        ):
            # a negator before the verb belongs to the verb of its own clause ("wie niet meer
            # is komen eten"), not to one after "en" ("die ze niet kunnen lezen en komen
            # terecht")
            return None
        if len(parts) == 2 and parts[0].keys & NEGATORS:
            after = positions[0] + 1
            if after < b and surfaces[after] in _NOT_OF_ITSELF:
                # "Ze komen niet vanzelf naar het buurthuis": they are not yet reached, which
                # is no staying away; the negation is of "vanzelf"
                return None
        return first, last

    @staticmethod
    def _find_part(
        part: Part,
        keys: Sequence[str],
        surfaces: Sequence[str],
        a: int,
        b: int,
        taken: list[int],
    ) -> list[int] | None:
        for i in range(a, b):
            if i in taken:
                continue
            key, surface = keys[i], surfaces[i]
            if key in part.keys or surface in part.keys:
                return [i]
            if part.particle is None or not (key in part.verb_keys or surface in part.verb_keys):
                continue
            if _is_noun_at(surfaces, a, i):
                continue  # "twee halve dagen per maand mee op huisbezoek" is not "opdagen"
            p = part.particle
            # "aan te klampen", or the particle right before the verb ("als hij weg blijft")
            if i - 2 >= a and surfaces[i - 1] == "te" and surfaces[i - 2] == p:
                return [i - 2, i]
            if i - 1 >= a and surfaces[i - 1] == p and p not in _PREPOSITIONS:
                return [i - 1, i]
            # the particle later in the clause, where no noun phrase follows it; not past a
            # coordinated second verb ("bel ik het OCMW of raad ik aan": aanraden's particle)
            for j in range(i + 1, min(b, i + 2 + MAX_PARTICLE_DISTANCE)):
                if surfaces[j] in _COORDINATORS and j + 2 < b and surfaces[j + 2] in _SUBJECTS:
                    break
                if surfaces[j] != p:
                    continue
                after = surfaces[j + 1] if j + 1 < b else ""
                then = surfaces[j + 2] if j + 2 < b else ""
                if (
                    p in _PREPOSITIONS
                    and (after in _NOUN_PHRASE or after.isdigit())
                    # "We spreken mensen aan die we kennen": a relative clause, not "aan die"
                    and not (after in _RELATIVE and then in _SUBJECT_PRONOUNS)
                ):
                    continue
                return [i, j]
        return None


# Words before a noun, never before a finite verb: an article, a numeral, a possessive.
_DETERMINERS = _word_set(
    "de het een 't deze dit haar hun mijn jouw onze elke ieder iedere alle beide enkele dezelfde "
    "hetzelfde twee drie vier vijf zes zeven acht negen tien twaalf"
)


def _is_noun_at(surfaces: Sequence[str], a: int, i: int) -> bool:
    """Whether the word at i is a noun by what stands before it: a determiner or a number,
    possibly with one adjective in between ("de dagen", "twee halve dagen")."""
    for back in (i - 1, i - 2):
        if back < a:
            return False
        word = surfaces[back]
        if word in _DETERMINERS or word.isdigit():
            return True
        if back == i - 1 and (not word.endswith("e") or word in _SUBJECT_PRONOUNS):
            return False
    return False


_NOT_OF_ITSELF = _word_set("vanzelf zomaar spontaan")


# A preposition that starts a phrase governs the noun right after it: "na de start", "na een
# aanwerving", "na hun behandeling", "na een korte opname"; not "na ziekte opnieuw willen
# starten", where "starten" is no start that anything comes after.
_GOVERNING = _word_set("na")


def _governs(surfaces: Sequence[str], preposition: int, noun: int) -> bool:
    """The word at `noun` follows the preposition at `preposition` in its noun phrase: only
    determiners and at most one inflected adjective between them."""
    if noun <= preposition:
        return False
    between = surfaces[preposition + 1 : noun]
    others = [w for w in between if w not in _NOUN_PHRASE]
    return len(others) <= 1 and all(w.endswith("e") for w in others)


def _first_free(
    keys: frozenset[str], where: dict[str, list[int]], taken: list[int]
) -> list[int] | None:
    """The first token, left to right, whose key or surface is one of `keys` and that no other
    part has taken: what `_find_part` finds for a part without a particle, without scanning."""
    first: int | None = None
    for key in keys:
        for i in where.get(key, ()):
            if i not in taken:
                if first is None or i < first:
                    first = i
                break
    return None if first is None else [first]
