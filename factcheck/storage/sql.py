"""A record kept in SQL tables: the part SQLite and PostgreSQL share.

Entities and events are stored as their JSON documents, with the columns and side tables the
lookups need: each name's normalised form and index keys (so the resolver's candidates come from
an index, exactly as they would in memory), each event's index keys with the date it was first
reported (so "the record as of a date" is a range in the query), and the entities it refers to.
Nothing is read until a claim asks for it, so opening an archive costs the same at any size.

Writers take the archive's write lock for a whole transaction, one at a time; readers never
wait. Every committed transaction moves a generation counter, which tells a long-lived reader
that what it cached is stale.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from factcheck.events import Entity, EventBase, event_adapter, index_keys
from factcheck.resolution import (
    MAX_CANDIDATES,
    Alias,
    EntityType,
    first_per_entity,
    normalise_name,
)
from factcheck.resolution import (
    index_keys as name_keys,
)
from factcheck.storage.migrations import migrate, up_to_date

Row = tuple[Any, ...]


class SqlStorage(ABC):
    """A :class:`~factcheck.storage.base.Storage` over a database connection; subclasses
    supply the connection, the parameter style and the write lock."""

    def __init__(self) -> None:
        self._depth = 0
        self._wrote = False
        self._generation = 0
        self._seen: int | None = None
        self._entities: dict[str, Entity | None] = {}
        self._events: dict[int, EventBase] = {}
        self._queries: dict[tuple[str, str, date | None], list[EventBase]] = {}

    # -- what a dialect supplies ------------------------------------------------------------------

    @abstractmethod
    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """Execute one statement (placeholders written ``?``) and return its rows."""

    @abstractmethod
    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Execute one statement once per row of parameters."""

    @abstractmethod
    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows of a query, fetched a batch at a time."""

    @abstractmethod
    def _begin(self) -> None:
        """Start a transaction holding the archive's write lock."""

    @abstractmethod
    def _commit(self) -> None: ...

    @abstractmethod
    def _rollback(self) -> None: ...

    @abstractmethod
    def close(self) -> None:
        """Close the connection."""

    @abstractmethod
    def _has_table(self, name: str) -> bool: ...

    def _prepare(self, dialect: str) -> None:
        """Create or upgrade the tables (called by subclasses once connected); an archive
        already up to date is opened without taking the write lock."""
        if not self._has_table("migrations") or not up_to_date(self._run):
            with self.transaction():
                migrate(self._run, dialect)
        self.refresh()

    # -- generations and transactions -----------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def aliases(self) -> SqlAliases:
        return SqlAliases(self)

    def refresh(self) -> None:
        if self._depth:
            return
        (stored,) = self._run("SELECT value FROM state WHERE key = 'generation'")[0]
        if stored != self._seen:
            self._seen = stored
            self._forget()

    def _forget(self) -> None:
        """Drop everything read: another process changed the archive, or a change of ours was
        rolled back."""
        self._entities.clear()
        self._events.clear()
        self._queries.clear()
        self._generation += 1

    def _written(self) -> None:
        """Our own change: what queries returned is stale; single rows were updated in place."""
        self._wrote = True
        self._queries.clear()
        self._generation += 1

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth, self._wrote = 1, False
        try:
            yield
            if self._wrote:
                rows = self._run(
                    "UPDATE state SET value = value + 1 WHERE key = 'generation' RETURNING value"
                )
                self._seen = rows[0][0]
        except BaseException:
            self._depth = 0
            self._rollback()
            self._forget()
            raise
        self._depth = 0
        self._commit()

    # -- entities -------------------------------------------------------------------------------

    def get_entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._entities:
            rows = self._run("SELECT body FROM entities WHERE id = ?", (entity_id,))
            self._entities[entity_id] = Entity.model_validate_json(rows[0][0]) if rows else None
        return self._entities[entity_id]

    def iter_entities(self) -> Iterator[Entity]:
        for (body,) in self._stream("SELECT body FROM entities ORDER BY seq"):
            yield Entity.model_validate_json(body)

    def first_entities(self, entity_type: EntityType, limit: int) -> list[Entity]:
        rows = self._run(
            "SELECT body FROM entities WHERE type = ? ORDER BY seq LIMIT ?", (entity_type, limit)
        )
        return [Entity.model_validate_json(body) for (body,) in rows]

    def count_entities(self) -> int:
        return int(self._run("SELECT count(*) FROM entities")[0][0])

    def put_entity(self, entity: Entity) -> None:
        with self.transaction():
            rows = self._run("SELECT seq FROM entities WHERE id = ?", (entity.id,))
            if rows:
                seq = rows[0][0]
                self._run(
                    "UPDATE entities SET type = ?, body = ? WHERE seq = ?",
                    (entity.type, entity.model_dump_json(), seq),
                )
                self._drop_names(seq)
            else:
                seq = self._next("entities")
                self._run(
                    "INSERT INTO entities (seq, id, type, body) VALUES (?, ?, ?, ?)",
                    (seq, entity.id, entity.type, entity.model_dump_json()),
                )
            self._add_names(seq, entity)
            self._entities[entity.id] = entity
            self._written()

    def delete_entity(self, entity_id: str) -> None:
        with self.transaction():
            rows = self._run("SELECT seq FROM entities WHERE id = ?", (entity_id,))
            if rows:
                self._drop_names(rows[0][0])
                self._run("DELETE FROM entities WHERE seq = ?", (rows[0][0],))
            self._entities[entity_id] = None
            self._written()

    def entities_named(self, name: str) -> list[str]:
        rows = self._run(
            "SELECT DISTINCT entity_id, entity_seq FROM names WHERE folded = ? ORDER BY entity_seq",
            (name.casefold(),),
        )
        return [entity_id for entity_id, _ in rows]

    def _add_names(self, seq: int, entity: Entity) -> None:
        kept: list[tuple[str, str]] = []
        for name in entity.names:
            normalised = normalise_name(name)
            if normalised and normalised not in (known for _, known in kept):
                kept.append((name, normalised))
        self._run_many(
            "INSERT INTO names (entity_seq, position, entity_id, type, name, normalised, folded) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (seq, position, entity.id, entity.type, name, normalised, name.casefold())
                for position, (name, normalised) in enumerate(kept)
            ],
        )
        # Names a normalised form drops ("Mr") still count for uniqueness of aliases.
        self._run_many(
            "INSERT INTO names (entity_seq, position, entity_id, type, name, normalised, folded) "
            "VALUES (?, ?, ?, ?, ?, NULL, ?)",
            [
                (seq, -1 - position, entity.id, entity.type, name, name.casefold())
                for position, name in enumerate(entity.names)
                if (name, normalise_name(name)) not in kept
            ],
        )
        keyed = [
            (key, seq, position, entity.type)
            for position, (_, normalised) in enumerate(kept)
            for key in sorted(name_keys(normalised))
        ]
        self._run_many(
            "INSERT INTO name_keys (key, entity_seq, position, type) VALUES (?, ?, ?, ?)", keyed
        )
        self._run_many(
            "INSERT INTO key_sizes (key, size) VALUES (?, 1) "
            "ON CONFLICT (key) DO UPDATE SET size = key_sizes.size + 1",
            [(key,) for key, *_ in keyed],
        )
        per_key = Counter(key for key, *_ in keyed)
        self._run_many(
            "INSERT INTO key_entities (key, type, entities, aliases) VALUES (?, ?, 1, ?) "
            "ON CONFLICT (key, type) DO UPDATE SET entities = key_entities.entities + 1, "
            "aliases = key_entities.aliases + excluded.aliases",
            [(key, entity.type, aliases) for key, aliases in sorted(per_key.items())],
        )

    def _drop_names(self, seq: int) -> None:
        keys = self._run("SELECT key FROM name_keys WHERE entity_seq = ?", (seq,))
        self._run_many("UPDATE key_sizes SET size = size - 1 WHERE key = ?", keys)
        self._run_many(
            "UPDATE key_entities SET entities = entities - 1, aliases = aliases - ? "
            "WHERE key = ? AND type = ?",
            self._run(
                "SELECT count(*), key, type FROM name_keys WHERE entity_seq = ? GROUP BY key, type",
                (seq,),
            ),
        )
        self._run("DELETE FROM name_keys WHERE entity_seq = ?", (seq,))
        self._run("DELETE FROM names WHERE entity_seq = ?", (seq,))

    def _next(self, table: str) -> int:
        return int(self._run(f"SELECT coalesce(max(seq), 0) + 1 FROM {table}")[0][0])

    # -- events ---------------------------------------------------------------------------------

    def get_event(self, event_id: str) -> EventBase | None:
        rows = self._run("SELECT seq, body FROM events WHERE id = ?", (event_id,))
        return self._event(*rows[0]) if rows else None

    def event_with_fact(self, kind: str, fact_key: str) -> EventBase | None:
        rows = self._run(
            "SELECT seq, body FROM events WHERE kind = ? AND fact_key = ?", (kind, fact_key)
        )
        return self._event(*rows[0]) if rows else None

    def iter_events(self) -> Iterator[EventBase]:
        for (body,) in self._stream("SELECT body FROM events ORDER BY seq"):
            yield event_adapter.validate_json(body)

    def count_events(self) -> int:
        return int(self._run("SELECT count(*) FROM events")[0][0])

    def event_at(self, position: int) -> EventBase:
        rows = self._run("SELECT seq, body FROM events ORDER BY seq LIMIT 1 OFFSET ?", (position,))
        if not rows:
            raise IndexError(position)
        return self._event(*rows[0])

    def put_event(self, event: EventBase, fact_key: str) -> None:
        body = event.model_dump_json()
        first = event.first_published.isoformat()
        retracted = event.retracted is not None
        with self.transaction():
            rows = self._run("SELECT seq FROM events WHERE id = ?", (event.id,))
            if rows:
                seq = rows[0][0]
                self._run(
                    "UPDATE events SET kind = ?, fact_key = ?, first_published = ?, "
                    "retracted = ?, body = ? WHERE seq = ?",
                    (event.kind, fact_key, first, retracted, body, seq),
                )
                self._drop_event_rows(seq)
            else:
                seq = self._next("events")
                self._run(
                    "INSERT INTO events (seq, id, kind, fact_key, first_published, retracted, "
                    "body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (seq, event.id, event.kind, fact_key, first, retracted, body),
                )
            if not retracted:
                self._run_many(
                    "INSERT INTO event_keys (kind, key, first_published, event_seq) "
                    "VALUES (?, ?, ?, ?)",
                    [(kind, key, first, seq) for kind, key in set(index_keys(event))],
                )
            self._run_many(
                "INSERT INTO event_entities (entity_id, event_seq) VALUES (?, ?)",
                [(entity_id, seq) for entity_id in set(event.entity_ids())],
            )
            self._events[seq] = event
            self._written()

    def delete_event(self, event_id: str) -> None:
        with self.transaction():
            rows = self._run("SELECT seq FROM events WHERE id = ?", (event_id,))
            if rows:
                self._drop_event_rows(rows[0][0])
                self._run("DELETE FROM events WHERE seq = ?", (rows[0][0],))
                self._events.pop(rows[0][0], None)
            self._written()

    def _drop_event_rows(self, seq: int) -> None:
        self._run("DELETE FROM event_keys WHERE event_seq = ?", (seq,))
        self._run("DELETE FROM event_entities WHERE event_seq = ?", (seq,))

    def events_of(self, entity_id: str) -> list[EventBase]:
        rows = self._run(
            "SELECT e.seq, e.body FROM event_entities x JOIN events e ON e.seq = x.event_seq "
            "WHERE x.entity_id = ? ORDER BY e.seq",
            (entity_id,),
        )
        return [self._event(seq, body) for seq, body in rows]

    def events_under(self, kind: str, key: str, as_of: date | None) -> list[EventBase]:
        query = (kind, key, as_of)
        if (found := self._queries.get(query)) is None:
            sql = (
                "SELECT e.seq, e.body FROM event_keys k JOIN events e ON e.seq = k.event_seq "
                "WHERE k.kind = ? AND k.key = ?"
            )
            params: list[Any] = [kind, key]
            if as_of is not None:
                sql += " AND k.first_published <= ?"
                params.append(as_of.isoformat())
            rows = self._run(sql + " ORDER BY k.first_published, k.event_seq", params)
            found = self._queries[query] = [self._event(seq, body) for seq, body in rows]
        return list(found)

    def _event(self, seq: int, body: str) -> EventBase:
        """One stored event, parsed once while nothing changes (the same object each time)."""
        if (event := self._events.get(seq)) is None:
            event = self._events[seq] = event_adapter.validate_json(body)
        return event


class SqlAliases:
    """The resolver's :class:`~factcheck.resolution.AliasIndex` over an archive's tables."""

    _COLUMNS = "n.entity_id, n.type, n.name, n.normalised"

    def __init__(self, storage: SqlStorage) -> None:
        self._storage = storage

    def type_of(self, entity_id: str) -> EntityType | None:
        entity = self._storage.get_entity(entity_id)
        return entity.type if entity else None

    def display_name(self, entity_id: str) -> str:
        rows = self._storage._run(
            "SELECT name FROM names WHERE entity_id = ? AND position >= 0 ORDER BY position "
            "LIMIT 1",
            (entity_id,),
        )
        return str(rows[0][0]) if rows else entity_id

    def named(self, normalised: str, entity_type: EntityType | None) -> tuple[list[Alias], int]:
        sql = f"SELECT {self._COLUMNS} FROM names n WHERE n.normalised = ?"
        params: list[Any] = [normalised]
        if entity_type is not None:
            sql += " AND n.type = ?"
            params.append(entity_type)
        aliases = first_per_entity(
            self._aliases(sql + " ORDER BY n.entity_seq, n.position", params)
        )
        return aliases[:MAX_CANDIDATES], len(aliases)

    def key_sizes(self, keys: Iterable[str]) -> dict[str, int]:
        wanted = list(keys)
        if not wanted:
            return {}
        rows = self._storage._run(
            f"SELECT key, size FROM key_sizes WHERE size > 0 AND key IN ({_marks(wanted)})",
            wanted,
        )
        return {key: int(size) for key, size in rows}

    def under(
        self, keys: Iterable[str], entity_type: EntityType | None, limit: int | None = None
    ) -> list[Alias]:
        wanted = list(keys)
        if not wanted:
            return []
        sql = (
            f"SELECT DISTINCT n.entity_seq, n.position, {self._COLUMNS} FROM name_keys k "
            "JOIN names n ON n.entity_seq = k.entity_seq AND n.position = k.position "
            f"WHERE k.key IN ({_marks(wanted)})"
        )
        params: list[Any] = list(wanted)
        if entity_type is not None:
            sql += " AND k.type = ?"
            params.append(entity_type)
        sql += " ORDER BY n.entity_seq, n.position"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._storage._run(sql, params)
        return [Alias(*row[2:]) for row in rows]

    def entities_under(self, key: str, entity_type: EntityType | None) -> tuple[list[Alias], int]:
        where, params = _key_and_type(key, entity_type)
        first = self._storage._run(
            f"SELECT DISTINCT entity_seq FROM name_keys WHERE {where} ORDER BY entity_seq LIMIT ?",
            [*params, MAX_CANDIDATES],
        )
        aliases = [
            self._aliases(
                f"SELECT {self._COLUMNS} FROM names n WHERE n.entity_seq = ? AND n.position = "
                "(SELECT min(position) FROM name_keys WHERE key = ? AND entity_seq = ?)",
                [seq, key, seq],
            )[0]
            for (seq,) in first
        ]
        return aliases, self._counted("entities", key, entity_type)

    def bucket_size(self, key: str, entity_type: EntityType | None) -> int:
        return self._counted("aliases", key, entity_type)

    def _counted(self, what: str, key: str, entity_type: EntityType | None) -> int:
        where, params = _key_and_type(key, entity_type)
        (total,) = self._storage._run(
            f"SELECT coalesce(sum({what}), 0) FROM key_entities WHERE {where}", params
        )[0]
        return int(total)

    def _aliases(self, sql: str, params: Sequence[Any]) -> list[Alias]:
        return [Alias(*row) for row in self._storage._run(sql, params)]


def _key_and_type(key: str, entity_type: EntityType | None) -> tuple[str, list[Any]]:
    """The condition picking a key's rows, of one type when given."""
    if entity_type is None:
        return "key = ?", [key]
    return "key = ? AND type = ?", [key, entity_type]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))
