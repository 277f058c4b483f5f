"""A record's storage in memory: what a JSON record file is read into."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import date

from factcheck.events import Entity, EventBase, index_keys
from factcheck.resolution import AliasIndex, EntityType, MemoryAliases


@dataclass
class _Index:
    """Events of one kind under one key, ordered by the date they were first reported."""

    events: list[EventBase] = field(default_factory=list)
    dates: list[date] = field(default_factory=list)

    def known_by(self, day: date | None) -> list[EventBase]:
        if day is None:
            return list(self.events)
        return self.events[: bisect.bisect_right(self.dates, day)]


_EMPTY_INDEX = _Index()


class MemoryStorage:
    """Dictionaries, with indexes rebuilt on first use after a change."""

    def __init__(self) -> None:
        self._entities: dict[str, Entity] = {}
        self._events: dict[str, EventBase] = {}
        self._by_fact: dict[tuple[str, str], EventBase] = {}
        self._fact_keys: dict[str, str] = {}
        self._indexes: dict[tuple[str, str], _Index] | None = None
        self._aliases: MemoryAliases | None = None
        self._generation = 0

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def aliases(self) -> AliasIndex:
        if self._aliases is None:
            aliases = MemoryAliases()
            for entity in self._entities.values():
                aliases.add(entity.id, entity.type, entity.names)
            self._aliases = aliases
        return self._aliases

    def refresh(self) -> None:
        """Nothing to pick up: only this process sees memory."""

    def transaction(self) -> AbstractContextManager[None]:
        # A record in memory is written out whole, atomically, by whoever saves it.
        return nullcontext()

    def close(self) -> None:
        """Nothing to release."""

    # -- entities -------------------------------------------------------------------------------

    def get_entity(self, entity_id: str) -> Entity | None:
        return self._entities.get(entity_id)

    def iter_entities(self) -> Iterator[Entity]:
        return iter(list(self._entities.values()))

    def first_entities(self, entity_type: EntityType, limit: int) -> list[Entity]:
        found = (entity for entity in self._entities.values() if entity.type == entity_type)
        return [entity for _, entity in zip(range(limit), found, strict=False)]

    def count_entities(self) -> int:
        return len(self._entities)

    def put_entity(self, entity: Entity) -> None:
        self._entities[entity.id] = entity
        self._aliases = None
        self._generation += 1

    def delete_entity(self, entity_id: str) -> None:
        del self._entities[entity_id]
        self._aliases = None
        self._generation += 1

    def entities_named(self, name: str) -> list[str]:
        folded = name.casefold()
        return [
            entity.id
            for entity in self._entities.values()
            if folded in (known.casefold() for known in entity.names)
        ]

    # -- events ---------------------------------------------------------------------------------

    def get_event(self, event_id: str) -> EventBase | None:
        return self._events.get(event_id)

    def event_with_fact(self, kind: str, fact_key: str) -> EventBase | None:
        return self._by_fact.get((kind, fact_key))

    def iter_events(self) -> Iterator[EventBase]:
        return iter(list(self._events.values()))

    def count_events(self) -> int:
        return len(self._events)

    def event_at(self, position: int) -> EventBase:
        return list(self._events.values())[position]

    def put_event(self, event: EventBase, fact_key: str) -> None:
        self._events[event.id] = event
        self._fact_keys[event.id] = fact_key
        self._by_fact[event.kind, fact_key] = event
        self._changed()

    def delete_event(self, event_id: str) -> None:
        event = self._events.pop(event_id)
        del self._by_fact[event.kind, self._fact_keys.pop(event_id)]
        self._changed()

    def events_of(self, entity_id: str) -> list[EventBase]:
        return [e for e in self._events.values() if entity_id in set(e.entity_ids())]

    def events_under(self, kind: str, key: str, as_of: date | None) -> list[EventBase]:
        if self._indexes is None:
            self._indexes = self._build_indexes()
        return self._indexes.get((kind, key), _EMPTY_INDEX).known_by(as_of)

    def _changed(self) -> None:
        self._indexes = None
        self._generation += 1

    def _build_indexes(self) -> dict[tuple[str, str], _Index]:
        keyed: dict[tuple[str, str], list[tuple[date, EventBase]]] = defaultdict(list)
        for event in self._events.values():
            if event.retracted is None:
                first = event.first_published
                for key in index_keys(event):
                    keyed[key].append((first, event))
        indexes = {}
        for key, dated in keyed.items():
            dated.sort(key=lambda pair: pair[0])
            indexes[key] = _Index([e for _, e in dated], [d for d, _ in dated])
        return indexes
