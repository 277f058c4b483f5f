"""The event record: entities with aliases, and the events sources reported, with provenance.

The record is open-world: it holds what was reported, not everything that happened. Every event
keeps the sources that reported it; the same fact reported twice is one event with two
provenances, while two sources that disagree give two events, both kept. A :class:`RecordView`
is the record as it stood on a date: only events some source had published by then.

A record lives in a :class:`~factcheck.storage.base.Storage`: memory (saved as readable,
versioned JSON, atomically), or an archive in SQLite or PostgreSQL (see
:func:`factcheck.storage.open_record`). The rules here are the same whichever keeps it.
"""

from __future__ import annotations

import glob
import json
import os
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, suppress
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TypeVar, cast, overload

from pydantic import ValidationError

from factcheck.documents import check_writable
from factcheck.errors import (
    InputError,
    RecordError,
    RecordVersionError,
    UnknownEntityError,
    first_problem,
)
from factcheck.events import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    Attribute,
    Entity,
    Event,
    EventBase,
    Figure,
    GenericEvent,
    MatchKind,
    Provenance,
    Quotation,
    Rating,
    RecordFile,
    ReportedCount,
    Tenure,
    event_adapter,
    renamed,
)
from factcheck.quotations import word_runs
from factcheck.resolution import EntityType, Resolution, Resolver
from factcheck.storage.base import Storage
from factcheck.storage.memory import MemoryStorage

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "Attribute",
    "Entity",
    "Event",
    "EventBase",
    "Figure",
    "GenericEvent",
    "MatchKind",
    "Provenance",
    "Quotation",
    "Rating",
    "Record",
    "RecordFile",
    "RecordView",
    "ReportedCount",
    "Tenure",
    "event_adapter",
]

E = TypeVar("E", bound=EventBase)


class Record:
    """Entities and events, with the lookups the checker's queries use.

    Built in code or read from JSON, a record lives in memory; ``storage`` gives it another
    home (an archive). Entities and events are immutable: change them through the record.
    """

    def __init__(
        self,
        entities: Iterable[Entity] = (),
        events: Iterable[EventBase] = (),
        *,
        storage: Storage | None = None,
    ) -> None:
        self.storage: Storage = storage if storage is not None else MemoryStorage()
        self._resolver: tuple[int, Resolver] | None = None
        with self.transaction():
            for entity in entities:
                self.add_entity(entity)
            for event in events:
                self.add(event)

    def transaction(self) -> AbstractContextManager[None]:
        """Changes made inside are kept together or not at all (in an archive; a record in
        memory is written whole when saved)."""
        return self.storage.transaction()

    def close(self) -> None:
        """Release the archive's connection; a record in memory has none."""
        self.storage.close()

    def __enter__(self) -> Record:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- entities -------------------------------------------------------------------------------

    @property
    def entities(self) -> Mapping[str, Entity]:
        """Entities by id, in the order they were added (a read-only view)."""
        return _Entities(self.storage)

    def entities_of_type(self, entity_type: EntityType, limit: int) -> list[Entity]:
        """The first ``limit`` entities of a type, in the order they were added."""
        return self.storage.first_entities(entity_type, limit)

    def add_entity(self, entity: Entity) -> Entity:
        """Add an entity; the same one again is harmless, another under its id is an error."""
        existing = self.storage.get_entity(entity.id)
        if existing is not None and existing != entity:
            raise RecordError(
                f"entity id {entity.id!r} is already used for {existing.name!r}; "
                "choose another id or add an alias to the existing entity"
            )
        if existing is None:
            with self.transaction():
                self.storage.put_entity(entity)
        return entity

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id."""
        entity = self.storage.get_entity(entity_id)
        if entity is None:
            raise UnknownEntityError(
                f"the record has no entity {entity_id!r}; add it with add_entity() first"
            )
        return entity

    def name_of(self, entity_id: str | None) -> str:
        """Display name of an entity id (the id itself if unknown)."""
        if entity_id is None:
            return "?"
        entity = self.storage.get_entity(entity_id)
        return entity.name if entity else entity_id

    @property
    def resolver(self) -> Resolver:
        """A resolver over every entity's names, made afresh after each change."""
        generation = self.storage.generation
        if self._resolver is None or self._resolver[0] != generation:
            self._resolver = (generation, Resolver(index=self.storage.aliases))
        return self._resolver[1]

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
        with self.transaction():
            entity = self.entity(entity_id)
            alias = " ".join(alias.split())
            self._check_alias(entity_id, alias, ignoring={entity_id})
            if alias in entity.names:
                return entity
            entity = entity.model_copy(update={"aliases": (*entity.aliases, alias)})
            self.storage.put_entity(entity)
            return entity

    def _check_alias(self, entity_id: str, alias: str, *, ignoring: set[str]) -> None:
        """Refuse a blank alias, or one an entity other than ``ignoring`` already goes by."""
        if not alias:
            raise RecordError("an alias cannot be blank; give the name the entity goes by")
        for other in self.storage.entities_named(alias):
            if other not in ignoring:
                raise RecordError(
                    f"{alias!r} already names {other!r}; if both are one, merge them with "
                    f"`factcheck record merge {entity_id} {other}`"
                )

    def merge_entities(self, keep: str, drop: str) -> Entity:
        """Make ``drop`` a name of ``keep``: its names become aliases, its events ``keep``'s.

        Events that become the same fact are merged, with the sources of both.
        """
        with self.transaction():
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
            affected = self.storage.events_of(drop)
            for event in affected:
                self.storage.delete_event(event.id)
            self.storage.delete_entity(drop)
            for name in dropped.names:
                if name.casefold() not in (n.casefold() for n in kept.names):
                    kept = self.add_alias(keep, name)
            for event in affected:
                self.add(renamed(event, drop, keep).model_copy(update={"id": ""}))
            return kept

    def retract(self, event_id: str, reason: str) -> EventBase:
        """Mark an event as wrong: it stays in the record, shown with ``reason``, but unused."""
        if not reason.strip():
            raise RecordError("give a reason for the retraction; it is shown with the event")
        with self.transaction():
            event = self.event(event_id).model_copy(update={"retracted": reason})
            self.storage.put_event(event, event.fact_key())
            return event

    # -- events ---------------------------------------------------------------------------------

    @property
    def events(self) -> Sequence[EventBase]:
        """Every event, retracted ones included, in the order they were added (read-only)."""
        return _Events(self.storage)

    def add(self, event: E) -> E:
        """Add a reported event; the same fact already on record gains this provenance instead.

        Returns the stored event (the existing one, with the new sources, when merged).
        """
        return self.add_reported(event)[0]

    def add_reported(self, event: E) -> tuple[E, bool]:
        """Like :meth:`add`, also saying whether the event was new to the record."""
        for entity_id in event.entity_ids():
            if self.storage.get_entity(entity_id) is None:
                raise UnknownEntityError(
                    f"{event.kind} event refers to unknown entity {entity_id!r}; "
                    "add the entity to the record first"
                )
        key = event.fact_key()
        with self.transaction():
            existing = self.storage.event_with_fact(event.kind, key)
            if existing is not None:
                fresh = tuple(p for p in event.provenance if p not in existing.provenance)
                # An editor's retraction of either copy of one fact stands, whatever the order.
                retraction = existing.retracted or event.retracted
                if fresh or retraction != existing.retracted:
                    existing = existing.model_copy(
                        update={"provenance": existing.provenance + fresh, "retracted": retraction}
                    )
                    self.storage.put_event(existing, key)
                return cast(E, existing), False
            if event.id and self.storage.get_event(event.id) is not None:
                raise RecordError(
                    f"event id {event.id!r} is already used by another event; leave the id "
                    "empty to have one made from the event's content"
                )
            stored = event.model_copy(update={"id": event.id or f"{event.kind}-{key}"})
            self.storage.put_event(stored, key)
            return stored, True

    def event(self, event_id: str) -> EventBase:
        """The event with this id."""
        event = self.storage.get_event(event_id)
        if event is None:
            raise RecordError(f"the record has no event {event_id!r}; list events to find its id")
        return event

    def view(self, as_of: date | None = None, *, refresh: bool = True) -> RecordView:
        """The record as it stood on ``as_of``: events reported by then (all when None). It first
        picks up what other processes wrote to a shared archive, unless ``refresh`` is False
        (the caller has just done so with :meth:`refresh`)."""
        if refresh:
            self.refresh()
        return RecordView(self, as_of)

    def refresh(self) -> None:
        """Pick up what other processes wrote to a shared archive since it was last read."""
        self.storage.refresh()

    @property
    def generation(self) -> int:
        """Counts changes to the record; what was derived from an earlier generation is stale."""
        return self.storage.generation

    # -- storage --------------------------------------------------------------------------------

    def to_file(self) -> RecordFile:
        """The record as its JSON document model."""
        return RecordFile(
            entities=list(self.storage.iter_entities()),
            events=[event_adapter.validate_python(e) for e in self.storage.iter_events()],
        )

    def dumps(self) -> str:
        """The record as readable JSON."""
        return self.to_file().model_dump_json(indent=2, by_alias=True, exclude_defaults=False)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the record to ``path`` as JSON, atomically: a failed save leaves the old file
        intact."""
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
    def loads(cls, text: str, *, origin: str = "record", storage: Storage | None = None) -> Record:
        """Read a record from its JSON text (into ``storage``, memory by default)."""
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
            document = RecordFile.model_validate(raw)
        except ValidationError as error:
            raise RecordError(
                f"{origin} is not a valid record: {first_problem(error)}; "
                "fix the file or restore it"
            ) from None
        return cls(document.entities, document.events, storage=storage)

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


class _Entities(Mapping[str, Entity]):
    """A record's entities by id, read through its storage."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    def __getitem__(self, entity_id: str) -> Entity:
        entity = self._storage.get_entity(entity_id)
        if entity is None:
            raise KeyError(entity_id)
        return entity

    def __iter__(self) -> Iterator[str]:
        return (entity.id for entity in self._storage.iter_entities())

    def __len__(self) -> int:
        return self._storage.count_entities()

    def values(self) -> Iterator[Entity]:  # type: ignore[override]
        return self._storage.iter_entities()


class _Events(Sequence[EventBase]):
    """A record's events in the order they were added, read through its storage."""

    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    @overload
    def __getitem__(self, position: int) -> EventBase: ...
    @overload
    def __getitem__(self, position: slice) -> Sequence[EventBase]: ...
    def __getitem__(self, position: int | slice) -> EventBase | Sequence[EventBase]:
        if isinstance(position, slice):
            return list(self)[position]
        if position < 0:
            position += len(self)
        if position < 0:
            raise IndexError(position)
        return self._storage.event_at(position)

    def __iter__(self) -> Iterator[EventBase]:
        return self._storage.iter_events()

    def __len__(self) -> int:
        return self._storage.count_events()


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


class RecordView:
    """The record as known on a date; every query returns only what was reported by then."""

    def __init__(self, record: Record, as_of: date | None) -> None:
        self.record = record
        self.as_of = as_of

    def _query(self, kind: str, key: str, cls: type[E]) -> list[E]:
        """Events under one index key known by the view's date (the key fixes their class)."""
        found = self.record.storage.events_under(kind, key, self.as_of)
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

    def quotations_of(self, speaker: str) -> list[Quotation]:
        """Words sources quote a person or organisation as saying."""
        return self._query("quotation-of", speaker, Quotation)

    def quotations_sharing(self, words: str) -> list[Quotation]:
        """Quotations, by anyone, that share a run of words with ``words``."""
        found = {q.id: q for run in word_runs(words) for q in self._query("quoted", run, Quotation)}
        return list(found.values())

    def sources(self, event: EventBase) -> list[Provenance]:
        """The provenance of ``event`` known by this view's date."""
        return list(event.provenance) if self.as_of is None else event.sources_by(self.as_of)
