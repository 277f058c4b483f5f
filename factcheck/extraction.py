"""Reading texts with a language model: claims from drafts, events from articles.

The model only reads language. It returns claims and events in a flat, strict JSON schema with
names, times and figures as the text words them; code then reads those words (times against the
text's date), grounds every quote in the text, and leaves every judgement to the checker.

Texts are split at paragraph boundaries into chunks extracted concurrently; each chunk's reply is
cached under (model, prompt hash, chunk, date, vocabulary hash), so re-reading an unchanged text
makes no call and editing one paragraph re-reads only its chunk.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib.resources import files
from string import Template
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from factcheck.claims import Claim, claim_adapter
from factcheck.documents import Document
from factcheck.errors import ExtractionError
from factcheck.grounding import Span, locate
from factcheck.llm import StructuredLLM
from factcheck.quantities import parse_quantity
from factcheck.record import Record
from factcheck.resolution import EntityType, role_mention
from factcheck.timespan import parse_time

CHUNK_CHARS = 4000
"""Paragraphs are grouped into chunks of about this many characters."""

VOCABULARY_LIMIT = 150
"""At most this many names of each entity type are shown to the model."""

T = TypeVar("T")
E = TypeVar("E")


# -- prompts ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    """A versioned prompt file; its hash is part of every cache key."""

    name: str
    template: str

    @property
    def sha(self) -> str:
        """Hash of the prompt file's text."""
        return hashlib.sha256(self.template.encode()).hexdigest()[:16]

    def render(self, *, published: date, vocabulary: str) -> str:
        """The instructions for one text: its date and the record's names filled in."""
        return Template(self.template).substitute(
            date=f"{published:%A} {published.day} {published:%B %Y} ({published.isoformat()})",
            vocabulary=vocabulary,
        )


@cache
def load_prompt(name: str) -> Prompt:
    """A prompt shipped in ``prompts/`` by name, e.g. ``extract_claims``."""
    text = files("factcheck.prompts").joinpath(f"{name}.md").read_text(encoding="utf-8")
    return Prompt(name=name, template=text)


_VOCABULARY_HEADINGS: dict[EntityType, str] = {
    "person": "people",
    "role": "posts",
    "organisation": "organisations",
    "service": "services",
    "metric": "measures",
}


def vocabulary(record: Record) -> str:
    """The record's names by type, one line each, as the prompts show them."""
    names: dict[EntityType, list[str]] = {kind: [] for kind in _VOCABULARY_HEADINGS}
    for entity in record.entities.values():
        names[entity.type].append(entity.name)
    lines = [
        f"- {_VOCABULARY_HEADINGS[kind]}: {'; '.join(found[:VOCABULARY_LIMIT])}"
        for kind, found in names.items()
        if found
    ]
    return "\n".join(lines) or "- (the record is empty so far)"


# -- what the model returns ----------------------------------------------------------------------

ClaimKind = Literal[
    "holder_ordinal", "holder_count", "tenure", "succession", "rating", "rating_count",
    "figure", "change", "duration", "attribute",
]  # fmt: skip


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExtractedClaim(_Strict):
    """One claim as the model reads it: names, times and figures in the text's words."""

    kind: ClaimKind
    quote: str = Field(description="The passage stating the claim, copied exactly.")
    person: str | None
    role: str | None
    organisation: str | None = Field(description="Whose post the role is.")
    ordinal: int | None
    count: int | None
    since: str | None
    until: str | None
    announced: bool | None
    start: str | None
    end: str | None
    interim: bool | None
    current: bool | None
    predecessor: str | None
    successor: str | None
    when: str | None
    subject: str | None
    judgement: str | None
    inspector: str | None
    qualifier: Literal["first", "latest", "only"] | None
    metric: str | None
    value: str | None
    from_value: str | None
    to_value: str | None
    direction: Literal["up", "down"] | None
    period: str | None
    attribute: str | None


class ClaimList(_Strict):
    """The model's reply when reading a draft."""

    claims: list[ExtractedClaim]


class ExtractedEvent(_Strict):
    """One reported fact as the model reads it: names, times and figures in the text's words."""

    kind: Literal["tenure", "rating", "figure", "attribute", "reported_count", "generic"]
    quote: str = Field(description="The passage stating the fact, copied exactly.")
    person: str | None
    role: str | None
    organisation: str | None = Field(description="Whose post the role is.")
    start: str | None
    end: str | None
    interim: bool | None
    predecessor: str | None
    inspector: str | None
    subject: str | None
    judgement: str | None
    when: str | None
    inspection: Literal["full", "monitoring"] | None
    metric: str | None
    value: str | None
    previous: str | None
    period: str | None
    attribute: str | None
    multiple: bool | None
    counted: Literal["holders", "ratings"] | None
    count: int | None
    since: str | None
    as_of: str | None
    event_type: str | None
    participants: list[str]
    summary: str | None


class EventList(_Strict):
    """The model's reply when reading an article."""

    events: list[ExtractedEvent]


def to_claim(extracted: ExtractedClaim, as_of: date) -> Claim:
    """Build a typed claim from the model's reading; raises ValueError if it does not fit."""
    data = extracted.model_dump(exclude={"organisation"}, exclude_none=True)
    if "role" in data:
        data["role"] = role_mention(extracted.role, extracted.organisation)
    allowed = _claim_fields(extracted.kind)
    data = {k: v for k, v in data.items() if k in allowed}
    data["as_of"] = as_of
    return claim_adapter.validate_python(data)


@cache
def _claim_fields(kind: str) -> frozenset[str]:
    from factcheck import claims as claim_models

    for cls in vars(claim_models).values():
        if (
            isinstance(cls, type)
            and issubclass(cls, claim_models.ClaimBase)
            and "kind" in cls.model_fields
            and cls.model_fields["kind"].default == kind
        ):
            return frozenset(cls.model_fields)
    raise ValueError(f"unknown claim kind {kind!r}")


def check_event_words(event: ExtractedEvent, published: date) -> None:
    """Read every time and figure an event gives; raises ValueError naming the one that fails."""
    for name in ("start", "end", "when", "period", "since", "as_of"):
        if (text := getattr(event, name)) is not None:
            parse_time(text, published)
    for name in ("value", "previous"):
        if (text := getattr(event, name)) is not None and event.kind == "figure":
            parse_quantity(text)


# -- chunks and results --------------------------------------------------------------------------


@dataclass(frozen=True)
class Chunk:
    """A run of whole paragraphs and where it starts in its text."""

    start: int
    text: str


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def split_chunks(text: str, max_chars: int = CHUNK_CHARS) -> list[Chunk]:
    """Whole paragraphs grouped into chunks of at most about ``max_chars`` characters."""
    paragraphs: list[Chunk] = []
    position = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        if text[position:end].strip():
            paragraphs.append(Chunk(position, text[position:end]))
        position = brk.end() if brk else end
    chunks: list[Chunk] = []
    for paragraph in paragraphs:
        last = chunks[-1] if chunks else None
        end = paragraph.start + len(paragraph.text)
        if last and end - last.start <= max_chars:
            chunks[-1] = Chunk(last.start, text[last.start : end])
        else:
            chunks.append(paragraph)
    return chunks


@dataclass(frozen=True)
class ChunkFailure:
    """A chunk the model could not read, and why."""

    start: int
    end: int
    error: str


@dataclass
class Extraction(Generic[T]):
    """What the model read in one text: grounded items, and what was dropped or failed."""

    items: list[tuple[T, Span]] = field(default_factory=list)
    ungrounded: list[T] = field(default_factory=list)
    failures: list[ChunkFailure] = field(default_factory=list)


# -- the extractor -------------------------------------------------------------------------------


class Extractor:
    """Reads drafts into claims and articles into events with a language model."""

    def __init__(self, llm: StructuredLLM, *, chunk_chars: int = CHUNK_CHARS) -> None:
        self.llm = llm
        self.chunk_chars = chunk_chars

    def claims(
        self,
        document: Document,
        record: Record,
        *,
        on_chunk: Callable[[], None] | None = None,
    ) -> Extraction[Claim]:
        """The checkable claims a draft makes, each grounded in its text."""
        prompt = load_prompt("extract_claims")

        def read(reply: ClaimList) -> list[Claim]:
            return _build_all(
                reply.claims, lambda item: to_claim(item, document.published), "claim"
            )

        found = self._extract(document, record, prompt, ClaimList, read, on_chunk)
        grounded: Extraction[Claim] = Extraction(failures=found.failures)
        for claim, span in found.items:
            grounded.items.append((claim.model_copy(update={"span": span}), span))
        grounded.ungrounded = found.ungrounded
        return grounded

    def events(
        self,
        document: Document,
        record: Record,
        *,
        on_chunk: Callable[[], None] | None = None,
    ) -> Extraction[ExtractedEvent]:
        """The facts an article reports, each grounded in its text."""
        prompt = load_prompt("extract_events")

        def read(reply: EventList) -> list[ExtractedEvent]:
            def checked(item: ExtractedEvent) -> ExtractedEvent:
                check_event_words(item, document.published)
                return item

            return _build_all(reply.events, checked, "event")

        return self._extract(document, record, prompt, EventList, read, on_chunk)

    def _extract(
        self,
        document: Document,
        record: Record,
        prompt: Prompt,
        reply_model: type[ClaimList] | type[EventList],
        read: Callable[..., list[T]],
        on_chunk: Callable[[], None] | None,
    ) -> Extraction[T]:
        names = vocabulary(record)
        system = prompt.render(published=document.published, vocabulary=names)
        chunks = split_chunks(document.text, self.chunk_chars)
        if not chunks:
            raise ExtractionError(f"{document.source} has no text to read")

        def run(chunk: Chunk) -> list[T]:
            key = _cache_key(self.llm.settings.model, prompt, chunk.text, document, names)
            try:
                return self.llm.parse(
                    system=system,
                    user=chunk.text,
                    response_model=reply_model,
                    cache_key=key,
                    validate=read,
                )
            finally:
                if on_chunk is not None:
                    on_chunk()

        result: Extraction[T] = Extraction()
        errors: list[ExtractionError] = []
        with ThreadPoolExecutor(max_workers=self.llm.settings.concurrency) as pool:
            futures = [(chunk, pool.submit(run, chunk)) for chunk in chunks]
            for chunk, future in futures:
                try:
                    items = future.result()
                except ExtractionError as error:
                    errors.append(error)
                    end = chunk.start + len(chunk.text)
                    result.failures.append(ChunkFailure(chunk.start, end, str(error)))
                    continue
                for item in items:
                    span = locate(item.quote, chunk.text)  # type: ignore[attr-defined]
                    if span is None:
                        result.ungrounded.append(item)
                    else:
                        moved = span.model_copy(
                            update={
                                "start": span.start + chunk.start,
                                "end": span.end + chunk.start,
                            }
                        )
                        result.items.append((item, moved))
        if errors and len(errors) == len(chunks):
            raise errors[0]
        result.items = _deduplicate(result.items)
        return result


def _cache_key(model: str, prompt: Prompt, chunk: str, document: Document, names: str) -> str:
    vocabulary_sha = hashlib.sha256(names.encode()).hexdigest()[:16]
    parts = [model, prompt.name, prompt.sha, chunk, document.published.isoformat(), vocabulary_sha]
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()


def _build_all(items: list[E], build: Callable[[E], T], what: str) -> list[T]:
    """Every item built, or one ValueError listing each that failed (sent back to the model)."""
    built: list[T] = []
    problems: list[str] = []
    for index, item in enumerate(items):
        try:
            built.append(build(item))
        except ValidationError as error:
            problems.extend(f"{what} {index + 1}: {_plain(detail)}" for detail in error.errors())
        except ValueError as error:
            problems.append(f"{what} {index + 1}: {error}")
    if problems:
        raise ValueError("; ".join(problems))
    return built


def _plain(detail: ErrorDetails) -> str:
    """One validation problem in words a model can act on: "person: Field required"."""
    where = ".".join(str(part) for part in detail["loc"][1:])  # the first part is the kind
    message = detail["msg"].removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _deduplicate(items: list[tuple[T, Span]]) -> list[tuple[T, Span]]:
    """Drop an item the model gave twice (same passage, same content)."""
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for item, span in items:
        content = item.model_dump_json() if isinstance(item, BaseModel) else repr(item)
        key = (span.start, span.end, content)
        if key not in seen:
            seen.add(key)
            unique.append((item, span))
    return unique
