"""How Dutch proposals say that something is *not* part of the project.

A filter that drops every sentence with niet/geen/buiten/zonder also drops real evidence
("mensen zonder werk", "contacten buiten hun eigen gemeenschap", "ze zien hun kansen niet
meer"), so exclusion is recognised by the constructions applicants use for it, tied to the
project ("we", "dit project") or to the verb that scopes the offer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace


def _led(letters: str, pattern: str) -> re.Pattern[str]:
    """A case-insensitive `pattern` led by a lookahead for the letters its matches start with:
    tested alone at each position, that is about twice as fast as trying the pattern there, and
    it finds the same matches (tests/test_matching_shortcuts.py checks the letters)."""
    return re.compile(f"(?=[{letters}])(?:{pattern})", re.IGNORECASE)


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    """One of `words` (lower case) stands in `text`, in any case: sought as plain substrings
    before a pattern that needs one of them, which is several times faster than trying the
    pattern on every hit (a loop, not any() over a generator: it is asked for most hits)."""
    low = text.lower()
    for word in words:  # noqa: SIM110
        if word in low:
            return True
    return False


# The judgements below are pure functions of a sentence or clause, asked again for every hit in
# it: they are cached (an inbox judges thousands of sentences, many of them twice or more).

# Informal Flemish is written as it is spoken: "ni" or "nie" for "niet" ("da doen we ni"),
# "da" for "dat" ("Da's ni onze job"). The patterns below accept both.

_EXCLUSION = [
    r"\bvalt\b[^.;]{0,40}\bbuiten\b",
    r"\bvallen\b[^.;]{0,40}\bbuiten\b",
    r"\bbuiten\s+(de\s+|het\s+|dit\s+|ons\s+)?(scope|project|bestek|opdracht|aanbod|kader)\b",
    r"\b(maakt|maken)\s+(echter\s+|\w+\s+\d{4}\s+)?geen\s+(deel|onderdeel)\b",
    r"\bgeen\s+(deel|onderdeel)\s+(uit\s+)?van\b",
    r"\b(hoort|horen|behoort|behoren)\s+(echter\s+)?(?:niet|nie|ni)\b",
    r"\b(komt|komen)\s+(hier\s+)?(?:niet|nie|ni)\s+aan\s+bod\b",
    r"\bevenmin\b",
    # "Mensen met een actieve verslaving kunnen in deze fase niet instappen": who is left out
    r"\b(kunnen|kan)\s+(\w+\s+){0,4}(niet|nie|ni)\s+(instappen|deelnemen|meedoen|terecht)\b",
    r"\b(?:niet|nie|ni)\s+(in|binnen)\s+(dit|ons|het)\s+(project|aanbod|voorstel)\b",
    r"\blaten\s+we\s+(bewust\s+)?(buiten|achterwege|weg)\b",
    r"\b(we|wij)\s+(\w+\s+){0,3}(niet|nie|ni|geen)\s+(\w+\s+){0,3}(aan|op|in|mee)?\s*$",
    r"\b(we|wij|dit project|ons project|het project)\s+(\w+\s+){0,2}(zelf\s+)?(geen)\b",
    r"\b(doen|bieden|voorzien|organiseren|geven|nemen|behandelen|werken|focussen)\s+"
    r"(we|wij)\s+(zelf\s+)?(niet|nie|ni|geen)\b",
    r"\b(is|zijn|wordt|worden)\s+(hier\s+)?(niet|nie|ni|geen)\s+(voorzien|inbegrepen|opgenomen|"
    r"aangeboden|behandeld|onze\s+focus|ons\s+doel)\b",
    r"\b(?:niet|nie|ni)\s+(voorzien|inbegrepen|opgenomen|aangeboden)\b",
]
# "Ook de ontwenningszorg blijft bij die gespecialiseerde diensten", "... blijven bij de
# OCMW's en het CAW": what the clause names before it stays with the organisations that do it
_STAYS_ELSEWHERE = re.compile(
    r"\b(blijft|blijven)\s+(\w+\s+){0,2}bij\s+(de|het|die|deze)\s+(\w+\s+){0,2}"
    r"(diensten|dienst|ocmw\S*|caw|cgg|cad|vdab|specialisten|hulpverleners|"
    r"hulpverlening|partners?|organisaties?)\b"
    # "De ontwenning zelf en de nazorg na een opname blijven de opdracht van het CAD"
    r"|\b(blijft|blijven|is|zijn)\s+(\w+\s+)?(de|het)\s+(opdracht|taak|werk|terrein|"
    r"bevoegdheid)\s+van\s+(de|het)\b",
    re.IGNORECASE,
)
_NOT_A_PAGE = (
    r"(?!(de\s+|het\s+)?(bijlage|bijlagen|tabel|figuur|hoofdstuk|punt|paragraaf|pagina|p\.|"
    r"cijfers|literatuur|bronnen|addendum|oproep|website|rubriek|sectie|deel)\b)"
)
# (not the project's own: "in contact met de trajectbegeleider van ons project")
_IN_CONTACT_WITH_A_SERVICE = (
    r"(\w+\s+){0,3}in\s+contact\s+met\s+(de\s+|het\s+|een\s+)?"
    r"(VDAB|OCMW|CAW|CGG|CAD|CLB|GTB|jobcoach(es)?|trajectbegeleiders?|psycholo(og|gen)|"
    r"huisarts(en)?|dokters?|hulpverlening|hulpverleners?|Sociaal\s+Huis|Huis\s+van\s+het)\b"
    r"(?!\s+van\s+(ons|onze|het\s+project|dit\s+project)\b)"
)
_REFERRAL = [
    r"\b(verwijzen|sturen|leiden)\s+(we|wij)\s+(\w+\s+){0,3}(door|toe)\b",
    r"\b(verwijzen|sturen|leiden)\s+(we|wij)\b[^.;]{0,60}\bdoor\b",
    r"\bwordt\s+(\w+\s+){0,2}doorverwezen\b",
    r"\bworden\s+(\w+\s+){0,2}doorverwezen\b",
    r"\b(we|wij)\s+(\w+\s+){0,3}doorverwijzen\b",
    # "Het wijkgezondheidscentrum kan dan verder doorverwijzen naar een psycholoog"
    r"\b(kan|kunnen|zal|zullen)\s+(\w+\s+){0,2}doorverwijzen\b",
    # without "door": "Werkzoekenden die zich melden, verwijzen we naar de VDAB-werkwinkel"
    # (not to a part of a document: "We verwijzen in dit voorstel naar bijlage 2")
    r"\bverwijzen\s+(we|wij)\s+(\w+\s+){0,3}naar\s+" + _NOT_A_PAGE,
    r"\b(we|wij)\s+verwijzen\s+(\w+\s+){0,3}naar\s+" + _NOT_A_PAGE,
    # the second verb of "we", after "en": "we plannen de ritten ... en verwijzen ouders met
    # jonge kinderen voor opvang naar het Loket Kinderopvang"
    r"\b(we|wij)\s+[^.;:]{0,60}\ben\s+verwijzen\s+(\w+\s+){0,6}naar\s+" + _NOT_A_PAGE,
    r"\bdoorverwijzing\s*:?\s+naar\b",
    # a list's item marked so ("taallessen (doorverwijzing)")
    r"\(\s*(doorverwijzing|doorverwezen|via\s+doorverwijzing)\s*\)",
    # "De psycholoog ... regelt de doorverwijzing: naar de huisarts, het CGG of het CAD"
    r"\b(regelt|regelen|doet|doen|organiseert|organiseren)\s+(de|een)\s+(warme\s+)?"
    r"doorverwijzing\b",
    # the project's worker refers ("De coach verwijst haar door naar de huisarts", "... dat de
    # ouder doorverwijst naar het CAW"): a pointer elsewhere, as when "we" refer
    r"\bverwijst\s+(\w+\s+){0,2}door(\s+naar\b|\s*:)",
    r"\bdoorverwijst\s+naar\b",
    # "Vragen over kinderopvang geven we door aan het Huis van het Kind"
    r"\b(geven|geeft)\s+(we|wij)\s+(\w+\s+){0,2}door\s+aan\b",
    r"\b(we|wij)\s+geven\s+(\w+\s+){0,3}door\s+aan\b",
    # "Ouders die Nederlands willen oefenen, wijzen we op de praatgroepen van het Huis van het
    # Nederlands": pointed to another's offer
    r"\b(wijzen|wijst)\s+(we|wij|hen|ze)\s+(\w+\s+){0,2}op\s+(de|het|een)\b",
    # "begeleiding naar een job gebeurt door GTB en VDAB": another party does it
    r"\b(gebeurt|gebeuren|verloopt|verlopen)\s+(\w+\s+){0,2}door\s+(?!ons\b|onze\b|het\s+project\b)",
    # "Psychologische begeleiding ... loopt via hun huisarts of de eerstelijnspsycholoog"
    r"\b(loopt|lopen|verloopt|verlopen)\s+(\w+\s+){0,2}via\s+(hun|zijn|haar|de|het)\s+"
    r"(?!(ons|onze|project)\b)",
    # "Ouders die een plaats zoeken, krijgen de gegevens van het lokaal loket kinderopvang
    # mee": another's address handed over
    r"\b(krijgen|krijgt|geven|geeft|bezorgen|bezorgt)\s+(\w+\s+){0,3}(contactgegevens|gegevens|"
    r"adres|telefoonnummer|nummer|folder)\s+(van|door|mee)\b",
    # "Wie het wil proberen, brengen we in contact met de VDAB of met een jobcoach": put in
    # touch with a service (not with employers: that is the project's own matching)
    r"\b(brengen|zetten|stellen)\s+(we|wij)\s+" + _IN_CONTACT_WITH_A_SERVICE,
    r"\b(we|wij)\s+(brengen|zetten|stellen)\s+" + _IN_CONTACT_WITH_A_SERVICE,
    # (the project's worker: "De coach brengt hen in contact met de VDAB")
    r"\b(brengt|zet|stelt)\s+(hen|ze|hem|haar)\s+" + _IN_CONTACT_WITH_A_SERVICE,
]
EXCLUSION_RE = re.compile("|".join(_EXCLUSION), re.IGNORECASE)
REFERRAL_RE = re.compile("|".join(_REFERRAL), re.IGNORECASE)
# (?=\s) first: every end is white space, and testing that alone at each position is faster
# (not after an abbreviation that goes on: "(bv. statuten die ...)", "o.a. de VDAB")
_SENTENCE_END = re.compile(
    r"(?=\s)(?:(?<=[.!?;])(?<!\bbv\.)(?<!\bvb\.)(?<!\bbijv\.)(?<!\bo\.a\.)(?<!\bm\.a\.w\.)"
    r"(?<!\bd\.w\.z\.)(?<!\bt\.o\.v\.)(?<!\bnl\.)(?<!\bevt\.)(?<!\bca\.)(?<!\bincl\.)"
    r"(?<!\bBv\.)(?<!\bVb\.)(?<!\bBijv\.)\s+|\s+•\s+|\s+[–-]\s+(?=[A-Z]))"
)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences (and list items) in a block of text."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if b <= a:
            continue
        if out and _ENUMERATOR.match(text[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], b)  # "1. met een kinesiste ...": the number starts the item
        else:
            out.append((a, b))
    return out


_ENUMERATOR = re.compile(r"^\W*(\d{1,2}|[a-zA-Z])[.)]$")


# "Lukt dat niet, dan ...", "Is dat niet mogelijk, dan ...": a negated condition, then its
# consequence.
# "lukt dat niet, dan ...", "doet hij de deur niet meer open, dan ...": the negation is the
# condition's
_CONDITION_THEN = re.compile(r"\b(niet|geen)\b[^,.;:]{0,40},\s*dan\b", re.IGNORECASE)

_REFERS_BACK = re.compile(
    r"^\W*((maar|en|want|ook|alleen)\s+)?(dat|da|dit|die|deze|daar\w*|hier\w*|"
    # (not the "het" of no one: "Het valt ons op dat ...", "Het gaat om ...", "Het blijkt ...")
    r"het(?!\s+(valt|viel|gaat|ging|blijkt|bleek|lijkt|leek)\b))\b",
    re.IGNORECASE,
)
# A clause that points back inside its sentence ("..., maar in dit project doen we daar zelf
# niets mee"): a pronoun or pronominal adverb.
_POINTS_BACK = _led(
    "dh",
    r"\b(dat|da|dit|daar\w*|hier\w*|het)\b",
)


@functools.lru_cache(maxsize=2048)
def refers_back(sentence: str) -> bool:
    """'Dat thema valt buiten ...', 'Daarvoor verwijzen we door': about the sentence before."""
    return _REFERS_BACK.search(sentence) is not None


# Every exclusion and referral construction contains one of these words: a cheap first test.
# (Each word list below is led by a lookahead for the words' first letters: tested alone at
# each position, it is much faster than trying every word there; it finds the same matches.)
_EXCLUSION_WORDS = re.compile(
    r"(?=[nbgeal])\b(niet|nie|ni|geen|buiten|evenmin|achterwege|laten)\b", re.IGNORECASE
)
_REFERRAL_WORDS = re.compile(
    r"door|toe\b|wijs|wijz|\bvia\b|gegevens|adres|nummer|folder|contact", re.IGNORECASE
)


@functools.lru_cache(maxsize=2048)
def is_exclusion(sentence: str) -> bool:
    return (
        _EXCLUSION_WORDS.search(sentence) is not None and EXCLUSION_RE.search(sentence) is not None
    )


def excludes_what_came_before(text: str, pointer: re.Pattern[str] = _POINTS_BACK) -> bool:
    """'Maar dat is niet ons werk.', 'dat is niet iets wat wij kunnen', '... doen we daar zelf
    niets mee': the project says it does not do what the words before it named. Not a
    condition that leads what follows ("lukt dat niet, dan volgt een kaartje")."""
    if _NOTHING_FOR_THEM.match(text) is not None:
        return True
    if pointer.search(text) is None or _CONDITION_THEN.search(text) is not None:
        return False
    # "Wij weten dat het daar vaak misloopt als niemand meer opvolgt": a negation inside a
    # condition says what happens without the work, it declines nothing
    text = _IF_CLAUSE.sub(_blank, text)
    return (
        is_exclusion(text)
        or negates(text, len(text), len(text))
        or _OTHERS_ANSWER.search(text) is not None
    )


# "...; dat is een andere doelgroep", "maar daar zijn andere organisaties beter in geplaatst",
# "daarvoor zijn er andere diensten": the people or the work named before are someone else's
_OTHERS_ANSWER = re.compile(
    r"\b(is|zijn)\s+(echt\s+|eerder\s+|wel\s+)?een\s+andere\s+doelgroep\b"
    # "Dat is een aparte problematiek", "dat is een ander verhaal": not this project's
    r"|\b(is|zijn)\s+(echt\s+|eerder\s+|wel\s+|nog\s+)?een\s+(aparte|andere)\s+"
    # (not a comparison: "een andere problematiek dan bij jongeren")
    r"(problematiek|doelgroep|zaak|kwestie|discussie)\b(?!\s+dan\b)"
    r"|\b(is|zijn)\s+(echt\s+|eerder\s+|wel\s+|nog\s+)?een\s+ander\s+verhaal\b"
    r"|\bdaar(voor)?\s+zijn\s+(er\s+)?andere\s+(\w+\s+)?(organisaties|diensten|partners|"
    r"hulpverleners|instanties|voorzieningen|specialisten)\b",
    re.IGNORECASE,
)


# the words that open a condition
_IF_WORDS = r"(?:als|wanneer|indien|zodra)"
_IF_CLAUSE = re.compile(rf"\b{_IF_WORDS}\s+[^,.;:]*", re.IGNORECASE)


_PLACEHOLDER = (
    r"|^\W*((nog\s+)?(aan|in)\s+te\s+vullen|nog\s+te\s+(bepalen|schrijven|bespreken)|"
    r"tbd|todo|xxx+|volgt\s+(nog|later))\W*$"
)
_NOT_APPLICABLE = re.compile(
    r"^\W*((niet|nie)\s+van\s+toepassing|n\.?\s?v\.?\s?t)\b"
    # "Outreachend werken: beperkt. We werken met klanten die al ...": an answer of one word
    r"|^\W*((eerder|zeer|heel)\s+)?(beperkt|nauwelijks|amper|nee|neen)\s*([.;,–-]|$)"
    # "Nazorg: (nog aan te vullen)", "TBD": a draft's placeholder, nothing said yet
    + _PLACEHOLDER,
    re.IGNORECASE,
)


def not_applicable(clause: str) -> bool:
    """A form's answer that says no: "niet van toepassing", "n.v.t.", "nee", "beperkt"."""
    return _NOT_APPLICABLE.match(clause) is not None


# Inside a sentence that does not start by pointing back, only a pronominal adverb does
# ("Meer kunnen wij daar niet in doen"); "dat" there is mostly a conjunction.
POINTS_BACK_ADVERB = re.compile(r"\b(daar\w*|hier\w*)\b", re.IGNORECASE)


_RELATIVE_START = re.compile(r"^\W*(die|dat|wat|waar)\b", re.IGNORECASE)


def is_relative(clause: str) -> bool:
    """The clause is a relative one about what comes before it ("die de jobcoaching opnemen")."""
    return _RELATIVE_START.match(clause) is not None


@functools.lru_cache(maxsize=2048)
def is_referral(sentence: str) -> bool:
    return _REFERRAL_WORDS.search(sentence) is not None and REFERRAL_RE.search(sentence) is not None


# --- Clauses, negation scope, wishes -------------------------------------------------------
#
# A sentence-level filter excludes too much ("We begeleiden ouders naar kinderopvang, maar
# huisvesting doen we niet"): negation is tied to its clause, to the project as the one who
# does not deliver, and never to the negating words that are part of a term ("niet opdagen").

# Every break starts with a space or one of ";:,": the lookahead tests that first at each
# position, which halves the time of the search without changing what it finds.
_CLAUSE_BREAK = re.compile(
    r"(?=[\s;:,])(?:"
    r"\s*[;:]\s+|\s+[–—]\s+"
    r"|,?\s+(?=(?:maar|want|terwijl|omdat|zodat|waardoor|waarna|hoewel|dus)\b)"
    r"|,\s+(?=(?:we|wij|ze|zij|die|dat|wie|ook|daar\w*|hier\w*|er|dit|deze|en\s+we|en\s+wij)\b)"
    # a new condition after a comma ("..., belt hij, en als dat niks geeft staan we aan de
    # deur"): its negation is its own
    rf"|,\s+(?=(?:en\s+)?{_IF_WORDS}\b)"
    r")",
    re.IGNORECASE,
)
# A clause that starts a subordinate ("Wie niet komt, bellen we op"): its comma ends it.
_SUBORDINATE_START = re.compile(
    r"^\W*(wie|als|wanneer|indien|zodra|omdat|tot|voor wie|waar|hoewel)\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=2048)
def is_subordinate(clause: str) -> bool:
    """'Wie niet komt', 'Als iemand twee keer wegblijft': a clause that leads a main clause."""
    return _SUBORDINATE_START.match(clause) is not None


@functools.lru_cache(maxsize=8192)
def clauses(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) spans of the clauses of a sentence (a tuple: the answer is cached, and a
    sentence is split for every hit in it and again when the next one refers back)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        piece = sentence[a:b]
        if _SUBORDINATE_START.match(piece) and ", " in piece:
            cut = a + piece.index(", ")
            out.extend([(a, cut), (cut + 2, b)])
        else:
            out.append((a, b))
    return tuple((a, b) for a, b in out if b > a)


# (with the accents writers put on a word they stress: "Wat we níet doen", "géén opvang")
_STRESSED_NOT = r"níet|níét|géén|gèèn"
_STRESSED_NEGATORS = rf"{_STRESSED_NOT}|nóóit"
_NEGATOR_WORDS = (
    rf"niet|{_STRESSED_NEGATORS}|nie|ni|geen|nooit|noch|evenmin|nergens|niemand|niets|niks"
)
_NEGATOR = re.compile(rf"(?=[nge])\b({_NEGATOR_WORDS})\b", re.IGNORECASE)
_WITHOUT_DOING = re.compile(
    r"\bzonder\s+(\w+\s+){0,4}te\s+(voorzien|bieden|organiseren|geven|begeleiden|doen)\b",
    re.IGNORECASE,
)
# The project as the one who (does not) deliver: "we", "ons project", "de vereniging", ...
_PROJECT_ACTOR = _led(
    "bdhow",
    # "ons" and "onze" alone are often the object or the people served ("ze vertelt ons",
    # "onze vrouwen"): only the project's own people and parts count
    r"\b(we|wij|bij\s+ons|dit\s+project|het\s+project|ons\s+project|ons\s+team|"
    r"de\s+vereniging|ons\s+comit[ée]|"
    # the project's own bridge ("De brugfiguur gaat met ouders langs bij het Loket
    # Kinderopvang")
    r"de\s+brugfiguur|de\s+brugfiguren|de\s+trajectgezel|de\s+trajectgezellen|"
    r"onze\s+(vereniging|organisatie|werking|club|vzw|dienst|medewerkers|vrijwilligers|"
    r"begeleiders|coaches|buddy's|maatjes|ervaringsdeskundigen|mensen|ploeg|"
    # the project's own staff by their function ("Onze coördinator gaat bij werkgevers langs")
    r"co[öo]rdinator|projectco[öo]rdinator|projectleider|projectmedewerker|jobhunter|"
    r"jobhunters|consulent|consulenten|trainer|trainers|teamleider|straathoekwerker|"
    r"straathoekwerkers))\b",
)
# Verbs and phrases that scope an offer: "X is niet voorzien", "hoort niet bij ons aanbod".
_OFFER = _led(
    "abdfghinoprstvw",
    r"\b(voorzien|voorzien|aangeboden|aanbieden|bieden|biedt|aanbod|organiseren|georganiseerd|"
    r"opgenomen|opnemen|nemen|inbegrepen|behandeld|behandelen|focus|doel|deel|onderdeel|"
    r"bod|hoort|horen|behoort|behoren|valt|vallen|past|passen|taak|opdracht|doen|doet|"
    r"gedaan|werken|geven|gegeven|voor\s+ons|rol|terrein|scope)\b",
)
# "... zijn niet de doelgroep", "is niet onze focus", "geen taak van dit project"
_NOT_OURS = _led(
    "gn",
    r"\b(niet|nie|ni|geen)\s+(\w+\s+){0,2}(doelgroep|focus|prioriteit|opdracht|taak|aanbod|project|"
    r"scope|kernopdracht|werkterrein|thema|speerpunt|domein)\b|\b(niet|nie|ni|geen)\s+(ons|onze|mijn)\s+(werk|rol|ding|job|verhaal|terrein|vak|expertise|specialiteit)\b",
)
# Clauses about the people served ("die niet aan werk geraken", "ze zien hun kansen niet"):
# their negation describes the situation, not the project.
_TARGET_SUBJECT = re.compile(
    r"^\W*(ze|zij|hij|zij|hun|die|wie|veel|vaak|sommige|deelnemers|mensen|ouders|"
    r"cliënten|clienten|jongeren|vrouwen|mannen|kinderen|nieuwkomers|gezinnen)\b",
    re.IGNORECASE,
)


# Every way `negates` finds a negation needs one of these words in the clause: a negator, a
# word of an exclusion construction, or "zonder" ("zonder ... te voorzien").
_NEGATION_WORDS = re.compile(
    rf"(?=[ngebalz])\b({_NEGATOR_WORDS}|buiten|achterwege|laten|zonder|blijft|blijven)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=2048)
def may_negate(clause: str) -> bool:
    """False when `negates` is False for every hit in the clause: it has none of the words a
    negation needs. (A hit is whole words: blanking it, or cutting the clause after it, makes
    no new word.)"""
    return _NEGATION_WORDS.search(clause) is not None


@functools.lru_cache(maxsize=2048)
def negates(clause: str, hit_start: int, hit_end: int, inner: bool = False) -> bool:
    """Does this clause say the project does not do what the hit (offsets in the clause) names?

    A negator inside the hit itself ("niet opdagen") does not count, nor one in a condition
    before the hit ("lukt dat niet, dan volgt een huisbezoek"). With `inner`, a negator
    between the words of a hit whose term has none counts: "spreken we niet aan".
    """
    return may_negate(clause) and _negates(_unstressed(clause), hit_start, hit_end, inner)


# "Het solomaatje is bewust géén hulpverlener": a negator a writer stresses with accents is
# read as the plain word by every pattern after it (the same length: offsets stay)
_STRESSED = re.compile(r"\b(g[éè][éè]n|n[íì][éè]?t|n[óò][óò]it)\b", re.IGNORECASE)
_PLAIN_LETTERS = str.maketrans("éèíìóòÉÈÍÌÓÒ", "eeiiooEEIIOO")


def _unstressed(clause: str) -> str:
    if _STRESSED.search(clause) is None:
        return clause
    return _STRESSED.sub(lambda m: m.group(0).translate(_PLAIN_LETTERS), clause)


@functools.lru_cache(maxsize=4096)
def has_negator(words: str) -> bool:
    """A negator is one of these words ("niet opdagen", "bij geen enkele dienst")."""
    return _NEGATOR.search(words) is not None


def _inside(words: str) -> str:
    """A hit's words with its first and last blanked: what stands between the parts of a
    split term ("spreken we niet aan") is the sentence's, not the term's."""
    runs = list(_WORD_RUN.finditer(words))
    if len(runs) < 3:
        return " " * len(words)
    first, last = runs[0], runs[-1]
    return " " * first.end() + words[first.end() : last.start()] + " " * (len(words) - last.start())


_WORD_RUN = re.compile(r"\S+")


def _negates(clause: str, hit_start: int, hit_end: int, inner: bool = False) -> bool:
    """`negates` without its first test."""
    if _STAYS_ELSEWHERE.search(clause, hit_end) is not None:
        return True
    condition = _CONDITION_THEN.search(clause, 0, hit_start)
    if condition is not None:
        cut = condition.end() - 3  # keep "dan": the consequence starts there
        return negates(clause[cut:], hit_start - cut, hit_end - cut, inner)
    # a relative clause after the hit has its own subject ("lenen een laptop uit aan wie er
    # geen heeft"): its negation is about those people
    after = _RELATIVE_AFTER.search(clause, hit_end)
    tail = clause[hit_end : after.start()] if after else clause[hit_end:]
    # an aside in brackets after the hit has its own negation ("We plannen rond Ramadan
    # (kortere dagen, geen lunch-events)")
    tail = _ASIDE.sub(" ", tail)
    # and so has one before it ("(want we willen geen eigen wereldje) een plaats voor een
    # stage"): blanked, so that the offsets stay
    # (a clause may start inside the aside, cut at its comma: up to its ")" is the aside's)
    before = _ASIDE_TAIL.sub(_blank, _ASIDE.sub(_blank, clause[:hit_start]))
    middle = clause[hit_start:hit_end]
    outside = before + (_inside(middle) if inner else " " * len(middle)) + tail
    # "knelpunten die lokaal niet op te lossen zijn": problems beyond reach, not work declined
    outside = _UNSOLVABLE.sub(_blank, outside)
    # "We plannen de babbeltafels niet tijdens het vrijdaggebed": a time respected
    outside = _NOT_DURING.sub(_blank, outside)
    # "zoeken naar wat je wél kan, in plaats van naar wat niet meer lukt": the alternative set
    # aside has its own negation
    outside = _INSTEAD_OF.sub(_blank, outside)
    # "de focus verschuiven van wat niet meer gaat naar wat wél kan": what no longer works
    # is the limit the work starts from, not work declined
    outside = _WHAT_NO_LONGER.sub(_blank, outside)
    # "We werven niet alleen via de taalscholen: we gaan langs bij ...": more, not less
    outside = _NOT_ONLY.sub(_blank, outside)
    # "Wie een paar dagen niet komt opdagen, wordt niet geschrapt": not struck off is kept on
    outside = _NOT_STRUCK_OFF.sub(_blank, outside)
    # "je kwetsbaarheid al dan niet meedelen", "wel of niet werken": whether or not, a choice
    # the work is about
    outside = _WHETHER_OR_NOT.sub(_blank, outside)
    # "gaat ze op huisbezoek bij gezinnen die we aan de schoolpoort niet bereiken, spreekt ze
    # ouders aan": a relative clause before the hit tells which people are meant; its negation
    # is theirs
    outside = _PEOPLE_WHO_BEFORE.sub(
        lambda m: _blank(m) if m.end() <= hit_start else m.group(0), outside
    )
    negator = _NEGATOR.search(outside) is not None
    if not negator:
        return _WITHOUT_DOING.search(outside) is not None or (
            EXCLUSION_RE.search(outside) is not None
        )
    if _WITHOUT_THEN_NO.search(clause) is not None and _PROJECT_ACTOR.search(clause) is None:
        return False  # "Zonder smartphone geen itsme, geen Mijn VDAB": a consequence, no decline
    if _DURING.search(clause, 0, hit_start) is not None:
        return False  # "we plannen geen bezoeken tijdens de ramadan": the time is respected
    if EXCLUSION_RE.search(outside) is not None or _NOT_OURS.search(outside) is not None:
        return True
    # "nieuwkomers, met een klein of geen netwerk", "we bieden opvang, geen huisvesting": a
    # "geen" after the hit denies the noun that follows it, not what came before
    # (and "De focus ligt op mogelijkheden, niet op beperkingen": "A, niet B" denies B)
    if all(
        m.start() > hit_end
        and (
            (m.group(1).casefold() == "geen" and _NOUN_NEXT.match(outside, m.end()))
            or _CONTRASTED.match(outside, m.start())
        )
        for m in _NEGATOR.finditer(outside)
    ):
        return False
    if _STOPPING.search(clause) is not None:
        return False  # "Als Sara begint te werken, stoppen we niet": we go on
    who = _PEOPLE_WHO.match(outside)
    if who is not None and _NEGATOR.search(outside, who.end()) is None:
        return False  # every negator is in the relative clause about the people
    if _NEGATED_PASSIVE.search(outside) is not None:
        return True  # "wordt niet opnieuw gecontacteerd": the project's act, denied
    actor = _PROJECT_ACTOR.search(outside) is not None
    if _DENIED.search(clause[:hit_start]) and _IS.match(clause, hit_end):
        return True  # "die geen hulpverlener is": who someone is not, not what people lack
    if _NOT_A.search(clause[:hit_start]) is not None:
        return True  # "Ze zijn geen hulpverlener, maar een vertrouwd gezicht": who they are not
    if _TARGET_SUBJECT.match(clause) and not actor:
        return False
    # "een vriend, geen hulpverlener": the thing itself is denied
    if _DENIED.search(clause[:hit_start]) is not None:
        return True
    return actor or _OFFER.search(outside) is not None


# Not stopping is going on: "stoppen we niet", "Leen stopt niet".
# Not letting go is holding on: "Wie bij een werkgever begint, laten we niet los", "We laten
# niemand zomaar afhaken", "Wie wegblijft, laten we niet zomaar gaan".
_STOPPING = re.compile(
    r"\b(stop|stopt|stoppen|stopte|stopten)\b(\s+\w+){0,3}\s+(niet|nie|ni)\b"
    r"|\b(laat|laten|liet|lieten)\b(\s+\w+){0,3}\s+(niet|nie|ni|niemand)\s+(zomaar\s+)?"
    r"(los|afhaken|gaan|vallen|uitvallen|wegglippen|verdwijnen)\b"
    r"|\b(niet|niemand)\s+(\w+\s+){0,2}los(te)?laten\b"
    # "Niemand valt uit de boot", "niemand glipt tussen de mazen", "niemand blijft achter"
    r"|\bniemand\s+(\w+\s+){0,2}(valt|vallen|blijft|raakt|haakt|glipt|verdwijnt)\s+"
    r"(\w+\s+){0,3}(uit|achter|af|kwijt|weg|tussen|door)\b",
    re.IGNORECASE,
)
# (not a choice still open: "We bekijken nog of we al dan niet kinderopvang organiseren")
_WHETHER_OR_NOT = re.compile(
    r"(?<!\bof\swe\s)(?<!\bof\swij\s)(?<!\bof\ser\s)\b(al\s+dan\s+niet|wel\s+of\s+niet)\b",
    re.IGNORECASE,
)
_NOT_STRUCK_OFF = re.compile(
    # (a passive of someone: not "is nog niet uitgeschreven", a procedure not yet written
    # down, nor "het is niet uitgesloten dat", a possibility)
    r"\b(wordt|worden|werd|werden)\s+(\w+\s+){0,2}?(niet|nooit)\s+"
    r"((meteen|zomaar|direct|onmiddellijk|automatisch)\s+)?"
    r"(geschrapt|uitgeschreven|uitgesloten|weggestuurd|afgevoerd|"
    r"(van|uit)\s+de\s+lijst\s+(geschrapt|gehaald|gezet))\b",
    re.IGNORECASE,
)
_NOT_ONLY = re.compile(r"\b(niet|nie|ni)\s+(alleen|enkel|uitsluitend|louter)\b", re.IGNORECASE)


def without_not_only(text: str) -> str:
    """The text with "niet alleen" and its kin blanked (offsets kept): more, not less."""
    return _NOT_ONLY.sub(_blank, text)


_INSTEAD_OF = re.compile(r"\b(in\s+plaats\s+van|eerder\s+dan)\b[^,.;:!?]*", re.IGNORECASE)
# (only as the start of a shift to what does: "van wat niet meer gaat naar wat wél kan";
# not "Kinderopvang is wat ze niet meer kunnen sinds de besparingen")
_WHAT_NO_LONGER = re.compile(
    r"\b(van|op)\s+wat\s+((je|ze|zij|hij|men|iemand)\s+)?(niet|nie|ni)\s+meer\s+"
    r"(gaat|gaan|kan|kunnen|lukt|lukken)\b(?=\s*,?\s*(naar|maar)\b)",
    re.IGNORECASE,
)
_NOT_DURING = re.compile(r"\b(niet|nooit)(?=\s+(tijdens|gedurende)\b)", re.IGNORECASE)
_DURING = re.compile(r"\b(tijdens|gedurende)\s+(de|het)?\s*$", re.IGNORECASE)
# "Ouders die een afspraak missen of niet meer reageren, bellen we terug": the relative clause
# tells who is meant, its negation is theirs
_PEOPLE_WHO = re.compile(
    r"^\W*(\w+\s+){0,2}(ouders|mensen|deelnemers|jongeren|vrouwen|mannen|moeders|vaders|"
    r"cursisten|gezinnen|werkzoekenden|nieuwkomers|cliënten|clienten|bewoners|leerlingen|"
    r"patiënten|patienten|gasten|leden)\s+die\b[^,;:]*",
    re.IGNORECASE,
)


# (of any noun: "Huurders die niet reageren op brieven, bezoeken we thuis")
_PEOPLE_WHO_BEFORE = re.compile(r"\b[\w-]{3,}\s+die\b[^,;:]*", re.IGNORECASE)


_NEGATED_PASSIVE = _led(
    "w",
    r"\b(wordt|worden|werd|werden)\s+(\w+\s+){0,2}(niet|nie|ni|nooit|geen)\s+(\w+\s+){0,3}"
    r"(ge\w+(d|t|en)|aangeboden|voorzien|begeleid|opgevolgd|gecontacteerd)\b",
)
_ASIDE = re.compile(r"\([^()]*\)")
_WITHOUT_THEN_NO = re.compile(r"^\W*zonder\b[^,.;:]{0,60}\bgeen\b", re.IGNORECASE)
# "..., niet op beperkingen", "..., niet in het weekend": a contrasted phrase after a comma
_CONTRASTED = re.compile(
    # (", niet over de ziekte": what the talk is not about)
    r"(?<=,\s)niet\s+(op|om|in|met|naar|bij|over|voor|aan|van|de|het|een|als)\s+"
    r"(?!(ons|onze|wij|we)\b)"
    # (idioms that deny: "niet aan de orde", "niet van toepassing", "niet voor de hand")
    r"(?!(de\s+orde|bod|toepassing|plan|de\s+hand)\b)\w",
    re.IGNORECASE,
)
# the noun a "geen" leads (not "geen deel meer uit", "geen sprake van", "geen plaats voor":
# those deny the offer)
_NOUN_NEXT = re.compile(
    r"\s+[“\"‘'„]?(?!(deel|onderdeel|sprake|aanbod|taak|opdracht|focus|prioriteit|plaats|ruimte|tijd|"
    r"budget|middelen|geld|rol|mogelijkheid|mogelijkheden|capaciteit)\b)[\w-]{2,}",
    re.IGNORECASE,
)
_ASIDE_TAIL = re.compile(r"^[^()]*\)")
_UNSOLVABLE = re.compile(
    r"\b(niet|nie|ni)\s+(\w+\s+){0,3}(op\s+te\s+lossen|oplosbaar|weg\s+te\s+werken)\b"
    # "Kledij is geen probleem: een hoofddoek kan": what is allowed, not what is declined
    r"|\bgeen\s+(enkel\s+)?(probleem|bezwaar)\b",
    re.IGNORECASE,
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match[0])


# ("op een plek waar niemand meekijkt": a place's own clause; "waar nodig" is no relative)
_RELATIVE_AFTER = re.compile(
    r"\s(aan|voor|met|bij|van)?\s*(wie|die|wiens|wier|waarvan|waar(?!\s+(nodig|mogelijk)\b))\s",
    re.IGNORECASE,
)
_IS = re.compile(r"\s+(is|zijn|was|waren|wordt|worden)\b", re.IGNORECASE)
_IDENTITY_DENIED = re.compile(
    r"\b(is|zijn|ben|bent|was|waren)\s+(\w+\s+){0,2}geen\b", re.IGNORECASE
)


def denies_identity(clause: str) -> bool:
    """The clause says who someone is not ("Wij zijn geen psychologen"), not what is declined."""
    return _IDENTITY_DENIED.search(clause) is not None


_NOT_A = re.compile(
    r"\b(is|zijn|ben|bent|was|waren)\s+(echt\s+|ook\s+|zelf\s+|uitdrukkelijk\s+)?geen\s+"
    r"(\w+\s+)?$",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"\b(geen|noch)\s+(\w+\s+)?$|\bniet\s+(om|over)\s+(\w+\s+){0,4}$"
    # "Geen therapie of verslavingsbehandeling": the second noun is denied with the first
    # (one noun: not "Wie geen job heeft of verslaafd is", whom the project serves)
    r"|\b(geen|noch)\s+\w+,?\s+(of|noch)\s+$",
    re.IGNORECASE,
)


_WISH = _led(
    "adghilmoprstvwz",
    # ("ooit" someday; not "vaardigheden die mensen ooit hadden", once, nor "meer dan ooit")
    r"\b(misschien|ooit(?<!dan\sooit)(?!\s+(\w+\s+)?(had|hadden|was|waren|heeft|hebben|deed|deden|"
    r"kon|konden|werkte|werkten|leerde|leerden|gedaan|geleerd|gewerkt)\b)|hopelijk|dromen|droom|"
    r"hopen\s+we|we\s+hopen|wij\s+hopen|"
    r"(volgende|latere|tweede|derde)\s+fase|op\s+(langere\s+)?termijn|in\s+de\s+toekomst|"
    r"later\s+(willen|zouden|hopen|kunnen)|(willen|zouden|hopen)\s+(we\s+|wij\s+)?(\w+\s+){0,3}later|"
    r"zouden\s+(we\s+|wij\s+)?(\w+\s+){0,2}graag|graag\s+zouden\s+(we|wij)|"
    # ("iets wat we graag mee zouden signaleren")
    # (not what they would like to see changed, the object of work done: "signaleren we wat
    # we graag anders zouden zien")
    r"(we|wij)\s+graag\s+(\w+\s+){0,2}zouden(?!\s+zien\b)|zouden\s+(we\s+|wij\s+)?(eigenlijk\s+)?willen|als\s+(er\s+)?(het\s+)?(budget|geld|middelen)|"
    r"indien\s+(er\s+)?(budget|geld|middelen)|wie\s+weet"
    # "een wens voor later", "iets voor later", "Dat is ook voor later"; not "ook voor later
    # op het werk", a benefit that lasts
    r"|(iets|idee|wens|wensen|plan|plannen|stap|is|zijn)\s+(ook\s+)?voor\s+later(?!\s+(op|in|bij|als))"
    # the project's ideas for later ("We hebben nog veel ideeën voor later: ...", a label
    # "Ideeën voor later:"); not people's own plans ("praten over hun ideeën voor later")
    r"|(hebben|heeft)\s+(nog\s+)?(veel\s+|wat\s+|enkele\s+|een\s+paar\s+)?idee[eë]n\s+voor\s+later"
    r"|idee[eë]n\s+voor\s+later(?=\s*:)"
    # an exploration, not yet a delivery: "de ambitie om ...", "onderzoeken wij of ..."
    r"|ambitie\s+om|onderzoeken\s+(we\s+|wij\s+)?(of|hoe|welke)|"
    r"verkennen\s+(we\s+|wij\s+)?(of|hoe|welke)|haalbaarheid)\b",
)


# a slide's or a list's line that opens with "Later:" ("Later: extra modules rond mental
# health"); not "Zes maanden later: ze werkt", a story's next scene
_LATER = re.compile(r"\W*(en\s+)?later(\s+(ook|nog|eventueel|misschien))?\s*:", re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def is_wish(sentence: str) -> bool:
    """A wish or a later phase, not what this project will do."""
    return _WISH.search(sentence) is not None or _LATER.match(sentence) is not None


# Saying that a way of working matters is not working that way: "We hebben oog voor aanklampend
# werken", "Nazorg is belangrijk", "Cultuursensitief werken vinden we belangrijk", "De
# brugfunctie die het addendum vraagt", "Het signaleren van systeemfouten verdient aandacht", "Beide
# onderschrijven we". Not where what matters is a practice told in a clause ("Het is
# belangrijk dat de coach meegaat", "belangrijk om te blijven bellen"): writers describe their
# method so.
_ENDORSES = _led(
    "bdghimosuvwz",
    r"\b(hebben|heeft|hadden|had)\s+(\w+\s+){0,2}(oog|aandacht)\s+voor\b"
    r"|\b(is|zijn|was|blijft|blijven)\s+(\w+\s+){0,3}(heel\s+|erg\s+|zeer\s+)?belangrijke?\b"
    r"|\b(vinden|vindt|vond)\s+(\w+\s+){0,2}(heel\s+|erg\s+|zeer\s+)?belangrijk\b"
    r"|\bbelangrijk\s+(vinden|vindt)\b"
    r"|\b(verdient|verdienen)\s+(\w+\s+)?aandacht\b"
    r"|\b(onderschrijven|onderschrijft)\b"
    # "we zijn ons ervan bewust dat de partnerschappen een rol hebben in het signaleren":
    # aware of it, not doing it
    r"|\b(zijn|is|ben)\s+(\w+\s+)?(ons|zich|mij)\s+(er(van)?\s+)?(\w+\s+)?bewust\b"
    r"|\b(beseffen|beseft)\s+(\w+\s+){0,2}(goed|terdege|maar\s+al\s+te\s+goed)?\s*dat\b"
    # "Duurzaamheid en nazorg staan bij ons altijd centraal": a creed; not "... centraal
    # staat: we bellen ..." told with its practice after a colon
    r"|\b(staat|staan|stond|stonden)\s+(\w+\s+){0,5}centraal\W*$"
    r"|\b(hechten|hecht)\s+(\w+\s+){0,3}(belang|waarde)\b"
    r"|\bmee\s+(willen\s+|wil\s+)?opnemen\b"
    r"|\b(willen\s+(we|wij)|(we|wij)\s+willen)\s+(ook\s+)?(\w+\s+)?werken\W*$"
    # what the call asks for, named as such ("de brugfunctie die het addendum vraagt");
    # "rekening houden met" is not enough alone: "we houden rekening met de gebedstijden"
    # is the work itself
    r"|\b(zoals|die|dat|wat)\s+(het|de)\s+(addendum|oproep)\s+(\w+\s+)?"
    r"(vraagt|vroeg|verwacht|beschrijft|noemt|vermeldt)\b"
    r"|\buit\s+(het|de)\s+(addendum|oproep)\b"
    # "X is voor ons een vanzelfsprekendheid", "Wij geloven sterk in nazorg", "Onze werking
    # is cultuursensitief en respectvol": a creed or a self-portrait, no work told
    r"|\bvanzelfsprekend(heid)?\b"
    # "Wij staan voor inclusief en cultuursensitief onderwijs": what an organisation stands
    # for; not "We staan voor elke vraag klaar"
    r"|\b(we|wij)\s+staan\s+(\w+\s+)?voor\s+(een\s+|de\s+)?([\w-]+,?\s+){1,4}"
    r"(?!klaar\b|open\b|paraat\b)[\w-]+\W*$"
    r"|\b(geloven|gelooft|geloof)\s+(\w+\s+){0,3}in\b"
    # "Wij zijn ervan overtuigd dat sport een middel is om mensen aanklampend te bereiken"
    r"|\b(zijn|is|ben)\s+(\w+\s+)?(er(van)?\s+)?(\w+\s+)?overtuigd\b"
    # "Wij werken vanuit een cultuursensitieve en warme houding": a stance, no work told
    r"|\bvanuit\s+een\s+(\w+\s+){0,4}(houding|grondhouding|visie|attitude|ingesteldheid)\b"
    # "Vanuit onze diaconale roeping willen we cultuursensitief werken": a mission's creed
    r"|\bvanuit\s+(onze|ons|hun|de|het)\s+(\w+\s+){0,2}"
    r"(roeping|missie|overtuiging|geloof|identiteit|engagement)\b"
    r"|\b(onze|ons)\s+(werking|aanpak|dienstverlening|organisatie|team|houding)\s+"
    r"(is|zijn)\s+([\w-]+,?\s+){0,3}[\w-]+\s+en\s+[\w-]+\W*$",
)
# "Waar nodig signaleren we knelpunten.": a short sentence that hedges the way of working it
# names names it; what is really done is told at more length
_HEDGE = re.compile(
    r"\b(waar|indien|zo|als)\s+(nodig|mogelijk|het\s+kan)\b|\buiteraard\b"
    # "Nazorg is voorzien.", "Nazorg wordt gegarandeerd.": the point ticked off in a few words
    r"|^\W*\w+(\s+\w+)?\s+(is|zijn|wordt|worden)\s+(ook\s+)?(voorzien|gegarandeerd|verzekerd|"
    r"inbegrepen|mogelijk)\W*$",
    re.IGNORECASE,
)
_HEDGED_WORDS = 8
# "Belangrijk is dat we ... bellen" tells the practice; "We vinden het belangrijk dat ..." values it
_PRACTICE_TOLD = re.compile(
    r"(?<!\bhet\s)\bbelangrijke?\s+(is\s+)?(dat|om|omdat|want)\b|:\s*\w", re.IGNORECASE
)


# "hoe spreek je iemand aan zonder te kwetsen", "hoe herken je signalen": what a training or a
# talk is about, not how the project works
_TOPIC = re.compile(r"\bhoe\s+(\w+\s+){0,2}(je|jij|men)\b", re.IGNORECASE)


# "een stage of job in onderwijs, kinderopvang of jeugdwerk": a field of work to find a job
# in, not a service to the people served
_SECTOR = re.compile(
    r"\b(job|jobs|stage|stages|werk|vacatures?|opleiding|sector|sectoren|beroep|beroepen|"
    r"loopbaan|werkervaring|tewerkstelling)\s+(\w+\s+){0,2}in\s+(de\s+|het\s+)?"
    r"([\w-]+\s*,\s*|[\w-]+\s+(en|of)\s+){0,4}$"
    # "Via ons werkgeversnetwerk (retail, logistiek, techniek, kinderopvang, horeca)",
    # "werkgevers die de competenties van gewezen mantelzorgers willen zien: woonzorgcentra,
    # thuiszorgdiensten, de kinderopvang"
    # (a colon or brackets right after the word, or after words about those employers in
    # the same clause, where the project does not speak: "Voor ouders die bij werkgevers
    # starten, voorzien we het volgende: kinderopvang" is the project's own work)
    r"|\b(werkgevers\w*|bedrijven|sectoren|sector|branches)"
    r"(\s+(die|uit|zoals|in|met)\b(?:(?!\b(?:we|wij|ons|onze)\b)[^.:;(),]){0,80})?\s*[:(]\s*"
    r"((de\s+|het\s+)?[\w-]+\s*,\s*){0,6}(de\s+|het\s+)?$"
    # "bedrijven bezoeken: logistieke bedrijven, woonzorgcentra, kinderdagverblijven,
    # aannemers": beside companies and other workplaces in one list, a crèche is one too
    r"|\b(bedrijven|woonzorgcentra|ziekenhuizen|winkels|supermarkten|fabrieken|aannemers|"
    r"bouwbedrijven|schoonmaakbedrijven|poetsbedrijven|garages|restaurants|hotels)\s*,\s*"
    # (two workplaces at least: "de eerste gesprekken met bedrijven, kinderopvang, mobiliteit"
    # is a list of practical help)
    r"(([\w-]+\s+)?[\w-]+\s*,\s*){1,4}$",
    re.IGNORECASE,
)
# "opvang voor een sollicitatie", "ritten voor een sollicitatie of een eerste werkweek", "ouders
# die een opleiding, stage of job starten": a step towards work as the occasion of another
# service or of someone's life, not a job sought or a placement made by the project
_OCCASION_BEFORE = re.compile(
    r"\b(voor|op|tijdens)\s+(een|de|het|hun|zijn|haar)\s+$"
    r"|\b(opleiding|intake|opleidingsweek)\s*(,|\s(of|en))\s+(een\s+)?$",
    re.IGNORECASE,
)
_OCCASION_AFTER = re.compile(
    r"^\s*(,|\s(of|en))\s+(een\s+|de\s+)?(opleiding|intake|opleidingsweek|eerste\s+werk)",
    re.IGNORECASE,
)


# the steps towards work that are an occasion as often as a service
_WORK_STEP = re.compile(r"(sollicit\w*|stages?|jobs?|eerste\s+werk\w*)$", re.IGNORECASE)


# "oefenritten naar school, crèche, station en werk", "van huis naar de crèche, naar het werk",
# "thuis – crèche – werk": a place on a route, where someone goes, not a service given
_ART = r"((de|het|een|hun|zijn|haar)\s+)?"
_ON_ROUTE_BEFORE = re.compile(
    r"\bnaar\s+" + _ART + r"([\w-]+\s*(,|\s(of|en))\s+(naar\s+)?" + _ART + r"){1,4}$",
    re.IGNORECASE,
)
_ON_ROUTE_AFTER = re.compile(r"^\s*,\s*(naar\s+)?" + _ART + r"[\w-]+\s*(,|\s(of|en)\s)")
_DASHED = re.compile(r"\w\s+[–—]\s+$")
_DASHED_AFTER = re.compile(r"^\s+[–—]\s+\w")
_TO = re.compile(r"\bnaar\s+" + _ART + r"$", re.IGNORECASE)


def on_route(before: str, after: str) -> bool:
    """The hit is a place in a list of destinations ("naar school, crèche, station en werk")."""
    before = before[-120:]
    return (
        _ON_ROUTE_BEFORE.search(before) is not None
        or (_TO.search(before) is not None and _ON_ROUTE_AFTER.match(after[:80]) is not None)
        # "thuis – crèche – werk"
        or (_DASHED.search(before) is not None and _DASHED_AFTER.match(after) is not None)
        or _PLACES_VISITED.search(before) is not None
    )


# "gaan we de wijk in: aan de speeltuin, bij de sociale woningen, aan de school": the places
# the project goes to
_PLACES_VISITED = re.compile(
    r"\b(wijk\s+in|straat\s+op|op\s+pad|langs|rond)\s*:\s*([^.:;]*,\s*)?(aan|bij|op|in|naar)\s+"
    + _ART
    + r"$",
    re.IGNORECASE,
)


# "Ouders oefenen in kleine groepen en bouwen zo ook onderling contacten op", "De groep is ook
# een plek om andere mensen te leren kennen": a by-product of another activity
_BY_THE_WAY = re.compile(
    r"\b(zo\s+ook|meteen\s+ook|tegelijk\s+ook|ook\s+onderling|is\s+ook\s+een\s+(plek|plaats)"
    r"\s+(om|waar)"
    # "Zo kunnen we ook systeemfouten signaleren": what the work also allows
    r"|(zo|daardoor|daarmee|hierdoor|hiermee)\s+(kunnen|kan)\s+(we|wij|ze|zij)\s+"
    r"(ook|meteen|tegelijk|bovendien)"
    # "voor veel mama's is dat ook een oefenkans, al is het geen taalproject"
    r"|(is|zijn)\s+(dat|dit|het|die)\s+ook\s+een"
    r"|(als\s+)?bijkomend\s+(voordeel|effect|neveneffect)|neveneffect)\b[^.;:]*$",
    re.IGNORECASE,
)


def by_the_way(before: str, after: str = "") -> bool:
    """The words before a hit make it a by-product of another activity; so do "levert ook"
    before it and "op" after it ("Een cursus levert vaak ook nieuwe contacten op": what an
    activity yields besides; not "Het project levert ook laptops aan gezinnen", supplies)."""
    tail = before[-120:]
    if not _mentions(tail, _BY_THE_WAY_WORDS):
        return False
    return _BY_THE_WAY.search(tail) is not None or (
        _YIELDS_ALSO.search(tail) is not None and _YIELDED.match(after) is not None
    )


_YIELDS_ALSO = re.compile(
    r"\b(levert|leveren)\s+((vaak|soms|meestal|daarnaast|bovendien|dan)\s+)?ook\b[^.;:]*$",
    re.IGNORECASE,
)
_YIELDED = re.compile(r"[^.;:]*?\bop\b", re.IGNORECASE)


_BY_THE_WAY_WORDS = ("ook", "meteen", "tegelijk", "bovendien", "effect", "voordeel")


# "met intervisie bij de psycholoog van het netwerk": the one who leads the workers' reflection
# on their own practice gives them no care
_REFLECTION_WITH = re.compile(
    r"\b(intervisie|supervisie|intervisiemomenten|intervisiemoment|supervisiemomenten|"
    r"intervisiegroep|casusbespreking|casusbesprekingen)\s+((\w+\s+){0,3}(bij|met|door|van|"
    r"onder\s+leiding\s+van)\s+)(de|een|onze|hun|het)?\s*$",
    re.IGNORECASE,
)


# "een ergotherapeut of neuropsycholoog van onze partner als gast", "een gastles door de
# wijkagent": someone who comes to tell, not to give care
_GUEST = re.compile(
    r"\b(als|te)\s+gast\b|\bgast(spreker|sprekers|les|lessen|sessie|sessies)\b"
    r"|\bals\s+(spreker|sprekers|getuige)\b",
    re.IGNORECASE,
)


_EACH_OTHER = re.compile(r"\belkaar\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def among_themselves(sentence: str) -> bool:
    """The people served do it for each other ("sturen elkaar een berichtje"), and no one of the
    project acts in the sentence."""
    return _EACH_OTHER.search(sentence) is not None and not has_project_actor(sentence)


def may_name_a_guest_or_reflection(sentence: str) -> bool:
    """A word that `names_a_guest` or `leads_reflection` needs stands in the sentence."""
    return _mentions(sentence, ("gast", "spreker", "getuige", "visie", "casus"))


def names_a_guest(clause: str) -> bool:
    """The clause names a guest or a guest speaker."""
    return _mentions(clause, ("gast", "spreker", "getuige")) and _GUEST.search(clause) is not None


def leads_reflection(before: str) -> bool:
    """The words right before a hit make it the one who leads an intervision or a
    supervision: support for those who do the work, not care for those it serves."""
    tail = before[-80:]
    return _mentions(tail, ("visie", "casus")) and _REFLECTION_WITH.search(tail) is not None


def names_occasion(term: str, before: str, after: str) -> bool:
    """A step towards work (`term`, as written) that the words around it make the occasion of
    something else ("opvang voor een sollicitatie", "een opleiding, stage of job starten")."""
    return (
        _WORK_STEP.match(term) is not None
        # "op zoek naar een stage of een job": the search is the service
        and _SEARCHING.search(before[-80:]) is None
        and (
            _OCCASION_BEFORE.search(before[-80:]) is not None
            or _OCCASION_AFTER.match(after[:80]) is not None
        )
    )


_SEARCHING = re.compile(r"\b(zoeken|zoekt|zoektocht|zoek)\b", re.IGNORECASE)


# "een gesprek over stemming, slaap, angst en middelengebruik": what is asked about, not who
# the people served are
# the items of a list that ends right before a hit ("depressie, angst en problematisch ")
# "een vorming rond het herkennen van depressie, angst en middelengebruik": what is learnt
# to be recognised is the topic
_RECOGNISING = r"het\s+(herkennen|opsporen|bespreekbaar\s+maken|signaleren)\s+van\s+"
_LIST_BEFORE = r"([\w-]+\s*,\s*|[\w-]+\s+(en|of)\s+){0,5}(\w+(e|isch)\s+)?$"
# "De psycholoog brengt in kaart hoe het met de ouder gaat: stemming, slaap, angst,
# middelengebruik": what an assessment looks at, not who the people served are
_MAPPED_LIST = r"|\bin\s+kaart\b[^.:;]{0,60}:\s*" + _LIST_BEFORE
_TALK_TOPIC = re.compile(
    r"\b(gesprek|gesprekken|vragenlijst|vragenlijsten|screening|bevraging|vragen|vorming|"
    r"vormingen|opleiding|training|workshop|infosessie|infomoment|sessie|sessies|"
    # "letten ze op tekenen van depressie, middelengebruik of overbelasting"
    r"letten|let|screenen|screent)\s+"
    r"(\w+\s+){0,4}(over|rond|naar|op)\s+((signalen|tekenen)\s+van\s+|"
    + _RECOGNISING
    + r")?"
    + _LIST_BEFORE
    # "Bij signalen van depressie, angst of problematisch middelengebruik wordt doorverwezen":
    # the signs the project watches for
    + r"|\bbij\s+(\w+\s+)?(signalen|tekenen|vermoedens?)\s+van\s+"
    + _LIST_BEFORE
    # "een korte screening (stemming, slaap, angst, middelengebruik)": what it screens for
    + r"|\b(screening|screent|screenen|vragenlijst|bevraging)\b[^.()]{0,30}\(\s*([^()]*,\s*)*"
    + _MAPPED_LIST,
    # ("een screening op depressie, angst en problematisch middelengebruik")
    re.IGNORECASE,
)


_GOING_ALONG = re.compile(r"^(gaat|gaan|ga)\s+(\w+\s+){0,3}mee$", re.IGNORECASE)
# three places or more, in a list: "naar de school, de huisarts, het Sociaal Huis en de bib"
_PLACES_LISTED = re.compile(r"[^,;:.]+,[^,;:.]+(,|\s(of|en)\s)[^,;:.]+")


def is_going_along(cue: str) -> bool:
    """The cue is 'gaat mee' or 'gaan mee' (going along), as the matcher found it."""
    return _GOING_ALONG.match(" ".join(cue.split())) is not None


_CONTACT_ROLE = re.compile(r"^(\w+\s+)?(aanspreekpunt|contactpersoon)$", re.IGNORECASE)


def is_contact_role(cue: str) -> bool:
    """The cue is someone's role as a contact point ('aanspreekpunt', 'contactpersoon')."""
    return _CONTACT_ROLE.match(" ".join(cue.split())) is not None


def lists_places(clause: str) -> bool:
    """The clause lists three places or more (two commas, or a comma and 'of' or 'en')."""
    return clause.count(",") >= 2 or (
        clause.count(",") == 1 and _PLACES_LISTED.search(clause) is not None
    )


def names_sector(before: str) -> bool:
    """The words right before a hit make it a field of work ("een job in de kinderopvang")."""
    return _SECTOR.search(before[-160:]) is not None


# "een vorming van twee dagen om signalen van somberheid, angst en isolement te herkennen":
# what a training for staff is about is its topic, not a service to the people served
_TRAINING_TOPIC = re.compile(
    r"\b(vorming|vormingen|opleiding|training|workshop|workshops|infosessie|infosessies|"
    r"infomoment|infomomenten|infoavond|infoavonden|informatieavond|informatiesessie)\s+"
    r"(\w+\s+){0,4}(over|rond|om)\s+((de\s+)?(signalen|tekenen)\s+van\s+|hoe\s+|"
    + _RECOGNISING
    + r")?"
    + _LIST_BEFORE
    # a list of skills as its items ("workshops rond voor jezelf opkomen, nee durven zeggen,
    # een gesprek voeren met een hulpverlener")
    + r"|\b(vorming|vormingen|training|workshop|workshops)\s+(\w+\s+){0,2}(over|rond)\s+"
    r"([\w-]+(\s+[\w-]+){0,3}\s*,\s*){2,5}([\w-]+\s+){0,5}$"
    # "een arbeidsgeneesheer die uitlegt wat progressieve tewerkstelling en aangepast werk
    # inhouden": what a speaker explains
    r"|\b(uitlegt|uitleggen|uitleg\s+geeft|uitleg\s+geven|toelicht|toelichten|legt\s+uit|"
    r"leggen\s+uit|licht\s+toe|lichten\s+toe)\s+(wat|hoe)\s+" + _LIST_BEFORE,
    re.IGNORECASE,
)
# what a video, a post or a campaign is about ("elke maandag een TikTok/Reel over mentale
# gezondheid"): its subject, not the service
_MEDIA_TOPIC = re.compile(
    r"\b(video|video['’]s|filmpje|filmpjes|tiktok|tiktoks|reel|reels|post|posts|podcast|"
    r"podcasts|vlog|vlogs|campagne|affiche|affiches|brochure|brochures|folder|folders|"
    r"artikel|artikels)\s+(\w+\s+){0,3}(over|rond)\s+" + _LIST_BEFORE,
    re.IGNORECASE,
)


# "ze noteren signalen (onbetaalde facturen, vocht, eenzaamheid)": what the project watches for
_SIGNALS_LISTED = re.compile(
    r"\b(signalen|tekenen)\s*(:|\()\s*([^()]*,\s*)*$"
    # "Drie vormingsmomenten per jaar voor consulenten: signalen van depressie, angst en
    # verslaving herkennen": the signs a training teaches to see
    r"|\b(vorming|opleiding|training|workshop)\w*\b[^.:]{0,80}:\s*(de\s+)?(signalen|tekenen)\s+"
    r"van\s+" + _LIST_BEFORE +
    # "knelpunten die voortkomen uit regelgeving (bv. statuten die werken ontmoedigen, regels
    # rond inkomenstarief in de kinderopvang)": examples of the problems signalled
    r"|\b(knelpunten|systeemfouten|drempels)\b[^.()]{0,120}\(\s*(bv\.?|bijv\.?|bijvoorbeeld|"
    r"zoals|o\.a\.|onder\s+andere)\s+[^()]*$" + _MAPPED_LIST,
    re.IGNORECASE,
)


# (one of these stands in every text the topic patterns match)
_TOPIC_WORDS = (
    "uitleg",
    "toelicht",
    " uit wat",
    " uit hoe",
    " toe wat",
    " toe hoe",
    "vorming",
    "opleiding",
    "training",
    "workshop",
    "info",
    "signal",
    "teken",
    "video",
    "filmpje",
    "tiktok",
    "reel",
    "post",
    "podcast",
    "vlog",
    "campagne",
    "affiche",
    "brochure",
    "folder",
    "artikel",
    "knelpunt",
    "systeemfout",
    "drempels",
    "kaart",
)


# Who is taught when teaching a way of working is practising it: the project's people, its
# partners, the employers or the services it works with (not "collega's", "een chef": the
# topics of a course for participants)
_STAFF_TAUGHT = _led(
    "bchjklmopstvw",
    r"\b(medewerkers?|medewerksters?|personeel|team|teams|teamleiders?|vrijwilligers?|"
    r"vrijwilligsters?|begeleiders?|begeleidsters?|coach|coaches|taalcoaches|jobcoaches|"
    r"leerkrachten|werkleiders?|werkgevers?|partners?|maatschappelijk\s+werkers?|buddy['’]?s|"
    r"wegwijzers|baliemedewerkers?|consulenten|kinderdagverblijven|onthaalouders|"
    r"opvanglocaties|scholen|hulpverleners|trajectbegeleiders?|trajectgezellen|ploegbazen)\b",
)


@functools.lru_cache(maxsize=2048)
def teaches_staff(sentence: str) -> bool:
    """The sentence names the project's people or its partners, who are taught."""
    return _STAFF_TAUGHT.search(sentence) is not None


_TRAINING_WORDS = re.compile(
    r"vorming|opleiding|training|workshop|sessie|cursus|bijscholing|intervisie", re.IGNORECASE
)


def trains_staff(sentence: str) -> bool:
    """The sentence announces a training for the project's people or partners."""
    return _TRAINING_WORDS.search(sentence) is not None and teaches_staff(sentence)


def trains_about(before: str) -> bool:
    """The words right before a hit make it what a training is about, or one of the signs
    the project watches for."""
    near = before[-160:]
    # (asked for every strong service hit: the patterns only where one of their words is)
    return _mentions(near, _TOPIC_WORDS) and (
        _TRAINING_TOPIC.search(near) is not None
        or _SIGNALS_LISTED.search(near) is not None
        or _MEDIA_TOPIC.search(near) is not None
    )


# "• leren reizen met de bus en de trein: haltes herkennen, de chauffeur aanspreken": an item
# that opens with learning lists the skills the participants learn
# (a list after a colon: not "Leren door te doen: de trajectgezel gaat mee naar het loket",
# a method whose own sentence follows)
_LEARNING_ITEM = re.compile(r"^\W*(leren|aanleren|oefenen)\s+[^:.;]*:", re.IGNORECASE)
_FINITE_VERB = re.compile(
    r"\b(gaat|gaan|spreekt|spreken|trekt|trekken|gebeurt|gebeuren|is|zijn|wordt|worden|"
    r"komt|komen|doet|doen|helpt|helpen)\b",
    re.IGNORECASE,
)


def skills_learned(before: str) -> bool:
    """The words before a hit open with learning and a colon, and list skills without anyone
    doing them: what follows is a skill learned."""
    lead = _LEARNING_ITEM.match(before)
    if lead is None:
        return False
    listed = before[lead.end() :]
    return _FINITE_VERB.search(listed) is None and not has_project_actor(listed)


_POSSESSIVE_BEFORE = re.compile(
    # (not the verb: "ze zijn ouders", "die zijn moeder geworden")
    r"(?<!\bze\s)(?<!\bzij\s)(?<!\bwe\s)(?<!\bwij\s)(?<!\bdie\s)(?<!\ber\s)(?<!\bjullie\s)"
    r"\b(zijn|haar|hun|mijn|je|jouw|z'n|d'r)\s+$",
    re.IGNORECASE,
)


_FAMILY = re.compile(
    r"^(ouders?|moeders?|vaders?|mama'?s?|papa'?s?|grootouders|gezin|gezinnen)$", re.IGNORECASE
)


# "Een derde heeft een migratieachtergrond", "Veel van hen zijn nieuwkomers", "waaronder 4
# nieuwkomers": a share of the people served, not whom the project is for
_SHARE_BEFORE = re.compile(
    r"(\b(een\s+derde|een\s+kwart|de\s+helft|een\s+deel|sommigen|enkelen)\s+(van\s+hen\s+)?"
    r"(is|zijn|heeft|hebben)\s+(een\s+|geen\s+)?"
    r"|\b(veel|velen|sommigen|enkelen)\s+van\s+hen\s+(zijn|hebben)\s+(een\s+)?"
    r"|\bwaaronder\s+\d+\s+"
    # "psychische klachten (depressie, angst, soms middelengebruik)": some of them, at times
    r"|\b(soms|af\s+en\s+toe|occasioneel|hier\s+en\s+daar)\s+(ook\s+)?(een\s+)?"
    # "moeders – vaak alleenstaand, vaak met een migratieachtergrond": often, so not all
    r"|\b(vaak|dikwijls)\s+(ook\s+)?(met\s+)?(een\s+)?)$",
    re.IGNORECASE,
)
# "Ongeveer de helft komt uit gezinnen met een migratieachtergrond", "Een aantal gezinnen met
# een migratieachtergrond krijgt ...", "in een derde van de gezinnen wordt thuis geen
# Nederlands gesproken": a clause that opens with a share speaks of part of the people
_SHARE_OPENING = (
    r"\W*(ongeveer|bijna|zowat|ruim|in|bij)?\s*"
    r"(een\s+derde|een\s+kwart|de\s+helft|een\s+deel|een\s+aantal|een\s+paar|enkele|"
    r"sommige)\s+"
    r"([\w'’-]+\s+){0,6}$"
)
_SHARE_OPENS = re.compile(r"(^|[;:(]\s*)" + _SHARE_OPENING, re.IGNORECASE)
# (read on the end of a longer text, whose start is no clause's start)
_SHARE_OPENS_INSIDE = re.compile(r"[;:(]\s*" + _SHARE_OPENING, re.IGNORECASE)


def names_a_share(before: str) -> bool:
    """The words right before a target-group word make it a share of the people spoken of."""
    if _SHARE_BEFORE.search(before[-40:]) is not None:
        return True
    # (a clause that opens with a share is a few words long: only its end is read, so a long
    # run of text without a full stop is not read again for every hit in it)
    tail = before[-_SHARE_REACH:]
    if not _mentions(tail, _SHARE_WORDS):
        return False
    pattern = _SHARE_OPENS if len(before) <= _SHARE_REACH else _SHARE_OPENS_INSIDE
    return pattern.search(tail) is not None


_SHARE_REACH = 160


_SHARE_WORDS = ("derde", "kwart", "helft", "deel", "aantal", "paar", "enkele", "sommige")


def someones_family(before: str, word: str) -> bool:
    """A possessive right before a family word: "van zijn moeder", "met hun ouders" names the
    family of the people spoken of, not parents the project serves."""
    return _FAMILY.match(word) is not None and _POSSESSIVE_BEFORE.search(before[-12:]) is not None


def asks_about(before: str) -> bool:
    """The words right before a hit make it what a talk or a questionnaire asks about."""
    return _TALK_TOPIC.search(before[-160:]) is not None


def is_topic(clause: str) -> bool:
    return _TOPIC.search(clause) is not None


# "Thema's: hervalpreventie, schaamte, opnieuw contact met familie": the themes of sessions
_THEMES_BEFORE = re.compile(
    r"\b(thema['’]s|thema|onderwerpen|onderwerp)(\s+(van|voor|in|tijdens)(\s+[\w'’-]+){1,3})?\s*:"
    r"[^.;:]*$",
    re.IGNORECASE,
)


def lists_themes(before: str) -> bool:
    """The words before a hit, in its sentence, open a list of themes."""
    tail = before[-320:]  # (a list of themes may run long)
    return _mentions(tail, ("thema", "onderwerp")) and _THEMES_BEFORE.search(tail) is not None


# "Aanklampend waar nodig, altijd met respect voor het tempo", "knelpunten ... signaleren
# waar dat kan": the hedge right after the way of working's name
_HEDGE_AFTER = re.compile(
    r"\W*(\w+\s+)?(waar|indien|zo|als)\s+(nodig|mogelijk|(dat|het)\s+kan|(dat|het)\s+lukt)\b",
    re.IGNORECASE,
)


def hedged_after(sentence: str, end: int) -> bool:
    """The way of working named at `end` of `sentence` is hedged right after its name, and
    the sentence tells no practice after a colon. (`match` at `end`: the hedge follows.)"""
    return _HEDGE_AFTER.match(sentence, end) is not None and _PRACTICE_TOLD.search(sentence) is None


# "Wij zijn ook een soort brugfiguur": a likeness claimed, not the role taken
_LIKENESS_BEFORE = re.compile(
    r"\b(een\s+soort|een\s+beetje|zowat|als\s+het\s+ware|min\s+of\s+meer)\s+(van\s+)?(een\s+)?$",
    re.IGNORECASE,
)
# "En we zetten in op een sterke link met de eerste- en tweedelijnshulpverlening": a sentence
# that ends a few words after committing to a way of working by its name tells no work
_COMMITS_TO = re.compile(
    r"\b(zet|zetten)\s+(\w+\s+){0,2}in\s+op\s+([\w-]+,?\s+){0,8}[\w-]+\W*$", re.IGNORECASE
)


def likened(before: str) -> bool:
    """The words right before a way of working's name claim only a likeness to it."""
    return _LIKENESS_BEFORE.search(before[-40:]) is not None


def commits_to(sentence: str, end: int) -> bool:
    """The sentence commits to the way of working named up to `end` in a few words, and ends
    with its name ("We zetten in op outreach en gaan langs bij de mensen thuis" tells the
    work)."""
    return not sentence[end:].strip(" .!;…") and _COMMITS_TO.search(sentence[:end]) is not None


# "We werken laagdrempelig en outreachend: lezen moet voor iedereen kunnen": how the project
# says it works, with a slogan after it
# (or "Onze coaches werken cultuursensitief en krachtgericht": the project's people)
_WORKS_SO = re.compile(
    r"\b(we|wij|onze\s+[\w-]+|ons\s+team|het\s+team)\s+werken\s+([\w-]+,?\s+(en\s+)?){0,3}$",
    re.IGNORECASE,
)


# "Onze gemeenschap is van nature cultuursensitief", "Wij zijn outreachend": a quality the
# organisation says it has (of a way of working's adjective: "Onze coach is de brugfiguur
# naar de diensten" gives a role)
_IS_SO = re.compile(
    r"\b(onze|ons|wij|we)\s+([\w-]+\s+)?(is|zijn)\s+"
    r"((van\s+nature|heel|erg|zeer|altijd|echt|sterk|ook|bijzonder|al|reeds)\s+)*$",
    re.IGNORECASE,
)
_QUALITY = re.compile(r"(sensitief|sensitieve|end|ende)$", re.IGNORECASE)


def self_portrait(sentence: str, start: int, end: int) -> bool:
    """The way of working named at start:end says how "we werken" or what the organisation
    "is", and no practice follows after a colon ("We werken aanklampend: wie niet komt,
    bellen we op" tells it)."""
    before = sentence[max(0, start - 80) : start]
    if _WORKS_SO.search(before) is None and not (
        _QUALITY.search(sentence[start:end]) and _IS_SO.search(before)
    ):
        return False
    colon = sentence.find(":", end)
    return colon < 0 or not has_project_actor(sentence[colon + 1 :])


def hedged(sentence: str) -> bool:
    """A short sentence that hedges what it says: "Uiteraard signaleren we knelpunten waar
    nodig." (of a way of working named by its own name: "Hij spreekt waar nodig hun
    moedertaal" tells the work)."""
    return _HEDGE.search(sentence) is not None and len(sentence.split()) <= _HEDGED_WORDS


@functools.lru_cache(maxsize=2048)
def endorses(sentence: str) -> bool:
    """The sentence says a way of working matters to the project, without telling the work."""
    return _ENDORSES.search(sentence) is not None and _PRACTICE_TOLD.search(sentence) is None


# (a slide or a canvas separates with dots or bars: "Onze waarden: inclusief · cultuursensitief
# · positief")
_LIST_SEPARATOR = re.compile(r"\s*[,;·•|]\s*|\s+(?:en|of)\s+", re.IGNORECASE)


def in_list_of_qualities(sentence: str, start: int, end: int) -> bool:
    """The words at start:end are one short item of an enumeration of three or more: "We
    werken herstelgericht, aanklampend en zonder oordeel", "een dienstverlening die
    laagdrempelig, aanklampend en vraaggestuurd is", "de waarden van onze leden: de cliënt
    centraal, integraal werken, cultuursensitiviteit". Such a word names a quality among
    others; it does not tell how the project works so."""
    begin = sentence.rfind(":", 0, start) + 1
    stop = min(
        (i for i in (sentence.find(":", end), sentence.find(".", end)) if i >= 0),
        default=len(sentence),
    )
    segment = sentence[begin:stop]
    parts: list[tuple[int, int]] = []
    at = 0
    for m in _LIST_SEPARATOR.finditer(segment):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, len(segment)))
    if len(parts) < 3:
        return False
    own = next((p for p in parts if p[0] <= start - begin < p[1] + 1), None)
    if own is None:
        return False
    # the item itself is short: "aanklampend", "integraal werken", not a clause of its own
    return len(segment[own[0] : own[1]].split()) <= 3


# The project's own people, and participants receiving something, also make a delivery.
_PROJECT_ROLE = _led(
    "bcdegijklmopstvw",
    r"\b(buddy|buddy's|maatje|maatjes|begeleider|begeleiders|trajectbegeleider|trajectgezel|"
    r"trajectgezellen|coach|coaches|jobcoach|vrijwilliger|vrijwilligers|medewerker|medewerkers|"
    # the project's professionals at work ("Een psycholoog voert met elke ouder een gesprek")
    r"psycholoog|psychologe|opvangcoach|taalcoach|wooncoach|gezinscoach|studiecoach|"
    r"buurtwerker|ervaringsdeskundige|ervaringsdeskundigen|krijgt|krijgen|kan\s+bij\s+ons|"
    r"kunnen\s+bij\s+ons)\b"
    # an activity on a schedule, or participants doing the learning
    r"|\b(wekelijks|maandelijks|dagelijks|tweewekelijks|elke\s+(week|maand|dag)|per\s+(week|maand)|"
    r"(elke|iedere)\s+(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\w*|"
    r"keer\s+per|onder\s+leiding\s+van)\b"
    r"|\b(deelnemers|cursisten|ouders|vrouwen|jongeren|leden|bewoners)\s+(leren|oefenen|volgen|"
    r"krijgen|kunnen|gaan)\b"
    # the same after a fronted phrase ("In acht workshops oefenen cursisten hoe ...")
    r"|\b(leren|oefenen|volgen)\s+(de\s+|onze\s+)?(deelnemers|cursisten|ouders|vrouwen|jongeren|"
    r"leden|bewoners)\b",
)


# A logframe numbers its activities under results under objectives ("SD1", "R1.2",
# "A1.2.1"): a line that opens with an activity's code is something the project does, written
# without a verb ("A2.2.1 Uitleen van 25 laptops").
_ACTIVITY_CODE = re.compile(r"^\W*(A|Act\.?|Activiteit)\s?\d{1,2}(\.\d{1,2}){1,3}\b")


@functools.lru_cache(maxsize=2048)
def names_project(clause: str) -> bool:
    """The project itself (we, ons team, de vereniging, ...) is named in this clause."""
    return _PROJECT_ACTOR.search(clause) is not None


# "Nieuw is een reeks van zes bijeenkomsten ...", "Er komt een wekelijkse praattafel", "Elke
# woensdag is er een ...": the offer told as something that is (or will be) there
_OFFER_THERE = re.compile(
    r"^\W*(nieuw\s+(is|zijn)\s+(een|de|het)\b"
    r"|er\s+(komt|komen|is|zijn)\s+(voortaan\s+|nu\s+|ook\s+)?(elke|iedere|een\s+(reeks|wekelijkse|"
    r"maandelijkse|tweewekelijkse|vaste)|wekelijks|maandelijks|tweewekelijks)\b)",
    re.IGNORECASE,
)


# "RISE richt zich op regio-uitdaging 4: ...", "Wij richten ons op ...", "Onze doelgroep
# bestaat uit ...": the project says whom it serves
_AIMS_AT = re.compile(
    r"\b((richt|richten)\s+(zich|ons)\s+(\w+\s+){0,2}(op|tot)"
    r"|(onze|de)\s+doelgroep\s+(is|zijn|bestaat)"
    r"|(we|wij)\s+(bereiken|richten\s+ons))\b",
    re.IGNORECASE,
)


def aims_at(sentence: str) -> bool:
    """The sentence says whom the project serves."""
    return _AIMS_AT.search(sentence) is not None


def has_project_actor(clause: str) -> bool:
    """The project (we, ons team, de vereniging, its buddies and coaches) acts in this clause,
    or participants receive something from it, or an offer is made in the passive voice without
    naming another party ("Er wordt wekelijks een oefenmoment voorzien"), or a logframe's
    activity line states it ("A1.2.1 Twee conversatietafels per week")."""
    return (
        _PROJECT_ACTOR.search(clause) is not None
        or _PROJECT_ROLE.search(clause) is not None
        or _ACTIVITY_CODE.match(clause) is not None
        or _OFFER_THERE.match(clause) is not None
        or offers_in_passive(clause)
    )


# Civil servants write the project's work in the passive voice without an agent: "wordt
# ingezet op", "wordt een praatgroep georganiseerd", "worden telefonisch gecontacteerd".
_OFFERING_PASSIVE = _led(
    "w",
    r"\b(wordt|worden|werd|werden)\b(?:\s+[\w'-]+){0,8}?\s+"
    r"(georganiseerd|voorzien|aangeboden|geboden|ingezet|opgezet|opgestart|uitgebouwd|"
    r"uitgewerkt|ingericht|gegeven|begeleid|ondersteund|opgevolgd|gecontacteerd|afgelegd|"
    r"toegewezen|gezocht|gevoerd|opgeleid|verhoogd|uitgebreid|gereserveerd|ter\s+beschikking"
    r"\s+gesteld)\b",
)
_AGENT = re.compile(r"\bdoor\s+(?!middel\b)", re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def offers_in_passive(clause: str) -> bool:
    """An offer in the passive voice whose agent is the project or not named: "Er wordt
    ingezet op aanklampend werken", "Door de trajectbegeleider wordt een actieplan opgesteld",
    not "cliënten die door de VDAB worden begeleid"."""
    if _OFFERING_PASSIVE.search(clause) is None:
        return False
    agent = _AGENT.search(clause)
    return agent is None or _PROJECT_ROLE.search(clause[agent.end() :]) is not None


_AMOUNT = re.compile(r"€\s*\d|\d\s*€|\bEUR\s*\d|\d\s*euro\b", re.IGNORECASE)
# "vertaling van de uitnodigingen in het Arabisch en Turks: 600 euro;": an item of a cost list
_PRICED_ITEM = re.compile(r"[:–-]\s*(€\s*\d[\d.,]*|\d[\d.,]*\s*(euro|€|EUR))\W*$", re.IGNORECASE)


_MONEY_WORDS = _led(
    "bkosvw",
    r"\b(budget|kosten|onkosten|begroting|subsidie|bedrag|vragen\s+we|we\s+vragen|"
    r"wij\s+vragen|kost|kosten)\b",
)


@functools.lru_cache(maxsize=2048)
def is_budget_line(sentence: str) -> bool:
    """A budget line written as prose ("Budget: vorming € 2.400, materiaal € 4.000", "We
    vragen € 7.500 per jaar, vooral voor koffie en vervoer")."""
    amounts = len(_AMOUNT.findall(sentence))
    return amounts >= 2 or (
        amounts == 1
        and (_MONEY_WORDS.search(sentence) is not None or _PRICED_ITEM.search(sentence) is not None)
    )


# "5. Wat doen we niet?", "Wat valt buiten ons project", "Niet voorzien": a heading that says
# the project does not do what follows.
# (stressed with accents too: "En wat doen jullie níet?")
_HEADING_NEGATOR = re.compile(
    rf"(?=[ngbe])\b(niet|nie|ni|geen|buiten|evenmin|{_STRESSED_NOT})\b", re.IGNORECASE
)


@functools.lru_cache(maxsize=2048)
def is_excluding_heading(heading: str) -> bool:
    """A section title that announces what the project does not do ("Wat doen we niet?"),
    not one whose negation is about the people ("Wie niet komt, bellen we op")."""
    if _HEADING_NEGATOR.search(heading) is None:
        return False
    title = HEADING_NUMBER_RE.sub("", heading)
    # "Bereiken wie we nog niet kennen": the negation tells which people, in a clause of "wie"
    title = _WHOM.sub(_blank, title)
    negated = [negates(title[a:b], b - a, b - a) for a, b in clauses(title)]
    if not any(negated):
        return False
    asked = sentences(title)
    # "Niet gekomen? We bellen.": a question about the people that the project answers
    return not (
        len(asked) > 1
        and title[asked[0][0] : asked[0][1]].rstrip().endswith("?")
        and not has_project_actor(title[asked[0][0] : asked[0][1]])
        and all(not negates(title[a:b], b - a, b - a) for a, b in asked[1:])
        and has_project_actor(title[asked[-1][0] : asked[-1][1]])
    )


_WHOM = re.compile(r"(?<=\w)\s+wie\s+[^,;:?.]*", re.IGNORECASE)
# A heading's number ("3.2 ", "B. "), or a form's part, chapter or question label with its number
# ("Vraag 2.3 –", "DEEL B –", "Hoofdstuk 2 –"), before the heading's words: one for every reader
# of headings (lower case or with re.IGNORECASE).
PART_LABEL = (
    r"(?:vraag|deel|onderdeel|hoofdstuk|luik|rubriek|sectie)\s+"
    r"(?:\d{1,2}(?:\.\d{1,2})*[a-z]?|[a-z])\b[\W_]*"
)
HEADING_NUMBER = rf"^\W*(?:{PART_LABEL}|\d{{1,2}}(?:\.\d{{1,2}})*[.)]?\s+|[a-z][.)]\s+)?"
HEADING_NUMBER_RE = re.compile(HEADING_NUMBER, re.IGNORECASE)


_PEOPLE_SUBJECT = re.compile(
    r"^\W*(en\s+|maar\s+|want\s+)?(ze|zij|hij|hun|veel|vaak|sommige|de\s+meeste|andere|"
    r"deelnemers|mensen|ouders|cliënten|clienten|jongeren|vrouwen|mannen|kinderen|nieuwkomers|"
    r"gezinnen|families|mama's|papa's|moeders|vaders)\b(\s+\w+)?\s+"
    # a verb of having, being, knowing or lacking: a state, not an activity
    r"(hebben|heeft|had|hadden|zijn|is|was|waren|weten|weet|wisten|denken|denkt|kennen|kent|"
    r"spreken|spreekt|vinden|vindt|zitten|zit|durven|durft|wonen|woont|missen|mist|raken|raakt|"
    r"kampen|kampt|worstelen|lijden|voelen|voelt|verliezen|verliest)\b",
    re.IGNORECASE,
)
_WE = _led(
    "w",
    r"\b(we|wij)\b",
)


@functools.lru_cache(maxsize=2048)
def describes_people(clause: str) -> bool:
    """The clause is about the state of the people served, with no 'we' in it: what they have,
    know or lack ("Sommige vrouwen hebben al werk", "Ze spreken weinig Nederlands")."""
    return (
        _PEOPLE_SUBJECT.match(clause) is not None
        and _WE.search(clause) is None
        and _PROJECT_ROLE.search(clause) is None
    )


_READS_CALL = _led(
    "lwzgbomv",
    r"\b((lazen|lezen|lees|zagen|zien)\s+(we|wij)|(we|wij)\s+(lazen|lezen|lees|zagen))\b"
    # "de vier regio-uitdagingen zoals geformuleerd in het lokaal addendum"
    r"|\b(geformuleerd|beschreven|omschreven|opgesomd|vermeld|opgelijst)\s+(staan\s+)?in\s+"
    r"(het|de)\s+(\w+\s+)?(addendum|oproep)\b",
)


# What stands before the call's name when a proposal names the call it answers: "Kandidatuur
# lokaal addendum", "Voorstel voor het lokaal addendum van de oproep", "in het kader van de
# oproep", "Projectvoorstel – Lokaal Addendum DAW+".
_SUBMISSION_OF = re.compile(
    r"\b(kandidatuur|voorstel|projectvoorstel|aanvraag|projectaanvraag|aanvraagformulier|"
    r"antwoordformulier|fiche|ingediend|indienen|voor|kader\s+van|binnen|addendum|oproep)"
    r"[\s–:-]+((het|de|dit|deze|lokaal|lokale|regio|van)[\s–-]+){0,4}$",
    re.IGNORECASE,
)


def names_the_submission(before: str) -> bool:
    """The words before a name of the call make it the call this proposal answers."""
    return _SUBMISSION_OF.search(before) is not None or not before.strip(" –-:·|*")


@functools.lru_cache(maxsize=2048)
def reads_the_call(sentence: str) -> bool:
    """'In de oproep lazen we dat ...': the project reads, it does not act."""
    return _READS_CALL.search(sentence) is not None


@dataclass(frozen=True)
class Lead:
    """What a clause ending in ':' says of the enumeration after it: who acts ("We organiseren
    drie infoavonden: 1. met een kinesiste ...; 2. ..."), whether it is negated ("Wat we
    niet doen: ...") and whether it reports what the call says ("Uit de verrijkingssessie
    blijkt dat: ..."). It holds for the rest of the sentence, through items separated by ';',
    and for the list items right after a paragraph that ends in ':'. It may also open a list
    of the project's values ("Onze waarden zijn: ..."), whose items name qualities."""

    actor: bool = False
    negated: bool = False
    open: bool = False  # the last text ended in ':' (the next block may be its list)
    quoted: bool = False  # the enumeration restates the call
    valued: bool = False  # the enumeration lists values or principles
    # the enumeration lists where people are referred ("Waar nodig verwijst ze door: naar de
    # huisarts, naar het CGG voor een behandeling, of bij verslaving naar het CAD")
    referral: bool = False

    def after_clause(self, clause: str, rest: str) -> Lead:
        """The lead after `clause`, given the text that follows it in its sentence."""
        if not rest.lstrip().startswith(":"):
            return self
        return self._from(clause)

    def _from(self, clause: str, sentence: str = "") -> Lead:
        """The lead of `clause` (who acts may be named earlier in its `sentence`)."""
        # "mensen die elders geen kans krijgen: zonder diploma, met weinig Nederlands": a
        # relative clause at the end tells what the people lack, not what the project denies
        relative = _RELATIVE_AFTER.search(clause)
        main = clause[: relative.start()] if relative else clause
        return Lead(
            actor=self.actor or has_project_actor(sentence or clause),
            negated=negates(main, len(main), len(main)),
            open=True,
            valued=_VALUES_LEAD.search(main) is not None,
            # (the clause ended in ':': "verwijst ze door:" refers, as "verwijst ze door naar")
            referral=is_referral(main.rstrip() + ":"),
        )

    def quoting(self) -> Lead:
        """This lead, introducing what the call says."""
        return replace(self, quoted=True)

    def after_sentence(self, sentence: str) -> Lead:
        end = sentence.rstrip()
        if end.endswith(":"):
            return self._from(end[:-1].rsplit(",", 1)[-1], end)
        if end.endswith(";") or not self.active:
            return self.kept() if self.active else self
        # (a list of values holds for all its items, however each ends: "Aanklampend werken –
        # we laten niemand los!")
        return Lead(valued=True) if self.valued else Lead()

    def after_text(self, text: str) -> Lead:
        """The lead after a sentence or block that has no hits."""
        end = text.rstrip()
        if end.endswith(":"):
            last = end[:-1].rsplit(".", 1)[-1]
            return self._from(last.rsplit(",", 1)[-1], last)
        return self.after_sentence(end)

    def entering(self, kind: str) -> Lead:
        """A new block: a list after a paragraph ending in ':' keeps the lead."""
        if self.open or (self.active and kind == "list-item"):
            return self.kept()
        return Lead()

    def kept(self) -> Lead:
        """This lead, kept over the items of its enumeration."""
        return replace(self, open=False)

    @property
    def active(self) -> bool:
        return self.actor or self.negated or self.quoted or self.valued or self.referral


# "Onze waarden zijn:", "Onze aanpak steunt op de volgende beleidsprincipes:": what follows
# names the qualities the project holds, not the work
_VALUES_LEAD = re.compile(
    r"\b(waarden|kernwaarden|basiswaarden|principes|basisprincipes|beleidsprincipes|"
    r"werkprincipes|uitgangspunten|grondhoudingen)(\s+(zijn|luiden))?\s*$"
    r"|\bwaar\s+we\s+voor\s+staan\s*$",
    re.IGNORECASE,
)


# "Uit de verrijkingssessie blijkt, en wij sluiten ons daarbij aan, dat:", "Het addendum
# vraagt:": a sentence that reports what the call says (whatever the project thinks of it)
_REPORTS = _led(
    "bflnsv",
    r"\b(blijkt|bleek|stelt|stellen|vraagt|vragen|benadrukt|benadrukken|noemt|beschrijft|"
    r"formuleert|luidt|staat|staan|somt\s+\w+\s+op|lezen\s+we|lazen\s+we)\b",
)


def reports(sentence: str) -> bool:
    """The sentence reports what a text says ('blijkt', 'stelt', 'vraagt', 'benadrukt')."""
    return _REPORTS.search(sentence) is not None


_BRIDGE = _led(
    "abcmostw",
    r"\b(mee|samen|warme|warm|overdracht|samenwerking|overleg\w*|contactpersoon|afspraken|"
    # (not the noun: a "begeleidster" who refers is the one who points elsewhere)
    r"casus\w*|toeleid\w*|begeleid(?!ers?\b|sters?\b)\w*)\b",
)


@functools.lru_cache(maxsize=2048)
def bridges(clause: str) -> bool:
    """The referral is accompanied or arranged ("we gaan mee", "warme overdracht", "met een
    vaste contactpersoon"), not only a pointer elsewhere."""
    return _BRIDGE.search(clause) is not None


# "Regio-uitdaging 4 nemen we niet op", "Uitdagingen 1 en 3 vallen buiten dit voorstel"
_CHALLENGE_NUMBERS = re.compile(
    r"\b(?:regio-?)?uitdaging(?:en)?\s+(\d{1,2}(?:\s*(?:,|en|&|/)\s*\d{1,2})*)\b", re.IGNORECASE
)


def declined_challenges(text: str) -> set[int]:
    """The challenges a proposal says, by number, it does not take up: a clause that names
    them and in which the project declines them."""
    if "uitdaging" not in text.casefold():
        return set()
    out: set[int] = set()
    for s_start, s_end in sentences(text):
        sentence = text[s_start:s_end]
        for c_start, c_end in clauses(sentence):
            clause = sentence[c_start:c_end]
            m = _CHALLENGE_NUMBERS.search(clause)
            if m is None or not negates(clause[m.end() :], 0, 0):
                continue
            if not has_project_actor(clause) and not is_exclusion(clause):
                continue
            out.update(int(n) for n in re.findall(r"\d{1,2}", m.group(1)))
    return out


# "Toeleiding door het OCMW", "gezinnen die door het OCMW worden doorverwezen", "ouders die
# door de scholen worden toegeleid": others send people to the project
_INBOUND = _led(
    "adilmstv",
    r"\b(toeleiding|doorverwijzing|aanmelding|verwijzing|toegeleid|doorverwezen|aangemeld|"
    r"verwezen)\b[^.;:]{0,30}?\bdoor\s+(?!middel\b)(?P<a>[^.;:]{0,40})"
    # "Toeleiding via het Huis van het Nederlands, de CVO's en het OCMW"
    r"|\b(toeleiding|aanmelding|instroom)\b[^.;:]{0,30}?\b(via|vanuit)\s+(?P<c>[^.;:]{0,40})"
    r"|\bdoor\s+(?!middel\b)(?P<b>[^.;:]{0,40}?)\s+(worden|wordt|werden|werd)\s+"
    r"(\w+\s+){0,2}(toegeleid|doorverwezen|aangemeld|verwezen)\b"
    # "Huisartsen en het CGG verwijzen cursisten naar ons door", "sturen gezinnen naar ons"
    r"|\b(verwijzen|verwijst|sturen|stuurt|leiden|leidt|melden|meldt)\b[^.;:]{0,40}?"
    r"\b(naar|bij)\s+ons\b(?!\s+\w*(team|project|aanbod|werking))",
)


@functools.lru_cache(maxsize=2048)
def is_inbound(clause: str) -> bool:
    """Others refer people to the project ("Toeleiding door het OCMW"): that is how
    participants arrive, not a bridge the project builds to other services."""
    for m in _INBOUND.finditer(clause):
        agent = m.group("a") or m.group("b") or m.group("c") or ""
        if _PROJECT_ACTOR.search(agent) is None and _PROJECT_ROLE.search(agent) is None:
            return True
    return False


# "..., zodat de andere naar een sollicitatiegesprek kan": a clause of purpose or cause names
# what the work is for, not the work itself. (A condition, "Voor wie liever de bus neemt,
# plannen we de route", often names what the main clause then does: it is not counted here.)
_PURPOSE = re.compile(r"^\W*(zodat|opdat|omdat|waardoor)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=2048)
def is_purpose(clause: str) -> bool:
    """A subordinate clause of purpose or cause in which the project does not act."""
    return _PURPOSE.match(clause) is not None and _PROJECT_ACTOR.search(clause) is None


# A common noun followed by a proper name names one institution ("kinderopvang De Speelboot",
# "school Het Anker", "kinderopvang 't Kriebeltje"): who, like an organisation, not the work.
_PROPER_NAME_AFTER = re.compile(r" (?:De|Het|Den|'t|Ter|Ten) [A-ZÀ-Ý][\w'-]")


# "de werkgroep mobiliteit", "drie thematische werkgroepen (kinderopvang, mobiliteit,
# netwerk)": the name of a working group is its topic, not what the project delivers
_WORKING_GROUP_BEFORE = re.compile(
    r"\b(werkgroep|werkgroepen|stuurgroep|thema|thema's|themagroep)\b(\s+\w+){0,2}\s*"
    r"(\(([^()]{0,60},\s*)?)?$",
    re.IGNORECASE,
)


# "het departement Werk en Sociale Economie", "de Vlaamse minister van Welzijn": a government
# body named after its field (the capitalised words after it)
_DEPARTMENT_BEFORE = re.compile(
    r"\b(departement|agentschap|ministerie|minister|ministers|kabinet|beleidsdomein)\s+"
    r"(van\s+)?([A-ZÀ-Ý][\w-]*,?\s+(en\s+)?){0,4}$"
)


# An organisation's registered name, told with its legal form: "vzw Brug naar Huis", "De
# Buddy vzw", "cv Dorpsrit". Capitalised words, with the small words a name joins them by.
_NAME_WORD = r"[A-ZÀ-Ý][\w'’&-]*"
# (a name stays on its line: "vzw X" in a heading, "Aanpak" under it)
_NAME_JOIN = r"(?:[^\S\n]+(?:van|voor|naar|de|het|en|op|in|der|den|aan|met|bij|'t))*[^\S\n]+"
_NAME = rf"{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,4}}"
_LEGAL_FORM = r"(?:vzw|VZW|v\.z\.w\.|cv|CV|cvba|CVBA|bv|BV|ivzw|IVZW)"
_NAME_AFTER_FORM = re.compile(rf"[^\S\n]+({_NAME})")
_NAME_BEFORE_FORM = re.compile(rf"(?<!\w)({_NAME})[^\S\n]+{_LEGAL_FORM}$")
# (led by its first letters: a document is scanned for them once, and most have none)
_FORM = re.compile(rf"(?=[vVcCbBiI])\b{_LEGAL_FORM}\b")
_NAME_REACH = 120  # how far before its legal form a name may start
_ARTICLE = re.compile(r"\b(?:De|Het|'t)[^\S\n]+(?=[A-ZÀ-Ý])")


def registered_names(text: str) -> set[str]:
    """The names a text gives organisations with their legal form ("vzw Brug naar Huis", "De
    Buddy vzw"): wherever the text repeats such a name, it names the organisation, not its
    work."""
    found: list[str] = []
    # (the names are sought from each legal form, after it and back from it: tried at every
    # capital of the text, the patterns cost more than all the names are worth)
    forms = [f.span() for f in _FORM.finditer(text)]
    for _, end in forms:
        after = _NAME_AFTER_FORM.match(text, end)
        if after is not None:
            found.append(after.group(1))
    for start, end in forms:
        m = _NAME_BEFORE_FORM.search(text, max(0, start - _NAME_REACH), end)
        if m is None:
            continue
        name = m.group(1)
        found.append(name)
        # the words before a name may open the sentence ("Samen met De Buddy vzw"): the name
        # from its article on is a name too
        found.extend(name[a.start() :] for a in _ARTICLE.finditer(name) if a.start())
    # an article alone ("De vzw") is no name
    return {name for name in found if _ARTICLE.sub("", name) != name or len(name) > 3}


# "Wij werken samen met het CAW en het CGG.": a partnership named, nothing done with it (not
# "We werken samen met het CGG voor wie somber is", nor "... zodat ...")
_BARE_PARTNERSHIP = re.compile(
    r"^\W*(wij|we|ons\s+project|onze\s+\w+)\s+(werken|werkt)\s+(ook\s+|nauw\s+|goed\s+)?"
    r"samen\s+met\s+(?![^.;:]*\b(voor|om|zodat|rond|bij|waarbij|die|dat|wanneer|als|in|aan|op)\b)"
    r"(\S+\s+){0,7}\S+\W*$",
    re.IGNORECASE,
)


def bare_partnership(clause: str) -> bool:
    """The clause names partners to work with and nothing of the work."""
    return _BARE_PARTNERSHIP.match(clause) is not None


def names_institution(text: str, end: int, start: int | None = None) -> bool:
    """Whether the words ending at `end` are the kind of place in an institution's name, or
    (from `start`) the topic that names a working group."""
    if start is not None and _WORKING_GROUP_BEFORE.search(text, max(0, start - 80), start):
        return True
    if (
        start is not None
        and text[start : start + 1].isupper()
        and _DEPARTMENT_BEFORE.search(text, max(0, start - 80), start)
    ):
        return True
    return _PROPER_NAME_AFTER.match(text, end) is not None


_PEOPLE_POINTER = re.compile(
    r"^\W*((maar|en|want)\s+)?(die|deze|zij|ze)\s+(\w+\s+){0,2}"
    r"(vallen|valt|horen|hoort|behoren|zijn|is)\b",
    re.IGNORECASE,
)
# "..., maar we richten voor hen geen specifiek aanbod in", "maar voor hen organiseren we
# niets apart": the project sets up nothing for the people just named (not "want voor hen
# bestaat er geen aanbod", the gap the project fills)
_NOTHING_FOR_THEM = re.compile(
    r"^\W*maar\s+((we|wij)\s+\w+\s+)?voor\s+hen\s+((we|wij)\s+|\w+\s+(we|wij)\s+)?"
    r"(\w+\s+)?(geen|niets|niks)\b",
    re.IGNORECASE,
)


def points_to_people(clause: str) -> bool:
    """'maar die vallen buiten dit project', 'zij horen niet tot onze doelgroep': the clause is
    about the people named before it, not about an activity."""
    return _PEOPLE_POINTER.match(clause) is not None or _NOTHING_FOR_THEM.match(clause) is not None


def declines_doing(clause: str) -> bool:
    """'..., dat doen wij niet', 'maar dat organiseren we zelf niet': the project says it does
    not do the work the clause before it named (not 'maar dat is niet genoeg')."""
    return _DOING_POINTER.match(clause) is not None


_DOING_POINTER = re.compile(
    r"^\W*(maar\s+|en\s+)?(dat|dit|da)\s+(doen|bieden|organiseren|geven|voorzien|regelen)\s+"
    r"(wij|we|jullie|wij\s+zelf|we\s+zelf)\s+(\w+\s+){0,3}?(zelf\s+)?"
    rf"({_STRESSED_NEGATORS}|niet|nie|nooit)\b"
    # (not what says with whom or how, not that it is not done: "dat doen we niet alleen",
    # "nooit zonder de maatschappelijk werker", "niet in ons eentje")
    r"(?!\s+(alleen|enkel|zomaar|zonder|in\s+ons\s+eentje|op\s+eigen\s+houtje|"
    r"op\s+ons\s+eentje)\b)",
    re.IGNORECASE,
)


# "In 2022 volgden onze teamleiders een training", "opgericht in 2011 door moeders die elkaar
# ontmoetten aan de schoolpoort": a sentence dated to a year before the call tells what was,
# unless it says it goes on ("sinds 2019 gaan we ...", "dat zetten we nu voort")
_DATED = re.compile(r"\b(19\d\d|20\d\d)\b")
_GOES_ON = re.compile(
    r"\b(sinds|vanaf|sindsdien|nog\s+steeds|nog\s+altijd|nog\s+elke|blijven|blijft|voortzetten|"
    r"zetten\s+(\w+\s+){0,4}voort|zet\s+(\w+\s+){0,4}voort|verder|verderzetten|opnieuw|"
    r"nu|vandaag|momenteel|intussen|tot\s+op\s+vandaag|in\s+dit\s+project|ook\s+in|"
    r"jaarlijks|elk\s+jaar|ieder\s+jaar|telkens|wekelijks|maandelijks|tot|t\.e\.m\.|"
    r"gaan|gaat|zullen|zal|willen|wil|worden|wordt|"
    # a state that lasts: "met twee ervaringsdeskundigen die zelf clean zijn"
    r"die\s+(\w+\s+){0,4}(is|zijn|heeft|hebben|kan|kunnen))\b",
    re.IGNORECASE,
)


def tells_the_past(sentence: str, call_year: int) -> bool:
    """The sentence is dated to a year before `call_year` and does not say it goes on."""
    if "19" not in sentence and "20" not in sentence:
        return False  # no year (the common case, looked up without the pattern)
    years = [int(y) for y in _DATED.findall(sentence)]
    return bool(years) and all(y < call_year for y in years) and _GOES_ON.search(sentence) is None
