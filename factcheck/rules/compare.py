"""Comparing what a claim says with what the record's sources say: times, numbers, wording.

Two sources that disagree make a fact ``disputed`` only when the claim sides with one of them;
a claim that agrees with no source's version is ``contradicted``, and the explanation lists the
versions. Free-text values are compared as what they are: the names and numbers in them must be
the same, and wording alone never contradicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.holders import cluster_times
from factcheck.quantities import Quantity
from factcheck.resolution import is_slip
from factcheck.rules.context import Outcome
from factcheck.timespan import FuzzyTime

WORDING_MATCH = 90.0
"""Minimum rapidfuzz score for two wordings of a name or value to be the same."""


def compare_time(
    out: Outcome, what: str, claimed: FuzzyTime, groups: list[FuzzyTime], inferred: bool = False
) -> None:
    """Compare a claimed time with the record's agreeing groups of reported times.

    A time only inferred from a succession can support a claim but never contradict it.
    """
    told = " or ".join(g.label() for g in groups)
    agreeing = [g for g in groups if g.overlaps(claimed)]
    if not groups:
        out.add("unverifiable", f"the record has no date for {what}")
    elif inferred and not agreeing:
        out.add("unverifiable", f"no source dates {what}; a reported succession suggests {told}")
    elif agreeing and len(agreeing) < len(groups):
        out.add("disputed", f"sources disagree on {what}: {told}")
    elif agreeing:
        out.add("supported", f"{what}: {agreeing[0].label()}")
    else:
        versions = "sources give " if len(groups) > 1 else ""
        out.add("contradicted", f"{what} was {versions}{told}, not {claimed.label()}", told)


def compare_values(out: Outcome, what: str, claimed: Quantity, values: list[Quantity]) -> None:
    """Compare a claimed figure with the values sources reported for the same fact. A source
    giving only a bound the claim goes beyond ("more than 60%" for "more than 70%") neither
    bears it out nor contradicts it."""
    agreeing = [v for v in values if v.settles(claimed)]
    others = sorted({v.label() for v in values if not v.agrees(claimed)})
    if agreeing and others:
        out.add(
            "disputed",
            f"sources disagree on {what}: {agreeing[0].label()} or {' or '.join(others)}",
        )
    elif agreeing:
        out.add("supported", f"{what}: {agreeing[0].label()}")
    elif others:
        out.add(
            "contradicted",
            f"{what} was {' or '.join(others)}, not {claimed.label()}",
            " or ".join(others),
        )
    else:
        bounds = " or ".join(v.label() for v in values)
        out.add("unverifiable", f"{what}: the record says only {bounds}")


def compare_versions(
    out: Outcome,
    claimed: int,
    versions: Mapping[int, str],
    detail: str,
    show: Callable[[int], str] = str,
) -> None:
    """Sources give different values for one fact (a count, a position): a claim siding with
    one of them is disputed; one agreeing with none is contradicted, every version listed."""
    told = "; ".join(f"{source} gives {show(value)}" for value, source in versions.items())
    if claimed in versions:
        out.add("disputed", f"sources disagree: {told}; {detail}")
    else:
        out.add(
            "contradicted",
            f"{show(claimed)} agrees with no source: {told}; {detail}",
            " or ".join(show(value) for value in versions),
        )


def times_label(times: list[FuzzyTime]) -> str:
    return ", ".join(t.label() for t in cluster_times(times))


# -- free text ----------------------------------------------------------------------------------

_FILLER = frozenset(
    {"a", "an", "the", "by", "of", "at", "in", "for", "as", "and", "to", "profession", "years"}
)
_KINDS_OF_BODY = frozenset(
    {"police", "constabulary", "force", "council", "county", "borough", "city", "district"}
    | {"trust", "foundation", "university", "college", "school", "academy", "hospital"}
    | {"club", "fc", "company", "plc", "ltd", "limited", "group", "authority", "agency"}
)
"""Words that say what kind of body a name is, not which: "Cumbria Police" is "Cumbria
Constabulary", while "Norfolk County Council" is not "Suffolk County Council"."""
_STEM = 5
"""Letters of a word that say what a post does ("finance", "financial")."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[\w'’-]+")
_SENTENCE_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "former"})


def same_wording(a: str, b: str) -> bool:
    """Same name or value in other words: case, articles, plurals and word order aside."""
    left, right = _content_words(a), _content_words(b)
    if not left or not right:
        return left == right
    score = max(fuzz.token_sort_ratio(left, right), fuzz.token_set_ratio(left, right))
    return score >= WORDING_MATCH


def comparable(a: str, b: str) -> bool:
    """Whether two free-text values are of a type that can contradict each other: both name
    something (a place, organisation or person) or both give a number ("27-year" and "the
    response to the Grenfell Tower fire" are not), and they differ in more than the words said
    of one body ("finance boss" and "director of finance" at one council)."""
    a, b = _without_dates(a), _without_dates(b)
    if _worded_otherwise_of_one_body(a, b) or _one_body_named_otherwise(a, b):
        return False
    if bool(numbers(a)) != bool(numbers(b)):
        return False  # a number ("60-year-old") and a place ("outside Norwich") are not one type
    return bool((numbers(a) and numbers(b)) or (names(a) and names(b)))


def same_value(a: str, b: str) -> bool:
    """Two free-text values mean the same: the same numbers, the same named things, and the
    same wording otherwise. "Suffolk County Council" is not "Norfolk County Council", "2 years"
    is not "32 years", "deputy chief constable" is not "chief constable", however alike the
    strings. A date given with a value ("chief constable of
    Dyfed-Powys Police, December 2021") says when, not what, and is left aside."""
    a, b = _without_dates(a), _without_dates(b)
    if numbers(a) != numbers(b) or other_posts(a, b):
        return False
    named_a, named_b = named_things(a), named_things(b)
    if named_a and named_b and not (named_a <= named_b or named_b <= named_a):
        return False
    if same_wording(a, b):
        return True
    return bool(named_a and named_a == named_b) and not _worded_otherwise_of_one_body(a, b)


def _worded_otherwise_of_one_body(a: str, b: str) -> bool:
    """Two values naming the same things and saying other words of them: two posts at one
    council, or one post in other words, which the words cannot settle."""
    if numbers(a) != numbers(b) or named_things(a) != named_things(b) or not named_things(a):
        return False
    said_a, said_b = _unnamed_words(a), _unnamed_words(b)
    return bool(said_a and said_b) and not same_wording(said_a, said_b)


def _one_body_named_otherwise(a: str, b: str) -> bool:
    """Two values naming a body by the same first word and otherwise in other words ("Sky TV"
    and "Sky Entertainment Channels"), or one naming it among others ("BBC Three and Sky TV"):
    the same body or another, which the words cannot settle. "Wessex Water" and "Severn Trent
    Water" begin otherwise; a value naming all the other does and more says more of it."""
    named_a, named_b = named_things(a), named_things(b)
    nested = named_a <= named_b or named_b <= named_a
    return bool(_name_heads(a) & _name_heads(b)) and not nested


def _name_heads(text: str) -> frozenset[str]:
    """The first word of each run of capitalised words that says which body it is: not a post,
    a kind of body or a word many names begin with ("West Midlands Police": "midlands")."""
    named = names(text)
    heads, headed = set(), False
    for word in _WORD.findall(text):
        plain = _singular(word.casefold().rstrip("'’"))
        if plain not in named:
            headed = False
        elif not headed and plain not in _POST_NOUNS | _KINDS_OF_BODY | _COMMON_FIRST_WORDS:
            heads.add(plain)
            headed = True
    return frozenset(heads)


_COMMON_FIRST_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"greater", "new", "royal", "national", "british", "united", "great", "mid", "upper"}
)


def _unnamed_words(text: str) -> str:
    """A value's words other than the names in it and the kinds of body they are."""
    named = names(text) | _KINDS_OF_BODY
    return " ".join(w for w in _content_words(text).split() if w not in named)


_POST_NOUNS = frozenset(
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
_RANKS = frozenset({"deputy", "assistant", "vice", "associate", "pro", "sub", "co"})
"""Words that make a post the one under, beside or in place of another ("deputy chief constable",
"vice-chancellor", "co-chief executive")."""


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


_BOARD_SIDES = frozenset({"executive", "non-executive"})
_BODY_AFTER = re.compile(r",|\s(?:at|with|in|for)\s")
_OF = re.compile(r"\sof\s")


def _post_part(title: str) -> str:
    """The words of a title that name the post, without the body it is at and the words said
    of that body: "chief executive" of "Stagecoach's ... chief executive" or "chief executive
    of the Scottish transport giant Stagecoach Group", but "director of children's services"
    whole, where "of" names the work."""
    owner, *owned = re.split(r"['’]s\s", title, maxsplit=1)
    if owned and not _POST_NOUNS & set(_content_words(owner).split()):
        title = owned[0]
    title = _BODY_AFTER.split(title, maxsplit=1)[0]
    before, *after = _OF.split(title, maxsplit=1)
    if after and (names(after[0]) or _KINDS_OF_BODY & set(_content_words(after[0]).split())):
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
        title = _post_part(_without_dates(title))
        words = [w for w in re.split(r"[\s'’-]+", _content_words(title)) if w]
        if not _POST_NOUNS & set(words):
            return None
        board = None
        if "non" in words:
            board = "non-executive"
        elif "executive" in words and "chief" not in words:
            board = "executive"
        ignored = _POST_NOUNS | _SAID_OF_A_HOLDER | _RANKS | _FILLER | {"non", "s"}
        ignored |= names(title) | _KINDS_OF_BODY
        return cls(
            ranks=frozenset(w for w in words if w in _RANKS),
            board=board,
            does=frozenset(w[:_STEM] for w in words if w not in ignored),
        )


def slips_apart(a: str, b: str) -> bool:
    """Whether two values name the same things but for a letter or two ("Grater Manchester
    Police", "Greater Manchester Police"; "Essex Water", "Wessex Water"): a misspelling or
    another body, which nothing in the words can settle."""
    named_a, named_b = named_things(_without_dates(a)), named_things(_without_dates(b))
    respelt = frozenset(next((r for r in named_b if is_slip(w, r)), w) for w in named_a)
    return named_a != named_b and bool(respelt) and respelt == named_b


def named_things(text: str) -> frozenset[str]:
    """The names in a value, without the words for a kind of body."""
    return names(text) - _KINDS_OF_BODY


def numbers(text: str) -> frozenset[float]:
    """The numbers written in digits in ``text``."""
    return frozenset(float(n.replace(",", "")) for n in _NUMBER.findall(text))


_ONE_COUNTRY = (
    (re.compile(r"\b(?:the )?(?:United Kingdom|Great Britain|U\.?K\.?)(?=\W|$)"), "Britain"),
    (re.compile(r"\b(?:the )?(?:United States(?: of America)?|U\.?S\.?A?\.?)(?=\W|$)"), "America"),
)
"""A country's other names, which name no other place: "the UK's biggest" is "Britain's"."""


def names(text: str) -> frozenset[str]:
    """Capitalised words of ``text`` that are not just its first word: the proper names in it."""
    for other_name, name in _ONE_COUNTRY:
        text = other_name.sub(name, text)
    words = _WORD.findall(text)
    found = set()
    for index, word in enumerate(words):
        if word[:1].isupper() and not (index == 0 and word.casefold() in _SENTENCE_OPENERS):
            found.add(_singular(word.casefold().rstrip("'’")))
    return frozenset(found - _FILLER)


_DATE = re.compile(
    r"\b(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b\s*)?(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


def _without_dates(text: str) -> str:
    """The value without the years (and their months) written with it."""
    return " ".join(_DATE.sub(" ", text).split()).strip(" ,;")


def _content_words(text: str) -> str:
    words = (_singular(w) for w in _WORD.findall(text.casefold()))
    return " ".join(w for w in words if w not in _FILLER)


def _singular(word: str) -> str:
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
