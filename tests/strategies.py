"""Shared hypothesis strategies: generated stories (a record's entities and the articles that
reported its events) and claims of every kind about them.

A :class:`Story` is what happened (people holding one post in turn, inspections of a service,
a council's overspend per financial year, facts about the people) together with the articles
that reported it: groups of events sharing one source and publication date. Every reported time
contains the true date, so the record a story builds is consistent. The builders are small
``@st.composite`` functions that take the story they draw about, so tests combine them freely.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st

from factcheck.claims import Claim, claim_adapter
from factcheck.quantities import Quantity, parse_quantity
from factcheck.record import (
    Attribute,
    Entity,
    EventBase,
    Figure,
    GenericEvent,
    Provenance,
    Rating,
    Record,
    ReportedCount,
    Tenure,
)
from factcheck.timespan import FuzzyTime

# -- the cast: names far enough apart that none resolves to another ------------------------------

PEOPLE = (
    "Alice Whitfield",
    "Bernard Okafor",
    "Carys Pemberton",
    "Dmitri Halvorsen",
    "Eunice Barraclough",
    "Fergus Lindqvist",
    "Gwendolyn Ashworth",
    "Hamish Trevelyan",
    "Ingrid Montague",
    "Jasper Kowalczyk",
)
ORGANISATIONS = (
    "Northshire County Council",
    "Southmoor County Council",
    "Eastvale County Council",
    "Westmarch County Council",
)
JUDGEMENTS = ("outstanding", "good", "requires improvement", "inadequate")
PROFESSIONS = ("social worker", "teacher", "accountant", "solicitor")

COUNCIL = "northshire-county-council"
OTHER_COUNCIL = "westmarch-county-council"
INSPECTOR = "ofsted"
ROLE = "director-of-childrens-services"
OTHER_ROLE = "chief-constable"
SERVICE = "adoption-service"
OTHER_SERVICE = "fostering-service"
METRIC = "overspend"
OTHER_METRIC = "school-places"

ROLE_NAME = "director of children's services"
OTHER_ROLE_NAME = "chief constable"
SERVICE_NAME = "adoption service"
OTHER_SERVICE_NAME = "fostering service"
METRIC_NAME = "overspend"
OTHER_METRIC_NAME = "school places"


def slug(name: str) -> str:
    return "-".join(name.casefold().replace("'", "").split())


def _entities() -> tuple[Entity, ...]:
    people = [Entity(id=slug(n), type="person", name=n) for n in PEOPLE]
    councils = [Entity(id=slug(n), type="organisation", name=n) for n in ORGANISATIONS]
    return (
        *people,
        *councils,
        Entity(id=INSPECTOR, type="organisation", name="Ofsted"),
        Entity(id=ROLE, type="role", name=ROLE_NAME, organisation=COUNCIL),
        Entity(id=OTHER_ROLE, type="role", name=OTHER_ROLE_NAME, organisation=OTHER_COUNCIL),
        Entity(id=SERVICE, type="service", name=SERVICE_NAME, organisation=COUNCIL),
        Entity(
            id=OTHER_SERVICE, type="service", name=OTHER_SERVICE_NAME, organisation=OTHER_COUNCIL
        ),
        Entity(id=METRIC, type="metric", name=METRIC_NAME),
        Entity(id=OTHER_METRIC, type="metric", name=OTHER_METRIC_NAME),
    )


ENTITIES = _entities()
NAMES = {entity.id: entity.name for entity in ENTITIES}
PERSON_IDS = tuple(slug(n) for n in PEOPLE)


# -- what happened and what was reported ---------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """Events one source reported, all under its one publication date."""

    source: str
    published: date
    events: tuple[EventBase, ...]


@dataclass(frozen=True)
class Spell:
    """One person's time in the post: the true dates and the times the sources wrote."""

    person: str
    start: date
    end: date | None
    interim: bool
    start_said: FuzzyTime
    end_said: FuzzyTime | None


@dataclass(frozen=True)
class Inspection:
    when: FuzzyTime
    judgement: str
    published: date


@dataclass(frozen=True)
class Overspend:
    year: int
    """The financial year's first calendar year: 2016 is 2016/17."""
    tenths: int
    """The value in tenths of a million pounds."""

    @property
    def period(self) -> FuzzyTime:
        return FuzzyTime.financial_year(self.year)

    @property
    def text(self) -> str:
        return money(self.tenths)


@dataclass(frozen=True)
class Fact:
    """An attribute of a person as the truth has it, with the date it was reported."""

    person: str
    attribute: str
    value: str
    published: date
    multiple: bool = False


@dataclass(frozen=True)
class Story:
    spells: tuple[Spell, ...]
    inspections: tuple[Inspection, ...]
    overspends: tuple[Overspend, ...]
    facts: tuple[Fact, ...]
    articles: tuple[Article, ...]
    bystanders: tuple[str, ...] = field(default=())
    """People the story is not about, whom claims may still name (a swapped name, a stranger)."""
    outsiders: tuple[str, ...] = field(default=())
    """People no claim names: free for unrelated events."""

    @property
    def holders(self) -> tuple[str, ...]:
        return tuple(s.person for s in self.spells)

    @property
    def last_published(self) -> date:
        return max(a.published for a in self.articles)

    @property
    def first_published(self) -> date:
        return min(a.published for a in self.articles)

    def events(self) -> list[EventBase]:
        return [e for a in self.articles for e in a.events]

    def record(self, articles: Iterable[Article] | None = None) -> Record:
        """The record of the story's articles (in the order given), with every entity."""
        record = Record(ENTITIES)
        for article in self.articles if articles is None else articles:
            for event in article.events:
                record.add(event)
        return record


def money(tenths: int) -> str:
    return f"£{tenths / 10:.1f}m"


def cite(source: str, published: date) -> list[Provenance]:
    return [Provenance(source=source, published=published, quote=f"({source})")]


def days(low: int, high: int) -> st.SearchStrategy[timedelta]:
    return st.integers(low, high).map(lambda n: timedelta(days=n))


PRECISE = ("day", "month")
LOOSE = ("day", "month", "year")


@st.composite
def said(draw: st.DrawFn, day: date, precisions: Sequence[str] = LOOSE) -> FuzzyTime:
    """A time a source might write for ``day``: the day, its month or its year."""
    precision = draw(st.sampled_from(precisions))
    if precision == "day":
        return FuzzyTime.day(day)
    if precision == "month":
        return FuzzyTime.month(day.year, day.month)
    return FuzzyTime.year(day.year)


@st.composite
def spells(
    draw: st.DrawFn, people: Sequence[str], precisions: Sequence[str] = LOOSE
) -> tuple[Spell, ...]:
    """People holding the post one after another; the last may still be in post."""
    count = draw(st.integers(1, min(5, len(people))))
    who = draw(st.permutations(people))[:count]
    starts = [draw(st.dates(date(2010, 1, 1), date(2013, 12, 31)))]
    for _ in range(count):
        starts.append(starts[-1] + draw(days(70, 800)))
    last_left = draw(st.booleans())
    result = []
    for i, person in enumerate(who):
        end = starts[i + 1] if i + 1 < count or last_left else None
        result.append(
            Spell(
                person=person,
                start=starts[i],
                end=end,
                interim=draw(st.booleans()),
                start_said=draw(said(starts[i], precisions)),
                end_said=draw(said(end, precisions)) if end else None,
            )
        )
    return tuple(result)


def holders_since(spells: Sequence[Spell], since: date, on: date) -> list[Spell]:
    """The truth: who held the post at some time from ``since`` to ``on``."""
    return [s for s in spells if s.start <= on and (s.end is None or s.end >= since)]


@st.composite
def tenure_articles(draw: st.DrawFn, spells: Sequence[Spell]) -> list[Article]:
    """An article per appointment (the new holder's start, and the end of the one before,
    perhaps a resignation and a reported count), and one for a last departure."""
    articles = []
    for i, spell in enumerate(spells):
        published = spell.start + draw(days(0, 45))
        source = f"appointed-{i}"
        before = spells[i - 1] if i else None
        events: list[EventBase] = [
            Tenure(
                person=spell.person,
                role=ROLE,
                start=spell.start_said,
                interim=spell.interim,
                predecessor=before.person if before and draw(st.booleans()) else None,
                provenance=cite(source, published),
            )
        ]
        if before is not None:
            events.append(_ended(before, source, published))
            if draw(st.booleans()):
                events.append(_resigned(before, source, published))
        if draw(st.booleans()):
            since = draw(st.integers(spells[0].start.year - 1, spell.start.year))
            counted = holders_since(spells, date(since, 1, 1), published)
            events.append(
                ReportedCount(
                    counted="holders",
                    role=ROLE,
                    value=len(counted),
                    as_of=FuzzyTime.day(published),
                    since=FuzzyTime.year(since),
                    provenance=cite(source, published),
                )
            )
        articles.append(Article(source, published, tuple(events)))
    last = spells[-1]
    if last.end is not None and last.end_said is not None:
        published = last.end + draw(days(0, 30))
        source = "departure"
        events = [_ended(last, source, published)]
        if draw(st.booleans()):
            events.append(_resigned(last, source, published))
        articles.append(Article(source, published, tuple(events)))
    return articles


def _ended(spell: Spell, source: str, published: date) -> Tenure:
    return Tenure(
        person=spell.person,
        role=ROLE,
        start=spell.start_said,
        end=spell.end_said,
        interim=spell.interim,
        provenance=cite(source, published),
    )


def _resigned(spell: Spell, source: str, published: date) -> GenericEvent:
    return GenericEvent(
        event_type="resigned",
        participants=[spell.person],
        when=spell.end_said,
        provenance=cite(source, published),
    )


@st.composite
def inspections(draw: st.DrawFn) -> tuple[Inspection, ...]:
    """Full inspections of the service, months apart, each reported soon after."""
    count = draw(st.integers(0, 4))
    day = draw(st.dates(date(2010, 1, 1), date(2012, 12, 31)))
    result = []
    for _ in range(count):
        result.append(
            Inspection(
                when=FuzzyTime.month(day.year, day.month),
                judgement=draw(st.sampled_from(JUDGEMENTS)),
                published=_month_end(day) + draw(days(5, 40)),
            )
        )
        day = _month_end(day) + draw(days(90, 700))
    return tuple(result)


def _month_end(day: date) -> date:
    return FuzzyTime.month(day.year, day.month).latest


def rating_articles(inspections: Sequence[Inspection], count_grade: str | None) -> list[Article]:
    articles = []
    for i, inspection in enumerate(inspections):
        source = f"inspection-{i}"
        events: list[EventBase] = [
            Rating(
                inspector=INSPECTOR,
                subject=SERVICE,
                judgement=inspection.judgement,
                when=inspection.when,
                provenance=cite(source, inspection.published),
            )
        ]
        if count_grade is not None and i == len(inspections) - 1:
            so_far = [x for x in inspections[: i + 1] if x.judgement == count_grade]
            events.append(
                ReportedCount(
                    counted="ratings",
                    subject=SERVICE,
                    judgement=count_grade,
                    value=len(so_far),
                    as_of=FuzzyTime.day(inspection.published),
                    provenance=cite(source, inspection.published),
                )
            )
        articles.append(Article(source, inspection.published, tuple(events)))
    return articles


@st.composite
def overspends(draw: st.DrawFn) -> tuple[Overspend, ...]:
    """The council's overspend for consecutive financial years."""
    first = draw(st.integers(2010, 2016))
    values = draw(st.lists(st.integers(1, 200), max_size=4))
    return tuple(Overspend(first + i, tenths) for i, tenths in enumerate(values))


def _pounds(tenths: int) -> Quantity:
    return parse_quantity(money(tenths))


@st.composite
def figure_articles(draw: st.DrawFn, overspends: Sequence[Overspend]) -> list[Article]:
    articles = []
    for i, spend in enumerate(overspends):
        published = spend.period.latest + draw(days(20, 120))
        source = f"accounts-{spend.year}"
        before = overspends[i - 1] if i else None
        figure = Figure(
            metric=METRIC,
            subject=COUNCIL,
            value=_pounds(spend.tenths),
            previous=_pounds(before.tenths) if before and draw(st.booleans()) else None,
            period=spend.period,
            provenance=cite(source, published),
        )
        articles.append(Article(source, published, (figure,)))
    return articles


@st.composite
def facts(draw: st.DrawFn, spells: Sequence[Spell], published: dict[str, date]) -> list[Fact]:
    """Profession, previous post and age of some holders, told on their appointment."""
    found = []
    for spell in spells:
        day = published[spell.person]
        if draw(st.booleans()):
            found.append(Fact(spell.person, "profession", draw(st.sampled_from(PROFESSIONS)), day))
        if draw(st.booleans()):
            council = draw(st.sampled_from(ORGANISATIONS[1:]))
            found.append(Fact(spell.person, "previous post", f"director at {council}", day, True))
        if draw(st.booleans()):
            found.append(Fact(spell.person, "age", str(draw(st.integers(35, 64))), day))
    return found


@st.composite
def stories(draw: st.DrawFn, precisions: Sequence[str] = LOOSE) -> Story:
    """A story and the articles that reported it."""
    cast = draw(st.permutations(PERSON_IDS))
    people, bystanders, outsiders = cast[:5], cast[5:8], cast[8:]
    held = draw(spells(people, precisions))
    tenures = draw(tenure_articles(held))
    rated = draw(inspections())
    counted = draw(st.none() | st.sampled_from(JUDGEMENTS)) if rated else None
    spent = draw(overspends())
    appointed = {
        event.person: article.published
        for article in tenures
        for event in article.events
        if isinstance(event, Tenure) and event.end is None
    }
    told = draw(facts(held, appointed))
    articles = [
        *tenures,
        *rating_articles(rated, counted),
        *draw(figure_articles(spent)),
        *_fact_articles(told),
    ]
    return Story(
        held, rated, spent, tuple(told), tuple(articles), tuple(bystanders), tuple(outsiders)
    )


def _fact_articles(told: Sequence[Fact]) -> list[Article]:
    """Facts told on one day go in one profile article."""
    by_day: dict[tuple[str, date], list[EventBase]] = {}
    for fact in told:
        source = f"profile-{fact.person}"
        by_day.setdefault((source, fact.published), []).append(
            Attribute(
                subject=fact.person,
                attribute=fact.attribute,
                value=fact.value,
                multiple=fact.multiple,
                provenance=cite(source, fact.published),
            )
        )
    return [Article(source, day, tuple(events)) for (source, day), events in by_day.items()]


# -- events about something else -------------------------------------------------------------


@st.composite
def unrelated_events(draw: st.DrawFn, story: Story) -> EventBase:
    """An event about entities no claim on the story names: another post and its holder,
    another service, another metric, a person the story is not about."""
    person = draw(st.sampled_from(story.outsiders))
    day = draw(st.dates(date(2009, 1, 1), date(2020, 12, 31)))
    published = day + draw(days(0, 60))
    provenance = cite("elsewhere", published)
    choices: list[EventBase] = [
        Tenure(
            person=person,
            role=OTHER_ROLE,
            start=draw(said(day)),
            end=draw(st.none() | said(day + timedelta(days=400))),
            interim=draw(st.none() | st.booleans()),
            provenance=provenance,
        ),
        Rating(
            inspector=INSPECTOR,
            subject=OTHER_SERVICE,
            judgement=draw(st.sampled_from(JUDGEMENTS)),
            when=FuzzyTime.month(day.year, day.month),
            provenance=provenance,
        ),
        Figure(
            metric=OTHER_METRIC,
            subject=OTHER_COUNCIL,
            value=parse_quantity(str(draw(st.integers(1, 5000)))),
            period=FuzzyTime.year(day.year),
            provenance=provenance,
        ),
        Attribute(
            subject=person,
            attribute=draw(st.sampled_from(["profession", "age", "previous post"])),
            value=draw(
                st.sampled_from([*PROFESSIONS, "47", "director at Eastvale County Council"])
            ),
            provenance=provenance,
        ),
        GenericEvent(
            event_type=draw(st.sampled_from(["resigned", "was appointed", "visited"])),
            participants=[person],
            when=draw(said(day)),
            provenance=provenance,
        ),
        ReportedCount(
            counted="holders",
            role=OTHER_ROLE,
            value=draw(st.integers(0, 6)),
            as_of=FuzzyTime.day(published),
            since=FuzzyTime.year(day.year - draw(st.integers(0, 4))),
            provenance=provenance,
        ),
        ReportedCount(
            counted="ratings",
            subject=OTHER_SERVICE,
            judgement=draw(st.sampled_from(JUDGEMENTS)),
            value=draw(st.integers(0, 4)),
            as_of=FuzzyTime.day(published),
            provenance=provenance,
        ),
    ]
    return draw(st.sampled_from(choices))


# -- claims ------------------------------------------------------------------------------------


def claim(kind: str, as_of: date, **fields: Any) -> Claim:
    """A claim as a draft dated ``as_of`` would give it, names as written."""
    return claim_adapter.validate_python(
        {"kind": kind, "quote": "(claim)", "as_of": as_of, **fields}
    )


@st.composite
def claim_dates(draw: st.DrawFn, story: Story) -> date:
    return draw(
        st.dates(
            story.first_published - timedelta(days=200), story.last_published + timedelta(days=500)
        )
    )


@st.composite
def any_time(draw: st.DrawFn) -> FuzzyTime:
    return draw(said(draw(st.dates(date(2009, 1, 1), date(2018, 12, 31)))))


@st.composite
def claims(draw: st.DrawFn, story: Story, as_of: date | None = None) -> Claim:
    """A claim of any kind about the story, near the truth or not, dated ``as_of`` (drawn when
    None)."""
    day = as_of if as_of is not None else draw(claim_dates(story))
    if draw(st.booleans()):
        # A claim the story makes true, or one with a name or number swapped, dated ``day``.
        true, swapped = draw(true_claims_with_a_swap(story))
        return draw(st.sampled_from([true, swapped])).model_copy(update={"as_of": day})
    builder = draw(st.sampled_from(CLAIM_BUILDERS))
    return draw(builder(story, day))


def _people(story: Story) -> st.SearchStrategy[str]:
    """A person's name: mostly a holder's, sometimes someone else's."""
    return st.sampled_from([NAMES[p] for p in story.holders + story.bystanders[:1]])


def _spell_time(story: Story, which: str) -> st.SearchStrategy[FuzzyTime]:
    known = [s.start_said if which == "start" else s.end_said for s in story.spells]
    return (
        st.sampled_from([t for t in known if t is not None] or [FuzzyTime.year(2012)]) | any_time()
    )


@st.composite
def holder_ordinal_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    return claim(
        "holder_ordinal",
        as_of,
        person=draw(_people(story)),
        role=ROLE_NAME,
        ordinal=draw(st.integers(1, 6)),
        since=FuzzyTime.year(draw(st.integers(2009, 2016))),
        announced=draw(st.booleans()),
    )


@st.composite
def holder_count_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    return claim(
        "holder_count",
        as_of,
        role=ROLE_NAME,
        count=draw(st.integers(0, 7)),
        since=FuzzyTime.year(draw(st.integers(2009, 2016))),
        announced=draw(st.booleans()),
    )


@st.composite
def tenure_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    if draw(st.integers(0, 4)) == 0:
        return claim(
            "tenure",
            as_of,
            person=draw(_people(story)),
            organisation=ORGANISATIONS[0],
            start=draw(st.none() | _spell_time(story, "start")),
        )
    return claim(
        "tenure",
        as_of,
        person=draw(_people(story)),
        role=ROLE_NAME,
        start=draw(st.none() | _spell_time(story, "start")),
        end=draw(st.none() | _spell_time(story, "end")),
        interim=draw(st.none() | st.booleans()),
        current=draw(st.none() | st.booleans()),
    )


@st.composite
def succession_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    before, after = draw(st.lists(_people(story), min_size=2, max_size=2, unique=True))
    return claim(
        "succession",
        as_of,
        role=ROLE_NAME,
        predecessor=before,
        successor=after,
        when=draw(st.none() | _spell_time(story, "start")),
    )


@st.composite
def rating_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    whens = [i.when for i in story.inspections] or [FuzzyTime.year(2011)]
    return claim(
        "rating",
        as_of,
        subject=SERVICE_NAME,
        judgement=draw(st.none() | st.sampled_from(JUDGEMENTS)),
        when=draw(st.none() | st.sampled_from(whens) | any_time()),
        inspector=draw(st.none() | st.just("Ofsted")),
        qualifier=draw(st.none() | st.sampled_from(["first", "latest", "only"])),
    )


@st.composite
def rating_count_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    # A window as a draft words it: it starts by the draft's date and ends after it starts.
    first = draw(st.integers(2009, max(2009, min(2015, as_of.year))))
    since = draw(st.none() | st.just(FuzzyTime.year(first)))
    until = draw(st.none() | st.integers(first, max(first, as_of.year)).map(FuzzyTime.year))
    return claim(
        "rating_count",
        as_of,
        subject=SERVICE_NAME,
        judgement=draw(st.sampled_from(JUDGEMENTS)),
        count=draw(st.integers(0, 4)),
        since=since,
        until=until,
    )


def _tenths(story: Story) -> st.SearchStrategy[int]:
    return st.sampled_from([s.tenths for s in story.overspends] or [10]) | st.integers(1, 200)


@st.composite
def figure_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    periods = [s.period for s in story.overspends] or [FuzzyTime.financial_year(2014)]
    return claim(
        "figure",
        as_of,
        metric=METRIC_NAME,
        subject=ORGANISATIONS[0],
        value=money(draw(_tenths(story))),
        period=draw(st.none() | st.sampled_from(periods)),
    )


@st.composite
def change_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    return claim(
        "change",
        as_of,
        metric=METRIC_NAME,
        subject=ORGANISATIONS[0],
        from_value=money(draw(_tenths(story))),
        to_value=money(draw(_tenths(story))),
        direction=draw(st.none() | st.sampled_from(["up", "down"])),
    )


@st.composite
def duration_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    if draw(st.booleans()):
        return claim(
            "duration",
            as_of,
            person=draw(_people(story)),
            role=ROLE_NAME,
            value=f"{draw(st.integers(1, 40))} months",
        )
    return claim(
        "duration",
        as_of,
        person=draw(_people(story)),
        attribute="age",
        value=f"{draw(st.integers(35, 70))} years",
    )


@st.composite
def attribute_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    attribute = draw(st.sampled_from(["profession", "previous post", "age"]))
    values = {
        "profession": st.sampled_from(PROFESSIONS),
        "previous post": st.sampled_from([f"director at {c}" for c in ORGANISATIONS]),
        "age": st.integers(35, 70).map(str),
    }[attribute]
    told = [f.value for f in story.facts if f.attribute == attribute]
    return claim(
        "attribute",
        as_of,
        subject=draw(_people(story)),
        attribute=attribute,
        value=draw(values | st.sampled_from(told or ["teacher"])),
    )


@st.composite
def event_claims(draw: st.DrawFn, story: Story, as_of: date) -> Claim:
    return claim(
        "event",
        as_of,
        participants=[draw(_people(story))],
        event_type=draw(st.sampled_from(["resigned", "was appointed", "left"])),
        when=draw(st.none() | _spell_time(story, "end")),
    )


CLAIM_BUILDERS = (
    holder_ordinal_claims,
    holder_count_claims,
    tenure_claims,
    succession_claims,
    rating_claims,
    rating_count_claims,
    figure_claims,
    change_claims,
    duration_claims,
    attribute_claims,
    event_claims,
)
"""One builder per claim kind, each ``(story, as_of) -> strategy``."""


# -- a true claim and a falsehood made from it -------------------------------------------------


@st.composite
def true_claims_with_a_swap(draw: st.DrawFn, story: Story) -> tuple[Claim, Claim]:
    """A claim the story makes true, dated after every article, and the same claim with one
    value replaced: another person's name, another council, another number."""
    as_of = story.last_published + draw(days(0, 60))
    options = [_swapped_ordinal, _swapped_count, _swapped_tenure, _swapped_event]
    if len(story.spells) > 1:
        options.append(_swapped_succession)
    if story.overspends:
        options.append(_swapped_figure)
    if any(f.attribute in ("previous post", "age") for f in story.facts):
        options.append(_swapped_attribute)
    return draw(draw(st.sampled_from(options))(story, as_of))


def _other_person(story: Story, *not_these: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [NAMES[p] for p in (*story.holders, *story.bystanders) if p not in not_these]
    )


@st.composite
def _swapped_ordinal(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    # Often a window that opens after the first holders left.
    last = story.spells[-1].start.year
    since = draw(st.just(last) | st.integers(story.spells[0].start.year - 1, last))
    counted = holders_since(story.spells, date(since, 1, 1), as_of)
    position = draw(st.just(1) | st.integers(1, len(counted)))
    person = counted[position - 1].person
    fields = dict(role=ROLE_NAME, since=FuzzyTime.year(since))
    true = claim("holder_ordinal", as_of, person=NAMES[person], ordinal=position, **fields)
    if draw(st.booleans()):
        other = draw(st.integers(1, 8).filter(lambda n: n != position))
        return true, claim("holder_ordinal", as_of, person=NAMES[person], ordinal=other, **fields)
    # Someone else: often a holder whose every day in the post came before the window.
    gone = [NAMES[s.person] for s in story.spells if s not in counted]
    anyone = _other_person(story, person)
    someone = draw(st.sampled_from(gone) | anyone if gone else anyone)
    return true, claim("holder_ordinal", as_of, person=someone, ordinal=position, **fields)


@st.composite
def _swapped_count(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    since = draw(st.integers(story.spells[0].start.year - 1, story.spells[-1].start.year))
    count = len(holders_since(story.spells, date(since, 1, 1), as_of))
    other = draw(st.integers(0, 8).filter(lambda n: n != count))
    fields = dict(role=ROLE_NAME, since=FuzzyTime.year(since))
    return claim("holder_count", as_of, count=count, **fields), claim(
        "holder_count", as_of, count=other, **fields
    )


@st.composite
def _swapped_tenure(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    spell = draw(st.sampled_from(story.spells))
    start = spell.start_said
    # Only someone whose reported start the claimed time rules out.
    others = [s.person for s in story.spells if s.start_said.disjoint(start)]
    others += list(story.bystanders)
    someone = NAMES[draw(st.sampled_from(others))]
    true = claim("tenure", as_of, person=NAMES[spell.person], role=ROLE_NAME, start=start)
    return true, claim("tenure", as_of, person=someone, role=ROLE_NAME, start=start)


@st.composite
def _swapped_succession(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    i = draw(st.integers(1, len(story.spells) - 1))
    before, after = story.spells[i - 1].person, story.spells[i].person
    fields = dict(role=ROLE_NAME, when=story.spells[i].start_said)
    true = claim("succession", as_of, predecessor=NAMES[before], successor=NAMES[after], **fields)
    someone = draw(_other_person(story, before, after))
    if draw(st.booleans()):
        swapped = claim("succession", as_of, predecessor=NAMES[before], successor=someone, **fields)
    else:
        swapped = claim("succession", as_of, predecessor=someone, successor=NAMES[after], **fields)
    return true, swapped


@st.composite
def _swapped_figure(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    spend = draw(st.sampled_from(story.overspends))
    other = draw(st.integers(1, 200).filter(lambda n: n != spend.tenths))
    fields = dict(metric=METRIC_NAME, subject=ORGANISATIONS[0], period=spend.period)
    return claim("figure", as_of, value=spend.text, **fields), claim(
        "figure", as_of, value=money(other), **fields
    )


@st.composite
def _swapped_attribute(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    fact = draw(
        st.sampled_from([f for f in story.facts if f.attribute in ("previous post", "age")])
    )
    fields = dict(subject=NAMES[fact.person], attribute=fact.attribute)
    if fact.attribute == "age":
        grown = (as_of - fact.published).days // 365 + 2
        age = int(fact.value)
        other = draw(
            st.sampled_from(
                [age - 2 - draw(st.integers(0, 5)), age + grown + draw(st.integers(0, 5))]
            )
        )
        # The true claim is the age the person has reached by the claim's date, at the least.
        now = age + (as_of - fact.published).days // 366
        return claim("attribute", as_of, value=str(now), **fields), claim(
            "attribute", as_of, value=str(other), **fields
        )
    council = draw(st.sampled_from([c for c in ORGANISATIONS if c not in fact.value]))
    return claim("attribute", as_of, value=fact.value, **fields), claim(
        "attribute", as_of, value=f"director at {council}", **fields
    )


@st.composite
def _swapped_event(draw: st.DrawFn, story: Story, as_of: date) -> tuple[Claim, Claim]:
    left = [s for s in story.spells if s.end_said is not None]
    if not left:
        return draw(_swapped_count(story, as_of))
    spell = draw(st.sampled_from(left))
    assert spell.end_said is not None
    when = spell.end_said
    others = [
        s.person
        for s in story.spells
        if s.person != spell.person
        and (s.end_said is None or s.end_said.disjoint(when))
        and not s.start_said.overlaps(when)
    ] + list(story.bystanders)
    someone = NAMES[draw(st.sampled_from(others))]
    fields = dict(event_type="resigned", when=when)
    return claim("event", as_of, participants=[NAMES[spell.person]], **fields), claim(
        "event", as_of, participants=[someone], **fields
    )


# -- sources that disagree, and a claim none of them bears out ------------------------------------


@dataclass(frozen=True)
class Disagreement:
    """Two more articles whose versions of one fact differ, and a claim both versions rule out."""

    articles: tuple[Article, Article]
    claim: Claim
    versions: str


@st.composite
def disagreements(draw: st.DrawFn, story: Story) -> Disagreement:
    day = story.last_published + draw(days(1, 60))
    builders = [_disputed_start, _disputed_count, _disputed_figure, _disputed_grade]
    builders += [_disputed_rating_count, _disputed_previous_employer]
    return draw(draw(st.sampled_from(builders))(story, day))


def _pair(first: EventBase, second: EventBase, day: date, gap: int) -> tuple[Article, Article]:
    later = day + timedelta(days=gap)
    return (
        Article(
            "version-a", day, (first.model_copy(update={"provenance": cite("version-a", day)}),)
        ),
        Article(
            "version-b",
            later,
            (second.model_copy(update={"provenance": cite("version-b", later)}),),
        ),
    )


def _distinct_months(draw: st.DrawFn, count: int) -> list[FuzzyTime]:
    months = draw(
        st.lists(st.integers(0, 12 * 10 - 1), min_size=count, max_size=count, unique=True)
    )
    return [FuzzyTime.month(2009 + m // 12, m % 12 + 1) for m in months]


@st.composite
def _disputed_start(draw: st.DrawFn, story: Story, day: date) -> Disagreement:
    """A person the story is not about: two sources date their start differently."""
    person = draw(st.sampled_from(story.bystanders))
    first, second, claimed = _distinct_months(draw, 3)
    # Sources report a start that has happened: one reported ahead is a plan, which may change.
    day = max(day, max(first.latest, second.latest) + timedelta(days=1))
    tenure = Tenure(person=person, role=ROLE, start=first, provenance=cite("x", day))
    other = tenure.model_copy(update={"start": second})
    articles = _pair(tenure, other, day, draw(st.integers(0, 30)))
    what = claim(
        "tenure", day + timedelta(days=40), person=NAMES[person], role=ROLE_NAME, start=claimed
    )
    return Disagreement(articles, what, f"start {first.label()} or {second.label()}")


@st.composite
def _disputed_count(draw: st.DrawFn, story: Story, day: date) -> Disagreement:
    since = FuzzyTime.year(draw(st.integers(2009, 2014)))
    low = draw(st.integers(1, 6))
    high = low + draw(st.integers(1, 3))
    count = ReportedCount(
        counted="holders",
        role=ROLE,
        value=low,
        as_of=FuzzyTime.day(day),
        since=since,
        provenance=cite("x", day),
    )
    articles = _pair(count, count.model_copy(update={"value": high}), day, 0)
    claimed = draw(st.integers(0, low - 1))
    what = claim("holder_count", day, role=ROLE_NAME, count=claimed, since=since)
    return Disagreement(articles, what, f"{low} or {high} holders")


@st.composite
def _disputed_rating_count(draw: st.DrawFn, story: Story, day: date) -> Disagreement:
    # A grade the record's own list has none of, where there is one: then the sources' counts
    # are all the record has.
    unrated = [j for j in JUDGEMENTS if j not in {i.judgement for i in story.inspections}]
    judgement = draw(st.sampled_from(unrated or JUDGEMENTS))
    low = draw(st.integers(1, 4))
    high = low + draw(st.integers(1, 3))
    count = ReportedCount(
        counted="ratings",
        subject=SERVICE,
        judgement=judgement,
        value=low,
        as_of=FuzzyTime.day(day),
        provenance=cite("x", day),
    )
    articles = _pair(count, count.model_copy(update={"value": high}), day, 0)
    claimed = draw(st.just(0) | st.integers(0, low - 1))
    # Dated the day the counts were given, or later.
    as_of = day + draw(st.just(timedelta(0)) | days(1, 30))
    what = claim("rating_count", as_of, subject=SERVICE_NAME, judgement=judgement, count=claimed)
    return Disagreement(articles, what, f"{low} or {high} {judgement} ratings")


@st.composite
def _disputed_figure(draw: st.DrawFn, story: Story, day: date) -> Disagreement:
    year = draw(st.integers(2009, 2018))
    a, b, c = draw(st.lists(st.integers(1, 200), min_size=3, max_size=3, unique=True))
    period = FuzzyTime.financial_year(year)
    figure = Figure(
        metric=METRIC,
        subject=OTHER_COUNCIL,
        value=_pounds(a),
        period=period,
        provenance=cite("x", day),
    )
    articles = _pair(
        figure, figure.model_copy(update={"value": _pounds(b)}), day, draw(st.integers(0, 30))
    )
    what = claim(
        "figure",
        day + timedelta(days=40),
        metric=METRIC_NAME,
        subject=ORGANISATIONS[3],
        value=money(c),
        period=period,
    )
    return Disagreement(articles, what, f"{money(a)} or {money(b)}")


@st.composite
def _disputed_grade(draw: st.DrawFn, story: Story, day: date) -> Disagreement:
    """Two sources give the other service different grades for one month's inspection."""
    (when,) = _distinct_months(draw, 1)
    a, b, c = draw(st.permutations(JUDGEMENTS))[:3]
    rating = Rating(
        inspector=INSPECTOR,
        subject=OTHER_SERVICE,
        judgement=a,
        when=when,
        provenance=cite("x", day),
    )
    articles = _pair(
        rating, rating.model_copy(update={"judgement": b}), day, draw(st.integers(0, 30))
    )
    what = claim(
        "rating", day + timedelta(days=40), subject=OTHER_SERVICE_NAME, judgement=c, when=when
    )
    return Disagreement(articles, what, f"{a} or {b} in {when.label()}")


@st.composite
def _disputed_previous_employer(draw: st.DrawFn, story: Story, day: date) -> Disagreement:
    """Two sources name different councils as a bystander's one employer before."""
    person = draw(st.sampled_from(story.bystanders))
    a, b, c = draw(st.permutations(ORGANISATIONS))[:3]
    fact = Attribute(subject=person, attribute="employer", value=a, provenance=cite("x", day))
    articles = _pair(fact, fact.model_copy(update={"value": b}), day, draw(st.integers(0, 30)))
    what = claim(
        "attribute", day + timedelta(days=40), subject=NAMES[person], attribute="employer", value=c
    )
    return Disagreement(articles, what, f"{a} or {b}")
