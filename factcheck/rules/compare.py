"""Comparing what a claim says with what the record's sources say: times, numbers, wording.

Two sources that disagree make a fact ``disputed`` only when the claim sides with one of them;
a claim that agrees with no source's version is ``contradicted``, and the explanation lists the
versions. Free-text values are compared as what they are: the names and numbers in them must be
the same, and wording alone never contradicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from rapidfuzz import fuzz

from factcheck.holders import cluster_times
from factcheck.quantities import Quantity
from factcheck.resolution import is_slip
from factcheck.rules.context import Outcome
from factcheck.rules.titles import POST_NOUNS, other_posts
from factcheck.rules.wording import (
    A_YEAR,
    KINDS_OF_BODY,
    WORD,
    as_compared,
    content_words,
    months_named,
    named_things,
    names,
    numbers,
    singular,
)
from factcheck.timespan import FuzzyTime, short_year_readings

WORDING_MATCH = 90.0
"""Minimum rapidfuzz score for two wordings of a name or value to be the same."""


def compare_time(
    out: Outcome, what: str, claimed: FuzzyTime, groups: list[FuzzyTime], inferred: bool = False
) -> None:
    """Compare a claimed time with the record's agreeing groups of reported times.

    A time only inferred from a succession can support a claim but never contradict or dispute
    it.
    """
    told = " or ".join(g.label() for g in groups)
    agreeing = [g for g in groups if g.overlaps(claimed)]
    if not groups:
        out.add("unverifiable", f"the record has no date for {what}")
    elif not agreeing and _year_from_around(claimed, out.quote, groups):
        out.add(
            "unverifiable",
            f"{what} was {told}; the claim's own words do not give the year of "
            f"{claimed.label()}, which its reading took from the sentences around it",
        )
    elif not agreeing and out.from_text and not _written_in(claimed, out.quote):
        out.add(
            "unverifiable",
            f"{what} was {told}; the claim's own sentence does not give {claimed.label()}, "
            "which its reading took from the sentences around it",
        )
    elif not agreeing and (year := _short_year_agreeing(claimed, groups)) is not None:
        out.add(
            "unverifiable",
            f"{what} was {told}; '{claimed.text}' can be read as {year.label()} as well as "
            f"{claimed.label()}",
        )
    elif inferred and not agreeing:
        out.add("unverifiable", f"no source dates {what}; a reported succession suggests {told}")
    elif agreeing and len(agreeing) < len(groups) and not inferred:
        out.add("disputed", f"sources disagree on {what}: {told}")
    elif agreeing:
        out.add("supported", f"{what}: {agreeing[0].label()}")
    else:
        versions = "sources give " if len(groups) > 1 else ""
        out.add("contradicted", f"{what} was {versions}{told}, not {claimed.label()}", told)


def _year_from_around(claimed: FuzzyTime, quote: str, groups: list[FuzzyTime]) -> bool:
    """Whether a claim's words give the month of its time but not the year, which its reading
    took from the sentences around ("stay on until July", read as July of the year the
    sentence before gave), and the record has the month right: that sentence is where the
    year can be wrong. A month no reported time falls in is wrong in the claim's own words;
    words that give no part of the time (a claim built by hand) are taken as giving it all."""
    if claimed.text is None or A_YEAR.search(quote) or not A_YEAR.search(claimed.text):
        return False
    months = months_named(quote)
    return any(month in _months_of(group) for group in groups for month in months)


def _short_year_agreeing(claimed: FuzzyTime, groups: list[FuzzyTime]) -> FuzzyTime | None:
    """The reading of a month and two digits as a month of a year ("September 16" as September
    2016) that a reported time falls in, where the claim was read as a day of the month."""
    readings = short_year_readings(claimed.text or "")
    return next((r for r in readings if any(g.overlaps(r) for g in groups)), None)


def _written_in(claimed: FuzzyTime, words: str) -> bool:
    """Whether a sentence writes a claimed time, or a year or month of it ("He replaced the
    interim chief", read as January 2019 from the sentence before, does not)."""
    if claimed.text is None:
        return True
    said, text = words, claimed.text
    years, months = set(A_YEAR.findall(text)), months_named(text)
    if text.casefold() in said.casefold() or not (years or months):
        return True
    return bool(years & set(A_YEAR.findall(said)) or months & months_named(said))


def _months_of(time: FuzzyTime) -> set[int]:
    """The months of the year a time can fall in (every month, for a year or more)."""
    if (time.latest - time.earliest).days >= 365:
        return set(range(1, 13))
    first = time.earliest.year * 12 + time.earliest.month - 1
    last = time.latest.year * 12 + time.latest.month - 1
    return {index % 12 + 1 for index in range(first, last + 1)}


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


def same_wording(a: str, b: str) -> bool:
    """Same name or value in other words: case, articles, plurals and word order aside."""
    left, right = content_words(a), content_words(b)
    if not left or not right:
        return left == right
    score = max(fuzz.token_sort_ratio(left, right), fuzz.token_set_ratio(left, right))
    return score >= WORDING_MATCH


def comparable(a: str, b: str) -> bool:
    """Whether two free-text values are of a type that can contradict each other: both name
    something (a place, organisation or person) or both give a number ("27-year" and "the
    response to the Grenfell Tower fire" are not), and they differ in more than the words said
    of one body ("finance boss" and "director of finance" at one council)."""
    a, b = as_compared(a), as_compared(b)
    if _other_quarters(a, b) and names(a) and names(b):
        return True  # "east Birmingham" and "west Birmingham": two places
    if _worded_otherwise_of_one_body(a, b) or _one_body_named_otherwise(a, b):
        return False
    if _an_address(a) != _an_address(b):
        return False  # "came from Derry Street": the body there, by where it is
    if bool(_BORN.search(a)) != bool(_BORN.search(b)):
        return False  # "Danish-born" names a country by its people, not as "Denmark" does
    if bool(numbers(a)) != bool(numbers(b)):
        return False  # a number ("60-year-old") and a place ("outside Norwich") are not one type
    return bool((numbers(a) and numbers(b)) or (names(a) and names(b)))


_ADDRESS = re.compile(r"\b[A-Z][\w'-]* (?:Street|Road|Square|Lane|Avenue|Wharf)\b")
"""A street or square named for the body there ("Fleet Street", "Derry Street", "Canary Wharf")."""


_BORN = re.compile(r"\b[A-Z][\w'-]*-born\b")
"""Where someone was born, told by its people's name ("Danish-born", "Irish-born")."""


def _an_address(value: str) -> bool:
    """Whether a value names a place by its street, as news names a body by its address."""
    return bool(_ADDRESS.search(value))


def same_value(a: str, b: str) -> bool:
    """Two free-text values mean the same: the same numbers, the same named things, and the
    same wording otherwise. "Suffolk County Council" is not "Norfolk County Council", "2 years"
    is not "32 years", "deputy chief constable" is not "chief constable", however alike the
    strings. A date given with a value ("chief constable of
    Dyfed-Powys Police, December 2021") says when, not what, and is left aside."""
    a, b = as_compared(a), as_compared(b)
    if numbers(a) != numbers(b) or other_posts(a, b) or _other_quarters(a, b):
        return False
    named_a, named_b = named_things(a), named_things(b)
    if named_a and named_b and not (named_a <= named_b or named_b <= named_a):
        return False
    if same_wording(a, b):
        return True
    return bool(named_a and named_a == named_b) and not _worded_otherwise_of_one_body(a, b)


def _other_quarters(a: str, b: str) -> bool:
    """Whether two values name other points of the compass ("east Birmingham", "west
    Birmingham"): other places, however alike the rest."""
    quarters_a, quarters_b = _quarters(a), _quarters(b)
    return bool(quarters_a and quarters_b) and quarters_a != quarters_b


def _quarters(text: str) -> frozenset[str]:
    return frozenset(_QUARTER.findall(text.casefold()))


_QUARTER = re.compile(r"\b(north|south|east|west)(?:ern)?\b")


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
    # "British Haven" and "Haven Securities" share a word, but one that begins only one of them.
    begun_alike = bool(_name_starts(a) & _name_starts(b))
    return bool(name_heads(a) & name_heads(b)) and begun_alike and not nested


def _name_starts(text: str) -> frozenset[str]:
    """The first word of each run of capitalised words ("British Haven": "british")."""
    named = names(text)
    starts, within = set(), False
    for word in WORD.findall(text):
        plain = singular(word.casefold().rstrip("'’"))
        if plain in named and not within:
            starts.add(plain)
        within = plain in named
    return frozenset(starts)


def name_heads(text: str) -> frozenset[str]:
    """The first word of each run of capitalised words that says which body it is: not a post,
    a kind of body or a word many names begin with ("West Midlands Police": "midlands")."""
    named = names(text)
    heads, headed = set(), False
    words = WORD.findall(text)
    for at, word in enumerate(words):
        plain = singular(word.casefold().rstrip("'’"))
        if plain not in named:
            headed = False
        elif words[at + 1 : at + 2] in (["of"], ["for"]):
            continue  # "Port of Harrowby", "Department for Transport": the name after says which
        elif not headed and plain not in POST_NOUNS | KINDS_OF_BODY | _COMMON_FIRST_WORDS:
            heads.add(plain)
            headed = True
    return frozenset(heads)


_COMMON_FIRST_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
    | {"greater", "new", "royal", "national", "british", "united", "great", "mid", "upper"}
)


def _unnamed_words(text: str) -> str:
    """A value's words other than the names in it and the kinds of body they are."""
    named = names(text) | KINDS_OF_BODY
    return " ".join(w for w in content_words(text).split() if w not in named)


def slips_apart(a: str, b: str) -> bool:
    """Whether two values name the same things but for a letter or two ("Grater Manchester
    Police", "Greater Manchester Police"; "Essex Water", "Wessex Water"): a misspelling or
    another body, which nothing in the words can settle."""
    named_a, named_b = named_things(as_compared(a)), named_things(as_compared(b))
    respelt = frozenset(next((r for r in named_b if is_slip(w, r)), w) for w in named_a)
    return named_a != named_b and bool(respelt) and respelt == named_b
