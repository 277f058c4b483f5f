"""The archive's tables, built and upgraded by named migrations applied in order.

Each migration runs once, in the transaction that opens an archive of an older schema, and is
written down in the ``migrations`` table by name, so an archive made by any earlier version
of factcheck opens, upgraded, without loss. New migrations go at the end of
:data:`MIGRATIONS`; a released one is never edited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from factcheck.errors import RecordVersionError

Run = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]

_TYPES = {
    "sqlite": {"seq": "INTEGER", "flag": "INTEGER"},
    "postgresql": {"seq": "BIGINT", "flag": "BOOLEAN"},
}

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_entities_events_and_their_indexes",
        """
        CREATE TABLE state (key TEXT PRIMARY KEY, value BIGINT NOT NULL);
        INSERT INTO state (key, value) VALUES ('generation', 0);
        CREATE TABLE entities (
            seq {seq} PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX entities_by_type ON entities (type, seq);
        CREATE TABLE names (
            entity_seq BIGINT NOT NULL,
            position INTEGER NOT NULL,
            entity_id TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            normalised TEXT,
            folded TEXT NOT NULL,
            PRIMARY KEY (entity_seq, position)
        );
        CREATE INDEX names_by_normalised ON names (normalised, type);
        CREATE INDEX names_by_folded ON names (folded);
        CREATE INDEX names_by_entity ON names (entity_id, position);
        CREATE TABLE name_keys (
            key TEXT NOT NULL,
            entity_seq BIGINT NOT NULL,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            PRIMARY KEY (key, entity_seq, position)
        );
        CREATE INDEX name_keys_by_entity ON name_keys (entity_seq);
        CREATE TABLE key_sizes (key TEXT PRIMARY KEY, size BIGINT NOT NULL);
        CREATE TABLE events (
            seq {seq} PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            fact_key TEXT NOT NULL,
            first_published TEXT NOT NULL,
            retracted {flag} NOT NULL,
            body TEXT NOT NULL
        );
        CREATE UNIQUE INDEX events_by_fact ON events (kind, fact_key);
        CREATE TABLE event_keys (
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            first_published TEXT NOT NULL,
            event_seq BIGINT NOT NULL,
            PRIMARY KEY (kind, key, first_published, event_seq)
        );
        CREATE INDEX event_keys_by_event ON event_keys (event_seq);
        CREATE TABLE event_entities (
            entity_id TEXT NOT NULL,
            event_seq BIGINT NOT NULL,
            PRIMARY KEY (entity_id, event_seq)
        );
        CREATE INDEX event_entities_by_event ON event_entities (event_seq);
        """,
    ),
    (
        "0002_entities_and_aliases_per_name_key",
        """
        CREATE TABLE key_entities (
            key TEXT NOT NULL,
            type TEXT NOT NULL,
            entities BIGINT NOT NULL,
            aliases BIGINT NOT NULL,
            PRIMARY KEY (key, type)
        );
        INSERT INTO key_entities (key, type, entities, aliases)
            SELECT key, type, count(DISTINCT entity_seq), count(*)
            FROM name_keys GROUP BY key, type;
        """,
    ),
]


def up_to_date(run: Run) -> bool:
    """Whether the archive has exactly the known migrations (read without taking a lock)."""
    applied = {name for (name,) in run("SELECT name FROM migrations", ())}
    return applied == {name for name, _ in MIGRATIONS}


def migrate(run: Run, dialect: str) -> list[str]:
    """Apply the migrations an archive lacks, in order; returns their names."""
    run("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)", ())
    applied = {name for (name,) in run("SELECT name FROM migrations", ())}
    known = {name for name, _ in MIGRATIONS}
    if unknown := sorted(applied - known):
        raise RecordVersionError(
            f"the archive was written by a newer factcheck (migration {unknown[-1]!r}); "
            "upgrade factcheck to open it"
        )
    done = []
    for name, script in MIGRATIONS:
        if name in applied:
            continue
        for statement in script.format(**_TYPES[dialect]).split(";"):
            if statement.strip():
                run(statement, ())
        run(
            "INSERT INTO migrations (name, applied) VALUES (?, ?)",
            (name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        done.append(name)
    return done
