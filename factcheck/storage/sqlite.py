"""A record archive in one SQLite file: the embedded default for a newsroom's many stories."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factcheck.errors import RecordError
from factcheck.storage.sql import Row, SqlStorage

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
        with self._reported():
            return self._db.execute(sql, params).fetchall()

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        with self._reported():
            self._db.executemany(sql, rows)

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        with self._reported():
            cursor = self._db.execute(sql, params)
            while batch := cursor.fetchmany(1000):
                yield from batch

    @contextmanager
    def _reported(self) -> Iterator[None]:
        """Database errors as record errors that say what to do."""
        try:
            yield
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise RecordError(
                    f"the archive {self.path} stayed locked by another writer for "
                    f"{_BUSY_TIMEOUT_S:.0f} s; try again when it has finished"
                ) from None
            raise RecordError(f"cannot use the archive {self.path}: {error}") from None
        except sqlite3.DatabaseError as error:
            raise RecordError(
                f"the archive {self.path} is damaged ({error}); restore it from a backup or "
                "an export"
            ) from None

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
