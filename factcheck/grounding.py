"""Find where a quote sits in its source text.

Extracted claims and events carry a quote that is meant to be verbatim. :func:`locate` checks that
by code and returns character offsets into the original text, trying in turn an exact match, a
match that ignores typographic differences (quote marks, dashes, ellipses, whitespace and line
breaks), and a fuzzy match for near-verbatim quotes.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from factcheck.quantities import parse_count, parse_ordinal

MatchKind = Literal["exact", "normalized", "fuzzy"]

MIN_FUZZY_LENGTH = 12
"""Normalised quotes shorter than this are only accepted exactly: tiny strings match anywhere."""

_SAME_LENGTH_REPLACEMENTS = str.maketrans(
    {
        # curly and low single quotes, prime, backtick
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032`", "'"),
        # curly and low double quotes, double prime, guillemets
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        # hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)
_LENGTH_CHANGING = re.compile(r"\s+|\N{HORIZONTAL ELLIPSIS}")


class Span(BaseModel):
    """Where a quote was found: ``text[start:end]`` is the matched passage."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    match: MatchKind
    score: float = Field(ge=0.0, le=100.0)


@dataclass(frozen=True)
class _Segment:
    """A stretch of normalised text and the stretch of original text it came from."""

    norm_start: int
    orig_start: int
    orig_end: int
    verbatim: bool  # copied character for character, so offsets inside it map one to one


@dataclass(frozen=True)
class _Normalised:
    text: str
    segments: tuple[_Segment, ...]
    segment_starts: tuple[int, ...]

    def _segment_at(self, norm_offset: int) -> _Segment:
        return self.segments[bisect_right(self.segment_starts, norm_offset) - 1]

    def original_start(self, norm_start: int) -> int:
        segment = self._segment_at(norm_start)
        if segment.verbatim:
            return segment.orig_start + norm_start - segment.norm_start
        return segment.orig_start

    def original_end(self, norm_end: int) -> int:
        last = norm_end - 1
        segment = self._segment_at(last)
        if segment.verbatim:
            return segment.orig_start + last - segment.norm_start + 1
        return segment.orig_end


@lru_cache(maxsize=16)  # one source text is searched for many quotes in a row
def _normalise(text: str) -> _Normalised:
    """Unify quote marks and dashes, spell out ellipses, collapse whitespace runs to one space."""
    translated = text.translate(_SAME_LENGTH_REPLACEMENTS)
    pieces: list[str] = []
    segments: list[_Segment] = []
    norm_length = 0
    copied_up_to = 0

    def emit(piece: str, orig_start: int, orig_end: int, verbatim: bool) -> None:
        nonlocal norm_length
        if piece:
            segments.append(_Segment(norm_length, orig_start, orig_end, verbatim))
            pieces.append(piece)
            norm_length += len(piece)

    for found in _LENGTH_CHANGING.finditer(translated):
        replacement = "..." if found.group() == "\N{HORIZONTAL ELLIPSIS}" else " "
        if found.group() == replacement:
            continue
        emit(translated[copied_up_to : found.start()], copied_up_to, found.start(), True)
        emit(replacement, found.start(), found.end(), False)
        copied_up_to = found.end()
    emit(translated[copied_up_to:], copied_up_to, len(text), True)
    return _Normalised("".join(pieces), tuple(segments), tuple(s.norm_start for s in segments))


SENTENCE = re.compile(r"\S.*?(?:[.!?]+[\"'”’)]*(?=\s|$)|$)", re.MULTILINE)
"""A sentence of a text: up to its closing stop and any quotation mark or bracket after it."""


def sentence_of(text: str, span: Span) -> str:
    """The sentence, or run of sentences, of ``text`` the passage at ``span`` lies in."""
    around = [m for m in SENTENCE.finditer(text) if m.start() < span.end and span.start < m.end()]
    if not around:
        return text[span.start : span.end]
    return text[around[0].start() : around[-1].end()]


def locate(quote: str, text: str, *, min_score: float = 90.0) -> Span | None:
    """Find ``quote`` in ``text``; None when it is not there, even approximately.

    Fuzzy matches score at least ``min_score`` (0-100) and their end offset may be a few
    characters off; quotes shorter than :data:`MIN_FUZZY_LENGTH` are never matched fuzzily.
    """
    if not quote.strip():
        return None
    start = text.find(quote)
    if start >= 0:
        return Span(start=start, end=start + len(quote), match="exact", score=100.0)

    norm_quote = _normalise(quote).text.strip()
    norm_text = _normalise(text)
    norm_start = norm_text.text.find(norm_quote)
    if norm_start >= 0:
        return _span_in_original(
            text, norm_text, norm_start, norm_start + len(norm_quote), "normalized", 100.0
        )

    if len(norm_quote) < MIN_FUZZY_LENGTH:
        return None
    alignment = fuzz.partial_ratio_alignment(norm_quote, norm_text.text, score_cutoff=min_score)
    if alignment is None:
        return None
    norm_end = min(alignment.dest_end, len(norm_text.text))
    if norm_end <= alignment.dest_start:
        return None
    span = _span_in_original(
        text, norm_text, alignment.dest_start, norm_end, "fuzzy", alignment.score
    )
    if numbers_written(quote) != numbers_written(text[span.start : span.end]):
        return None  # numbers never fuzz: "the sixth" is not a near miss of "the fifth"
    return span


def _span_in_original(
    text: str,
    norm_text: _Normalised,
    norm_start: int,
    norm_end: int,
    match: MatchKind,
    score: float,
) -> Span:
    start = norm_text.original_start(norm_start)
    end = norm_text.original_end(norm_end)
    passage = text[start:end]
    # A fuzzy window can begin or end on a collapsed whitespace run; keep the passage tight.
    start += len(passage) - len(passage.lstrip())
    end -= len(passage) - len(passage.rstrip())
    return Span(start=start, end=max(start, end), match=match, score=score)


_NUMBER_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?")


def numbers_written(text: str) -> list[float]:
    """Every number ``text`` writes, in digits or words, cardinal or ordinal, in order
    ("£8.5m" writes 8.5, "sixth" 6, "twice" 2)."""
    found: list[float] = []
    for token in _NUMBER_TOKEN.findall(text.casefold()):
        if token[0].isdigit() and not token[-1].isalpha():
            found.append(float(token.replace(",", "")))
        elif (number := _number_word(token)) is not None:
            found.append(number)
    return found


@lru_cache(maxsize=8192)  # the same few hundred words recur in every quote
def _number_word(token: str) -> int | None:
    """The number a word writes ("six", "sixth", "twice", "6th"), or None."""
    for read in (parse_count, parse_ordinal):
        try:
            return read(token)
        except ValueError:
            continue
    return None
