"""Shared fixtures: cassettes under the top-level cassettes/ folder, and model settings.

Tests replay cassettes by default and need neither network nor key. With FACTCHECK_RECORD=1 they
record instead, against the endpoint in OPENAI_BASE_URL / OPENAI_API_KEY / FACTCHECK_MODEL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from stores import STORES, Schemas, Store, open_store

from factcheck.llm import PLACEHOLDER_API_KEY, LLMSettings
from factcheck.testing import make_vcr, recording_enabled
from factcheck.testing import vcr_config as factcheck_vcr_config

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
# The endpoint and model name that replayed cassettes were recorded with: a local stand-in server.
REPLAY_BASE_URL = "http://127.0.0.1:8765/v1"
REPLAY_MODEL = "stand-in"


@pytest.fixture(scope="session")
def cassette_dir() -> Path:
    """The top-level cassettes/ folder."""
    return CASSETTES


@pytest.fixture
def cassette(cassette_dir: Path) -> Callable[..., AbstractContextManager[Any]]:
    """`with cassette("llm/refusal.yaml") as recorded:` replays (or records) that cassette."""
    return make_vcr(cassette_dir).use_cassette  # type: ignore[no-any-return]


@pytest.fixture
def llm_settings() -> LLMSettings:
    """Settings for the replay endpoint with a placeholder key; the real ones when recording."""
    if recording_enabled():
        return LLMSettings.from_env()
    return LLMSettings(model=REPLAY_MODEL, base_url=REPLAY_BASE_URL, api_key=PLACEHOLDER_API_KEY)


@pytest.fixture
def vcr_config() -> dict[str, Any]:
    """The same cassette settings for tests marked `@pytest.mark.vcr` (pytest-recording)."""
    return factcheck_vcr_config()


@pytest.fixture(scope="module")
def vcr_cassette_dir(cassette_dir: Path) -> str:
    """pytest-recording keeps its cassettes in the same top-level folder."""
    return str(cassette_dir)


@pytest.fixture(scope="session")
def postgres_schemas() -> Iterator[Schemas]:
    """Schemas the session's PostgreSQL tests made, dropped at its end."""
    schemas = Schemas()
    yield schemas
    schemas.drop_all()


@pytest.fixture(params=STORES)
def store(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_schemas: Schemas
) -> Iterator[Store]:
    """Each kind of store in turn: the test runs once on each."""
    yield from open_store(request.param, tmp_path, postgres_schemas)


@pytest.fixture(scope="module", params=STORES)
def module_store(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    postgres_schemas: Schemas,
) -> Iterator[Store]:
    """Each kind of store in turn, shared by a module's tests."""
    yield from open_store(request.param, tmp_path_factory.mktemp("store"), postgres_schemas)


@pytest.fixture
def postgres(tmp_path: Path, postgres_schemas: Schemas) -> Iterator[Store]:
    """PostgreSQL alone, for tests that carry a record from one store to another."""
    yield from open_store("postgresql", tmp_path, postgres_schemas)
