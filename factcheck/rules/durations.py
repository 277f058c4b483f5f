"""How long something lasted: "six months as interim director", "32 years of experience".

Time in a post is interval arithmetic over its reported start and end. While the record knows no
end, the tenure may have ended any time after the record last saw the person in post: the
length is anywhere from that sighting to the claim's date, never presumed to run on. A length
in someone's quoted words runs to when they said it; one still to come ("will serve an
eight-year term") is a term, and one told as work paid for ("nine months' work") may be part
of a tenure, neither of them time served. A length of time with a body ("a 30-year career with
the company") is the record's in whatever words, and stops growing when the person left it.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from factcheck.claims import DurationClaim
from factcheck.errors import InvalidTimeError
from factcheck.holders import Holder, reported_ends, reported_starts
from factcheck.quotations import quoted_in
from factcheck.record import Attribute, EventBase
from factcheck.resolution import normalise_name
from factcheck.rules.attributes import (
    compare_length,
    died_on,
    is_next_post,
    is_previous_post,
    lengths_of,
    same_attribute,
)
from factcheck.rules.context import Context, day_label, organisation_of, possessive
from factcheck.rules.events import is_departure
from factcheck.rules.titles import POST_NOUNS, same_rank
from factcheck.rules.wording import (
    TERM_WORDS,
    named_things,
    names,
    names_a_term,
    told_as_to_come,
)
from factcheck.timespan import FuzzyTime, duration_between, parse_time


def check_duration(ctx: Context, claim: DurationClaim) -> None:
    if (period := within_a_period(claim.quote, claim.value.text)) is not None:
        ctx.out.add(
            "unverifiable",
            f"a length within {period!r}: the record cannot say how much of it fell then",
        )
        return
    if _work_done(claim.quote, claim.value.text):
        ctx.out.add(
            "unverifiable",
            f"{claim.value.text!r} of work, paid or done, may be only part of the time in post",
        )
        return
    if (words := _quoted_around(claim)) is not None:
        # "She had done 'a terrific job over the last seven months'": the speaker's length,
        # up to when they said it.
        if (said := _said_on(ctx, words)) is None:
            ctx.out.add(
                "unverifiable",
                "a length in someone's quoted words runs to when they said them, which the "
                "record does not know",
                reason="gap",
            )
            return
        ctx = replace(ctx, view=ctx.record.view(said, refresh=False))
        claim = claim.model_copy(update={"as_of": said})
    if claim.role is not None:
        person = ctx.entity(claim.person, "person")
        posts = ctx.posts(claim.role, person)
        ctx.on_any_reading(posts, lambda context, post: _check_time_in_post(context, claim, post))
        return
    person = ctx.entity(claim.person, "person")
    name = ctx.name(person)
    attributes = ctx.view.attributes(person)
    found = [a for a in attributes if same_attribute(a.attribute, claim.attribute or "")] or [
        a for a in attributes if _time_with_one_body(a.attribute, claim.attribute or "")
    ]
    lengths = lengths_of(claim.value, found)
    if lengths is None:
        ctx.out.events += found
        ctx.out.add("unverifiable", f"no {claim.attribute} of {name} on record as a length")
        return
    what = f"{possessive(name)} {claim.attribute}"
    ended = [day for day in (died_on(ctx, person), _left(ctx, person, lengths.known)) if day]
    compare_length(ctx, claim.as_of, what, lengths, min(ended, default=None))


def _left(ctx: Context, person: str, length: Attribute) -> date | None:
    """When the person left the body a length of time with it names ("time working at Unicef"),
    where the record has them leave it and no report after has them there: the length grows
    no further. A body a source gives as where they were before ("joined from the Harbour
    Securities Commission") they had left by that report."""
    bodies = named_things(length.attribute)
    if not bodies:
        return None
    there = [
        tenure
        for tenure in ctx.view.tenures_of(person)
        if (body := named_things(organisation_of(ctx.record, tenure.role))) and body <= bodies
    ]
    ends = [tenure.end.latest for tenure in there if tenure.end is not None]
    ends += [
        earlier.first_published
        for earlier in ctx.view.attributes(person)
        if is_previous_post(earlier.attribute) and bodies <= named_things(earlier.value)
    ]
    left = max(ends, default=None)
    if left is None or any(tenure.first_published >= left for tenure in there if not tenure.end):
        return None
    return left


_RANKS = POST_NOUNS - {"role", "post", "job"}
"""Words that name a post, which "senior roles at BAE Systems" does not."""


def _time_with_one_body(attribute: str, other: str) -> bool:
    """Whether two attributes are one length of time spent with the same body, in other words
    ("career with BP", "time with BP"; "senior roles at BAE Systems", "time at BAE System"):
    they name that body alone, and no post in it, whose time would be another length."""
    bodies = named_things(attribute)
    return (
        bool(bodies)
        and bodies == named_things(other)
        and not (_RANKS & set(normalise_name(f"{attribute} {other}").split()))
    )


def _check_time_in_post(ctx: Context, claim: DurationClaim, role: str) -> None:
    """The length the tenure's dates give, and every length a source stated for it ("two years as
    chief constable"): the claim is disputed where it agrees with some of them only."""
    person = ctx.entity(claim.person, "person")
    holder = ctx.holder(ctx.holders(role), person, role, claim.person)
    readings = [replace(ctx, out=ctx.out.fresh())]
    if _to_come(claim) or names_a_term(claim.quote, claim.value.text):
        # "He will serve an eight-year term", "over the course of his five-year term": a term
        # agreed, which time served cannot measure.
        readings[0].out.add(
            "unverifiable",
            f"{claim.value.text or claim.value.label()!r} is still to come: a term agreed, "
            "not time served",
        )
    else:
        _length_from_dates(readings[0], claim, role, holder)
    posts = ctx.record.entity(role).names
    stated = [
        a
        for a in ctx.view.attributes(person)
        if any(_names_post(a.attribute, p) for p in posts)
        and not any(within_a_period(source.quote, a.value) for source in a.provenance)
        and not _told_as_next_post(ctx, a, person, role)
        and not _of_the_post_held_then(ctx, a, person, role)
    ]
    ended = holder.end.earliest if holder.end is not None and not holder.end_inferred else None
    leaving = _departures_reported(ctx, person, posts)
    lengths_told: set[str] = set()
    for attribute in stated:
        if (lengths := lengths_of(claim.value, [attribute])) is not None:
            if _one_spell_s_term(attribute, holder) or (
                _with_another_post(attribute.attribute, claim.role or "")
                and lengths.claimed.min_days <= lengths.stated.max_days
            ):
                continue
            readings.append(replace(ctx, out=ctx.out.fresh()))
            what = f"{possessive(ctx.name(person))} {attribute.attribute}"
            # A length a source gives as it reports the person leaving is the whole tenure's.
            final = attribute.first_published if leaving & _sources(attribute) else ended
            compare_length(readings[-1], claim.as_of, what, lengths, final)
            if readings[-1].out.decide().verdict == "supported":
                lengths_told |= _sources(attribute)
    for reading in readings:
        ctx.out.events += reading.out.events
    dated_by = {source for t in holder.tenures if t.start is not None for source in _sources(t)}
    if dated_by and dated_by <= lengths_told:
        # "Arrived in September 2010 ... fired after 11 months": the length the source that
        # dates the start states is its own reading of its dates, not a rival to them.
        readings = readings[1:]
    settled = [r for r in readings if r.out.decide().verdict != "unverifiable"] or readings
    verdicts = {reading.out.decide().verdict for reading in settled}
    if {"supported", "contradicted"} <= verdicts:
        told = "; ".join(reading.out.decide().explanation for reading in settled)
        ctx.out.add("disputed", f"sources disagree on how long it lasted: {told}")
    else:
        for reading in settled:
            ctx.out.findings += reading.out.findings


def _one_spell_s_term(length: Attribute, holder: Holder) -> bool:
    """Whether a length is a term agreed ("a two-year term") for a person who held the post more
    than once, a reported end coming before a later start: the term of one spell, not the
    time in the post."""
    if not TERM_WORDS & set(normalise_name(length.attribute).split()):
        return False
    return any(
        end.latest < start.earliest
        for end in reported_ends(holder.tenures)
        for start in reported_starts(holder.tenures)
    )


def _with_another_post(attribute: str, claimed_post: str) -> bool:
    """Whether a length is told of the post together with another ("more than two decades as
    president and CEO", of a claim of the chief executive's post): the time in both, which
    bounds the time in one from above only."""
    words = set(normalise_name(attribute).split())
    return "and" in words and bool(POST_NOUNS & words - set(normalise_name(claimed_post).split()))


def _to_come(claim: DurationClaim) -> bool:
    """Whether a length is told as one still to come: in the claim's own words ("will serve an
    eight-year term") or in the clause its sentence tells it in ("planned to retire at the end of
    this year after five years in charge")."""
    if told_as_to_come(claim.quote):
        return True
    sentence = claim.sentence or ""
    at = sentence.find(claim.quote)
    clause = re.split(r"[,;:]", sentence[:at])[-1] if at > 0 else ""
    return told_as_to_come(clause)


_WORK = re.compile(r"^['’]?\s*(?:of\s+)?work\b")
"""Words after a length that make it an amount of work ("nine months' work", "two years of
work")."""


def _work_done(quote: str, length: str | None) -> bool:
    """Whether a length is told as the work done or paid for ("a £2.7m payment for nine months'
    work"), which may be only the part of a tenure in some year, not the tenure."""
    at = quote.casefold().find((length or "").casefold())
    return bool(length) and at >= 0 and bool(_WORK.match(quote[at + len(length or "") :]))


_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
"""Words in quotation marks."""


def _said_on(ctx: Context, words: str) -> date | None:
    """When the record first has someone say these words."""
    return min(
        (
            q.first_published
            for q in ctx.view.quotations_sharing(words)
            if quoted_in(words, q.words)
        ),
        default=None,
    )


def _quoted_around(claim: DurationClaim) -> str | None:
    """The words in quotation marks that give the claim's length, if they are someone's."""
    length = (claim.value.text or "").casefold()
    return next(
        (
            words
            for words in _QUOTED.findall(claim.sentence or claim.quote)
            if length and length in words.casefold()
        ),
        None,
    )


@lru_cache(maxsize=4096)
def within_a_period(quote: str, length: str | None) -> str | None:
    """The period a length is said to fall within, where its words end on one: "the seven
    months he served as vice-chancellor last year" is the part of a tenure in that year."""
    words = quote.casefold().rstrip(" .,;:!?\"'\u2019\u201d").split()
    told = (length or "").casefold().split()
    at = next((i for i in range(len(words)) if words[i : i + len(told)] == told), None)
    if not told or at is None:
        return None
    after = words[at + len(told) :]
    for size in (3, 2):
        window = after[-size:]
        if len(after) > size and not {after[-size - 1], window[0]} & _JOINING:
            with contextlib.suppress(InvalidTimeError):
                parse_time(" ".join(window), _ANY_DAY)  # only whether the words read as a time
                return " ".join(window)
    return None


_ANY_DAY = date(2000, 1, 1)
_JOINING = frozenset({"after", "before", "since", "until", "till", "from", "by", "of", "to"})
"""Words that make a trailing time the edge of the length, not the period holding it."""


def _departures_reported(ctx: Context, person: str, posts: list[str]) -> set[str]:
    """The sources that report the person leaving a post, or leaving this one for the next
    ("she joins from the bank, where she spent two years as head of sales")."""
    left = {
        source
        for event in ctx.view.generic_events(person)
        if is_departure(event.event_type)
        for source in _sources(event)
    }
    titles = [set(normalise_name(post.partition(", ")[0]).split()) for post in posts]
    for attribute in ctx.view.attributes(person):
        value = set(normalise_name(attribute.value).split())
        if same_attribute(attribute.attribute, "previous post") and any(
            title and title <= value for title in titles
        ):
            left |= _sources(attribute)
    return left


def _sources(event: EventBase) -> set[str]:
    return {p.source for p in event.provenance}


def _told_as_next_post(ctx: Context, length: Attribute, person: str, role: str) -> bool:
    """Whether the length's own source gives the post as the person's next one: "six years at
    the helm", in the report that a rival's chief executive will take over, is of the post he
    is leaving."""
    body = named_things(organisation_of(ctx.record, role))
    told_by = _sources(length)
    return bool(body) and any(
        body <= named_things(next_post.value)
        for next_post in ctx.view.attributes(person)
        if is_next_post(next_post.attribute) and told_by & _sources(next_post)
    )


def _of_the_post_held_then(ctx: Context, length: Attribute, person: str, role: str) -> bool:
    """Whether a length that names no body ("five and a half years as chief executive") is of
    another post with the same title: one told before the person took this post up, or the one
    they had most lately begun, for certain, when it was reported (a chief executive of one
    company, then of another)."""
    if names(length.attribute):
        return False
    starts = [t.start for t in ctx.view.tenures_of(person) if t.role == role and t.start]
    agreed = names_a_term(length.attribute, length.value) or any(
        names_a_term(p.quote, length.value) for p in length.provenance
    )
    if not agreed and any(length.first_published < s.earliest for s in starts):
        return True  # time served, told before this post was taken up: in an earlier one
    title = normalise_name(ctx.name(role).partition(", ")[0])
    began: dict[str, date] = {}
    for tenure in ctx.view.tenures_of(person):
        if normalise_name(ctx.name(tenure.role).partition(", ")[0]) != title:
            continue
        for time in (tenure.start, tenure.in_post):
            if time is not None and time.latest <= length.first_published:
                began[tenure.role] = min(began.get(tenure.role, time.latest), time.latest)
    latest = max(began, key=began.__getitem__, default=role)
    return latest != role and role in began and began[latest] > began[role]


def _names_post(attribute: str, post: str) -> bool:
    """Whether an attribute is a length of time in the post: "time as chief constable of
    Northby Police" for the post "chief constable, Northby Police"."""
    title, _, organisation = post.partition(", ")
    words, titled = set(normalise_name(attribute).split()), set(normalise_name(title).split())
    named = names(attribute)
    return (
        titled <= words
        and same_rank(attribute, title)  # a deputy's time is not the chief's
        and (not named or named <= names(organisation) | names(title))
    )


def _length_from_dates(ctx: Context, claim: DurationClaim, role: str, holder: Holder) -> None:
    out = ctx.out
    person = holder.person
    out.events += list(holder.tenures)
    name = ctx.name(person)
    if holder.start is None:
        out.add("unverifiable", f"the record has no start date for {possessive(name)} tenure")
        return
    if holder.end is not None and holder.end.latest < holder.start.earliest:
        # Sources (or their readings) that date the end before the start say nothing of the
        # length; the dates themselves are where a sub-editor must look.
        out.add(
            "unverifiable",
            f"the record has {possessive(name)} tenure ending {holder.end.label()}, before it "
            f"starts {holder.start.label()}",
        )
        return
    if holder.end is not None and holder.end.earliest <= claim.as_of:
        shortest, longest = duration_between(holder.start, holder.end)
    else:
        sighted = max(_sightings(ctx, holder, role), default=holder.start.latest)
        seen = FuzzyTime.day(max(sighted, holder.start.latest))
        shortest, _ = duration_between(holder.start, seen)
        _, longest = duration_between(holder.start, FuzzyTime.day(max(claim.as_of, seen.latest)))
    low, high = float(shortest.days), float(longest.days)
    what = f"{possessive(name)} time as {ctx.name(role)}"
    actual = _days_label(low, high)
    if claim.value.overlaps(low, high):
        out.add("supported", f"{what} is {actual} on {day_label(claim.as_of)}")
    elif claim.value.overlaps(low - _CALENDAR_SLACK, high + _CALENDAR_SLACK):
        # "Seven years" is six and a half rounded up: a length the dates allow at their very
        # edge, such as in post to the day of the claim, is possible.
        out.add(
            "unverifiable",
            f"{what} is {actual} on {day_label(claim.as_of)}: {claim.value.label()} only at "
            "the edge of what the dates allow",
        )
    elif holder.start_inferred or holder.end_inferred:
        out.add(
            "unverifiable",
            f"no source dates {what} directly; a reported succession suggests {actual}",
        )
    else:
        out.add(
            "contradicted",
            f"{what} is {actual} on {day_label(claim.as_of)}, not {claim.value.label()}",
            actual,
        )


_CALENDAR_SLACK = 3
"""Days by which dates and a length in years or months may differ at the edge: 1 November 2011
to 1 May 2018 is six and a half calendar years, a day short of 6.5 years of 365.25 days."""


def _sightings(ctx: Context, holder: Holder, role: str) -> list[date]:
    """When sources report the holder in post: every report of the tenure but those that name
    a successor to the holder, which tell of the tenure as over ("successor to Lord Hale")."""
    succeeded = {
        p.source
        for t in ctx.view.tenures(role)
        if t.predecessor == holder.person
        for p in ctx.view.sources(t)
    }
    return [
        p.published
        for t in holder.tenures
        for p in ctx.view.sources(t)
        if p.source not in succeeded
    ]


def _days_label(low: float, high: float) -> str:
    def one(days: float) -> str:
        if days >= 730:
            return f"{days / 365.25:.1f} years"
        if days >= 60:
            return f"{days / 30.44:.1f} months"
        return f"{days:.0f} days"

    return one(low) if one(low) == one(high) else f"between {one(low)} and {one(high)}"
