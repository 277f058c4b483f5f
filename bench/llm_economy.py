"""What checking a draft costs in model calls and tokens, and what it costs locally.

From the replayed cassettes of the example draft (``cassettes/pipeline/check_draft.yaml`` at the
default chunk size, ``cassettes/pipeline/draft_cache.yaml`` at 300 characters, as
``tests/test_pipeline.py`` replays them):

- calls and tokens per 1,000 words of draft;
- calls made by verification itself, counted by wrapping the model layer and by the cassette's
  replayed responses (the checker never calls the model: 0);
- calls on an unchanged re-check (0) and after a one-paragraph edit (1), with the response cache.

Then, with a model endpoint that answers at once (an in-process HTTP transport under the real
OpenAI client, so everything but the network is timed), the local time of checking a draft of
about 1,000 words against the Norfolk record, split into reading (extraction) and verification.

    python bench/llm_economy.py [--repeats 20]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import httpx2
import openai
import yaml  # type: ignore[import-untyped]

from factcheck import Checker, Claim, Record, read_document
from factcheck.cache import ResponseCache
from factcheck.documents import Document, parse_document
from factcheck.errors import NoRecordingError
from factcheck.extraction import Extractor, extracted_claim, split_chunks
from factcheck.ingest import check_document
from factcheck.llm import PLACEHOLDER_API_KEY, REASK_OPENING, LLMSettings, StructuredLLM
from factcheck.testing import make_vcr

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "cassettes"
EXAMPLE = ROOT / "examples" / "norfolk"
DRAFT = EXAMPLE / "drafts" / "2017-11-20-tough-priorities.md"
RECORD = EXAMPLE / "record.json"
CHECK_DRAFT = "pipeline/check_draft.yaml"
DRAFT_CACHE = "pipeline/draft_cache.yaml"
# The stand-in endpoint the pipeline cassettes were recorded from (see tests/test_pipeline.py).
REPLAY = LLMSettings(
    model="fixture-llm", base_url="http://127.0.0.1:8765/v1", api_key=PLACEHOLDER_API_KEY
)


def report(name: str, value: float, unit: str, digits: int = 0) -> None:
    print(f"{name}: {value:.{digits}f} {unit}", flush=True)


def words(document: Document) -> int:
    return len(document.text.split())


# -- replayed cassettes ---------------------------------------------------------------------------


def require_cassettes(*names: str) -> None:
    """Stop with a message naming every cassette that is not there."""
    missing = [name for name in names if not (CASSETTES / name).is_file()]
    if missing:
        raise SystemExit(
            f"missing cassette(s): {', '.join(str(CASSETTES / m) for m in missing)}. "
            "They are recorded by tests/test_pipeline.py with FACTCHECK_RECORD=1 against the "
            "fixture-llm endpoint; record them, then run this script again."
        )


@contextmanager
def replaying(name: str) -> Iterator[Any]:
    """Replay one cassette; a request it does not hold stops the script with the cassette's name."""
    try:
        with make_vcr(CASSETTES, record=False).use_cassette(name) as cassette:
            yield cassette
    except NoRecordingError as error:
        raise SystemExit(
            f"cassette {CASSETTES / name} has no recording of a request this script sent: it is "
            f"stale (the prompt, schema, record or draft changed since it was recorded). Record "
            f"it again with tests/test_pipeline.py and FACTCHECK_RECORD=1. ({error})"
        ) from None


def require_all_read(name: str, failures: Sequence[str]) -> None:
    """Stop if the model layer failed on some chunk: the counts would not be the draft's."""
    if failures:
        raise SystemExit(
            f"replaying {CASSETTES / name}, {len(failures)} chunk(s) could not be read: "
            f"{failures[0]}. Record the cassette again with tests/test_pipeline.py and "
            "FACTCHECK_RECORD=1."
        )


def per_thousand_words(label: str, llm: StructuredLLM, draft_words: int) -> None:
    usage = llm.usage
    scale = 1000 / draft_words
    report(f"calls_{label}", usage.calls, "calls")
    report(f"calls_per_1000_words_{label}", usage.calls * scale, "calls", 1)
    report(f"prompt_tokens_per_1000_words_{label}", usage.prompt_tokens * scale, "tokens")
    report(f"completion_tokens_per_1000_words_{label}", usage.completion_tokens * scale, "tokens")


def replayed_economy() -> None:
    """Calls and tokens of the example draft, and what verification and the cache add."""
    require_cassettes(CHECK_DRAFT, DRAFT_CACHE)
    record = Record.load(RECORD)
    draft = read_document(DRAFT)
    report("example_draft_words", words(draft), "words")

    llm = StructuredLLM(REPLAY)
    with replaying(CHECK_DRAFT) as cassette:
        extraction = Extractor(llm).claims(draft, record)
        require_all_read(CHECK_DRAFT, [failure.error for failure in extraction.failures])
        claims = [claim for claim, _ in extraction.items]
        per_thousand_words("default_chunks", llm, words(draft))
        report("claims_default_chunks", len(claims), "claims")
        report(
            "completion_tokens_per_claim_default_chunks",
            llm.usage.completion_tokens / max(len(claims), 1),
            "tokens",
        )
        played = cassette.play_count
        wrapped = mock.patch.object(
            StructuredLLM, "parse", autospec=True, side_effect=StructuredLLM.parse
        )
        with wrapped as parse:
            Checker(record).check_all(claims)
        report("verification_model_calls", parse.call_count, "calls")
        report("verification_http_requests", cassette.play_count - played, "requests")

    text = DRAFT.read_text(encoding="utf-8")
    if "£9.5m" not in text:
        raise SystemExit(f"{DRAFT} no longer says '£9.5m'; change the edit this script makes")
    edited = parse_document(text.replace("£9.5m", "£8.5m"), source=DRAFT.name)
    with tempfile.TemporaryDirectory() as scratch, replaying(DRAFT_CACHE):
        cache = ResponseCache(Path(scratch) / "cache.sqlite3")
        llm = StructuredLLM(REPLAY, cache=cache)
        extractor = Extractor(llm, chunk_chars=300)
        report("chunks_300", len(split_chunks(draft.text, 300)), "chunks")
        require_all_read(DRAFT_CACHE, check_document(record, draft, extractor).failed_chunks)
        per_thousand_words("chunks_300", llm, words(draft))
        first = llm.usage.calls
        check_document(record, draft, extractor)
        report("calls_unchanged_recheck", llm.usage.calls - first, "calls")
        require_all_read(DRAFT_CACHE, check_document(record, edited, extractor).failed_chunks)
        report("calls_after_one_paragraph_edit", llm.usage.calls - first, "calls")
        cache.close()


# -- a draft of about 1,000 words, read by an endpoint that answers at once -----------------------

_ROLE = "director of children's services"


def _claim(kind: str, quote: str, **fields: object) -> dict[str, object]:
    """An extracted claim as the model returns it: every field present, unused ones null."""
    return extracted_claim(kind=kind, quote=quote, **fields).model_dump()


@dataclass(frozen=True)
class Paragraph:
    text: str
    claims: tuple[dict[str, object], ...]


def _appointment(person: str, start: str) -> Paragraph:
    said = f"{person} took the job of {_ROLE} in {start}"
    return Paragraph(
        f"{said}, at a time when the department was still struggling to recruit experienced "
        "social workers.",
        (_claim("tenure", said, person=person, role=_ROLE, start=start),),
    )


def _handover(successor: str, predecessor: str, when: str) -> Paragraph:
    said = f"{successor} followed {predecessor} into the post in {when}"
    return Paragraph(
        f"{said}. Staff told a scrutiny panel that every change of leader had slowed the "
        "improvement plan.",
        (
            _claim(
                "succession",
                said,
                role=_ROLE,
                predecessor=predecessor,
                successor=successor,
                when=when,
            ),
        ),
    )


def _turnover(count: int, since: str) -> Paragraph:
    said = f"The department has had {count} permanent and interim directors since {since}"
    return Paragraph(
        f"{said}, a turnover that union representatives called unsettling for frontline teams.",
        (_claim("holder_count", said, role=_ROLE, count=count, since=since),),
    )


def _position(person: str, ordinal: int, since: str) -> Paragraph:
    said = f"{person} is number {ordinal} to lead the department since {since}"
    return Paragraph(
        f"{said}, and a new plan for the service is promised within weeks.",
        (_claim("holder_ordinal", said, person=person, role=_ROLE, ordinal=ordinal, since=since),),
    )


def _inspections(judgement: str, when: str, times: int) -> Paragraph:
    rated = f"Inspectors rated the department {judgement} in {when}"
    counted = f"Ofsted has judged services for vulnerable children inadequate {times} times"
    return Paragraph(
        f"{rated}. {counted} in recent years, according to council papers.",
        (
            _claim("rating", rated, subject="the department", judgement=judgement, when=when),
            _claim(
                "rating_count",
                counted,
                subject="services for vulnerable children",
                judgement="inadequate",
                count=times,
            ),
        ),
    )


def _overspend(value: str, period: str) -> Paragraph:
    said = f"The department overspent by {value} in {period}"
    return Paragraph(
        f"{said}, and finance officers warned the gap would widen without new money.",
        (
            _claim(
                "figure",
                said,
                metric="overspend",
                subject="the department",
                value=value,
                period=period,
            ),
        ),
    )


def _plans(before: str, after: str, direction: str) -> Paragraph:
    verb = "rose" if direction == "up" else "fell"
    said = f"The share of children in need with an up-to-date plan {verb} from {before} to {after}"
    return Paragraph(
        f"{said}, figures presented to councillors show.",
        (
            _claim(
                "change",
                said,
                metric="share of children in need with an up-to-date plan",
                subject="the department",
                from_value=before,
                to_value=after,
                direction=direction,
            ),
        ),
    )


def _background(person: str, profession: str, years: int) -> Paragraph:
    trained = f"{person}, a {profession} by training"
    experience = f"{trained}, has {years} years of experience"
    return Paragraph(
        f"{experience} in children's social care. Colleagues describe a manager who would rather "
        "visit teams than sit in meetings.",
        (
            _claim("attribute", trained, subject=person, attribute="profession", value=profession),
            _claim(
                "duration",
                experience,
                person=person,
                attribute="years of experience",
                value=f"{years} years",
            ),
        ),
    )


def _interim_spell(person: str, spell: str) -> Paragraph:
    said = f"{person} spent {spell} as interim director"
    return Paragraph(
        f"{said} before the council confirmed a permanent appointment.",
        (_claim("duration", said, person=person, role="interim director", value=spell),),
    )


_CONTEXT = Paragraph(
    "Councillors on the children's services committee will discuss the plan next month. A "
    "council spokesman said it would not comment on individual staffing decisions.",
    (),
)

_VARIANTS: tuple[tuple[Callable[..., Paragraph], tuple[tuple[object, ...], ...]], ...] = (
    (
        _appointment,
        (
            ("Michael Rosen", "September 2015"),
            ("Sara Tough", "October 2017"),
            ("Sheila Lock", "August 2013"),
            ("Matt Dunkley", "February 2017"),
        ),
    ),
    (
        _handover,
        (
            ("Sara Tough", "Matt Dunkley", "October 2017"),
            ("Matt Dunkley", "Andrew Bunyan", "February 2017"),
            ("Michael Rosen", "Sheila Lock", "September 2015"),
            ("Andrew Bunyan", "Michael Rosen", "November 2016"),
        ),
    ),
    (_turnover, ((6, "2013"), (5, "2013"), (4, "2014"), (3, "2016"))),
    (
        _position,
        (("Sara Tough", 6, "2013"), ("Matt Dunkley", 5, "2013"), ("Michael Rosen", 3, "2013")),
    ),
    (
        _inspections,
        (
            ("inadequate", "February 2013", 2),
            ("inadequate", "September 2015", 2),
            ("good", "2015", 3),
        ),
    ),
    (_overspend, (("£8.5m", "2016/17"), ("£9.5m", "2016/17"), ("£7m", "2015/16"))),
    (
        _plans,
        (("87.7pc", "81.9pc", "down"), ("87.7pc", "81.9pc", "up"), ("88.7pc", "81.9pc", "down")),
    ),
    (
        _background,
        (
            ("Sara Tough", "social worker", 32),
            ("Ms Tough", "teacher", 30),
            ("Sara Tough", "social worker", 20),
        ),
    ),
    (_interim_spell, (("Matt Dunkley", "eight months"), ("Sheila Lock", "two years"))),
)


def long_draft(target_words: int = 1000) -> tuple[Document, dict[str, dict[str, object]]]:
    """A draft of at least ``target_words`` words dated 20 November 2017, and its claims by quote.

    It cycles through paragraphs on the Norfolk story, some right and some wrong, each round with
    other names, dates and figures, with a paragraph of context after each round.
    """
    paragraphs: list[Paragraph] = []
    round_number = 0
    while sum(len(p.text.split()) for p in paragraphs) < target_words:
        for make, variants in _VARIANTS:
            paragraphs.append(make(*variants[round_number % len(variants)]))
        paragraphs.append(_CONTEXT)
        round_number += 1
    text = "\n\n".join(p.text for p in paragraphs) + "\n"
    claims = {str(claim["quote"]): claim for p in paragraphs for claim in p.claims}
    return Document(source="long-draft.md", text=text, published=date(2017, 11, 20)), claims


def instant_client(claims_by_quote: dict[str, dict[str, object]]) -> openai.OpenAI:
    """The real OpenAI client over an in-process transport that answers every request at once.

    The answer to a chunk lists the claims whose quotes the chunk contains, as a model would.
    """

    def answer(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        chunk = body["messages"][-1]["content"]
        found = [claim for quote, claim in claims_by_quote.items() if quote in chunk]
        content = json.dumps({"claims": found})
        return httpx2.Response(
            200,
            json={
                "id": "instant",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": "stop",
                        "message": {"role": "assistant", "content": content},
                    }
                ],
            },
        )

    return openai.OpenAI(
        api_key=PLACEHOLDER_API_KEY,
        base_url="http://instant.invalid/v1",
        http_client=httpx2.Client(transport=httpx2.MockTransport(answer)),
    )


def _median_ms(task: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        task()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e3


def local_overhead(repeats: int) -> None:
    """Median local time of checking a ~1,000-word draft when the model answers at once."""
    record = Record.load(RECORD)
    draft, claims_by_quote = long_draft()
    settings = REPLAY.model_copy(update={"base_url": "http://instant.invalid/v1"})
    llm = StructuredLLM(settings, client=instant_client(claims_by_quote))
    extractor = Extractor(llm)

    def extract() -> list[Claim]:
        return [claim for claim, _ in extractor.claims(draft, record).items]

    claims = extract()  # also loads the prompt and warms the caches of the libraries
    first = check_document(record, draft, extractor)
    report("long_draft_words", words(draft), "words")
    report("long_draft_chunks", len(split_chunks(draft.text)), "chunks")
    report("long_draft_claims", len(first.verdicts), "claims")
    report(
        "local_check_ms",
        _median_ms(lambda: check_document(record, draft, extractor), repeats),
        "ms",
        1,
    )
    report("local_extraction_ms", _median_ms(extract, repeats), "ms", 1)
    report(
        "local_verification_ms",
        _median_ms(lambda: Checker(record).check_all(claims), repeats),
        "ms",
        1,
    )
    with tempfile.TemporaryDirectory() as scratch:
        cache = ResponseCache(Path(scratch) / "cache.sqlite3")
        cached = Extractor(
            StructuredLLM(settings, client=instant_client(claims_by_quote), cache=cache)
        )
        check_document(record, draft, cached)
        report(
            "local_cached_recheck_ms",
            _median_ms(lambda: check_document(record, draft, cached), repeats),
            "ms",
            1,
        )
        cache.close()


def recorded_reasks() -> None:
    """Re-asks among every request the pipeline and story cassettes recorded: a request that
    sends a reply back with its validation error."""
    requests = reasks = 0
    for cassette in sorted([*CASSETTES.glob("pipeline/*.yaml"), *CASSETTES.glob("stories/*.yaml")]):
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            body = json.loads(interaction["request"]["body"])
            requests += 1
            reasks += any(
                REASK_OPENING in str(message.get("content", "")) for message in body["messages"]
            )
    report("recorded_requests", requests, "requests")
    report("reasks_per_100_requests", 100 * reasks / requests, "re-asks", 1)


def expressions_read() -> None:
    """How much of the corpus of news time, figure and duration expressions is read as
    expected (``tests/data/expressions/``; see ``tests/expressions.py``)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from expressions import load_corpus, read

    corpus = load_corpus()
    results = [read(expression).result for expression in corpus]
    report("expressions", len(corpus), "expressions")
    report("expressions_read_pct", 100 * results.count("read") / len(corpus), "%", 1)
    report("expressions_misread", results.count("misread"), "expressions")
    report("expressions_refused", results.count("refused"), "expressions")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeats", type=int, default=20, help="timed runs of each local step")
    args = parser.parse_args(argv)
    replayed_economy()
    recorded_reasks()
    expressions_read()
    local_overhead(args.repeats)


if __name__ == "__main__":
    main()
