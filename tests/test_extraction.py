"""Turning what the model read into claims and record events, without any model call."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import BaseModel

from factcheck import FigureClaim, FuzzyTime, HolderCountClaim, Record, TenureClaim
from factcheck.claims import absent_from, claim_adapter
from factcheck.documents import Document
from factcheck.extraction import (
    ClaimList,
    ExtractedEvent,
    Extraction,
    Extractor,
    UngroundedValue,
    UnusableClaim,
    extracted_claim,
    load_prompt,
    split_chunks,
    to_claim,
    vocabulary,
)
from factcheck.grounding import locate
from factcheck.ingest import add_events
from factcheck.record import Figure, GenericEvent, Quotation, Rating, ReportedCount, Tenure
from factcheck.resolution import role_mention
from factcheck.testing import ScriptedModel
from factcheck.timespan import parse_time

ARTICLE = Document(
    source="a.md",
    published=date(2017, 8, 31),
    text=(
        "Sara Tough will take over from the interim director, Matt Dunkley, at the end of "
        "October.\n\nOfsted has rated the department inadequate twice.\n\n"
        "The department overspent by £8.5m in 2016/17."
    ),
)


def claim(**fields: Any) -> BaseModel:
    return extracted_claim(**fields)


def event(**fields: Any) -> ExtractedEvent:
    empty: dict[str, Any] = {**dict.fromkeys(ExtractedEvent.model_fields), "participants": []}
    return ExtractedEvent(**{**empty, **fields})


def extraction(*events: ExtractedEvent, text: str = ARTICLE.text) -> Extraction[ExtractedEvent]:
    found: Extraction[ExtractedEvent] = Extraction()
    for item in events:
        span = locate(item.quote, text)
        assert span is not None, item.quote
        found.items.append((item, span))
    return found


def test_a_claim_read_from_a_text_carries_the_sentence_its_quote_is_in() -> None:
    said = "Shareholders forced him out in July 2004 over a £4.2m bonus."
    draft = Document(source="d.md", published=date(2023, 7, 12), text=f"{said} He left.")
    bonus = claim(kind="figure", quote="a £4.2m bonus", metric="bonus", value="£4.2m")
    model = ScriptedModel(lambda _: ClaimList(claims=[bonus]))
    ((read, _),) = Extractor(model).claims(draft, Record()).items
    assert (read.quote, read.sentence) == ("a £4.2m bonus", said)


def test_a_claim_is_read_in_the_words_of_the_text_against_its_date() -> None:
    built = to_claim(
        claim(
            kind="holder_ordinal",
            quote="the sixth",
            person="Sara Tough",
            role="director of children's services",
            organisation="Norfolk County Council",
            ordinal=6,
            since="2013",
            count=3,
        ),
        date(2017, 10, 5),
    )
    assert built.kind == "holder_ordinal"
    assert built.role == "director of children's services, Norfolk County Council"
    assert built.since == FuzzyTime.year(2013).model_copy(update={"text": "2013"})
    assert built.as_of == date(2017, 10, 5)


def test_a_time_the_code_cannot_read_is_left_out_as_if_unsaid_not_sent_back() -> None:
    built = to_claim(
        claim(kind="figure", quote="£125m", metric="savings", value="£125m", period="four years"),
        date(2017, 8, 17),
    )
    assert isinstance(built, FigureClaim)
    assert (built.value.label(), built.period) == ("£125m", None)


def test_a_time_given_from_a_happening_the_text_does_not_date_is_kept_for_the_checker() -> None:
    built = to_claim(
        claim(
            kind="event",
            quote="two months after Mr Lewis arrived, the force was placed in special measures",
            participants=["Cleveland Police"],
            event_type="placed in special measures",
            when="two months after Mr Lewis arrived",
        ),
        date(2021, 12, 13),
    )
    assert built.anchored["when"].happening == "mr lewis arrived"
    assert built.anchored["when"].length == "two months"


def test_a_claim_missing_what_its_kind_needs_is_unusable_with_the_reason() -> None:
    with pytest.raises(UnusableClaim, match="succession: successor: Field required"):
        to_claim(
            claim(
                kind="succession",
                quote="the chair, Ann Lee, left",
                role="chair",
                predecessor="Ann Lee",
            ),
            date(2017, 8, 17),
        )


def test_a_figure_its_quote_does_not_write_is_ungrounded() -> None:
    with pytest.raises(UngroundedValue, match=r"value 9\.5 is not written in the quote"):
        to_claim(
            claim(kind="figure", quote="an overspend of £8.5m", metric="overspend", value="£9.5m"),
            date(2017, 8, 17),
        )


def test_a_counting_window_written_as_a_length_starts_that_long_before_the_text() -> None:
    built = to_claim(
        claim(
            kind="holder_count",
            quote="five chairs in little more than six years",
            role="chair",
            count=5,
            since="in little more than six years",
        ),
        date(2019, 1, 21),
    )
    assert isinstance(built, HolderCountClaim)
    assert (built.since.earliest, built.since.latest) == (date(2012, 6, 15), date(2013, 1, 21))


def test_an_ordinal_its_quote_does_not_write_is_ungrounded() -> None:
    with pytest.raises(UngroundedValue, match="ordinal 6 is not written in the quote"):
        to_claim(
            claim(
                kind="holder_ordinal",
                quote="Jo Bell, the fifth chair since 2013",
                person="Jo Bell",
                role="chair",
                ordinal=6,
                since="2013",
            ),
            date(2017, 8, 17),
        )


def test_paragraphs_are_grouped_into_chunks_without_splitting_one() -> None:
    text = "One.\n\nTwo two.\n\n\nThree three three."
    chunks = split_chunks(text, max_chars=15)
    assert [c.text for c in chunks] == ["One.\n\nTwo two.", "Three three three."]
    assert all(text[c.start : c.start + len(c.text)] == c.text for c in chunks)


def test_role_mention_joins_the_post_and_its_organisation_once() -> None:
    assert role_mention("director", "Norfolk County Council") == (
        "director, Norfolk County Council"
    )
    assert role_mention("director, Norfolk County Council", "Norfolk County Council") == (
        "director, Norfolk County Council"
    )
    assert role_mention(None, "Norfolk County Council") is None
    assert role_mention("Norfolk director of children's services", "Norfolk County Council") == (
        "Norfolk director of children's services"
    ), "a post that already names its organisation"


def test_the_prompt_shows_the_texts_date_and_the_records_names() -> None:
    record = Record()
    add_events(
        record,
        ARTICLE,
        extraction(
            event(
                kind="tenure",
                quote="Sara Tough will take over",
                person="Sara Tough",
                role="director of children's services",
                organisation="Norfolk County Council",
                start="the end of October",
            )
        ),
    )
    rendered = load_prompt("extract_events").render(
        published=ARTICLE.published, vocabulary=vocabulary(record)
    )
    assert "Thursday 31 August 2017" in rendered
    assert "- people: Sara Tough" in rendered
    assert "director of children's services, Norfolk County Council" in rendered


def test_ingested_events_name_entities_and_cite_the_article() -> None:
    record = Record()
    result = add_events(
        record,
        ARTICLE,
        extraction(
            event(
                kind="tenure",
                quote="Sara Tough will take over from the interim director, Matt "
                "Dunkley, at the end of October",
                person="Sara Tough",
                role="director of children's services",
                organisation="Norfolk County Council",
                start="the end of October",
                predecessor="Matt Dunkley",
            ),
            event(
                kind="rating",
                quote="Ofsted has rated the department inadequate twice",
                inspector="Ofsted",
                subject="the department",
                judgement="Inadequate",
            ),
        ),
    )
    assert len(result.added) == 2 and not result.skipped
    tenure = next(e for e in record.events if isinstance(e, Tenure))
    assert tenure.start == FuzzyTime.between(date(2017, 10, 21), date(2017, 10, 31)).model_copy(
        update={"precision": "part_of_month", "text": "the end of October"}
    )
    assert record.entity(tenure.predecessor or "").name == "Matt Dunkley"
    assert tenure.provenance[0].quote.startswith("Sara Tough will take over")
    rating = next(e for e in record.events if isinstance(e, Rating))
    assert rating.judgement == "inadequate"
    assert record.entity(rating.subject).type == "service"
    assert rating.when.latest == ARTICLE.published, "an undated rating precedes the article"
    assert rating.when.label() == "by 31 August 2017"


def read_on_15_december_2024(words: str, **fields: Any) -> Record:
    """The record of one event an article of 15 December 2024 gives in ``words``."""
    article = Document(source="d.md", published=date(2024, 12, 15), text=words + ".")
    record = Record()
    add_events(record, article, extraction(event(quote=words, **fields), text=article.text))
    return record


@pytest.mark.parametrize(
    ("as_of", "seven_years_before"),
    [
        # "At the time making him the fifth boss in seven years": seven years before the time
        # the count held...
        ("July 2018", date(2011, 7, 15)),
        # ...and, where the text gives no such time, before the article's date.
        (None, date(2017, 12, 15)),
    ],
)
def test_a_count_s_window_written_as_a_length_runs_back_from_when_the_count_held(
    as_of: str | None, seven_years_before: date
) -> None:
    record = read_on_15_december_2024(
        "at the time making him the bank's fifth boss in seven years",
        kind="reported_count",
        counted="holders",
        count=5,
        since="seven years",
        as_of=as_of,
        role="chief executive",
        organisation="Ridgeway Bank",
        person="Tom Vale",
    )
    (count,) = [e for e in record.events if isinstance(e, ReportedCount)]
    assert count.since is not None
    assert count.since.earliest <= seven_years_before <= count.since.latest, count.since


@pytest.mark.parametrize(
    ("words", "start"),
    [
        # In December, a start "will" come on 8 January is the coming one...
        ("She will become chief executive from January 8", date(2025, 1, 8)),
        # ...and one she "took" then, the one gone.
        ("She took over as chief executive on January 8", date(2024, 1, 8)),
    ],
)
def test_a_day_without_a_year_is_read_in_the_tense_its_words_give(words: str, start: date) -> None:
    record = read_on_15_december_2024(
        words, kind="tenure", person="Ann Holt", role="chief executive", start="January 8"
    )
    (tenure,) = [e for e in record.events if isinstance(e, Tenure)]
    assert tenure.start is not None and tenure.start.earliest == start


@pytest.mark.parametrize(
    ("words", "when"),
    [
        # "2010's earthquake" dates the earthquake, not the parties that followed it...
        ("Its workers took part in parties in the aftermath of 2010's earthquake", None),
        # ...while a year written for the happening dates it.
        ("Its workers took part in parties in 2011, after 2010's earthquake", date(2011, 1, 1)),
    ],
)
def test_a_year_written_only_as_another_happening_s_does_not_date_this_one(
    words: str, when: date | None
) -> None:
    year = "2011" if when else "2010"
    record = read_on_15_december_2024(
        words,
        kind="generic",
        participants=["Kirkby Holdings"],
        event_type="took part in parties",
        when=year,
    )
    (happening,) = [e for e in record.events if isinstance(e, GenericEvent)]
    assert (happening.when.earliest if happening.when else None) == when


def test_a_time_its_quote_does_not_write_is_read_in_the_sentence_that_does() -> None:
    """The reading quotes the naming, and takes the start from the sentence after it."""
    named = "Ann Holt has been named chief executive"
    article = Document(
        source="d.md",
        published=date(2024, 12, 15),
        text=f"{named}. She will be paid $1.2 million when she moves up in January.",
    )
    record = Record()
    tenure_event = event(
        quote=named, kind="tenure", person="Ann Holt", role="chief executive", start="January"
    )
    add_events(record, article, extraction(tenure_event, text=article.text))
    (tenure,) = [e for e in record.events if isinstance(e, Tenure)]
    assert tenure.start is not None and tenure.start.earliest == date(2025, 1, 1)


@pytest.mark.parametrize(
    ("quote", "end"),
    [
        # A time the claim's quote leaves out is read in the tense of the sentence around it...
        ("ending an interim spell in charge by Ann Holt", date(2023, 1, 21)),
        # ...and one its quote writes, in the quote's.
        ("He is due to take up the post at the end of January", date(2023, 1, 21)),
        ("Ann Holt left at the end of January", date(2022, 1, 21)),
    ],
)
def test_a_claimed_time_its_quote_leaves_out_is_read_in_its_sentence(quote: str, end: date) -> None:
    sentence = (
        "He is due to take up the post at the end of January, ending an interim spell in charge "
        "by Ann Holt. Ann Holt left at the end of January."
    )
    claim = claim_adapter.validate_python(
        {
            "kind": "tenure",
            "quote": quote,
            "as_of": date(2022, 11, 6),
            "person": "Ann Holt",
            "role": "chief executive",
            "end": "the end of January",
        }
    )
    found = claim.in_sentence(sentence)
    assert isinstance(found, TenureClaim) and found.end is not None
    assert (found.end.earliest, found.sentence) == (end, sentence)


@pytest.mark.parametrize(
    ("words", "period", "counted"),
    [
        # A figure counted since a time runs from it to the article's date...
        ("Its shares have fallen by 80% since the warning two months ago", "two months ago", True),
        ("Its shares have fallen by 80% since October", "since October", True),
        # ...and one for a time is for that time.
        ("Its shares fell by 80% in October", "October", False),
    ],
)
def test_a_figure_counted_since_a_time_runs_to_the_article_s_date(
    words: str, period: str, counted: bool
) -> None:
    record = read_on_15_december_2024(
        words,
        kind="figure",
        subject="Kirkby Holdings",
        subject_type="organisation",
        metric="share price fall",
        value="80%",
        period=period,
    )
    (figure,) = [e for e in record.events if isinstance(e, Figure)]
    published = date(2024, 12, 15)
    read = parse_time(period, published)
    expected = FuzzyTime.between(read.earliest, published) if counted else read
    assert figure.period is not None
    assert (figure.period.earliest, figure.period.latest) == (expected.earliest, expected.latest)


CLUB = Document(
    source="club.md",
    published=date(2023, 5, 2),
    text=(
        'Kirkby Rovers finished ninth. Its manager, Owen Tully, said: "We are not going '
        'anywhere." Tully, 47, joined from Leyton Vale in 2021.'
    ),
)


def test_a_subject_is_named_with_the_type_the_article_gives_it_and_listed_under_it() -> None:
    record = Record()
    add_events(
        record,
        CLUB,
        extraction(
            event(
                kind="figure",
                quote="Kirkby Rovers finished ninth",
                metric="league position",
                subject="Kirkby Rovers",
                subject_type="organisation",
                value="ninth",
            ),
            event(
                kind="attribute",
                quote="Tully, 47",
                subject="Owen Tully",
                subject_type="person",
                attribute="age",
                value="47",
            ),
            text=CLUB.text,
        ),
    )
    assert {e.name: e.type for e in record.entities.values()} == {
        "league position": "metric",
        "Kirkby Rovers": "organisation",
        "Owen Tully": "person",
    }
    assert "- organisations: Kirkby Rovers" in vocabulary(record)


def test_a_quotation_is_recorded_with_its_speaker_and_words_and_refused_when_not_quoted() -> None:
    record = Record()
    said = "We are not going anywhere."
    result = add_events(
        record,
        CLUB,
        extraction(
            event(
                kind="quotation",
                quote=f'Owen Tully, said: "{said}"',
                speaker="Owen Tully",
                words=said,
            ),
            event(
                kind="quotation",
                quote=f'Owen Tully, said: "{said}"',
                speaker="Owen Tully",
                words="We are going nowhere.",
            ),
            text=CLUB.text,
        ),
    )
    (quotation,) = result.added
    assert isinstance(quotation, Quotation)
    assert (record.entity(quotation.speaker).name, quotation.words) == ("Owen Tully", said)
    assert [why for _, why in result.skipped] == ["quoted words that are not in the quote"]


def test_reported_speech_is_recorded_as_such_and_a_speaker_with_its_type() -> None:
    record = Record()
    text = (
        "The league's annual review said the club owed £2m. Its manager, Owen Tully, said the "
        "squad would stay together."
    )
    result = add_events(
        record,
        Document(source="club.md", published=date(2023, 5, 2), text=text),
        extraction(
            event(
                kind="quotation",
                quote="The league's annual review said the club owed £2m.",
                speaker="league annual review",
                subject_type="organisation",
                words="the club owed £2m",
                reported=True,
            ),
            event(
                kind="quotation",
                quote="Owen Tully, said the squad would stay together",
                speaker="Owen Tully",
                words="the squad would stay together",
                reported=True,
            ),
            text=text,
        ),
    )
    said = {record.entity(q.speaker).name: q for q in result.added if isinstance(q, Quotation)}
    assert [q.reported for q in said.values()] == [True, True]
    assert {name: record.entity(q.speaker).type for name, q in said.items()} == {
        "league annual review": "organisation",
        "Owen Tully": "person",
    }


def test_the_same_fact_from_a_second_article_adds_a_source_not_an_event() -> None:
    record = Record()
    figure = event(
        kind="figure",
        quote="The department overspent by £8.5m in 2016/17",
        metric="overspend",
        subject="the department",
        value="£8.5m",
        period="2016/17",
    )
    add_events(record, ARTICLE, extraction(figure))
    later = Document(source="b.md", published=date(2017, 10, 5), text=ARTICLE.text)
    result = add_events(record, later, extraction(figure))
    assert len(result.merged) == 1 and not result.added
    assert [p.source for p in record.events[0].provenance] == ["a.md", "b.md"]


def test_an_event_that_cannot_be_recorded_is_skipped_with_the_reason() -> None:
    record = Record()
    result = add_events(
        record,
        ARTICLE,
        extraction(
            event(kind="figure", quote="overspent by £8.5m", metric="overspend"),
        ),
    )
    assert result.added == []
    assert result.skipped[0][1] == "a figure with no value"


def test_times_and_people_a_claim_gives_must_be_written_somewhere_in_its_text() -> None:
    built = to_claim(
        claim(
            kind="tenure",
            quote="She took over in June of that year",
            person="Ann Lee",
            role="chair",
            start="June 2013",
        ),
        date(2017, 8, 17),
    )
    text = "Ann Lee joined the board after the 2013 inspection. She took over in June of that year."
    assert absent_from(built, text) == [], "taken from beyond the quote, but from the text"
    invented = "Bo Ray joined the board in 2015. She took over in June of that year."
    assert absent_from(built, invented) == [
        "start: 2013 is not in the text",
        "person: 'Ann Lee' is not named in the text",
    ]
