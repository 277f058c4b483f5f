"""For test suites: vcrpy settings for recording and replaying factcheck's model calls, and a
scripted model that answers without any endpoint.

Replay is the default: a request with no recording raises at once (and factcheck turns that into
`NoRecordingError`), so a test never reaches the network or waits on it. Set `FACTCHECK_RECORD=1`
(or pass `record=True`) to re-record against a live endpoint.

    from factcheck.testing import make_vcr

    with make_vcr("cassettes").use_cassette("claims/draft.yaml"):
        ...

With pytest-recording, return `vcr_config()` from a `vcr_config` fixture.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import vcr
from pydantic import BaseModel

from factcheck.report import Usage

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")

RECORD_ENV = "FACTCHECK_RECORD"

FILTERED_REQUEST_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "openai-organization",
    "openai-project",
)
FILTERED_QUERY_PARAMETERS = ("api-key", "key")
# Secrets, cookies and values that change on every call (they would only make diffs noisy).
# Retry-After and the rate-limit headers stay: replayed retries depend on them.
STRIPPED_RESPONSE_HEADERS = frozenset(
    {
        "set-cookie",
        "date",
        "x-request-id",
        "openai-processing-ms",
        "openai-organization",
        "openai-project",
        "openai-version",
        "cf-ray",
        "cf-cache-status",
        "x-envoy-upstream-service-time",
        "alt-svc",
    }
)


def recording_enabled(record: bool | None = None) -> bool:
    """`record` if given, else whether the environment variable FACTCHECK_RECORD is set to 1."""
    if record is not None:
        return record
    return os.environ.get(RECORD_ENV, "").strip().lower() in {"1", "true", "yes"}


def vcr_config(record: bool | None = None) -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)`, `use_cassette(...)` or pytest-recording's `vcr_config`.

    Requests match on method, URL parts and body; vcrpy compares JSON bodies parsed, so key order
    does not matter, while any change to a prompt or response schema asks for a new recording.

    Replaying uses record mode "none". Recording uses "all" and ignores what a cassette held
    before, so a cassette a test uses is rewritten with exactly that run's exchanges. "once" could
    not refresh an existing cassette, and "new_episodes" would keep replaying stale responses and
    keep requests of an old prompt next to the new ones.

    Repeated playback stays off: a retried request is sent twice with the same body, and each
    recorded response (a 429, then the answer) must play once, in order.
    """
    config: dict[str, Any] = {
        "filter_headers": list(FILTERED_REQUEST_HEADERS),
        "filter_query_parameters": list(FILTERED_QUERY_PARAMETERS),
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "body"],
        "record_mode": "none",
    }
    if recording_enabled(record):
        config.update(record_mode="all", after_load_interaction=_forget)
    return config


def make_vcr(cassette_dir: Path | str, record: bool | None = None) -> vcr.VCR:
    """A `vcr.VCR` configured by `vcr_config(record)` that keeps cassettes under `cassette_dir`."""
    return vcr.VCR(cassette_library_dir=str(cassette_dir), **vcr_config(record))


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop cookies and volatile headers from a response before it is written to a cassette."""
    response["headers"] = {
        name: values
        for name, values in response["headers"].items()
        if name.lower() not in STRIPPED_RESPONSE_HEADERS
    }
    return response


def _forget(request: object, response: object) -> None:
    """Drops an interaction loaded from an existing cassette (vcrpy's after_load_interaction)."""
    return None


class ScriptedModel:
    """A :class:`~factcheck.model.StructuredModel` that answers from a script, for tests: each
    request is answered with ``reply(user_text)``, sent through JSON and the reply model as an
    endpoint's reply would be; an exception is raised as the model layer would raise it.

        model = ScriptedModel(lambda text: ClaimList(claims=[...]))
        report = check_document(record, document, Extractor(model))
    """

    name = "scripted"
    concurrency = 1

    def __init__(self, reply: Callable[[str], BaseModel | Exception]) -> None:
        self.reply = reply
        self.requests: list[str] = []
        self._usage = Usage()

    @property
    def usage(self) -> Usage:
        """Every request counts as one call."""
        return self._usage

    def parse(
        self,
        *,
        system: str,
        user: str,
        response_model: type[T],
        cache_key: str,
        validate: Callable[[T], R],
    ) -> R:
        """The scripted reply to ``user``, parsed into ``response_model`` and validated."""
        self.requests.append(user)
        self._usage = self._usage + Usage(calls=1)
        answer = self.reply(user)
        if isinstance(answer, Exception):
            raise answer
        return validate(response_model.model_validate_json(answer.model_dump_json()))
