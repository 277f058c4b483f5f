"""The verdict rules of DESIGN.md ("The record is open-world", "Verdicts on stories nobody here has
written") on stories other than the Norfolk one: a water company's chief executives, a
university's vice-chancellors, a football club's managers, a school's heads.

Each test builds the small record it needs in code, so it reads as the rule it shows: what the
sources reported, what a draft claims, and the verdict the checker owes it. Every name is
invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from stores import Store

from factcheck import (
    Attribute,
    Checker,
    Entity,
    Figure,
    FuzzyTime,
    GenericEvent,
    Provenance,
    Quotation,
    Rating,
    Record,
    Report,
    ReportedCount,
    Tenure,
    Verdict,
    parse_quantity,
    parse_time,
)
from factcheck.claims import claim_adapter
from factcheck.record import EventBase

# -- building small records --------------------------------------------------------------------


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def person(name: str, *aliases: str) -> Entity:
    return Entity(id=slug(name), type="person", name=name, aliases=list(aliases))


def organisation(name: str, *aliases: str) -> Entity:
    return Entity(id=slug(name), type="organisation", name=name, aliases=list(aliases))


def post(name: str, of: str, *aliases: str) -> Entity:
    """A role in an organisation, e.g. post("Severn Vale Water chief executive", "Severn Vale
    Water", "chief executive")."""
    return Entity(
        id=slug(name), type="role", name=name, organisation=slug(of), aliases=list(aliases)
    )


def metric(name: str, *aliases: str) -> Entity:
    return Entity(id=slug(name), type="metric", name=name, aliases=list(aliases))


def reported(on: str, quote: str = "(as reported)") -> list[Provenance]:
    """Provenance of an article published on the ISO date ``on``."""
    return [Provenance(source=f"{on}-article.md", published=date.fromisoformat(on), quote=quote)]


def month(year: int, number: int) -> FuzzyTime:
    return FuzzyTime.month(year, number)


def year(number: int) -> FuzzyTime:
    return FuzzyTime.year(number)


def day(iso: str) -> FuzzyTime:
    return FuzzyTime.day(date.fromisoformat(iso))


_store: list[Store] = []


@pytest.fixture(autouse=True)
def _in_every_store(store: Store) -> Iterator[None]:
    """Every rule test runs once per kind of store: :func:`build` keeps its record there."""
    _store.append(store)
    yield
    _store.pop()


def build(entities: list[Entity], events: list[EventBase]) -> Record:
    return _store[-1].record(entities, events)


def check(record: Record, kind: str, as_of: str, **fields: Any) -> Verdict:
    """Check one claim as a draft dated ``as_of`` (ISO) would give it."""
    claim = claim_adapter.validate_python(
        {"kind": kind, "quote": "(claim)", "as_of": date.fromisoformat(as_of), **fields}
    )
    return Checker(record).check(claim)


# -- the stories -------------------------------------------------------------------------------

SEVERN_VALE = "Severn Vale Water"
WATER_CEO = "Severn Vale Water chief executive"
WESSEX = "Wessex Water"
WESSEX_CEO = "Wessex Water chief executive"
FENMOOR = "University of Fenmoor"
VC = "Fenmoor vice-chancellor"
REGISTRAR = "Fenmoor registrar"
HARBOUR = "Harbour Town FC"
MANAGER = "Harbour Town manager"
HEAD_COACH = "Harbour Town head coach"
NORTHGATE = "Northgate Academy"
HEAD = "Northgate Academy headteacher"
INSPECTORATE = "the Schools Inspectorate"


def water_company() -> list[Entity]:
    return [
        organisation(SEVERN_VALE),
        organisation(WESSEX),
        post(WATER_CEO, SEVERN_VALE, "chief executive"),
        post(WESSEX_CEO, WESSEX),
    ]


def university() -> list[Entity]:
    return [
        organisation(FENMOOR, "Fenmoor"),
        post(VC, FENMOOR, "vice-chancellor"),
        post(REGISTRAR, FENMOOR, "registrar"),
    ]


def football_club() -> list[Entity]:
    return [
        organisation(HARBOUR, "Harbour Town"),
        post(MANAGER, HARBOUR, "manager"),
        post(HEAD_COACH, HARBOUR, "head coach"),
    ]


def school() -> list[Entity]:
    return [
        organisation(NORTHGATE),
        organisation(INSPECTORATE, "inspectors"),
        post(HEAD, NORTHGATE, "headteacher", "head"),
    ]


# == Rule 1: contradict only on what the record states =========================================


def test_a_departure_after_the_record_last_saw_someone_in_post_is_news() -> None:
    record = build(
        [*water_company(), person("Helen Marsh")],
        [
            Tenure(
                person="helen-marsh",
                role=slug(WATER_CEO),
                start=month(2021, 4),
                provenance=reported("2024-03-12"),
            )
        ],
    )
    left = check(
        record, "tenure", "2024-06-20", person="Helen Marsh", role="chief executive", current=False
    )
    assert (left.verdict, left.reason) == ("unverifiable", "new")
    left_in_may = check(
        record, "tenure", "2024-06-20", person="Helen Marsh", role="chief executive", end="May"
    )
    assert (left_in_may.verdict, left_in_may.reason) == ("unverifiable", "new")
    still_there = check(
        record, "tenure", "2024-06-20", person="Helen Marsh", role="chief executive", current=True
    )
    assert still_there.verdict == "supported"


def test_an_open_tenure_is_at_least_as_long_as_its_last_report_and_at_most_to_the_claim() -> None:
    record = build(
        [*university(), person("Ruth Kellaway", "Professor Kellaway")],
        [
            Tenure(
                person="ruth-kellaway",
                role=slug(VC),
                start=month(2015, 9),
                provenance=reported("2020-03-05"),
            )
        ],
    )

    def time_in_post(length: str) -> Verdict:
        return check(
            record,
            "duration",
            "2023-06-01",
            person="Professor Kellaway",
            role="vice-chancellor",
            value=length,
        )

    # Four and a half years by the last report, nearly eight by the draft's date.
    assert time_in_post("six years").verdict == "supported"
    assert time_in_post("three years").verdict == "contradicted"


def test_a_length_told_before_the_post_was_taken_up_is_another_post_s() -> None:
    """ "14 years as vice-chancellor", told as she was appointed, before she took the post up:
    a length in an earlier post, no rival to the years her dates here give."""
    record = build(
        [*university(), person("Ruth Kellaway", "Professor Kellaway")],
        [
            Tenure(
                person="ruth-kellaway",
                role=slug(VC),
                start=month(2015, 6),
                end=month(2019, 3),
                provenance=reported("2019-03-29"),
            ),
            Attribute(
                subject="ruth-kellaway",
                attribute="time as vice-chancellor",
                value="14 years",
                provenance=reported("2015-03-06", "after 14 years as vice-chancellor"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2019-03-29",
        person="Professor Kellaway",
        role="vice-chancellor",
        value="nearly four years",
    )
    assert verdict.verdict == "supported", verdict.explanation


def test_a_term_told_before_the_post_was_taken_up_is_this_post_s() -> None:
    """ "Over the course of her five-year term", told as she was appointed: the term agreed for
    this post, which a three-year term contradicts."""
    record = build(
        [*university(), person("Ruth Kellaway", "Professor Kellaway")],
        [
            Tenure(
                person="ruth-kellaway",
                role=slug(VC),
                start=month(2019, 4),
                provenance=reported("2019-03-02"),
            ),
            Attribute(
                subject="ruth-kellaway",
                attribute="length of term as vice-chancellor",
                value="five-year",
                provenance=reported("2019-03-02", "over the course of her five-year term"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2024-02-06",
        quote="The university expected to save £1m over her three-year term.",
        person="Professor Kellaway",
        role="vice-chancellor",
        value="three-year term",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


def test_an_interim_stays_in_post_until_the_announced_successor_arrives() -> None:
    record = build(
        [*football_club(), person("Dean Royle"), person("Marta Quintero")],
        [
            Tenure(
                person="dean-royle",
                role=slug(MANAGER),
                start=month(2024, 2),
                interim=True,
                in_post=month(2024, 3),
                provenance=reported("2024-03-08", "interim manager Dean Royle"),
            ),
            Tenure(
                person="marta-quintero",
                role=slug(MANAGER),
                start=day("2024-07-01"),
                interim=False,
                predecessor="dean-royle",
                provenance=reported("2024-04-02", "Quintero will take over from Royle on 1 July"),
            ),
        ],
    )
    verdict = check(
        record, "tenure", "2024-04-20", person="Dean Royle", role="manager", current=True
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize("told_on", ["2024-01-30", "2027-09-14"])
@pytest.mark.parametrize(("claimed", "expected"), [("54", "supported"), ("56", "contradicted")])
def test_an_age_stops_growing_when_the_person_dies(
    told_on: str, claimed: str, expected: str
) -> None:
    """An age told after the death, however long after, is the age at death."""
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            GenericEvent(
                event_type="died",
                participants=["priya-natarajan"],
                when=day("2024-01-24"),
                once=True,
                provenance=reported("2024-01-30"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="54",
                provenance=reported(told_on, "Ms Natarajan, who was 54"),
            ),
        ],
    )
    verdict = check(
        record, "attribute", "2028-04-22", subject="Priya Natarajan", attribute="age", value=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("attribute", "claimed", "expected"),
    [
        # An age claimed at a time is computed at that time...
        ("age in March 2018", "50", "supported"),
        ("age in March 2018", "52", "contradicted"),
        # ...and one claimed at none, at the claim's date...
        ("age", "54", "supported"),
        # ...while one at an occasion the claim does not date is no more than the age now,
        # and any less the record cannot rule out.
        ("age on retirement", "51", "unverifiable"),
        ("age on retirement", "54", "unverifiable"),
        ("age on retirement", "56", "contradicted"),
    ],
)
def test_an_age_claimed_at_a_time_is_the_age_then(
    attribute: str, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="52",
                provenance=reported("2020-05-01", "Ms Natarajan, 52"),
            )
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2022-07-01",
        subject="Priya Natarajan",
        attribute=attribute,
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "claimed", "expected"),
    [
        # 52 in May 2020: an age told in a past sentence of one year is her age then...
        ("She arrived in Lisbon at the end of 2021, aged 53.", "53", "supported"),
        ("She arrived in Lisbon at the end of 2021, aged 55.", "55", "contradicted"),
        # ...and one told now, or beside her name in a sentence of another year, is her age now.
        ("Ms Natarajan, aged 57, runs the company.", "57", "supported"),
        ("Ms Natarajan, 57, saw the company through a crisis in 2021.", "57", "supported"),
    ],
)
def test_an_age_in_a_past_sentence_of_one_year_is_the_age_then(
    sentence: str, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="52",
                provenance=reported("2020-05-01", "Ms Natarajan, 52"),
            )
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2025-04-08",
        subject="Priya Natarajan",
        attribute="age",
        value=claimed,
        quote=f"aged {claimed}",
        sentence=sentence,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "attribute", "claimed", "expected"),
    [
        # 52 in May 2020, appointed then, 55 in 2023, retiring in May 2026: an age at an
        # occasion is the age when the record has it...
        ("She was 52 when she was appointed.", "age when appointed", "52", "supported"),
        ("Ms Natarajan, then 58, retired.", "age", "58", "supported"),
        # ...and one that fits no time the record has for it is wrong...
        ("She was 50 when she was appointed.", "age when appointed", "50", "contradicted"),
        # (55 is her age in a later report, not when she was appointed)
        ("She was 55 when she was appointed.", "age when appointed", "55", "contradicted"),
        ("Ms Natarajan, then 61, retired.", "age", "61", "contradicted"),
        # ...while a "then" the record cannot place may be any age up to hers now.
        ("Ms Natarajan, then 49, had struggled with the commute.", "age", "49", "unverifiable"),
        ("Ms Natarajan, then 62, had struggled with the commute.", "age", "62", "contradicted"),
    ],
)
def test_an_age_at_an_occasion_is_the_age_when_the_record_has_it(
    quote: str, attribute: str, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="52",
                provenance=reported("2020-05-01", "Ms Natarajan, 52"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="55",
                provenance=reported("2023-05-01", "Ms Natarajan, 55"),
            ),
            Attribute(  # an age no one number gives is left aside
                subject="priya-natarajan",
                attribute="age",
                value="55 or 56",
                provenance=reported("2023-06-01", "aged 55 or 56"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=month(2020, 6),
                end=month(2026, 5),
                provenance=reported("2020-05-01", "appointed to start in June"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2026-09-01",
        quote=quote,
        sentence=quote,
        subject="Priya Natarajan",
        attribute=attribute,
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_an_age_is_computed_from_when_it_was_reported() -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="52",
                provenance=reported("2020-05-01", "Ms Natarajan, 52"),
            )
        ],
    )
    two_years_on = check(
        record, "attribute", "2022-07-01", subject="Priya Natarajan", attribute="age", value="54"
    )
    assert two_years_on.verdict == "supported"
    # The age the source gave, three years on, is right only of that time: a draft retelling
    # what happened then gives the age then ("Ms Natarajan, 52, was appointed"), and a stale age
    # reads the same; the explanation gives the age now.
    unchanged = check(
        record, "attribute", "2023-06-01", subject="Priya Natarajan", attribute="age", value="52"
    )
    assert unchanged.verdict == "unverifiable"
    assert "55 or 56 now" in unchanged.explanation
    # Any other age is read as of the draft's date.
    another = check(
        record, "attribute", "2023-06-01", subject="Priya Natarajan", attribute="age", value="53"
    )
    assert another.verdict == "contradicted"
    assert another.expected == "55 or 56"


def league_table() -> Record:
    return build(
        [*football_club(), metric("league position", "position in the league")],
        [
            Figure(
                metric="league-position",
                subject=slug(HARBOUR),
                value=parse_quantity("15th"),
                provenance=reported("2024-03-09", "Harbour Town, 15th in the table"),
            )
        ],
    )


def test_a_position_reported_without_a_period_may_have_changed_by_a_later_claim() -> None:
    verdict = check(
        league_table(),
        "figure",
        "2024-05-11",
        metric="league position",
        subject="Harbour Town",
        value="ninth",
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new")


@pytest.mark.parametrize("period", [None, "9 March 2024"], ids=["no period", "that day"])
def test_a_position_claimed_for_the_day_it_was_reported_is_contradicted(
    period: str | None,
) -> None:
    verdict = check(
        league_table(),
        "figure",
        "2024-03-09",
        metric="league position",
        subject="Harbour Town",
        value="ninth",
        period=period,
    )
    assert verdict.verdict == "contradicted", verdict.explanation
    assert verdict.expected == "15th"


def test_a_running_reported_count_never_contradicts_a_later_higher_count() -> None:
    record = build(
        [*water_company(), person("Colin Stray")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2019),
                provenance=reported("2019-04-10"),
            ),
            ReportedCount(
                counted="holders",
                role=slug(WATER_CEO),
                value=3,
                since=year(2016),
                as_of=day("2020-06-04"),
                provenance=reported("2020-06-04", "the third chief executive since 2016"),
            ),
        ],
    )
    verdict = check(
        record, "holder_count", "2023-02-01", role="chief executive", count="four", since="2016"
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new"), verdict.explanation


def three_chief_executives(last_seen: str) -> Record:
    """Severn Vale Water's chief executives: Colin Stray to March 2018, then Ada Quist (she
    replaced him) to July 2018, then Helen Marsh (she replaced Ada Quist), last reported in
    post on ``last_seen``."""
    return build(
        [*water_company(), person("Colin Stray"), person("Ada Quist"), person("Helen Marsh")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2012),
                end=month(2018, 3),
                provenance=reported("2018-03-20"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2018, 3),
                end=month(2018, 7),
                predecessor="colin-stray",
                provenance=reported("2018-07-02"),
            ),
            Tenure(
                person="helen-marsh",
                role=slug(WATER_CEO),
                start=month(2018, 7),
                predecessor="ada-quist",
                provenance=reported("2018-07-02"),
            ),
            Tenure(
                person="helen-marsh",
                role=slug(WATER_CEO),
                in_post=day(last_seen),
                provenance=reported(last_seen),
            ),
        ],
    )


@pytest.mark.parametrize(("claimed", "expected"), [("two", "supported"), ("three", "contradicted")])
def test_a_window_written_up_to_a_time_counts_the_holders_up_to_that_time(
    claimed: str, expected: str
) -> None:
    record = three_chief_executives(last_seen="2021-05-01")
    verdict = check(
        record,
        "holder_count",
        "2021-06-01",
        role="chief executive",
        count=claimed,
        since="six months before June 2018",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "since", "until", "expected"),
    [
        # "By June 2018 it had had two chief executives in six months"...
        ("two", "six months", "June 2018", "supported"),
        ("three", "six months", "June 2018", "contradicted"),
        # ...and "three chief executives during 2018".
        ("three", "2018", "2018", "supported"),
        ("four", "2018", "2018", "contradicted"),
    ],
)
def test_a_count_the_text_places_at_an_earlier_time_runs_to_that_time(
    claimed: str, since: str, until: str, expected: str
) -> None:
    record = three_chief_executives(last_seen="2021-05-01")
    verdict = check(
        record,
        "holder_count",
        "2021-06-01",
        role="chief executive",
        count=claimed,
        since=since,
        until=until,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_count_beyond_a_window_the_record_fills_without_a_hole_is_contradicted() -> None:
    record = three_chief_executives(last_seen="2021-05-01")
    verdict = check(
        record, "holder_count", "2021-05-01", role="chief executive", count="four", since="2015"
    )
    assert (verdict.verdict, verdict.expected) == ("contradicted", "at most 3"), verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("second", "supported"), ("third", "contradicted")]
)
def test_an_ordinal_is_not_left_open_by_the_counted_holder_s_own_end(
    claimed: str, expected: str
) -> None:
    """Ada Quist's end, read loosely, may seem to come before the end of the month she took
    over; whenever she left, the holders before her are all known, so her place is settled."""
    record = build(
        [*water_company(), person("Colin Stray"), person("Ada Quist")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2012),
                end=month(2018, 3),
                provenance=reported("2018-03-20"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2018, 3),
                end=FuzzyTime.between(date(2017, 4, 1), date(2019, 3, 31)),
                predecessor="colin-stray",
                provenance=reported("2018-03-20"),
            ),
        ],
    )
    verdict = check(
        record,
        "holder_ordinal",
        "2021-05-01",
        person="Ada Quist",
        role="chief executive",
        ordinal=claimed,
        since="2018",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "ordinal", "expected"),
    [
        # A window that begins as a holder quits runs from his departure, without him...
        (
            "Helen Marsh is the second chief executive since Colin Stray quit in 2018.",
            2,
            "supported",
        ),
        (
            "Helen Marsh is the third chief executive since Colin Stray quit in 2018.",
            3,
            "contradicted",
        ),
        # ...one that begins as a holder arrives runs from her start, with her first...
        (
            "Helen Marsh is the second chief executive since Ada Quist arrived in 2018.",
            2,
            "supported",
        ),
        (
            "Helen Marsh is the third chief executive since Ada Quist arrived in 2018.",
            3,
            "contradicted",
        ),
        # ...while one that begins at a time counts whoever was in post then.
        ("Helen Marsh is the third chief executive since 2018.", 3, "supported"),
    ],
)
def test_a_window_that_begins_as_a_holder_leaves_or_arrives_counts_from_then(
    quote: str, ordinal: int, expected: str
) -> None:
    verdict = check(
        three_chief_executives(last_seen="2021-05-01"),
        "holder_ordinal",
        "2021-06-01",
        quote=quote,
        person="Helen Marsh",
        role="chief executive",
        ordinal=ordinal,
        since="2018",
    )
    assert verdict.verdict == expected, verdict.explanation


def interim_between() -> Record:
    """Colin Stray from 2012, Ada Quist acting after he left in June 2018, Helen Marsh after
    her from April 2019."""
    people = [person("Colin Stray"), person("Ada Quist"), person("Helen Marsh")]
    return build(
        [*water_company(), *people],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2012),
                end=month(2018, 6),
                provenance=reported("2018-06-02"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2018, 6),
                end=month(2019, 4),
                interim=True,
                predecessor="colin-stray",
                provenance=reported("2019-04-02"),
            ),
            Tenure(
                person="helen-marsh",
                role=slug(WATER_CEO),
                start=month(2019, 4),
                interim=False,
                predecessor="ada-quist",
                provenance=reported("2019-04-02"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("quote", "ordinal", "expected"),
    [
        # Interims count, by convention...
        ("Helen Marsh is the first chief executive since Colin Stray quit.", 1, "contradicted"),
        # ...while a place among permanent holders alone leaves them out, and is no later than
        # the place among all...
        (
            "Helen Marsh is the first permanent chief executive since Colin Stray quit.",
            1,
            "unverifiable",
        ),
        (
            "Helen Marsh is the third substantive chief executive since Colin Stray quit.",
            3,
            "contradicted",
        ),
        # ...and no earlier than the permanent holders before.
        ("Helen Marsh is the first permanent chief executive since 2018.", 1, "contradicted"),
    ],
)
def test_a_place_among_permanent_holders_alone_leaves_the_interims_out(
    quote: str, ordinal: int, expected: str
) -> None:
    record = interim_between()
    verdict = check(
        record,
        "holder_ordinal",
        "2021-06-01",
        quote=quote,
        person="Helen Marsh",
        role="chief executive",
        ordinal=ordinal,
        since="2018",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_place_among_permanent_holders_in_a_length_counts_from_the_permanent_appointment() -> (
    None
):
    """Helen Marsh acting from April 2019, made permanent in 2021: "its first permanent chief
    executive in two years" counts back from 2021, not from when she began acting, and the
    record does not date the permanent appointment."""
    record = interim_between()
    record.add(
        Tenure(
            person="helen-marsh",
            role=slug(WATER_CEO),
            start=month(2019, 4),
            interim=True,
            predecessor="ada-quist",
            provenance=reported("2019-04-02", "Helen Marsh is acting chief executive"),
        )
    )
    verdict = check(
        record,
        "holder_ordinal",
        "2021-06-01",
        quote="The board made her permanent, its first permanent chief executive in two years.",
        person="Helen Marsh",
        role="chief executive",
        ordinal=1,
        since="two years",
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("The water company has had two chief executives since 2018.", "contradicted"),
        ("The water company has had two permanent chief executives since 2018.", "unverifiable"),
    ],
)
def test_a_count_of_permanent_holders_alone_is_not_the_record_s_count(
    quote: str, expected: str
) -> None:
    verdict = check(
        interim_between(),
        "holder_count",
        "2021-06-01",
        quote=quote,
        role="chief executive",
        count=2,
        since="2018",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(("claimed", "expected"), [("two", "supported"), ("one", "contradicted")])
def test_a_count_of_holders_since_one_left_leaves_them_out(claimed: str, expected: str) -> None:
    verdict = check(
        three_chief_executives(last_seen="2021-05-01"),
        "holder_count",
        "2021-06-01",
        quote=f"There have been {claimed} chief executives since Colin Stray's departure in 2018.",
        role="chief executive",
        count=claimed,
        since="2018",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_count_is_not_contradicted_past_the_last_report_of_the_holder_in_post() -> None:
    record = three_chief_executives(last_seen="2019-05-01")
    verdict = check(
        record, "holder_count", "2021-05-01", role="chief executive", count="four", since="2015"
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("who", "ordinal"),
    [("Joan Pellow", 1), ("Joan Pellow", 2), ("Idris Carrow", 1), ("Idris Carrow", 2)],
)
def test_an_order_inferred_from_sightings_in_post_never_contradicts_an_ordinal(
    who: str, ordinal: int
) -> None:
    record = build(
        [*school(), person("Joan Pellow"), person("Idris Carrow")],
        [
            Tenure(
                person="joan-pellow",
                role=slug(HEAD),
                in_post=year(2015),
                provenance=reported("2015-10-01"),
            ),
            Tenure(
                person="idris-carrow",
                role=slug(HEAD),
                in_post=year(2017),
                provenance=reported("2017-05-01"),
            ),
        ],
    )
    verdict = check(
        record,
        "holder_ordinal",
        "2018-01-15",
        person=who,
        role="headteacher",
        ordinal=ordinal,
        since="2014",
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("£97,000", "supported"), ("£79,000", "contradicted")]
)
def test_a_figure_about_a_person_is_checked_against_that_person_s_figures(
    claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Lena Voss"), metric("pay-off")],
        [
            Figure(
                metric="pay-off",
                subject="lena-voss",
                value=parse_quantity("£97,000"),
                period=year(2023),
                provenance=reported("2024-01-08"),
            )
        ],
    )
    verdict = check(
        record,
        "figure",
        "2024-06-01",
        metric="pay-off",
        subject="Lena Voss",
        value=claimed,
        period="2023",
    )
    assert verdict.verdict == expected, verdict.explanation


def club_figures(measure: str, *reports: tuple[str, str, str]) -> Record:
    """A club's figures of one metric, each report's value, date and words, with no period."""
    return build(
        [*football_club(), metric(measure)],
        [
            Figure(
                metric=slug(measure),
                subject=slug(HARBOUR),
                value=parse_quantity(value),
                provenance=reported(on, words),
            )
            for value, on, words in reports
        ],
    )


@pytest.mark.parametrize(
    ("quote", "claimed", "expected"),
    [
        # Told in the past at no time of its own: the one occasion the record reports.
        ("The ground was home to 183 of its staff.", "183", "contradicted"),
        ("The ground was home to 138 of its staff.", "138", "supported"),
        ("The club kept 175 of its staff at the ground.", "175", "contradicted"),
        # A word in -ed describing the staff tells no past.
        ("The ground's 175 salaried staff.", "175", "unverifiable"),
        # "May" the verb names no month.
        ("The ground was home to 175 staff, who may be moved.", "175", "contradicted"),
        # A time or occasion of its own may be another occasion...
        ("The ground was home to 175 staff when the club was sold.", "175", "unverifiable"),
        ("In March the ground was home to 175 staff.", "175", "unverifiable"),
        ("In May the ground was home to 175 staff.", "175", "unverifiable"),
        ("In the end the ground was home to 175 staff.", "175", "unverifiable"),
        # ...and a figure told as it is now may have changed since the report...
        ("The ground is home to 175 of its staff.", "175", "unverifiable"),
        # ...and one told changing to the recorded value is another occasion's, where one told
        # beside it may be that occasion's, swapped with another figure.
        ("The ground was home to 175 staff, a number that fell to 138.", "175", "unverifiable"),
        ("The ground was home to 175 staff and 138 volunteers.", "175", "contradicted"),
    ],
)
def test_a_past_figure_given_no_time_is_the_one_the_record_reports(
    quote: str, claimed: str, expected: str
) -> None:
    record = club_figures("staff at the ground", ("138", "2023-01-28", "(as reported)"))
    claim = {"metric": "staff at the ground", "subject": HARBOUR, "value": claimed}
    verdict = check(record, "figure", "2023-04-20", **claim, quote=quote, sentence=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "period", "claimed", "expected"),
    [
        # The record's one figure with its digits in another order is a slip in copying it,
        # whatever occasion the past sentence names, or the period it gives...
        ("In March the ground was home to 183 staff.", None, "183", "contradicted"),
        ("The ground had 183 staff in 2023.", "2023", "183", "contradicted"),
        # ...but not a figure told as it is now, which may have changed since...
        ("The ground is home to 183 of its staff.", None, "183", "unverifiable"),
        # ...one for a period the report does not fall in, or other digits.
        ("The ground had 183 staff in 2021.", "2021", "183", "unverifiable"),
        ("In March the ground was home to 148 staff.", None, "148", "unverifiable"),
    ],
)
def test_the_record_s_one_figure_with_its_digits_in_another_order_is_a_slip(
    quote: str, period: str | None, claimed: str, expected: str
) -> None:
    record = club_figures("staff at the ground", ("138", "2023-01-28", "(as reported)"))
    claim = {"metric": "staff at the ground", "subject": HARBOUR, "value": claimed}
    verdict = check(record, "figure", "2023-04-20", **claim, period=period, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # The price told at no period of its own, beside other years' prices, with its three
        # digits in another order: a slip in copying that price...
        ("£46.9m", "contradicted"),
        # ...but two digits may be another year's price by chance, and a price the record has
        # for another year may be that year's.
        ("£5.7m", "unverifiable"),
        ("£24m", "unverifiable"),
    ],
)
def test_a_figure_beside_other_periods_figures_with_its_digits_in_another_order_is_a_slip(
    claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), metric("price paid for a ground")],
        [
            Figure(
                metric="price-paid-for-a-ground",
                subject=slug(HARBOUR),
                value=parse_quantity(value),
                period=period,
                provenance=reported(on, "(as reported)"),
            )
            for value, period, on in (
                ("£49.6m", None, "2019-11-29"),
                ("£24m", year(2016), "2019-11-29"),
                ("£7.5m", year(2012), "2013-03-01"),
            )
        ],
    )
    claim = {"metric": "price paid for a ground", "subject": HARBOUR, "value": claimed}
    quote = f"The club later bought the ground for {claimed}."
    verdict = check(record, "figure", "2020-06-01", **claim, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "period", "expected"),
    [
        # A floor with the recorded floor's digits in another order is a slip in copying it,
        # though the recorded floor bears it out, at no time of its own or for the same year...
        ("more than £59bn", None, "contradicted"),
        ("more than £59bn", "2016", "contradicted"),
        # ...where the recorded floor itself, or a value the record can say nothing of, is no
        # slip.
        ("more than £95bn", None, "supported"),
        ("£100bn", "2016", "unverifiable"),
    ],
)
def test_a_floor_with_its_digits_in_another_order_is_a_slip(
    claimed: str, period: str | None, expected: str
) -> None:
    record = build(
        [*football_club(), metric("spending controlled")],
        [
            Figure(
                metric="spending-controlled",
                subject=slug(HARBOUR),
                value=parse_quantity("more than £95bn"),
                period=period and year(int(period)),
                provenance=reported("2016-05-21", "(as reported)"),
            )
        ],
    )
    claim = {"metric": "spending controlled", "subject": HARBOUR, "value": claimed}
    quote = f"The club controlled {claimed} of spending."
    verdict = check(record, "figure", "2020-06-01", **claim, period=period, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "period", "expected"),
    [
        # Revenue fell 3% in 2024: a rise that year is the other way, whatever its size...
        ("rise in revenue", "2024", "contradicted"),
        ("revenue increase", "2024", "contradicted"),
        # ...but a rise in another year, or in no year said, may be another change.
        ("rise in revenue", "2023", "unverifiable"),
        ("rise in revenue", None, "unverifiable"),
    ],
)
def test_a_change_the_record_has_going_the_other_way_is_contradicted(
    claimed: str, period: str | None, expected: str
) -> None:
    record = build(
        [*football_club(), metric("drop in revenue")],
        [
            Figure(
                metric="drop-in-revenue",
                subject=slug(HARBOUR),
                value=parse_quantity("3%"),
                period=year(2024),
                provenance=reported("2025-02-26", "a three per cent drop in revenue"),
            )
        ],
    )
    fields = {"metric": claimed, "subject": HARBOUR, "value": "3%", "period": period}
    verdict = check(record, "figure", "2025-06-01", **fields, quote="Revenue rose 3%.")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        # The record has revenue rising in 2019 and falling in 2024: a rise in 2024 is still
        # the other way...
        ("2024", "contradicted"),
        # ...and a rise in a year it has nothing for may be news.
        ("2022", "unverifiable"),
    ],
)
def test_a_change_is_the_other_way_though_the_record_has_its_direction_in_other_years(
    period: str, expected: str
) -> None:
    record = build(
        [*football_club(), metric("drop in revenue"), metric("rise in revenue")],
        [
            Figure(
                metric="rise-in-revenue",
                subject=slug(HARBOUR),
                value=parse_quantity("65%"),
                period=year(2019),
                provenance=reported("2020-02-26", "revenue rose 65%"),
            ),
            Figure(
                metric="drop-in-revenue",
                subject=slug(HARBOUR),
                value=parse_quantity("3%"),
                period=year(2024),
                provenance=reported("2025-02-26", "a three per cent drop in revenue"),
            ),
        ],
    )
    fields = {"metric": "rise in revenue", "subject": HARBOUR, "value": "3%", "period": period}
    verdict = check(record, "figure", "2025-06-01", **fields, quote="Revenue rose 3%.")
    assert verdict.verdict == expected, verdict.explanation
    if expected == "contradicted":
        assert [e.sources[0].quote for e in verdict.evidence] == [
            "a three per cent drop in revenue"
        ]


@pytest.mark.parametrize(
    ("second_source", "expected"),
    [
        # One report giving two values for one period (two rounds of a vote) tells two things
        # the metric's name does not tell apart: a claim agreeing with one is borne out...
        ("2016-02-26", "supported"),
        # ...while two reports giving the two values disagree.
        ("2016-02-27", "disputed"),
    ],
)
def test_two_values_one_report_gives_for_a_period_are_two_things_not_a_dispute(
    second_source: str, expected: str
) -> None:
    record = build(
        [*football_club(), metric("votes received")],
        [
            Figure(
                metric="votes-received",
                subject=slug(HARBOUR),
                value=parse_quantity(votes),
                period=month(2016, 2),
                provenance=reported(on),
            )
            for votes, on in (("88", "2016-02-26"), ("115", second_source))
        ],
    )
    claim = {
        "metric": "votes received",
        "subject": HARBOUR,
        "value": "88",
        "period": "February 2016",
    }
    verdict = check(record, "figure", "2023-04-10", **claim, quote="It took 88 votes.")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("measure", "claimed", "expected"),
    [
        # A cap claimed of a metric that is itself the most there can be names that most...
        ("potential bonus", "up to £2.3m", "contradicted"),
        ("potential bonus", "up to £1.3m", "supported"),
        # ...while of another metric it is a bound the record's figure lies within.
        ("bonus", "up to £2.3m", "supported"),
    ],
)
def test_a_cap_of_a_metric_that_is_a_most_names_that_most(
    measure: str, claimed: str, expected: str
) -> None:
    record = club_figures(measure, ("£1.3m", "2023-12-15", "(as reported)"))
    claim = {"metric": measure, "subject": HARBOUR, "value": claimed}
    verdict = check(record, "figure", "2025-05-20", **claim, quote=f"His deal allowed {claimed}.")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("measure", "claimed", "expected"),
    [
        # A name that could be several bodies is the one the record has the figure for...
        ("fines paid", "$82,000", "contradicted"),
        # ...and stays ambiguous where the record has the figure for more than one.
        ("pupils", "9,000", "unverifiable"),
    ],
)
def test_an_ambiguous_subject_is_the_one_the_record_has_the_figure_for(
    measure: str, claimed: str, expected: str
) -> None:
    schools = organisation("Kestrel Public Schools", "Kestrel")
    paper = organisation("The Kestrel Herald", "Kestrel")
    record = build(
        [schools, paper, metric("fines paid"), metric("pupils")],
        [
            Figure(
                metric="fines-paid",
                subject=schools.id,
                value=parse_quantity("$28,000"),
                provenance=reported("2015-03-03"),
            ),
            *(
                Figure(
                    metric="pupils",
                    subject=body.id,
                    value=parse_quantity(pupils),
                    provenance=reported("2015-03-03"),
                )
                for body, pupils in ((schools, "5,000"), (paper, "400"))
            ),
        ],
    )
    fields = {"metric": measure, "subject": "Kestrel", "value": claimed}
    verdict = check(record, "figure", "2019-06-01", **fields, quote=f"Kestrel had {claimed}.")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "subject", "expected"),
    [
        # The direction turned round wherever it stands in the name, of the one subject the
        # record gives the change where the claim's is not on record...
        ("average pay rise for staff", "the club's staff", "contradicted"),
        ("average pay rise for staff", HARBOUR, "contradicted"),
        # ...but not of another subject the record knows.
        ("average pay rise for staff", NORTHGATE, "unverifiable"),
    ],
)
def test_a_change_named_the_other_way_is_contradicted_wherever_its_direction_stands(
    claimed: str, subject: str, expected: str
) -> None:
    record = build(
        [*football_club(), *school(), metric("average pay cut for staff")],
        [
            Figure(
                metric="average-pay-cut-for-staff",
                subject=slug(HARBOUR),
                value=parse_quantity("4.5%"),
                period=year(2018),
                provenance=reported("2018-10-19", "an average pay cut of 4.5% for its staff"),
            )
        ],
    )
    fields = {"metric": claimed, "subject": subject, "value": "4.5%", "period": "2018"}
    verdict = check(record, "figure", "2019-06-01", **fields, quote="Staff pay rose 4.5%.")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # Read as the record's "rise", a change the words tell going down is the other way...
        ("The shares closed 81p lower than when he was hired.", "contradicted"),
        # ...and one they tell going up is the record's.
        ("The shares closed 81p higher than when he was hired.", "supported"),
    ],
)
def test_a_change_told_against_the_name_it_was_read_as_is_the_other_way(
    quote: str, expected: str
) -> None:
    record = build(
        [*football_club(), metric("share price rise since he was hired")],
        [
            Figure(
                metric="share-price-rise-since-he-was-hired",
                subject=slug(HARBOUR),
                value=parse_quantity("81p"),
                period=FuzzyTime.between(date(2009, 1, 1), date(2011, 9, 6)),
                provenance=reported("2011-09-06", "shares have risen 81p since he was hired"),
            )
        ],
    )
    fields = {"metric": "share price rise since he was hired", "subject": HARBOUR}
    verdict = check(
        record,
        "figure",
        "2017-07-10",
        **fields,
        value="81p",
        period="6 September 2011",
        quote=quote,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Revenue came in $20m above analysts' expectations.", "contradicted"),
        ("Revenue came in $20m below analysts' expectations.", "supported"),
    ],
)
def test_a_result_told_against_a_forecast_the_other_way_is_contradicted(
    quote: str, expected: str
) -> None:
    """Read as the record's shortfall against forecasts, a result told above them is the other
    way."""
    record = build(
        [*football_club(), metric("revenue shortfall against expectations")],
        [
            Figure(
                metric="revenue-shortfall-against-expectations",
                subject=slug(HARBOUR),
                value=parse_quantity("$20m"),
                period=year(2015),
                provenance=reported("2015-06-11", "revenue fell $20m short of forecasts"),
            )
        ],
    )
    verdict = check(
        record,
        "figure",
        "2025-08-20",
        metric="revenue shortfall against expectations",
        subject=HARBOUR,
        value="$20m",
        period="2015",
        quote=quote,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize("claimed", ["2.1%", "more than 12%"])
def test_a_past_rise_given_no_time_may_be_another_period_s(claimed: str) -> None:
    """A rise or fall is over a period: "sales rose 2.1%" in a later year's results is not the
    "60% increase in sales" of the decade before, which neither contradicts nor bears out a
    rise "of more than 12%" then."""
    record = club_figures("increase in sales", ("60%", "2014-01-29", "sales rose 60% under him"))
    claim = {"metric": "increase in sales", "subject": HARBOUR, "value": claimed}
    verdict = check(record, "figure", "2019-05-01", **claim, quote=f"Total sales rose {claimed}.")
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A figure quoted alone is told in its sentence, at the time of the record's report...
        ("The board forced him out in July 2004 over a £4.5m bonus.", "contradicted"),
        # ...not at another time, or at none.
        ("The board forced him out in July 2009 over a £4.5m bonus.", "unverifiable"),
        ("The board forced him out over a £4.5m bonus.", "unverifiable"),
    ],
)
def test_a_past_figure_quoted_alone_is_told_in_its_sentence(sentence: str, expected: str) -> None:
    record = club_figures("bonus", ("£2.4m", "2004-07-01", "(as reported)"))
    claim = {"metric": "bonus", "subject": HARBOUR, "value": "£4.5m"}
    verdict = check(
        record, "figure", "2023-07-12", **claim, quote="a £4.5m bonus", sentence=sentence
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The one occasion the record reports, where the sentence places the figure nowhere...
        ("The chairman had won 133 votes.", "contradicted"),
        # ...but not where the words around it place it at an occasion of their own.
        ("The members re-elected him after his rival withdrew, having won 133 votes.", ""),
        ("The chairman had won 133 votes, and most of the count was done by Monday.", ""),
    ],
)
def test_a_past_figure_is_placed_by_the_sentence_around_its_words(
    sentence: str, expected: str
) -> None:
    record = club_figures("votes received", ("186", "2011-06-02", "186 votes"))
    claim = {"metric": "votes received", "subject": HARBOUR, "value": "133"}
    verdict = check(
        record, "figure", "2015-05-30", **claim, quote="had won 133 votes", sentence=sentence
    )
    assert verdict.verdict == (expected or "unverifiable"), verdict.explanation


@pytest.mark.parametrize(
    ("subject", "expected"), [(MANAGER, "contradicted"), (HEAD, "unverifiable")]
)
def test_a_figure_of_a_post_is_one_of_the_post_s_organisation(subject: str, expected: str) -> None:
    """ "The post attracted 32 applications", read as of the manager's post, where the record has
    the club's 29; a post of another body has none."""
    record = build(
        [*football_club(), *school(), metric("applications")],
        [
            Figure(
                metric="applications",
                subject=slug(HARBOUR),
                value=parse_quantity("29"),
                provenance=reported("2023-09-08", "There were 29 applications for the role"),
            )
        ],
    )
    claim = {"metric": "applications", "subject": subject, "value": "32"}
    verdict = check(
        record, "figure", "2023-09-22", **claim, quote="The post attracted 32 applications."
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A figure of the whole world is not one told of part of it...
        ("About 600,000 fans of all nationalities were abroad with the club.", "unverifiable"),
        ("The club had 600,000 fans worldwide.", "unverifiable"),
        # ...while one told without a scope is the record's.
        ("The club had 600,000 fans abroad.", "contradicted"),
    ],
)
def test_a_figure_of_the_whole_world_is_not_one_told_without_that_scope(
    quote: str, expected: str
) -> None:
    record = club_figures(
        "fans abroad", ("150,000", "2019-09-23", "150,000 fans flown back to the UK")
    )
    claim = {"metric": "fans abroad", "subject": HARBOUR, "value": "600,000"}
    verdict = check(record, "figure", "2019-11-20", **claim, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    "quote",
    [
        "His salary was set at £671,000 a year.",
        "The club agreed to pay him a year's salary of £671,000.",
        "The club paid him £671,000, though his contract gave three months' notice.",
        "He was paid £671,000, his second rise in less than 18 months.",
    ],
)
def test_a_rate_or_a_length_places_a_past_figure_at_no_time(quote: str) -> None:
    """ "A year", "three months' " and "in less than 18 months" measure the figure or something
    beside it: the sentence still tells of the one occasion the record reports."""
    record = club_figures("salary", ("£450,000", "2012-07-04", "a salary of £450,000"))
    claim = {"metric": "salary", "subject": HARBOUR, "value": "£671,000"}
    verdict = check(record, "figure", "2013-01-01", **claim, quote=quote)
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(("after", "expected"), [("$21m", "supported"), ("$25m", "contradicted")])
def test_a_change_is_not_disputed_by_the_change_before_it(after: str, expected: str) -> None:
    """Pay of $65.6m, then $47.5m, then $21.0m: a fall from $47.5m is the second change, which
    the first, ending at $47.5m, neither bears out nor disputes."""

    def paid(value: str, before: str, year: int) -> Figure:
        return Figure(
            metric=slug("manager's pay"),
            subject=slug(HARBOUR),
            value=parse_quantity(value),
            previous=parse_quantity(before),
            period=FuzzyTime.year(year),
            provenance=reported("2021-01-20", f"{value} for {year}, against {before}"),
        )

    record = build(
        [*football_club(), metric("manager's pay")],
        [paid("$47.5m", "$65.6m", 2019), paid("$21.0m", "$47.5m", 2020)],
    )
    verdict = check(
        record,
        "change",
        "2026-02-10",
        metric="manager's pay",
        subject=HARBOUR,
        from_value="$47.5m",
        to_value=after,
    )
    assert verdict.verdict == expected, verdict.explanation


def club_pay(*reports: tuple[str, str, str, str]) -> Record:
    """A club's manager's pay: each report's metric, value, date and words, with no period."""
    measures = {measure for measure, *_ in reports}
    return build(
        [*football_club(), *(metric(measure) for measure in sorted(measures))],
        [
            Figure(
                metric=slug(measure),
                subject=slug(HARBOUR),
                value=parse_quantity(value),
                provenance=reported(on, words),
            )
            for measure, value, on, words in reports
        ],
    )


def check_sentence(record: Record, as_of: str, sentence: str, *figures: dict[str, Any]) -> Report:
    """Check the figure claims read from one sentence together, as a draft's are."""
    claims = [
        claim_adapter.validate_python(
            {
                "kind": "figure",
                "quote": sentence,
                "sentence": sentence,
                "as_of": date.fromisoformat(as_of),
                "subject": HARBOUR,
                **figure,
            }
        )
        for figure in figures
    ]
    return Checker(record).check_all(claims)


@pytest.mark.parametrize(
    ("sentence", "salary", "expected"),
    [
        # The salary the one report of the bonus gave too: that report's occasion.
        ("He was on a salary of £450,000 with a 20 per cent bonus.", "£450,000", "contradicted"),
        (
            "At the time of the sale he was on £450,000 and a 20 per cent bonus.",
            "£450,000",
            "contradicted",
        ),
        # A salary the record does not bear out places nothing...
        (
            "At the time of the sale he was on £520,000 and a 20 per cent bonus.",
            "£520,000",
            "unverifiable",
        ),
        # ...nor does one told beside a later year, which it may have been kept until.
        ("In 2021 he was on £450,000 and a 20 per cent bonus.", "£450,000", "unverifiable"),
    ],
)
def test_a_figure_told_beside_one_its_report_bears_out_is_of_that_report_s_occasion(
    sentence: str, salary: str, expected: str
) -> None:
    """A past figure's one report places the sentence telling it where the same report bears out
    the sentence's other figure, though the sentence names an occasion of its own."""
    record = club_pay(
        ("manager's salary", "£450,000", "2019-05-01", "a salary of £450,000"),
        ("manager's bonus", "30%", "2019-05-01", "a bonus of up to 30%"),
    )
    report = check_sentence(
        record,
        "2022-01-10",
        sentence,
        {"metric": "manager's salary", "value": salary},
        {"metric": "manager's bonus", "value": "20 per cent"},
    )
    bonus = report.verdicts[1]
    assert bonus.verdict == expected, bonus.explanation


@pytest.mark.parametrize(("claimed", "expected"), [("20%", "contradicted"), ("10%", "supported")])
def test_a_past_figure_s_one_report_is_the_one_in_its_unit(claimed: str, expected: str) -> None:
    """ "He took a 20% pay cut", where the record has a 10% cut and, for a later year, a cut of
    £20,000: a figure in another unit is another measure, not a rival value of the claim's."""
    record = build(
        [*football_club(), metric("pay cut")],
        [
            Figure(
                metric="pay-cut",
                subject=slug(HARBOUR),
                value=parse_quantity("10%"),
                provenance=reported("2013-10-24", "a voluntary 10% pay cut"),
            ),
            Figure(
                metric="pay-cut",
                subject=slug(HARBOUR),
                value=parse_quantity("£20,000"),
                period=year(2019),
                provenance=reported("2021-07-28", "a £20,000 pay cut that year"),
            ),
        ],
    )
    claim = {"metric": "pay cut", "subject": HARBOUR, "value": claimed}
    verdict = check(
        record, "figure", "2025-03-10", **claim, quote=f"The manager took a {claimed} pay cut."
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # "Up £55m" is another measure of the rise than "up 9%": neither bears on the other...
        (["£55m"], "unverifiable"),
        # ...and beside the same measure it neither disputes nor contradicts.
        (["£55m", "9%"], "supported"),
        (["£55m", "12%"], "contradicted"),
    ],
)
def test_a_figure_for_the_claim_s_period_compares_only_in_the_claim_s_unit(
    recorded: list[str], expected: str
) -> None:
    record = build(
        [*football_club(), metric("profit increase")],
        [
            Figure(
                metric="profit-increase",
                subject=slug(HARBOUR),
                value=parse_quantity(value),
                period=year(2025),
                provenance=reported("2026-02-10", f"profits rose by {value}"),
            )
            for value in recorded
        ],
    )
    claim = {"metric": "profit increase", "subject": HARBOUR, "value": "9%", "period": "2025"}
    verdict = check(record, "figure", "2026-03-01", **claim, quote="Profits rose 9% in 2025.")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # Shares awarded are another measure than a stake held...
        ("Ms Quist was awarded 1.4% of the shares when the club floated.", "unverifiable"),
        # ...while a stake told as a stake is the same measure, whatever else was awarded.
        ("Ms Quist held a 1.4% stake when the club floated.", "contradicted"),
        ("When her bonus was awarded, Ms Quist held a 1.4% stake.", "contradicted"),
    ],
)
def test_shares_awarded_and_a_stake_held_are_two_measures(quote: str, expected: str) -> None:
    record = build(
        [*football_club(), person("Ada Quist"), metric("stake in the club")],
        [
            Figure(
                metric="stake-in-the-club",
                subject="ada-quist",
                value=parse_quantity("0.6%"),
                period=month(2018, 10),
                provenance=reported("2018-10-03", "her 0.6% stake in the club"),
            )
        ],
    )
    claim = {"metric": "stake in the club", "subject": "Ada Quist", "value": "1.4%"}
    verdict = check(record, "figure", "2019-07-31", **claim, period="October 2018", quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "That holding" is what a sentence before told of, which may be another measure...
        ("That holding was worth £62m at the listing price.", "unverifiable"),
        # ...while a sentence naming its own subject is checked as it reads.
        ("Her stake was worth £62m at the listing price.", "contradicted"),
        ("That was when her stake was worth £62m.", "contradicted"),
    ],
)
def test_a_figure_of_what_a_sentence_before_named_is_not_contradicted(
    sentence: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Ada Quist"), metric("value of stake")],
        [
            Figure(
                metric="value-of-stake",
                subject="ada-quist",
                value=parse_quantity("£26m"),
                period=month(2018, 10),
                provenance=reported("2018-10-03", "her stake is worth £26m"),
            )
        ],
    )
    claim = {"metric": "value of stake", "subject": "Ada Quist", "value": "£62m"}
    verdict = check(
        record,
        "figure",
        "2019-07-31",
        **claim,
        period="October 2018",
        quote=sentence,
        sentence=sentence,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("left_on", "expected"),
    [
        # The post changed hands after the one report of its applicants: another recruitment
        # may have followed, whose count a figure placed at no time may give...
        ("2020-08-25", "unverifiable"),
        # ...while a holder still in post leaves the record's one recruitment the occasion.
        (None, "contradicted"),
    ],
)
def test_a_count_of_a_post_s_recruitment_is_not_placed_once_the_post_changed_hands(
    left_on: str | None, expected: str
) -> None:
    record = build(
        [
            *water_company(),
            person("Ada Quist"),
            metric("applicants for the post of chief executive"),
        ],
        [
            Figure(
                metric="applicants-for-the-post-of-chief-executive",
                subject=slug(SEVERN_VALE),
                value=parse_quantity("13"),
                provenance=reported("2016-03-20", "one of 13 people who applied"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2016),
                end=day(left_on) if left_on else None,
                provenance=reported(left_on or "2016-03-20", "Ada Quist"),
            ),
        ],
    )
    verdict = check(
        record,
        "figure",
        "2021-07-08",
        metric="applicants for the post of chief executive",
        subject=SEVERN_VALE,
        value="5",
        quote="Five people applied.",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_figure_told_beside_one_another_report_bears_out_is_not_placed_by_it() -> None:
    """Where the salary comes from another report than the bonus, it says nothing of the
    bonus's occasion."""
    record = club_pay(
        ("manager's salary", "£450,000", "2020-03-02", "a salary of £450,000"),
        ("manager's bonus", "30%", "2019-05-01", "a bonus of up to 30%"),
    )
    report = check_sentence(
        record,
        "2022-01-10",
        "At the time of the sale he was on £450,000 and a 20 per cent bonus.",
        {"metric": "manager's salary", "value": "£450,000"},
        {"metric": "manager's bonus", "value": "20 per cent"},
    )
    assert [v.verdict for v in report.verdicts] == ["supported", "unverifiable"]


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # What was done may not be what was planned...
        ("In the end 124 staff were moved to the ground.", "unverifiable"),
        ("124 staff were moved to the ground.", "unverifiable"),
        # ...but a plan told as a plan is the same plan.
        ("124 staff were to be moved to the ground.", "contradicted"),
    ],
)
def test_a_past_figure_given_no_time_is_not_a_plan_s_outcome(quote: str, expected: str) -> None:
    record = club_figures(
        "staff at the ground", ("139", "2020-07-07", "The club intends to move 139 staff there")
    )
    claim = {"metric": "staff at the ground", "subject": HARBOUR, "value": "124"}
    verdict = check(record, "figure", "2020-12-16", **claim, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("100 days", "contradicted"), ("three months", "unverifiable")]
)
def test_a_past_figure_given_no_time_is_compared_only_in_the_record_s_unit_of_time(
    claimed: str, expected: str
) -> None:
    """ "90 days" and "three months" are read as bare numbers: only the same unit compares."""
    record = club_figures("ban", ("90 days", "2018-04-30", "a ban of 90 days"))
    claim = {"metric": "ban", "subject": HARBOUR, "value": claimed}
    verdict = check(
        record, "figure", "2019-01-01", **claim, quote=f"The club was banned for {claimed}."
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize("allowance", ["£540,000", "£540,000 a year"])
def test_a_sum_given_as_so_much_a_year_is_still_a_sum(allowance: str) -> None:
    """The unit of time guards lengths read as bare numbers ("90 days"); "£540,000 a year" is
    a sum of money, compared with the one report's £440,000 like "£540,000"."""
    record = club_pay(
        ("manager's salary", "£1.1m", "2014-07-11", "a basic salary of £1.1m"),
        ("manager's allowance", "£440,000", "2014-07-11", "an annual allowance of £440,000"),
    )
    report = check_sentence(
        record,
        "2024-08-09",
        f"The package included a £1.1m salary and an annual allowance of {allowance}.",
        {"metric": "manager's salary", "value": "£1.1m"},
        {"metric": "manager's allowance", "value": allowance},
    )
    assert [v.verdict for v in report.verdicts] == ["supported", "contradicted"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A sum told once compares with a sum...
        ("She was handed £750,000.", "contradicted"),
        # ...not with a rate, which the one report's sum was not.
        ("The two directorships had paid her about £140,000 a year.", "unverifiable"),
    ],
)
def test_a_rate_is_not_a_sum_told_once(sentence: str, expected: str) -> None:
    record = club_pay(
        ("manager's pay", "£720,000", "2019-12-13", "In her final year she was handed £720,000")
    )
    value = "about £140,000 a year" if "a year" in sentence else "£750,000"
    (verdict,) = check_sentence(
        record, "2020-01-06", sentence, {"metric": "manager's pay", "value": value}
    ).verdicts
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("four", "unverifiable"), ("65%", "contradicted")]
)
def test_a_past_figure_given_no_time_is_compared_only_in_the_record_s_unit(
    claimed: str, expected: str
) -> None:
    """ "The club kept four of them", where the record has only the share of them it won: a count
    and a share are two measures."""
    record = club_figures("packages won", ("71%", "2015-02-10", "71% of the packages"))
    claim = {"metric": "packages won", "subject": HARBOUR, "value": claimed}
    verdict = check(
        record, "figure", "2023-12-05", **claim, quote=f"The club won {claimed} of them."
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    "quote",
    [
        "The ground was home to 183 staff.",
        # Nor are one of several values' digits in another order a slip in copying it.
        "In March the ground was home to 183 staff.",
    ],
)
def test_a_past_figure_given_no_time_is_not_read_as_one_of_several_the_record_reports(
    quote: str,
) -> None:
    record = club_figures(
        "staff at the ground",
        ("138", "2021-01-28", "(as reported)"),
        ("150", "2023-01-28", "(as reported)"),
    )
    claim = {"metric": "staff at the ground", "subject": HARBOUR, "value": "183"}
    verdict = check(record, "figure", "2023-04-20", **claim, quote=quote)
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "as_of", "expected"),
    [
        # Told after the year was over, a year's figure is its whole: a total so far, reported
        # in July, neither bears it out nor contradicts it...
        ("342", "2018-01-19", "unverifiable"),
        ("155", "2018-01-19", "supported"),
        # ...while told during the year, the figure is the one the record has.
        ("342", "2015-07-20", "contradicted"),
    ],
)
def test_a_year_s_figure_reported_before_the_year_was_over_is_a_total_so_far(
    claimed: str, as_of: str, expected: str
) -> None:
    record = build(
        [*football_club(), metric("goals conceded")],
        [
            Figure(
                metric="goals-conceded",
                subject=slug(HARBOUR),
                value=parse_quantity("155"),
                period=year(2015),
                provenance=reported("2015-07-08", "its total for this year stands at 155"),
            )
        ],
    )
    verdict = check(
        record,
        "figure",
        as_of,
        metric="goals conceded",
        subject=HARBOUR,
        value=claimed,
        period="2015",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("period", "claimed", "expected"),
    [
        ("2017", "£40m", "contradicted"),
        ("2017/18", "£40m", "contradicted"),
        ("2017", "£46m", "supported"),
        ("2017/18", "£46m", "supported"),
        # Neither of its readings: another period, which it says nothing against.
        ("2016/17", "£40m", "unverifiable"),
    ],
)
def test_a_figure_for_last_year_is_for_the_calendar_or_the_financial_year(
    period: str, claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), metric("grant")],
        [
            Figure(
                metric="grant",
                subject=slug(HARBOUR),
                value=parse_quantity("£46m"),
                period=parse_time("last year", date(2018, 6, 14)),
                provenance=reported("2018-06-14"),
            )
        ],
    )
    verdict = check(
        record,
        "figure",
        "2018-09-01",
        metric="grant",
        subject=HARBOUR,
        value=claimed,
        period=period,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "period", "expected"),
    [
        # "£3.8m last year, against £1.3m in 2021": two periods, not two values of 2021...
        ("£1.3m", "2021", "supported"),
        ("£3.8m", "2021", "contradicted"),
        # ...and "last year" is still the financial year as well.
        ("£3.8m", "2021/22", "supported"),
    ],
)
def test_a_figure_for_a_period_told_alone_outweighs_one_for_either_of_two(
    claimed: str, period: str, expected: str
) -> None:
    said = "pay of £3.8m last year, against £1.3m in 2021"
    record = build(
        [*football_club(), metric("pay")],
        [
            Figure(
                metric="pay",
                subject=slug(HARBOUR),
                value=parse_quantity(value),
                period=time,
                provenance=reported("2022-06-06", said),
            )
            for value, time in (
                ("£3.8m", parse_time("last year", date(2022, 6, 6))),
                ("£1.3m", year(2021)),
            )
        ],
    )
    verdict = check(
        record,
        "figure",
        "2023-07-01",
        metric="pay",
        subject=HARBOUR,
        value=claimed,
        period=period,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("£493m", "supported"), ("£289m", "contradicted")]
)
def test_a_figure_for_a_year_reported_before_the_year_was_over_is_overtaken_by_its_outcome(
    claimed: str, expected: str
) -> None:
    """ "Losses of £289m" for 2025, in a report of February 2025, is a forecast or a misreading;
    the report of February 2026 gives what the year came to, which it does not dispute."""
    record = build(
        [*football_club(), metric("full-year losses")],
        [
            Figure(
                metric="full-year-losses",
                subject=slug(HARBOUR),
                value=parse_quantity(value),
                period=year(2025),
                provenance=reported(on),
            )
            for value, on in (("£289m", "2025-02-26"), ("£493m", "2026-02-28"))
        ],
    )
    verdict = check(
        record,
        "figure",
        "2026-03-12",
        metric="full-year losses",
        subject=HARBOUR,
        value=claimed,
        period="2025",
    )
    assert verdict.verdict == expected, verdict.explanation


# == Rule 2: disputed needs the claim to side with some sources ===================================


def two_starts() -> Record:
    return build(
        [*university(), person("Ruth Kellaway")],
        [
            Tenure(
                person="ruth-kellaway",
                role=slug(VC),
                start=month(2016, 9),
                provenance=reported("2016-10-03", "took up the post in September"),
            ),
            Tenure(
                person="ruth-kellaway",
                role=slug(VC),
                start=month(2017, 1),
                provenance=reported("2017-02-14", "vice-chancellor since January"),
            ),
        ],
    )


def test_a_claim_siding_with_one_of_two_sources_is_disputed() -> None:
    verdict = check(
        two_starts(),
        "tenure",
        "2018-01-01",
        person="Ruth Kellaway",
        role="vice-chancellor",
        start="September 2016",
    )
    assert verdict.verdict == "disputed"


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A claim that fits every source's version is supported, however they differ...
        ("March 2018", "supported"),
        # ...one that fits one of them sides with it: disputed.
        ("21 March 2018", "disputed"),
    ],
)
def test_a_claim_agreeing_with_every_version_is_supported(claimed: str, expected: str) -> None:
    record = build(
        [*water_company(), person("Ruth Tamblyn")],
        [
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                end=day("2018-03-21"),
                provenance=reported("2018-03-22", "left her post on 21 March"),
            ),
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                end=FuzzyTime.between(date(2018, 3, 25), date(2018, 3, 31)),
                provenance=reported("2018-04-02", "left in the last week of March"),
            ),
        ],
    )
    verdict = check(
        record, "tenure", "2019-01-01", person="Ruth Tamblyn", role="chief executive", end=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_claim_agreeing_with_no_source_is_contradicted_listing_every_version() -> None:
    verdict = check(
        two_starts(),
        "tenure",
        "2018-01-01",
        person="Ruth Kellaway",
        role="vice-chancellor",
        start="March 2017",
    )
    assert verdict.verdict == "contradicted"
    assert "September 2016" in verdict.explanation
    assert "January 2017" in verdict.explanation


def test_two_grades_at_uncertain_times_are_successive_inspections_not_a_dispute() -> None:
    record = build(
        school(),
        [
            Rating(
                inspector=slug(INSPECTORATE),
                subject=slug(NORTHGATE),
                judgement="requires improvement",
                when=year(2019),
                provenance=reported("2020-01-15", "judged to require improvement"),
            ),
            Rating(
                inspector=slug(INSPECTORATE),
                subject=slug(NORTHGATE),
                judgement="good",
                when=FuzzyTime.between(date(2019, 6, 1), date(2020, 6, 30)),
                previous="requires improvement",
                provenance=reported(
                    "2020-07-20", "now good, having been judged requires improvement"
                ),
            ),
        ],
    )
    verdict = check(
        record, "rating", "2020-09-01", subject=NORTHGATE, judgement="good", qualifier="latest"
    )
    assert verdict.verdict == "supported", verdict.explanation


# == Rule 3: values are compared as what they are ================================================


def graded_and_placed(*happenings: tuple[str, FuzzyTime]) -> Record:
    """Northgate Academy rated inadequate in September 2019, and the happenings given."""
    return build(
        school(),
        [
            Rating(
                inspector=slug(INSPECTORATE),
                subject=slug(NORTHGATE),
                judgement="inadequate",
                when=month(2019, 9),
                provenance=reported("2019-09-27", "rated inadequate"),
            ),
            *(
                GenericEvent(
                    event_type=happened,
                    participants=[slug(NORTHGATE)],
                    when=when,
                    once=False,
                    provenance=reported(when.latest.isoformat(), happened),
                )
                for happened, when in happenings
            ),
        ],
    )


def tamblyn_happening(event_type: str, on: str, told: list[Provenance]) -> Record:
    """Severn Vale Water and Ruth Tamblyn in one happening of the day ``on`` (ISO), which
    befalls them once."""
    return build(
        [*water_company(), person("Ruth Tamblyn")],
        [
            GenericEvent(
                event_type=event_type,
                participants=[slug(SEVERN_VALE), "ruth-tamblyn"],
                when=day(on),
                once=True,
                provenance=told,
            )
        ],
    )


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        ("reached the cup semi-final", "supported"),
        # A word the record's account has only with letters before it is another happening.
        ("reached the cup final", "unverifiable"),
    ],
)
def test_a_word_the_record_has_only_with_a_prefix_is_another_happening(
    claimed: str, expected: str
) -> None:
    record = tamblyn_happening(
        "reached cup semi-final", "2019-10-27", reported("2019-10-28", "reached the semi-final")
    )
    verdict = tamblyn_claimed(record, "2025-09-05", claimed, "October 2019")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize("when", ["February 2023", "March 2021"])
def test_an_announcement_told_as_news_after_another_is_another_occasion(when: str) -> None:
    """Told on 23 February 2023 of a retirement to come, and in 2018 of one announced within the
    year before: two occasions of announcing, so the record identifies neither as the one
    claimed."""

    def announced(at: FuzzyTime, on: str, words: str) -> GenericEvent:
        return GenericEvent(
            event_type="announced retirement",
            participants=[slug(SEVERN_VALE), "ruth-tamblyn"],
            when=at,
            once=True,
            provenance=reported(on, words),
        )

    record = build(
        [*water_company(), person("Ruth Tamblyn")],
        [
            announced(
                FuzzyTime.between(date(2017, 8, 15), date(2018, 8, 15)),
                "2018-08-15",
                "Less than a year ago, she said she would retire.",
            ),
            announced(
                FuzzyTime.between(date(2023, 6, 1), date(2023, 8, 31)),
                "2023-02-23",
                "The chief executive is to retire in the summer.",
            ),
        ],
    )
    verdict = tamblyn_claimed(record, "2023-07-03", "announced retirement", when)
    assert verdict.verdict == "unverifiable", verdict.explanation


def tamblyn_claimed(record: Record, as_of: str, event_type: str, when: str) -> Verdict:
    """Check a draft dated ``as_of`` claiming that happening of Severn Vale Water and Ruth
    Tamblyn at ``when``."""
    return check(
        record,
        "event",
        as_of,
        participants=[SEVERN_VALE, "Ruth Tamblyn"],
        event_type=event_type,
        when=when,
    )


@pytest.mark.parametrize(
    ("announced", "expected"),
    [
        # Announcing a new chief executive is not announcing the chief executive's retirement...
        ("announced chief executive's retirement", "unverifiable"),
        # ...though the same announcement, on another day, is still contradicted.
        ("announced new chief executive", "contradicted"),
    ],
)
def test_an_announcement_is_of_what_it_announces_not_only_of_the_post(
    announced: str, expected: str
) -> None:
    record = tamblyn_happening(
        "announced new chief executive",
        "2007-10-08",
        reported("2007-10-09", "will take over as chief executive in May"),
    )
    verdict = tamblyn_claimed(record, "2016-03-17", announced, "17 March 2016")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("happened", "expected"),
    [
        # Naming a chief executive and a chief executive's departure share only the post...
        ("named chief executive", "unverifiable"),
        # ...while the departure told in other words is the same happening.
        ("left as chief executive", "contradicted"),
    ],
)
def test_two_happenings_of_one_post_are_not_one_happening(happened: str, expected: str) -> None:
    record = tamblyn_happening(
        "departure as chief executive",
        "2025-02-25",
        reported("2025-02-25", "her abrupt departure as chief executive"),
    )
    verdict = tamblyn_claimed(record, "2025-03-20", happened, "January 2023")
    assert verdict.verdict == expected, verdict.explanation


def graded_by_two_judges() -> Record:
    """Severn Vale Water in January 2019: good from one regulator, and two grades given for
    parts of its work, one from another regulator."""
    quality, money = "Quality Commission", "Money Regulator"
    return build(
        [*water_company(), organisation(quality), organisation(money)],
        [
            Rating(
                inspector=slug(quality),
                subject=slug(SEVERN_VALE),
                judgement=judgement,
                when=day("2019-01-08"),
                provenance=reported("2019-01-08", quote),
            )
            for judgement, quote in (
                ("good", "the Quality Commission rated it good"),
                ("requires improvement", "requires improvement for being responsive"),
            )
        ]
        + [
            Rating(
                inspector=slug(money),
                subject=slug(SEVERN_VALE),
                judgement="requires improvement",
                when=day("2019-01-08"),
                provenance=reported(
                    "2019-01-08", "rated it requires improvement for how it uses its resources"
                ),
            )
        ],
    )


@pytest.mark.parametrize(
    ("quote", "judgement", "inspector", "expected"),
    [
        # A grade for a part of its work does not dispute the grade as a whole...
        ("the Quality Commission rated it good", "good", "Quality Commission", "supported"),
        # ...and another regulator's grade is another judgement...
        (
            "its use of resources was rated requires improvement",
            "requires improvement",
            None,
            "supported",
        ),
        # ...while the same regulator's grade as a whole is still contradicted...
        (
            "the Quality Commission rated it requires improvement",
            "requires improvement",
            "Quality Commission",
            "contradicted",
        ),
        # ...and a grade claimed for a part meets only the grades for that part, whether the
        # part is written into the judgement or left in the words.
        (
            "the Quality Commission rated it good for being responsive",
            "good for being responsive",
            "Quality Commission",
            "contradicted",
        ),
        ("it was rated good for being responsive", "good", None, "contradicted"),
        (
            "it requires improvement for being responsive",
            "requires improvement for being responsive",
            None,
            "supported",
        ),
    ],
)
def test_a_grade_for_a_part_or_from_another_judge_is_not_a_dispute(
    quote: str, judgement: str, inspector: str | None, expected: str
) -> None:
    verdict = check(
        graded_by_two_judges(),
        "rating",
        "2022-01-10",
        quote=quote,
        subject=SEVERN_VALE,
        judgement=judgement,
        inspector=inspector,
        when="January 2019",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_grade_given_overall_is_the_grade() -> None:
    verdict = check(
        graded_and_placed(),
        "rating",
        "2022-01-10",
        subject=NORTHGATE,
        judgement="inadequate overall",
        when="September 2019",
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("claimed_when", "expected"),
    [("2019", "supported"), ("2021", "unverifiable"), (None, "supported")],
)
def test_a_standing_the_record_has_the_subject_placed_in_is_not_a_grade(
    claimed_when: str | None, expected: str
) -> None:
    record = graded_and_placed(("placed in special measures", month(2019, 9)))
    verdict = check(
        record,
        "rating",
        "2022-01-10",
        subject=NORTHGATE,
        judgement="special measures",
        when=claimed_when,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_standing_since_left_is_not_supported_as_current() -> None:
    record = graded_and_placed(
        ("placed in special measures", month(2019, 9)),
        ("taken out of special measures", month(2021, 5)),
    )
    verdict = check(record, "rating", "2022-01-10", subject=NORTHGATE, judgement="special measures")
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # Given as a rating in the words of a placing: a standing, beside the grade.
        ("The inspectorate placed the school in special measures", "supported"),
        # Given as a rating in a grade's words: another grade at the same time, so the
        # sources disagree.
        ("The inspectorate judged the school special measures", "disputed"),
    ],
)
def test_a_standing_given_as_a_rating_in_the_words_of_a_placing_is_not_a_grade(
    quote: str, expected: str
) -> None:
    record = graded_and_placed()
    record.add(
        Rating(
            inspector=slug(INSPECTORATE),
            subject=slug(NORTHGATE),
            judgement="special measures",
            when=month(2019, 9),
            provenance=reported("2019-09-27", quote),
        )
    )
    verdict = check(
        record, "rating", "2022-01-10", subject=NORTHGATE, judgement="inadequate", when="2019"
    )
    assert verdict.verdict == expected, verdict.explanation


def test_without_such_a_happening_a_judgement_is_compared_with_the_grades() -> None:
    record = graded_and_placed()
    verdict = check(
        record, "rating", "2022-01-10", subject=NORTHGATE, judgement="special measures", when="2019"
    )
    assert verdict.verdict == "contradicted", verdict.explanation


def natarajan_claims(record: Record, attribute: str, value: str) -> Verdict:
    """Check a draft of 1 May 2022 giving Priya Natarajan's ``attribute`` as ``value``."""
    return check(
        record,
        "attribute",
        "2022-05-01",
        subject="Priya Natarajan",
        attribute=attribute,
        value=value,
    )


def natarajan_attribute(attribute: str, value: str) -> Record:
    return build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute=attribute,
                value=value,
                provenance=reported("2022-02-01"),
            )
        ],
    )


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A body named as a kind "of" a place is told apart by the place...
        ("chief executive of the Port of Harrowby", "contradicted"),
        # ...while two names that begin alike may still be one body named otherwise.
        ("chief executive of the Port of Kestrel Haven", "supported"),
        ("chief executive of Kestrel Ferries", "unverifiable"),
    ],
)
def test_a_body_named_as_a_kind_of_a_place_is_told_apart_by_the_place(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("former post", "chief executive of the Port of Kestrel Haven")
    verdict = check(
        record,
        "attribute",
        "2024-04-22",
        quote=f"a former {claimed}",
        subject="Priya Natarajan",
        attribute="previous post",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # Two names sharing a word that begins only one of them are two bodies...
        ("chief executive of British Haven", "contradicted"),
        # ...while names that begin alike may be one body named otherwise.
        ("chief executive of Haven Estates", "unverifiable"),
    ],
)
def test_a_word_two_names_share_tells_them_apart_unless_it_begins_both(
    recorded: str, expected: str
) -> None:
    record = natarajan_attribute("previous post", recorded)
    claimed = "chief executive of Haven Securities"
    verdict = check(
        record,
        "attribute",
        "2024-04-22",
        quote=f"She had been {claimed}.",
        subject="Priya Natarajan",
        attribute="previous post",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # A post at a body may be in the field of work the record gives...
        ("US academia", "unverifiable"),
        ("the private sector", "unverifiable"),
        # ...but not at another body the record gives.
        ("chair of Harrow Motors", "contradicted"),
    ],
)
def test_a_post_at_a_body_may_be_in_a_field_of_work(recorded: str, expected: str) -> None:
    record = natarajan_attribute("next post", recorded)
    verdict = check(
        record,
        "attribute",
        "2024-04-22",
        quote="She went on to take up a fellowship at Fenmoor",
        subject="Priya Natarajan",
        attribute="next post",
        value="fellowship at the University of Fenmoor",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # Whom a post serves, named in the possessive, is not the body it is at...
        ("Ruth Tamblyn's Trade minister", "unverifiable"),
        # ...while a post named by nothing else is compared as it is, and so is one whose
        # possessive is a body the record does not know as a person.
        ("Ruth Tamblyn's adviser", "contradicted"),
        ("Harrow Motors's Trade director", "contradicted"),
    ],
)
def test_the_person_a_post_serves_is_not_the_body_it_is_at(recorded: str, expected: str) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan"), person("Ruth Tamblyn")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="next post",
                value=recorded,
                provenance=reported("2013-06-04"),
            )
        ],
    )
    claimed = "Minister of State for Trade and Investment"
    verdict = check(
        record,
        "attribute",
        "2023-08-29",
        quote=f"Priya Natarajan left to become {claimed}",
        subject="Priya Natarajan",
        attribute="next post",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_number_and_a_place_are_not_values_of_one_type() -> None:
    record = natarajan_attribute("home", "just outside Norwich")
    verdict = natarajan_claims(record, "home", "a 60-year-old Victorian house")
    assert verdict.verdict == "unverifiable", verdict.explanation


def test_a_previous_post_within_the_body_says_nothing_of_where_they_joined_it_from() -> None:
    record = build(
        [
            *water_company(),
            person("Priya Natarajan"),
            post("Severn Vale Water commercial director", SEVERN_VALE, "commercial director"),
        ],
        [
            Tenure(
                person="priya-natarajan",
                role=slug("Severn Vale Water commercial director"),
                provenance=reported("2022-02-01"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=month(2022, 1),
                interim=True,
                provenance=reported("2022-02-01"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="commercial director, Severn Vale Water",
                provenance=reported("2022-02-01", "formerly its commercial director"),
            ),
        ],
    )
    claim = {
        "kind": "attribute",
        "quote": "She had joined Severn Vale Water from Wessex Water.",
        "as_of": date(2022, 5, 1),
        "subject": "Priya Natarajan",
        "attribute": "previous post",
    }
    joined_from = Checker(record).check(claim_adapter.validate_python({**claim, "value": WESSEX}))
    assert joined_from.verdict == "unverifiable", joined_from.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A country by another of its names is the same place...
        ("the UK's largest water supplier", "supported"),
        ("the United Kingdom's largest water company", "supported"),
        # ...and another country is not (nor, a body's standing being as of its report, does
        # it contradict a later claim).
        ("America's largest water company", "unverifiable"),
    ],
)
def test_a_country_by_another_of_its_names_is_the_same_place(claimed: str, expected: str) -> None:
    record = build(
        water_company(),
        [
            Attribute(
                subject=slug(SEVERN_VALE),
                attribute="size ranking",
                value="Britain's largest water company",
                provenance=reported("2022-02-01"),
            )
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2022-05-01",
        subject=SEVERN_VALE,
        attribute="size ranking",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_two_different_named_organisations_are_never_the_same_value() -> None:
    record = natarajan_attribute("previous post", "chief executive of Wessex Water")
    verdict = natarajan_claims(record, "previous post", "chief executive of Essex Water")
    assert verdict.verdict != "supported", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # Another post at the same body in other words ("boss", "director") may be the same
        # post or another, and a title that names no work ("chief executive") either: the
        # words cannot say, so it is neither borne out nor contradicted...
        ("finance director at Wessex Water", "unverifiable"),
        ("chief executive of Wessex Water", "unverifiable"),
        # ...but one whose title names other work is another post.
        ("director of customer services at Wessex Water", "contradicted"),
        # The body alone, or the post in other order, is the same value.
        ("Wessex Water", "supported"),
        ("Wessex Water's finance boss", "supported"),
    ],
)
def test_another_post_at_one_body_is_contradicted_only_where_its_title_names_other_work(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("previous post", "finance boss, Wessex Water")
    verdict = natarajan_claims(record, "previous post", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("attribute", "recorded", "claimed", "expected"),
    [
        # A post at a step of a career is one post: a title ranked otherwise is another...
        ("previous post", "deputy chief constable", "chief constable", "contradicted"),
        ("next post", "non-executive chairman", "executive chairman", "contradicted"),
        # ...while one that says less is the same: a non-executive chairman is a chairman.
        ("next post", "non-executive chairman", "chairman", "supported"),
        ("next post", "non-executive chairman", "non-executive chair", "supported"),
        # A post named with the body it is at is compared by its title alone: "transport"
        # describes the company, not the work.
        (
            "previous post",
            "senior independent director",
            "chief executive of the transport giant Fellgate Group",
            "unverifiable",
        ),
        # A title held now is a state, which a later report may change: never contradicted.
        ("current post", "deputy chief constable", "chief constable", "unverifiable"),
        # A body named by its address ("came from Fleet Street") is not compared with names.
        ("previous post", "executive, Daily Courier", "Fleet Street", "unverifiable"),
        # A name hyphenated or not is one name.
        (
            "next post",
            "chief operating officer at Fell Royce",
            "chief operating officer at Fell-Royce",
            "supported",
        ),
    ],
)
def test_a_career_step_is_another_post_where_its_title_ranks_it_otherwise(
    attribute: str, recorded: str, claimed: str, expected: str
) -> None:
    record = natarajan_attribute(attribute, recorded)
    verdict = natarajan_claims(record, attribute, claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "claimed", "expected"),
    [
        # Work described at one body named in fewer words may be the recorded post...
        (
            "chief of the Wessex Police Department",
            "led the police in Wessex",
            "unverifiable",
        ),
        # ...while work at another body is another post...
        (
            "chief of the Wessex Police Department",
            "led the police in Mercia",
            "contradicted",
        ),
        # ...in a school district too.
        (
            "instructional superintendent in the Wessex Unified School District",
            "ran a learning centre, Wessex public schools",
            "unverifiable",
        ),
        (
            "instructional superintendent in the Wessex Unified School District",
            "ran a learning centre, Mercia public schools",
            "contradicted",
        ),
    ],
)
def test_work_described_at_the_body_of_the_recorded_previous_post_may_be_that_post(
    recorded: str, claimed: str, expected: str
) -> None:
    record = natarajan_attribute("previous post", recorded)
    verdict = natarajan_claims(record, "previous post", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A country named by its people is not compared letter by letter with its name...
        ("Ireland", "unverifiable"),
        # ...but with another people's.
        ("Welsh-born", "contradicted"),
        ("Irish-born", "supported"),
    ],
)
def test_a_birthplace_told_by_its_people_is_compared_only_with_another_people(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("birthplace", "Irish-born")
    verdict = natarajan_claims(record, "birthplace", claimed)
    assert verdict.verdict == expected, verdict.explanation


def test_one_post_told_in_two_ways_is_the_one_previous_post_the_record_knows() -> None:
    """Two reports of her previous post in other words ("finance boss", "temporary finance
    director") are one post: another post the record does not know is contradicted."""
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value=value,
                provenance=reported(on),
            )
            for value, on in (
                ("the company's finance boss", "2022-02-01"),
                ("the company's temporary finance director", "2022-03-01"),
            )
        ],
    )
    verdict = natarajan_claims(
        record, "previous post", "the company's director of customer services"
    )
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A body named by the same first word in other words, or among others, may be the
        # same body: the words cannot settle it...
        ("the former Northwind Radio and Kestrel TV boss", "unverifiable"),
        ("head of Kestrel Television", "unverifiable"),
        # ...while one that begins otherwise is another body, however alike the rest.
        ("director of Harrow Entertainment Channels", "contradicted"),
    ],
)
def test_a_body_named_by_the_same_first_word_in_other_words_neither_matches_nor_contradicts(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("previous post", "director of Kestrel Entertainment Channels")
    verdict = natarajan_claims(record, "previous post", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # "32 years" said two years before: every length it allows now is more than 30...
        ("more than 30 years", "supported"),
        # ...but not every one is more than 33: possible, not borne out.
        ("more than 33 years", "unverifiable"),
    ],
)
def test_a_claimed_floor_is_borne_out_only_where_every_length_on_record_is_above_it(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("police service", "32 years")
    verdict = check(
        record,
        "duration",
        "2024-02-01",
        person="Priya Natarajan",
        attribute="police service",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(("claimed", "expected"), [("60", "supported"), ("62", "contradicted")])
def test_an_age_at_an_occasion_in_other_words_is_that_age(claimed: str, expected: str) -> None:
    """ "When she leaves in February, she will be 60": her age at retirement, in other words."""
    record = natarajan_attribute("age at departure", "60")
    verdict = natarajan_claims(record, "age at retirement", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        ("a working family in east Norwich", "supported"),
        # Another point of the compass is another place, however alike the rest.
        ("a working family in west Norwich", "contradicted"),
    ],
)
def test_a_place_named_by_another_point_of_the_compass_is_another_place(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("upbringing", "brought up in east Norwich in a working family")
    verdict = natarajan_claims(record, "upbringing", claimed)
    assert verdict.verdict == expected, verdict.explanation


def test_an_age_at_an_occasion_is_not_the_age_now() -> None:
    """ "Began her career aged 16" gives her age then, which neither grows nor settles her age."""
    record = natarajan_attribute("age at start of career", "16")
    verdict = natarajan_claims(record, "age", "62")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new"), verdict.explanation


def test_the_body_joined_after_a_claimed_previous_post_is_not_where_it_was_held() -> None:
    """ "Chief executive of Kestrel Rail before joining Wessex Water", where the record has her
    come to Wessex Water from Harbour Town FC, and in an earlier post there before the top job:
    Wessex Water is the body she joined, not the claimed post's."""
    record = build(
        [*water_company(), person("Priya Natarajan"), post("Wessex Water director", WESSEX)],
        [
            Tenure(
                person="priya-natarajan",
                role=slug("Wessex Water director"),
                start=year(2015),
                end=year(2018),
                provenance=reported("2018-05-03"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2018),
                provenance=reported("2018-05-03"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="chief executive of Harbour Town FC",
                provenance=reported("2018-05-03", "came from Harbour Town FC"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2022-05-01",
        subject="Priya Natarajan",
        attribute="previous post",
        value="chief executive of Kestrel Rail",
        quote="She had been chief executive of Kestrel Rail before joining Wessex Water.",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("joined", "expected"),
    [
        # The post before the one the record's previous post came before...
        ("Severn Vale Water", "contradicted"),
        # ...but a claim of the post before an earlier move is of an earlier step.
        ("Wessex Water", "unverifiable"),
    ],
)
def test_a_previous_post_named_before_joining_another_body_is_an_earlier_step(
    joined: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2010),
                end=month(2019, 6),
                provenance=reported("2019-05-03"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=month(2019, 6),
                provenance=reported("2019-05-03"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2022-05-01",
        subject="Priya Natarajan",
        attribute="previous post",
        value="chief executive of Harbour Town FC",
        quote=f"She ran Harbour Town FC before moving to {joined}.",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        ("more than 30 years", "supported"),
        # A floor names the least there is, as the press rounds it: "more than 20 years" copies
        # "more than 30" wrong, and a length on record only grows.
        ("more than 20 years", "contradicted"),
        # A length that names no amount is no copy of one...
        ("for years", "supported"),
        # ...and a floor bears out no length above it.
        ("35 years", "unverifiable"),
    ],
)
def test_a_floor_on_record_bears_out_only_the_floor_it_names(claimed: str, expected: str) -> None:
    record = natarajan_attribute("police service", "more than 30 years")
    verdict = check(
        record,
        "duration",
        "2024-02-01",
        person="Priya Natarajan",
        attribute="police service",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A post named vaguely at a body the record has her at may be that post in other
        # words...
        ("a senior executive at Wessex Water", "unverifiable"),
        # ...and one naming the recorded body among others says more than it, not otherwise...
        ("a senior executive at Severn Vale Water and Wessex Water", "unverifiable"),
        # ...while a post naming its work is another post there.
        ("operations director at Wessex Water", "contradicted"),
    ],
)
def test_a_former_post_said_vaguely_at_a_body_she_worked_for_is_not_contradicted(
    claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2014),
                end=year(2018),
                provenance=reported("2020-01-10"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="finance director of Severn Vale Water",
                provenance=reported("2020-01-10"),
            ),
        ],
    )
    verdict = natarajan_claims(record, "previous post", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "quote", "expected"),
    [
        # "Before joining Wessex Water she worked at Kestrel Telecom": the post before the one
        # at Wessex, which the record has as her previous post, is another step...
        (
            "chief operating officer at Wessex Water",
            "Before joining Wessex Water she worked at Kestrel Telecom",
            "unverifiable",
        ),
        # ...and so is one the sentence places before joining Wessex Water, outside the words
        # of the post itself...
        (
            "chief operating officer at Wessex Water",
            "She joined Wessex Water in 1995, after working at Kestrel Telecom",
            "unverifiable",
        ),
        # ...and the post before one at a place the record names after its country
        # ("Denmark's Copenhagen airport")...
        (
            "chief operating officer at England's Bristol Water",
            "Before moving to Bristol she worked at Kestrel Telecom",
            "unverifiable",
        ),
        # ...while a previous post claimed for the step the record has is compared with it.
        (
            "chief operating officer at Wessex Water",
            "She came from Kestrel Telecom",
            "contradicted",
        ),
    ],
)
def test_a_post_before_the_one_the_record_has_as_previous_is_another_step(
    recorded: str, quote: str, expected: str
) -> None:
    claimed = "Kestrel Telecom"
    record = natarajan_attribute("previous post", recorded)
    verdict = check(
        record,
        "attribute",
        "2024-04-22",
        quote=quote.rsplit(", ", 1)[-1],  # the words of the post; the sentence holds the rest
        sentence=quote,
        subject="Priya Natarajan",
        attribute="previous post",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("began_later", "expected"),
    [
        # Her next post after Wessex Water was at Harrow Motors, which she left before becoming
        # Severn Vale Water's chief executive: a next post after that is another step...
        (True, "unverifiable"),
        # ...while with no later post on record, the next one is the one the record gives.
        (False, "contradicted"),
    ],
)
def test_a_next_post_the_person_left_for_a_later_post_is_not_the_next_after_that(
    began_later: bool, expected: str
) -> None:
    harrow = post("finance director, Harrow Motors", "Harrow Motors")
    record = build(
        [*water_company(), organisation("Harrow Motors"), harrow, person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="next post",
                value="finance director of Harrow Motors",
                provenance=reported("2015-01-10"),
            ),
            Tenure(
                person="priya-natarajan",
                role=harrow.id,
                start=year(2012),
                end=year(2014),
                provenance=reported("2015-01-10"),
            ),
            *(
                [
                    Tenure(
                        person="priya-natarajan",
                        role=slug(WATER_CEO),
                        start=year(2016),
                        provenance=reported("2016-02-01"),
                    )
                ]
                if began_later
                else []
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2024-04-22",
        quote="She later became a consultant at Kestrel Partners.",
        subject="Priya Natarajan",
        attribute="next post",
        value="consultant at Kestrel Partners",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("attribute", "recorded", "quote", "claimed", "expected"),
    [
        # A former post said vaguely ("an executive") is one of the many a person held...
        (
            "previous post",
            "chief executive of Kestrel Motors",
            "a former executive of Harrow Motors",
            "executive of Harrow Motors",
            "unverifiable",
        ),
        # ...as is one at a body the record has them at before their latest post.
        (
            "previous post",
            "senior roles at Kestrel Motors",
            "poached from Wessex Water, where she had been head of strategy",
            "head of strategy at Wessex Water",
            "unverifiable",
        ),
        # Another post that names its work, where the record knows only one, is contradicted...
        (
            "previous post",
            "chief executive of Kestrel Motors",
            "a former finance director of Harrow Motors",
            "finance director of Harrow Motors",
            "contradicted",
        ),
        # ...unless the claim tells it as one of the earlier steps, or tells a line of work
        # ("banker") rather than a post.
        (
            "previous post",
            "chief executive of Kestrel Motors",
            "She had earlier served as finance director of Harrow Motors",
            "finance director of Harrow Motors",
            "unverifiable",
        ),
        (
            "previous post",
            "chief executive of Kestrel Motors",
            "the former Harrow Bank banker",
            "Harrow Bank banker",
            "unverifiable",
        ),
        # Next posts after different steps are no dispute: one that agrees is borne out.
        (
            "next post",
            "chief executive of Harrow Motors",
            "(claim)",
            "chief executive of Harrow Motors",
            "supported",
        ),
    ],
)
def test_a_career_step_is_not_ruled_out_where_the_record_knows_of_other_steps(
    attribute: str, recorded: str, quote: str, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2016),
                end=year(2023),
                provenance=reported("2024-03-22"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=year(2024),
                provenance=reported("2024-03-22"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute=attribute,
                value=recorded,
                provenance=reported("2024-03-22"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute=attribute,
                value="reporter at the Harbour Gazette",
                provenance=reported("2024-06-10"),
            )
            if attribute == "next post"
            else Attribute(
                subject="priya-natarajan",
                attribute="age",
                value="52",
                provenance=reported("2024-03-22"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2025-01-10",
        quote=quote,
        subject="Priya Natarajan",
        attribute=attribute,
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_name_and_a_number_are_not_values_of_one_type() -> None:
    """A career "27-year" long, and one that "includes the response to the Grenfell Tower fire":
    both may be true."""
    record = natarajan_attribute("career", "27-year")
    verdict = natarajan_claims(
        record, "career experience", "the response to the Grenfell Tower fire"
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A post's initials are the post...
        ("chief executive of Harbour Bank", "supported"),
        # ...and another body is still another post.
        ("chief executive of Wessex Bank", "contradicted"),
    ],
)
def test_a_post_s_initials_are_the_post_spelt_out(claimed: str, expected: str) -> None:
    record = natarajan_attribute("next post", "CEO of Harbour Bank")
    verdict = natarajan_claims(record, "next post", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # Work done ("worked on a leadership campaign") may have been done beside the one post
        # the record knows...
        ("worked on Ada Quist's campaign to lead the party", "unverifiable"),
        # ...while another post, where the record knows of only one, is not that one.
        ("chairman of Wessex Water", "contradicted"),
    ],
)
def test_work_told_as_a_previous_post_is_not_ruled_out_by_the_one_known(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("previous post", "UK chairman of Harbour Partners")
    verdict = natarajan_claims(record, "previous post", claimed)
    assert verdict.verdict == expected, verdict.explanation


def test_a_post_due_to_be_taken_up_after_the_claim_is_not_the_latest() -> None:
    """ "He had previously been chief executive of Relate", in December, of a chief executive
    due to move to another charity in January: his post before the one he still holds."""
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=year(2019),
                end=month(2025, 1),
                provenance=reported("2024-11-26", "leaving in January"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=month(2025, 1),
                provenance=reported("2024-11-26", "to become chief executive of Wessex Water"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2024-12-17",
        subject="Priya Natarajan",
        attribute="previous post",
        value="chief executive of Relate",
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


def test_numbers_compare_as_numbers_however_alike_the_strings() -> None:
    record = natarajan_attribute("experience", "32 years")
    verdict = natarajan_claims(record, "experience", "2 years")
    assert verdict.verdict != "supported", verdict.explanation


def test_wording_alone_never_contradicts() -> None:
    record = natarajan_attribute("contract", "a two-year contract, later extended to three")
    verdict = natarajan_claims(
        record, "contract", "its two-year contract was extended to three years"
    )
    assert verdict.verdict != "contradicted", verdict.explanation


# == Rule 4: a claim meets every event that bears on it ==========================================


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [("three years", "disputed"), ("five years", "contradicted")],
)
def test_a_time_in_post_meets_the_tenure_dates_and_the_length_a_source_stated(
    claimed: str, expected: str
) -> None:
    record = build(
        [*university(), person("Dana Ruiz")],
        [
            Tenure(
                person="dana-ruiz",
                role=slug(VC),
                start=month(2019, 1),
                end=month(2021, 12),
                provenance=reported("2021-12-13"),
            ),
            Attribute(
                subject="dana-ruiz",
                attribute="time as vice-chancellor",
                value="two years",
                provenance=reported("2021-12-13"),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2024-01-10", person="Dana Ruiz", role="vice-chancellor", value=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("start_told_in", "expected"),
    [
        # The report that dates her arrival also says how long she lasted: its own reading of
        # its dates, which bears the claim out...
        (["2011-09-22"], "supported"),
        # ...while another report dating the arrival is a rival reading.
        (["2011-09-22", "2010-09-30"], "disputed"),
    ],
)
def test_a_length_stated_by_the_report_that_dates_the_start_is_its_reading_of_its_dates(
    start_told_in: list[str], expected: str
) -> None:
    """ "Ruiz, who arrived in September 2010, was dismissed on 22 September 2011 after 11 months
    in the job": a claim of 11 months agrees with the report, whose month of arrival is looser
    than the length it states."""
    record = build(
        [*university(), person("Dana Ruiz")],
        [
            *(
                Tenure(
                    person="dana-ruiz",
                    role=slug(VC),
                    start=month(2010, 9),
                    provenance=reported(on, f"arrived in September 2010 ({on})"),
                )
                for on in start_told_in
            ),
            Tenure(
                person="dana-ruiz",
                role=slug(VC),
                end=day("2011-09-22"),
                provenance=reported("2011-09-22", "was dismissed on 22 September"),
            ),
            Attribute(
                subject="dana-ruiz",
                attribute="time as vice-chancellor",
                value="11 months",
                provenance=reported("2011-09-22", "after 11 months in the job"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2017-12-12",
        person="Dana Ruiz",
        role="vice-chancellor",
        value="11 months",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "quote", "expected"),
    [
        # A length told in a clause of a plan is what the plan will come to...
        (
            "She planned to retire at the end of the year after five years in charge.",
            "after five years in charge",
            "unverifiable",
        ),
        # ...while one told of what happened is measured by the dates.
        (
            "She has now led the university for five years.",
            "led the university for five years",
            "contradicted",
        ),
    ],
)
def test_a_length_told_in_a_plan_s_clause_is_still_to_come(
    sentence: str, quote: str, expected: str
) -> None:
    record = build(
        [*university(), person("Dana Ruiz")],
        [
            Tenure(
                person="dana-ruiz",
                role=slug(VC),
                start=month(2019, 1),
                provenance=reported("2018-11-29"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2023-01-30",
        person="Dana Ruiz",
        role="vice-chancellor",
        value="five years",
        quote=quote,
        sentence=sentence,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A term agreed is as long as agreed, whatever time has been served...
        ("The university will save £1m over the course of his five-year term.", "unverifiable"),
        ("He was given a contract of five years.", "unverifiable"),
        # ...while time in post is measured by the dates.
        ("He has led the university for five years.", "contradicted"),
    ],
)
def test_a_length_given_as_a_term_agreed_is_not_time_served(quote: str, expected: str) -> None:
    record = build(
        [*university(), person("Dana Ruiz")],
        [
            Tenure(
                person="dana-ruiz",
                role=slug(VC),
                start=month(2019, 4),
                provenance=reported("2019-03-02"),
            ),
        ],
    )
    written = "five-year" if "five-year" in quote else "five years"
    verdict = check(
        record,
        "duration",
        "2019-05-10",
        person="Dana Ruiz",
        role="vice-chancellor",
        value=written,
        quote=quote,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("said_on", "expected"),
    [
        # "She had done 'a fine job leading the university over the last seven months'": seven
        # months when the words were said, however long the tenure ran on...
        ("2019-08-01", "supported"),
        # ...and words the record never heard were said at a time it does not know.
        (None, "unverifiable"),
    ],
)
def test_a_length_in_someone_s_quoted_words_runs_to_when_they_said_them(
    said_on: str | None, expected: str
) -> None:
    words = "a fine job leading the university over the last seven months"
    events: list[EventBase] = [
        Tenure(
            person="dana-ruiz",
            role=slug(VC),
            start=month(2019, 1),
            provenance=reported("2019-01-08"),
        ),
        Tenure(
            person="dana-ruiz",
            role=slug(VC),
            start=month(2019, 1),
            end=month(2020, 6),
            provenance=reported("2020-06-10"),
        ),
        *(
            [Quotation(speaker="omar-lisle", words=words, provenance=reported(said_on, words))]
            if said_on
            else []
        ),
    ]
    record = build([*university(), person("Dana Ruiz"), person("Omar Lisle")], events)
    verdict = check(
        record,
        "duration",
        "2024-01-10",
        quote="leading the university over the last seven months",
        sentence=f'Omar Lisle said she had done "{words}".',
        person="Dana Ruiz",
        role="vice-chancellor",
        value="seven months",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("attribute", "claimed", "expected"),
    [
        # A length of time with the club, in other words, is the one the record has...
        ("career with Harbour Town FC", "19 years", "supported"),
        ("years working for Harbour Town FC", "12 years", "contradicted"),
        # ...but time in a post there, or with another body, is another length.
        ("years as Harbour Town FC manager", "12 years", "unverifiable"),
        ("years with Wessex Water", "12 years", "unverifiable"),
    ],
)
def test_a_length_of_time_with_a_body_is_one_attribute_in_whatever_words(
    attribute: str, claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), organisation(WESSEX), person("Callum Breck")],
        [
            Attribute(
                subject="callum-breck",
                attribute="time with Harbour Town FC",
                value="19 years",
                provenance=reported("2021-03-12"),
            )
        ],
    )
    verdict = check(
        record, "duration", "2021-06-01", person="Callum Breck", attribute=attribute, value=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_length_a_source_gives_of_a_deputy_s_post_is_not_the_chief_s() -> None:
    record = build(
        [*water_company(), person("Iain Carr")],
        [
            Tenure(
                person="iain-carr",
                role=slug(WATER_CEO),
                start=month(2007, 6),
                end=month(2010, 6),
                provenance=reported("2010-06-17"),
            ),
            *(
                Attribute(
                    subject="iain-carr",
                    attribute=attribute,
                    value=value,
                    provenance=reported("2010-06-17"),
                )
                for attribute, value in (
                    ("time as chief executive", "three years"),
                    ("time as deputy chief executive", "five years"),
                )
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2010-06-20",
        person="Iain Carr",
        role="chief executive",
        value="three years",
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("held_there", "expected"),
    [
        # His previous post was the deputy's, held at the company he came to: a step within
        # it, which says nothing of where he came from...
        (True, "unverifiable"),
        # ...while a previous post the record does not place there is the one he came from.
        (False, "contradicted"),
    ],
)
def test_a_previous_post_held_at_the_body_the_claim_has_them_come_to_is_a_move_within(
    held_there: bool, expected: str
) -> None:
    deputy = "Severn Vale Water deputy chief executive"
    record = build(
        [*water_company(), post(deputy, SEVERN_VALE), person("Iain Carr")],
        [
            Attribute(
                subject="iain-carr",
                attribute="previous post",
                value="deputy chief executive",
                provenance=reported("2007-06-01"),
            ),
            *(
                [Tenure(person="iain-carr", role=slug(deputy), provenance=reported("2007-06-01"))]
                if held_there
                else []
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2010-06-20",
        quote="He had come to Severn Vale Water from Wessex Water, where he had been chief "
        "executive.",
        subject="Iain Carr",
        attribute="previous post",
        value="chief executive, Wessex Water",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("left", "claimed", "expected"),
    [
        # Two years with the club when reported, and he left it then: two years for good...
        (True, "three years", "contradicted"),
        # ...while one still there may have served three by now.
        (False, "three years", "supported"),
    ],
)
def test_a_length_of_time_with_a_body_stops_growing_when_the_person_left_it(
    left: bool, claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Callum Breck")],
        [
            Attribute(
                subject="callum-breck",
                attribute="time at Harbour Town FC",
                value="two years",
                provenance=reported("2018-02-22"),
            ),
            Tenure(
                person="callum-breck",
                role=slug(MANAGER),
                end=month(2018, 2) if left else None,
                provenance=reported("2018-02-22"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2024-01-16",
        person="Callum Breck",
        attribute="time working at Harbour Town FC",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


WESSEX_CEO_POST = "chief executive, Wessex Water"
WATER_CEO_POST = "chief executive, Severn Vale Water"


@pytest.mark.parametrize(
    ("claimed_post", "claimed", "expected"),
    [
        # "Three years" was told while she ran Wessex Water, "five and a half" while she ran
        # Severn Vale Water: each is that post's length, not a dispute over the other's.
        (WESSEX_CEO_POST, "three years", "supported"),
        (WATER_CEO_POST, "five and a half years", "supported"),
    ],
)
def test_a_length_that_names_no_body_is_of_the_post_held_when_it_was_told(
    claimed_post: str, claimed: str, expected: str
) -> None:
    wessex, severn = post(WESSEX_CEO_POST, WESSEX), post(WATER_CEO_POST, SEVERN_VALE)
    record = build(
        [*water_company(), wessex, severn, person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=wessex.id,
                in_post=day("2009-11-18"),
                provenance=reported("2009-11-18"),
            ),
            Tenure(
                person="priya-natarajan",
                role=severn.id,
                start=year(2010),
                end=month(2016, 4),
                provenance=reported("2016-01-08"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="time as chief executive",
                value="three years",
                provenance=reported("2009-11-18"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="time as chief executive",
                value="five and a half years",
                provenance=reported("2016-01-08"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2024-04-22",
        person="Priya Natarajan",
        role=claimed_post,
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_tenure_the_record_has_ending_before_it_starts_gives_no_length() -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=day("2000-05-01"),
                provenance=reported("2000-04-25", "will take over on 1 May"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                end=month(2000, 3),
                provenance=reported("2005-03-09", "who left in March 2000"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2020-11-16",
        person="Priya Natarajan",
        role="chief executive",
        value="five years",
    )
    assert verdict.verdict == "unverifiable", verdict.explanation
    assert "before it starts" in verdict.explanation


@pytest.mark.parametrize(
    ("still_there", "expected"),
    [
        # Seven years at the commission, told as where he joined from: seven for good, so
        # nine is wrong however much later the claim...
        (False, "contradicted"),
        # ...while one reported still there, a move within the body, may have served nine.
        (True, "supported"),
    ],
)
def test_a_length_with_a_body_told_as_where_they_came_from_stops_growing(
    still_there: bool, expected: str
) -> None:
    commission = "Harbour Securities Commission"
    chairman = post(f"{commission} chairman", commission, "chairman")
    held = chairman.id if still_there else slug(MANAGER)
    record = build(
        [*football_club(), person("Callum Breck"), organisation(commission), chairman],
        [
            Attribute(
                subject="callum-breck",
                attribute=f"time at the {commission}",
                value="seven years",
                provenance=reported("2015-07-17"),
            ),
            Attribute(
                subject="callum-breck",
                attribute="previous post",
                value=commission,
                provenance=reported("2015-07-17"),
            ),
            Tenure(person="callum-breck", role=held, provenance=reported("2015-07-17")),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2020-07-01",
        quote="where he had worked for nine years",
        person="Callum Breck",
        attribute=f"time at the {commission}",
        value="nine years",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # A next step that names no post, only the body the recorded one is at, may be that
        # post or another there...
        ("a job at Wessex Water", "unverifiable"),
        # ...while one at another body is not.
        ("a job at Harbour Town FC", "contradicted"),
    ],
)
def test_a_step_naming_only_the_body_of_the_recorded_post_is_not_another_post(
    claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), *football_club(), person("Ada Quist")],
        [
            Attribute(
                subject="ada-quist",
                attribute="next post",
                value="deputy chief executive of Wessex Water",
                provenance=reported("2018-02-22"),
            )
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2020-01-16",
        subject="Ada Quist",
        attribute="next post",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # A length told as work paid for may be only the part of the tenure in some year...
        ("A £2.7m payment for nine months' work.", "unverifiable"),
        # ...while one told as time in post is the tenure's.
        ("She was chief executive for nine months.", "contradicted"),
    ],
)
def test_a_length_of_work_done_is_not_the_tenure_s_length(quote: str, expected: str) -> None:
    record = build(
        [*university(), person("Dana Ruiz")],
        [
            Tenure(
                person="dana-ruiz",
                role=slug(VC),
                start=month(2014, 5),
                end=month(2023, 10),
                provenance=reported("2023-10-18"),
            )
        ],
    )
    verdict = check(
        record,
        "duration",
        "2024-04-21",
        quote=quote,
        person="Dana Ruiz",
        role="vice-chancellor",
        value="nine months",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "claimed", "expected"),
    [
        # A term still to come is agreed, not served...
        ("She will serve a five-year term.", "five-year term", "unverifiable"),
        # ...while time served is measured by the tenure's dates.
        ("She has served five years.", "five years", "contradicted"),
    ],
)
def test_a_length_still_to_come_is_a_term_not_time_served(
    quote: str, claimed: str, expected: str
) -> None:
    record = build(
        [*university(), person("Dana Ruiz")],
        [
            Tenure(
                person="dana-ruiz",
                role=slug(VC),
                start=month(2023, 1),
                provenance=reported("2023-05-20"),
            )
        ],
    )
    verdict = check(
        record,
        "duration",
        "2023-06-01",
        quote=quote,
        person="Dana Ruiz",
        role="vice-chancellor",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # "Chief executive" of someone who ran two companies: a length that fits one post and
        # not the other is not borne out, for the claim does not say which it means...
        ("three years", "unverifiable"),
        # ...one that fits neither is contradicted, and one that fits both is borne out.
        ("ten years", "contradicted"),
        ("between three and five years", "supported"),
    ],
)
def test_a_claim_true_of_one_reading_of_a_post_and_false_of_another_is_ambiguous(
    claimed: str, expected: str
) -> None:
    record = build(
        [
            organisation(SEVERN_VALE),
            organisation(WESSEX),
            post(WATER_CEO, SEVERN_VALE),
            post(WESSEX_CEO, WESSEX),
            person("Priya Natarajan"),
        ],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(role),
                start=day(start),
                end=day(end),
                provenance=reported("2022-01-10"),
            )
            for role, start, end in (
                (WESSEX_CEO, "2012-01-01", "2015-01-01"),
                (WATER_CEO, "2015-06-01", "2020-06-01"),
            )
        ],
    )
    verdict = check(
        record,
        "duration",
        "2022-05-01",
        person="Priya Natarajan",
        role="chief executive",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation
    if expected == "unverifiable":
        assert verdict.reason == "ambiguous", verdict.explanation


@pytest.mark.parametrize(
    ("later_post", "expected"),
    [
        # "Chief executive", said of someone who went on to head another body, may be either
        # post: a length that fits the later one is not contradicted by the earlier...
        ("Severn Vale Water head", "unverifiable"),
        # ...while a later post that is another's (a non-executive director) is not one of them.
        ("Severn Vale Water non-executive director", "contradicted"),
    ],
)
def test_a_top_post_named_without_its_body_may_be_any_the_person_led(
    later_post: str, expected: str
) -> None:
    record = build(
        [
            organisation(SEVERN_VALE),
            organisation(WESSEX),
            post(WESSEX_CEO, WESSEX, "chief executive"),
            Entity(
                id=slug(later_post),
                type="role",
                name=f"{later_post.removeprefix(SEVERN_VALE + ' ')}, {SEVERN_VALE}",
                organisation=slug(SEVERN_VALE),
            ),
            person("Priya Natarajan"),
        ],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=day("2012-01-01"),
                end=day("2017-01-01"),
                provenance=reported("2017-01-10"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(later_post),
                start=day("2024-01-08"),
                provenance=reported("2024-01-08"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2025-05-21",
        person="Priya Natarajan",
        role="chief executive",
        value="less than 18 months",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        # Reported leaving to become the water company's chief executive: until she took the
        # post up, no other is her next...
        ("2003-12-01", "contradicted"),
        # ...but once she had, the next post of a later claim may come after it.
        ("2023-07-12", "unverifiable"),
    ],
)
def test_a_next_post_taken_up_is_the_next_as_of_its_report(as_of: str, expected: str) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="next post",
                value="chief executive of Severn Vale Water",
                provenance=reported("2003-11-19", "to become chief executive of Severn Vale"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=month(2004, 3),
                provenance=reported("2004-03-29"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        as_of,
        subject="Priya Natarajan",
        attribute="next post",
        value="non-executive director of Wessex Water",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("wessex_ended", "claimed", "expected"),
    [
        (2019, "chief executive of Wessex Water", "supported"),
        (2019, "chief executive of Anglian Water", "contradicted"),
        # A gap between the two posts leaves room for another: the record cannot say.
        (2016, "chief executive of Anglian Water", "unverifiable"),
    ],
)
def test_the_post_just_before_is_the_one_whose_end_meets_the_next_start(
    wessex_ended: int, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2014),
                end=year(wessex_ended),
                provenance=reported("2020-01-10"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=year(2019),
                provenance=reported("2020-01-10"),
            ),
        ],
    )
    verdict = natarajan_claims(record, "previous post", claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Before that she had been chief executive of Anglian Water.", "contradicted"),
        ("She had been chief executive of Anglian Water from 2011.", "contradicted"),
        # Dated before the post the record has just before: an earlier step of the career.
        ("Before that she had been chief executive of Anglian Water from 2009.", "unverifiable"),
    ],
)
def test_a_previous_post_the_claim_dates_before_the_one_just_before_is_an_earlier_step(
    quote: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2010),
                end=year(2019),
                provenance=reported("2020-01-10"),
            ),
            Tenure(
                person="priya-natarajan",
                role=slug(WATER_CEO),
                start=year(2019),
                provenance=reported("2020-01-10"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2022-05-01",
        subject="Priya Natarajan",
        attribute="previous post",
        value="chief executive of Anglian Water",
        quote=quote,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [("Wessex Water", "supported"), ("Anglian Water", "contradicted")],
)
def test_a_previous_employer_is_the_same_fact_as_a_previous_post(
    claimed: str, expected: str
) -> None:
    record = natarajan_attribute("previous post", "chief executive of Wessex Water")
    verdict = natarajan_claims(record, "previous employer", claimed)
    assert verdict.verdict == expected, verdict.explanation


def test_a_time_told_before_something_is_no_previous_post() -> None:
    """ "Contract expiry date before extension" names a date, not a post held before: a month
    is not compared with the previous post the record has."""
    record = natarajan_attribute("previous post", "chairman of Disney Parks")
    verdict = natarajan_claims(record, "contract expiry date before extension", "February")
    assert verdict.verdict == "unverifiable", verdict.explanation


def career_record() -> Record:
    """A chief executive the sources say came from Wessex Water, and earlier ran a university."""
    return build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="chief executive of Wessex Water",
                provenance=reported("2022-02-01", "Before joining, she ran Wessex Water"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="registrar of the University of Fenmoor",
                provenance=reported("2022-02-01", "earlier in her career, Fenmoor's registrar"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("quote", "value", "expected"),
    [
        # One of many earlier posts: the record knowing others says nothing against it...
        ("She has previously chaired Anglian Water", "chair of Anglian Water", "unverifiable"),
        # ...but the post held just before is one of a kind.
        (
            "Before joining she was chief executive of Anglian Water",
            "chief executive of Anglian Water",
            "contradicted",
        ),
        ("She came to the company from Wessex Water", "Wessex Water", "supported"),
        ("She was hired from Anglian Water in 2022", "Anglian Water", "contradicted"),
        ("She was poached from Anglian Water", "Anglian Water", "contradicted"),
        # "Before that" is before whatever step the text named last, not always the latest post.
        (
            "She had a brief spell at a consultancy. Before that she was chief executive of "
            "Anglian Water",
            "chief executive of Anglian Water",
            "unverifiable",
        ),
    ],
)
def test_a_person_holds_many_posts_before_but_one_just_before(
    quote: str, value: str, expected: str
) -> None:
    claim = {"subject": "Priya Natarajan", "attribute": "previous post", "value": value}
    verdict = check(career_record(), "attribute", "2022-05-01", **claim, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "value", "expected"),
    [
        # A post told as before a named step is the one a source places before that step...
        (
            "Before Wessex Water, she was registrar of the University of Fenmoor",
            "registrar of the University of Fenmoor",
            "supported",
        ),
        (
            "Before Wessex Water, she was registrar of Harbour Town FC",
            "registrar of Harbour Town FC",
            "contradicted",
        ),
        # ...and only the step before that one: another step may lie before the latest post.
        (
            "Before Anglian Water, she was registrar of Harbour Town FC",
            "registrar of Harbour Town FC",
            "unverifiable",
        ),
    ],
)
def test_a_post_before_a_named_step_is_the_one_a_source_places_before_it(
    quote: str, value: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="chief executive of Wessex Water",
                provenance=reported("2022-02-01", "She was previously chief executive of Wessex"),
            ),
            Attribute(
                subject="priya-natarajan",
                attribute="previous post",
                value="registrar of the University of Fenmoor",
                provenance=reported(
                    "2022-02-01", "Before Wessex Water, she was Fenmoor's registrar"
                ),
            ),
        ],
    )
    claim = {"subject": "Priya Natarajan", "attribute": "previous post", "value": value}
    verdict = check(record, "attribute", "2022-05-01", **claim, quote=quote)
    assert verdict.verdict == expected, verdict.explanation


def test_a_post_recorded_without_its_organisation_does_not_confirm_one_that_names_it() -> None:
    record = build(
        [
            *water_company(),
            Entity(id="deputy-chief-executive", type="role", name="deputy chief executive"),
            person("Priya Natarajan"),
        ],
        [
            Tenure(
                person="priya-natarajan",
                role="deputy-chief-executive",
                end=year(2019),
                provenance=reported("2020-01-10"),
            )
        ],
    )
    verdict = natarajan_claims(record, "previous post", "deputy chief executive of Anglian Water")
    assert verdict.verdict == "unverifiable", verdict.explanation


def test_a_previous_post_is_met_by_a_tenure_in_another_organisation() -> None:
    record = build(
        [*water_company(), person("Priya Natarajan")],
        [
            Tenure(
                person="priya-natarajan",
                role=slug(WESSEX_CEO),
                start=year(2014),
                end=year(2019),
                provenance=reported("2020-01-10"),
            )
        ],
    )
    verdict = natarajan_claims(record, "previous post", "chief executive of Wessex Water")
    assert verdict.verdict == "supported", verdict.explanation


def test_an_interim_then_permanent_holder_has_two_spells_each_checked_on_its_own() -> None:
    record = build(
        [*university(), person("Sam Adeyemi", "Professor Adeyemi")],
        [
            Tenure(
                person="sam-adeyemi",
                role=slug(VC),
                start=month(2019, 1),
                interim=True,
                provenance=reported("2019-01-20", "interim vice-chancellor from January"),
            ),
            Tenure(
                person="sam-adeyemi",
                role=slug(VC),
                start=month(2019, 9),
                interim=False,
                provenance=reported("2019-09-10", "appointed permanently this month"),
            ),
        ],
    )
    became_interim = check(
        record,
        "tenure",
        "2020-03-01",
        person="Professor Adeyemi",
        role="vice-chancellor",
        start="January 2019",
        interim=True,
    )
    assert became_interim.verdict == "supported", became_interim.explanation
    made_permanent = check(
        record,
        "tenure",
        "2020-03-01",
        person="Professor Adeyemi",
        role="vice-chancellor",
        start="September 2019",
        interim=False,
    )
    assert made_permanent.verdict == "supported", made_permanent.explanation


def test_a_start_a_report_gives_without_saying_interim_is_the_spell_whose_start_it_shares() -> None:
    """A later report dates the start without saying interim; it is the interim spell's start,
    not the permanent one's (made permanent after, on a date no source gives)."""
    record = build(
        [*university(), person("Sam Adeyemi", "Professor Adeyemi")],
        [
            Tenure(
                person="sam-adeyemi",
                role=slug(VC),
                start=month(2019, 1),
                interim=True,
                provenance=reported("2019-01-20"),
            ),
            Tenure(
                person="sam-adeyemi",
                role=slug(VC),
                in_post=day("2020-02-01"),
                interim=False,
                provenance=reported("2020-02-01", "has made him its permanent vice-chancellor"),
            ),
            Tenure(
                person="sam-adeyemi",
                role=slug(VC),
                start=month(2019, 1),
                provenance=reported("2020-06-01", "arrived in January 2019"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2020-09-01",
        person="Professor Adeyemi",
        role="vice-chancellor",
        start="February 2020",
        interim=False,
    )
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # "Since September 16" may be September 2016 as well as the 16th of the month...
        (month(2016, 9), "unverifiable"),
        # ...but neither reading is March 2016.
        (month(2016, 3), "contradicted"),
    ],
)
def test_a_month_and_two_digits_may_be_a_year_as_well_as_a_day(
    recorded: FuzzyTime, expected: str
) -> None:
    record = build(
        [*university(), person("Sam Adeyemi", "Professor Adeyemi")],
        [
            Tenure(
                person="sam-adeyemi",
                role=slug(VC),
                start=recorded,
                provenance=reported("2017-01-10"),
            )
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2019-05-27",
        person="Professor Adeyemi",
        role="vice-chancellor",
        start="September 16",
    )
    assert verdict.verdict == expected, verdict.explanation


def acting_record(spell: str) -> Record:
    """An acting vice-chancellor reported in January 2009, whose spell is "open" (no end
    known), "ended" (reported acting until August), or "recalled" (succeeded in September, and
    called acting by a report the next year)."""
    later = {
        "open": [],
        "ended": [
            Tenure(
                person="owen-pryce",
                role=slug(VC),
                interim=True,
                end=month(2009, 8),
                provenance=reported("2009-09-01", "the acting vice-chancellor until August"),
            )
        ],
        "recalled": [
            Tenure(
                person="mira-sloane",
                role=slug(VC),
                start=month(2009, 9),
                predecessor="owen-pryce",
                provenance=reported("2009-09-10", "succeeds Owen Pryce"),
            ),
            Tenure(
                person="owen-pryce",
                role=slug(VC),
                interim=True,
                provenance=reported("2010-03-01", "Owen Pryce, who was acting vice-chancellor"),
            ),
        ],
    }[spell]
    return build(
        [*university(), person("Owen Pryce"), person("Mira Sloane")],
        [
            Tenure(
                person="owen-pryce",
                role=slug(VC),
                start=month(2009, 1),
                interim=True,
                provenance=reported("2009-01-20", "will act as vice-chancellor"),
            ),
            *later,
        ],
    )


@pytest.mark.parametrize(
    ("spell", "as_of", "start", "expected"),
    [
        # Interims are made permanent: a later claim of permanence is news...
        ("open", "2012-01-01", None, "unverifiable"),
        # ...but not as of the report, nor from the time the report has the interim in post...
        ("open", "2009-01-20", None, "contradicted"),
        ("open", "2012-01-01", "January 2009", "contradicted"),
        # (a start the claim puts later, "the following month", may be the confirmation)
        ("open", "2012-01-01", "a month after January 2009", "unverifiable"),
        # ...nor for a spell reported interim to its end, or called interim after it ended.
        ("ended", "2012-01-01", None, "contradicted"),
        ("recalled", "2012-01-01", None, "contradicted"),
    ],
)
def test_an_interim_is_interim_as_of_its_reports(
    spell: str, as_of: str, start: str | None, expected: str
) -> None:
    fields = {"start": start} if start else {}
    verdict = check(
        acting_record(spell),
        "tenure",
        as_of,
        person="Owen Pryce",
        role="vice-chancellor",
        interim=False,
        **fields,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_one_source_giving_two_starts_tells_of_two_spells_not_a_dispute_with_itself() -> None:
    """ "Acting chairman since 12 February" and "becomes chairman today" (17 March), in one
    report: a handover claimed in March is borne out, not disputed."""
    record = build(
        [*football_club(), person("Dean Royle"), person("Lena Voss")],
        [
            Tenure(
                person="dean-royle",
                role=slug(MANAGER),
                end=day("2020-03-17"),
                provenance=reported("2020-03-17"),
            ),
            Tenure(
                person="lena-voss",
                role=slug(MANAGER),
                start=day("2020-02-12"),
                provenance=reported("2020-03-17", "acting manager since 12 February"),
            ),
            Tenure(
                person="lena-voss",
                role=slug(MANAGER),
                start=day("2020-03-17"),
                predecessor="dean-royle",
                provenance=reported("2020-03-17", "becomes manager today"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2021-01-10",
        role="manager",
        predecessor="Dean Royle",
        successor="Lena Voss",
        when="March 2020",
    )
    assert verdict.verdict == "supported", verdict.explanation


def test_a_successor_in_a_title_the_predecessor_also_held_does_not_join_their_other_posts() -> None:
    """The temporary finance director became interim chief executive and was succeeded as chief
    executive: the two titles stay two posts, so the chief executive's start does not date the
    finance director's."""
    record = build(
        [
            *water_company(),
            post("Severn Vale Water finance director", SEVERN_VALE),
            person("Ruth Tamblyn"),
            person("Owen Pryce"),
        ],
        [
            Tenure(
                person="ruth-tamblyn",
                role="severn-vale-water-finance-director",
                start=month(2016, 10),
                end=month(2017, 11),
                interim=True,
                provenance=reported("2018-03-23", "the temporary finance director"),
            ),
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                start=month(2017, 11),
                interim=True,
                provenance=reported("2018-03-23"),
            ),
            Tenure(
                person="owen-pryce",
                role=slug(WATER_CEO),
                start=month(2018, 4),
                predecessor="ruth-tamblyn",
                provenance=reported("2018-07-13"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2021-01-01",
        person="Ruth Tamblyn",
        role="Severn Vale Water finance director",
        start="October 2016",
    )
    assert verdict.verdict == "supported", verdict.explanation


def test_a_post_named_without_its_organisation_does_not_contradict_a_succession() -> None:
    """Sources named "chief fire officer" without saying whose: one of the three holders on
    record under it led another service, so the list cannot rule out a handover."""
    record = build(
        [
            Entity(id="chief-fire-officer", type="role", name="chief fire officer"),
            person("Ada Price"),
            person("Ben Cole"),
            person("Cara Moss"),
        ],
        [
            Tenure(
                person="ada-price",
                role="chief-fire-officer",
                start=year(2013),
                end=month(2022, 12),
                provenance=reported("2023-01-05"),
            ),
            Tenure(
                person="cara-moss",
                role="chief-fire-officer",
                start=month(2023, 2),
                provenance=reported("2023-04-20"),
            ),
            Tenure(
                person="ben-cole",
                role="chief-fire-officer",
                start=month(2021, 9),
                provenance=reported("2024-11-12", "in charge of the neighbouring service"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2025-04-22",
        role="chief fire officer",
        predecessor="Ada Price",
        successor="Cara Moss",
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "ambiguous"), verdict.explanation


def test_two_titles_linked_by_a_succession_are_one_post_for_an_ordinal() -> None:
    record = build(
        [*football_club(), person("Gary Tolland"), person("Neil Fairweather"), person("Ana Sousa")],
        [
            Tenure(
                person="gary-tolland",
                role=slug(MANAGER),
                start=year(2015),
                end=month(2018, 5),
                provenance=reported("2018-05-30"),
            ),
            Tenure(
                person="neil-fairweather",
                role=slug(MANAGER),
                start=month(2018, 6),
                end=month(2021, 5),
                predecessor="gary-tolland",
                provenance=reported("2021-05-28"),
            ),
            Tenure(
                person="ana-sousa",
                role=slug(HEAD_COACH),
                start=month(2021, 6),
                predecessor="neil-fairweather",
                provenance=reported("2021-06-03", "head coach Sousa, who replaced Fairweather"),
            ),
        ],
    )
    third = check(
        record,
        "holder_ordinal",
        "2022-01-10",
        person="Ana Sousa",
        role="manager",
        ordinal="third",
        since="2015",
    )
    assert third.verdict == "supported", third.explanation
    second = check(
        record,
        "holder_ordinal",
        "2022-01-10",
        person="Ana Sousa",
        role="manager",
        ordinal="second",
        since="2015",
    )
    assert (second.verdict, second.expected) == ("contradicted", "third")


# == New claim kinds: events, employers without a post, inspections without a grade ==============


def chairman_record() -> Record:
    return build(
        [
            *water_company(),
            person("Geoffrey Hale", "Mr Hale"),
            person("Lorna Penhale"),
            post("Severn Vale Water chairman", SEVERN_VALE, "chairman"),
        ],
        [
            GenericEvent(
                event_type="resignation",
                participants=["geoffrey-hale"],
                when=month(2019, 3),
                provenance=reported("2019-03-21", "Mr Hale resigned as chairman"),
            ),
            Tenure(
                person="lorna-penhale",
                role="severn-vale-water-chairman",
                start=month(2019, 4),
                provenance=reported("2019-04-15"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("who", "when", "expected", "reason"),
    [
        ("Mr Hale", "March 2019", "supported", None),
        ("Mr Hale", "June 2019", "contradicted", None),
        ("Lorna Penhale", "June 2019", "unverifiable", "new"),
    ],
)
def test_an_event_claim_meets_the_participants_events_of_that_kind(
    who: str, when: str, expected: str, reason: str | None
) -> None:
    verdict = check(
        chairman_record(),
        "event",
        "2019-12-01",
        participants=[who],
        event_type="resigned",
        when=when,
    )
    assert (verdict.verdict, verdict.reason) == (expected, reason), verdict.explanation


@pytest.mark.parametrize(
    ("claimed_end", "as_of", "expected"),
    [
        # Announced in November for the end of March: plans change, so January is news...
        ("January 2017", "2017-02-01", "unverifiable"),
        ("March 2017", "2017-04-10", "supported"),
        # ...but not to before the announcement, when the head was still in post.
        ("October 2016", "2017-02-01", "contradicted"),
    ],
)
def test_an_end_announced_before_it_was_due_is_a_plan_that_supports_but_cannot_contradict(
    claimed_end: str, as_of: str, expected: str
) -> None:
    record = build(
        [*school(), person("Iris Mound")],
        [
            Tenure(
                person="iris-mound",
                role=slug(HEAD),
                start=year(2012),
                end=month(2017, 3),
                provenance=reported("2016-11-10", "will leave at the end of March"),
            )
        ],
    )
    verdict = check(
        record, "tenure", as_of, person="Iris Mound", role="headteacher", end=claimed_end
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_start_announced_and_later_reported_as_happened_is_settled() -> None:
    """A start announced for 8 January, which a report in July says came in January: a claim of
    8 February is contradicted, though the first report was only a plan."""
    record = build(
        [*water_company(), person("Ruth Tamblyn")],
        [
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                start=day("2024-01-08"),
                provenance=reported("2023-12-15", "will become chief executive from January 8"),
            ),
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                start=month(2024, 1),
                provenance=reported("2024-07-09", "following her appointment in January"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2025-05-20",
        person="Ruth Tamblyn",
        role="chief executive",
        start="8 February 2024",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("quote", "start", "expected"),
    [
        # The day a report told of the appointment may come months before the first day in
        # post...
        ("Ruth Tamblyn took over in July 2012.", "July 2012", "unverifiable"),
        ("Ruth Tamblyn took over in January 2013.", "January 2013", "unverifiable"),
        # ...but not ten months and more before it...
        ("Ruth Tamblyn took over in April 2013.", "April 2013", "contradicted"),
        # ...and a claim of the appointment itself is of that day.
        ("Ruth Tamblyn was appointed in July 2012.", "July 2012", "contradicted"),
        # Nor is a post taken up before the appointment.
        ("Ruth Tamblyn took over in April 2012.", "April 2012", "contradicted"),
    ],
)
def test_a_start_told_only_as_the_day_of_an_appointment_may_come_later(
    quote: str, start: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ruth Tamblyn")],
        [
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                start=day("2012-05-24"),
                provenance=reported(
                    "2012-05-24", "The company appointed a new chief executive today"
                ),
            )
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2019-11-20",
        person="Ruth Tamblyn",
        role="chief executive",
        start=start,
        quote=quote,
    )
    assert verdict.verdict == expected, verdict.explanation


def chief_executive_ends(name: str, *ends: tuple[FuzzyTime, str, str]) -> Record:
    """A water company chief executive's ends as reports gave them: each end, the ISO date of
    its report and the report's words."""
    return build(
        [*water_company(), person(name)],
        [
            Tenure(person=slug(name), role=slug(WATER_CEO), end=end, provenance=reported(on, words))
            for end, on, words in ends
        ],
    )


@pytest.mark.parametrize(
    ("quote", "end", "expected"),
    [
        # A resignation told later as of October does not overtake the last day in post that
        # was planned in November...
        ("Ruth Tamblyn cleared her desk on 30 November 2000.", "30 November 2000", "supported"),
        ("Ruth Tamblyn resigned in October 2000.", "October 2000", "supported"),
        # ...and a claimed resignation is compared with the resignation.
        ("Ruth Tamblyn resigned in December 2000.", "December 2000", "contradicted"),
    ],
)
def test_a_resignation_is_not_the_last_day_in_post(quote: str, end: str, expected: str) -> None:
    record = chief_executive_ends(
        "Ruth Tamblyn",
        (
            day("2000-11-30"),
            "2000-11-02",
            "She is resigning and will clear her desk on 30 November",
        ),
        (month(2000, 10), "2001-03-23", "the day before she resigned last October"),
    )
    verdict = check(
        record,
        "tenure",
        "2023-09-22",
        person="Ruth Tamblyn",
        role="chief executive",
        end=end,
        quote=quote,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_an_interim_handing_over_to_the_permanent_successor_of_the_last_permanent_holder() -> None:
    """A source says the new manager replaced the last permanent one; another that a caretaker
    ran the club in between: "the caretaker handed over to the new manager" agrees with both."""
    record = build(
        [*football_club(), person("Ruth Okafor"), person("Dev Sandhu"), person("Mo Grier")],
        [
            Tenure(
                person="ruth-okafor",
                role=slug(MANAGER),
                start=year(2015),
                end=month(2019, 2),
                provenance=reported("2019-02-20"),
            ),
            Tenure(
                person="dev-sandhu",
                role=slug(MANAGER),
                interim=True,
                start=month(2019, 2),
                end=month(2019, 6),
                provenance=reported("2019-06-20"),
            ),
            Tenure(
                person="mo-grier",
                role=slug(MANAGER),
                start=month(2019, 6),
                predecessor="ruth-okafor",
                provenance=reported("2019-06-20", "Grier replaces Okafor"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2019-08-01",
        role="manager",
        predecessor="Dev Sandhu",
        successor="Mo Grier",
    )
    assert verdict.verdict == "supported", verdict.explanation


def test_a_previous_post_one_source_agrees_with_is_supported_whatever_another_names() -> None:
    record = build(
        [*university(), person("Nell Ashby")],
        [
            Attribute(
                subject="nell-ashby",
                attribute="previous post",
                value="registrar at the University of Fenmoor",
                provenance=reported("2020-03-01"),
            ),
            Attribute(
                subject="nell-ashby",
                attribute="previous post",
                value="the Fenland university that runs the Marsh campus",
                provenance=reported("2020-05-01"),
            ),
        ],
    )
    verdict = check(
        record,
        "attribute",
        "2021-01-01",
        subject="Nell Ashby",
        attribute="previous post",
        value="registrar at the University of Fenmoor",
    )
    assert verdict.verdict == "supported", verdict.explanation


def test_a_post_named_without_its_organisation_is_not_the_deputy_post() -> None:
    """ "Chief executive" said of someone who was a deputy chief executive elsewhere names only
    the chief executive's post they held."""
    record = build(
        [
            organisation(SEVERN_VALE),
            organisation(WESSEX),
            post(WATER_CEO, SEVERN_VALE),
            post(WESSEX_CEO, WESSEX),
            post("Wessex Water deputy chief executive", WESSEX),
            person("Ruth Tamblyn"),
        ],
        [
            Tenure(
                person="ruth-tamblyn",
                role="wessex-water-deputy-chief-executive",
                start=year(2015),
                end=year(2018),
                provenance=reported("2018-06-01"),
            ),
            Tenure(
                person="ruth-tamblyn",
                role=slug(WATER_CEO),
                start=month(2019, 1),
                provenance=reported("2019-01-10"),
            ),
        ],
    )
    verdict = check(
        record, "tenure", "2020-01-01", person="Ruth Tamblyn", role="chief executive", start="2015"
    )
    assert verdict.verdict == "contradicted", verdict.explanation


def happening_record(event_type: str, once: bool | None, summary: str = "") -> Record:
    """A club's record with one reported happening of its manager, in March 2021."""
    return build(
        [*football_club(), person("Callum Breck", "Mr Breck")],
        [
            GenericEvent(
                event_type=event_type,
                participants=["callum-breck", slug(HARBOUR)],
                when=month(2021, 3),
                summary=summary,
                once=once,
                provenance=reported("2021-03-12", "(as reported)"),
            )
        ],
    )


@pytest.mark.parametrize(
    ("recorded", "once", "claimed", "expected"),
    [
        # Its source says it befalls them once: at another time it is contradicted...
        ("handed in his notice", True, "handed in his notice", "contradicted"),
        ("handed in his notice", True, "handed in notice", "contradicted"),
        # ...but not when it is told in other words (another happening may be meant)...
        ("handed in his notice", True, "met the board", "unverifiable"),
        # ...and a happening that recurs, at another time, is news.
        ("visited the training ground", False, "visited the training ground", "unverifiable"),
        # A record of an earlier version does not say: only a departure is taken as once.
        ("was placed under review", None, "was placed under review", "unverifiable"),
        ("resigned", None, "quit", "contradicted"),
        # Departures in other words are one happening only where they leave the same thing.
        ("stepped down", True, "resigned", "contradicted"),
        ("left the armed forces", True, "resigned", "unverifiable"),
        ("resigned as chairman", True, "stepped down as chairman", "contradicted"),
        # Announcing a happening is not the happening.
        ("retired", True, "announced he would retire", "unverifiable"),
    ],
)
def test_a_happening_its_source_says_befalls_them_once_is_contradicted_at_another_time(
    recorded: str, once: bool | None, claimed: str, expected: str
) -> None:
    verdict = check(
        happening_record(recorded, once),
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type=claimed,
        when="January 2021",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # "Kirkby Rail" and "Kirkby Rail Ltd" differ only by the company's legal form...
        ("Kirkby Rail", "contradicted"),
        # ...where "Kirkby Rail Trust" is another body.
        ("Kirkby Rail Trust", "unverifiable"),
    ],
)
def test_a_body_named_without_its_legal_form_is_the_same_participant(
    named: str, expected: str
) -> None:
    record = build(
        [
            person("Callum Breck", "Mr Breck"),
            organisation("Kirkby Rail"),
            organisation("Kirkby Rail Ltd"),
            organisation("Kirkby Rail Trust"),
        ],
        [
            GenericEvent(
                event_type="secured government approval to start major construction works",
                participants=["callum-breck", "kirkby-rail-ltd"],
                when=year(2020),
                once=False,
                provenance=reported("2023-07-12"),
            )
        ],
    )
    verdict = check(
        record,
        "event",
        "2024-06-20",
        participants=["Mr Breck", named],
        event_type="secured government approval to start major construction works",
        when="2019",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "claimed", "expected"),
    [
        # Told in enough words of its own, a happening is that one, though its kind recurs...
        (
            "reversed a decision to move the start of training later",
            "reversed a decision that would have moved the start of training later",
            "contradicted",
        ),
        # ...in whatever order its words come, its numbers among them...
        (
            "worldwide recall of the 737 coaches",
            "737 coaches recalled worldwide",
            "contradicted",
        ),
        # ...but "visited the training ground" at another time may be another visit.
        ("visited the training ground", "visited the training ground", "unverifiable"),
    ],
)
def test_a_happening_told_in_detail_is_identified_however_often_its_kind_recurs(
    recorded: str, claimed: str, expected: str
) -> None:
    verdict = check(
        happening_record(recorded, once=False),
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type=claimed,
        when="January 2021",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # A happening the record names in few words is told in detail by its account of it:
        # the claim's words, most of them, there too, identify it...
        (
            "Mr Breck published revelations about abuse of youth players at the academy",
            "contradicted",
        ),
        # ...while an account that shares few of them may be of another.
        ("Mr Breck published revelations about the club's finances", "unverifiable"),
    ],
)
def test_a_happening_is_identified_by_the_record_s_account_of_it_as_well_as_its_name(
    summary: str, expected: str
) -> None:
    verdict = check(
        happening_record("published revelations", once=False, summary=summary),
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type="published revelations about abuse of youth players",
        when="January 2021",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "claimed", "expected"),
    [
        # A person put into a post, or taken out of it, once in each spell, though the body
        # confirms many...
        ("confirmed as club manager", "confirmed as club manager", "contradicted"),
        ("resigned as club manager", "resigned as club manager", "contradicted"),
        # ...while a happening that names no post may recur...
        ("confirmed", "confirmed", "unverifiable"),
        # ...and being chosen for the post is not being dismissed from it.
        ("chosen as club manager", "dismissed the club manager", "unverifiable"),
    ],
)
def test_a_person_s_step_into_or_out_of_a_post_is_identified_however_often_the_body_takes_it(
    recorded: str, claimed: str, expected: str
) -> None:
    verdict = check(
        happening_record(recorded, once=False),
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type=claimed,
        when="January 2021",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "claimed", "expected"),
    [
        # Reported in January as happening in May: the time of what was announced...
        ("May 2021", "January 2021", "unverifiable"),
        # ...while a time already gone when it was reported is when it happened.
        ("December 2020", "January 2021", "contradicted"),
    ],
)
def test_a_happening_dated_after_its_report_is_no_time_it_happened(
    recorded: str, claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Callum Breck", "Mr Breck")],
        [
            GenericEvent(
                event_type="announced he would retire",
                participants=["callum-breck", slug(HARBOUR)],
                when=parse_time(recorded),
                once=True,
                provenance=reported("2021-01-22", "announced he will retire in May"),
            )
        ],
    )
    verdict = check(
        record,
        "event",
        "2023-07-01",
        participants=["Mr Breck"],
        event_type="announced he would retire",
        when=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "when", "expected"),
    [
        # Each departure is identified by the accounts of it alone...
        ("left the army", "2016", "contradicted"),
        ("left the army", "2014", "supported"),
        ("resigned", "2020", "contradicted"),
        # ...and one told in other words than either may be either.
        ("left", "2016", "unverifiable"),
    ],
)
def test_a_person_s_departures_are_told_apart_by_what_was_left(
    claimed: str, when: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Callum Breck", "Mr Breck")],
        [
            GenericEvent(
                event_type=happened,
                participants=["callum-breck"],
                when=year(at),
                once=True,
                provenance=reported(f"{at}-06-01"),
            )
            for happened, at in (("left the army", 2014), ("resigned", 2021))
        ],
    )
    verdict = check(
        record, "event", "2022-01-10", participants=["Mr Breck"], event_type=claimed, when=when
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("organisation", "end", "expected"),
    [
        # Time somewhere ending, with no post there on record, is the departure the record
        # tells...
        ("the army", "2016", "contradicted"),
        ("the army", "2014", "supported"),
        # ...and one from elsewhere is news.
        ("the navy", "2016", "unverifiable"),
    ],
)
def test_an_end_of_time_at_an_organisation_meets_the_departure_from_it(
    organisation: str, end: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Callum Breck", "Mr Breck")],
        [
            GenericEvent(
                event_type="left the army",
                participants=["callum-breck"],
                when=year(2014),
                provenance=reported("2014-06-01"),
            )
        ],
    )
    verdict = check(
        record, "tenure", "2022-01-10", person="Mr Breck", organisation=organisation, end=end
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "when", "expected"),
    [
        # A happening that recurs, recorded in March: a first time after it cannot hold...
        ("first met the supporters' trust", "June 2021", "contradicted"),
        # ...and a time claimed without "first" may be another meeting.
        ("met the supporters' trust", "June 2021", "unverifiable"),
        # A first time before the recorded one is news, and the recorded one may be it.
        ("first met the supporters' trust", "January 2021", "unverifiable"),
        ("first met the supporters' trust", "March 2021", "supported"),
        # "First" that speaks of something else is no claim of a first time.
        ("met the supporters' trust on his first day", "June 2021", "unverifiable"),
    ],
)
def test_a_happening_claimed_as_the_first_is_contradicted_by_one_recorded_before(
    claimed: str, when: str, expected: str
) -> None:
    verdict = check(
        happening_record("met the supporters' trust", False),
        "event",
        "2021-09-01",
        participants=["Mr Breck"],
        event_type=claimed,
        when=when,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_happening_told_in_other_words_for_the_same_thing_is_met() -> None:
    record = happening_record("put into special measures", True)
    verdict = check(
        record,
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type="placed in special measures",
        when="March 2021",
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("recorded", "claimed"),
    [
        # A light verb leaves the naming to its object...
        ("gave notice", "handed in his notice"),
        # ...and a happening told briefly is the same as one told at length.
        ("merged", "merged to form a new club"),
    ],
)
def test_one_happening_told_in_other_words_is_identified(recorded: str, claimed: str) -> None:
    verdict = check(
        happening_record(recorded, True),
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type=claimed,
        when="January 2021",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # The record has no entity for the club he left for, but its words name it...
        ("Saltmarsh Rovers", "contradicted"),
        # ...and not this one: another departure may be meant.
        ("Kettleby Town", "unverifiable"),
    ],
)
def test_a_participant_without_an_entity_is_met_by_the_words_of_the_others_events(
    named: str, expected: str
) -> None:
    record = happening_record("left to manage Saltmarsh Rovers", True)
    verdict = check(
        record,
        "event",
        "2021-06-01",
        participants=["Mr Breck", named],
        event_type=f"left to manage {named}",
        when="January 2021",
    )
    assert verdict.verdict == expected, verdict.explanation
    if expected == "unverifiable":
        assert verdict.reason == "unknown"


def test_gave_evidence_is_not_gave_notice() -> None:
    verdict = check(
        happening_record("gave notice", True),
        "event",
        "2021-06-01",
        participants=["Mr Breck"],
        event_type="gave evidence",
        when="January 2021",
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        ("seven years", "supported"),
        ("nine years", "contradicted"),
        # Rounded to the year, seven years and eight meet only at seven and a half, which
        # rounds to one of them, not both.
        ("eight years", "contradicted"),
    ],
)
def test_a_length_given_as_a_source_reports_the_person_leaving_is_the_whole_tenure(
    claimed: str, expected: str
) -> None:
    """ "Stands down after seven years" is not "after nine years" six years later: the length was
    the tenure's, not one still growing."""
    leaving = "2016-05-17"
    record = build(
        [*football_club(), person("Lena Voss")],
        [
            Tenure(person="lena-voss", role=slug(MANAGER), provenance=reported(leaving)),
            Attribute(
                subject="lena-voss",
                attribute="time as manager",
                value="seven years",
                provenance=reported(leaving),
            ),
            GenericEvent(
                event_type="standing down as manager",
                participants=["lena-voss"],
                once=True,
                provenance=reported(leaving),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2022-06-20", person="Lena Voss", role="manager", value=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("came_from", "expected"),
    [
        # "She joins from the club, where she spent seven years as manager": the length is
        # the whole tenure's, not one still growing six years later...
        ("manager at Harbour Town FC", "contradicted"),
        # ...while with another post given as the one she came from, the tenure may have
        # run on: nine years may be borne out.
        ("a coaching post at Saltmarsh Rovers", "supported"),
    ],
)
def test_a_length_given_with_the_post_as_the_one_they_came_from_is_the_whole_tenure(
    came_from: str, expected: str
) -> None:
    joining = "2016-05-17"
    record = build(
        [*football_club(), person("Lena Voss")],
        [
            Tenure(person="lena-voss", role=slug(MANAGER), provenance=reported(joining)),
            Attribute(
                subject="lena-voss",
                attribute="time as manager",
                value="seven years",
                provenance=reported(joining),
            ),
            Attribute(
                subject="lena-voss",
                attribute="previous post",
                value=came_from,
                provenance=reported(joining),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2022-06-20", person="Lena Voss", role="manager", value="nine years"
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_length_its_source_gives_as_a_post_is_left_for_the_next_is_not_the_next_post_s() -> None:
    """ "Six years at the helm", in the report that a rival's manager will take over here, is of
    the post he is leaving, not of this one."""
    record = build(
        [*football_club(), person("Lena Voss")],
        [
            Tenure(person="lena-voss", role=slug(MANAGER), provenance=reported("2016-05-17")),
            Attribute(
                subject="lena-voss",
                attribute="time as manager",
                value="six years",
                provenance=reported("2016-05-17"),
            ),
            Attribute(
                subject="lena-voss",
                attribute="next post",
                value=f"manager of {HARBOUR}",
                provenance=reported("2016-05-17"),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2017-06-20", person="Lena Voss", role="manager", value="a year"
    )
    assert verdict.verdict != "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # 1 November 2011 to 1 May 2018 is six and a half calendar years, "seven years" rounded
        # up: possible at the edge of what the dates allow...
        ("seven years", "unverifiable"),
        ("six years", "supported"),
        # ...where eight years is not.
        ("eight years", "contradicted"),
    ],
)
def test_a_length_the_dates_allow_only_at_their_edge_is_possible(
    claimed: str, expected: str
) -> None:
    record = build(
        [*football_club(), person("Lena Voss")],
        [
            Tenure(
                person="lena-voss",
                role=slug(MANAGER),
                start=day("2011-11-01"),
                provenance=reported("2011-11-01"),
            ),
            Tenure(
                person="lena-voss",
                role=slug(MANAGER),
                in_post=day("2018-05-01"),
                provenance=reported("2018-05-01"),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2018-05-01", person="Lena Voss", role="manager", value=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("title", "claimed", "expected"),
    [
        # He was the company's chairman; another was later its "non-executive chairman": said
        # of him, the title means his post...
        ("non-executive chairman", "eight years", "contradicted"),
        ("non-executive chairman", "six years", "supported"),
        # ...but a post of another rank or side is another post.
        ("deputy chairman", "six years", "unverifiable"),
        ("executive chairman", "six years", "unverifiable"),
    ],
)
def test_a_title_the_record_gives_another_holder_means_the_persons_post_in_other_words(
    title: str, claimed: str, expected: str
) -> None:
    chairman, non_executive = "chairman, Severn Vale Water", f"{title}, Severn Vale Water"
    record = build(
        [
            organisation(SEVERN_VALE),
            post(chairman, SEVERN_VALE),
            post(non_executive, SEVERN_VALE),
            person("Alan Parr"),
            person("Clive Ward"),
        ],
        [
            Tenure(
                person="alan-parr",
                role=slug(chairman),
                start=month(2012, 4),
                end=month(2018, 4),
                provenance=reported("2018-04-20"),
            ),
            Tenure(
                person="clive-ward",
                role=slug(non_executive),
                start=month(2018, 4),
                provenance=reported("2018-04-20"),
            ),
        ],
    )
    verdict = check(record, "duration", "2020-01-01", person="Alan Parr", role=title, value=claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("two years", "contradicted"), ("three years", "supported")]
)
def test_a_title_said_whole_names_its_post_before_one_it_is_part_of(
    claimed: str, expected: str
) -> None:
    """ "Chief executive" of someone who was chief executive of one company and regional chief
    executive of another is the first."""
    chief, regional = "chief executive, Severn Vale Water", "regional chief executive, Wessex Water"
    record = build(
        [
            organisation(SEVERN_VALE),
            organisation(WESSEX),
            post(chief, SEVERN_VALE),
            post(regional, WESSEX),
            person("Colin Stray"),
        ],
        [
            Tenure(
                person="colin-stray",
                role=slug(regional),
                start=year(2005),
                end=year(2012),
                provenance=reported("2012-06-01"),
            ),
            Tenure(
                person="colin-stray",
                role=slug(chief),
                start=month(2012, 7),
                end=month(2015, 7),
                provenance=reported("2015-07-20"),
            ),
        ],
    )
    verdict = check(
        record,
        "duration",
        "2020-01-01",
        person="Colin Stray",
        role="chief executive",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_length_within_a_period_is_not_the_tenure_s_length() -> None:
    """ "The seven months he served last year" is the part of a nine-year tenure in that year."""
    record = build(
        [*football_club(), person("Lena Voss")],
        [
            Tenure(
                person="lena-voss",
                role=slug(MANAGER),
                end=day("2023-02-27"),
                provenance=reported("2023-02-27"),
            ),
            Attribute(
                subject="lena-voss",
                attribute="time as manager",
                value="nine years",
                provenance=reported("2023-02-27", "his nine years as manager"),
            ),
            Attribute(
                subject="lena-voss",
                attribute="time as manager",
                value="seven months",
                provenance=reported(
                    "2024-01-08",
                    "paid £371,000 for the seven months he served as manager last year",
                ),
            ),
        ],
    )

    def lasted(value: str, quote: str) -> str:
        fields = {"person": "Lena Voss", "role": "manager", "value": value, "quote": quote}
        return check(record, "duration", "2024-06-01", **fields).verdict

    assert lasted("nine years", "she had spent nine years as manager") == "supported"
    assert lasted("seven months", "the seven months she served as manager last year") == (
        "unverifiable"
    )


def test_a_length_stated_for_a_post_that_has_ended_stops_growing_at_its_end() -> None:
    left = "2021-12-13"
    record = build(
        [*football_club(), person("Rhys Okoro")],
        [
            Tenure(
                person="rhys-okoro",
                role=slug(MANAGER),
                end=month(2021, 12),
                provenance=reported(left),
            ),
            Attribute(
                subject="rhys-okoro",
                attribute="time as manager",
                value="two years",
                provenance=reported(left),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2025-03-25", person="Rhys Okoro", role="manager", value="five years"
    )
    assert verdict.verdict == "contradicted", verdict.explanation


def test_words_describing_a_grade_neither_dispute_nor_contradict_it() -> None:
    inadequate = Rating(
        inspector=slug(INSPECTORATE),
        subject=slug(NORTHGATE),
        judgement="inadequate",
        when=month(2019, 9),
        provenance=reported("2019-09-27"),
    )
    described = inadequate.model_copy(update={"judgement": "failing in every area"})
    record = build(school(), [inadequate, described])
    graded = check(
        record,
        "rating",
        "2020-01-01",
        subject=NORTHGATE,
        judgement="inadequate",
        when="September 2019",
    )
    assert graded.verdict == "supported", graded.explanation
    other = check(
        record,
        "rating",
        "2020-01-01",
        subject=NORTHGATE,
        judgement="failing in most areas",
        when="September 2019",
    )
    assert other.verdict == "unverifiable", other.explanation


def test_a_date_written_with_a_value_is_not_part_of_it() -> None:
    record = natarajan_attribute("next post", "chief executive of Wessex Water")
    verdict = natarajan_claims(record, "next post", "chief executive, Wessex Water, December 2021")
    assert verdict.verdict == "supported", verdict.explanation


def test_a_value_naming_a_body_a_letter_from_the_recorded_one_is_left_undecided() -> None:
    """ "Essex Water" for "Wessex Water": a misspelling or another company; the report flags
    the spelling, the verdict does not guess."""
    record = natarajan_attribute("previous post", "chief executive of Wessex Water")
    verdict = natarajan_claims(record, "previous post", "chief executive of Essex Water")
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"), [("two years", "supported"), ("three years", "contradicted")]
)
def test_a_term_agreed_is_as_long_later_as_when_it_was_reported(
    claimed: str, expected: str
) -> None:
    """A two-year appointment reported in April is not a three-year one in December."""
    record = build(
        [person("Ada Lusk")],
        [
            Attribute(
                subject="ada-lusk",
                attribute="length of her interim appointment",
                value="two years",
                provenance=reported("2024-04-26"),
            )
        ],
    )
    verdict = check(
        record,
        "duration",
        "2024-12-02",
        person="Ada Lusk",
        attribute="length of her interim appointment",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("reported_on", "claimed", "expected"),
    [
        # Two years on, "32 years" has grown to about 34.
        ("2019-01-10", "34 years", "supported"),
        # A week on, "three decades" (25 to 35 years) meets "four decades" (35 to 45) only in
        # the week it has grown: both would have to be rounded from their very edges.
        ("2020-12-25", "four decades", "contradicted"),
        ("2020-12-25", "five decades", "contradicted"),
        # Three years on it may have grown into "four decades": possible, not supported.
        ("2018-01-01", "four decades", "unverifiable"),
    ],
)
def test_a_length_a_source_stated_has_grown_by_the_claims_date_and_no_more(
    reported_on: str, claimed: str, expected: str
) -> None:
    stated = "32 years" if claimed == "34 years" else "three decades"
    record = build(
        [person("Ada Lusk")],
        [
            Attribute(
                subject="ada-lusk",
                attribute="police service",
                value=stated,
                provenance=reported(reported_on),
            )
        ],
    )
    verdict = check(
        record,
        "duration",
        "2021-01-01",
        person="Ada Lusk",
        attribute="police service",
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("since", "expected"),
    [
        # The record shows him there from 2012, so he has not worked there only since 2015.
        ("2015", "contradicted"),
        # An earlier post there, unreported, may exist.
        ("2009", "unverifiable"),
        ("2012", "supported"),
    ],
)
def test_an_employer_without_a_post_is_checked_as_far_as_it_goes(since: str, expected: str) -> None:
    record = build(
        [*university(), person("Tom Varga")],
        [
            Tenure(
                person="tom-varga",
                role=slug(REGISTRAR),
                start=year(2012),
                provenance=reported("2016-09-01"),
            )
        ],
    )
    verdict = check(
        record, "tenure", "2020-01-01", person="Tom Varga", organisation=FENMOOR, start=since
    )
    assert verdict.verdict == expected, verdict.explanation


def test_an_inspection_without_a_grade_is_checked_against_the_latest_full_inspection() -> None:
    record = build(
        school(),
        [
            Rating(
                inspector=slug(INSPECTORATE),
                subject=slug(NORTHGATE),
                judgement="requires improvement",
                when=month(2019, 5),
                provenance=reported("2019-06-10"),
            ),
            Rating(
                inspector=slug(INSPECTORATE),
                subject=slug(NORTHGATE),
                judgement="good",
                when=month(2021, 10),
                provenance=reported("2021-11-05"),
            ),
        ],
    )

    def last_inspected(as_of: str) -> Verdict:
        return check(record, "rating", as_of, subject=NORTHGATE, when="2019", qualifier="latest")

    assert last_inspected("2020-01-10").verdict == "supported"
    later = last_inspected("2022-01-10")
    assert later.verdict == "contradicted", later.explanation


# == Times given from a happening the text does not date ==========================================


def arrival_record(*, dated: bool = True) -> Record:
    """A club whose manager arrived in January 2021 (or, undated, replaced the manager who left
    then), and was put under a transfer embargo, once, in March 2021."""
    start = {"start": month(2021, 1)} if dated else {"predecessor": "ada-price"}
    return build(
        [*football_club(), person("Callum Breck", "Mr Breck"), person("Ada Price")],
        [
            Tenure(
                person="ada-price",
                role=slug(MANAGER),
                end=month(2021, 1),
                provenance=reported("2021-01-20"),
            ),
            Tenure(
                person="callum-breck",
                role=slug(MANAGER),
                provenance=reported("2021-02-01"),
                **start,
            ),
            GenericEvent(
                event_type="placed under a transfer embargo",
                participants=[slug(HARBOUR)],
                when=month(2021, 3),
                once=True,
                provenance=reported("2021-03-12"),
            ),
        ],
    )


def embargo(record: Record, when: str) -> Verdict:
    return check(
        record,
        "event",
        "2021-06-01",
        participants=[HARBOUR],
        event_type="placed under a transfer embargo",
        when=when,
    )


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("two months after Mr Breck arrived", "supported"),
        ("six months after Mr Breck arrived", "contradicted"),
        ("a month before Mr Breck took over", "contradicted"),
    ],
)
def test_a_time_after_someone_arrived_is_dated_by_the_start_of_their_tenure(
    when: str, expected: str
) -> None:
    verdict = embargo(arrival_record(), when)
    assert verdict.verdict == expected, verdict.explanation
    assert "January 2021" in verdict.explanation


@pytest.mark.parametrize(
    ("predecessor", "expected"),
    [
        # Sources say she replaced Colin Stray: someone never in the post did not go before her...
        ("Ben Hale", "contradicted"),
        # ...and the one they name did.
        ("Colin Stray", "supported"),
    ],
)
def test_a_predecessor_never_in_the_post_is_not_whom_the_successor_replaced(
    predecessor: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Colin Stray"), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2008),
                end=month(2013, 3),
                provenance=reported("2013-03-04"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2013, 4),
                predecessor="colin-stray",
                provenance=reported("2013-04-02", "replacing Colin Stray"),
            ),
            Tenure(
                person="ben-hale",
                role=slug(WESSEX_CEO),
                start=year(2010),
                provenance=reported("2013-04-02"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2020-01-01",
        role="chief executive",
        predecessor=predecessor,
        successor="Ada Quist",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_an_arrival_dated_only_by_a_succession_supports_but_cannot_contradict() -> None:
    record = arrival_record(dated=False)
    assert embargo(record, "two months after Mr Breck arrived").verdict == "supported"
    verdict = embargo(record, "six months after Mr Breck arrived")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "gap"), verdict.explanation


def test_a_time_from_a_happening_the_record_cannot_date_leaves_the_claim_unverifiable() -> None:
    verdict = embargo(arrival_record(), "two months after Ada Price was unveiled")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "gap"), verdict.explanation
    assert "was unveiled" in verdict.explanation


def test_a_time_after_leaving_a_named_post_is_dated_by_that_post_s_end() -> None:
    record = build(
        [*football_club(), *university(), person("Nell Ashby")],
        [
            Tenure(
                person="nell-ashby",
                role=slug(REGISTRAR),
                start=year(2012),
                end=month(2019, 6),
                provenance=reported("2019-07-01"),
            ),
            Tenure(
                person="nell-ashby",
                role=slug(MANAGER),
                start=month(2020, 9),
                provenance=reported("2020-09-02"),
            ),
        ],
    )

    def started(when: str) -> str:
        claim = {"person": "Nell Ashby", "role": MANAGER, "start": when}
        return check(record, "tenure", "2021-01-01", **claim).verdict

    assert started("about a year after leaving Fenmoor") == "supported"
    assert started("three years after leaving Fenmoor") == "contradicted"


def test_a_time_from_a_recorded_happening_of_the_claim_s_organisation() -> None:
    record = arrival_record()
    verdict = check(
        record,
        "tenure",
        "2021-06-01",
        person="Mr Breck",
        role=MANAGER,
        start="a year before the transfer embargo",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


def test_a_claim_keeps_a_time_given_from_a_happening_and_says_so_only_then() -> None:
    anchored = claim_adapter.validate_python(
        {
            "kind": "event",
            "quote": "(claim)",
            "as_of": date(2021, 6, 1),
            "participants": [HARBOUR],
            "event_type": "embargo",
            "when": "two months after Mr Breck arrived",
        }
    )
    assert anchored.model_dump()["anchored"]["when"]["happening"] == "mr breck arrived"
    dated = anchored.model_copy(update={"anchored": {}, "when": month(2021, 3)})
    assert "anchored" not in dated.model_dump()


# == Rule 5: why a claim is unverifiable ==========================================================


def planned_handover(*, happened: bool) -> Record:
    """Ada Quist to hand over to Bo Lind at the end of July 2021, as reported in January; with
    ``happened``, a report in May that Bo Lind took over on 1 May instead."""
    plan = Tenure(
        person="bo-lind",
        role=slug(WATER_CEO),
        start=FuzzyTime.between(date(2021, 7, 21), date(2021, 7, 31)),
        predecessor="ada-quist",
        provenance=reported("2021-01-12", "will take over when she retires at the end of July"),
    )
    took_over = Tenure(
        person="bo-lind",
        role=slug(WATER_CEO),
        start=day("2021-05-01"),
        predecessor="ada-quist",
        provenance=reported("2021-05-02", "is taking over with immediate effect"),
    )
    left = Tenure(
        person="ada-quist",
        role=slug(WATER_CEO),
        start=year(2012),
        provenance=reported("2021-01-12"),
    )
    return build(
        [*water_company(), person("Ada Quist"), person("Bo Lind")],
        [left, plan, *([took_over] if happened else [])],
    )


@pytest.mark.parametrize(
    ("happened", "when", "expected"),
    [
        # A handover planned for July, reported in May as made on 1 May: the plan was
        # overtaken, not disputed...
        (True, "1 May 2021", "supported"),
        # ...and one claimed after the plan was reported may be the plan changed...
        (False, "1 May 2021", "unverifiable"),
        # ...but not one claimed before it was reported, when it had not happened.
        (False, "1 January 2021", "contradicted"),
    ],
)
def test_a_handover_reported_before_it_was_due_is_a_plan(
    happened: bool, when: str, expected: str
) -> None:
    verdict = check(
        planned_handover(happened=happened),
        "succession",
        "2021-09-01",
        role="chief executive",
        predecessor="Ada Quist",
        successor="Bo Lind",
        when=when,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "start", "expected"),
    [
        # A start at a body formed then: the start another report gives before it was at the body
        # before it...
        (
            "Ms Quist was named chief executive of the new group in February 2007.",
            "February 2007",
            "supported",
        ),
        # ...while told of the body as it always was, the two reports disagree...
        ("Ms Quist became chief executive in February 2007.", "February 2007", "disputed"),
        # ...and a start no report gives is contradicted however the body is told.
        ("Ms Quist was named chief executive of the new group in 2009.", "2009", "contradicted"),
    ],
)
def test_a_start_at_a_body_formed_then_is_not_disputed_by_one_at_the_body_before(
    sentence: str, start: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2003),
                provenance=reported("2011-08-03", "chief executive since 2003"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2007),
                provenance=reported("2019-09-23", "chief executive since the 2007 merger"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2019-11-20",
        person="Ada Quist",
        role="chief executive",
        start=start,
        quote=sentence,
        sentence=sentence,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # To leave in May, said in October; to stay until 10 July, said in May: the later plan
        # overtook the earlier, which is no dispute...
        ("10 July 2020", "supported"),
        # ...and the earlier plan is no longer what the record says.
        ("May 2020", "unverifiable"),
    ],
)
def test_a_plan_is_overtaken_by_a_later_plan(claimed: str, expected: str) -> None:
    record = build(
        [*water_company(), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=month(2020, 5),
                provenance=reported("2019-10-18", "will leave in May"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=day("2020-07-10"),
                provenance=reported("2020-05-27", "will stay on until July 10"),
            ),
        ],
    )
    verdict = check(
        record, "tenure", "2023-07-24", person="Ada Quist", role="chief executive", end=claimed
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "start", "expected"),
    [
        # A start told as it was planned is met by the plan, the day after its end included, or
        # by what happened...
        ("Bo Lind had been due to take over on 1 August 2021.", "1 August 2021", "supported"),
        ("Bo Lind would take over on 1 May 2021.", "1 May 2021", "supported"),
        # ...and contradicted by the plan where it names the month or the year, not where it
        # tells the time from the day the plan was made...
        ("Bo Lind would take over in December 2021.", "December 2021", "contradicted"),
        ("Bo Lind had been due to take over in 2022.", "2022", "contradicted"),
        ("Bo Lind was himself due to take over in December 2021.", "December 2021", "contradicted"),
        (
            "Bo Lind was originally due to take over in December 2021.",
            "December 2021",
            "contradicted",
        ),
        (
            "Bo Lind would take over at the end of the year.",
            {"earliest": "2021-12-01", "latest": "2021-12-31", "text": "the end of the year"},
            "unverifiable",
        ),
        # ...while a start told as it happened meets what happened.
        ("Bo Lind took over on 1 August 2021.", "1 August 2021", "contradicted"),
    ],
)
def test_a_start_told_as_it_was_planned_is_met_by_the_plan_not_by_what_happened(
    quote: str, start: str | dict[str, str], expected: str
) -> None:
    verdict = check(
        planned_handover(happened=True),
        "tenure",
        "2021-09-01",
        quote=quote,
        person="Bo Lind",
        role="chief executive",
        start=start,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "end", "expected"),
    [
        # A plan given up ("had originally been due to step down this month") is not what
        # happened, and does not overtake the plan that replaced it...
        ("The board extended her contract until May 2008.", "May 2008", "supported"),
        # ...while a claim of the plan as it was is met by it.
        ("She had been due to step down in October 2007.", "October 2007", "supported"),
    ],
)
def test_a_plan_given_up_is_not_what_happened(quote: str, end: str, expected: str) -> None:
    record = chief_executive_ends(
        "Ada Quist",
        (month(2008, 5), "2007-10-09", "Bo Lind will take over from her in May"),
        (month(2007, 10), "2007-10-09", "She had originally been due to step down this month"),
    )
    verdict = check(
        record,
        "tenure",
        "2025-10-06",
        quote=quote,
        person="Ada Quist",
        role="chief executive",
        end=end,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("managing director of women's football", "supported"),
        ("managing director of womens football", "supported"),
        # A word with letters put before it is another word, however alike they look.
        ("managing director of men's football", "unverifiable"),
    ],
)
def test_a_post_named_with_another_word_is_not_the_post_on_record(role: str, expected: str) -> None:
    women = "Harbour Town managing director of women's football"
    record = build(
        [organisation(HARBOUR), post(women, HARBOUR), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(women),
                start=month(2022, 6),
                provenance=reported("2022-05-18"),
            )
        ],
    )
    verdict = check(record, "tenure", "2022-11-06", person="Ada Quist", role=role)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # A year beside the one planned is another year, not the handover of one day to the
        # next ("late July", "1 August")...
        ("2027", "contradicted"),
        ("2028", "supported"),
        # ...while the day after the plan's last is the same handover.
        ("1 January 2029", "supported"),
    ],
)
def test_a_plan_to_stay_until_a_year_is_not_met_by_the_year_before(end: str, expected: str) -> None:
    record = chief_executive_ends(
        "Ada Quist", (year(2028), "2020-02-10", "will serve a full eight-year term, to 2028")
    )
    verdict = check(
        record,
        "tenure",
        "2020-03-01",
        quote=f"Her term would keep her in post until {end}.",
        person="Ada Quist",
        role="chief executive",
        end=end,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    "quote",
    [
        "Bo Lind had been due to take over in December 2021.",
        "Bo Lind was himself due to take over in December 2021.",
        "Bo Lind was originally due to take over in December 2021.",
    ],
)
def test_a_plan_told_as_it_was_is_met_by_the_plan_reported(quote: str) -> None:
    """With only the plan on record (the end of July), a start told as it was planned for
    December is contradicted, whatever word comes between "was" and "due"."""
    verdict = check(
        planned_handover(happened=False),
        "tenure",
        "2021-09-01",
        quote=quote,
        person="Bo Lind",
        role="chief executive",
        start="December 2021",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # Spoken of as planned, an end is met by the report of the plan...
        ("She would stand down at the end of the following March.", "supported"),
        # ...but said to have happened then, it is not.
        ("She stood down at the end of March 2017.", "contradicted"),
    ],
)
def test_an_end_spoken_of_as_planned_is_met_by_the_plan_whenever_it_happened(
    quote: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2016, 4),
                end=FuzzyTime.between(date(2017, 3, 21), date(2017, 3, 31)),
                provenance=reported("2016-11-10", "will step down at the end of next March"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=day("2017-01-20"),
                provenance=reported("2017-01-26", "whose final day was last Friday"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2022-06-20",
        quote=quote,
        person="Ada Quist",
        role="chief executive",
        end="the end of March 2017",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # The day the appointment was announced, months before the successor took over...
        ("January 2013", "supported"),
        # ...the handover itself...
        ("April 2013", "supported"),
        # ...but not a time before the plan was reported; one after may be the plan changed.
        ("December 2012", "contradicted"),
        ("June 2013", "unverifiable"),
    ],
)
def test_a_succession_is_dated_by_the_handover_or_by_the_appointment_announced_before_it(
    claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Colin Stray"), person("Ada Quist")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2008),
                end=month(2013, 3),
                provenance=reported("2012-11-02"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2013, 4),
                predecessor="colin-stray",
                provenance=reported("2013-01-16", "named as the next chief executive"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2020-01-01",
        role="chief executive",
        predecessor="Colin Stray",
        successor="Ada Quist",
        when=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "end", "expected"),
    [
        # The year is the claim's own: wrong in its own words.
        ("She stayed on as chief executive until July 2019", "July 2019", "contradicted"),
        # Its reading took the year from the sentence before: that sentence is where it errs.
        ("She stayed on as chief executive until July", "July 2019", "unverifiable"),
        # But a month its words give, in which no reported time falls, is wrong in its words.
        ("She stayed on as chief executive until December", "December 2019", "contradicted"),
    ],
)
def test_a_year_the_claim_s_words_do_not_give_is_not_contradicted_in_them(
    quote: str, end: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2015),
                end=month(2020, 7),
                provenance=reported("2020-08-01"),
            )
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2023-07-06",
        quote=quote,
        person="Ada Quist",
        role="chief executive",
        end=end,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("reports_between", "expected"),
    [
        # Acting in between: "Ben Hale replaced Colin Stray" skips her...
        ([("2013-05-01", True)], "supported"),
        # ...but not where the reports of her in between call her nothing of the kind, however
        # she acted in an earlier spell.
        ([("2013-05-01", None)], "contradicted"),
    ],
)
def test_a_holder_in_between_is_acting_by_the_reports_of_that_spell(
    reports_between: list[tuple[str, bool | None]], expected: str
) -> None:
    record = build(
        [*water_company(), person("Colin Stray"), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2007),
                end=year(2007),
                interim=True,
                provenance=reported("2007-06-01", "Ada Quist takes temporary charge"),
            ),
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2008),
                end=month(2013, 3),
                provenance=reported("2012-11-02"),
            ),
            *(
                Tenure(
                    person="ada-quist",
                    role=slug(WATER_CEO),
                    start=month(2013, 4),
                    end=month(2015, 6),
                    interim=interim,
                    predecessor="colin-stray",
                    provenance=reported(on),
                )
                for on, interim in reports_between
            ),
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=month(2015, 7),
                predecessor="ada-quist",
                provenance=reported("2015-07-01"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2020-01-01",
        role="chief executive",
        predecessor="Colin Stray",
        successor="Ben Hale",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("kind", "claimed", "expected"),
    [
        # He resigned in September and left in November: a departure is dated by either...
        ("tenure", "September 2012", "supported"),
        ("tenure", "November 2012", "supported"),
        ("event", "September 2012", "supported"),
        ("event", "November 2012", "supported"),
        # ...but by no other time.
        ("tenure", "June 2012", "contradicted"),
        ("event", "June 2012", "contradicted"),
    ],
)
def test_a_departure_is_dated_by_its_announcement_or_by_the_end_of_the_tenure(
    kind: str, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Colin Stray")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2008),
                end=month(2012, 11),
                provenance=reported("2013-01-16", "who stepped down in November"),
            ),
            GenericEvent(
                event_type="resigned",
                participants=["colin-stray", slug(SEVERN_VALE)],
                when=day("2012-09-16"),
                once=True,
                provenance=reported("2012-09-16", "resigned today"),
            ),
        ],
    )
    fields = (
        {"person": "Colin Stray", "role": "chief executive", "end": claimed}
        if kind == "tenure"
        else {"participants": ["Colin Stray"], "event_type": "stepped down", "when": claimed}
    )
    verdict = check(record, kind, "2013-06-01", **fields)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("title", "organisation", "start", "expected"),
    [
        # He joined the company as its finance director in March 2013: not as anything else...
        ("operations director", SEVERN_VALE, "2013", "contradicted"),
        ("deputy finance director", SEVERN_VALE, "March 2013", "contradicted"),
        # ...though he may have been called so in other words, or by a title that says less...
        ("head of finance", SEVERN_VALE, "2013", "unverifiable"),
        ("director", SEVERN_VALE, "2013", "supported"),
        # ...or as one sharing the post ("co-finance director"), unlike a deputy's...
        ("co-finance director", SEVERN_VALE, "2013", "unverifiable"),
        # ...and another time or another company is news.
        ("operations director", SEVERN_VALE, "2016", "unverifiable"),
        ("operations director", WESSEX, "2013", "unverifiable"),
    ],
)
def test_a_newcomer_takes_up_one_post(
    title: str, organisation: str, start: str, expected: str
) -> None:
    finance_director = "Severn Vale Water finance director"
    record = build(
        [*water_company(), post(finance_director, SEVERN_VALE), person("Colin Stray")],
        [
            Tenure(
                person="colin-stray",
                role=slug(finance_director),
                start=month(2013, 3),
                provenance=reported("2013-03-04", "joined as finance director this month"),
            )
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2020-01-01",
        person="Colin Stray",
        role=title,
        organisation=organisation,
        start=start,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He took over as chief executive in January 2014.", "contradicted"),
        ("In January he took over as chief executive.", "contradicted"),
        # The reading dated it from the sentence before, which is where it can be wrong.
        ("He took over as chief executive, replacing an interim.", "unverifiable"),
    ],
)
def test_a_time_the_claim_s_sentence_does_not_write_is_not_contradicted(
    sentence: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Colin Stray")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=month(2013, 3),
                provenance=reported("2013-03-04"),
            )
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2020-01-01",
        person="Colin Stray",
        role="chief executive",
        start="January 2014",
        quote="He took over as chief executive",
        sentence=sentence,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_departure_from_something_else_does_not_date_the_end_of_a_tenure() -> None:
    record = build(
        [*water_company(), person("Colin Stray")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2008),
                end=month(2012, 11),
                provenance=reported("2013-01-16"),
            ),
            GenericEvent(
                event_type="left the army reserve",
                participants=["colin-stray"],
                when=month(2012, 9),
                provenance=reported("2012-09-16"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2013-06-01",
        person="Colin Stray",
        role="chief executive",
        end="September 2012",
    )
    assert verdict.verdict == "contradicted", verdict.explanation


@pytest.mark.parametrize(
    ("kind", "claimed", "expected"),
    [
        # The day a report named her, before any start on record: her appointment...
        ("tenure", "January 2013", "supported"),
        ("succession", "January 2013", "supported"),
        # ...and the start a later report gives...
        ("tenure", "April 2013", "supported"),
        # ...but not another time.
        ("tenure", "June 2013", "contradicted"),
    ],
)
def test_an_appointment_reported_with_no_start_is_dated_by_its_report(
    kind: str, claimed: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Colin Stray"), person("Ada Quist")],
        [
            Tenure(
                person="colin-stray",
                role=slug(WATER_CEO),
                start=year(2008),
                end=month(2013, 3),
                provenance=reported("2012-11-02"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                predecessor="colin-stray",
                provenance=reported("2013-01-16", "is to be the next chief executive"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2013, 4),
                provenance=reported("2018-05-17", "arrived in April 2013"),
            ),
        ],
    )
    fields = (
        {"person": "Ada Quist", "start": claimed}
        if kind == "tenure"
        else {"predecessor": "Colin Stray", "successor": "Ada Quist", "when": claimed}
    )
    verdict = check(
        record,
        kind,
        "2020-01-01",
        quote="Ada Quist was appointed chief executive",
        role="chief executive",
        **fields,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("ordinal", "as_of", "expected"),
    [
        ("third", "2021-03-02", "supported"),
        ("fourth", "2021-03-02", "contradicted"),
        ("fourth", "2021-09-01", "unverifiable"),
    ],
)
def test_an_ordinal_with_nobody_named_is_the_next_holder(
    ordinal: str, as_of: str, expected: str
) -> None:
    """The record has the window complete up to its last report of the holder in post; after
    that a new holder may have come and gone."""
    record = build(
        [*football_club(), person("Ali Moss"), person("Ben Ode")],
        [
            Tenure(
                person="ali-moss",
                role=slug(MANAGER),
                start=month(2019, 6),
                end=month(2021, 3),
                provenance=reported("2021-03-02"),
            ),
            Tenure(
                person="ben-ode",
                role=slug(MANAGER),
                start=month(2021, 3),
                predecessor="ali-moss",
                provenance=reported("2021-03-02"),
            ),
        ],
    )
    verdict = check(record, "holder_ordinal", as_of, role="manager", ordinal=ordinal, since="2020")
    assert verdict.verdict == expected, verdict.explanation


def test_a_source_that_skipped_an_interim_does_not_contradict_the_interim_handing_over() -> None:
    record = build(
        [*school(), person("Cora Lane"), person("Dev Patel"), person("Eve Marsh")],
        [
            Tenure(
                person="dev-patel",
                role=slug(HEAD),
                interim=True,
                predecessor="cora-lane",
                provenance=reported("2020-01-05"),
            ),
            # "joined last month, following the departure of Cora Lane"
            Tenure(
                person="eve-marsh",
                role=slug(HEAD),
                start=month(2020, 4),
                predecessor="cora-lane",
                provenance=reported("2020-05-10"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2021-01-20",
        role="headteacher",
        predecessor="Dev Patel",
        successor="Eve Marsh",
    )
    assert verdict.verdict != "contradicted", verdict.explanation


def test_a_name_inside_another_name_is_not_the_same_body() -> None:
    record = natarajan_attribute("next post", "chief executive of Public Health England")
    verdict = natarajan_claims(record, "next post", "chief executive of NHS England")
    assert verdict.verdict == "contradicted", verdict.explanation


def test_an_organisation_named_as_another_kind_of_body_is_the_same() -> None:
    record = natarajan_attribute("previous post", "chief executive, Wessex Water Services Ltd")
    same = natarajan_claims(record, "previous post", "chief executive of Wessex Water Services")
    assert same.verdict == "supported", same.explanation


@pytest.mark.parametrize(
    ("ordinal", "expected"), [("third", "contradicted"), ("fourth", "supported")]
)
def test_a_window_given_as_a_length_ends_when_the_counted_holder_arrived(
    ordinal: str, expected: str
) -> None:
    """ "The fourth manager in 14 months", said years later of someone who arrived in 2017."""
    names = ["Ali Moss", "Ben Ode", "Cal Reyes", "Di Fenn"]
    spells = [(month(2013, 5), month(2016, 2)), (month(2016, 2), month(2016, 6))]
    spells += [(month(2016, 6), month(2017, 1)), (month(2017, 1), None)]
    tenures = [
        Tenure(
            person=slug(name),
            role=slug(MANAGER),
            start=start,
            end=end,
            predecessor=slug(names[i - 1]) if i else None,
            provenance=reported("2017-01-26"),
        )
        for i, (name, (start, end)) in enumerate(zip(names, spells, strict=True))
    ]
    record = build([*football_club(), *map(person, names)], tenures)
    verdict = check(
        record,
        "holder_ordinal",
        "2022-06-20",
        person="Di Fenn",
        role="manager",
        ordinal=ordinal,
        since="14 months",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_name_the_record_does_not_know_is_unknown() -> None:
    record = build([*water_company(), person("Helen Marsh")], [])
    verdict = check(
        record,
        "tenure",
        "2024-01-01",
        person="Xavier Quillfeather",
        role="chief executive",
        current=True,
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "unknown")


def test_a_count_above_the_record_with_a_hole_in_the_middle_is_a_gap() -> None:
    record = build(
        [*school(), person("Joan Pellow"), person("Idris Carrow")],
        [
            Tenure(
                person="joan-pellow",
                role=slug(HEAD),
                start=year(2010),
                end=month(2014, 7),
                provenance=reported("2014-07-20"),
            ),
            Tenure(
                person="idris-carrow",
                role=slug(HEAD),
                start=month(2018, 9),
                provenance=reported("2018-09-05"),
            ),
        ],
    )
    verdict = check(
        record, "holder_count", "2019-03-01", role="headteacher", count="three", since="2012"
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "gap"), verdict.explanation
    assert "July 2014" in verdict.explanation


def vice_chancellors(acting_between: bool, *, named: bool = False) -> Record:
    """Three vice-chancellors in turn; the middle one acting, or appointed (and ``named`` by a
    source as the one the third replaced)."""
    names = ["Alan Brook", "Carys Dunn", "Esme Frost"]
    spells = [
        (month(2010, 1), month(2015, 6)),
        (month(2015, 6), month(2016, 3)),
        (month(2016, 3), None),
    ]
    return build(
        [*university(), *map(person, names)],
        [
            Tenure(
                person=slug(name),
                role=slug(VC),
                start=start,
                end=end,
                interim=acting_between if name == "Carys Dunn" else False,
                predecessor="carys-dunn" if named and name == "Esme Frost" else None,
                provenance=reported("2016-04-01"),
            )
            for name, (start, end) in zip(names, spells, strict=True)
        ],
    )


@pytest.mark.parametrize(
    ("acting_between", "expected"), [(True, "supported"), (False, "contradicted")]
)
def test_a_successor_replaces_the_last_permanent_holder_across_an_acting_one(
    acting_between: bool, expected: str
) -> None:
    verdict = check(
        vice_chancellors(acting_between),
        "succession",
        "2016-05-01",
        role="vice-chancellor",
        predecessor="Alan Brook",
        successor="Esme Frost",
    )
    assert verdict.verdict == expected, verdict.explanation
    assert "Carys Dunn" in verdict.explanation


@pytest.mark.parametrize(
    ("second_replaced", "expected"),
    [
        # A duo named to replace Ben Hale: each followed him, though a report saw one of them
        # in post before the other's start...
        ("ben-hale", "supported"),
        # ...while one who replaced the first of them did not follow Ben Hale.
        ("ada-quist", "contradicted"),
    ],
)
def test_each_of_a_duo_named_to_replace_a_holder_followed_that_holder(
    second_replaced: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ben Hale"), person("Ada Quist"), person("Cara Lind")],
        [
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=year(2016),
                end=day("2022-05-25"),
                provenance=reported("2022-03-10"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=day("2022-05-25"),
                predecessor="ben-hale",
                provenance=reported("2022-03-10"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                in_post=month(2022, 3),
                provenance=reported("2024-03-07"),
            ),
            Tenure(
                person="cara-lind",
                role=slug(WATER_CEO),
                start=day("2022-05-25"),
                predecessor=second_replaced,
                provenance=reported("2022-03-10"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2024-04-22",
        role="chief executive",
        predecessor="Ben Hale",
        successor="Cara Lind",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("replaced", "expected"),
    [
        # One who began later, replacing another, may hold the post beside her (joint chief
        # executives)...
        ("cara-lind", "supported"),
        # ...while one a source says replaced her ended her time in it.
        ("ada-quist", "contradicted"),
    ],
)
def test_a_holder_is_ended_only_by_one_a_source_says_replaced_them(
    replaced: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ada Quist"), person("Bo Lind"), person("Cara Lind")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                in_post=day("2020-05-21"),
                provenance=reported("2020-05-21", "its joint chief executives"),
            ),
            Tenure(
                person="bo-lind",
                role=slug(WATER_CEO),
                start=month(2022, 4),
                predecessor=replaced,
                provenance=reported("2021-11-19", "will succeed"),
            ),
        ],
    )
    verdict = check(
        record, "tenure", "2024-02-26", person="Ada Quist", role="chief executive", current=True
    )
    assert verdict.verdict == expected, verdict.explanation


# -- a person who held the post twice ------------------------------------------------------------


def held_twice(*, returned: bool, last_seen: str = "2019-03-01") -> Record:
    """Severn Vale Water: Ada Quist acting in 2012, Ben Hale from 2013, and, where she returned,
    Ada Quist again from 2020."""
    tenures = [
        Tenure(
            person="ada-quist",
            role=slug(WATER_CEO),
            start=month(2012, 11),
            end=month(2013, 3),
            interim=True,
            provenance=reported("2013-04-02"),
        ),
        Tenure(
            person="ben-hale",
            role=slug(WATER_CEO),
            start=month(2013, 4),
            predecessor="ada-quist",
            provenance=reported(last_seen),
        ),
    ]
    if returned:
        tenures.append(
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2020, 9),
                predecessor="ben-hale",
                provenance=reported("2020-06-05"),
            )
        )
    return build([*water_company(), person("Ada Quist"), person("Ben Hale")], tenures)


@pytest.mark.parametrize(
    ("returned", "last_seen", "expected"),
    [
        # Sources have each begin before the other: she held the post twice...
        (True, "2019-03-01", "supported"),
        # ...and where the record last saw him in post years before the claim, she may have
        # come back since: news, not an error...
        (False, "2019-03-01", "unverifiable"),
        # ...while a record that has him in post up to the claim's date rules it out.
        (False, "2021-01-10", "contradicted"),
    ],
)
def test_an_earlier_holder_following_a_later_one_has_held_the_post_twice_or_is_news(
    returned: bool, last_seen: str, expected: str
) -> None:
    verdict = check(
        held_twice(returned=returned, last_seen=last_seen),
        "succession",
        "2021-01-10",
        role=WATER_CEO,
        predecessor="Ben Hale",
        successor="Ada Quist",
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("end", "expected"),
    [
        # A departure after her return belongs to a spell the record has no end of...
        ("November 2025", "unverifiable"),
        # ...one before it is checked against the spell whose end the record has.
        ("June 2014", "contradicted"),
        ("March 2013", "supported"),
    ],
)
def test_an_end_after_a_return_to_the_post_is_the_later_spell_s(end: str, expected: str) -> None:
    verdict = check(
        held_twice(returned=True),
        "tenure",
        "2026-01-10",
        person="Ada Quist",
        role="chief executive",
        organisation=SEVERN_VALE,
        end=end,
    )
    assert verdict.verdict == expected, verdict.explanation


def acted_twice() -> Record:
    """Severn Vale Water: Ada Quist acting from August 2008, Ben Hale from March 2009, Ada Quist
    acting again from March 2010, after him, and Bo Lind from June 2015."""
    return build(
        [*water_company(), person("Ada Quist"), person("Ben Hale"), person("Bo Lind")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2008, 8),
                interim=True,
                provenance=reported("2008-12-17"),
            ),
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=month(2009, 3),
                end=day("2010-03-19"),
                predecessor="ada-quist",
                provenance=reported("2010-03-23"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=day("2010-03-25"),
                interim=True,
                predecessor="ben-hale",
                provenance=reported("2010-03-30"),
            ),
            Tenure(
                person="bo-lind",
                role=slug(WATER_CEO),
                start=month(2015, 6),
                provenance=reported("2015-03-06"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("predecessor", "expected"),
    [
        # Ada Quist acted twice, the second time after Ben Hale: he is not between her and Bo
        # Lind...
        ("Ada Quist", "unverifiable"),
        # ...while she is between him and Bo Lind, acting.
        ("Ben Hale", "supported"),
    ],
)
def test_a_holder_back_in_post_after_another_is_followed_by_the_next(
    predecessor: str, expected: str
) -> None:
    record = acted_twice()
    verdict = check(
        record,
        "succession",
        "2025-05-06",
        role="chief executive",
        predecessor=predecessor,
        successor="Bo Lind",
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_start_of_another_spell_is_not_a_rival_version() -> None:
    """Acting in August 2008 and again after Ben Hale left, in March 2010: two spells, whose
    starts do not dispute a start claimed in 2010, nor the handover from him."""
    record = acted_twice()
    started = check(
        record, "tenure", "2025-05-06", person="Ada Quist", role="chief executive", start="2010"
    )
    handed_over = check(
        record,
        "succession",
        "2025-05-06",
        role="chief executive",
        predecessor="Ben Hale",
        successor="Ada Quist",
        when="2010",
    )
    assert started.verdict == "supported", started.explanation
    assert handed_over.verdict == "supported", handed_over.explanation


@pytest.mark.parametrize(
    ("predecessor", "acting", "left", "expected"),
    [
        ("Andy Grove", None, "May 2005", "contradicted"),
        # Ben Hale acting: the claim may name the last permanent holder...
        ("Andy Grove", True, "May 2005", "unverifiable"),
        # ...and with him gone two years before, someone may have acted in between...
        ("Andy Grove", None, "2003", "unverifiable"),
        # ...while a name spelt like his, or his surname with another first name, may be his.
        ("Ben Hael", None, "May 2005", "unverifiable"),
        ("Benedict Hale", None, "May 2005", "unverifiable"),
    ],
)
def test_a_predecessor_the_record_never_heard_of_is_another_person(
    predecessor: str, acting: bool | None, left: str, expected: str
) -> None:
    """Sources say Ada Quist took over from Ben Hale: "took over from Andy Grove" names another
    person where he handed over to her from a permanent post."""
    record = build(
        [*water_company(), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=year(2001),
                end=parse_time(left),
                interim=acting,
                provenance=reported("2005-05-20"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2005, 5),
                predecessor="ben-hale",
                provenance=reported("2005-05-20"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2025-04-10",
        role="chief executive",
        predecessor=predecessor,
        successor="Ada Quist",
    )
    assert verdict.verdict == expected, verdict.explanation


def iger_like(*lengths: tuple[str, str]) -> Record:
    """Ada Quist chief executive of Severn Vale Water from 2005 to February 2020 and again from
    November 2022, with lengths told on her return."""
    return build(
        [*water_company(), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2005),
                end=month(2020, 2),
                provenance=reported("2020-02-25"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=day("2022-11-20"),
                provenance=reported("2022-11-21"),
            ),
            *(
                Attribute(
                    subject="ada-quist",
                    attribute=attribute,
                    value=value,
                    provenance=reported("2022-11-21"),
                )
                for attribute, value in lengths
            ),
        ],
    )


@pytest.mark.parametrize(
    "length",
    [
        # The term of her return is one spell's, not her time in the post...
        ("term as chief executive", "two years"),
        # ...and time as president and chief executive counts another post's years as well.
        ("time as president and chief executive", "more than two decades"),
    ],
)
def test_a_length_of_one_spell_or_of_two_posts_is_no_version_of_the_time_in_post(
    length: tuple[str, str],
) -> None:
    verdict = check(
        iger_like(length),
        "duration",
        "2024-01-16",
        person="Ada Quist",
        role="chief executive",
        value="15 years",
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("predecessor", "expected"), [("Ben Hale", "supported"), ("Bo Lind", "contradicted")]
)
def test_a_predecessor_with_no_spell_on_record_is_the_one_a_source_names(
    predecessor: str, expected: str
) -> None:
    """A source says Ada Quist succeeded Ben Hale, whose own tenure the record never heard of: he
    is her predecessor, and Bo Lind, known but never in the post, is not."""
    record = build(
        [*water_company(), person("Ada Quist"), person("Ben Hale"), person("Bo Lind")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(1981),
                predecessor="ben-hale",
                provenance=reported("2000-11-27"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2021-06-21",
        role="chief executive",
        predecessor=predecessor,
        successor="Ada Quist",
    )
    assert verdict.verdict == expected, verdict.explanation


def three_spells() -> Record:
    """Severn Vale Water: Ada Quist chief executive from 2004 to 2010; Ben Hale from 2011 until
    March 2018, when she came back to replace him, to 2020; Bo Lind from 2020 to 2023; then Ada
    Quist acting once more."""
    return build(
        [*water_company(), person("Ada Quist"), person("Ben Hale"), person("Bo Lind")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=year(2004),
                end=year(2010),
                provenance=reported("2018-03-12"),
            ),
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=year(2011),
                end=month(2018, 3),
                provenance=reported("2018-03-12"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=day("2018-03-12"),
                predecessor="ben-hale",
                provenance=reported("2018-03-12"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=year(2020),
                provenance=reported("2020-02-03"),
            ),
            Tenure(
                person="bo-lind",
                role=slug(WATER_CEO),
                start=year(2020),
                end=month(2023, 4),
                provenance=reported("2023-04-20"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2023, 4),
                interim=True,
                predecessor="bo-lind",
                provenance=reported("2023-04-20"),
            ),
        ],
    )


def test_a_start_after_the_holder_s_own_reported_end_is_another_spell_s() -> None:
    """Chief executive from 2004 to 2010, then back in March 2018: the 2004 start is the first
    spell's, no rival version of the second's."""
    verdict = check(
        three_spells(),
        "tenure",
        "2025-08-20",
        person="Ada Quist",
        role="chief executive",
        organisation=SEVERN_VALE,
        start="March 2018",
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("when", "expected"), [("March 2018", "supported"), ("2020", "contradicted")]
)
def test_a_succession_a_source_states_has_nobody_in_between(when: str, expected: str) -> None:
    """A source says Ada Quist replaced Ben Hale in March 2018: Bo Lind, between her second spell
    and her third, is not between the two, and her third spell's start is no version of that
    handover."""
    verdict = check(
        three_spells(),
        "succession",
        "2025-08-20",
        role="chief executive",
        predecessor="Ben Hale",
        successor="Ada Quist",
        when=when,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_permanent_appointment_after_acting_is_no_version_of_the_handover() -> None:
    """Ben Hale left on 21 June 2018 and Ada Quist took charge as interim that day; she was made
    permanent in January 2019. The handover was in June 2018, not disputed by January 2019."""
    record = build(
        [*water_company(), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=year(2013),
                end=day("2018-06-21"),
                provenance=reported("2018-06-21"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=day("2018-06-21"),
                interim=True,
                predecessor="ben-hale",
                provenance=reported("2018-06-21"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2019, 1),
                interim=False,
                predecessor="ben-hale",
                provenance=reported("2021-01-13"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2025-04-10",
        role="chief executive",
        predecessor="Ben Hale",
        successor="Ada Quist",
        when="June 2018",
    )
    assert verdict.verdict == "supported", verdict.explanation


def test_a_holder_seen_in_post_before_a_later_spell_counts_by_the_first() -> None:
    """Ada Quist acting in April 2020 and again from March 2024: a count of three holders since
    2018 reported in January 2022 settles a count to then, her 2024 start notwithstanding."""
    record = build(
        [*water_company(), person("Ada Quist"), person("Ben Hale"), person("Bo Lind")],
        [
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=month(2018, 6),
                end=month(2020, 3),
                provenance=reported("2020-04-29"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                in_post=day("2020-04-20"),
                interim=True,
                provenance=reported("2020-04-29"),
            ),
            Tenure(
                person="bo-lind",
                role=slug(WATER_CEO),
                start=month(2020, 5),
                predecessor="ada-quist",
                provenance=reported("2020-04-29"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2024, 3),
                interim=True,
                provenance=reported("2024-03-13"),
            ),
            ReportedCount(
                counted="holders",
                role=slug(WATER_CEO),
                value=3,
                since=year(2018),
                as_of=day("2022-01-27"),
                provenance=reported("2022-01-27", "three chief executives since 2018"),
            ),
        ],
    )
    verdict = check(
        record,
        "holder_count",
        "2024-07-15",
        role="chief executive",
        count="three",
        since="2018",
        until="January 2022",
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(("interim", "expected"), [(True, "unverifiable"), (None, "contradicted")])
def test_an_acting_head_may_stand_in_again_after_another_came_and_went(
    interim: bool | None, expected: str
) -> None:
    """Acting from August 2008, then Ben Hale in post until March 2010: Ada Quist made acting
    chief executive in March 2010 stands in again, which the record has not heard of; a start
    told as no stand-in is compared with the one on record."""
    record = build(
        [*water_company(), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2008, 8),
                interim=True,
                provenance=reported("2008-12-17"),
            ),
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=month(2009, 6),
                end=day("2010-03-19"),
                provenance=reported("2010-03-23"),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2010-03-30",
        person="Ada Quist",
        role="chief executive",
        start={"earliest": "2010-03-21", "latest": "2010-03-28", "text": "last week"},
        interim=interim,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_holder_s_earlier_predecessor_does_not_rule_out_a_return() -> None:
    """Ada Quist replaced Colin Stray in 2008 and Ben Hale replaced her in 2009: a report that
    she followed Ben Hale tells of a return, news, not a rival to her first predecessor."""
    people = [person("Ada Quist"), person("Ben Hale"), person("Colin Stray")]
    record = build(
        [*water_company(), *people],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2008, 8),
                interim=True,
                predecessor="colin-stray",
                provenance=reported("2008-12-17"),
            ),
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                start=month(2009, 6),
                end=day("2010-03-19"),
                predecessor="ada-quist",
                provenance=reported("2010-03-23"),
            ),
        ],
    )
    verdict = check(
        record,
        "succession",
        "2010-03-30",
        role="chief executive",
        predecessor="Ben Hale",
        successor="Ada Quist",
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("quote", "end", "expected"),
    [
        # Her leaving every post at the company in 2021 is the end of the last, not a rival
        # end of the chief executive's post...
        ("During a first stint that lasted until 2020, she cut costs.", "2020", "supported"),
        ("She retired from her corporate positions in 2021.", "2021", "unverifiable"),
        # ...while a claim that she left that post in 2021 is still compared with its end.
        ("She stepped down as chief executive in 2021.", "2021", "contradicted"),
    ],
)
def test_leaving_every_post_at_a_body_is_the_end_of_the_last(
    quote: str, end: str, expected: str
) -> None:
    chairman = "Severn Vale Water executive chairman"
    record = build(
        [*water_company(), post(chairman, SEVERN_VALE), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=day("2020-02-25"),
                provenance=reported(
                    "2020-02-25", "Bo Lind replaces Ada Quist with immediate effect"
                ),
            ),
            Tenure(
                person="ada-quist",
                role=slug(chairman),
                end=day("2021-12-31"),
                provenance=reported("2020-02-25", "she stays on as executive chairman to 2021"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=year(2021),
                provenance=reported(
                    "2022-11-21", "Ada Quist had retired from her corporate positions in 2021"
                ),
            ),
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2026-02-10",
        quote=quote,
        person="Ada Quist",
        role="chief executive",
        end=end,
    )
    assert verdict.verdict == expected, verdict.explanation


def interim_then_taking_up() -> Record:
    """Ada Quist in charge as interim since Ben Hale went, as reported on 15 August 2018, and to
    take up the post formally on 27 August 2018, the report not saying on what terms."""
    return build(
        [*water_company(), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                interim=True,
                predecessor="ben-hale",
                provenance=reported("2018-08-15", "in charge since Ben Hale went"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=day("2018-08-27"),
                provenance=reported("2018-08-15", "will formally take up the post on 27 August"),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("interim", "start", "expected"),
    [
        # The start after the interim was last seen is a later spell's, not the interim's...
        (True, "2017", "unverifiable"),
        # ...and may be the permanent appointment, which a claim of permanence may mean, though
        # not one before it.
        (False, "2018", "unverifiable"),
        (False, "2016", "contradicted"),
    ],
)
def test_a_start_after_the_interim_was_last_seen_is_a_later_spell_s(
    interim: bool, start: str, expected: str
) -> None:
    verdict = check(
        interim_then_taking_up(),
        "tenure",
        "2023-02-23",
        person="Ada Quist",
        role="chief executive",
        start=start,
        interim=interim,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_start_that_may_follow_the_interim_spell_may_be_the_permanent_appointment() -> None:
    """A later report has the interim spell from 2017 ending within a year or so of the start
    told without terms (27 August 2018): that start may still be the permanent appointment."""
    record = interim_then_taking_up()
    record.add(
        Tenure(
            person="ada-quist",
            role=slug(WATER_CEO),
            start=year(2017),
            end=FuzzyTime.between(date(2017, 7, 2), date(2019, 7, 2)),
            interim=True,
            provenance=reported("2023-02-23", "made interim in 2017, given the job a year later"),
        )
    )
    verdict = check(
        record,
        "tenure",
        "2023-07-03",
        person="Ada Quist",
        role="chief executive",
        start="a year after 2017",
        interim=False,
    )
    assert verdict.verdict == "unverifiable", verdict.explanation


@pytest.mark.parametrize(("end", "expected"), [("2026", "supported"), ("2027", "unverifiable")])
def test_a_planned_end_after_a_return_is_the_later_spell_s(end: str, expected: str) -> None:
    """The end of the spell before the return neither overtakes the plan for the later one nor
    disputes a claim that agrees with it; another end may be the plan changed since."""
    record = held_twice(returned=True)
    record.add(
        Tenure(
            person="ada-quist",
            role=slug(WATER_CEO),
            end=year(2026),
            provenance=reported("2023-07-12", "extended her contract through the end of 2026"),
        )
    )
    verdict = check(
        record,
        "tenure",
        "2024-01-10",
        quote=f"The board extended her contract to the end of {end}.",
        person="Ada Quist",
        role="chief executive",
        end=end,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # Back in post after a successor took over: a return the record has not heard of...
        ("Ada Quist had taken up the role of chief executive once more.", "unverifiable"),
        ("Ada Quist came back as chief executive.", "unverifiable"),
        # ...where a claim of being in post, told as no return, is contradicted by the successor.
        ("Ada Quist was the chief executive.", "contradicted"),
    ],
)
def test_a_return_to_a_post_after_the_record_s_departure_is_news(quote: str, expected: str) -> None:
    verdict = check(
        held_twice(returned=False),
        "tenure",
        "2019-06-01",
        quote=quote,
        person="Ada Quist",
        role="chief executive",
        organisation=SEVERN_VALE,
        current=True,
    )
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Ada Quist came back to Severn Vale Water in February 2018.", "unverifiable"),
        ("Ada Quist joined Severn Vale Water in February 2018.", "contradicted"),
    ],
)
def test_a_return_to_a_body_is_not_its_first_start(quote: str, expected: str) -> None:
    verdict = check(
        held_twice(returned=False),
        "tenure",
        "2019-06-01",
        quote=quote,
        person="Ada Quist",
        organisation=SEVERN_VALE,
        start="February 2018",
    )
    assert verdict.verdict == expected, verdict.explanation


# -- states that change ---------------------------------------------------------------------------


def based_at(*reports: tuple[str, str, str]) -> Record:
    """Severn Vale Water's attributes, each as (attribute, value, reported on)."""
    return build(
        water_company(),
        [
            Attribute(
                subject=slug(SEVERN_VALE),
                attribute=attribute,
                value=value,
                provenance=reported(on),
            )
            for attribute, value, on in reports
        ],
    )


@pytest.mark.parametrize(
    ("reports", "attribute", "claimed", "expected"),
    [
        # A body's base is its base as of each report: an older one says nothing of now...
        (
            [("main base", "Exeter Airport", "2019-05-01")],
            "main base",
            "Belfast Airport",
            "unverifiable",
        ),
        # ...and a later one is a move, not a dispute of the earlier.
        (
            [
                ("main base", "Exeter Airport", "2019-05-01"),
                ("main base", "Belfast Airport", "2023-01-28"),
            ],
            "main base",
            "Exeter Airport",
            "supported",
        ),
        # What something past settled does not change.
        ([("founded", "in Exeter", "2019-05-01")], "founded", "in Belfast", "contradicted"),
    ],
)
def test_a_body_s_state_is_as_of_its_report(
    reports: list[tuple[str, str, str]], attribute: str, claimed: str, expected: str
) -> None:
    verdict = check(
        based_at(*reports),
        "attribute",
        "2023-04-20",
        subject=SEVERN_VALE,
        attribute=attribute,
        value=claimed,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_report_naming_a_successor_does_not_see_the_predecessor_in_post() -> None:
    record = build(
        [*water_company(), person("Ada Quist"), person("Ben Hale")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                start=month(2021, 11),
                provenance=reported("2023-01-06", "she will stand down after 14 months"),
            ),
            Attribute(
                subject="ada-quist",
                attribute=f"time as {WATER_CEO}",
                value="14 months",
                provenance=reported("2023-01-06", "after 14 months in the role"),
            ),
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                provenance=reported("2023-09-28", "the successor to Ada Quist"),
            ),
            Tenure(
                person="ben-hale",
                role=slug(WATER_CEO),
                predecessor="ada-quist",
                provenance=reported("2023-09-28", "the successor to Ada Quist"),
            ),
        ],
    )
    verdict = check(
        record, "duration", "2024-02-23", person="Ada Quist", role=WATER_CEO, value="14 months"
    )
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # Words of one of several spells leave another spell's end standing...
        ("over two spells at the club, between 2008 and 2014 and later", "unverifiable"),
        ("the club's boomerang boss quit again in 2014", "unverifiable"),
        ("who had returned to the club, left in 2014", "unverifiable"),
        # ...where a single spell's end is contradicted.
        ("at the club between 2008 and 2014", "contradicted"),
    ],
)
def test_an_end_the_claim_gives_for_one_of_several_spells_meets_no_other(
    quote: str, expected: str
) -> None:
    record = build(
        [*water_company(), person("Ada Quist")],
        [
            Tenure(
                person="ada-quist",
                role=slug(WATER_CEO),
                end=year(2018),
                provenance=reported("2020-04-01"),
            )
        ],
    )
    verdict = check(
        record,
        "tenure",
        "2023-07-28",
        quote=quote,
        person="Ada Quist",
        role="chief executive",
        organisation=SEVERN_VALE,
        end="2014",
    )
    assert verdict.verdict == expected, verdict.explanation
