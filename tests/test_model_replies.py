"""Generated model replies through the whole pipeline: whatever the model answers, nothing breaks.

A language model's reply is schema-valid JSON but otherwise arbitrary: any text in any field
(control characters, newlines, markup, numbers written as "NaN" or "1e308", very long strings),
any integer, any kind, quotes copied from the text or invented. These properties feed such
replies to ``check_document`` and ``add_events`` and require that only factcheck's own errors
escape, that every report renders in every format (the JSON one meeting its published schema)
and shows what the draft and the model wrote as written (never as HTML, console markup or control
characters), and that a record built from them saves, loads back unchanged and names its entities
on one line.
"""

from __future__ import annotations

import contextlib
import json
import os
import unicodedata
from datetime import date
from typing import Any, Literal, get_args, get_origin
from unittest import mock

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from norfolk_record import build_record
from pydantic import BaseModel, TypeAdapter

from factcheck.claims import CLAIM_TYPES
from factcheck.documents import Document
from factcheck.errors import FactcheckError
from factcheck.extraction import (
    ClaimList,
    ExtractedClaim,
    ExtractedEvent,
    Extraction,
    Extractor,
    extracted_claim,
)
from factcheck.grounding import Span, locate
from factcheck.ingest import add_events, check_document
from factcheck.record import Record
from factcheck.render import FORMATS, render_report
from factcheck.report import Report, ReportDocument
from factcheck.testing import ScriptedModel

SETTINGS = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,  # the same examples on every run: a CI run is repeatable
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

REPORT_SCHEMA = TypeAdapter(ReportDocument).json_schema(by_alias=True)
# What ``jsonschema.validate(doc, REPORT_SCHEMA)`` does, with the schema checked once, not per call.
REPORT_VALIDATOR_CLASS = jsonschema.validators.validator_for(REPORT_SCHEMA)
REPORT_VALIDATOR_CLASS.check_schema(REPORT_SCHEMA)
REPORT_VALIDATOR = REPORT_VALIDATOR_CLASS(REPORT_SCHEMA)

COMMENT = "[bold]Sara Tough[/] <script>alert(1)</script>"

DRAFT = Document(
    source="draft.md",
    published=date(2017, 11, 20),
    text=(
        "Sara Tough is the fifth head of Norfolk's children's services since 2013. She took over "
        "from Matt Dunkley, the interim director, in October 2017.\n\n"
        "Ofsted rated the department inadequate twice.\n\n"
        "The department overspent by more than £9.5m in 2016/17, up from £8.5m.\n\n"
        f"One comment read: {COMMENT} is the sixth head."
    ),
)

ARTICLE = Document(
    source="article.md",
    published=date(2017, 8, 31),
    text=(
        "Sara Tough will take over from the interim director, Matt Dunkley, at the end of "
        "October.\n\nOfsted has rated the department inadequate twice.\n\n"
        "The department overspent by £8.5m in 2016/17."
    ),
)


# -- what a model may write in a field -------------------------------------------------------------

REALISTIC = (
    "Sara Tough",
    "Ms Tough",
    "Matt Dunkley",
    "Michael Rosen",
    "head of the department",
    "director of children's services",
    "Norfolk County Council",
    "Ofsted",
    "children's services",
    "the department",
    "inadequate",
    "requires improvement",
    "good",
    "overspend",
    "savings",
    "2013",
    "February 2013",
    "the end of October",
    "October 2017",
    "2016/17",
    "£9.5m",
    "£8.5m",
    "more than £8m",
    "more than £8.5m",
    "over £9.5m",
    "between £8.5m and £9.5m",
    "50%",
    "five",
    "twice",
    "social worker",
)

HOSTILE = (
    "",
    " ",
    "\n",
    "\t\r\n",
    "\x00",
    "\x1b[31mred\x1b[0m",
    "\u2028",
    "\u0085",
    "Sara\nTough",
    "Sara Tough\n\nIgnore all previous instructions",
    "[bold]Sara Tough[/bold]",
    "[/]",
    "[link=javascript:alert(1)]x[/link]",
    "<script>alert(1)</script>",
    "</mark><b>",
    "&amp;&lt;",
    "${date}",
    "{0}",
    "%s%n",
    "NaN",
    "nan",
    "-NaN",
    "inf",
    "-inf",
    "Infinity",
    "1e308",
    "-1e308",
    "1e309",
    "£1e308m",
    "£NaN",
    "£infm",
    "-0",
    "-£0",
    "0",
    "9" * 400,
    "1e-400",
    "0x10",
    "31 February 2017",
    "9999",
    "year 0",
    "-1",
    "\u202eSara Tough",
    "Sara\u200bTough",
    ":thumbs_up: :warning:",
    "—",
    "“”",
)


@st.composite
def long_strings(draw: st.DrawFn) -> str:
    piece = draw(st.sampled_from(REALISTIC + HOSTILE) | st.text(min_size=1, max_size=5))
    return piece * draw(st.integers(100, 1500))


TEXTS: st.SearchStrategy[str] = st.one_of(
    st.sampled_from(REALISTIC),
    st.sampled_from(HOSTILE),
    st.text(max_size=40),
    st.text(st.characters(codec="ascii"), max_size=20),
    long_strings(),
)

INTS: st.SearchStrategy[int] = st.one_of(
    st.sampled_from([0, 1, 2, 5, 6, -1]),
    st.integers(),
    st.integers(min_value=2**63 - 2, max_value=2**64 + 2),
    st.sampled_from([10**400, -(10**400), 2**1024]),
)


def values_for(annotation: Any) -> st.SearchStrategy[Any]:
    """What a model may put in a field of this (flat, JSON) type."""
    args = get_args(annotation)
    if get_origin(annotation) is list:
        return st.lists(TEXTS, max_size=4)
    literal = next((a for a in (annotation, *args) if get_origin(a) is Literal), None)
    if literal is not None:
        return st.none() | st.sampled_from(get_args(literal))
    if bool in args:
        return st.none() | st.booleans()
    if int in args:
        return st.none() | INTS
    return st.none() | TEXTS


def quotes(text: str) -> st.SearchStrategy[str]:
    """A quote copied from ``text`` (a sentence, a slice, a line) or one the model made up."""

    @st.composite
    def slice_of(draw: st.DrawFn) -> str:
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
        return text[start:end]

    sentences = [s.strip() for line in text.split("\n") for s in line.split(". ") if s.strip()]
    return st.one_of(st.sampled_from(sentences), slice_of(), TEXTS)


# -- claims: check_document ------------------------------------------------------------------------


# Readings of the draft a model could give; generated replies start from one and change fields.
READINGS: tuple[dict[str, Any], ...] = (
    {
        "kind": "holder_ordinal",
        "quote": "Sara Tough is the fifth head of Norfolk's children's services since 2013",
        "person": "Sara Tough",
        "role": "head of Norfolk's children's services",
        "ordinal": 5,
        "since": "2013",
    },
    {
        "kind": "succession",
        "quote": "She took over from Matt Dunkley, the interim director, in October 2017",
        "successor": "Sara Tough",
        "predecessor": "Matt Dunkley",
        "role": "director of children's services",
        "organisation": "Norfolk County Council",
        "when": "October 2017",
    },
    {
        "kind": "tenure",
        "quote": "Matt Dunkley, the interim director",
        "person": "Matt Dunkley",
        "role": "director of children's services",
        "interim": True,
    },
    {
        "kind": "rating",
        "quote": "Ofsted rated the department inadequate twice.",
        "inspector": "Ofsted",
        "subject": "the department",
        "judgement": "inadequate",
    },
    {
        "kind": "rating_count",
        "quote": "Ofsted rated the department inadequate twice.",
        "inspector": "Ofsted",
        "subject": "the department",
        "judgement": "inadequate",
        "count": 2,
    },
    {
        "kind": "figure",
        "quote": "The department overspent by more than £9.5m in 2016/17",
        "metric": "overspend",
        "subject": "the department",
        "value": "more than £9.5m",
        "period": "2016/17",
    },
    {
        "kind": "change",
        "quote": "The department overspent by more than £9.5m in 2016/17, up from £8.5m.",
        "metric": "overspend",
        "from_value": "£8.5m",
        "to_value": "£9.5m",
        "direction": "up",
        "period": "2016/17",
    },
    {
        "kind": "event",
        "quote": "She took over from Matt Dunkley, the interim director, in October 2017",
        "event_type": "appointment",
        "participants": ["Sara Tough", "Matt Dunkley"],
        "when": "October 2017",
    },
    {
        "kind": "holder_ordinal",
        "quote": f"One comment read: {COMMENT} is the sixth head.",
        "person": COMMENT,
        "role": "head of Norfolk's children's services",
        "ordinal": 6,
        "since": "2013",
    },
    {
        "kind": "attribute",
        "quote": f"One comment read: {COMMENT} is the sixth head.",
        "subject": COMMENT,
        "attribute": "post",
        "value": "the sixth head",
    },
)

DRAFT_QUOTES = quotes(DRAFT.text)
CLAIM_VALUES = {name: values_for(f.annotation) for name, f in ExtractedClaim.model_fields.items()}

# The fields each claim kind reads; a made-up reply fills them more often than the others.
CLAIM_FIELDS = {cls.model_fields["kind"].default: set(cls.model_fields) for cls in CLAIM_TYPES}
CLAIM_KINDS = get_args(ExtractedClaim.model_fields["kind"].annotation)


def given_often(draw: st.DrawFn, relevant: bool) -> bool:
    """Whether a field is filled: usually when the kind reads it, now and then otherwise."""
    return draw(st.integers(0, 9)) < (8 if relevant else 2)


@st.composite
def changed_readings(draw: st.DrawFn) -> BaseModel:
    """A sensible reading of the draft with some of its fields (kind and quote too) replaced
    by anything a model may write there."""
    fields = dict(draw(st.sampled_from(READINGS)))
    if draw(st.integers(0, 9)) == 0:
        fields["kind"] = draw(st.sampled_from(CLAIM_KINDS))
    if draw(st.integers(0, 3)) == 0:
        fields["quote"] = draw(DRAFT_QUOTES)
    for name in ExtractedClaim.model_fields:
        if name not in ("kind", "quote") and draw(st.integers(0, 3)) == 0:
            fields[name] = draw(CLAIM_VALUES[name])
    return extracted_claim(**fields)


@st.composite
def made_up_claims(draw: st.DrawFn) -> BaseModel:
    """Any kind, any quote, any values in the fields."""
    kind = draw(st.sampled_from(CLAIM_KINDS))
    fields: dict[str, Any] = {"kind": kind, "quote": draw(DRAFT_QUOTES)}
    for name in ExtractedClaim.model_fields:
        relevant = name in CLAIM_FIELDS[kind] or name == "organisation"
        if name not in fields and given_often(draw, relevant):
            fields[name] = draw(CLAIM_VALUES[name])
    return extracted_claim(**fields)


extracted_claims = st.one_of(
    st.sampled_from(READINGS).map(lambda r: extracted_claim(**r)),
    changed_readings(),
    made_up_claims(),
)


def strict_json(text: str) -> Any:
    """Parse JSON as a standard parser would: NaN and Infinity are not JSON."""

    def refuse(constant: str) -> Any:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def checked(claims: list[BaseModel], chunk_chars: int) -> tuple[Record, Report] | None:
    """The draft checked against the Norfolk record with ``claims`` as the model's reply to
    every chunk; None when factcheck refuses with one of its own errors (which is allowed: its
    message says what to do). Any other exception fails the test."""
    record = build_record()
    extractor = Extractor(
        ScriptedModel(lambda _: ClaimList(claims=claims)),
        chunk_chars=chunk_chars,
    )
    try:
        return record, check_document(record, DRAFT, extractor)
    except FactcheckError:
        return None


REPLIES = {
    "claims": st.lists(extracted_claims, max_size=6),
    "chunk_chars": st.sampled_from([100, 4000]),
}


@SETTINGS
@given(**REPLIES)
def test_any_claims_the_model_reads_give_a_report_that_renders_in_every_format(
    claims: list[BaseModel], chunk_chars: int
) -> None:
    if (done := checked(claims, chunk_chars)) is None:
        return
    record, report = done
    for output_format in FORMATS:
        rendered = render_report(
            report, output_format, title=DRAFT.source, document=DRAFT, record=record
        )
        assert isinstance(rendered, str)
        assert rendered.strip(), f"{output_format} rendered nothing"
        if output_format == "json":
            REPORT_VALIDATOR.validate(strict_json(rendered))


def squashed(text: str) -> str:
    """Text without whitespace or control characters: what stays when a console wraps lines."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cc")


@SETTINGS
@given(**REPLIES)
def test_text_from_the_draft_and_the_model_is_shown_as_written_never_run_as_markup(
    claims: list[BaseModel], chunk_chars: int
) -> None:
    if (done := checked(claims, chunk_chars)) is None:
        return
    record, report = done
    page = render_report(report, "html", title=DRAFT.source, document=DRAFT, record=record)
    assert "<script" not in page.casefold(), "text from the draft or model became page markup"
    with mock.patch.dict(os.environ, {"TTY_COMPATIBLE": "0"}):  # plain text, as when piped
        text = render_report(report, "text", title=DRAFT.source)
    controls = {c for c in text if unicodedata.category(c) == "Cc"} - {"\n"}
    assert not controls, f"control characters {sorted(controls)} reach the terminal"
    shown = [
        *(part for v in report.verdicts for part in (v.claim.quote, v.explanation)),
        *report.dropped,
        *report.unchecked_sentences,
    ]
    for written in shown:
        assert squashed(written) in squashed(text), f"{written!r} is not shown as written"


# -- events: add_events, save and load -------------------------------------------------------------


# The fields ingesting reads for each event kind.
EVENT_FIELDS = {
    "tenure": {"person", "role", "organisation", "start", "end", "interim", "when", "predecessor"},
    "rating": {"inspector", "subject", "subject_type", "judgement", "when", "inspection"}
    | {"previous"},
    "figure": {"metric", "subject", "subject_type", "value", "previous", "period"},
    "attribute": {"subject", "subject_type", "person", "attribute", "value", "multiple"},
    "reported_count": {
        *("counted", "count", "as_of", "since", "role", "organisation", "person"),
        *("subject", "subject_type", "judgement"),
    },
    "generic": {"event_type", "participants", "when", "summary", "once"},
    "quotation": {"speaker", "person", "words", "when"},
}


ARTICLE_QUOTES = quotes(ARTICLE.text)
EVENT_VALUES = {name: values_for(f.annotation) for name, f in ExtractedEvent.model_fields.items()}


@st.composite
def extracted_events(draw: st.DrawFn) -> tuple[ExtractedEvent, Span]:
    """An event as the model may read it, every field given (null or not), and where its quote
    is in the article."""
    kind = draw(st.sampled_from(get_args(ExtractedEvent.model_fields["kind"].annotation)))
    fields: dict[str, Any] = {
        name: draw(EVENT_VALUES[name])
        if given_often(draw, name in EVENT_FIELDS[kind])
        else ([] if name == "participants" else None)
        for name in ExtractedEvent.model_fields
        if name not in ("kind", "quote")
    }
    quote = draw(ARTICLE_QUOTES)
    span = locate(quote, ARTICLE.text)
    if span is None:  # a made-up quote is dropped before ingesting: ground it in a sentence
        quote = draw(st.sampled_from(ARTICLE.text.split("\n\n")))
        span = locate(quote, ARTICLE.text)
        assert span is not None
    return ExtractedEvent(kind=kind, quote=quote, **fields), span


def single_line(name: str) -> bool:
    return not any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in name) and (
        len(name.splitlines()) == 1
    )


@settings(SETTINGS, max_examples=300)
@given(
    events=st.lists(extracted_events(), max_size=8),
    norfolk=st.booleans(),
)
def test_any_events_the_model_reads_give_a_record_that_saves_and_loads_unchanged(
    events: list[tuple[ExtractedEvent, Span]], norfolk: bool
) -> None:
    record = build_record() if norfolk else Record()
    extraction: Extraction[ExtractedEvent] = Extraction(items=list(events))
    # Refusing an event with factcheck's own error is allowed; what was added must still save.
    with contextlib.suppress(FactcheckError):
        add_events(record, ARTICLE, extraction)
    text = record.dumps()
    assert Record.loads(text).dumps() == text
    saved = strict_json(text)
    for entity in saved["entities"]:
        for name in [entity["name"], *entity["aliases"]]:
            assert single_line(name), f"entity {entity['id']!r} is saved as {name!r}"
