"""The checker against the Norfolk record built in code: every claim kind, every verdict.

Claims are written as a draft would give them: names as written, times and figures in words,
each judged as of its draft's date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from norfolk_record import build_record
from stores import Store

from factcheck import Checker, Record, Verdict
from factcheck.claims import claim_adapter
from factcheck.quantities import parse_quantity
from factcheck.record import Entity, Figure, Provenance
from factcheck.timespan import parse_time

LATE_2017 = date(2017, 11, 20)


@pytest.fixture(scope="module")
def record(module_store: Store) -> Record:
    """The Norfolk record, kept in each kind of store in turn."""
    return module_store.copy(build_record())


@pytest.fixture(scope="module")
def check(record: Record) -> Any:
    checker = Checker(record)

    def run(kind: str, as_of: date = LATE_2017, **fields: Any) -> Verdict:
        claim = claim_adapter.validate_python(
            {"kind": kind, "quote": "(claim)", "as_of": as_of} | fields
        )
        return checker.check(claim)

    return run


# -- five heads versus six --------------------------------------------------------------------


def test_five_heads_since_the_2013_inspection_is_supported_in_august_2017(check: Any) -> None:
    verdict = check(
        "holder_count",
        as_of=date(2017, 8, 20),
        role="head of the department",
        count="five",
        since="February 2013",
    )
    assert verdict.verdict == "supported"
    sources = {p.source for e in verdict.evidence for p in e.sources}
    assert "2017-08-17-watchdogs-to-return.md" in sources


def test_tough_will_become_the_sixth_is_supported_in_october_2017(check: Any) -> None:
    verdict = check(
        "holder_ordinal",
        as_of=date(2017, 10, 5),
        person="Sara Tough",
        role="head of the department",
        ordinal="sixth",
        since="2013",
        announced=True,
    )
    assert verdict.verdict == "supported"


def test_calling_tough_the_fifth_head_is_contradicted_with_the_six_listed(check: Any) -> None:
    verdict = check(
        "holder_ordinal",
        person="Ms Tough",
        role="head of the department",
        ordinal="fifth",
        since="2013",
    )
    assert verdict.verdict == "contradicted"
    assert verdict.expected == "sixth"
    holders = [
        "Lisa Christensen",
        "Sheila Lock",
        "Michael Rosen",
        "Andrew Bunyan",
        "Matt Dunkley",
        "Sara Tough",
    ]
    positions = [verdict.explanation.index(f"{i}. {name}") for i, name in enumerate(holders, 1)]
    assert positions == sorted(positions), "the six holders are listed in order"
    assert "'fifth' would only hold if the 2013 incumbent, Lisa Christensen, were left out" in (
        verdict.explanation
    )
    said_sixth = [e for e in verdict.evidence if e.kind == "reported_count"]
    assert said_sixth and said_sixth[0].sources[0].source == "2017-10-05-evans-to-leave.md"


def test_a_count_below_the_known_holders_is_contradicted(check: Any) -> None:
    verdict = check(
        "holder_count", as_of=date(2017, 8, 31), role="department head", count=4, since="2013"
    )
    assert verdict.verdict == "contradicted"
    assert verdict.expected == "5"


def test_a_count_above_what_the_record_can_show_is_unverifiable_naming_the_gap(
    check: Any,
) -> None:
    verdict = check(
        "holder_count", as_of=date(2017, 1, 10), role="department head", count=4, since="2013"
    )
    assert verdict.verdict == "unverifiable"
    assert "no holder known after 10 November 2016" in verdict.explanation


def test_a_count_equal_to_the_known_holders_is_supported(check: Any) -> None:
    verdict = check(
        "holder_count", as_of=date(2017, 1, 10), role="department head", count=3, since="2013"
    )
    assert verdict.verdict == "supported"
    assert "1. Lisa Christensen" in verdict.explanation


def test_a_reported_count_settles_later_counts_up_to_the_last_report(check: Any) -> None:
    announced = check(
        "holder_count",
        as_of=date(2017, 10, 5),
        role="department head",
        count=7,
        since="2013",
        announced=True,
    )
    assert announced.verdict == "contradicted"
    assert announced.expected == "6"


def test_a_count_above_the_record_after_its_last_report_is_news(check: Any) -> None:
    verdict = check("holder_count", role="department head", count=7, since="2013")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new")


def test_an_ordinal_the_record_cannot_settle_is_unverifiable(check: Any) -> None:
    verdict = check(
        "holder_ordinal",
        as_of=date(2017, 1, 10),
        person="Michael Rosen",
        role="director of children's services",
        ordinal=5,
        since="2013",
    )
    assert verdict.verdict == "unverifiable"
    assert "in post at the start of 2013" in verdict.explanation


# -- tenures and successions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"person": "Michael Rosen", "start": "September 2015"}, "supported"),
        ({"person": "Mr Rosen", "start": "2014"}, "contradicted"),
        ({"person": "Mr Dunkley", "interim": True}, "supported"),
        ({"person": "Mr Dunkley", "interim": False}, "contradicted"),
        ({"person": "Sara Tough", "current": True}, "supported"),
        ({"person": "Matt Dunkley", "current": True}, "contradicted"),
        ({"person": "Andrew Bunyan", "start": "December 2016"}, "unverifiable"),
        ({"person": "Wendy Thomson", "current": True}, "unverifiable"),
        ({"person": "Dr Who", "current": True}, "unverifiable"),
    ],
)
def test_tenure_claims(check: Any, fields: dict[str, Any], expected: str) -> None:
    assert check("tenure", role="director", **fields).verdict == expected


def test_a_contradicted_start_names_the_recorded_date(check: Any) -> None:
    verdict = check("tenure", person="Mr Rosen", role="director", start="2014")
    assert verdict.expected == "September 2015"
    assert verdict.evidence[0].sources[0].source == "2016-11-10-rosen-resigns.md"


def test_an_unknown_name_is_unverifiable_never_a_guess(check: Any) -> None:
    verdict = check("tenure", person="Dr Who", role="director", current=True)
    assert "unknown entity" in verdict.explanation


@pytest.mark.parametrize(
    ("predecessor", "successor", "when", "expected"),
    [
        ("Andrew Bunyan", "Mr Dunkley", "February", "supported"),
        ("Andrew Bunyan", "Mr Dunkley", "May", "contradicted"),
        ("Sheila Lock", "Mr Dunkley", None, "contradicted"),
        ("Sara Tough", "Matt Dunkley", None, "contradicted"),
        ("Michael Rosen", "Andrew Bunyan", None, "unverifiable"),
    ],
)
def test_succession_claims(
    check: Any, predecessor: str, successor: str, when: str | None, expected: str
) -> None:
    verdict = check(
        "succession",
        as_of=date(2017, 9, 1),
        role="director",
        predecessor=predecessor,
        successor=successor,
        when=when,
    )
    assert verdict.verdict == expected, verdict.explanation


def test_a_succession_across_the_unreported_handover_names_the_gap(check: Any) -> None:
    verdict = check(
        "succession", role="director", predecessor="Michael Rosen", successor="Andrew Bunyan"
    )
    assert "no holder known between 10 November 2016 and February 2017" in verdict.explanation


# -- ratings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {
                "subject": "child protection services",
                "judgement": "'inadequate'",
                "when": "February 2013",
                "qualifier": "first",
            },
            "supported",
        ),
        (
            {
                "subject": "the department",
                "judgement": "inadequate",
                "when": "September 2015",
                "qualifier": "first",
            },
            "contradicted",
        ),
        ({"subject": "the department", "judgement": "good", "when": "2015"}, "contradicted"),
        ({"subject": "the department", "judgement": "inadequate", "when": "2016"}, "unverifiable"),
        ({"subject": "adoption service", "judgement": "outstanding"}, "supported"),
        ({"subject": "adoption service", "judgement": "good"}, "unverifiable"),
        ({"subject": "adoption service", "judgement": "good", "when": "2018"}, "contradicted"),
        (
            {"subject": "the department", "judgement": "inadequate", "qualifier": "only"},
            "contradicted",
        ),
    ],
)
def test_rating_claims(check: Any, fields: dict[str, Any], expected: str) -> None:
    assert check("rating", as_of=date(2018, 7, 1), **fields).verdict == expected


def test_two_reports_of_one_inspection_at_different_precision_agree(check: Any) -> None:
    verdict = check("rating", subject="the department", judgement="inadequate", when="2015")
    assert verdict.verdict == "supported"
    assert "September 2015" in verdict.explanation


@pytest.mark.parametrize(
    ("fields", "expected", "value"),
    [
        ({"count": "twice"}, "supported", None),
        ({"count": "once"}, "contradicted", "2"),
        ({"count": "three times"}, "unverifiable", None),
        ({"count": "three times", "since": "2013", "until": "2016"}, "contradicted", "2"),
    ],
)
def test_rating_count_claims(
    check: Any, fields: dict[str, Any], expected: str, value: str | None
) -> None:
    verdict = check("rating_count", subject="the department", judgement="inadequate", **fields)
    assert (verdict.verdict, verdict.expected) == (expected, value)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # The grades of one inspection's areas are not inspections...
        ("graded adequate in four areas and inadequate in one", "unverifiable"),
        ("rated good in one of them and inadequate in one of them", "unverifiable"),
        # ...while a count of inspections is still checked.
        ("it was found inadequate in one inspection", "contradicted"),
        ("rated inadequate once", "contradicted"),
    ],
)
def test_a_count_of_an_inspection_s_areas_is_not_a_count_of_inspections(
    check: Any, quote: str, expected: str
) -> None:
    verdict = check(
        "rating_count", quote=quote, subject="the department", judgement="inadequate", count="once"
    )
    assert verdict.verdict == expected, verdict.explanation
    if expected == "unverifiable":
        assert verdict.reason == "unsupported_kind"


# -- figures and changes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"metric": "overspend", "value": "£8.5m", "period": "2016/17"}, "supported"),
        ({"metric": "overspend", "value": "8,500,000 pounds", "period": "2016/17"}, "supported"),
        ({"metric": "overspend", "value": "£9.5m", "period": "2016/17"}, "contradicted"),
        ({"metric": "overspend", "value": "£9.5m", "period": "2015/16"}, "unverifiable"),
        (
            {"metric": "looked after children", "value": "1,089", "period": "August 2017"},
            "supported",
        ),
        ({"metric": "children in care", "value": "1,200", "period": "August 2017"}, "contradicted"),
    ],
)
def test_figure_claims(check: Any, fields: dict[str, Any], expected: str) -> None:
    assert check("figure", **fields).verdict == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("more than £8m", "supported"),
        # The record's "more than £8m" could be £8.5m or not: neither found nor wrong.
        ("£8.5m", "unverifiable"),
        ("£7.5m", "contradicted"),
        # A floor copies the figure it rounds: "more than £9m" is another figure.
        ("more than £9m", "contradicted"),
    ],
)
def test_a_figure_the_record_gives_only_as_a_bound_bears_out_no_more_than_it(
    value: str, expected: str
) -> None:
    bound = Figure(
        metric="overspend",
        subject="northby-council",
        value=parse_quantity("more than £8m"),
        period=parse_time("2019/20"),
        provenance=[Provenance(source="bound.md", published=date(2020, 6, 1), quote="(bound)")],
    )
    record = Record(
        [
            Entity(id="overspend", type="metric", name="overspend"),
            Entity(id="northby-council", type="organisation", name="Northby Council"),
        ],
        [bound],
    )
    claim = claim_adapter.validate_python(
        {
            "kind": "figure",
            "quote": "(claim)",
            "as_of": date(2020, 7, 1),
            "metric": "overspend",
            "subject": "Northby Council",
            "value": value,
            "period": "2019/20",
        }
    )
    verdict = Checker(record).check(claim)
    assert verdict.verdict == expected, verdict.explanation


def test_a_figure_is_compared_within_the_claims_own_rounding(check: Any) -> None:
    def verdict(value: str) -> str:
        return str(check("figure", metric="overspend", value=value, period="2016/17").verdict)

    assert verdict("£8m") == "supported", "£8m is £8.5m rounded to the nearest million"
    assert verdict("£7m") == "contradicted"
    assert verdict("£8.46m") == "supported"
    assert verdict("£8.6m") == "contradicted", "£8.6m claims a precision that excludes £8.5m"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"from_value": "87.7pc", "to_value": "81.9pc", "direction": "down"}, "supported"),
        ({"from_value": "87.7pc", "to_value": "81.9pc", "direction": "up"}, "contradicted"),
        ({"from_value": "88.7%", "to_value": "81.9%"}, "contradicted"),
    ],
)
def test_change_claims(check: Any, fields: dict[str, Any], expected: str) -> None:
    verdict = check("change", metric="children in need with up-to-date plans", **fields)
    assert verdict.verdict == expected


def test_a_change_the_record_never_reported_is_unverifiable(check: Any) -> None:
    verdict = check("change", metric="overspend", from_value="£1m", to_value="£8.5m")
    assert verdict.verdict == "unverifiable"


# -- durations and attributes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"person": "Mr Dunkley", "role": "interim director", "value": "six months"}, "supported"),
        (
            {"person": "Mr Dunkley", "role": "interim director", "value": "two years"},
            "contradicted",
        ),
        ({"person": "Sara Tough", "attribute": "experience", "value": "32 years"}, "supported"),
        ({"person": "Sara Tough", "attribute": "experience", "value": "25 years"}, "contradicted"),
        ({"person": "Andrew Bunyan", "role": "director", "value": "three months"}, "unverifiable"),
    ],
)
def test_duration_claims(check: Any, fields: dict[str, Any], expected: str) -> None:
    assert check("duration", as_of=date(2017, 8, 31), **fields).verdict == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("34 years", "supported"),  # 32 years in August 2017, two years on
        ("32 years", "supported"),  # she may have stopped working: growth is only presumed
        ("30 years", "contradicted"),  # experience never shrinks
        ("36 years", "contradicted"),  # nor grows faster than the calendar
    ],
)
def test_experience_grows_with_the_claims_date_but_only_as_fast_as_the_calendar(
    check: Any, value: str, expected: str
) -> None:
    verdict = check(
        "duration", as_of=date(2019, 9, 1), person="Sara Tough", attribute="experience", value=value
    )
    assert verdict.verdict == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (
            {"subject": "Sara Tough", "attribute": "profession", "value": "a social worker"},
            "supported",
        ),
        # Two professions named in plain words may both be true: wording never contradicts.
        (
            {"subject": "Sara Tough", "attribute": "profession", "value": "a solicitor"},
            "unverifiable",
        ),
        (
            {
                "subject": "Sara Tough",
                "attribute": "previous post",
                "value": "Dorset County Council",
            },
            "supported",
        ),
        (
            {
                "subject": "Sara Tough",
                "attribute": "previous post",
                "value": "director at Essex County Council",
            },
            "unverifiable",
        ),
        ({"subject": "Mr Dunkley", "attribute": "profession", "value": "teacher"}, "unverifiable"),
    ],
)
def test_attribute_claims(check: Any, fields: dict[str, Any], expected: str) -> None:
    assert check("attribute", **fields).verdict == expected


# -- what the record knew on the claim's date --------------------------------------------------


def test_a_claim_is_judged_on_what_was_reported_by_its_date(check: Any) -> None:
    before = check(
        "tenure", as_of=date(2017, 8, 20), person="Andrew Bunyan", role="director", interim=True
    )
    after = check(
        "tenure", as_of=date(2017, 9, 1), person="Andrew Bunyan", role="director", interim=True
    )
    assert before.verdict == "unverifiable"
    assert after.verdict == "supported"


def test_evidence_cites_only_sources_published_by_the_claims_date(check: Any) -> None:
    verdict = check(
        "tenure", as_of=date(2017, 8, 31), person="Matt Dunkley", role="director", interim=True
    )
    published = {p.published for e in verdict.evidence for p in e.sources}
    assert published and max(published) <= date(2017, 8, 31)


def test_a_post_named_by_its_words_is_never_the_one_ranked_under_it(check: Any) -> None:
    # "Interim director" shares its words with the assistant director for early help, but an
    # assistant director is another post: the words name the director's post alone...
    verdict = check(
        "tenure",
        person="Wendy Thomson",
        role="interim director, Norfolk County Council",
        interim=True,
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new")
    assert "director of children's services" in verdict.explanation
    # ...which Matt Dunkley held as an interim, however his post is named.
    for role in (
        "interim director, Norfolk County Council",
        "director of children's services, Norfolk County Council",
    ):
        held = check("tenure", person="Matt Dunkley", role=role, interim=True)
        assert held.verdict == "supported", held.explanation


def test_a_claim_whose_value_its_own_quote_contradicts_is_inconsistent_never_supported(
    check: Any,
) -> None:
    verdict = check(
        "holder_ordinal",
        quote="Sara Tough, the fifth head of the department since 2013",
        person="Sara Tough",
        role="head of the department",
        ordinal=6,
        since="2013",
    )
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "inconsistent")
    assert "ordinal 6 is not written in the quote" in verdict.explanation
