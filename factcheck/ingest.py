"""From texts to verdicts: ingest articles into a record, check drafts, audit a whole corpus.

Ingesting turns the events a model read in an article into record events: names are resolved to
the record's entities (new names become new entities), times are read against the article's date,
and every event keeps the article as its provenance. The same fact from several articles becomes
one event with several sources; conflicting facts are both kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

from factcheck.archive import Location, editing, open_record
from factcheck.checker import Checker
from factcheck.claims import normalize_judgement
from factcheck.documents import Document
from factcheck.errors import InvalidTimeError
from factcheck.extraction import ChunkFailure, ExtractedEvent, Extraction, Extractor
from factcheck.grounding import SENTENCE, Span
from factcheck.quantities import parse_quantity
from factcheck.quotations import quoted_in, words_of
from factcheck.record import (
    Attribute,
    Entity,
    EventBase,
    Figure,
    GenericEvent,
    Provenance,
    Quotation,
    Rating,
    Record,
    ReportedCount,
    Tenure,
)
from factcheck.report import Report
from factcheck.resolution import EntityType, clean_name, role_mention
from factcheck.timespan import (
    FuzzyTime,
    counted_since,
    length_before,
    parse_time_in,
    parse_window_start,
    words_writing,
)


@dataclass
class IngestResult:
    """What ingesting one article changed in the record, and what it could not use."""

    source: str
    added: list[EventBase] = field(default_factory=list)
    merged: list[EventBase] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    skipped: list[tuple[ExtractedEvent, str]] = field(default_factory=list)
    ungrounded: int = 0
    failures: list[ChunkFailure] = field(default_factory=list)


class _Skip(Exception):
    """An extracted event that cannot become a record event (the reason is the message)."""


class _EventBuilder:
    """Turns one article's extracted events into record events, naming entities as it goes."""

    def __init__(self, record: Record, document: Document, result: IngestResult) -> None:
        self.record = record
        self.document = document
        self.result = result

    def entity(self, name: str | None, entity_type: EntityType, *, required: bool = True) -> str:
        name = clean_name(name or "")
        if not name:
            if required:
                raise _Skip(f"no {entity_type} named")
            return ""
        resolution = self.record.resolve(name, entity_type)
        if resolution.status == "resolved" and resolution.entity_id:
            return resolution.entity_id
        if resolution.status == "ambiguous" and entity_type == "person":
            raise _Skip(resolution.reason)
        # A post, service or measure matching several known ones by some of its words
        # ("Norfolk County Council" against its services) is none of them: a new entity.
        entity = Entity(id=self._new_id(name), type=entity_type, name=name)
        self.record.add_entity(entity)
        self.result.new_entities.append(entity)
        return entity.id

    def _new_id(self, name: str) -> str:
        base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:60] or "entity"
        candidate, n = base, 2
        while candidate in self.record.entities:
            candidate, n = f"{base}-{n}", n + 1
        return candidate

    def time(self, text: str | None, provenance: list[Provenance]) -> FuzzyTime | None:
        """A time as the article words it, read in the tense its quote gives it; one the code
        cannot read is left out, as if unsaid."""
        if not text:
            return None
        try:
            words = words_writing(text, provenance[0].quote, self._sentences)
            return parse_time_in(text, words, self.document.published)
        except InvalidTimeError:
            return None

    @cached_property
    def _sentences(self) -> list[str]:
        return [sentence.group() for sentence in SENTENCE.finditer(self.document.text)]

    def period(self, text: str | None, provenance: list[Provenance]) -> FuzzyTime | None:
        """What a figure is for; counted from a time ("since June", "since the warning two
        months ago"), it runs from that time to the article's date."""
        time = self.time(text, provenance)
        published = self.document.published
        if time is None or not text or time.earliest > published:
            return time
        if counted_since(provenance[0].quote, text):
            return FuzzyTime.between(time.earliest, published)
        return time

    def window(self, text: str | None, until: FuzzyTime | None = None) -> FuzzyTime | None:
        """Where a counting window begins: a time, or a length back from when the count held
        ("at the time making him the fifth boss in seven years": seven years before then),
        which is the article's date unless it says."""
        if not text:
            return None
        if until is not None and (start := length_before(text, until)) is not None:
            return start
        try:
            return parse_window_start(text, self.document.published)
        except InvalidTimeError:
            return None

    def build(self, event: ExtractedEvent, span: Span) -> EventBase:
        provenance = [
            Provenance(
                source=self.document.source,
                published=self.document.published,
                quote=self.document.text[span.start : span.end],
                start=span.start,
                end=span.end,
                match=span.match,
            )
        ]
        builder = getattr(self, f"_{event.kind}")
        built: EventBase = builder(event, provenance)
        return built

    def _tenure(self, e: ExtractedEvent, provenance: list[Provenance]) -> Tenure:
        return Tenure(
            person=self.entity(e.person, "person"),
            role=self.entity(role_mention(e.role, e.organisation), "role"),
            start=self.time(e.start, provenance),
            end=self.time(e.end, provenance),
            interim=e.interim,
            in_post=self.time(e.when, provenance),
            predecessor=self.entity(e.predecessor, "person", required=False) or None,
            provenance=provenance,
        )

    def _rating(self, e: ExtractedEvent, provenance: list[Provenance]) -> Rating:
        published = self.document.published
        when = self.time(e.when, provenance) or FuzzyTime.between(date.min, published)
        if not e.judgement:
            raise _Skip("a rating with no judgement")
        return Rating(
            inspector=self.entity(e.inspector, "organisation", required=False) or None,
            subject=self._subject(e.subject, e.subject_type),
            judgement=e.judgement,
            when=when,
            inspection=e.inspection or "full",
            previous=e.previous,
            provenance=provenance,
        )

    def _figure(self, e: ExtractedEvent, provenance: list[Provenance]) -> Figure:
        if not e.value:
            raise _Skip("a figure with no value")
        return Figure(
            metric=self.entity(e.metric, "metric"),
            subject=self._subject(e.subject, e.subject_type) if e.subject else None,
            value=parse_quantity(e.value),
            previous=parse_quantity(e.previous) if e.previous else None,
            period=self.period(e.period, provenance),
            provenance=provenance,
        )

    def _attribute(self, e: ExtractedEvent, provenance: list[Provenance]) -> Attribute:
        if not (e.attribute and e.value):
            raise _Skip("an attribute with no name or value")
        return Attribute(
            subject=self._subject(e.subject or e.person, e.subject_type or "person"),
            attribute=e.attribute,
            value=e.value,
            multiple=bool(e.multiple),
            provenance=provenance,
        )

    def _reported_count(self, e: ExtractedEvent, provenance: list[Provenance]) -> ReportedCount:
        if e.count is None or e.counted is None:
            raise _Skip("a reported count with no number or no subject of counting")
        holders = e.counted == "holders"
        return ReportedCount(
            counted=e.counted,
            value=e.count,
            as_of=(as_of := self.time(e.as_of, provenance))
            or FuzzyTime.day(self.document.published),
            since=self.window(e.since, as_of),
            role=self.entity(role_mention(e.role, e.organisation), "role") if holders else None,
            person=self.entity(e.person, "person", required=False) or None if holders else None,
            subject=None if holders else self._subject(e.subject, e.subject_type),
            judgement=None if holders or not e.judgement else normalize_judgement(e.judgement),
            provenance=provenance,
        )

    def _generic(self, e: ExtractedEvent, provenance: list[Provenance]) -> GenericEvent:
        return GenericEvent(
            event_type=e.event_type or "event",
            participants=[
                resolution.entity_id
                for resolution in map(self.record.resolve, e.participants)
                if resolution.entity_id
            ],
            when=None
            if _dates_something_else(e.when, provenance[0].quote)
            else self.time(e.when, provenance),
            summary=e.summary or "",
            once=e.once,
            provenance=provenance,
        )

    def _quotation(self, e: ExtractedEvent, provenance: list[Provenance]) -> Quotation:
        if not (e.words and words_of(e.words)):
            raise _Skip("a quotation with no words")
        if not quoted_in(e.words, provenance[0].quote):
            raise _Skip("quoted words that are not in the quote")
        body = e.subject_type in ("organisation", "service")
        return Quotation(
            speaker=self._subject(e.speaker or e.person, "organisation" if body else "person"),
            words=e.words,
            when=self.time(e.when, provenance),
            reported=e.reported or None,
            provenance=provenance,
        )

    def _subject(self, name: str | None, new_type: SubjectType | None = None) -> str:
        """What a rating, figure, attribute or quotation is about: a known entity of a fitting
        type, else a new entity of the type the article gives it (a service when it gives none)."""
        if not name:
            raise _Skip("no subject named")
        new_type = new_type or "service"
        resolution = self.record.resolve_as(name, _SUBJECT_TYPES[new_type])
        return resolution.entity_id or self.entity(name, new_type)


SubjectType = Literal["person", "organisation", "service"]
_SUBJECT_TYPES: dict[SubjectType, tuple[EntityType, ...]] = {
    "service": ("service", "organisation"),
    "person": ("person", "organisation"),
    "organisation": ("organisation", "service"),
}


def _dates_something_else(written: str | None, quote: str) -> bool:
    """Whether a happening's time is written in its words only as another's ("in the aftermath
    of 2010's earthquake"): that dates the earthquake, not the happening that followed it."""
    if not written:
        return False
    time = re.escape(written.strip())
    said = quote.replace("\u2019", "'")
    return bool(re.search(rf"\b{time}'s\b", said)) and not re.search(rf"\b{time}\b(?!'s)", said)


def ingest(record: Record, document: Document, extractor: Extractor) -> IngestResult:
    """Read an article with the model and add what it reports to ``record``."""
    return add_events(record, document, extractor.events(document, record))


def ingest_file(
    location: Location,
    documents: Iterable[Document],
    extractor: Extractor,
    *,
    on_document: Callable[[IngestResult], None] | None = None,
) -> list[IngestResult]:
    """Ingest articles into the record at ``location`` (created if absent), one at a time.

    The model reads each article without holding the record; its events are then added in one
    transaction (a JSON file: under its lock, written back atomically) to the record as it is
    at that moment, so processes ingesting into one record at once lose nothing, and a failure
    part-way leaves the record as it was before that article.
    """
    results = []
    for document in documents:
        with open_record(location, create=True) as current:
            extraction = extractor.events(document, current)
        with editing(location) as record:
            result = add_events(record, document, extraction)
        results.append(result)
        if on_document is not None:
            on_document(result)
    return results


def add_events(
    record: Record, document: Document, extraction: Extraction[ExtractedEvent]
) -> IngestResult:
    """Add the events the model read in ``document`` to ``record``."""
    result = IngestResult(
        source=document.source,
        ungrounded=len(extraction.ungrounded),
        failures=extraction.failures,
    )
    with record.transaction():  # one article: all its events or none
        builder = _EventBuilder(record, document, result)
        # Other events name their entities with known types; a generic event's participants are
        # only resolved against them, so it comes last.
        in_order = sorted(extraction.items, key=lambda item: item[0].kind == "generic")
        for extracted, span in in_order:
            try:
                event = builder.build(extracted, span)
            except (_Skip, ValueError) as reason:
                result.skipped.append((extracted, str(reason)))
                continue
            stored, new = record.add_reported(event)
            (result.added if new else result.merged).append(stored)
    return result


def check_document(
    record: Record,
    document: Document,
    extractor: Extractor,
    *,
    on_chunk: Callable[[], None] | None = None,
) -> Report:
    """Read a draft's claims with the model and check each against ``record``.

    ``on_chunk`` is called as each part of the text has been read, for progress displays.
    """
    extraction = extractor.claims(document, record, on_chunk=on_chunk)
    report = Checker(record).check_all(claim for claim, _ in extraction.items)
    report.ungrounded = len(extraction.ungrounded) + sum(u.ungrounded for u in extraction.unusable)
    report.dropped = [f"{u.quote} ({u.reason})" for u in extraction.unusable]
    report.failed_chunks = [failure.error for failure in extraction.failures]
    spans = [span for _, span in extraction.items]
    report.unchecked_sentences = [
        sentence.group().strip()
        for sentence in SENTENCE.finditer(document.text)
        if sentence.group().strip()
        and not any(s.start < sentence.end() and sentence.start() < s.end for s in spans)
    ]
    return report


@dataclass
class AuditEntry:
    """One article of an audit: its claims checked against the earlier articles, then ingested."""

    document: Document
    report: Report
    ingested: IngestResult


def audit(
    documents: Iterable[Document],
    extractor: Extractor,
    record: Record | None = None,
    *,
    on_document: Callable[[AuditEntry], None] | None = None,
) -> tuple[Record, list[AuditEntry]]:
    """Replay a corpus in date order, checking each article against the record of earlier ones.

    A consistent archive reports no contradiction. Returns the record built and every entry.
    """
    record = record if record is not None else Record()
    entries = []
    for document in sorted(documents, key=lambda d: (d.published, d.source)):
        report = check_document(record, document, extractor)
        entry = AuditEntry(document, report, ingest(record, document, extractor))
        entries.append(entry)
        if on_document is not None:
            on_document(entry)
    return record, entries
