"""The interface a record's storage offers, whatever keeps it: memory, SQLite or PostgreSQL.

:class:`~factcheck.record.Record` holds the rules (one fact one event, aliases unique, merges,
retractions); a :class:`Storage` only keeps entities and events and answers the few lookups the
checker and the resolver make. Keeping the rules out of the stores keeps their semantics one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from datetime import date
from typing import Protocol

from factcheck.events import Entity, EventBase
from factcheck.resolution import AliasIndex, EntityType


class Storage(Protocol):
    """Entities and events, kept in the order they were added."""

    @property
    def generation(self) -> int:
        """Changes with every change to what is stored; derived results of another are stale."""

    @property
    def aliases(self) -> AliasIndex:
        """The entities' names, for resolving mentions."""

    def refresh(self) -> None:
        """Pick up changes other processes made since the last read (a shared store)."""

    def transaction(self) -> AbstractContextManager[None]:
        """Everything written inside happens together or not at all; nests."""

    def close(self) -> None:
        """Release the connection, if any."""

    # -- entities -------------------------------------------------------------------------------

    def get_entity(self, entity_id: str) -> Entity | None:
        """The entity with this id, None when there is none."""

    def iter_entities(self) -> Iterator[Entity]:
        """Every entity, in the order they were added."""

    def first_entities(self, entity_type: EntityType, limit: int) -> list[Entity]:
        """The first ``limit`` entities of a type, in the order they were added."""

    def count_entities(self) -> int:
        """How many entities there are."""

    def put_entity(self, entity: Entity) -> None:
        """Add an entity, or replace the one with its id where it stands."""

    def delete_entity(self, entity_id: str) -> None:
        """Remove the entity with this id."""

    def entities_named(self, name: str) -> list[str]:
        """Ids of the entities going by ``name``, compared casefolded."""

    # -- events ---------------------------------------------------------------------------------

    def get_event(self, event_id: str) -> EventBase | None:
        """The event with this id, None when there is none."""

    def event_with_fact(self, kind: str, fact_key: str) -> EventBase | None:
        """The event of this kind whose content hashes to ``fact_key``."""

    def iter_events(self) -> Iterator[EventBase]:
        """Every event, retracted ones included, in the order they were added."""

    def count_events(self) -> int:
        """How many events there are, retracted ones included."""

    def event_at(self, position: int) -> EventBase:
        """The event added ``position``-th (from 0); IndexError past the end."""

    def put_event(self, event: EventBase, fact_key: str) -> None:
        """Add an event whose content hashes to ``fact_key``, or replace the one with its id
        where it stands."""

    def delete_event(self, event_id: str) -> None:
        """Remove the event with this id."""

    def events_of(self, entity_id: str) -> list[EventBase]:
        """Events referring to an entity, retracted ones included, in the order added."""

    def events_under(self, kind: str, key: str, as_of: date | None) -> list[EventBase]:
        """Events in use (not retracted) under one index key (see
        :func:`factcheck.events.index_keys`), first reported by ``as_of`` (any time when None),
        in the order they were first reported, ties in the order they were added."""
