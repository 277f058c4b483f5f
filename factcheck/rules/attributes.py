"""Facts about a person or organisation: "a social worker by profession", "previously chief
executive of another trust", "aged 52", "32 years of experience".

Values are compared as what they are: two values contradict only when both name something, or
both give a number, they differ in it, and the attribute has one value at a time; a post at a
step of a career (the previous, the next) is also not another whose title ranks it otherwise or
names other work ("finance director", "operations director"). Lengths and
ages move with the calendar: a length reported earlier has grown by the claim's date (unless it
is a term agreed, "a two-year appointment", or the person has died), an age is computed
(`ages` does it for an age at an occasion, "then 56"). A
previous post is also tested against the person's tenures elsewhere; only the one held just
before is one of a kind.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

from factcheck.claims import AttributeClaim
from factcheck.errors import InvalidQuantityError
from factcheck.quantities import DurationRange, parse_duration
from factcheck.record import Attribute, Tenure
from factcheck.resolution import normalise_name
from factcheck.rules.ages import DAYS_A_YEAR, age_at, at_an_occasion, check_age_at_an_occasion
from factcheck.rules.compare import (
    comparable,
    name_heads,
    same_value,
    same_wording,
    slips_apart,
)
from factcheck.rules.context import Context, day_label, organisation_of, possessive
from factcheck.rules.titles import one_post, other_posts, same_rank, says_no_work
from factcheck.rules.wording import (
    A_YEAR,
    FILLER,
    TERM_WORDS,
    WORD,
    content_words,
    named_things,
    names,
    numbers,
)
from factcheck.timespan import FuzzyTime

_AGE = ("age", "aged")
_SLIVER = 0.1
"""Share of a claimed length's span below which an overlap with the record's is only its edge."""
_PREVIOUS_WORDS = frozenset({"previous", "previously", "former", "formerly", "before", "past"})
_PAST_WORDS = frozenset(
    {"founded", "formed", "established", "created", "opened", "launched", "origin", "original"}
)
"""Words naming an attribute that something past settled, which later reports cannot change."""
_DEATH_WORDS = frozenset({"died", "dies", "death", "killed"})
_NEXT_WORDS = frozenset({"next", "later", "subsequent"})
_STEPS = _NEXT_WORDS | {"first"}
_POST_WORDS = frozenset({"post", "job", "role", "position", "employer"})
_JUST_BEFORE = re.compile(
    r"\b(?:before (?:moving|coming|joining|arriving|taking|becoming)|most recently"
    r"|(?:immediately|just) before"
    r"|(?:came|come|comes|coming|moved|moves|moving|arrived|arrives|arriving|joined|joining"
    r"|hired|recruited|poached|lured|headhunted)"
    r" (?:[\w'-]+ ){0,4}?from)\b"
)
"""Words saying a post was the one held just before."""


def check_attribute(ctx: Context, claim: AttributeClaim) -> None:
    out = ctx.out
    subject = ctx.subject(claim.subject, ("person", "organisation"))
    name = ctx.name(subject)
    found = [
        a
        for a in ctx.view.attributes(subject)
        if same_attribute(a.attribute, claim.attribute)
        and not (_an_age(claim.attribute) and _an_age_at_an_occasion(a.attribute))
    ]
    if (lengths := lengths_of(claim.value, found)) is not None:
        what = f"{possessive(name)} {claim.attribute}"
        at = age_at(claim) if lengths.age else None
        if lengths.age and at is None and at_an_occasion(claim):
            ages = [a for a in found if _an_age(a.attribute) and len(numbers(a.value)) == 1]
            claimed = round(lengths.claimed.min_days / DAYS_A_YEAR)
            check_age_at_an_occasion(ctx, claim, claimed, what, ages)
        else:
            compare_length(ctx, at or claim.as_of, what, lengths, died_on(ctx, subject))
        return
    out.events += found
    matching = [a for a in found if same_value(a.value, claim.value)]
    conflicting = [
        a
        for a in found
        if a not in matching
        and not a.multiple
        and (
            comparable(a.value, claim.value)
            or (_career_step(claim.attribute) and other_posts(a.value, claim.value))
        )
        and not slips_apart(claim.value, a.value)
        and not (named_things(a.value) and named_things(a.value) < named_things(claim.value))
        and not (_career_step(claim.attribute) and _may_be_one_post(claim.value, a.value))
        and not (_career_step(claim.attribute) and _a_post_there(claim.value, a.value))
        and not (_career_step(claim.attribute) and (_a_field(a.value) or _a_field(claim.value)))
        and not (_career_step(claim.attribute) and _serving_someone(ctx, a.value, claim.value))
    ]
    if is_previous_post(claim.attribute):
        conflicting = [a for a in conflicting if not _step_before(claim, a.value)]
        conflicting = _previous_posts_ruling_out(claim, conflicting, found)
        conflicting = [a for a in conflicting if not _moved_within(ctx, subject, a, claim)]
        conflicting = [a for a in conflicting if not _held_before_at(ctx, subject, claim, a.value)]
        if _joined_elsewhere(ctx, claim.quote, _latest_post(ctx, subject)):
            conflicting = []
        if not _just_before(claim.quote) and (
            says_no_work(claim.value) or _a_line_of_work(claim.value)
        ):
            conflicting = []  # "a former executive of X": one of the many posts they held
    if is_next_post(claim.attribute):
        conflicting = [
            a
            for a in conflicting
            if not _taken_up(ctx, subject, a, claim) and not _followed(ctx, subject, a)
        ]
    if ctx.record.entity(subject).type == "organisation" and _a_state(claim.attribute, found):
        # A body moves its base, changes its owner and its standing: each value is the state as
        # of its report, and another is a change, not a dispute or a contradiction.
        conflicting = []
    values = " or ".join(sorted({a.value for a in found if a not in matching}))
    # A person has held many posts: a source naming another "previous" or "next" one may mean
    # another step of the career, or the same post described otherwise, and does not dispute
    # one that agrees.
    disputing = [
        a
        for a in conflicting
        if not _career_step(claim.attribute)
        and any(
            same_wording(a.attribute, m.attribute) and a.first_published >= m.first_published
            for m in matching
        )
    ]
    if matching and disputing:
        out.add("disputed", f"sources give {possessive(name)} {claim.attribute} as {values}")
    elif matching:
        out.add("supported", f"{possessive(name)} {claim.attribute}: {matching[0].value}")
    elif is_previous_post(claim.attribute) and _held_elsewhere(ctx, subject, claim.value):
        out.add("supported", f"{name} held a post matching {claim.value!r}")
    elif conflicting:
        told = " or ".join(sorted({a.value for a in conflicting}))
        out.add("contradicted", f"{possessive(name)} {claim.attribute} is {told}", told)
    elif not found and is_previous_post(claim.attribute) and (before := _post_before(ctx, subject)):
        held, then = (ctx.name(t.role) for t in before)
        if (
            comparable(held, claim.value)
            and not same_value(held, claim.value)
            and not _told_before(claim.quote, before[0])
            and not _joined_elsewhere(ctx, claim.quote, before[1])
        ):
            out.events += list(before)
            out.add(
                "contradicted",
                f"{name} was {held} just before becoming {then} (that tenure ended as the next "
                "began)",
                held,
            )
        else:
            out.add("unverifiable", f"no {claim.attribute} of {name} on record")
    elif found:
        out.add(
            "unverifiable",
            f"the record gives {possessive(name)} {claim.attribute} as {values}; "
            "it cannot tell whether that is the same",
        )
    else:
        out.add("unverifiable", f"no {claim.attribute} of {name} on record")


def _serving_someone(ctx: Context, recorded: str, claimed: str) -> bool:
    """Whether a post's title names the person it serves ("David Cameron's trade minister", of
    a "Minister of State for Trade"), and without that person's name the two titles name
    nothing the other does not: whom a post serves is not the body it is at. A title naming
    nothing but that person ("Ruth Tamblyn's adviser") is compared as it is."""
    recorded_post, claimed_post = (
        _without_principal(ctx, recorded),
        _without_principal(ctx, claimed),
    )
    if (recorded_post, claimed_post) == (recorded, claimed):
        return False
    named_recorded, named_claimed = named_things(recorded_post), named_things(claimed_post)
    if not (named_recorded and named_claimed):
        return False
    return named_recorded <= named_claimed or named_claimed <= named_recorded


def _without_principal(ctx: Context, value: str) -> str:
    def dropped(principal: re.Match[str]) -> str:
        known = ctx.record.resolve_as(principal["name"], ("person",)).entity_id
        return "" if known is not None else principal[0]

    return _PRINCIPAL.sub(dropped, value)


_PRINCIPAL = re.compile(r"\b(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)+)['’]s\s+")
"""A person's full name in the possessive at the head of a post's title."""


def _a_state(attribute: str, found: list[Attribute]) -> bool:
    """Whether an attribute is a state that can change (a base, an owner, a description), not
    a fact of the past: neither its name ("founded", "previous") nor a value (a year) dates it."""
    if _PAST_WORDS & set(normalise_name(attribute).split()) or is_previous_post(attribute):
        return False
    return not any(A_YEAR.search(a.value) for a in found)


def died_on(ctx: Context, subject: str) -> date | None:
    """When the record has the subject die: their age and their years stop growing then."""
    deaths = [
        e.when.latest
        for e in ctx.view.generic_events(subject)
        if e.when is not None and _DEATH_WORDS & set(e.event_type.casefold().split())
    ]
    return min(deaths, default=None)


def _an_age(attribute: str) -> bool:
    return attribute.casefold().strip() in _AGE


def _an_age_at_an_occasion(attribute: str) -> bool:
    """Whether an attribute is an age at an occasion ("age at start of career", "age when
    appointed"), which stays as it was, not the age that grows with the calendar."""
    words = attribute.casefold().split()
    return len(words) > 1 and words[0] in _AGE


def same_attribute(a: str, b: str) -> bool:
    """Two names of one attribute: in other words, both a previous post ("previous post",
    "previous employer", "former force"), or both an age at one occasion ("age at departure",
    "age at retirement")."""
    return (
        same_wording(a, b)
        or (is_previous_post(a) and is_previous_post(b))
        or _ages_at_one_occasion(a, b)
    )


def _ages_at_one_occasion(a: str, b: str) -> bool:
    if not (_an_age_at_an_occasion(a) and _an_age_at_an_occasion(b)):
        return False
    words_a, words_b = set(a.casefold().split()), set(b.casefold().split())
    return any(words_a & occasion and words_b & occasion for occasion in _OCCASIONS)


_OCCASIONS = (
    frozenset({"departure", "retirement", "leaving", "exit", "resignation", "retiring"}),
    frozenset({"appointment", "appointed", "joining", "arrival", "start"}),
)
"""Words for one occasion of a career: leaving a post, or taking it up."""


def is_previous_post(attribute: str) -> bool:
    """Whether an attribute names a post held before ("previous post", "former employer"), not
    a time or a term told of before something ("contract expiry date before extension")."""
    words = set(attribute.casefold().split())
    return bool(_PREVIOUS_WORDS & words) and not _NOT_A_POST & words


_NOT_A_POST = frozenset(
    {"date", "expiry", "expire", "expires", "contract", "term", "age", "time", "length", "pay"}
)


def is_next_post(attribute: str) -> bool:
    """Whether an attribute names the post a person went on to ("next post", "later role")."""
    return bool(_NEXT_WORDS & set(normalise_name(attribute).split()))


def _taken_up(ctx: Context, person: str, recorded: Attribute, claim: AttributeClaim) -> bool:
    """Whether a next post the record gives was taken up before the claim's date ("to become
    chief executive of Sainsbury's", then in that post from 2004): the next post as of its
    report, which a later claim's "next" post, after it, may follow."""
    return any(
        tenure.start is not None
        and recorded.first_published <= tenure.start.latest
        and tenure.start.earliest <= claim.as_of
        for tenure in _spells_in(ctx, person, recorded.value)
    )


def _followed(ctx: Context, person: str, recorded: Attribute) -> bool:
    """Whether the record has the person begin another post after the recorded next post
    (finance director of one company to 2014, then chief executive of another from 2016):
    that next post followed an earlier step, and a claim of the step after the later post
    ("later became a consultant") speaks of another."""
    held = _spells_in(ctx, person, recorded.value)
    seen = [time.latest for t in held for time in (t.end, t.start, t.in_post) if time is not None]
    if not seen:
        return False
    return any(
        t.start is not None and t.start.earliest > max(seen)
        for t in ctx.view.tenures_of(person)
        if t.role not in {h.role for h in held}
    )


def _spells_in(ctx: Context, person: str, post: str) -> list[Tenure]:
    """The person's tenures in the post a value names ("chief executive of Sainsbury's")."""
    return [t for t in ctx.view.tenures_of(person) if same_value(ctx.name(t.role), post)]


def _career_step(attribute: str) -> bool:
    """Whether an attribute is a post at a step of a career, which later reports cannot change
    (the previous, next or first post), not the one held now."""
    words = set(attribute.casefold().split())
    return is_previous_post(attribute) or bool(words & _STEPS and words & _POST_WORDS)


def _may_be_one_post(claimed: str, recorded: str) -> bool:
    """Whether a claimed post may be the recorded one: the work one of them describes ("ran a
    learning centre", "led the police in Long Beach"), rather than a title, at the body the
    other names, in as many words or more ("the Los Angeles public schools", "the Los Angeles
    Unified School District")."""
    claimed_at = named_things(claimed)
    described = any(_DESCRIBES_WORK.match(value.casefold()) for value in (claimed, recorded))
    return described and bool(claimed_at) and claimed_at <= named_things(recorded)


def _a_post_there(claimed: str, recorded: str) -> bool:
    """Whether a claimed step names no post, only the body the recorded post is at ("a job at
    Unicef", of "deputy executive director of Unicef"): that post, or another there."""
    at = named_things(claimed)
    return says_no_work(claimed) and bool(at) and at <= named_things(recorded)


_DESCRIBES_WORK = re.compile(
    r"(?:ran|run|running|led|leading|headed|heading|oversaw|overseeing|managed|managing"
    r"|worked|working|served|serving)\b"
)


def _previous_posts_ruling_out(
    claim: AttributeClaim, conflicting: list[Attribute], found: list[Attribute]
) -> list[Attribute]:
    """The recorded previous posts another claimed one cannot also be. A person holds many posts
    over a career: only the one held just before ("before joining", "came from", "most
    recently") is one of a kind, and a post said to be held at some earlier time contradicts
    another only where the record knows of no other (one post in other words counts once) and
    the claim does not tell it as one earlier step of several ("had earlier served as") nor
    tell work rather than a post ("had worked on Nick Clegg's campaign"), which may have been
    done beside one."""
    quote = claim.quote
    if after := _named_step_after(quote):
        # "Before Kestrel Rail, he ran the Harbour Line": the step before that one, which a source
        # placing a post before the same step gives.
        before_it = [
            a for a in conflicting if any(_named_step_after(p.quote) == after for p in a.provenance)
        ]
        if before_it:
            return before_it
    if _just_before(quote):
        just_before = [a for a in conflicting if any(_just_before(p.quote) for p in a.provenance)]
        return just_before or conflicting
    if _AN_EARLIER_STEP.search(quote) or _WORK_DONE.match(claim.value.casefold()):
        return []
    one_known = all(
        normalise_name(a.value) == normalise_name(b.value) or one_post(a.value, b.value)
        for a in found
        for b in found
    )
    return conflicting if one_known else []


_WORK_DONE = re.compile(r"(?:worked|working|served|serving|helped|campaigned|volunteered)\b")
"""Words telling work done ("worked on a leadership campaign") rather than a post held."""
_AN_EARLIER_STEP = re.compile(r"\b(?:earlier|once|at one time|in the past|also)\b", re.I)
"""Words telling a post as one of the career's earlier steps, not the one before the latest."""


def _a_field(value: str) -> bool:
    """Whether a value names a field of work, not a body ("US academia", "the private sector",
    "British politics"): a post at a body may be in it."""
    told = {w.casefold() for w in WORD.findall(value) if w.islower()} - FILLER
    return bool(told) and told <= _FIELDS


_FIELDS = frozenset(
    {"academia", "politics", "government", "business", "industry", "private", "public"}
    | {"sector", "media", "journalism", "consultancy", "practice", "charity", "finance"}
)
"""Words naming a field of work rather than a body."""


def _a_line_of_work(value: str) -> bool:
    """Whether a value names a line of work at a body, not a post ("Harrow Bank banker", "a
    BBC journalist", "a Treasury official"): years of it, in posts it does not name."""
    words = set(content_words(value).split()) - names(value) - _BESIDE_THE_WORK
    return bool(names(value)) and bool(words) and words <= _LINES_OF_WORK


_BESIDE_THE_WORK = frozenset({"with", "former", "formerly", "ex", "senior", "one-time"})
_LINES_OF_WORK = frozenset(
    {"banker", "lawyer", "solicitor", "barrister", "economist", "analyst", "consultant"}
    | {"journalist", "reporter", "official", "civil", "servant", "diplomat", "academic"}
    | {"accountant", "engineer", "scientist", "investment", "investor", "trader", "staffer"}
)
"""Words for a kind of work rather than a post ("banker", "civil servant")."""


def _step_before(claim: AttributeClaim, recorded: str) -> bool:
    """Whether a recorded previous post is at the body the claim gives as the one the person
    joined after the claimed post ("before joining Heathrow she worked at BT", "she joined
    Wessex Water in 1995, after working at a university", where the record has them at that body
    before their latest post): the claim is of the step before that one."""
    # "Denmark's Copenhagen airport" names Copenhagen as well as the country it is in.
    at = frozenset().union(*(name_heads(part) for part in re.split(r"['’]s\s+", recorded)))
    told = name_heads(claim.sentence or claim.quote) | name_heads(claim.quote)
    return bool(at & told) and not at & name_heads(claim.value)


def _held_before_at(ctx: Context, person: str, claim: AttributeClaim, recorded: str) -> bool:
    """Whether the claim names a body where the record has the person in an earlier post, which
    the recorded previous post does not name ("poached from Bentley, having led the brand",
    where the record has them as Bentley's chief executive and, before, at Porsche): the
    claim's post may be that one, and the recorded one another step."""
    latest = _latest_post(ctx, person)
    # The body the person joined after the claimed post ("before joining Starbucks") is not it.
    named = named_things(_BEFORE_JOINING.sub("", claim.quote)) | named_things(claim.value)
    return any(
        (body := named_things(organisation_of(ctx.record, tenure.role)))
        and body <= named
        and not body <= named_things(recorded)
        for tenure in ctx.view.tenures_of(person)
        if latest is None or tenure.role != latest.role
    )


def _moved_within(ctx: Context, person: str, recorded: Attribute, claim: AttributeClaim) -> bool:
    """Whether a recorded previous post is one held at the body the claim has the person
    move to, which a claim naming another body does not name: a move within it ("Director of
    Commercial, then interim chief executive"; a deputy chief executive made chief executive)
    says nothing of where they joined it from ("came to the company from Tube Lines"). The body
    is that of the person's latest post (by its reported start), or one the claim's words name
    where the record has the person hold the recorded post."""
    claimed = named_things(claim.value)
    if (latest := _latest_post(ctx, person)) is not None:
        held_at = named_things(organisation_of(ctx.record, latest.role))
        if held_at and held_at <= named_things(recorded.value) and not held_at <= claimed:
            return True
    said = named_things(claim.quote)
    for tenure in ctx.view.tenures_of(person):
        body = named_things(organisation_of(ctx.record, tenure.role))
        if (
            body
            and body <= said
            and not body <= claimed
            and _names_the_post(recorded.value, ctx.name(tenure.role))
        ):
            return True
    return False


def _names_the_post(value: str, post_name: str) -> bool:
    """Whether a value is the post, in all or some of its words and of its rank ("Deputy",
    "deputy chief executive" of "deputy chief executive, Network Rail")."""
    words = set(normalise_name(value).split())
    return (
        bool(words)
        and words <= set(normalise_name(post_name).split())
        and same_rank(value, post_name)
    )


def _latest_post(ctx: Context, person: str) -> Tenure | None:
    """The person's post with the latest reported start, if any start is reported; a post they
    are only due to take up after the claim's date (leaving "to become chief executive of the
    NSPCC in January") is not yet theirs."""
    now = ctx.view.as_of or date.max
    started = [
        t for t in ctx.view.tenures_of(person) if t.start is not None and t.start.earliest <= now
    ]
    return max(
        started, key=lambda t: t.start.sort_key() if t.start else (date.min, date.min), default=None
    )


def _joined_elsewhere(ctx: Context, quote: str, latest: Tenure | None) -> bool:
    """Whether a claim names the body the person joined after the post it claims ("before
    moving to Birmingham", "before joining Webvan") and that is not the body of their latest
    post, which the record's previous post came before: the claim is of an earlier step."""
    joined = _BEFORE_JOINING.search(quote)
    if joined is None or latest is None:
        return False
    return not name_heads(joined[1]) & name_heads(organisation_of(ctx.record, latest.role))


_BEFORE_JOINING = re.compile(
    r"\bbefore (?:joining|moving to|coming to|arriving at|going to|heading to|switching to)"
    r"\s+((?:the )?[A-Z][^,.;:]*)"
)


def _just_before(words: str) -> bool:
    return bool(_JUST_BEFORE.search(words.casefold()))


_BEFORE_A_NAME = re.compile(r"\b[Bb]efore ((?:the )?[A-Z][^,.;:]*)")


def _named_step_after(words: str) -> frozenset[str]:
    """The body a post is said to come before ("Before Kestrel Rail, he was ...": Kestrel Rail)."""
    found = _BEFORE_A_NAME.search(words)
    return name_heads(found[1]) if found else frozenset()


def _told_before(quote: str, held: Tenure) -> bool:
    """Whether a claim's words date the post it speaks of before the record first has the person
    in the one held just before their latest ("had been group chief executive of Prudential from
    1995", of someone in that post from 2000, or seen in it in 2003): an earlier step of the
    career, or one the record cannot place."""
    first_seen = min(
        time.earliest
        for time in (held.start, held.in_post, FuzzyTime.day(held.first_published))
        if time is not None
    )
    return any(int(year) < first_seen.year for year in A_YEAR.findall(quote))


def _post_before(ctx: Context, person: str) -> tuple[Tenure, Tenure] | None:
    """The post a person held just before their latest one, where the record states it: its
    reported end meets the latest post's reported start. Returns (that post, the latest)."""
    if (latest := _latest_post(ctx, person)) is None:
        return None
    assert latest.start is not None
    before = [
        t
        for t in ctx.view.tenures_of(person)
        if t.role != latest.role and t.end is not None and t.end.overlaps(latest.start)
    ]
    return (before[0], latest) if len({t.role for t in before}) == 1 else None


def _held_elsewhere(ctx: Context, person: str, value: str) -> bool:
    """Whether the person's tenures include a post the value describes (one named without its
    organisation does not confirm a value that names one)."""
    for tenure in ctx.view.tenures_of(person):
        post = ctx.name(tenure.role)
        if names(value) and not names(post):
            continue
        if same_value(post, value) or same_value(value, post):
            ctx.out.events.append(tenure)
            return True
    return False


# -- lengths and ages -----------------------------------------------------------------------------


def lengths_of(claimed: str | DurationRange, found: list[Attribute]) -> Lengths | None:
    """The claimed value and the record's as lengths of time, when both read as such; ages are
    bare numbers of years."""
    if not found:
        return None
    record = found[0]
    age = _an_age(record.attribute)
    read = _years if age else parse_duration
    try:
        claimed_length = claimed if isinstance(claimed, DurationRange) else read(claimed)
        return Lengths(claimed_length, read(record.value), record, age)
    except (InvalidQuantityError, ValueError):
        return None


@dataclass(frozen=True)
class Lengths:
    """A claimed length or age, and the one a source reported."""

    claimed: DurationRange
    stated: DurationRange
    known: Attribute
    age: bool


def _years(text: str) -> DurationRange:
    (value,) = numbers(text) or {math.nan}
    if math.isnan(value):
        raise ValueError(f"no age in {text!r}")
    return DurationRange(min_days=value * DAYS_A_YEAR, max_days=value * DAYS_A_YEAR)


def compare_length(
    ctx: Context, as_of: date, what: str, lengths: Lengths, ended: date | None = None
) -> None:
    """A length reported on a date has grown by the claim's date, by no more than the time since
    (and not past ``ended``, when the record dates the end of what it measures); an age has grown
    by exactly that."""
    out = ctx.out
    claimed, stated, known = lengths.claimed, lengths.stated, lengths.known
    out.events.append(known)
    reported = known.first_published
    # A length told after its end was reached ("Connor Sparrowhawk, 18", years after his death)
    # is the length at the end.
    days = (min(as_of, ended or as_of) - min(reported, ended or reported)).days
    grown = days if lengths.age else max(0, days)  # an age claimed at an earlier time was less
    if TERM_WORDS & set(normalise_name(known.attribute).split()):
        grown = 0  # a term agreed ("a two-year appointment") is as long later as when reported
    if lengths.age:
        years = stated.min_days / DAYS_A_YEAR + grown / DAYS_A_YEAR
        possible = {math.floor(years), math.ceil(years)}
        claimed_years = round(claimed.min_days / DAYS_A_YEAR)
        said = " or ".join(str(y) for y in sorted(possible))
        if claimed_years in possible:
            out.add("supported", f"{what}: {said} on {day_label(as_of)}")
        elif claimed.min_days == stated.min_days and grown > 0:
            # "Whiley, a 57-year-old director, replaced him": a draft retelling what happened
            # then gives the age then, and a stale age reads the same.
            out.add(
                "unverifiable",
                f"{what} was {known.value} on {day_label(reported)}, so {said} now: "
                "right only if the sentence speaks of then",
            )
        else:
            out.add(
                "contradicted",
                f"{what} was {known.value} on {day_label(reported)}, so {said} on "
                f"{day_label(as_of)}",
                said,
            )
        return
    low, high = stated.min_days, stated.max_days + grown
    source = f"{known.value} on {day_label(reported)}"
    named, least = claimed.floor(), stated.floor()
    if named is not None and least is not None and named < least:
        # "More than 20 years" where the record says "more than 30" copies the floor wrong; a
        # length only grows, so no later claim names less than the record's least.
        out.add("contradicted", f"{what} was {source}, not {claimed.label()}", known.value)
    elif _mostly_within(claimed, low, high):
        out.add("supported", f"{what}: {source}")
    elif claimed.overlaps(low, high) and not _merely_touching(claimed, low, high):
        out.add(
            "unverifiable",
            f"{what} was {source}: {claimed.label()} only if it has grown past {known.value} since",
        )
    else:
        out.add("contradicted", f"{what} was {source}, not {claimed.label()}", known.value)


def _merely_touching(claimed: DurationRange, low: float, high: float) -> bool:
    """Whether a claim shares with the record's range no more than a sliver at its edge: "four
    decades" (35 to 45 years) against "three decades" (25 to 35) said a fortnight before holds
    only if both were rounded from their very edges, as "£8.6m" and "£8.5m" would."""
    width = claimed.max_days - claimed.min_days
    if width == 0 or math.isinf(width):
        return False
    shared = min(high, claimed.max_days) - max(low, claimed.min_days)
    return shared < width * _SLIVER


def _mostly_within(claimed: DurationRange, low: float, high: float) -> bool:
    """Whether at least half the lengths a claim's words allow fit the record's range: "four
    decades" barely touches "three decades" said a week before, "34 years" fits "32 years" said
    two years before."""
    if not claimed.overlaps(low, high):
        return False
    if math.isinf(high) and not math.isinf(claimed.max_days):
        return False  # "More than three years" bears out no length above it ("almost five").
    width = claimed.max_days - claimed.min_days
    if math.isinf(width):
        # "More than three years" holds only where every length the record allows is more.
        return low >= claimed.min_days
    if width == 0:
        return True
    shared = min(high, claimed.max_days) - max(low, claimed.min_days)
    return shared >= width / 2
