"""Ages: "aged 52", "who was 62 when he was chosen", "Ms Quist, then 56, retired".

An age moves with the calendar, so a reported age gives the age at any other time. An age the
claim gives at a time it names ("age in March 2024") is the age then. One it gives at an
occasion ("when he was chosen", "then 56, retired") is the age at the time the record has
that occasion: the person's reported arrivals for words of arriving, departures for words of
leaving, or, where the record dates no such step, the reports that gave the age. It is
contradicted where it fits none of the times the record has for the step the words name, or
where it is older than the person is now; otherwise a "then" the record cannot place leaves it
unverifiable.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.claims import AttributeClaim
from factcheck.errors import InvalidTimeError
from factcheck.record import Attribute
from factcheck.resolution import normalise_name
from factcheck.rules.context import Context, day_label
from factcheck.rules.events import is_departure
from factcheck.rules.wording import A_YEAR, APPOINTED, TAKING_UP, numbers, told_as_past
from factcheck.timespan import FuzzyTime, parse_time

DAYS_A_YEAR = 365.2425
_AGE_WORDS = frozenset({"age", "aged", "current", "present"})
_THEN = re.compile(r"\b(?:then|at the time)\b", re.IGNORECASE)
_LEAVING = re.compile(
    r"\b(?:left|leave|leaving|retired|retire|retiring|retirement|stepped down|step down"
    r"|stepping down|stood down|resigned|resign|resignation|quit|departure|exit|ousted"
    r"|sacked|dismissed|would go|will go)\b",
    re.IGNORECASE,
)
_ANNOUNCING = re.compile(r"\b(?:announced|announcing|announcement|said|says|told)\b", re.I)
"""Words of an occasion that is the telling of a departure ("when he said he would go"), not
the departure."""
_AT_A_TIME = re.compile(r"\b(?:in|at|on)\s+(?P<time>.*\b(?:1[5-9]|20)\d\d)\b")
_TIME_IN_A_SENTENCE = re.compile(
    r"\b(?:in|at|on|by)\s+(?P<time>(?:[\w-]+\s+){0,4}?(?:1[5-9]|20)\d\d)\b"
)
"""A time a sentence names by its year, in a few words ("at the end of 2019")."""


def age_at(claim: AttributeClaim) -> date | None:
    """The day an age is claimed for, where the attribute names a time ("age in March 2024"), or,
    for an age told at no occasion as "aged 65", where the past sentence giving it names one year
    ("arrived in Lebanon at the end of 2019, aged 65"): the middle of it, no later than the
    claim. "McNerney, 65, saw Boeing through a grounding in 2013" gives his age as reported."""
    named = _AT_A_TIME.search(claim.attribute)
    sentence = claim.sentence or ""
    aged = re.search(rf"\baged {re.escape(claim.value)}\b", sentence) is not None
    one_year = len(A_YEAR.findall(sentence)) == 1
    if named is None and aged and not at_an_occasion(claim) and told_as_past(sentence) and one_year:
        named = _TIME_IN_A_SENTENCE.search(sentence)
    if named is None:
        return None
    try:
        time = parse_time(named["time"], claim.as_of, tense="past")
    except InvalidTimeError:
        return None
    return min(time.middle(), claim.as_of)


def at_an_occasion(claim: AttributeClaim) -> bool:
    """Whether an age is told as of an occasion the claim does not date ("then 56", "age on
    retirement", "who was 66 at the time")."""
    told = set(normalise_name(claim.attribute).split()) - _AGE_WORDS
    return bool(told) or bool(_THEN.search(claim.quote))


def check_age_at_an_occasion(
    ctx: Context, claim: AttributeClaim, claimed: int, what: str, ages: list[Attribute]
) -> None:
    """An age at an occasion: the age at a time the record has that occasion, or else at a
    report that gave the person's age."""
    person = ages[0].subject
    ctx.out.events += ages
    words = f"{claim.attribute} {claim.sentence or claim.quote}"
    steps = list(_steps(ctx, person, words))
    times = steps or [FuzzyTime.day(a.first_published) for a in ages]
    fits = [t for t in times if any(claimed in _ages_then(a, t) for a in ages)]
    now = max(max(_ages_then(a, FuzzyTime.day(claim.as_of))) for a in ages)
    told = f"{ages[0].value} on {day_label(ages[0].first_published)}"
    if fits:
        ctx.out.add("supported", f"{what}: {claimed} in {fits[0].label()} ({told})")
    elif steps:
        then = sorted({age for t in steps for a in ages for age in _ages_then(a, t)})
        ctx.out.add(
            "contradicted",
            f"{what}: {told}, so {_span(then)} at the times the record has for the occasion",
            _span(then),
        )
    elif claimed > now:
        ctx.out.add(
            "contradicted",
            f"{what}: {told}, so no more than {now} on {day_label(claim.as_of)}",
            str(now),
        )
    else:
        ctx.out.add(
            "unverifiable",
            f"{what}: {told}; the record cannot tell when the occasion the claim means was",
        )


def _told_as_news(time: FuzzyTime, report: FuzzyTime) -> bool:
    """Whether a report tells of a start or end as news, announced or just happened, rather
    than looking back on it ("took over in 2010", told in 2016)."""
    return time.latest >= report.earliest - _NEWS


_NEWS = timedelta(days=31)


def _span(ages: list[int]) -> str:
    return str(ages[0]) if len(ages) == 1 else f"{ages[0]} to {ages[-1]}"


def _ages_then(age: Attribute, time: FuzzyTime) -> set[int]:
    """The ages a person reported at one age can have had at a time."""
    (value,) = numbers(age.value) or {math.nan}
    first = value + (time.earliest - age.first_published).days / DAYS_A_YEAR
    last = value + (time.latest - age.first_published).days / DAYS_A_YEAR
    return set(range(math.floor(first), math.ceil(last) + 1))


def _steps(ctx: Context, person: str, words: str) -> Iterator[FuzzyTime]:
    """The times the record has the person appointed to, take up, leave or say they will leave
    a post, as the words of the occasion say which: reported starts and ends, the reports that
    told of them as news, and the person's departures and their announcements."""
    tenures = ctx.view.tenures_of(person)
    for tenure in tenures:
        if tenure.start is None:
            continue
        told_on = FuzzyTime.day(tenure.first_published)
        if APPOINTED.search(words) and _told_as_news(tenure.start, told_on):
            yield told_on
        if TAKING_UP.search(words):
            yield tenure.start
    if not _LEAVING.search(words):
        return
    departures = [
        event
        for event in ctx.view.generic_events(person)
        if is_departure(event.event_type) or _LEAVING.search(event.event_type)
    ]
    announcing = bool(_ANNOUNCING.search(words))
    told = [
        event.when or FuzzyTime.day(event.first_published)
        for event in departures
        if bool(_ANNOUNCING.search(event.event_type)) == announcing
    ]
    if announcing:
        yield from told or [
            FuzzyTime.day(t.first_published)
            for t in tenures
            if t.end is not None and _told_as_news(t.end, FuzzyTime.day(t.first_published))
        ]
    else:
        yield from told + [t.end for t in tenures if t.end is not None]
