"""Structured replies from any OpenAI-compatible chat model, with caching, retries and usage counts.

The layer knows nothing about claims or events: callers give a system and a user message, a
pydantic model the reply must fit, and a cache key they computed from everything that shapes the
reply (model, prompt hash, text, date, vocabulary hash).
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar, overload

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from tenacity import (
    RetryCallState,
    RetryError,
    Retrying,
    before_sleep_log,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)
from tenacity.wait import wait_base
from vcr.errors import CannotOverwriteExistingCassetteException

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
from factcheck.report import Usage

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

DEFAULT_MODEL = "gpt-4o-mini"
# Local OpenAI-compatible servers ignore the key, but the SDK refuses to run without one.
PLACEHOLDER_API_KEY = "no-key-needed"
# A Retry-After longer than this is capped: waiting longer is better left to the caller.
MAX_RETRY_AFTER_S = 60.0

_MISSING_CREDENTIALS = (
    "No model endpoint is configured. Set OPENAI_API_KEY to use OpenAI; or pass --base-url "
    "(or set OPENAI_BASE_URL), e.g. http://127.0.0.1:8000/v1, to use a local OpenAI-compatible "
    "server such as vLLM, Ollama or llama.cpp, which needs no key. To work offline, replay "
    "recorded cassettes (see factcheck.testing), or check claims you already have with "
    "`factcheck check --claims FILE`."
)
REASK_OPENING = "Your reply could not be used:"
"""How a re-ask (a reply sent back with its validation error) begins."""
_REASK = REASK_OPENING + (" {problem}\nAnswer again with JSON that fits the schema and fixes this.")

logger = logging.getLogger(__name__)


OutputMode = Literal["json_schema", "json_object", "text"]
OUTPUT_MODES: tuple[OutputMode, ...] = ("json_schema", "json_object", "text")
"""From the strictest to the plainest; an automatic fallback only ever moves right."""

_SCHEMA_IN_PROMPT = (
    "\n\nReply with one JSON object and nothing else. It must fit this JSON Schema:\n{schema}"
)


class LLMSettings(BaseModel):
    """Which model to ask, where, and how patiently.

    `max_attempts` bounds transport retries of one request; `max_reasks` bounds how often a reply
    that fails validation is sent back; `concurrency` is how many requests callers should run at
    once. The API key never appears in `repr` or `model_dump`.
    """

    model_config = ConfigDict(frozen=True)

    model: str
    base_url: str | None = None
    api_key: str | None = Field(default=None, repr=False, exclude=True)
    timeout_s: float = Field(default=60.0, gt=0)
    max_attempts: int = Field(default=5, ge=1)
    max_reasks: int = Field(default=2, ge=0)
    concurrency: int = Field(default=4, ge=1)
    output_mode: OutputMode | Literal["auto"] = Field(
        default="auto",
        description="How replies are asked for: a JSON schema the server enforces, any JSON "
        "object, or plain text, the last two with the schema in the prompt; 'auto' starts with "
        "the schema and falls back as far as the server's first rejection says it must.",
    )

    @classmethod
    def from_env(
        cls,
        *,
        model: str | None = None,
        base_url: str | None = None,
        api_key: str | None = None,
        output_mode: OutputMode | Literal["auto"] = "auto",
    ) -> LLMSettings:
        """Settings from the arguments, else OPENAI_API_KEY, OPENAI_BASE_URL and FACTCHECK_MODEL.

        A base URL without a key gets a placeholder key (local servers need none). With neither,
        raises MissingCredentialsError.
        """
        base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
        api_key = api_key or os.environ.get("OPENAI_API_KEY") or None
        if api_key is None:
            if base_url is None:
                raise MissingCredentialsError(_MISSING_CREDENTIALS)
            api_key = PLACEHOLDER_API_KEY
        return cls(
            model=model or os.environ.get("FACTCHECK_MODEL") or DEFAULT_MODEL,
            base_url=base_url,
            api_key=api_key,
            output_mode=output_mode,
        )


class StructuredLLM:
    """Asks a chat model for replies that fit a pydantic model. Safe to share between threads."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        cache: ResponseCache | None = None,
        client: openai.OpenAI | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """`client` defaults to one built from `settings`; `sleep` waits between retries."""
        if client is None:
            if settings.api_key is None:
                raise MissingCredentialsError(_MISSING_CREDENTIALS)
            client = openai.OpenAI(api_key=settings.api_key, base_url=settings.base_url)
        # Retries belong to tenacity alone: SDK retries would multiply them and hide them.
        self._client = client.with_options(max_retries=0, timeout=settings.timeout_s)
        self.settings = settings
        self._cache = cache
        self._sleep = sleep
        self._lock = threading.Lock()
        self._usage = Usage()
        self._mode: OutputMode = (
            "json_schema" if settings.output_mode == "auto" else settings.output_mode
        )

    @property
    def output_mode(self) -> OutputMode:
        """How replies are asked for now (after any fallback the server's rejection caused)."""
        return self._mode

    @property
    def name(self) -> str:
        """The model's name at its endpoint."""
        return self.settings.model

    @property
    def concurrency(self) -> int:
        """How many requests callers should run at once."""
        return self.settings.concurrency

    @property
    def usage(self) -> Usage:
        """Calls, cache hits and tokens summed over every `parse` so far."""
        with self._lock:
            return self._usage

    @overload
    def parse(self, *, system: str, user: str, response_model: type[T], cache_key: str) -> T: ...

    @overload
    def parse(
        self,
        *,
        system: str,
        user: str,
        response_model: type[T],
        cache_key: str,
        validate: Callable[[T], R],
    ) -> R: ...

    def parse(
        self,
        *,
        system: str,
        user: str,
        response_model: type[T],
        cache_key: str,
        validate: Callable[[T], R] | None = None,
    ) -> R | T:
        """The model's reply to `system` + `user`, parsed into `response_model`, then `validate`d.

        1. Cache: a reply stored under `cache_key` is parsed and validated again and returned
           with no request (a cache hit). A stored reply that no longer validates is ignored.
        2. Request: `chat.completions.parse` with `response_format=response_model` (a strict JSON
           schema). Rate limits (429), 408, 409, 5xx, timeouts and connection errors are retried
           up to `settings.max_attempts` times, waiting as long as the server's `retry-after-ms`
           or `retry-after` header asks (at most MAX_RETRY_AFTER_S), else a jittered exponential
           backoff. Then RetriesExhaustedError lists every failed attempt. 401/403 raise
           AuthenticationFailedError and other client errors RequestRejectedError, unretried.
        3. Re-ask: a reply that is not valid JSON for `response_model`, or that `validate`
           rejects with ValueError (pydantic's ValidationError included), is sent back with the
           error, at most `settings.max_reasks` times; then InvalidResponseError lists each error.
        4. A refusal or content-filter stop raises RefusalError, a reply cut off at the token
           limit TruncatedResponseError; neither is retried.
        5. The accepted reply's JSON is stored under `cache_key`. Usage counts every request and
           the tokens of every reply; each parse is logged in the cache's `calls` table.

        When a test replays cassettes, a request with no recording raises NoRecordingError.
        """
        started = time.perf_counter()
        if self._cache is not None and (stored := self._cache.get(cache_key)) is not None:
            try:
                result = _accept(stored, response_model, validate)
            except ValueError as error:
                logger.warning("ignoring a cached reply that no longer validates: %s", error)
            else:
                self._record([Usage(cache_hits=1)], started, cached=True)
                return result

        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": system},
            {"role": "user", "content": user},
        ]
        spent: list[Usage] = []
        try:
            result, content = self._ask(messages, response_model, validate, spent)
        finally:
            self._record(spent, started, cached=False)
        if self._cache is not None:
            self._cache.put(cache_key, content, model=self.settings.model)
        return result

    def _ask(
        self,
        messages: list[ChatCompletionMessageParam],
        response_model: type[T],
        validate: Callable[[T], R] | None,
        spent: list[Usage],
    ) -> tuple[R | T, str]:
        """The accepted reply and its raw content, re-asking after replies that fail validation."""
        problems: list[str] = []
        for attempt in range(1, self.settings.max_reasks + 2):
            content = self._complete(messages, response_model, spent)
            try:
                return _accept(content, response_model, validate), content
            except ValueError as error:
                problem = _describe_invalid(error)
            logger.info("reply %d failed validation, asking again: %s", attempt, problem)
            problems.append(f"reply {attempt}: {problem}")
            messages = [
                *messages,
                {"role": "assistant", "content": content},
                {"role": "user", "content": _REASK.format(problem=problem)},
            ]
        raise InvalidResponseError(
            f"the model's replies kept failing validation ({'; '.join(problems)}). "
            "Try a more capable model or smaller chunks of text, and check that the prompt "
            f"describes the {response_model.__name__} schema."
        )

    def _complete(
        self,
        messages: list[ChatCompletionMessageParam],
        response_model: type[T],
        spent: list[Usage],
    ) -> str:
        """The content of one reply; refusals and truncated replies raise."""
        try:
            completion = self._send(messages, response_model, spent)
        except openai.LengthFinishReasonError as error:
            spent.append(_tokens(error.completion))
            used = error.completion.usage
            raise TruncatedResponseError(
                "the model's reply was cut off at its output token limit after "
                f"{used.completion_tokens if used else 'an unknown number of'} tokens "
                f"({used.prompt_tokens if used else 'unknown'} prompt tokens). Split the text into "
                "smaller chunks, or use a model or server setting that allows longer replies "
                "(a larger max tokens)."
            ) from error
        except openai.ContentFilterFinishReasonError as error:
            if error.completion is not None:
                spent.append(_tokens(error.completion))
            raise RefusalError(
                "the provider's content filter stopped the model's reply. Check the text for "
                "material the provider will not process, or use another model or endpoint."
            ) from error
        spent.append(_tokens(completion))
        message = completion.choices[0].message
        if message.refusal:
            raise RefusalError(
                f"the model refused to answer: {message.refusal!r}. Check the text for material "
                "the provider will not process, or use another model."
            )
        return message.content or ""

    def _send(
        self,
        messages: list[ChatCompletionMessageParam],
        response_model: type[T],
        spent: list[Usage],
    ) -> ChatCompletion:
        """One completion, retrying transient failures."""
        failures: list[str] = []

        def note_failure(state: RetryCallState) -> None:
            if state.outcome is not None and (error := state.outcome.exception()) is not None:
                failures.append(f"attempt {state.attempt_number}: {_describe_failure(error)}")

        def request() -> ChatCompletion:
            while True:
                spent.append(Usage(calls=1))
                mode = self._mode
                try:
                    return self._request(messages, response_model, mode)
                except openai.BadRequestError as error:
                    if not self._fall_back(mode, error):
                        raise

        retrying = Retrying(
            sleep=self._sleep,
            stop=stop_after_attempt(self.settings.max_attempts),
            wait=_RetryAfterWait(),
            retry=retry_if_exception(_is_transient),
            after=note_failure,
            before_sleep=before_sleep_log(logger, logging.WARNING),
        )
        try:
            return retrying(request)
        except RetryError as error:
            raise RetriesExhaustedError(
                f"the model endpoint ({self._endpoint()}) kept failing after {len(failures)} "
                f"attempts ({'; '.join(failures)}). Wait and run again, lower the concurrency, "
                "or raise max_attempts."
            ) from error.last_attempt.exception()
        except (openai.AuthenticationError, openai.PermissionDeniedError) as error:
            raise AuthenticationFailedError(
                f"the model endpoint ({self._endpoint()}) rejected the API key "
                f"({error.message}). Set a valid OPENAI_API_KEY, "
                "or pass --base-url for a local server that needs no key."
            ) from error
        except openai.APIStatusError as error:
            raise RequestRejectedError(
                f"the model endpoint ({self._endpoint()}) rejected the request "
                f"({error.message}). Check the model name "
                f"({self.settings.model!r}, FACTCHECK_MODEL) and the base URL; a server without "
                "structured output can be asked for plain JSON with --output-mode json_object "
                "or text."
            ) from error

    def _request(
        self,
        messages: list[ChatCompletionMessageParam],
        response_model: type[T],
        mode: OutputMode,
    ) -> ChatCompletion:
        """One request, asking for the reply in ``mode``."""
        try:
            if mode == "json_schema":
                # The raw response keeps the reply's text when its content fails to parse.
                raw: Any = self._client.chat.completions.with_raw_response.parse(
                    model=self.settings.model, messages=messages, response_format=response_model
                )
            else:
                raw = self._client.chat.completions.with_raw_response.create(
                    model=self.settings.model,
                    messages=_with_schema(messages, response_model),
                    **_FORMATS[mode],
                )
        except CannotOverwriteExistingCassetteException as error:
            # Raised by vcrpy's transport, which the SDK passes through unwrapped.
            raise NoRecordingError(
                "no recorded response for this request; re-record with FACTCHECK_RECORD=1 "
                "and a key or base URL, or check that the prompt, model and response model "
                f"still match the recording. vcrpy says: {error}"
            ) from error
        try:
            parsed: ChatCompletion = raw.parse()
        except ValidationError:
            return ChatCompletion.model_validate_json(raw.text)
        return parsed

    def _fall_back(self, mode: OutputMode, error: openai.BadRequestError) -> bool:
        """After a server rejected ``mode`` as a reply format, ask in the next plainer mode
        from now on (when the settings leave the mode to us); False when there is none."""
        message = str(error).casefold()
        rejected_format = any(word in message for word in _FORMAT_WORDS)
        if self.settings.output_mode != "auto" or not rejected_format or mode == "text":
            return False
        with self._lock:
            if self._mode == mode:
                self._mode = OUTPUT_MODES[OUTPUT_MODES.index(mode) + 1]
                logger.warning(
                    "the endpoint rejected %s replies (%s); asking for %s from now on",
                    mode,
                    _describe_failure(error),
                    self._mode,
                )
        return True

    def _record(self, spent: list[Usage], started: float, *, cached: bool) -> None:
        total = sum(spent, Usage())
        with self._lock:
            self._usage += total
        if self._cache is not None:
            self._cache.log_call(
                self.settings.model,
                prompt_tokens=total.prompt_tokens,
                completion_tokens=total.completion_tokens,
                cached=cached,
                duration_s=time.perf_counter() - started,
            )

    def _endpoint(self) -> str:
        return self.settings.base_url or "OpenAI"


class _RetryAfterWait(wait_base):
    """Waits as long as the server's Retry-After asks, else a jittered exponential backoff."""

    def __init__(self) -> None:
        self._backoff = wait_random_exponential(multiplier=1, max=30)

    def __call__(self, retry_state: RetryCallState) -> float:
        error = retry_state.outcome.exception() if retry_state.outcome is not None else None
        if isinstance(error, openai.APIStatusError):
            delay = _retry_after(error.response.headers)
            if delay is not None:
                return min(max(delay, 0.0), MAX_RETRY_AFTER_S)
        return self._backoff(retry_state)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds asked for by `retry-after-ms` or `retry-after` (in seconds), if present."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is not None:
            try:
                return float(value) * scale
            except ValueError:
                continue
    return None


def _is_transient(error: BaseException) -> bool:
    if isinstance(error, openai.APIStatusError):
        return error.status_code in (408, 409, 429) or error.status_code >= 500
    return isinstance(error, openai.APIConnectionError)


def _describe_failure(error: BaseException) -> str:
    if isinstance(error, openai.APIStatusError):
        return f"HTTP {error.status_code} ({type(error).__name__})"
    return f"{type(error).__name__}: {error}"


def _describe_invalid(error: ValueError) -> str:
    if isinstance(error, ValidationError):
        return "; ".join(
            f"{'.'.join(str(part) for part in detail['loc']) or 'reply'}: {detail['msg']}"
            for detail in error.errors(include_url=False)
        )
    return str(error)


def _accept(content: str, response_model: type[T], validate: Callable[[T], R] | None) -> R | T:
    parsed = response_model.model_validate_json(_json_in(content))
    return parsed if validate is None else validate(parsed)


_FORMATS: dict[OutputMode, dict[str, Any]] = {
    "json_object": {"response_format": {"type": "json_object"}},
    "text": {},
}
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "structured output")
"""Words of a 400 that rejects the reply format rather than the request's content."""
_FENCED = re.compile(r"\A\s*```(?:json)?\s*(.*?)\s*```\s*\Z", re.DOTALL)


def _json_in(content: str) -> str:
    """The JSON of a reply, without the code fence a plain-text reply may wrap it in."""
    fenced = _FENCED.match(content)
    return fenced.group(1) if fenced else content


def _with_schema(
    messages: list[ChatCompletionMessageParam], response_model: type[BaseModel]
) -> list[ChatCompletionMessageParam]:
    """The messages with the reply's JSON Schema added to the system prompt, for servers that
    cannot be given it as the reply format."""
    schema = json.dumps(response_model.model_json_schema(), ensure_ascii=False)
    first, *rest = messages
    system = f"{first.get('content', '')}{_SCHEMA_IN_PROMPT.format(schema=schema)}"
    return [{"role": "system", "content": system}, *rest]


def _tokens(completion: ChatCompletion) -> Usage:
    if completion.usage is None:
        return Usage()
    return Usage(
        prompt_tokens=completion.usage.prompt_tokens,
        completion_tokens=completion.usage.completion_tokens,
    )
