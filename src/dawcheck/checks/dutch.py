"""How Dutch proposals say that something is *not* part of the project.

A filter that drops every sentence with niet/geen/buiten/zonder also drops real evidence
("mensen zonder werk", "contacten buiten hun eigen gemeenschap", "ze zien hun kansen niet
meer"), so exclusion is recognised by the constructions applicants use for it, tied to the
project ("we", "dit project") or to the verb that scopes the offer.
"""

from __future__ import annotations

import re

_EXCLUSION = [
    r"\bvalt\b[^.;]{0,40}\bbuiten\b",
    r"\bvallen\b[^.;]{0,40}\bbuiten\b",
    r"\bbuiten\s+(de\s+|het\s+|dit\s+|ons\s+)?(scope|project|bestek|opdracht|aanbod|kader)\b",
    r"\b(maakt|maken)\s+(echter\s+)?geen\s+(deel|onderdeel)\b",
    r"\bgeen\s+(deel|onderdeel)\s+(uit\s+)?van\b",
    r"\b(hoort|horen|behoort|behoren)\s+(echter\s+)?niet\b",
    r"\b(komt|komen)\s+(hier\s+)?niet\s+aan\s+bod\b",
    r"\bevenmin\b",
    r"\bniet\s+(in|binnen)\s+(dit|ons|het)\s+(project|aanbod|voorstel)\b",
    r"\blaten\s+we\s+(bewust\s+)?(buiten|achterwege|weg)\b",
    r"\b(we|wij)\s+(\w+\s+){0,3}(niet|geen)\s+(\w+\s+){0,3}(aan|op|in|mee)?\s*$",
    r"\b(we|wij|dit project|ons project|het project)\s+(\w+\s+){0,2}(zelf\s+)?(geen)\b",
    r"\b(doen|bieden|voorzien|organiseren|geven|nemen|behandelen|werken|focussen)\s+"
    r"(we|wij)\s+(zelf\s+)?(niet|geen)\b",
    r"\b(is|zijn|wordt|worden)\s+(hier\s+)?(niet|geen)\s+(voorzien|inbegrepen|opgenomen|"
    r"aangeboden|behandeld|onze\s+focus|ons\s+doel)\b",
    r"\bniet\s+(voorzien|inbegrepen|opgenomen|aangeboden)\b",
]
_REFERRAL = [
    r"\b(verwijzen|sturen|leiden)\s+(we|wij)\s+(\w+\s+){0,3}(door|toe)\b",
    r"\b(verwijzen|sturen|leiden)\s+(we|wij)\b[^.;]{0,60}\bdoor\b",
    r"\bwordt\s+(\w+\s+){0,2}doorverwezen\b",
    r"\bworden\s+(\w+\s+){0,2}doorverwezen\b",
    r"\b(we|wij)\s+(\w+\s+){0,3}doorverwijzen\b",
    r"\bdoorverwijzing\s+naar\b",
]
EXCLUSION_RE = re.compile("|".join(_EXCLUSION), re.IGNORECASE)
REFERRAL_RE = re.compile("|".join(_REFERRAL), re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\s+•\s+|\s+[–-]\s+(?=[A-Z])")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences (and list items) in a block of text."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


_REFERS_BACK = re.compile(
    r"^\W*(dat|dit|die|deze|daar\w*|hier\w*|het|ook\s+dat|ook\s+dit)\b", re.IGNORECASE
)


def refers_back(sentence: str) -> bool:
    """'Dat thema valt buiten ...', 'Daarvoor verwijzen we door': about the sentence before."""
    return _REFERS_BACK.search(sentence) is not None


# Every exclusion and referral construction contains one of these words: a cheap first test.
_EXCLUSION_WORDS = re.compile(r"\b(niet|geen|buiten|evenmin|achterwege|laten)\b", re.IGNORECASE)
_REFERRAL_WORDS = re.compile(r"door|toe\b", re.IGNORECASE)


def is_exclusion(sentence: str) -> bool:
    return (
        _EXCLUSION_WORDS.search(sentence) is not None and EXCLUSION_RE.search(sentence) is not None
    )


def is_referral(sentence: str) -> bool:
    return _REFERRAL_WORDS.search(sentence) is not None and REFERRAL_RE.search(sentence) is not None
