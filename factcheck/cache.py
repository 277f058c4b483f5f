"""SQLite store of model replies, and a log of model calls.

One file holds both. It is safe to share between threads and between processes: SQLite runs in
WAL mode, every write is a single statement (so its own transaction, never a partial row), and a
writer waits for another process's lock instead of failing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_random

from factcheck.documents import check_writable
from factcheck.errors import CacheError, InputError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    model TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY,
    called_at TEXT NOT NULL,
    model TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    cached INTEGER NOT NULL,
    duration_s REAL NOT NULL
);
"""

_LOCK_WAIT_S = 30.0


def default_cache_path() -> Path:
    """`FACTCHECK_CACHE` if set, else `~/.cache/factcheck/cache.sqlite3`."""
    configured = os.environ.get("FACTCHECK_CACHE")
    if configured:
        return Path(configured).expanduser()
    return Path.home() / ".cache" / "factcheck" / "cache.sqlite3"


def _is_locked(error: BaseException) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ResponseCache:
    """Raw model replies (JSON text) by cache key, plus a `calls` table logging every model call."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            check_writable(self.path, "the response cache")
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit: each statement below is one short transaction.
            self._db = sqlite3.connect(
                self.path, timeout=_LOCK_WAIT_S, isolation_level=None, check_same_thread=False
            )
            # Switching to WAL and creating the tables need a moment's exclusive lock, and SQLite
            # does not wait for it when several processes open a new file at once: retry.
            for attempt in Retrying(
                retry=retry_if_exception(_is_locked),
                wait=wait_random(0.01, 0.1),
                stop=stop_after_delay(_LOCK_WAIT_S),
                reraise=True,
            ):
                with attempt:
                    self._db.execute("PRAGMA journal_mode=WAL")
                    self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error, InputError) as error:
            raise CacheError(
                f"cannot open the response cache at {self.path}: {error}. "
                "Delete the file, or set FACTCHECK_CACHE to a writable path."
            ) from error

    def get(self, key: str) -> str | None:
        """The reply stored under `key`, or None."""
        with self._lock:
            row = self._db.execute("SELECT value FROM responses WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str, *, model: str) -> None:
        """Store (or replace) the reply under `key`, noting which model gave it."""
        self._write(
            "INSERT OR REPLACE INTO responses (key, value, model, stored_at) VALUES (?, ?, ?, ?)",
            (key, value, model, _now()),
        )

    def log_call(
        self,
        model: str,
        *,
        prompt_tokens: int,
        completion_tokens: int,
        cached: bool,
        duration_s: float,
    ) -> None:
        """Append one row to the `calls` log."""
        self._write(
            "INSERT INTO calls (called_at, model, prompt_tokens, completion_tokens, cached, "
            "duration_s) VALUES (?, ?, ?, ?, ?, ?)",
            (_now(), model, prompt_tokens, completion_tokens, int(cached), duration_s),
        )

    def clear(self) -> None:
        """Forget every stored reply; the `calls` log is kept."""
        self._write("DELETE FROM responses", ())

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def __len__(self) -> int:
        with self._lock:
            (count,) = self._db.execute("SELECT COUNT(*) FROM responses").fetchone()
        return int(count)

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _write(self, statement: str, parameters: tuple[object, ...]) -> None:
        try:
            with self._lock:
                self._db.execute(statement, parameters)
        except sqlite3.Error as error:
            raise CacheError(
                f"cannot write to the response cache at {self.path}: {error}. "
                "Check the disk and permissions, or set FACTCHECK_CACHE to another path."
            ) from error
