"""Posts' titles: what a title says of its post, so that two titles can be told to be one
post in other words ("finance boss", "temporary finance director") or two posts ("finance
director", "operations director"; "deputy chief constable", "chief constable").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.resolution import RANK_WORDS, normalise_name
from factcheck.rules.wording import (
    FILLER,
    KINDS_OF_BODY,
    as_compared,
    content_words,
    named_things,
    names,
)

_STEM = 5
"""Letters of a word that say what a post does ("finance", "financial")."""
POST_NOUNS = frozenset(
    {"director", "chief", "executive", "officer", "head", "boss", "manager", "managing"}
    | {"chair", "chairman", "chairwoman", "chairperson", "president", "leader", "secretary"}
    | {"controller", "governor", "commissioner", "constable", "chancellor", "editor", "trustee"}
    | {"principal", "coach", "captain", "general", "member", "board", "role", "post", "job"}
)
"""Words that say a value is a post, and not what it does."""
_SAID_OF_A_HOLDER = frozenset(
    {"interim", "acting", "temporary", "permanent", "former", "then", "new", "current", "joint"}
    | {"senior", "substantive", "group", "global", "national", "regional", "uk", "overall"}
)
"""Words said of a holder or the breadth of a post, which do not make it another post."""


def other_posts(a: str, b: str) -> bool:
    """Whether two posts' titles cannot be one post: one is ranked below or beside the other
    ("deputy chief constable", "chief constable"), one is a non-executive post and the other an
    executive one, or each names what it does and they share none of it ("finance director",
    "operations director"). Titles that say less ("chief executive", "head") may be either."""
    title_a, title_b = _Title.of(a), _Title.of(b)
    if title_a is None or title_b is None:
        return False
    if title_a.ranks != title_b.ranks or {title_a.board, title_b.board} == _BOARD_SIDES:
        return True
    return bool(title_a.does and title_b.does) and not title_a.does & title_b.does


def same_rank(a: str, b: str) -> bool:
    """Whether two posts' words give them one rank ("deputy chief executive" is not "chief
    executive", however many words they share)."""
    return _ranks(a) == _ranks(b)


def _ranks(text: str) -> frozenset[str]:
    return _RANKED_OTHERWISE & frozenset(normalise_name(text).split())


_RANKED_OTHERWISE = RANK_WORDS - {"co"}
"""Words that put a post under another ("deputy", "vice"): a co-chief executive is a chief
executive, sharing the post."""


def says_no_work(title: str) -> bool:
    """Whether a post's title names no particular post ("a senior executive at the BBC", "a
    boss"), where "chief constable", "finance director" and "management consultant" do."""
    read = _Title.of(title)
    words = set(content_words(_post_part(as_compared(title))).split())
    return read is not None and not read.does and words & POST_NOUNS <= _VAGUE_POST_NOUNS


def one_post(a: str, b: str) -> bool:
    """Whether two titles are one post in other words: of the same rank, naming the same
    bodies (or one none), and sharing what they do ("the authority's finance boss", "the
    council's temporary finance director")."""
    title_a, title_b = _Title.of(a), _Title.of(b)
    if title_a is None or title_b is None or other_posts(a, b):
        return False
    named_a, named_b = named_things(a), named_things(b)
    one_body = named_a == named_b or not (named_a and named_b)
    return one_body and bool(title_a.does & title_b.does)


def one_post_otherwise(a: str, b: str) -> bool:
    """Whether two titles can be one post: in other words (:func:`one_post`), or the same words
    but for how it is held or its side of a board ("chairman", "non-executive chairman")."""
    return one_post(a, b) or (not other_posts(a, b) and _core(a) == _core(b) != set())


def _core(title: str) -> set[str]:
    plain = _NON_EXECUTIVE.sub(" ", content_words(_post_part(as_compared(title))))
    return set(plain.split()) - _SAID_OF_A_HOLDER


_NON_EXECUTIVE = re.compile(r"\bnon[\s-]+executive\b")
_BOARD_SIDES = frozenset({"executive", "non-executive"})
_VAGUE_POST_NOUNS = frozenset(
    {"executive", "boss", "leader", "manager", "member", "job", "role", "post"}
)
"""Words that say someone held a post there, not which ("a former executive of X", "a job at
X")."""
_BODY_AFTER = re.compile(r",|\s(?:at|with|in|for)\s")
_OF = re.compile(r"\sof\s")


def _post_part(title: str) -> str:
    """The words of a title that name the post, without the body it is at and the words said
    of that body: "chief executive" of "Stagecoach's ... chief executive" or "chief executive
    of the Scottish transport giant Stagecoach Group", but "director of children's services"
    whole, where "of" names the work."""
    owner, *owned = re.split(r"['’]s\s", title, maxsplit=1)
    if owned and not POST_NOUNS & set(content_words(owner).split()):
        title = owned[0]
    title = _BODY_AFTER.split(title, maxsplit=1)[0]
    before, *after = _OF.split(title, maxsplit=1)
    if after and (names(after[0]) or KINDS_OF_BODY & set(content_words(after[0]).split())):
        return before
    return title


@dataclass(frozen=True)
class _Title:
    """What a post's title says of it: its rank, its side of a board, the stems of its work."""

    ranks: frozenset[str]
    board: str | None
    does: frozenset[str]

    @classmethod
    def of(cls, title: str) -> _Title | None:
        """None for a value that is no post's title."""
        title = _post_part(as_compared(title))
        words = [w for w in re.split(r"[\s'’-]+", content_words(title)) if w]
        if not POST_NOUNS & set(words):
            return None
        board = None
        if "non" in words:
            board = "non-executive"
        elif "executive" in words and "chief" not in words:
            board = "executive"
        ignored = POST_NOUNS | _SAID_OF_A_HOLDER | RANK_WORDS | FILLER | {"non", "s"}
        ignored |= names(title) | KINDS_OF_BODY
        return cls(
            ranks=frozenset(w for w in words if w in _RANKED_OTHERWISE),
            board=board,
            does=frozenset(w[:_STEM] for w in words if w not in ignored),
        )
