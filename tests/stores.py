"""The three places a record can live, for tests that must hold on each of them.

Memory needs nothing; SQLite a temporary file; PostgreSQL a running server, at
``FACTCHECK_TEST_POSTGRES`` (default ``postgresql://postgres@127.0.0.1:5432/test``), each test in
a schema of its own. Without a server the PostgreSQL cases are skipped with one line saying how to
point them at one, except under CI (``CI`` set) or where the variable is set, where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest

from factcheck.events import Entity, EventBase
from factcheck.record import Record
from factcheck.storage.base import Storage
from factcheck.storage.memory import MemoryStorage
from factcheck.storage.postgres import PostgresStorage
from factcheck.storage.sqlite import SqliteStorage

STORES = ("memory", "sqlite", "postgresql")
POSTGRES_URL = os.environ.get(
    "FACTCHECK_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)


def postgres_required() -> bool:
    """Whether a missing server fails the tests instead of skipping them."""
    return bool(os.environ.get("CI") or os.environ.get("FACTCHECK_TEST_POSTGRES"))


def postgres_unreachable() -> str | None:
    """Why the test server cannot be used, or None when it can."""
    import psycopg

    try:
        psycopg.connect(POSTGRES_URL, connect_timeout=3).close()
    except psycopg.Error as error:
        return str(error).strip().splitlines()[0] if str(error).strip() else "refused"
    return None


@dataclass
class Schemas:
    """PostgreSQL schemas made for tests, dropped when they end."""

    made: list[str] = field(default_factory=list)

    def new_url(self) -> str:
        import psycopg

        name = f"factcheck_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
            admin.execute(f"CREATE SCHEMA {name}")
        self.made.append(name)
        separator = "&" if "?" in POSTGRES_URL else "?"
        return f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={name}')}"

    def drop_all(self) -> None:
        import psycopg

        if not self.made:
            return
        with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
            for name in self.made:
                admin.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        self.made.clear()


@dataclass
class Store:
    """One kind of store: fresh, empty storages of it, and records kept in them."""

    kind: str
    folder: Path
    schemas: Schemas
    opened: list[Storage] = field(default_factory=list)

    def storage(self) -> Storage:
        made: Storage
        if self.kind == "memory":
            made = MemoryStorage()
        elif self.kind == "sqlite":
            made = SqliteStorage(self.folder / f"{uuid.uuid4().hex[:8]}.db")
        else:
            made = PostgresStorage(self.schemas.new_url())
        self.opened.append(made)
        return made

    def location(self) -> str:
        """Where a new, empty record of this kind goes (a JSON path for memory)."""
        if self.kind == "memory":
            return str(self.folder / f"{uuid.uuid4().hex[:8]}.json")
        if self.kind == "sqlite":
            return str(self.folder / f"{uuid.uuid4().hex[:8]}.db")
        return self.schemas.new_url()

    def record(self, entities: Iterable[Entity] = (), events: Iterable[EventBase] = ()) -> Record:
        """A record of these entities and events, kept in this kind of store."""
        return Record(entities, events, storage=self.storage())

    def copy(self, record: Record) -> Record:
        """The same record, kept in this kind of store."""
        if self.kind == "memory":
            return record
        return self.record(record.entities.values(), record.events)

    def close(self) -> None:
        for storage in self.opened:
            storage.close()


def open_store(kind: str, folder: Path, schemas: Schemas) -> Iterator[Store]:
    """A store of ``kind`` for a test or module, skipped or failed where it cannot run."""
    if kind == "postgresql" and (why := postgres_unreachable()) is not None:
        message = (
            f"no PostgreSQL server at {POSTGRES_URL} ({why}); point the tests at one with "
            "FACTCHECK_TEST_POSTGRES=postgresql://..."
        )
        if postgres_required():
            pytest.fail(message)
        pytest.skip(message)
    store = Store(kind, folder, schemas)
    try:
        yield store
    finally:
        store.close()
