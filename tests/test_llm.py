"""The model layer: structured replies, retries, re-asks, errors, caching and usage.

Each exchange with a model replays a cassette recorded from the scripted stand-in server in
tests/cassette_server.py (see cassettes/README.md); the network stays blocked.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from factcheck.cache import ResponseCache
from factcheck.errors import (
    AuthenticationFailedError,
    InvalidResponseError,
    MissingCredentialsError,
    NoRecordingError,
    RefusalError,
    RequestRejectedError,
    RetriesExhaustedError,
    TruncatedResponseError,
)
from factcheck.llm import PLACEHOLDER_API_KEY, LLMSettings, StructuredLLM
from factcheck.report import Usage
from factcheck.testing import make_vcr, recording_enabled, scrub_response

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"] if recording_enabled() else [])

Cassette = Callable[..., AbstractContextManager[Any]]

SYSTEM = "List the things the user names, as JSON."
USER = "Name two letters of the Greek alphabet."


class Answer(BaseModel):
    items: list[str]


class Pauses:
    """Stands in for time.sleep: remembers each delay instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(float(seconds))


@pytest.fixture
def pauses() -> Pauses:
    return Pauses()


@pytest.fixture
def cache(tmp_path: Path) -> ResponseCache:
    return ResponseCache(tmp_path / "cache.sqlite3")


def ask(llm: StructuredLLM, *, user: str = USER, key: str = "key") -> Answer:
    return llm.parse(system=SYSTEM, user=user, response_model=Answer, cache_key=key)


def recorded_bodies(recorded: Any) -> list[dict[str, Any]]:
    return [json.loads(request.body) for request in recorded.requests]


def recorded_tokens(recorded: Any) -> tuple[int, int]:
    usages = [
        json.loads(response["body"]["string"])["usage"]
        for response in recorded.responses
        if response["status"]["code"] == 200
    ]
    return (
        sum(usage["prompt_tokens"] for usage in usages),
        sum(usage["completion_tokens"] for usage in usages),
    )


# Replies and usage


def test_a_valid_reply_is_parsed_and_counted(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/valid.yaml") as recorded:
        answer = ask(llm)

    assert answer == Answer(items=["alpha", "beta"])
    prompt_tokens, completion_tokens = recorded_tokens(recorded)
    assert llm.usage == Usage(
        calls=1, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )
    assert prompt_tokens > 0
    sent = recorded_bodies(recorded)[0]
    assert sent["messages"] == [
        {"role": "system", "content": SYSTEM},
        {"role": "user", "content": USER},
    ]
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["strict"] is True


def test_a_server_asked_for_json_objects_gets_the_schema_in_the_prompt(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings.model_copy(update={"output_mode": "json_object"}))
    with cassette("llm/json_object_mode.yaml") as recorded:
        assert ask(llm) == Answer(items=["alpha", "beta"])
    (sent,) = recorded_bodies(recorded)
    assert sent["response_format"] == {"type": "json_object"}
    system = sent["messages"][0]["content"]
    assert system.startswith(SYSTEM)
    assert json.loads(system.split("JSON Schema:\n", 1)[1]) == Answer.model_json_schema()


def test_a_plain_text_reply_in_a_code_fence_is_read(
    cassette: Cassette, llm_settings: LLMSettings
) -> None:
    llm = StructuredLLM(llm_settings.model_copy(update={"output_mode": "text"}))
    with cassette("llm/text_mode.yaml") as recorded:
        assert ask(llm) == Answer(items=["alpha", "beta"])
    (sent,) = recorded_bodies(recorded)
    assert "response_format" not in sent
    assert "JSON Schema" in sent["messages"][0]["content"]


def test_a_server_rejecting_json_schema_is_asked_for_json_objects_from_then_on(
    cassette: Cassette, llm_settings: LLMSettings, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="factcheck")
    llm = StructuredLLM(llm_settings)
    assert llm.output_mode == "json_schema"
    with cassette("llm/falls_back_to_json_object.yaml") as recorded:
        assert ask(llm, key="first") == Answer(items=["alpha", "beta"])
        assert ask(llm, key="second") == Answer(items=["alpha", "beta"])
    kinds = [body.get("response_format", {}).get("type") for body in recorded_bodies(recorded)]
    assert kinds == ["json_schema", "json_object", "json_object"]
    assert llm.output_mode == "json_object"
    assert llm.usage.calls == 3
    assert "asking for json_object from now on" in caplog.text


def test_a_mode_chosen_by_the_user_is_not_changed_behind_their_back(
    cassette: Cassette, llm_settings: LLMSettings
) -> None:
    llm = StructuredLLM(llm_settings.model_copy(update={"output_mode": "json_schema"}))
    with (
        cassette("llm/falls_back_to_json_object.yaml"),
        pytest.raises(RequestRejectedError, match="--output-mode json_object"),
    ):
        ask(llm)
    assert llm.output_mode == "json_schema"


def test_usage_adds_up_field_by_field() -> None:
    total = Usage(calls=2, prompt_tokens=10, completion_tokens=3) + Usage(
        cache_hits=1, prompt_tokens=5
    )
    assert total == Usage(calls=2, cache_hits=1, prompt_tokens=15, completion_tokens=3)


# Transport retries


def test_a_rate_limit_is_retried_after_the_delay_the_server_asks(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/rate_limit_then_valid.yaml") as recorded:
        answer = ask(llm)

    assert recorded.responses[0]["status"]["code"] == 429
    assert recorded.responses[0]["headers"]["retry-after"] == ["2"]
    assert pauses.delays == [2.0]
    assert answer.items == ["alpha", "beta"]
    assert llm.usage.calls == 2


def test_server_errors_until_attempts_run_out_list_every_attempt(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings.model_copy(update={"max_attempts": 3}), sleep=pauses)
    with cassette("llm/server_errors.yaml"), pytest.raises(RetriesExhaustedError) as raised:
        ask(llm)

    message = str(raised.value)
    assert "attempt 1: HTTP 500 (InternalServerError)" in message
    assert "attempt 2: HTTP 503 (InternalServerError)" in message
    assert "attempt 3: HTTP 500 (InternalServerError)" in message
    assert "max_attempts" in message
    assert len(pauses.delays) == 2  # between attempts, never after the last
    assert llm.usage == Usage(calls=3)


def test_a_rejected_key_is_not_retried_and_says_what_to_set(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/unauthorized.yaml"), pytest.raises(AuthenticationFailedError) as raised:
        ask(llm)

    assert "401" in str(raised.value)
    assert "OPENAI_API_KEY" in str(raised.value)
    assert pauses.delays == []
    assert llm.usage.calls == 1


# Validation re-asks


def test_a_malformed_reply_is_sent_back_with_the_validation_error(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/malformed_then_valid.yaml") as recorded:
        answer = ask(llm)

    assert answer.items == ["alpha", "beta"]
    first, second = recorded_bodies(recorded)
    bad_reply = json.loads(recorded.responses[0]["body"]["string"])["choices"][0]["message"]
    assert second["messages"][:2] == first["messages"]
    assert second["messages"][2] == {"role": "assistant", "content": bad_reply["content"]}
    assert second["messages"][3]["role"] == "user"
    assert "Invalid JSON" in second["messages"][3]["content"]
    prompt_tokens, completion_tokens = recorded_tokens(recorded)
    assert llm.usage == Usage(
        calls=2, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )
    assert pauses.delays == []


def test_replies_the_validator_keeps_rejecting_end_in_invalid_response(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    def must_name_gamma(answer: Answer) -> Answer:
        if "gamma" not in answer.items:
            raise ValueError("the list must include gamma")
        return answer

    llm = StructuredLLM(llm_settings.model_copy(update={"max_reasks": 1}), sleep=pauses)
    with (
        cassette("llm/rejected_by_validator.yaml") as recorded,
        pytest.raises(InvalidResponseError) as raised,
    ):
        llm.parse(
            system=SYSTEM,
            user=USER,
            response_model=Answer,
            cache_key="key",
            validate=must_name_gamma,
        )

    assert "reply 1: the list must include gamma" in str(raised.value)
    assert "reply 2: the list must include gamma" in str(raised.value)
    assert "the list must include gamma" in recorded_bodies(recorded)[1]["messages"][-1]["content"]
    assert llm.usage.calls == 2


def test_the_validator_can_turn_the_reply_into_another_type(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/valid.yaml"):
        count = llm.parse(
            system=SYSTEM,
            user=USER,
            response_model=Answer,
            cache_key="key",
            validate=lambda answer: len(answer.items),
        )

    assert count == 2


# Replies that are errors


def test_a_truncated_reply_is_an_error_naming_the_tokens_used(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with (
        cassette("llm/truncated.yaml") as recorded,
        pytest.raises(TruncatedResponseError) as raised,
    ):
        ask(llm)

    _, completion_tokens = recorded_tokens(recorded)
    assert f"after {completion_tokens} tokens" in str(raised.value)
    assert "smaller chunks" in str(raised.value)
    assert llm.usage.completion_tokens == completion_tokens
    assert llm.usage.calls == 1


def test_a_refusal_is_an_error_not_an_empty_result(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/refusal.yaml"), pytest.raises(RefusalError) as raised:
        ask(llm)

    assert "I can't help with that request." in str(raised.value)
    assert llm.usage.calls == 1


@pytest.mark.skipif(recording_enabled(), reason="recording would record the request instead")
def test_a_request_with_no_recording_says_how_to_record_it(
    cassette: Cassette, llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with cassette("llm/valid.yaml"), pytest.raises(NoRecordingError) as raised:
        ask(llm, user="A question nobody recorded.")

    assert "FACTCHECK_RECORD=1" in str(raised.value)
    assert pauses.delays == []  # not mistaken for a connection error and retried


@pytest.mark.skipif(recording_enabled(), reason="recording needs the network")
def test_a_request_outside_any_cassette_fails_at_once(
    llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    with pytest.raises(RuntimeError, match="Network is disabled"):
        ask(llm)

    assert pauses.delays == []


# Cache


def test_a_cache_hit_makes_no_request(
    cassette: Cassette,
    cassette_dir: Path,
    llm_settings: LLMSettings,
    cache: ResponseCache,
    pauses: Pauses,
) -> None:
    cache.put("known", '{"items": ["delta"]}', model=llm_settings.model)
    llm = StructuredLLM(llm_settings, cache=cache, sleep=pauses)
    # This cassette does not exist: any request would fail with NoRecordingError.
    with cassette("llm/no_such_recording.yaml"):
        answer = ask(llm, key="known")

    assert answer.items == ["delta"]
    assert llm.usage == Usage(cache_hits=1)
    assert not (cassette_dir / "llm" / "no_such_recording.yaml").exists()


def test_a_fresh_reply_is_stored_and_the_same_key_then_makes_no_request(
    cassette: Cassette, llm_settings: LLMSettings, cache: ResponseCache, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, cache=cache, sleep=pauses)
    # The cassette holds one exchange and repeats are off: a second request would fail.
    with cassette("llm/valid.yaml"):
        first = ask(llm, key="greek")
        second = ask(llm, key="greek")

    assert first == second
    assert Answer.model_validate_json(cache.get("greek") or "") == first
    assert (llm.usage.calls, llm.usage.cache_hits) == (1, 1)
    with sqlite3.connect(cache.path) as db:
        logged = db.execute("SELECT model, cached FROM calls ORDER BY id").fetchall()
    assert logged == [(llm_settings.model, 0), (llm_settings.model, 1)]


def test_a_cached_reply_that_no_longer_validates_is_asked_again(
    cassette: Cassette, llm_settings: LLMSettings, cache: ResponseCache, pauses: Pauses
) -> None:
    cache.put("greek", '{"names": ["from an older schema"]}', model=llm_settings.model)
    llm = StructuredLLM(llm_settings, cache=cache, sleep=pauses)
    with cassette("llm/valid.yaml"):
        answer = ask(llm, key="greek")

    assert answer.items == ["alpha", "beta"]
    assert llm.usage.calls == 1
    assert Answer.model_validate_json(cache.get("greek") or "") == answer


def test_usage_is_counted_safely_from_many_threads(
    llm_settings: LLMSettings, cache: ResponseCache, pauses: Pauses
) -> None:
    cache.put("known", '{"items": ["delta"]}', model=llm_settings.model)
    llm = StructuredLLM(llm_settings, cache=cache, sleep=pauses)
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: ask(llm, key="known"), range(40)))

    assert {tuple(answer.items) for answer in answers} == {("delta",)}
    assert llm.usage == Usage(cache_hits=40)


# Settings


def test_settings_take_arguments_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://env.example/v1")
    monkeypatch.setenv("FACTCHECK_MODEL", "env-model")

    from_env = LLMSettings.from_env()
    assert (from_env.model, from_env.base_url, from_env.api_key) == (
        "env-model",
        "http://env.example/v1",
        "env-key",
    )
    given = LLMSettings.from_env(model="m", base_url="http://given/v1", api_key="k")
    assert (given.model, given.base_url, given.api_key) == ("m", "http://given/v1", "k")


def test_settings_default_to_a_small_openai_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "env-key")
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("FACTCHECK_MODEL", raising=False)

    assert LLMSettings.from_env().model == "gpt-4o-mini"


def test_a_local_server_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)

    settings = LLMSettings.from_env(base_url="http://127.0.0.1:8000/v1")
    assert settings.api_key == PLACEHOLDER_API_KEY


def test_no_key_and_no_base_url_explains_every_way_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)

    with pytest.raises(MissingCredentialsError) as raised:
        LLMSettings.from_env()
    for way_out in ("OPENAI_API_KEY", "--base-url", "cassettes", "factcheck check --claims"):
        assert way_out in str(raised.value)


def test_the_api_key_never_shows_in_repr_or_dumps() -> None:
    settings = LLMSettings(model="m", api_key="secret-value")

    assert "secret-value" not in repr(settings)
    assert "secret-value" not in settings.model_dump_json()
    assert settings.api_key == "secret-value"


# Cassettes


def test_cassettes_hold_no_credentials_or_cookies(cassette_dir: Path) -> None:
    cassettes = sorted(cassette_dir.rglob("*.yaml"))
    assert cassettes, "no cassettes found"
    for path in cassettes:
        text = path.read_text(encoding="utf-8").lower()
        for secret in ("authorization", "bearer", "api-key", "cookie", PLACEHOLDER_API_KEY):
            assert secret not in text, f"{path.name} contains {secret!r}"
        assert not re.search(r"\bsk-[a-z0-9_-]{8,}", text), f"{path.name} contains an OpenAI key"


def test_recorded_responses_keep_retry_after_but_lose_volatile_headers() -> None:
    response = {
        "status": {"code": 429, "message": "Too Many Requests"},
        "headers": {
            "Set-Cookie": ["session=1"],
            "x-request-id": ["req_1"],
            "Date": ["Mon, 01 Jan 2029 00:00:00 GMT"],
            "retry-after": ["2"],
            "content-type": ["application/json"],
        },
        "body": {"string": "{}"},
    }

    assert scrub_response(response)["headers"] == {
        "retry-after": ["2"],
        "content-type": ["application/json"],
    }


def test_replaying_never_records_and_recording_starts_each_cassette_afresh(
    cassette_dir: Path, tmp_path: Path
) -> None:
    shutil.copy(cassette_dir / "llm" / "valid.yaml", tmp_path / "valid.yaml")

    with make_vcr(tmp_path, record=False).use_cassette("valid.yaml") as replaying:
        assert (replaying.record_mode, len(replaying)) == ("none", 1)
    with make_vcr(tmp_path, record=True).use_cassette("valid.yaml") as recording:
        assert (recording.record_mode, len(recording)) == ("all", 0)


@pytest.mark.vcr
@pytest.mark.default_cassette("llm/valid.yaml")
def test_pytest_recording_replays_with_the_same_configuration(
    llm_settings: LLMSettings, pauses: Pauses
) -> None:
    llm = StructuredLLM(llm_settings, sleep=pauses)
    assert ask(llm).items == ["alpha", "beta"]
