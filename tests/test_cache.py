"""The SQLite response cache and call log."""

from __future__ import annotations

import sqlite3
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from factcheck.cache import ResponseCache, default_cache_path
from factcheck.errors import CacheError


@pytest.fixture
def cache(tmp_path: Path) -> ResponseCache:
    return ResponseCache(tmp_path / "cache.sqlite3")


def test_an_unknown_key_is_a_miss(cache: ResponseCache) -> None:
    assert cache.get("never stored") is None
    assert len(cache) == 0


def test_a_stored_reply_comes_back_and_a_new_one_replaces_it(cache: ResponseCache) -> None:
    cache.put("key", '{"items": ["a"]}', model="m")
    assert cache.get("key") == '{"items": ["a"]}'

    cache.put("key", '{"items": ["b"]}', model="m")
    assert cache.get("key") == '{"items": ["b"]}'
    assert len(cache) == 1


def test_replies_survive_closing_and_reopening(tmp_path: Path) -> None:
    with ResponseCache(tmp_path / "cache.sqlite3") as first:
        first.put("key", "{}", model="m")

    with ResponseCache(tmp_path / "cache.sqlite3") as reopened:
        assert reopened.get("key") == "{}"


def test_clear_forgets_replies_but_keeps_the_call_log(cache: ResponseCache) -> None:
    cache.put("key", "{}", model="m")
    cache.log_call("m", prompt_tokens=10, completion_tokens=2, cached=False, duration_s=0.5)

    cache.clear()

    assert len(cache) == 0
    assert cache.get("key") is None
    with sqlite3.connect(cache.path) as db:
        assert db.execute("SELECT COUNT(*) FROM calls").fetchone() == (1,)


def test_each_call_is_logged_with_its_tokens(cache: ResponseCache) -> None:
    cache.log_call("m", prompt_tokens=120, completion_tokens=30, cached=False, duration_s=1.5)
    cache.log_call("m", prompt_tokens=0, completion_tokens=0, cached=True, duration_s=0.0)

    with sqlite3.connect(cache.path) as db:
        rows = db.execute(
            "SELECT model, prompt_tokens, completion_tokens, cached, duration_s FROM calls "
            "ORDER BY id"
        ).fetchall()
    assert rows == [("m", 120, 30, 0, 1.5), ("m", 0, 0, 1, 0.0)]


def test_the_database_uses_write_ahead_logging(cache: ResponseCache) -> None:
    with sqlite3.connect(cache.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_threads_can_share_one_cache(cache: ResponseCache) -> None:
    def store(n: int) -> None:
        cache.put(f"key-{n}", str(n), model="m")
        assert cache.get(f"key-{n}") == str(n)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(store, range(200)))

    assert len(cache) == 200


def _store_from_another_process(path: Path, first: int, count: int) -> None:
    with ResponseCache(path) as cache:
        for n in range(first, first + count):
            cache.put(f"key-{n}", str(n), model="m")


def test_processes_can_write_to_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    with ProcessPoolExecutor(max_workers=3) as pool:
        done = [pool.submit(_store_from_another_process, path, 100 * i, 100) for i in range(3)]
        for future in done:
            future.result()

    with ResponseCache(path) as cache:
        assert len(cache) == 300


def test_an_unusable_path_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CacheError, match="FACTCHECK_CACHE"):
        ResponseCache(tmp_path)  # a directory, not a database file


def test_the_default_location_can_be_moved_with_an_environment_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "elsewhere.sqlite3"))
    assert default_cache_path() == tmp_path / "elsewhere.sqlite3"

    monkeypatch.delenv("FACTCHECK_CACHE")
    assert default_cache_path() == Path.home() / ".cache" / "factcheck" / "cache.sqlite3"
