"""Quotations compared word by word: the same words, a trimmed part of them, or words altered.

Words are compared after case, punctuation and the kind of quote mark or apostrophe are set
aside. Numbers are words too, compared as written ("£8.5m" and "£8.6m" differ), and no fuzzy
ratio decides: a changed number or a dropped "not" is always a difference.

Reported speech ("he said the trust had a plan to break even within five years") is compared
with a quotation by what it says rather than word for word: most of its words must be the
quotation's, and then its numbers and times of year (months, seasons, feasts) either are the
quotation's or replace some of them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from factcheck.errors import InvalidQuantityError
from factcheck.quantities import number_words, parse_ordinal
from factcheck.resolution import HONORIFICS

RUN_LENGTH = 3
"""Quotations are indexed by every run of this many consecutive words."""

SIMILAR_SHARE = 0.6
"""Words a quotation shares with a recorded one, as a share of its own words (and never fewer
than :data:`RUN_LENGTH`), for it to be read as an altered version of it rather than other words."""

_WORD = re.compile(r"[£$€]?\d[\d,.]*(?:%|[a-z]+)?|[a-z]+(?:'[a-z]+)*")
_INSIGNIFICANT = frozenset({"a", "an", "the"})
"""Words whose change alone does not alter what a quotation says."""

Relation = Literal["same", "part", "fuller", "altered", "other"]


def words_of(text: str) -> list[str]:
    """The words of a quotation, lower case, without punctuation or quote marks."""
    plain = text.casefold().replace("’", "'").replace("‘", "'")
    return [word.rstrip(".,") for word in _WORD.findall(plain)]


def word_runs(text: str) -> list[str]:
    """Every run of :data:`RUN_LENGTH` consecutive words (the whole, when shorter)."""
    words = words_of(text)
    if len(words) <= RUN_LENGTH:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + RUN_LENGTH]) for i in range(len(words) - RUN_LENGTH + 1)]


@dataclass(frozen=True)
class Change:
    """One difference between recorded and claimed words."""

    recorded: tuple[str, ...]
    claimed: tuple[str, ...]

    def __str__(self) -> str:
        if not self.claimed:
            return f"'{' '.join(self.recorded)}' left out"
        if not self.recorded:
            return f"'{' '.join(self.claimed)}' added"
        return f"'{' '.join(self.recorded)}' became '{' '.join(self.claimed)}'"


@dataclass(frozen=True)
class Comparison:
    """How claimed words stand to recorded ones, and the word-level changes between them."""

    relation: Relation
    changes: tuple[Change, ...] = ()


def compare_words(claimed: str, recorded: str) -> Comparison:
    """Compare a claimed quotation with a recorded one.

    ``same``: the claimed words are the recorded words, or a run of them (a trimmed start or
    end). ``fuller``: the recorded words are a run of the claimed ones, which say more, or the
    claimed words go on beyond either end of the recorded run they share.
    ``altered``: most words agree but some were changed, added or left out inside the run they
    share (every such change is listed). ``other``: different words.
    """
    said, heard = _spelt_alike(claimed), _spelt_alike(recorded)
    if not said or not heard:
        return Comparison("other")
    if _contains(heard, said):
        return Comparison("same")
    if _contains(said, heard):
        return Comparison("fuller")
    matcher = SequenceMatcher(a=heard, b=said, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if shared < max(RUN_LENGTH, SIMILAR_SHARE * len(said)):
        return Comparison("other")
    aligned = _aligned(heard, said)
    changes = tuple(change for change in aligned if change.recorded != change.claimed)
    if any(not change.claimed and len(change.recorded) > len(said) for change in changes):
        # "if we had moved faster", of "I apologise if I seem passive, ... I wish we had moved
        # earlier": a few words found apart across a longer passage are other words.
        return Comparison("other")
    significant = tuple(
        change
        for change in changes
        if not set(change.recorded) | set(change.claimed) <= _INSIGNIFICANT
    )
    if significant and all(
        not change.recorded and change in (aligned[0], aligned[-1]) for change in significant
    ):
        # "We have made mistakes. We have to be honest about that", where a report quoted only
        # from "We have to be honest": words beyond the recorded excerpt's ends are unheard, not
        # changed.
        return Comparison("fuller")
    return Comparison("altered", significant) if significant else Comparison("same")


_AMERICAN = re.compile(r"(?<=[a-z])([iy])z(e|es|ed|ing|ation|ations)$")
"""An -ize or -yze ending, which British spelling writes -ise, -yse ("recognize", "analyzed")."""


def _spelt_alike(text: str) -> list[str]:
    """A quotation's words as one spelling writes them: a speaker's "recognise" is the same word
    in a paper that spells it "recognize"."""
    return [_AMERICAN.sub(r"\1s\2", word) for word in words_of(text)]


def word_diff(claimed: str, recorded: str) -> list[Change]:
    """The recorded words aligned with the claimed ones, in order, for showing the difference:
    runs both share (``recorded == claimed``) between the changes. Recorded words before or
    after everything claimed are left out, as a trimmed quotation leaves them."""
    return _aligned(words_of(recorded), words_of(claimed))


def _aligned(heard: list[str], said: list[str]) -> list[Change]:
    opcodes = SequenceMatcher(a=heard, b=said, autojunk=False).get_opcodes()
    while opcodes and opcodes[0][0] == "delete":
        opcodes.pop(0)
    while opcodes and opcodes[-1][0] == "delete":
        opcodes.pop()
    return [Change(tuple(heard[i1:i2]), tuple(said[j1:j2])) for _, i1, i2, j1, j2 in opcodes]


def quoted_in(words: str, passage: str) -> bool:
    """Whether a passage writes these words (as :func:`compare_words` compares them)."""
    return compare_words(words, passage).relation == "same"


def _contains(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


_FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "from", "into"),
        *("over", "as", "and", "or", "but", "that", "this", "these", "those", "it", "its"),
        *("is", "are", "was", "were", "be", "been", "being", "had", "has", "have", "will"),
        *("would", "could", "should", "may", "might", "can", "there", "their", "they", "them"),
        *("we", "our", "us", "i", "my", "me", "he", "his", "him", "she", "her", "you", "your"),
        *("who", "which", "what", "when", "then", "than", "so", "also", "said", "says", "told"),
    }
)
_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "cannot", "nor"})
_MONTH_NUMBERS = {name.casefold(): n for n, name in enumerate(calendar.month_name) if n}
_MONTHS = frozenset(_MONTH_NUMBERS)
_TIMES_OF_YEAR: dict[str, frozenset[int]] = {
    "spring": frozenset({3, 4, 5}),
    "summer": frozenset({6, 7, 8}),
    "autumn": frozenset({9, 10, 11}),
    "winter": frozenset({12, 1, 2}),
    "christmas": frozenset({12}),
    "easter": frozenset({3, 4}),
}
"""Seasons and feasts, by the months they fall in: "at Christmas" is not "at Easter", but it
is "in December"."""
_NOT_NAMES = _MONTHS | set(_TIMES_OF_YEAR) | HONORIFICS | {"i"}
"""Capitalised words mid-sentence that are not the name of a place, body or person ("Ms
Quist" names whom "Ada Quist" does)."""
_MONTHS_ALSO_WORDS = frozenset({"may", "march"})
"""Months that are also everyday words: months only beside a number ("16 May") or after a word
that only a time follows ("next May", "the end of March")."""
_BEFORE_A_TIME = frozenset(
    {"next", "last", "early", "late", "mid", "in", "of", "since", "until", "by", "from", "during"}
)
_NUMBER_WORDS = number_words(0, 99)
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_SUFFIX_SCALES = {"k": 1000, "m": 10**6, "bn": 10**9}
_FIGURE = re.compile(r"[£$€]?(?P<number>\d[\d,]*(?:\.\d+)?)(?P<suffix>%|[a-z]+)?")

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")

ParaphraseRelation = Literal["agrees", "differs", "other"]


@dataclass(frozen=True)
class Paraphrase:
    """How reported speech stands to a recorded quotation: it ``agrees`` (most of its words are
    the quotation's and so are all its numbers and times of year), ``differs`` (most of its
    words are the quotation's but numbers or times of year replace the quotation's own), or
    says ``other`` things. ``recorded`` and ``claimed`` are the numbers and times of year that
    differ, as written."""

    relation: ParaphraseRelation
    recorded: tuple[str, ...] = ()
    claimed: tuple[str, ...] = ()


def compare_reported(claimed: str, recorded: str) -> Paraphrase:
    """Compare reported speech with a recorded quotation of the same speaker: with each of its
    sentences, then with the whole."""
    sentences = [part for part in _SENTENCE_END.split(recorded) if part.strip()]
    found = [_paraphrase(claimed, part) for part in [*sentences, recorded]]
    for relation in ("agrees", "differs"):
        if match := next((p for p in found if p.relation == relation), None):
            return match
    return Paraphrase("other")


def _paraphrase(claimed: str, recorded: str) -> Paraphrase:
    said, heard = _reading(claimed), _reading(recorded)
    shared = len(said.content & heard.content)
    if shared < max(RUN_LENGTH, SIMILAR_SHARE * len(said.content)):
        return Paraphrase("other")
    if said.negated != heard.negated:
        return Paraphrase("other")
    added = {
        v: written
        for v, written in said.values.items()
        if not _among(v, heard.values) and not _written_in(v, recorded)
    }
    if not added:
        return Paraphrase("agrees")
    replaced = {
        v: written
        for v, written in heard.values.items()
        if not _among(v, said.values) and not _written_in(v, claimed)
    }
    kinds = {type(value) for value in added} & {type(value) for value in replaced}
    if not kinds:
        return Paraphrase("other")
    return Paraphrase(
        "differs",
        tuple(written for value, written in replaced.items() if type(value) in kinds),
        tuple(written for value, written in added.items() if type(value) in kinds),
    )


@dataclass(frozen=True)
class _Place:
    """A place in an order ("third", "5th"), which is no count ("three")."""

    place: int


_Value = float | _Place | frozenset[int] | str
"""A number, a place in an order, a time of year (by its months) or a place or body (by its
name)."""


def _written_in(value: _Value, text: str) -> bool:
    """Whether a name is among the words of a text anywhere, its first word or a possessive
    included ("Aston Martin's transformation", "the transformation of Aston Martin")."""
    return isinstance(value, str) and value in {_plain_name(w) for w in words_of(text)}


def _plain_name(word: str) -> str:
    return re.sub(r"['’]s$", "", word)


def _among(value: _Value, values: dict[_Value, str]) -> bool:
    """Whether a number or name is among others, or a time of year falls in the months of
    another."""
    if not isinstance(value, frozenset):
        return value in values
    return any(isinstance(other, frozenset) and value & other for other in values)


@dataclass(frozen=True)
class _Reading:
    content: frozenset[str]
    values: dict[_Value, str]
    """Numbers (by value), times of year (by their months) and names, each with the words that
    wrote it."""
    negated: bool


def _names(text: str) -> dict[_Value, str]:
    """The names a text gives mid-sentence ("in Qatar, Saudi Arabia and Oman"): capitalised
    words other than months, seasons and feasts, which are times."""
    found: dict[_Value, str] = {}
    for sentence in _SENTENCE_END.split(text):
        for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)[1:]:
            name = _plain_name(word.casefold())
            if word[0].isupper() and word[1:].islower() and name not in _NOT_NAMES:
                found.setdefault(name, word)
    return found


def _reading(text: str) -> _Reading:
    words = words_of(text)
    content: set[str] = set()
    values: dict[_Value, str] = _names(text)
    negated = False
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        if _an_age(words, at):
            continue  # "the 55-year-old": who the reporter means, not what was said
        if (number := _number(word, following)) is not None:
            values.setdefault(number, f"{word} {following}" if following in _SCALES else word)
        elif (place := _place(word)) is not None:
            values.setdefault(place, word)
        elif word in _MONTHS and (word not in _MONTHS_ALSO_WORDS or _read_as_month(words, at)):
            values.setdefault(frozenset({_MONTH_NUMBERS[word]}), word)
        elif word in _TIMES_OF_YEAR:
            values.setdefault(_TIMES_OF_YEAR[word], word)
        elif word in _NEGATIONS or word.endswith("n't"):
            negated = True
        elif word not in _FUNCTION_WORDS and word not in _SCALES:
            content.add(_stem(word))
    return _Reading(frozenset(content), values, negated)


def _an_age(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` gives someone's age ("55-year-old", "aged 55")."""
    after = words[at + 1 : at + 3]
    return (at > 0 and words[at - 1] == "aged") or after in (["year", "old"], ["years", "old"])


def _stem(word: str) -> str:
    """A word's first letters without its ending: "leaving" and "leave" are one word."""
    return re.sub(r"(?:ing|ed|es|e|s)$", "", word)[:5] if len(word) > 3 else word


def _read_as_month(words: list[str], at: int) -> bool:
    if at > 0 and words[at - 1] in _BEFORE_A_TIME:
        return True
    return any(
        0 <= i < len(words) and _FIGURE.fullmatch(words[i]) is not None for i in (at - 1, at + 1)
    )


def _place(word: str) -> _Place | None:
    """A place in an order a word gives ("second", "3rd"); not "first", which says as often
    that something came before anything else ("first told in January")."""
    try:
        place = parse_ordinal(word)
    except InvalidQuantityError:
        return None
    return _Place(place) if place > 1 else None


def _number(word: str, following: str) -> float | None:
    scale = _SCALES.get(following, 1)
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word] * scale)
    if (figure := _FIGURE.fullmatch(word)) is None:
        return None
    value = float(figure["number"].replace(",", ""))
    return value * _SUFFIX_SCALES.get(figure["suffix"] or "", scale)
