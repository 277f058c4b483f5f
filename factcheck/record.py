"""The event record: entities with aliases, and the events sources reported, with provenance.

The record is open-world: it holds what was reported, not everything that happened. Every event
keeps the sources that reported it; the same fact reported twice is one event with two
provenances, while two sources that disagree give two events, both kept. A :class:`RecordView`
is the record as it stood on a date: only events some source had published by then.

Records are saved as readable, versioned JSON, atomically.
"""

from __future__ import annotations

import bisect
import gc
import glob
import hashlib
import json
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from factcheck.claims import normalize_judgement
from factcheck.documents import check_writable
from factcheck.errors import (
    InputError,
    RecordError,
    RecordVersionError,
    UnknownEntityError,
    first_problem,
)
from factcheck.quantities import Quantity
from factcheck.resolution import EntityType, Resolution, Resolver
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

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9-]*$")
    type: EntityType
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    organisation: str | None = Field(default=None, description="For a role or service: whose.")

    @property
    def names(self) -> list[str]:
        """The entity's name followed by its aliases."""
        return [self.name, *self.aliases]


class EventBase(BaseModel):
    """Fields every event has: an id, its provenance, and a retraction if an editor made one."""

    kind: str
    id: str = ""
    provenance: list[Provenance] = Field(min_length=1)
    retracted: str | None = Field(
        default=None, description="Why an editor retracted it; retracted events are not used."
    )

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
    participants: list[str] = Field(default_factory=list)
    when: FuzzyTime | None = None
    summary: str = ""

    def entity_ids(self) -> Iterator[str]:
        yield from self.participants


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
    Tenure | Rating | Figure | Attribute | GenericEvent | ReportedCount,
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


E = TypeVar("E", bound=EventBase)


@dataclass
class _Index:
    """Events of one kind under one key, ordered by the date they were first reported."""

    events: list[EventBase] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)

    def known_by(self, day: date | None) -> list[EventBase]:
        if day is None:
            return self.events
        return self.events[: bisect.bisect_right(self.dates, day)]


class Record:
    """Entities and events, with the indexes the checker's queries use."""

    def __init__(self, entities: Iterable[Entity] = (), events: Iterable[EventBase] = ()) -> None:
        self._entities: dict[str, Entity] = {}
        self._events: list[EventBase] = []
        self._by_fact: dict[tuple[str, str], EventBase] = {}
        self._indexes: dict[tuple[str, str], _Index] | None = None
        self._generation = 0
        self._resolver: Resolver | None = None
        for entity in entities:
            self.add_entity(entity)
        for event in events:
            self.add(event)

    # -- entities -------------------------------------------------------------------------------

    @property
    def entities(self) -> dict[str, Entity]:
        """Entities by id (read-only use)."""
        return self._entities

    def add_entity(self, entity: Entity) -> Entity:
        """Add an entity; the same one again is harmless, another under its id is an error."""
        existing = self._entities.get(entity.id)
        if existing is not None and existing != entity:
            raise RecordError(
                f"entity id {entity.id!r} is already used for {existing.name!r}; "
                "choose another id or add an alias to the existing entity"
            )
        self._entities[entity.id] = entity
        self._resolver = None
        return entity

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id."""
        try:
            return self._entities[entity_id]
        except KeyError:
            raise UnknownEntityError(
                f"the record has no entity {entity_id!r}; add it with add_entity() first"
            ) from None

    def name_of(self, entity_id: str | None) -> str:
        """Display name of an entity id (the id itself if unknown)."""
        if entity_id is None:
            return "?"
        entity = self._entities.get(entity_id)
        return entity.name if entity else entity_id

    @property
    def resolver(self) -> Resolver:
        """A resolver over every entity's names, built on first use."""
        if self._resolver is None:
            resolver = Resolver()
            for entity in self._entities.values():
                resolver.add(entity.id, entity.type, entity.names)
            self._resolver = resolver
        return self._resolver

    def resolve(self, mention: str, entity_type: EntityType | None = None) -> Resolution:
        """Match a name as written to an entity of the record."""
        return self.resolver.resolve(mention, entity_type)

    def resolve_as(self, mention: str, types: tuple[EntityType, ...]) -> Resolution:
        """Match a name that may be of any of ``types``: an exact name of any of them first,
        then the first type it resolves to; unresolved, the most telling failure (ambiguous
        before unknown)."""
        for entity_type in types:
            if (exact := self.resolver.exact(mention, entity_type)) is not None:
                return self.resolver.resolve(exact, entity_type)
        failures = []
        for entity_type in types:
            resolution = self.resolver.resolve(mention, entity_type)
            if resolution.entity_id is not None:
                return resolution
            failures.append(resolution)
        return min(failures, key=lambda failure: failure.status != "ambiguous")

    def add_alias(self, entity_id: str, alias: str) -> Entity:
        """Give an entity another name it goes by; a blank name, or one another entity already
        goes by, is refused."""
        entity = self.entity(entity_id)
        alias = " ".join(alias.split())
        self._check_alias(entity_id, alias, ignoring={entity_id})
        if alias not in entity.names:
            entity.aliases.append(alias)
            self._resolver = None
        return entity

    def _check_alias(self, entity_id: str, alias: str, *, ignoring: set[str]) -> None:
        """Refuse a blank alias, or one an entity other than ``ignoring`` already goes by."""
        if not alias:
            raise RecordError("an alias cannot be blank; give the name the entity goes by")
        for other in self._entities.values():
            if other.id not in ignoring and alias.casefold() in (n.casefold() for n in other.names):
                raise RecordError(
                    f"{alias!r} already names {other.id!r}; if both are one, merge them with "
                    f"`factcheck record merge {entity_id} {other.id}`"
                )

    def merge_entities(self, keep: str, drop: str) -> Entity:
        """Make ``drop`` a name of ``keep``: its names become aliases, its events ``keep``'s.

        Events that become the same fact are merged, with the sources of both.
        """
        kept, dropped = self.entity(keep), self.entity(drop)
        if keep == drop:
            raise RecordError(f"cannot merge {keep!r} with itself")
        if kept.type != dropped.type:
            raise RecordError(
                f"cannot merge {drop!r} ({dropped.type}) into {keep!r} ({kept.type}); "
                "only entities of one type can be the same"
            )
        for name in dropped.names:  # checked before anything changes
            self._check_alias(keep, name, ignoring={keep, drop})
        del self._entities[drop]
        for name in dropped.names:
            if name.casefold() not in (n.casefold() for n in kept.names):
                self.add_alias(keep, name)
        events = [_renamed(event, drop, keep) for event in self._events]
        self._events, self._by_fact = [], {}
        self._changed()
        for event in events:
            event.id = ""
            self.add(event)
        return kept

    def retract(self, event_id: str, reason: str) -> EventBase:
        """Mark an event as wrong: it stays in the record, shown with ``reason``, but unused."""
        if not reason.strip():
            raise RecordError("give a reason for the retraction; it is shown with the event")
        event = self.event(event_id)
        event.retracted = reason
        self._changed()
        return event

    # -- events ---------------------------------------------------------------------------------

    @property
    def events(self) -> list[EventBase]:
        """Every event, retracted ones included, in the order they were added."""
        return self._events

    def add(self, event: E) -> E:
        """Add a reported event; the same fact already on record gains this provenance instead.

        Returns the stored event (the existing one when merged).
        """
        for entity_id in event.entity_ids():
            if entity_id not in self._entities:
                raise UnknownEntityError(
                    f"{event.kind} event refers to unknown entity {entity_id!r}; "
                    "add the entity to the record first"
                )
        key = (event.kind, event.fact_key())
        existing = self._by_fact.get(key)
        if existing is not None:
            fresh = [p for p in event.provenance if p not in existing.provenance]
            existing.provenance.extend(fresh)
            # An editor's retraction of either copy of one fact stands, whatever the order.
            retraction = existing.retracted or event.retracted
            if fresh or retraction != existing.retracted:
                existing.retracted = retraction
                self._changed()
            return existing  # type: ignore[return-value]
        if event.id and any(e.id == event.id for e in self._events):
            raise RecordError(
                f"event id {event.id!r} is already used by another event; leave the id empty "
                "to have one made from the event's content"
            )
        # A copy with its own provenance list: merging later reports must not touch the caller's.
        stored = event.model_copy(update={"provenance": list(event.provenance)})
        stored.id = stored.id or f"{key[0]}-{key[1]}"
        self._events.append(stored)
        self._by_fact[key] = stored
        self._changed()
        return stored

    def event(self, event_id: str) -> EventBase:
        """The event with this id."""
        for event in self._events:
            if event.id == event_id:
                return event
        raise RecordError(f"the record has no event {event_id!r}; list events to find its id")

    def view(self, as_of: date | None = None) -> RecordView:
        """The record as it stood on ``as_of``: events reported by then (all when None)."""
        return RecordView(self, as_of)

    @property
    def generation(self) -> int:
        """Counts changes to the events; what was derived from an earlier generation is stale."""
        return self._generation

    def _changed(self) -> None:
        self._indexes = None
        self._generation += 1

    def _index(self, kind: str, key: str) -> _Index:
        if self._indexes is None:
            self._indexes = self._build_indexes()
        return self._indexes.get((kind, key), _EMPTY_INDEX)

    def _build_indexes(self) -> dict[tuple[str, str], _Index]:
        keyed: dict[tuple[str, str], list[tuple[date, EventBase]]] = defaultdict(list)
        for event in self._events:
            if event.retracted is None:
                first = event.first_published
                for key in _index_keys(event):
                    keyed[key].append((first, event))
        indexes = {}
        for key, dated in keyed.items():
            dated.sort(key=lambda pair: pair[0])
            indexes[key] = _Index([e for _, e in dated], [d for d, _ in dated])
        return indexes

    # -- storage --------------------------------------------------------------------------------

    def to_file(self) -> RecordFile:
        """The record as its JSON document model."""
        return RecordFile(
            entities=list(self._entities.values()),
            events=[event_adapter.validate_python(e) for e in self._events],
        )

    def dumps(self) -> str:
        """The record as readable JSON."""
        return self.to_file().model_dump_json(indent=2, by_alias=True, exclude_defaults=False)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the record to ``path`` atomically: a failed save leaves the old file intact."""
        target = Path(path)
        try:
            check_writable(target, "the record")
        except InputError as error:
            raise RecordError(str(error)) from None
        text = self.dumps()
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            os.chmod(tmp_name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as tmp:
                tmp.write(text)
                tmp.write("\n")
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        _remove_abandoned_saves(target)

    @classmethod
    def loads(cls, text: str, *, origin: str = "record") -> Record:
        """Read a record from its JSON text."""
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(
                f"{origin} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                "restore it from version control or a backup"
            ) from None
        if not isinstance(raw, dict) or raw.get("schema") != SCHEMA_NAME:
            raise RecordError(
                f'{origin} is not a factcheck record (expected "schema": "{SCHEMA_NAME}")'
            )
        version = raw.get("version")
        if not isinstance(version, int):
            raise RecordError(f'{origin} has no integer "version"; it may have been hand-edited')
        if version > SCHEMA_VERSION:
            raise RecordVersionError(
                f"{origin} uses record format version {version}, newer than this factcheck "
                f"understands ({SCHEMA_VERSION}); upgrade factcheck to read it"
            )
        try:
            with _collector_paused():  # a large record is millions of objects to re-scan
                document = RecordFile.model_validate(raw)
        except ValidationError as error:
            raise RecordError(
                f"{origin} is not a valid record: {first_problem(error)}; "
                "fix the file or restore it"
            ) from None
        with _collector_paused():
            return cls(document.entities, document.events)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Record:
        """Read a record saved with :meth:`save`."""
        source = Path(path)
        try:
            text = source.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise RecordError(
                f"no record at {source}; create one by ingesting articles or build it in code"
            ) from None
        except (UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
            raise RecordError(f"cannot read record {source}: {exc}") from None
        return cls.loads(text, origin=str(source))


_EMPTY_INDEX = _Index()
_ABANDONED_AFTER_S = 3600
"""A temporary file of a save this old was left by a process killed while saving."""


def _remove_abandoned_saves(target: Path) -> None:
    """Delete temporary files that saves of ``target`` killed mid-write left behind (a save
    still under way elsewhere is younger than an hour)."""
    cutoff = time.time() - _ABANDONED_AFTER_S
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while a record is built: its objects are long-lived and acyclic
    enough that repeated full collections only re-scan them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_REFERENCES = ("person", "role", "predecessor", "inspector", "subject", "metric")


def _renamed(event: EventBase, old: str, new: str) -> EventBase:
    """A copy of ``event`` referring to entity ``new`` wherever it referred to ``old``."""
    changes: dict[str, Any] = {
        name: new for name in _REFERENCES if getattr(event, name, None) == old
    }
    if isinstance(event, GenericEvent):
        changes["participants"] = [new if p == old else p for p in event.participants]
    return event.model_copy(update=changes, deep=True)


def _index_keys(event: EventBase) -> Iterator[tuple[str, str]]:
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


class RecordView:
    """The record as known on a date; every query returns only what was reported by then."""

    def __init__(self, record: Record, as_of: date | None) -> None:
        self.record = record
        self.as_of = as_of

    def _query(self, kind: str, key: str, cls: type[E]) -> list[E]:
        """Events under one index key known by the view's date (the key fixes their class)."""
        found = self.record._index(kind, key).known_by(self.as_of)
        return cast(list[E], found)

    def tenures(self, role: str) -> list[Tenure]:
        """Tenures of a role."""
        return self._query("tenure", role, Tenure)

    def tenures_of(self, person: str) -> list[Tenure]:
        """Tenures a person held."""
        return self._query("tenure-of", person, Tenure)

    def successions_to(self, predecessor: str) -> list[Tenure]:
        """Tenures whose holder a source says replaced ``predecessor``."""
        return self._query("tenure-after", predecessor, Tenure)

    def generic_events(self, participant: str) -> list[GenericEvent]:
        """Other events (resignations, votes, takeovers...) a participant took part in."""
        return self._query("generic", participant, GenericEvent)

    def ratings(self, subject: str) -> list[Rating]:
        """Ratings of an organisation or service."""
        return self._query("rating", subject, Rating)

    def figures(self, metric: str, subject: str | None = None) -> list[Figure]:
        """Figures of a metric, for one subject when given."""
        if subject is None:
            return self._query("figure", metric, Figure)
        return [
            *self._query("figure-of", f"{metric}|{subject}", Figure),
            *self._query("figure-of", f"{metric}|", Figure),
        ]

    def attributes(self, subject: str) -> list[Attribute]:
        """Attributes of a person or organisation."""
        return self._query("attribute", subject, Attribute)

    def reported_counts(self, key: str) -> list[ReportedCount]:
        """Counts sources reported of a role's holders or a subject's ratings."""
        return self._query("count", key, ReportedCount)

    def sources(self, event: EventBase) -> list[Provenance]:
        """The provenance of ``event`` known by this view's date."""
        return event.provenance if self.as_of is None else event.sources_by(self.as_of)
