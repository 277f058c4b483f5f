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
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from importlib.resources import files
from string import Template
from typing import Any, Generic, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model
from pydantic_core import ErrorDetails

from factcheck.claims import (
    CLAIM_TYPES,
    TIME_FORMS,
    Claim,
    ClaimBase,
    absent_from,
    claim_adapter,
    unwritten_values,
)
from factcheck.documents import Document
from factcheck.errors import ExtractionError
from factcheck.grounding import Span, locate, sentence_of
from factcheck.model import StructuredModel
from factcheck.quantities import parse_quantity
from factcheck.record import Record
from factcheck.resolution import EntityType, clean_name, role_mention
from factcheck.timespan import parse_anchored, parse_time, parse_window_start

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
    lines = []
    for kind, heading in _VOCABULARY_HEADINGS.items():
        if found := record.entities_of_type(kind, VOCABULARY_LIMIT):
            lines.append(f"- {heading}: {'; '.join(clean_name(entity.name) for entity in found)}")
    return "\n".join(lines) or "- (the record is empty so far)"


# -- what the model returns ----------------------------------------------------------------------


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# Fields the code fills in, never the model.
_NOT_FROM_THE_MODEL = frozenset({"kind", "quote", "as_of", "span", "sentence", "anchored"})


def _flat_type(annotation: Any) -> Any:
    """The JSON type the model fills a claim field with: names, times and figures as words."""
    args = set(get_args(annotation)) | {annotation}
    literal = next((a for a in args if get_origin(a) is Literal), None)
    if literal is not None:
        return literal | None
    if any(get_origin(a) is list for a in args):
        return list[str]
    if bool in args:
        return bool | None
    if int in args:
        return int | None
    return str | None


def _flat_claim_model() -> type[BaseModel]:
    """One flat, strict model covering every claim kind (strict JSON schemas have no unions):
    each kind's fields, nullable, with the descriptions the claim models give them."""
    kinds = tuple(cls.model_fields["kind"].default for cls in CLAIM_TYPES)
    fields: dict[str, Any] = {
        "kind": (Literal[kinds], Field(description="Which kind of claim this is.")),
        "quote": (str, Field(description="The passage stating the claim, copied exactly.")),
    }
    types: dict[str, Any] = {}
    described: dict[str, dict[str, list[str]]] = {}
    for cls in CLAIM_TYPES:
        for name, info in cls.model_fields.items():
            if name in _NOT_FROM_THE_MODEL:
                continue
            types.setdefault(name, _flat_type(info.annotation))
            uses = described.setdefault(name, {})
            if info.description:
                uses.setdefault(info.description, []).append(cls.model_fields["kind"].default)
    for name, annotation in types.items():
        fields[name] = (annotation, Field(description=_description(described[name])))
    model: type[BaseModel] = create_model(
        "ExtractedClaim",
        __config__=ConfigDict(extra="forbid"),
        __doc__="One claim as the model reads it: names, times and figures in the text's words.",
        **fields,
    )
    return model


def _description(uses: dict[str, list[str]]) -> str | None:
    """One field's description; a field several kinds describe differently says which is which."""
    if len(uses) <= 1:
        return next(iter(uses), None)
    return " ".join(f"In {' and '.join(kinds)} claims: {text}" for text, kinds in uses.items())


ExtractedClaim = _flat_claim_model()
"""One claim as the model reads it; derived from the claim kinds of :mod:`factcheck.claims`."""


def extracted_claim(**fields: Any) -> BaseModel:
    """A model reading of one claim: the fields given, every other field empty (null, or an
    empty list), as a reply that follows the prompt leaves them."""
    empty: dict[str, list[str] | None] = {
        name: [] if get_origin(info.annotation) is list else None
        for name, info in ExtractedClaim.model_fields.items()
    }
    return ExtractedClaim(**{**empty, **fields})


def _claim_list_model() -> type[BaseModel]:
    claims: Any = list.__class_getitem__(ExtractedClaim)  # a type built at run time
    model: type[BaseModel] = create_model(
        "ClaimList",
        __config__=ConfigDict(extra="forbid"),
        __doc__="The model's reply when reading a draft.",
        claims=(claims, ...),
    )
    return model


ClaimList = _claim_list_model()


class ExtractedEvent(_Strict):
    """One reported fact as the model reads it: names, times and figures in the text's words."""

    kind: Literal[
        "tenure", "rating", "figure", "attribute", "reported_count", "generic", "quotation"
    ] = Field(description="Which kind of fact this is.")
    quote: str = Field(description="The passage stating the fact, copied exactly.")
    person: str | None = Field(description="A person's full name.")
    role: str | None = Field(description="A post, named plainly: 'chief executive'.")
    organisation: str | None = Field(description="Whose post the role is.")
    start: str | None = Field(description="When the tenure began. " + TIME_FORMS)
    end: str | None = Field(description="When it ended or ends. " + TIME_FORMS)
    interim: bool | None = Field(description="True for interim, acting or temporary.")
    predecessor: str | None = Field(description="Whom the person replaced.")
    inspector: str | None = Field(description="Who gave the grade.")
    subject: str | None = Field(description="Who or what a grade, figure or attribute is about.")
    subject_type: Literal["person", "organisation", "service"] | None = Field(
        description="What the subject (or a quotation's speaker) is: a person, an organisation"
        " (a body, company, club, force, school, report...), or a service or part of one."
    )
    judgement: str | None = Field(description="The grade's words: 'inadequate', 'good'.")
    when: str | None = Field(
        description="When it happened (a grade: when it was given; a tenure: a time the person"
        " held the post; words: when they were said). " + TIME_FORMS
    )
    inspection: Literal["full", "monitoring"] | None = Field(
        description="'full' for an inspection that grades, 'monitoring' for a monitoring visit."
    )
    metric: str | None = Field(
        description="What a figure measures: 'overspend', 'league position'."
    )
    value: str | None = Field(
        description="A figure as written, with its unit: '£8.5m', '87.7pc', '1,089', 'one in"
        " five', 'about a third', 'ninth'; or an attribute's value as written."
    )
    previous: str | None = Field(description="The earlier value or grade, as written.")
    period: str | None = Field(
        description="The period or time a figure is for; for a figure of one occasion (a"
        " survey, a vote, a forecast) the occasion's time. " + TIME_FORMS
    )
    attribute: str | None = Field(description="What an attribute is: 'profession', 'age'.")
    multiple: bool | None = Field(
        description="True when the subject can have several such values at once."
    )
    counted: Literal["holders", "ratings"] | None = Field(description="What a count counts.")
    count: int | None = Field(description="A number: 5 for 'five' or 'fifth'.")
    since: str | None = Field(
        description="Where a count's window starts: a time, or a length ('six years')."
    )
    as_of: str | None = Field(description="When a count holds. " + TIME_FORMS)
    event_type: str | None = Field(description="What happened, in a few words: 'resigned'.")
    participants: list[str] = Field(description="The people or organisations involved.")
    summary: str | None = Field(description="A few words on what happened.")
    once: bool | None = Field(
        description="True when what happened can befall its participants only once: a death,"
        " a founding, a merger, a person's resignation or retirement from a post."
    )
    speaker: str | None = Field(description="Who said or wrote the quoted words.")
    words: str | None = Field(
        description="The words inside the quote marks, exactly, without the marks; for reported"
        " speech, the article's words for what was said, copied exactly."
    )
    reported: bool | None = Field(
        description="True for reported speech: what was said, without quote marks, in the"
        " article's own words."
    )


class EventList(_Strict):
    """The model's reply when reading an article."""

    events: list[ExtractedEvent]


class UnusableClaim(ValueError):
    """A claim the model read that cannot be checked as given (the message says why)."""


def to_claim(extracted: BaseModel, as_of: date) -> Claim:
    """Build a typed claim from the model's reading.

    A time or figure the code cannot read is left out, as if the text had not stated it; a
    claim that still lacks what its kind needs raises :class:`UnusableClaim`.
    """
    data = extracted.model_dump(exclude_none=True)
    cls = _CLAIM_CLASSES[data.pop("kind")]
    organisation = data.pop("organisation", None)
    if data.get("role"):
        data["role"] = role_mention(data["role"], organisation)
    elif organisation and "organisation" in cls.model_fields:
        data["organisation"] = organisation
    data = {k: v for k, v in data.items() if k in cls.model_fields and v != []}
    for name in cls.time_fields:
        written = data.get(name)
        if (
            isinstance(written, str)
            and not _reads(parse_time, written, as_of)
            and parse_anchored(written) is None
        ):
            del data[name]
    for name in cls.window_fields:
        if isinstance(data.get(name), str) and not _reads(parse_window_start, data[name], as_of):
            del data[name]
    for name in cls.quantity_fields:
        if isinstance(data.get(name), str) and not _reads(parse_quantity, data[name]):
            del data[name]
    kind = cls.model_fields["kind"].default
    try:
        claim = claim_adapter.validate_python({**data, "kind": kind, "as_of": as_of})
    except ValidationError as error:
        problems = "; ".join(_plain(detail) for detail in error.errors())
        raise UnusableClaim(f"{kind}: {problems}") from None
    if unwritten := unwritten_values(claim):
        raise UngroundedValue(f"{kind}: {'; '.join(unwritten)}")
    return claim


class UngroundedValue(UnusableClaim):
    """A value the model returned that its quote does not state."""


_CLAIM_CLASSES: dict[str, type[ClaimBase]] = {
    cls.model_fields["kind"].default: cls for cls in CLAIM_TYPES
}


def _reads(parse: Callable[..., object], *args: Any) -> bool:
    try:
        parse(*args)
    except ValueError:
        return False
    return True


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
    unusable: list[Unusable] = field(default_factory=list)


@dataclass(frozen=True)
class Unusable:
    """A claim the model read that cannot be checked as given: its quote and why."""

    quote: str
    reason: str
    ungrounded: bool = False
    """True when a value it gives is not written in its quote."""


# -- the extractor -------------------------------------------------------------------------------


class Extractor:
    """Reads drafts into claims and articles into events with a language model."""

    def __init__(self, llm: StructuredModel, *, chunk_chars: int = CHUNK_CHARS) -> None:
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

        def read(reply: BaseModel) -> list[Claim | Unusable]:
            built: list[Claim | Unusable] = []
            for item in dict(reply)["claims"]:
                try:
                    built.append(to_claim(item, document.published))
                except UnusableClaim as why:
                    built.append(Unusable(item.quote, str(why), isinstance(why, UngroundedValue)))
            return built

        found = self._extract(document, record, prompt, ClaimList, read, on_chunk)
        grounded: Extraction[Claim] = Extraction(failures=found.failures)
        for claim, span in found.items:
            if isinstance(claim, Unusable):
                grounded.unusable.append(claim)
            elif absent := absent_from(claim, document.text):
                reason = f"{claim.kind}: {'; '.join(absent)}"
                grounded.unusable.append(Unusable(claim.quote, reason, ungrounded=True))
            else:
                in_sentence = claim.in_sentence(sentence_of(document.text, span))
                grounded.items.append((in_sentence.model_copy(update={"span": span}), span))
        for item in found.ungrounded:
            if isinstance(item, Unusable):
                grounded.unusable.append(replace(item, ungrounded=True))
            else:
                grounded.ungrounded.append(item)
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
            return reply.events

        return self._extract(document, record, prompt, EventList, read, on_chunk)

    def _extract(
        self,
        document: Document,
        record: Record,
        prompt: Prompt,
        reply_model: type[BaseModel],
        read: Callable[..., list[T]],
        on_chunk: Callable[[], None] | None,
    ) -> Extraction[T]:
        names = vocabulary(record)
        system = prompt.render(published=document.published, vocabulary=names)
        chunks = split_chunks(document.text, self.chunk_chars)
        if not chunks:
            raise ExtractionError(f"{document.source} has no text to read")

        def run(chunk: Chunk) -> list[T]:
            key = _cache_key(self.llm.name, prompt, chunk.text, document, names)
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
        with ThreadPoolExecutor(max_workers=self.llm.concurrency) as pool:
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
