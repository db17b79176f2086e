"""Each text rectangle of a PDF page matched to its characters, so PDFium need not search the page.

`pdf_layout.page_runs` needs, per text rectangle, PDFium's bounded text (FPDFText_GetBoundedText)
and the character at its left edge (FPDFText_GetCharIndexAtPos, for the font). Both look at every
character of the page, once per rectangle: on a bench page of 40 rectangles and 3,000 characters
that was the largest part of reading a PDF after PDFium's own page loading.

A rectangle is the union of the boxes of one run of a text object's characters
(CPDF_TextPage::GetRectArray skips generated characters and boxes under 0.01 pt, and starts a new
rectangle where the text object changes). Where each rectangle's characters start is found with
FPDFText_CountRects over a few characters (its cost is the length of the range, not of the page):
guessed at the line break PDFium generates before the next line, or searched. Every range must
then hold exactly one rectangle, the page's own; as many ranges as runs, each inside one run,
means each holds its own run. When no other rectangle of the page overlaps it, a rectangle's
bounded text is what CPDF_TextPage::GetTextByPredicate makes of its range (every character of the
run lies inside the rectangle; a generated character's box is a point and matches nothing) and
the character at the probe point is the first of the range, if its box holds the point.

What cannot be shown that way is left to PDFium (the caller's slow path, exactly as before): a
page whose text does not map one to one onto its characters, overlapping rectangles (or too many
on one band to compare), a range holding line breaks or U+FFFE (a hyphen mark or a character
without Unicode), two spaces in a row or a leading space, a rectangle too thin for the probe
point, and a first character whose box does not hold it. The spaces and line breaks after a
range's last character are looked up one by one (generated or not, and their box) where it
matters, as GetTextByPredicate treats them by whether they match.

One thing is assumed rather than checked, as checking it would take a PDFium call per character:
that a character whose box is under 0.01 pt (left out of every rectangle; in practice a space in
a font under 10 pt, whose glyph box is empty) does not change what a rectangle reads, by lying
inside another object's rectangle or, if it is not a space, by missing its own. A space drawn
between two words as an object of its own touches both words' rectangles without overlapping them.
tests/test_pdf_runs.py compares both ways on every page of the corpus and bench PDFs and on
crafted pages (8 pt spaces as objects, overlaps, hyphens, invisible and microscopic text).
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Rect = tuple[float, float, float, float]  # left, bottom, right, top (PDFium's floats)

_FLOAT = struct.Struct("f")
_HYPHEN_MARKS = ("\ufffe", "\u00ad")


@dataclass(frozen=True)
class Span:
    """A rectangle's characters [start, end) and what PDFium would answer for it."""

    start: int  # the first character of its text object: FPDFText_GetCharIndexAtPos's answer
    end: int
    text: str  # FPDFText_GetBoundedText's answer


class PageChars:
    """The characters of one text page as far as rectangles need them, from a few PDFium calls.

    Its methods run a few times per rectangle, tens of thousands of times per document: PDFium's
    functions and the ctypes values they fill are looked up once, here.
    """

    def __init__(self, textpage_raw: Any, text: str, count: int) -> None:
        import pypdfium2.raw as pdfium_c

        self.raw = textpage_raw
        self.text = text  # FPDFText_GetText of the whole page; one UTF-16 unit per character
        self.count = count
        self._count_rects: Callable[..., int] = pdfium_c.FPDFText_CountRects
        self._get_rect: Callable[..., int] = pdfium_c.FPDFText_GetRect
        self._char_box: Callable[..., int] = pdfium_c.FPDFText_GetCharBox
        self._is_generated: Callable[..., int] = pdfium_c.FPDFText_IsGenerated
        self._a, self._b, self._c, self._d = (ctypes.c_double() for _ in range(4))
        self._refs = tuple(ctypes.byref(v) for v in (self._a, self._b, self._c, self._d))

    def rects(self, start: int, length: int) -> int:
        """FPDFText_CountRects over `length` characters from `start` (rectangles kept by PDFium)."""
        return self._count_rects(self.raw, start, length)

    def first_rect(self) -> Rect:
        """The first rectangle of the last `rects` call."""
        left, top, right, bottom = self._refs
        self._get_rect(self.raw, 0, left, top, right, bottom)
        return (self._a.value, self._d.value, self._c.value, self._b.value)

    def box(self, index: int) -> Rect | None:
        """A character's box, normalised as PDFium compares it; None when PDFium has none."""
        left, right, bottom, top = self._refs
        if not self._char_box(self.raw, index, left, right, bottom, top):
            return None
        x0, x1, y0, y1 = self._a.value, self._b.value, self._c.value, self._d.value
        if x0 > x1:
            x0, x1 = x1, x0
        if y0 > y1:
            y0, y1 = y1, y0
        return (x0, y0, x1, y1)

    def generated(self, index: int) -> bool | None:
        """Whether PDFium made the character up (a space or line break between objects)."""
        answer = self._is_generated(self.raw, index)
        return None if answer < 0 else bool(answer)


def _intersects(a: Rect, b: Rect) -> bool:
    """CFX_FloatRect::Intersect followed by !IsEmpty(), for normalised rectangles."""
    return max(a[0], b[0]) < min(a[2], b[2]) and max(a[1], b[1]) < min(a[3], b[3])


def isolated(rects: list[Rect]) -> list[bool]:
    """For each rectangle: whether no other rectangle of the page overlaps it.

    Rectangles are compared only with those beside them in height, about a line's worth; a
    hostile page of thousands of rectangles on one band stops the count early and reads every
    rectangle PDFium's way, as before."""
    count = len(rects)
    alone = [True] * count
    order = sorted(range(count), key=lambda i: -rects[i][3])  # top first
    budget = 32 * count + 1000
    for position, i in enumerate(order):
        rect = rects[i]
        bottom = rect[1]
        for later in range(position + 1, count):
            j = order[later]
            other = rects[j]
            if other[3] <= bottom:  # this and every later one lie wholly below
                break
            if _intersects(rect, other):
                alone[i] = alone[j] = False
            budget -= 1
            if budget < 0:
                return [False] * count
    return alone


def _range_end(chars: PageChars, start: int, newline: int) -> tuple[int, bool] | None:
    """The first character of the next rectangle's text object after the one at `start`, and
    whether PDFium's last rectangles are those of [start, end) (then they need not be asked
    again to check the range). `newline` is the first line break at or after `start`, or -1."""
    rest = chars.count - start
    low, high = 1, 0  # rects(start, low) == 1; rects(start, high) >= 2 once high > 0
    # a line's object usually ends with the line break PDFium generates after it
    if 0 <= newline < chars.count - 1:
        length = newline - start + 1
        if chars.rects(start, length + 1) >= 2:
            high = length + 1
            if chars.rects(start, length) == 1:
                return start + length, True
        else:
            low = length + 1
    step = 16
    while high == 0:
        length = min(low + step, rest)
        if chars.rects(start, length) >= 2:
            high = length
        elif length >= rest:
            return None  # one object to the end of the page: not a rectangle before the last
        else:
            low, step = length, step * 2
    last = high
    while high - low > 1:
        last = (low + high) // 2
        if chars.rects(start, last) >= 2:
            high = last
        else:
            low = last
    return start + low, last == low


# PDFium appends a line break it generates as "\r" then "\n" (CPDF_TextPage::ProcessTextObject,
# kLineBreak): after a generated "\r" the "\n" is generated too
_AFTER_GENERATED = {"\r": "\n"}


def _bounded_text(chars: PageChars, start: int, end: int, rect: Rect) -> str | None:
    """GetTextByPredicate(rect) when only the characters in [start, end) can match, or None."""
    text = chars.text
    segment = text[start:end]
    core = segment.rstrip(" \r\n")
    if (
        not core
        or core[0] == " "
        or "\r" in core
        or "\n" in core
        or "  " in core
        or "\ufffe" in segment
        or "\x00" in segment
    ):
        return None
    # a real space just before the range whose box reaches into the rectangle matches too
    # (a table cell's text right after the space that ends the cell beside it)
    if start > 0 and text[start - 1] == " ":
        before = chars.box(start - 1)
        if before is not None and _intersects(rect, before):
            return None
    # every character of `core` matches (or is a lone space, which reads the same either way)
    out = core
    contains_previous, add_line_feed = True, False
    index = start + len(core)
    known_generated = ""
    while index < end:
        character = text[index]
        if character == " " and contains_previous and text[index + 1 : index + 2] != " ":
            # right after a match, a space that no space follows reads the same whether it
            # matches or not: a space, and no line break before the next match either way
            out += " "
            contains_previous = add_line_feed = False
            known_generated = ""
            index += 1
            continue
        if character == known_generated:
            generated: bool | None = True
        else:
            generated = chars.generated(index)
            if generated is None:
                return None
        known_generated = _AFTER_GENERATED.get(character, "") if generated else ""
        box = None if generated else chars.box(index)
        if box is not None and _intersects(rect, box):
            if add_line_feed and not contains_previous:
                return None  # a line break may go in: PDFium knows the heights
            contains_previous, add_line_feed = True, False
            out += character
        elif character == " ":
            if contains_previous:
                out += " "
                contains_previous = add_line_feed = False
        else:
            contains_previous, add_line_feed = False, True
        index += 1
    # the next character belongs to another object, inside its own rectangle: it does not match
    if contains_previous and end < chars.count and text[end] == " ":
        out += " "
    return out


_PACK, _UNPACK = _FLOAT.pack, _FLOAT.unpack


def _holds_probe(chars: PageChars, start: int, rect: Rect) -> bool:
    """Whether FPDFText_GetCharIndexAtPos(left + 0.5, middle) answers `start` for this rectangle:
    the probe lies inside the rectangle (so inside no other, disjoint, one) and inside the first
    character's box (CFX_FloatRect::Contains, with the point as C floats)."""
    left, bottom, right, top = rect
    x = _UNPACK(_PACK(left + 0.5))[0]
    y = _UNPACK(_PACK((bottom + top) / 2))[0]
    if not (left < x < right and bottom < y < top):
        return False
    box = chars.box(start)
    return box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _partition_by_lines(chars: PageChars, rects: list[Rect]) -> list[int] | None:
    """Where each rectangle's characters start, guessed and then checked with one
    FPDFText_CountRects per rectangle; None when a guess is wrong.

    A rectangle followed by one on a lower line is guessed to end with the line break PDFium
    generates before the next object; others are searched (`_range_end`). The check: each of
    the len(rects) ranges, which cover the page's characters in order, holds one rectangle and
    it is the page's own. Each range then holds characters of one run of one object, every run
    has characters in some range, and there are as many ranges as runs: so each range holds
    exactly its rectangle's run (and characters in no rectangle around it)."""
    text, count = chars.text, chars.count
    starts = [0]
    start = 0
    newline = text.find("\n")
    for i in range(len(rects) - 1):
        if 0 <= newline < start:  # the next line break at or after `start`, found once
            newline = text.find("\n", start)
        if 0 <= newline < count - 1 and rects[i + 1][3] <= rects[i][1]:
            start = newline + 1
        else:
            answer = _range_end(chars, start, newline)
            if answer is None:
                return None
            start = answer[0]
        starts.append(start)
    starts.append(count)
    for i, rect in enumerate(rects):
        length = starts[i + 1] - starts[i]
        if length <= 0 or chars.rects(starts[i], length) != 1 or chars.first_rect() != rect:
            return None
    return starts


def _partition_one_by_one(chars: PageChars, rects: list[Rect]) -> list[int] | None:
    """Where each rectangle's characters start, each range searched and checked in turn; None
    when a range does not give back its rectangle (not the page's own partition)."""
    starts = [0]
    start = 0
    last = len(rects) - 1
    newline = chars.text.find("\n")
    for i, rect in enumerate(rects):
        if 0 <= newline < start:
            newline = chars.text.find("\n", start)
        if i < last:
            answer = _range_end(chars, start, newline)
            if answer is None:
                return None
            end, loaded = answer
        else:
            end, loaded = chars.count, False
        if not loaded and chars.rects(start, end - start) != 1:
            return None
        if chars.first_rect() != rect:
            return None
        starts.append(end)
        start = end
    return starts


def spans(chars: PageChars, rects: list[Rect]) -> list[Span | None]:
    """Each rectangle's Span, or None where PDFium has to be asked."""
    found: list[Span | None] = [None] * len(rects)
    if len(chars.text) != chars.count or not rects:
        return found  # characters left out of the text or put in: indices do not line up
    starts = _partition_by_lines(chars, rects) or _partition_one_by_one(chars, rects)
    if starts is None:
        return found
    alone = isolated(rects)
    for i, rect in enumerate(rects):
        start, end = starts[i], starts[i + 1]
        if alone[i] and _holds_probe(chars, start, rect):
            text = _bounded_text(chars, start, end, rect)
            if text is not None:
                found[i] = Span(start, end, text)
    return found


_MAX_SUSPECTS = 64  # more hyphen marks on a page: every probe is asked of PDFium, as before


def hyphen_suspects(chars: PageChars) -> list[Rect] | None:
    """Boxes, widened by FPDFText_GetCharIndexAtPos's tolerance, of the characters right before a
    hyphen mark: only a probe inside one of them can find a word broken at the line end.
    An empty list when the page has no mark; None when PDFium has to be asked every time."""
    boxes: list[Rect] = []
    text = chars.text
    for mark in _HYPHEN_MARKS:
        index = text.find(mark, 1)
        while index > 0:
            box = chars.box(index - 1)
            if box is None or len(boxes) >= _MAX_SUSPECTS:
                return None
            # the tolerance is 2 x 2 points around the box; a little more for rounding
            boxes.append((box[0] - 1.01, box[1] - 1.01, box[2] + 1.01, box[3] + 1.01))
            index = text.find(mark, index + 1)
    return boxes


def may_end_broken_word(suspects: list[Rect], rect: Rect) -> bool:
    """Whether the probe at the rectangle's right edge can land on a suspect character."""
    left, bottom, right, top = rect
    x, y = right - 0.5, (bottom + top) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in suspects)
