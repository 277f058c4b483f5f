"""Quotations compared word by word: the same words, a trimmed part of them, or words altered.

Words are compared after case, punctuation and the kind of quote mark or apostrophe are set
aside. Numbers are words too, compared as written ("£8.5m" and "£8.6m" differ), and no fuzzy
ratio decides: a changed number or a dropped "not" is always a difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

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
    end). ``fuller``: the recorded words are a run of the claimed ones, which say more.
    ``altered``: most words agree but some were changed, added or left out inside the run they
    share (every such change is listed). ``other``: different words.
    """
    said, heard = words_of(claimed), words_of(recorded)
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
    changes = tuple(change for change in _aligned(heard, said) if change.recorded != change.claimed)
    significant = tuple(
        change
        for change in changes
        if not set(change.recorded) | set(change.claimed) <= _INSIGNIFICANT
    )
    return Comparison("altered", significant) if significant else Comparison("same")


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
