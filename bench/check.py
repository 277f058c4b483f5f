"""Checker throughput on synthetic records of 1,000 to 1,000,000 events.

A record here holds thousands of stories: councils whose director of children's services changed
hands over the years, inspections of their services, yearly figures of metrics every council
reports, what sources said of the directors, and counts sources gave. Every story is generated
from its own seed, so the claims can be built from a sample of stories without the record.

For each size the record is generated and saved in one fresh process, then loaded in another,
which reports the load time and checks a mix of claims of every kind, in drafts of 20 claims
about one story on one date, names written as drafts write them. Memory is each process's
peak resident size (``resource.getrusage`` ``ru_maxrss``, the interpreter and imports included).
Claims are timed after the name resolver and the event indexes are built (timed separately);
the garbage collector's full collections while checking are counted and timed too.

    python bench/check.py                      # 1k, 10k, 100k and 1m events
    python bench/check.py --sizes 1k,100k --claims 2000
    python bench/check.py --sizes 10k --claims 2000 --oracle-only --explain   # verdicts only

Every claim is labelled right or wrong as generated; ``synthetic_wrong_supported`` counts wrong
claims the checker supported, ``synthetic_right_contradicted`` right ones it contradicted or
found disputed (both should be 0; ``unverifiable`` is never counted against the checker).
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import resource
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Literal, ParamSpec, TypeVar

from factcheck import (
    Attribute,
    AttributeClaim,
    ChangeClaim,
    Checker,
    Claim,
    DurationClaim,
    Entity,
    Figure,
    FigureClaim,
    FuzzyTime,
    GenericEvent,
    HolderCountClaim,
    HolderOrdinalClaim,
    Provenance,
    Quantity,
    Rating,
    RatingClaim,
    RatingCountClaim,
    Record,
    ReportedCount,
    SuccessionClaim,
    Tenure,
    TenureClaim,
    parse_quantity,
)
from factcheck.record import Event, RecordFile

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
LAST_HANDOVER = date(2024, 6, 1)
"""Stories end here: the director then in post still is, and no inspection comes later."""
LATEST_DRAFT = date(2025, 3, 3)
CLAIMS_PER_DRAFT = 20
FALSE_SHARE = 0.25
"""Share of claims deliberately made wrong, so contradicted paths are timed too."""

# -- names ----------------------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_WOMEN = _words(
    "Sara Alison Helen Rachel Fiona Joanna Claire Karen Louise Emma Nadia Priya Grace Megan Ruth "
    "Jane Amira Bethan Chloe Deborah Eleanor Farah Gemma Hannah Imogen Julia Kirsty Laura Maria "
    "Naomi Olivia Paula Rebecca Sophie Tara Ursula Victoria Wendy Yasmin Zoe Anna Bridget Carol "
    "Diane Erin Frances Gillian Harriet Isla Jessica"
)
_MEN = _words(
    "Matt Andrew Michael Don David James Peter Simon Richard Colin Tariq Rajesh Owen Gareth Neil "
    "Paul Mark Stephen Tom Daniel Adam Ben Carl Dominic Edward Felix George Harry Ian Jack Kevin "
    "Liam Martin Nathan Oliver Patrick Robert Sean Trevor Victor William Alan Brian Craig Derek "
    "Ewan Frank Graham Hugh Ivan"
)
_SURNAME_HEADS = _words(
    "Ash Black Brad Brook Burn Cald Carl Chester Church Clay Cole Cran Dal Dun East Elm Fair Fern "
    "Fox Glad Green Hal Hart Hay Hol Kings Lang Lock Mar Mill Moor New Nor Oak Pem Rad Red Ridge "
    "Rock Rose Rush Sand Shaw Shel Stan Stock Stone Sud Thorn Tun Wal War Wat Wes Whit Wick Wil "
    "Win Wood York"
)
_SURNAME_TAILS = _words(
    "ley ton ford well by worth man field ham wood dale more den ridge son er ing bourne cott land "
    "hurst mere stead wick brook combe holt lake shaw thorpe"
)
_PLACE_TAILS = _words(
    "ford ton bury ham wich by field minster port caster borough stow well mouth ley worth bridge "
    "chester combe head haven gate cliffe dean leigh marsh wold fleet hythe sea"
)
_PLACE_QUALIFIERS = ("", "North", "South", "East", "West", "Upper", "Lower", "Great", "Little")
_ORG_KINDS = ("County Council", "City Council", "Borough Council", "District Council", "Council")
STRANGERS = _words("Quentin Zebedee Ottoline Ignatius Perpetua Leopold Araminta Cornelius")
_PROFESSIONS = ("social worker", "teacher", "educational psychologist", "solicitor", "accountant")
_JUDGEMENTS = ("outstanding", "good", "requires improvement", "inadequate")
_JUDGEMENT_WEIGHTS = (1, 4, 4, 2)
_SERVICES = ("children's services", "adoption service", "fostering service")


def _nth(n: int, space: int, stride: int) -> int:
    """A bijection of range(space): consecutive indexes land far apart, never on one another."""
    return n * stride % space


_PLACES = len(_PLACE_QUALIFIERS) * len(_SURNAME_HEADS) * len(_PLACE_TAILS)
# Past the first _PLACES stories (archives of millions of events), places of the same name are
# told apart as English places are: "Ashford Vale", "Ashford Heath".
_DISTRICTS = _words("Vale Heath Fen Downs Forest Wolds Moor Weald Marsh Dales Chase Hundred")


def _place(index: int) -> str:
    district, index = divmod(index, _PLACES)
    if district > len(_DISTRICTS):
        raise ValueError(f"at most {_PLACES * (len(_DISTRICTS) + 1)} stories have place names")
    rest, tail = divmod(_nth(index, _PLACES, 7_919), len(_PLACE_TAILS))
    qualifier, head = divmod(rest, len(_SURNAME_HEADS))
    place = f"{_PLACE_QUALIFIERS[qualifier]} {_SURNAME_HEADS[head]}{_PLACE_TAILS[tail]}".strip()
    return f"{place} {_DISTRICTS[district - 1]}" if district else place


def _person_name(number: int) -> tuple[str, str, str]:
    """First name, surname and honorific of the ``number``-th person; no two share a full name."""
    firsts = len(_WOMEN) + len(_MEN)
    space = firsts * len(_SURNAME_HEADS) * len(_SURNAME_TAILS)
    surname, first = divmod(_nth(number, space, 104_729), firsts)
    head, tail = divmod(surname, len(_SURNAME_TAILS))
    family = f"{_SURNAME_HEADS[head]}{_SURNAME_TAILS[tail]}"
    if first < len(_WOMEN):
        return _WOMEN[first], family, "Ms"
    return _MEN[first - len(_WOMEN)], family, "Mr"


@dataclass(frozen=True)
class Metric:
    """A measure every council reports, one shared entity."""

    id: str
    name: str
    aliases: tuple[str, ...]
    write: Callable[[random.Random], str]


METRICS = (
    Metric(
        "overspend",
        "children's services overspend",
        ("overspend", "overspent"),
        lambda rng: f"£{rng.uniform(0.3, 25):.1f}m",
    ),
    Metric(
        "looked-after-children",
        "looked after children",
        ("children in care", "number of looked after children"),
        lambda rng: f"{rng.randint(120, 2400):,}",
    ),
    Metric(
        "cin-plans",
        "share of children in need with an up-to-date plan",
        ("children in need with up-to-date plans",),
        lambda rng: f"{rng.uniform(55, 99.5):.1f}%",
    ),
    Metric(
        "agency-social-workers",
        "share of agency social workers",
        ("agency social workers", "agency staff"),
        lambda rng: f"{rng.uniform(3, 45):.1f}%",
    ),
    Metric(
        "protection-plans",
        "children on child protection plans",
        ("child protection plans",),
        lambda rng: f"{rng.randint(40, 950):,}",
    ),
)
INSPECTOR = Entity(
    id="ofsted", type="organisation", name="Ofsted", aliases=["the inspectorate", "inspectors"]
)

# -- stories --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: str
    first: str
    surname: str
    honorific: str
    profession: str
    experience_years: int
    previous_post: str | None

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"


@dataclass(frozen=True)
class Post:
    """One person's tenure as director; ``start`` and ``end`` are first days of months."""

    person: Person
    start: date
    end: date | None
    interim: bool
    reported: date
    end_reported: date | None
    names_predecessor: bool


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Inspection:
    service: Service
    month: date
    judgement: str
    full: bool
    published: date


@dataclass(frozen=True)
class YearFigure:
    metric: Metric
    year: int
    """The financial year's first calendar year: 2016 is 2016/17."""
    value: str
    previous: str | None
    published: date


@dataclass(frozen=True)
class Story:
    """One council's children's services over the years."""

    index: int
    org_id: str
    org_name: str
    place: str
    role_id: str
    role_name: str
    role_aliases: tuple[str, ...]
    services: tuple[Service, ...]
    posts: tuple[Post, ...]
    inspections: tuple[Inspection, ...]
    figures: tuple[YearFigure, ...]
    count_day: date
    count_since: int


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(year, month + 1, 1)


def _later(day: date, rng: random.Random, low: int, high: int) -> date:
    return day + timedelta(days=rng.randint(low, high))


def story(index: int) -> Story:
    """The ``index``-th story, the same on every run."""
    rng = random.Random(f"story-{index}")
    place = _place(index)
    org_name = f"{place} {rng.choice(_ORG_KINDS)}"
    org_id = f"org-{index}"
    services = tuple(
        Service(
            f"{org_id}-service-{n}",
            f"{org_name} {kind}",
            (f"{kind} at {org_name}", f"{place} {kind}"),
        )
        for n, kind in enumerate(_SERVICES)
    )
    posts: list[Post] = []
    start = date(rng.randint(2003, 2008), rng.randint(1, 12), 1)
    for number in range(rng.randint(5, 9)):
        first, surname, honorific = _person_name(index * 10 + number)
        elsewhere = _place((index + 1 + rng.randrange(200)) % _PLACES)
        person = Person(
            id=f"{org_id}-person-{number}",
            first=first,
            surname=surname,
            honorific=honorific,
            profession=rng.choice(_PROFESSIONS),
            experience_years=rng.randint(12, 34),
            previous_post=(
                f"director of children's services at {elsewhere} Council"
                if rng.random() < 0.4
                else None
            ),
        )
        interim = rng.random() < 0.25
        months = rng.randint(3, 10) if interim else rng.randint(12, 60)
        handover = _add_months(start, months)
        end = handover if handover <= LAST_HANDOVER else None
        posts.append(
            Post(
                person=person,
                start=start,
                end=end,
                interim=interim,
                reported=_later(start, rng, 0, 20),
                end_reported=_later(end, rng, 0, 12) if end else None,
                names_predecessor=rng.random() < 0.7,
            )
        )
        if end is None:
            break
        start = end
    inspections = []
    for service in services:
        month = date(rng.randint(2006, 2009), rng.randint(1, 12), 1)
        while month < LAST_HANDOVER:
            judgement = rng.choices(_JUDGEMENTS, _JUDGEMENT_WEIGHTS)[0]
            inspections.append(
                Inspection(service, month, judgement, True, _later(month, rng, 30, 70))
            )
            if judgement == "inadequate" and rng.random() < 0.6:
                visit = _add_months(month, rng.randint(4, 9))
                inspections.append(
                    Inspection(service, visit, judgement, False, _later(visit, rng, 20, 50))
                )
            month = _add_months(month, rng.randint(24, 54))
    figures = []
    for metric in METRICS:
        previous = None
        for year in range(2013, 2021):
            value = metric.write(rng)
            reports_change = previous is not None and rng.random() < 0.35
            figures.append(
                YearFigure(
                    metric,
                    year,
                    value,
                    previous if reports_change else None,
                    date(year + 1, rng.randint(5, 9), rng.randint(1, 28)),
                )
            )
            previous = value
    counted = posts[min(2, len(posts) - 1)]
    return Story(
        index=index,
        org_id=org_id,
        org_name=org_name,
        place=place,
        role_id=f"{org_id}-dcs",
        role_name=f"director of children's services, {org_name}",
        role_aliases=(
            f"{org_name} director of children's services",
            f"head of children's services, {org_name}",
        ),
        services=services,
        posts=tuple(posts),
        inspections=tuple(inspections),
        figures=tuple(figures),
        count_day=_later(counted.reported, rng, 5, 60),
        count_since=posts[0].start.year + 1,
    )


def reported_by(story: Story, day: date) -> list[Post]:
    """The posts sources had reported by ``day``, in order."""
    return [post for post in story.posts if post.reported <= day]


def held_since(posts: Sequence[Post], year: int) -> list[Post]:
    """The posts held at some time since the start of ``year`` (the incumbent then included)."""
    return [post for post in posts if post.end is None or post.end >= date(year, 1, 1)]


def inadequate_inspections(story: Story, day: date) -> int:
    """Full inspections of the children's services judged inadequate and reported by ``day``."""
    return sum(
        1
        for i in story.inspections
        if i.service is story.services[0]
        and i.full
        and i.judgement == "inadequate"
        and i.published <= day
    )


# -- the record -----------------------------------------------------------------------------------


@cache
def _month(day: date) -> FuzzyTime:
    return FuzzyTime.month(day.year, day.month)


@cache
def _quantity(text: str) -> Quantity:
    return parse_quantity(text)


def _cite(story: Story, article: str, published: date, quote: str) -> list[Provenance]:
    return [Provenance(source=f"{story.org_id}-{article}.md", published=published, quote=quote)]


def story_entities(story: Story) -> Iterator[Entity]:
    """The council, its post, its services and its directors."""
    yield Entity(
        id=story.org_id,
        type="organisation",
        name=story.org_name,
        aliases=[f"{story.place} council"],
    )
    yield Entity(
        id=story.role_id,
        type="role",
        name=story.role_name,
        aliases=list(story.role_aliases),
        organisation=story.org_id,
    )
    for service in story.services:
        yield Entity(
            id=service.id,
            type="service",
            name=service.name,
            aliases=list(service.aliases),
            organisation=story.org_id,
        )
    for post in story.posts:
        yield Entity(id=post.person.id, type="person", name=post.person.name)


def story_events(story: Story) -> Iterator[Event]:
    """Everything the story's sources reported."""
    yield from _tenure_events(story)
    for n, inspection in enumerate(story.inspections):
        yield Rating(
            inspector="ofsted",
            subject=inspection.service.id,
            judgement=inspection.judgement,
            when=_month(inspection.month),
            inspection="full" if inspection.full else "monitoring",
            provenance=_cite(
                story,
                f"inspection-{n}",
                inspection.published,
                f"inspectors rated the {inspection.service.name} {inspection.judgement}",
            ),
        )
    for figure in story.figures:
        yield Figure(
            metric=figure.metric.id,
            subject=story.org_id,
            value=_quantity(figure.value),
            previous=_quantity(figure.previous) if figure.previous else None,
            period=FuzzyTime.financial_year(figure.year),
            provenance=_cite(
                story,
                f"accounts-{figure.year}",
                figure.published,
                f"{figure.metric.name} was {figure.value} in {figure.year}/{figure.year % 100 + 1}",
            ),
        )
    day = story.count_day
    yield ReportedCount(
        counted="holders",
        value=len(held_since(reported_by(story, day), story.count_since)),
        as_of=FuzzyTime.day(day),
        since=FuzzyTime.year(story.count_since),
        role=story.role_id,
        provenance=_cite(story, "count", day, "the post has changed hands repeatedly"),
    )
    yield ReportedCount(
        counted="ratings",
        value=inadequate_inspections(story, day),
        as_of=FuzzyTime.day(day),
        subject=story.services[0].id,
        judgement="inadequate",
        provenance=_cite(story, "count", day, "judged inadequate more than once"),
    )


def _tenure_events(story: Story) -> Iterator[Event]:
    for n, post in enumerate(story.posts):
        person = post.person
        before = story.posts[n - 1].person.id if n and post.names_predecessor else None
        article = f"appointment-{n}"
        yield Tenure(
            person=person.id,
            role=story.role_id,
            start=_month(post.start),
            interim=post.interim,
            predecessor=before,
            provenance=_cite(story, article, post.reported, f"{person.name} takes charge"),
        )
        yield Attribute(
            subject=person.id,
            attribute="profession",
            value=person.profession,
            provenance=_cite(story, article, post.reported, f"a {person.profession}"),
        )
        yield Attribute(
            subject=person.id,
            attribute="years of experience",
            value=f"{person.experience_years} years",
            provenance=_cite(story, article, post.reported, "years of experience"),
        )
        if person.previous_post:
            yield Attribute(
                subject=person.id,
                attribute="previous post",
                value=person.previous_post,
                multiple=True,
                provenance=_cite(story, article, post.reported, person.previous_post),
            )
        if post.end is not None and post.end_reported is not None:
            article = f"departure-{n}"
            yield Tenure(
                person=person.id,
                role=story.role_id,
                start=_month(post.start),
                end=_month(post.end),
                provenance=_cite(story, article, post.end_reported, f"{person.name} is leaving"),
            )
            if n % 3 == 0:
                yield GenericEvent(
                    event_type="resignation",
                    participants=[person.id, story.org_id],
                    when=_month(post.end),
                    summary=f"{person.name} resigned",
                    provenance=_cite(story, article, post.end_reported, "resigned"),
                )


def record_document(events: int) -> tuple[RecordFile, int]:
    """The document of a record of exactly ``events`` events, and how many full stories it holds."""
    entities = [INSPECTOR]
    entities += [
        Entity(id=m.id, type="metric", name=m.name, aliases=list(m.aliases)) for m in METRICS
    ]
    made: list[Event] = []
    stories = 0
    while len(made) < events:
        told = story(stories)
        entities.extend(story_entities(told))
        made.extend(story_events(told))
        stories += 1
    return RecordFile(entities=entities, events=made[:events]), stories - 1


def write_record(events: int, path: Path) -> tuple[int, int]:
    """Save a record of exactly ``events`` events; returns its entities and its full stories.

    The record's JSON document is written directly: building a :class:`Record` first would copy
    every event and double the time taken. Loading it assigns the event ids ``Record.save``
    would have written.
    """
    document, stories = record_document(events)
    path.write_text(document.model_dump_json(indent=2, by_alias=True) + "\n", encoding="utf-8")
    return len(document.entities), stories


# -- claims ---------------------------------------------------------------------------------------


class _NothingToSay(Exception):
    """The story, as known on the draft's date, gives no material for this kind of claim."""


def _person_mention(person: Person, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.72:
        return person.name
    if roll < 0.86:
        return f"{person.honorific} {person.name}"
    if roll < 0.92:
        return f"{person.honorific} {person.surname}"
    if roll < 0.97:
        return f"{person.first} {typo(person.surname, rng)}"
    return f"{rng.choice(STRANGERS)} {person.surname}"


def typo(word: str, rng: random.Random) -> str:
    """The word with two neighbouring letters swapped (not the first)."""
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _role_mention(story: Story, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        return story.role_name
    if roll < 0.9:
        return rng.choice(story.role_aliases)
    return f"{story.place}'s director of children's services"


def _service_mention(service: Service, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.7:
        return service.name
    if roll < 0.95:
        return rng.choice(service.aliases)
    return typo(service.name, rng)


def _org_mention(story: Story, rng: random.Random) -> str:
    return story.org_name if rng.random() < 0.8 else f"{story.place} council"


def _wrong(rng: random.Random) -> bool:
    return rng.random() < FALSE_SHARE


class _Draft:
    """A draft about one story, dated ``day``; it writes each name one way throughout."""

    def __init__(self, story: Story, day: date, rng: random.Random) -> None:
        self.story = story
        self.day = day
        self.rng = rng
        self._written: dict[str, str] = {}

    def _once(self, key: str, write: Callable[[], str]) -> str:
        if key not in self._written:
            self._written[key] = write()
        return self._written[key]

    def person(self, person: Person) -> str:
        return self._once(person.id, lambda: _person_mention(person, self.rng))

    def role(self) -> str:
        return self._once(self.story.role_id, lambda: _role_mention(self.story, self.rng))

    def service(self, service: Service) -> str:
        return self._once(service.id, lambda: _service_mention(service, self.rng))

    def organisation(self) -> str:
        return self._once(self.story.org_id, lambda: _org_mention(self.story, self.rng))


def _known_posts(story: Story, day: date) -> list[Post]:
    known = reported_by(story, day)
    if not known:
        raise _NothingToSay
    return known


Built = tuple[Claim, bool]
"""A claim and whether it was made wrong on purpose."""


@dataclass(frozen=True)
class Labelled:
    """A claim with its intended truth and the story it is about."""

    claim: Claim
    wrong: bool
    story: int


def _handed_over(known: Sequence[Post], after: int, day: date) -> bool:
    """Whether the record as of ``day`` links ``known[after]`` to the director before.

    A source names the predecessor, or the predecessor's departure is reported; until then
    someone unreported may have come between, and the predecessor may have left at any time.
    """
    left = known[after - 1].end_reported
    return known[after].names_predecessor or (left is not None and left <= day)


def _ordinal_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    known = _known_posts(story, day)
    target = rng.randrange(len(known))
    since = rng.randint(known[0].start.year, known[target].start.year)
    position = len(held_since(known[: target + 1], since))
    wrong = _wrong(rng)
    ordinal = position + rng.choice((-1, 1)) if wrong else position
    if ordinal < 1:  # no "number 0": the wrong ordinal of the first holder is the second
        ordinal = position + 1
    person = draft.person(known[target].person)
    claim = HolderOrdinalClaim(
        quote=f"{person}, the director number {ordinal} since {since}",
        as_of=day,
        person=person,
        role=draft.role(),
        ordinal=ordinal,
        since=str(since) if rng.random() < 0.5 else FuzzyTime.year(since),
    )
    if not wrong and len(known) > 1 and not _handed_over(known, len(known) - 1, day):
        raise _NothingToSay  # the record as of the draft cannot tell when the last but one left
    return claim, wrong


def _count_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    known = _known_posts(story, day)
    since = rng.randint(known[0].start.year, known[-1].start.year)
    count = len(held_since(known, since))
    wrong = _wrong(rng)
    count = count + 1 if wrong else count
    if not wrong and len(known) > 1 and not _handed_over(known, len(known) - 1, day):
        raise _NothingToSay  # the record as of the draft cannot tell when the last but one left
    return HolderCountClaim(
        quote=f"{count} directors since {since}",
        as_of=day,
        role=draft.role(),
        count=count,
        since=str(since),
    ), wrong


def _tenure_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    known = _known_posts(story, day)
    post = rng.choice(known)
    wrong = _wrong(rng)
    start = post.start.replace(year=post.start.year - 1) if wrong else post.start
    ended = post.end is not None and post.end_reported is not None and post.end_reported <= day
    # "current" is settled for the last director known, unless a departure is reported, and for
    # one whose last month in post is over; otherwise the record cannot tell, and it is not said
    settled = (post is known[-1] and not ended) or (
        post.end is not None and _add_months(post.end, 1) <= day
    )
    person = draft.person(post.person)
    return TenureClaim(
        quote=f"{person} took over in {start:%B %Y}",
        as_of=day,
        person=person,
        role=draft.role(),
        start=f"{start:%B %Y}" if rng.random() < 0.5 else _month(start),
        end=_month(post.end) if ended and post.end and rng.random() < 0.5 else None,
        interim=post.interim if rng.random() < 0.3 else None,
        # the last director of a story may leave with no successor: not current once reported
        current=(post is known[-1] and not ended) if rng.random() < 0.3 and settled else None,
    ), wrong


def _succession_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    known = _known_posts(story, day)
    if len(known) < 2:
        raise _NothingToSay
    after = rng.randrange(1, len(known))
    skips = after >= 2 and _wrong(rng)
    before = after - 2 if skips else after - 1
    # A permanent successor "replaced" the last permanent holder, whoever acted in between.
    permanent = not known[before].interim and not known[after].interim
    wrong = skips and not (permanent and known[after - 1].interim)
    successor = draft.person(known[after].person)
    predecessor = draft.person(known[before].person)
    when = known[after].start
    claim = SuccessionClaim(
        quote=f"{successor} replaced {predecessor} in {when:%B %Y}",
        as_of=day,
        role=draft.role(),
        predecessor=predecessor,
        successor=successor,
        when=f"{when:%B %Y}" if rng.random() < 0.7 else None,
    )
    if not wrong and not _handed_over(known, after, day):
        raise _NothingToSay  # the record as of the draft cannot settle the handover
    return claim, wrong


def _rating_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    known = [i for i in story.inspections if i.published <= day and i.full]
    if not known:
        raise _NothingToSay
    inspection = rng.choice(known)
    wrong = _wrong(rng)
    judgement = rng.choice(_JUDGEMENTS) if wrong else inspection.judgement
    qualifier: Literal["first", "latest"] | None = rng.choice((None, None, "first", "latest"))
    if qualifier == "latest":
        inspection = max(
            (i for i in known if i.service is inspection.service), key=lambda i: i.month
        )
    elif qualifier == "first":  # the first time the service was given that judgement
        inspection = min(
            (
                i
                for i in known
                if i.service is inspection.service and i.judgement == inspection.judgement
            ),
            key=lambda i: i.month,
        )
    if not wrong:
        judgement = inspection.judgement
    elif judgement == inspection.judgement:  # a random judgement may be the true one
        judgement = _JUDGEMENTS[(_JUDGEMENTS.index(judgement) + 1) % len(_JUDGEMENTS)]
    subject = draft.service(inspection.service)
    when = inspection.month
    return RatingClaim(
        quote=f"{subject} was rated {judgement} in {when:%B %Y}",
        as_of=day,
        subject=subject,
        judgement=judgement,
        when=None
        if qualifier == "latest"
        else (f"{when:%B %Y}" if rng.random() < 0.5 else _month(when)),
        inspector="Ofsted" if rng.random() < 0.4 else None,
        qualifier=qualifier,
    ), wrong


def _rating_count_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    count = inadequate_inspections(story, day)
    wrong = _wrong(rng)
    count = count + 1 if wrong else count
    subject = draft.service(story.services[0])
    return RatingCountClaim(
        quote=f"{subject} has been rated inadequate {count} times",
        as_of=day,
        subject=subject,
        judgement="inadequate",
        count=count,
    ), wrong


def _known_figures(story: Story, day: date, *, changes: bool) -> list[YearFigure]:
    known = [
        f for f in story.figures if f.published <= day and (f.previous is not None or not changes)
    ]
    if not known:
        raise _NothingToSay
    return known


def _period(year: int, rng: random.Random) -> str | FuzzyTime:
    return (
        f"{year}/{(year + 1) % 100:02d}" if rng.random() < 0.6 else FuzzyTime.financial_year(year)
    )


def _figure_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    figure = rng.choice(_known_figures(story, day, changes=False))
    wrong = _wrong(rng)
    value = figure.metric.write(rng) if wrong else figure.value
    retry = random.Random(value)  # not the draft's: the claims after this one stay as they were
    while wrong and value == figure.value:  # a random value may be the true one
        value = figure.metric.write(retry)
    metric = rng.choice((figure.metric.name, *figure.metric.aliases))
    return FigureClaim(
        quote=f"{metric} of {value}",
        as_of=day,
        metric=metric,
        subject=draft.organisation(),
        value=value,
        period=_period(figure.year, rng),
    ), wrong


def _change_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    figure = rng.choice(_known_figures(story, day, changes=True))
    assert figure.previous is not None
    before, after = _quantity(figure.previous), _quantity(figure.value)
    direction: Literal["up", "down"] = "up" if after.value > before.value else "down"
    wrong = _wrong(rng)
    if wrong:
        direction = "down" if direction == "up" else "up"
    return ChangeClaim(
        quote=f"{figure.metric.name} went {direction} from {figure.previous} to {figure.value}",
        as_of=day,
        metric=figure.metric.name,
        subject=draft.organisation(),
        from_value=figure.previous,
        to_value=figure.value,
        direction=direction,
        period=_period(figure.year, rng),
    ), wrong


def _duration_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    post = rng.choice(_known_posts(story, day))
    person = draft.person(post.person)
    if rng.random() < 0.5:
        years = post.person.experience_years + (day - post.reported).days // 365
        wrong = _wrong(rng)
        years = years + 5 if wrong else years
        return DurationClaim(
            quote=f"{person} has {years} years of experience",
            as_of=day,
            person=person,
            attribute="years of experience",
            value=f"{years} years",
        ), wrong
    end = post.end if post.end and post.end_reported and post.end_reported <= day else day
    months = max(1, (end.year - post.start.year) * 12 + end.month - post.start.month)
    wrong = _wrong(rng)
    # a month more or less is within the month-precise dates: a wrong one is three at least
    months = max(months * 2, 3) if wrong else months
    return DurationClaim(
        quote=f"{person} spent {months} months as director",
        as_of=day,
        person=person,
        role=draft.role(),
        value=f"{months} months",
    ), wrong


def _attribute_claim(draft: _Draft) -> Built:
    story, day, rng = draft.story, draft.day, draft.rng
    person = rng.choice(_known_posts(story, day)).person
    mention = draft.person(person)
    wrong = False
    if person.previous_post and rng.random() < 0.4:
        attribute, value = "previous post", person.previous_post
    else:
        attribute = "profession"
        wrong = _wrong(rng)
        value = rng.choice(_PROFESSIONS) if wrong else person.profession
        if wrong and value == person.profession:  # a random profession may be the true one
            value = _PROFESSIONS[(_PROFESSIONS.index(value) + 1) % len(_PROFESSIONS)]
    return AttributeClaim(
        quote=f"{mention}, {value}", as_of=day, subject=mention, attribute=attribute, value=value
    ), wrong


_CLAIM_MIX: dict[str, tuple[int, Callable[[_Draft], Built]]] = {
    "holder_ordinal": (10, _ordinal_claim),
    "holder_count": (8, _count_claim),
    "tenure": (16, _tenure_claim),
    "succession": (10, _succession_claim),
    "rating": (14, _rating_claim),
    "rating_count": (6, _rating_count_claim),
    "figure": (14, _figure_claim),
    "change": (8, _change_claim),
    "duration": (6, _duration_claim),
    "attribute": (8, _attribute_claim),
}


def build_claims(stories: int, count: int, seed: int = 7) -> list[Labelled]:
    """``count`` claims about the first ``stories`` stories, kinds mixed as in ``_CLAIM_MIX``.

    They come in drafts of up to ``CLAIMS_PER_DRAFT`` claims, each about one story on one date,
    each labelled with whether it was made wrong on purpose.
    """
    rng = random.Random(seed)
    kinds = list(_CLAIM_MIX)
    weights = [weight for weight, _ in _CLAIM_MIX.values()]
    claims: list[Labelled] = []
    while len(claims) < count:
        told = story(rng.randrange(stories))
        first_report = told.posts[0].reported
        day = (
            LATEST_DRAFT
            if rng.random() < 0.5
            else _later(first_report, rng, 365, (date(2024, 12, 31) - first_report).days)
        )
        draft = _Draft(told, day, rng)
        for kind in rng.choices(kinds, weights, k=min(CLAIMS_PER_DRAFT, count - len(claims))):
            with suppress(_NothingToSay):
                claim, wrong = _CLAIM_MIX[kind][1](draft)
                claims.append(Labelled(claim, wrong, told.index))
    return claims


# -- the oracle -----------------------------------------------------------------------------------

WRONG_SUPPORTED = "wrong_supported"
RIGHT_CONTRADICTED = "right_contradicted"


def mismatch(labelled: Labelled, verdict: str) -> str:
    """How a verdict disagrees with the claim's intended truth, or "" when it does not.

    A wrong claim may be ``unverifiable`` (the open-world record cannot rule it out); only
    ``supported`` is a mismatch. A right claim may be ``unverifiable`` (a name written as no
    source wrote it); only ``contradicted`` or ``disputed`` is a mismatch.
    """
    if labelled.wrong and verdict == "supported":
        return WRONG_SUPPORTED
    if not labelled.wrong and verdict in ("contradicted", "disputed"):
        return RIGHT_CONTRADICTED
    return ""


def report_mismatches(mismatches: Counter[str], label: str) -> None:
    report(f"synthetic_wrong_supported_{label}", mismatches[WRONG_SUPPORTED], "claims")
    report(f"synthetic_right_contradicted_{label}", mismatches[RIGHT_CONTRADICTED], "claims")


def _truth(told: Story, claim: Claim) -> Iterator[str]:
    """What the story holds that bears on ``claim``, with the dates sources reported it."""
    if claim.kind in ("rating", "rating_count"):
        for i in told.inspections:
            yield (
                f"  {i.service.name}: {i.judgement} {i.month:%Y-%m}"
                f" {'full' if i.full else 'monitoring'}, published {i.published}"
            )
        yield f"  count reported {told.count_day}: {inadequate_inspections(told, told.count_day)}"
        return
    if claim.kind in ("figure", "change"):
        for f in told.figures:
            change = f" from {f.previous}" if f.previous else ""
            period = f"{f.year}/{(f.year + 1) % 100:02d}"
            yield f"  {f.metric.id} {period}: {f.value}{change}, published {f.published}"
        return
    for n, post in enumerate(told.posts):
        p = post.person
        yield (
            f"  {n + 1}. {p.name} ({p.honorific}) {post.start:%Y-%m}..{post.end or 'open'}"
            f"{' interim' if post.interim else ''}, reported {post.reported},"
            f" end reported {post.end_reported}, names predecessor {post.names_predecessor};"
            f" {p.profession}, {p.experience_years} years, previously {p.previous_post}"
        )
    counted = held_since(reported_by(told, told.count_day), told.count_since)
    yield f"  count reported {told.count_day}: {len(counted)} since {told.count_since}"


def oracle(label: str, events: int, claims: int, *, explain: bool) -> None:
    """Build a record of ``events`` events in this process, check ``claims`` claims against it
    and report the verdicts that disagree with the claims' intended truth."""
    document, stories = record_document(events)
    checker = Checker(Record(document.entities, document.events))
    mix = build_claims(stories, claims)
    mismatches: Counter[str] = Counter()
    classes: Counter[tuple[str, str, str]] = Counter()
    for labelled in mix:
        verdict = checker.check(labelled.claim)
        found = mismatch(labelled, verdict.verdict)
        mismatches[found] += 1
        if not found:
            continue
        classes[(found, labelled.claim.kind, verdict.verdict)] += 1
        if explain:
            print(f"{found} ({'wrong' if labelled.wrong else 'right'}): {verdict.verdict}")
            print(f"  claim: {labelled.claim.model_dump_json(exclude_none=True)}")
            print(f"  explanation: {verdict.explanation}")
            if verdict.expected:
                print(f"  expected: {verdict.expected}")
            print(f"  story {labelled.story}:")
            for line in _truth(story(labelled.story), labelled.claim):
                print(f"  {line}")
    if explain:
        for (found, kind, verdict_kind), n in sorted(classes.items()):
            print(f"# {found} {kind} {verdict_kind}: {n}")
    report(f"claims_{label}", len(mix), "claims")
    report(f"synthetic_wrong_{label}", sum(labelled.wrong for labelled in mix), "claims")
    report_mismatches(mismatches, label)


# -- measurements ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    stories: int
    entities: int
    seconds: float
    megabytes: float
    rss_peak_mb: float


@dataclass(frozen=True)
class Measured:
    load_s: float
    rss_before_mb: float
    rss_peak_mb: float
    index_build_ms: float
    check_s: float
    claims: int
    verdicts: Counter[str]
    seconds_by_kind: dict[str, float]
    claims_by_kind: Counter[str]
    full_collections: int
    full_collections_ms: float
    mismatches: Counter[str]


class _FullCollections:
    """Time the garbage collector spends in full (generation 2) collections while installed.

    In a process holding a large record, one full collection traverses every object of it.
    """

    def __init__(self) -> None:
        self.seconds = 0.0
        self.count = 0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started
            self.count += 1

    def __enter__(self) -> _FullCollections:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def generate(events: int, path: Path) -> Generated:
    """Build a record of ``events`` events and save it to ``path``."""
    started = time.perf_counter()
    entities, stories = write_record(events, path)
    return Generated(
        stories=stories,
        entities=entities,
        seconds=time.perf_counter() - started,
        megabytes=path.stat().st_size / 1e6,
        rss_peak_mb=_rss_mb(),
    )


def measure(path: Path, stories: int, claims: int) -> Measured:
    """Load the record at ``path``, then check ``claims`` claims about its stories."""
    before = _rss_mb()
    started = time.perf_counter()
    gc.disable()  # as the command line does: a record is long-lived objects, nothing to collect
    record = Record.load(path)
    gc.enable()
    load_s = time.perf_counter() - started
    gc.freeze()  # as a long-running checker would: the loaded record is never garbage
    peak = _rss_mb()
    started = time.perf_counter()
    record.resolve("warm up")  # builds the name resolver; the query below, the event indexes
    record.view().tenures("warm up")
    index_build_ms = (time.perf_counter() - started) * 1e3
    checker = Checker(record)
    mix = build_claims(stories, claims)
    verdicts: Counter[str] = Counter()
    mismatches: Counter[str] = Counter()
    seconds_by_kind: defaultdict[str, float] = defaultdict(float)
    with _FullCollections() as collections:
        for labelled in mix:
            claim = labelled.claim
            begun = time.perf_counter()
            verdict = checker.check(claim).verdict
            seconds_by_kind[claim.kind] += time.perf_counter() - begun
            verdicts[verdict] += 1
            mismatches[mismatch(labelled, verdict)] += 1
    return Measured(
        load_s=load_s,
        rss_before_mb=before,
        rss_peak_mb=peak,
        index_build_ms=index_build_ms,
        check_s=sum(seconds_by_kind.values()),
        claims=len(mix),
        verdicts=verdicts,
        seconds_by_kind=dict(seconds_by_kind),
        claims_by_kind=Counter(labelled.claim.kind for labelled in mix),
        full_collections=collections.count,
        full_collections_ms=collections.seconds * 1e3,
        mismatches=mismatches,
    )


P = ParamSpec("P")
R = TypeVar("R")


def in_fresh_process(task: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run ``task`` in a new interpreter, so its memory peak and garbage are its own."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(task, *args, **kwargs).result()


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}", flush=True)


def run(label: str, events: int, claims: int, workdir: Path) -> float:
    """Generate, load and check one size, printing its figures; returns microseconds per claim."""
    path = workdir / f"record-{label}.json"
    made = in_fresh_process(generate, events, path)
    report(f"events_{label}", events, "events")
    report(f"entities_{label}", made.entities, "entities")
    report(f"stories_{label}", made.stories, "stories")
    report(f"generate_s_{label}", made.seconds, "s", 1)
    report(f"generate_peak_rss_mb_{label}", made.rss_peak_mb, "MB")
    report(f"record_file_mb_{label}", made.megabytes, "MB", 1)
    got = in_fresh_process(measure, path, made.stories, claims)
    report(f"load_s_{label}", got.load_s, "s", 2)
    report(f"rss_before_load_mb_{label}", got.rss_before_mb, "MB")
    report(f"load_peak_rss_mb_{label}", got.rss_peak_mb, "MB")
    report(f"index_build_ms_{label}", got.index_build_ms, "ms", 1)
    per_claim_us = got.check_s / got.claims * 1e6
    report(f"claims_per_s_{label}", got.claims / got.check_s, "claims/s")
    report(f"us_per_claim_{label}", per_claim_us, "us", 1)
    report(f"full_collections_while_checking_{label}", got.full_collections, "collections")
    report(f"full_collections_ms_{label}", got.full_collections_ms, "ms", 1)
    for kind, spent in sorted(got.seconds_by_kind.items()):
        report(f"us_per_claim_{kind}_{label}", spent / got.claims_by_kind[kind] * 1e6, "us", 1)
    for verdict, n in sorted(got.verdicts.items()):
        report(f"{verdict}_{label}", n, "claims")
    report_mismatches(got.mismatches, label)
    path.unlink()
    return per_claim_us


def _sizes(text: str) -> list[str]:
    labels = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [label for label in labels if label not in SIZES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown size {', '.join(unknown)}; choose from {', '.join(SIZES)}"
        )
    return labels


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--sizes", type=_sizes, default=list(SIZES), help="comma-separated, e.g. 1k,100k"
    )
    parser.add_argument("--claims", type=int, default=10_000, help="claims checked per record")
    parser.add_argument(
        "--workdir", type=Path, help="where the records are written (default: a temporary folder)"
    )
    parser.add_argument(
        "--oracle-only",
        action="store_true",
        help="skip the timings: build each record in this process and only check the verdicts "
        "against the claims' intended truth",
    )
    parser.add_argument(
        "--explain", action="store_true", help="with --oracle-only, print every mismatch"
    )
    args = parser.parse_args(argv)
    if args.oracle_only:
        for label in args.sizes:
            oracle(label, SIZES[label], args.claims, explain=args.explain)
        return
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        per_claim = {label: run(label, SIZES[label], args.claims, workdir) for label in args.sizes}
    if "1k" in per_claim and "1m" in per_claim:
        report("us_per_claim_ratio_1m_to_1k", per_claim["1m"] / per_claim["1k"], "x", 2)


if __name__ == "__main__":
    main()
