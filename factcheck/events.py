"""What a record holds: entities with the names they go by, and the events sources reported,
each with its provenance. Entities and events are immutable values: the record replaces them,
nobody changes them in place, so what was read from a record stays true of it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    field_validator,
    model_serializer,
)

from factcheck.claims import normalize_judgement
from factcheck.quantities import Quantity
from factcheck.quotations import word_runs
from factcheck.resolution import EntityType
from factcheck.timespan import FuzzyTime

SCHEMA_NAME = "factcheck.record"
SCHEMA_VERSION = 1

MatchKind = Literal["exact", "normalized", "fuzzy", "manual"]


class Provenance(BaseModel):
    """Where an event was reported: the source, its date and the words it used."""

    model_config = ConfigDict(frozen=True)

    source: str = Field(min_length=1, description="Source id, e.g. the article's file name.")
    published: date
    quote: str = ""
    start: int | None = Field(default=None, description="Offset of the quote in the source.")
    end: int | None = None
    match: MatchKind = "manual"


class Entity(BaseModel):
    """A person, organisation, role, service or metric, with the names it goes by."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    type: EntityType
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    organisation: str | None = Field(default=None, description="For a role or service: whose.")

    @property
    def names(self) -> list[str]:
        """The entity's name followed by its aliases."""
        return [self.name, *self.aliases]


class EventBase(BaseModel):
    """Fields every event has: an id, its provenance, and a retraction if an editor made one."""

    model_config = ConfigDict(frozen=True)

    kind: str
    id: str = ""
    provenance: tuple[Provenance, ...] = Field(min_length=1)
    retracted: str | None = Field(
        default=None, description="Why an editor retracted it; retracted events are not used."
    )

    added_later: ClassVar[frozenset[str]] = frozenset()
    """Fields added after the first release: left out while unset, so a record and its fact
    keys read the same as an earlier version wrote them."""

    @model_serializer(mode="wrap")
    def _without_unset_later_fields(self, to_dict: SerializerFunctionWrapHandler) -> Any:
        data = to_dict(self)
        for name in self.added_later:
            if isinstance(data, dict) and data.get(name, False) is None:
                del data[name]
        return data

    def fact_key(self) -> str:
        """A short stable hash of the content: equal facts share it."""
        canonical = self.model_dump_json(exclude={"id", "provenance", "retracted"})
        return hashlib.sha256(canonical.encode()).hexdigest()[:12]

    @property
    def first_published(self) -> date:
        """The date the first source reported this event."""
        return min(p.published for p in self.provenance)

    def sources_by(self, day: date) -> list[Provenance]:
        """The provenance published on or before ``day``."""
        return [p for p in self.provenance if p.published <= day]

    def entity_ids(self) -> Iterator[str]:
        """Ids of the entities the event refers to."""
        return iter(())


class Tenure(EventBase):
    """A person holding a role: start, end (None while in post or unreported), interim flag."""

    kind: Literal["tenure"] = "tenure"
    person: str
    role: str
    start: FuzzyTime | None = None
    end: FuzzyTime | None = None
    interim: bool | None = None
    in_post: FuzzyTime | None = Field(
        default=None, description="A time the source says the person held the post."
    )
    predecessor: str | None = Field(
        default=None, description="Whom the person replaced, when a source says so."
    )

    def entity_ids(self) -> Iterator[str]:
        yield self.person
        yield self.role
        if self.predecessor:
            yield self.predecessor


class Rating(EventBase):
    """An inspector's judgement of an organisation or service."""

    kind: Literal["rating"] = "rating"
    inspector: str | None = Field(default=None, description="None when the source names none.")
    subject: str
    judgement: str
    when: FuzzyTime
    inspection: Literal["full", "monitoring"] = "full"
    previous: str | None = Field(
        default=None, description="The grade this rating replaced, when the source says so."
    )

    @field_validator("judgement", "previous")
    @classmethod
    def _plain_judgement(cls, value: str | None) -> str | None:
        return None if value is None else normalize_judgement(value)

    def entity_ids(self) -> Iterator[str]:
        if self.inspector:
            yield self.inspector
        yield self.subject


class Figure(EventBase):
    """A reported number: a metric of a subject, for a period or as of a time."""

    kind: Literal["figure"] = "figure"
    metric: str
    subject: str | None = None
    value: Quantity
    previous: Quantity | None = Field(
        default=None, description="The earlier value, for a reported change ('down from...')."
    )
    period: FuzzyTime | None = None

    def entity_ids(self) -> Iterator[str]:
        yield self.metric
        if self.subject:
            yield self.subject


class Attribute(EventBase):
    """A property of a person or organisation: profession, experience, previous post..."""

    kind: Literal["attribute"] = "attribute"
    subject: str
    attribute: str
    value: str
    multiple: bool = Field(
        default=False,
        description="True when a subject can have several values (previous posts): then a "
        "value not on record is unverifiable rather than contradicted.",
    )

    def entity_ids(self) -> Iterator[str]:
        yield self.subject


class GenericEvent(EventBase):
    """Anything else that happened: a resignation, an announcement, a report, a visit."""

    kind: Literal["generic"] = "generic"
    event_type: str
    participants: tuple[str, ...] = ()
    when: FuzzyTime | None = None
    summary: str = ""
    once: bool | None = Field(
        default=None,
        description="True when the source reports a happening that befalls its participants "
        "only once (a death, a founding, a merger, a person's resignation from a post): a claim "
        "of it at another time is then contradicted. None in records of earlier versions.",
    )
    added_later = frozenset({"once"})

    def entity_ids(self) -> Iterator[str]:
        yield from self.participants


class Quotation(EventBase):
    """Words a source quotes someone as saying or writing, in quote marks; or, ``reported``,
    what a source reports them saying in its own words."""

    kind: Literal["quotation"] = "quotation"
    speaker: str
    words: str = Field(min_length=1, description="The quoted words, without the quote marks.")
    when: FuzzyTime | None = Field(default=None, description="When they were said or written.")
    reported: bool | None = Field(
        default=None,
        description="True for reported speech: the source's words for what was said, which are"
        " not the speaker's own.",
    )
    added_later = frozenset({"reported"})

    def entity_ids(self) -> Iterator[str]:
        yield self.speaker


class ReportedCount(EventBase):
    """A count a source itself reported: "five heads since 2013", "the sixth", "twice"."""

    kind: Literal["reported_count"] = "reported_count"
    counted: Literal["holders", "ratings"]
    value: int = Field(ge=0)
    as_of: FuzzyTime = Field(description="When the count held, by the source's account.")
    since: FuzzyTime | None = None
    role: str | None = Field(default=None, description="For counted holders.")
    person: str | None = Field(
        default=None, description="For an ordinal: the holder who is number `value`."
    )
    subject: str | None = Field(default=None, description="For counted ratings.")
    judgement: str | None = None

    def entity_ids(self) -> Iterator[str]:
        for entity_id in (self.role, self.person, self.subject):
            if entity_id:
                yield entity_id


Event = Annotated[
    Tenure | Rating | Figure | Attribute | GenericEvent | ReportedCount | Quotation,
    Field(discriminator="kind"),
]
"""Any event; the ``kind`` field says which."""

event_adapter: TypeAdapter[Event] = TypeAdapter(Event)


class RecordFile(BaseModel):
    """The JSON document a record is saved as."""

    schema_name: str = Field(default=SCHEMA_NAME, alias="schema")
    version: int = SCHEMA_VERSION
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    # JSON has no infinity: an open range ("more than £8m") is written "Infinity" and read back.
    model_config = ConfigDict(populate_by_name=True, ser_json_inf_nan="strings")


_REFERENCES = ("person", "role", "predecessor", "inspector", "subject", "metric", "speaker")


def renamed(event: EventBase, old: str, new: str) -> EventBase:
    """A copy of ``event`` referring to entity ``new`` wherever it referred to ``old``."""
    changes: dict[str, Any] = {
        name: new for name in _REFERENCES if getattr(event, name, None) == old
    }
    if isinstance(event, GenericEvent):
        changes["participants"] = tuple(new if p == old else p for p in event.participants)
    return event.model_copy(update=changes, deep=True)


def index_keys(event: EventBase) -> Iterator[tuple[str, str]]:
    if isinstance(event, Tenure):
        yield ("tenure", event.role)
        yield ("tenure-of", event.person)
        if event.predecessor:
            yield ("tenure-after", event.predecessor)
    elif isinstance(event, Rating):
        yield ("rating", event.subject)
    elif isinstance(event, Figure):
        yield ("figure", event.metric)
        yield ("figure-of", f"{event.metric}|{event.subject or ''}")
    elif isinstance(event, Attribute):
        yield ("attribute", event.subject)
    elif isinstance(event, ReportedCount):
        yield ("count", event.role or event.subject or "")
    elif isinstance(event, GenericEvent):
        for participant in event.participants:
            yield ("generic", participant)
    elif isinstance(event, Quotation):
        yield ("quotation-of", event.speaker)
        for run in word_runs(event.words):
            yield ("quoted", run)
