"""A record archive in one SQLite file: the embedded default for a newsroom's many stories."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import RecordError
from factcheck.storage.sql import Row, SqlStorage

SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_S = 120.0
"""How long a writer waits for another's transaction to end before giving up."""


class SqliteStorage(SqlStorage):
    """An archive in a SQLite file, in write-ahead-log mode so that readers never wait."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(
                self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._prepare("sqlite")
        except sqlite3.DatabaseError as error:
            raise RecordError(
                f"cannot open the archive {self.path}: {error}; check it is a factcheck archive "
                "and that its folder is writable"
            ) from None

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self._db.execute(sql, params).fetchall()

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self._db.executemany(sql, rows)

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        cursor = self._db.execute(sql, params)
        while batch := cursor.fetchmany(1000):
            yield from batch

    def _begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self._db.execute("COMMIT")

    def _rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def _has_table(self, name: str) -> bool:
        rows = self._run("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return bool(rows)

    def close(self) -> None:
        self._db.close()
