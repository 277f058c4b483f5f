"""A record archive in PostgreSQL: one shared archive for a newsroom's editors.

Needs the ``psycopg`` package (``pip install 'factcheck[postgres]'``). The archive's tables live
in the schema the connection's ``search_path`` names, so one database can hold several.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from factcheck.errors import RecordError
from factcheck.storage.sql import Row, SqlStorage

_WRITE_LOCK = 0x6661_6374  # any constant: the advisory lock every writer of an archive takes


class PostgresStorage(SqlStorage):
    """An archive in a PostgreSQL database, given by a ``postgresql://`` connection URL."""

    def __init__(self, url: str) -> None:
        super().__init__()
        try:
            import psycopg
        except ImportError:
            raise RecordError(
                "a PostgreSQL archive needs psycopg; install it with "
                "pip install 'factcheck[postgres]'"
            ) from None
        self.url = url
        self._errors: tuple[type[Exception], ...] = (psycopg.Error,)
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else "refused"
            raise RecordError(
                f"cannot connect to the archive at {without_password(url)}: {first}; check "
                "the server runs and the URL names its host, port and database"
            ) from None
        self._transaction: Any = None
        self._prepare("postgresql")

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._reported():
            cursor = self._db.execute(sql.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []

    def _run_many(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        batch = list(rows)
        if batch:
            with self._reported(), self._db.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), batch)

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Row]:
        with self._reported(), self._db.cursor() as cursor:
            cursor.execute(sql.replace("?", "%s"), params)
            while batch := cursor.fetchmany(1000):
                yield from batch

    @contextmanager
    def _reported(self) -> Iterator[None]:
        """Database errors as record errors that say what to do."""
        try:
            yield
        except self._errors as error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else type(error)
            raise RecordError(
                f"the archive at {without_password(self.url)} failed: {first}; check the "
                "server and try again"
            ) from None

    def _begin(self) -> None:
        self._transaction = self._db.transaction()
        self._transaction.__enter__()
        self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))

    def _commit(self) -> None:
        transaction, self._transaction = self._transaction, None
        transaction.__exit__(None, None, None)

    def _rollback(self) -> None:
        transaction, self._transaction = self._transaction, None
        if transaction is not None:
            transaction.__exit__(RuntimeError, RuntimeError("rolled back"), None)

    def _has_table(self, name: str) -> bool:
        rows = self._run("SELECT to_regclass(?) IS NOT NULL", (name,))
        return bool(rows[0][0])

    def close(self) -> None:
        self._db.close()


def without_password(url: str) -> str:
    """A connection URL as it may be shown: without its password."""
    scheme, sep, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at or ":" not in credentials:
        return url
    return f"{scheme}{sep}{credentials.split(':')[0]}:***@{host}"
