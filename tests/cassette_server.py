"""A scripted stand-in for an OpenAI-compatible chat endpoint, used only to record cassettes.

It answers POST /v1/chat/completions on 127.0.0.1 with a fixed sequence of hand-written replies
(a 429 with Retry-After, 5xx errors, malformed JSON, a truncated reply, a refusal, a valid
answer...), one per request, and answers HTTP 400 once the sequence is used up. The replies are
fixtures for failure paths, not the output of any model.

    python tests/cassette_server.py serve rate_limit ok     # serve one sequence on port 8765
    python tests/cassette_server.py record                   # re-record every cassette below
    python tests/cassette_server.py record llm/refusal.yaml  # or some of them

`record` serves each cassette's sequence and runs the test that uses it with FACTCHECK_RECORD=1,
OPENAI_BASE_URL pointing here and no API key, so the cassette is written by the same code path
that replays it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
PORT = 8765
MODEL = "stand-in"
REPO = Path(__file__).resolve().parent.parent

VALID_CONTENT = '{"items": ["alpha", "beta"]}'
MALFORMED_CONTENT = '{"items": ["alpha", "beta"'
TRUNCATED_CONTENT = '{"items": ["alpha", "be'
REFUSAL = "I can't help with that request."

Reply = tuple[int, dict[str, str], dict[str, Any]]


def _completion(
    request: dict[str, Any], *, content: str | None, finish_reason: str, refusal: str | None = None
) -> dict[str, Any]:
    # Token counts are word counts: rough, but stable from one recording to the next.
    prompt_words = sum(
        len(str(message.get("content", "")).split()) for message in request["messages"]
    )
    reply_words = len((content or refusal or "").split())
    return {
        "id": "chatcmpl-stand-in",
        "object": "chat.completion",
        "created": 1767225600,
        "model": request.get("model", MODEL),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": refusal},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_words,
            "completion_tokens": reply_words,
            "total_tokens": prompt_words + reply_words,
        },
    }


def _error(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


STEPS: dict[str, Callable[[dict[str, Any]], Reply]] = {
    "ok": lambda request: (
        200,
        {},
        _completion(request, content=VALID_CONTENT, finish_reason="stop"),
    ),
    "malformed": lambda request: (
        200,
        {},
        _completion(request, content=MALFORMED_CONTENT, finish_reason="stop"),
    ),
    "length": lambda request: (
        200,
        {},
        _completion(request, content=TRUNCATED_CONTENT, finish_reason="length"),
    ),
    "refusal": lambda request: (
        200,
        {},
        _completion(request, content=None, finish_reason="stop", refusal=REFUSAL),
    ),
    "rate_limit": lambda request: (
        429,
        {"retry-after": "2"},
        _error("Rate limit reached (scripted).", "requests", "rate_limit_exceeded"),
    ),
    "server_error": lambda request: (
        500,
        {},
        _error("The server had an error (scripted).", "server_error"),
    ),
    "unavailable": lambda request: (
        503,
        {},
        _error("The server is overloaded (scripted).", "server_error"),
    ),
    "fenced": lambda request: (
        200,
        {},
        _completion(request, content=f"```json\n{VALID_CONTENT}\n```", finish_reason="stop"),
    ),
    "no_json_schema": lambda request: (
        400,
        {},
        _error(
            "response_format of type json_schema is not supported by this server (scripted).",
            "invalid_request_error",
        ),
    ),
    "unauthorized": lambda request: (
        401,
        {},
        _error(
            "Incorrect API key provided (scripted).", "invalid_request_error", "invalid_api_key"
        ),
    ),
}

# cassette -> (replies in order, the test that records and replays it)
RECORDINGS: dict[str, tuple[list[str], str]] = {
    "llm/valid.yaml": (["ok"], "tests/test_llm.py::test_a_valid_reply_is_parsed_and_counted"),
    "llm/rate_limit_then_valid.yaml": (
        ["rate_limit", "ok"],
        "tests/test_llm.py::test_a_rate_limit_is_retried_after_the_delay_the_server_asks",
    ),
    "llm/server_errors.yaml": (
        ["server_error", "unavailable", "server_error"],
        "tests/test_llm.py::test_server_errors_until_attempts_run_out_list_every_attempt",
    ),
    "llm/malformed_then_valid.yaml": (
        ["malformed", "ok"],
        "tests/test_llm.py::test_a_malformed_reply_is_sent_back_with_the_validation_error",
    ),
    "llm/rejected_by_validator.yaml": (
        ["ok", "ok"],
        "tests/test_llm.py::test_replies_the_validator_keeps_rejecting_end_in_invalid_response",
    ),
    "llm/truncated.yaml": (
        ["length"],
        "tests/test_llm.py::test_a_truncated_reply_is_an_error_naming_the_tokens_used",
    ),
    "llm/refusal.yaml": (
        ["refusal"],
        "tests/test_llm.py::test_a_refusal_is_an_error_not_an_empty_result",
    ),
    "llm/json_object_mode.yaml": (
        ["ok"],
        "tests/test_llm.py::test_a_server_asked_for_json_objects_gets_the_schema_in_the_prompt",
    ),
    "llm/text_mode.yaml": (
        ["fenced"],
        "tests/test_llm.py::test_a_plain_text_reply_in_a_code_fence_is_read",
    ),
    "llm/falls_back_to_json_object.yaml": (
        ["no_json_schema", "ok", "ok"],
        "tests/test_llm.py::test_a_server_rejecting_json_schema_is_asked_for_json_objects_from_then_on",
    ),
    "llm/unauthorized.yaml": (
        ["unauthorized"],
        "tests/test_llm.py::test_a_rejected_key_is_not_retried_and_says_what_to_set",
    ),
}


class _Script:
    def __init__(self, steps: list[str]) -> None:
        self.pending = list(steps)
        self.lock = threading.Lock()

    def next_reply(self, request: dict[str, Any]) -> Reply:
        with self.lock:
            if not self.pending:
                return 400, {}, _error("The scripted replies are used up.", "invalid_request_error")
            return STEPS[self.pending.pop(0)](request)


def _handler(script: _Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            if self.path != "/v1/chat/completions":
                self._send(404, {}, _error(f"No route {self.path}.", "invalid_request_error"))
                return
            self._send(*script.next_reply(json.loads(body)))

        def _send(self, status: int, headers: dict[str, str], payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(data)))
            # Sent on purpose: the cassette configuration must strip both.
            self.send_header("x-request-id", "req_stand_in")
            self.send_header("set-cookie", "session=stand-in; Path=/")
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def serving(steps: list[str], port: int = PORT) -> Iterator[_Script]:
    """Serve `steps` in a background thread for the duration of the block."""
    script = _Script(steps)
    server = ThreadingHTTPServer((HOST, port), _handler(script))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield script
    finally:
        server.shutdown()
        server.server_close()


def record(cassettes: list[str]) -> int:
    """Re-record `cassettes` (all of RECORDINGS when empty); the number that failed."""
    env = {
        **os.environ,
        "FACTCHECK_RECORD": "1",
        "OPENAI_BASE_URL": f"http://{HOST}:{PORT}/v1",
        "FACTCHECK_MODEL": MODEL,
    }
    env.pop("OPENAI_API_KEY", None)  # the stand-in needs none; a real key must not be sent to it
    failed = 0
    for cassette in cassettes or list(RECORDINGS):
        steps, test = RECORDINGS[cassette]
        with serving(steps) as script:
            run = subprocess.run([sys.executable, "-m", "pytest", "-q", test], cwd=REPO, env=env)
        if run.returncode != 0 or script.pending:
            print(f"FAILED {cassette}: unused replies {script.pending}", file=sys.stderr)
            failed += 1
        else:
            print(f"recorded {cassette} from {steps}")
    return failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve a sequence of replies until interrupted")
    serve.add_argument("--port", type=int, default=PORT)
    serve.add_argument("steps", nargs="+", choices=sorted(STEPS))
    rerecord = commands.add_parser("record", help="re-record cassettes through their tests")
    rerecord.add_argument("cassettes", nargs="*", help=f"any of {', '.join(RECORDINGS)}")
    arguments = parser.parse_args()
    if arguments.command == "record":
        unknown = set(arguments.cassettes) - set(RECORDINGS)
        if unknown:
            parser.error(f"no recording recipe for {sorted(unknown)}")
        sys.exit(record(arguments.cassettes))
    with serving(arguments.steps, arguments.port):
        print(f"serving {arguments.steps} on http://{HOST}:{arguments.port}/v1", flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
