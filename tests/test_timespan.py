"""Reading time expressions as fuzzy intervals, and comparing them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from factcheck.errors import FactcheckError, InvalidTimeError
from factcheck.timespan import FuzzyTime, Tense, duration_between, parse_date, parse_time

D = date

# The Norfolk articles' publication dates, used as reference dates below.
RESIGNATION_DAY = D(2016, 11, 10)
WATCHDOGS_DAY = D(2017, 8, 17)
APPOINTMENT_DAY = D(2017, 8, 31)
DEPARTURE_DAY = D(2017, 10, 5)


@pytest.mark.parametrize(
    ("text", "earliest", "latest", "precision"),
    [
        ("2013", D(2013, 1, 1), D(2013, 12, 31), "year"),
        ("September 2015", D(2015, 9, 1), D(2015, 9, 30), "month"),
        ("Sept 2015", D(2015, 9, 1), D(2015, 9, 30), "month"),
        ("Sep. 2015", D(2015, 9, 1), D(2015, 9, 30), "month"),
        ("september of 2015", D(2015, 9, 1), D(2015, 9, 30), "month"),
        ("2016-11", D(2016, 11, 1), D(2016, 11, 30), "month"),
        ("10 November 2016", D(2016, 11, 10), D(2016, 11, 10), "day"),
        ("November 10, 2016", D(2016, 11, 10), D(2016, 11, 10), "day"),
        ("10th November 2016", D(2016, 11, 10), D(2016, 11, 10), "day"),
        ("the 10th of November 2016", D(2016, 11, 10), D(2016, 11, 10), "day"),
        ("Thursday 10 November 2016", D(2016, 11, 10), D(2016, 11, 10), "day"),
        ("2016-11-10", D(2016, 11, 10), D(2016, 11, 10), "day"),
        ("2016/17", D(2016, 4, 1), D(2017, 3, 31), "financial_year"),
        ("2016-17", D(2016, 4, 1), D(2017, 3, 31), "financial_year"),
        ("2016\u201317", D(2016, 4, 1), D(2017, 3, 31), "financial_year"),
        ("2016/2017", D(2016, 4, 1), D(2017, 3, 31), "financial_year"),
        ("the 2016/17 financial year", D(2016, 4, 1), D(2017, 3, 31), "financial_year"),
        ("1999/00", D(1999, 4, 1), D(2000, 3, 31), "financial_year"),
        ("Q3 2017", D(2017, 7, 1), D(2017, 9, 30), "quarter"),
        ("the third quarter of 2017", D(2017, 7, 1), D(2017, 9, 30), "quarter"),
        ("end of October 2017", D(2017, 10, 21), D(2017, 10, 31), "part_of_month"),
        ("the end of October 2017", D(2017, 10, 21), D(2017, 10, 31), "part_of_month"),
        ("late October 2017", D(2017, 10, 21), D(2017, 10, 31), "part_of_month"),
        ("mid-October 2017", D(2017, 10, 11), D(2017, 10, 20), "part_of_month"),
        ("the beginning of October 2017", D(2017, 10, 1), D(2017, 10, 10), "part_of_month"),
        ("late February 2016", D(2016, 2, 21), D(2016, 2, 29), "part_of_month"),
        ("early 2018", D(2018, 1, 1), D(2018, 4, 30), "part_of_year"),
        ("the start of 2018", D(2018, 1, 1), D(2018, 4, 30), "part_of_year"),
        ("mid-2017", D(2017, 5, 1), D(2017, 8, 31), "part_of_year"),
        ("late 2016", D(2016, 9, 1), D(2016, 12, 31), "part_of_year"),
        ("the end of 2016", D(2016, 9, 1), D(2016, 12, 31), "part_of_year"),
        ("spring 2014", D(2014, 3, 1), D(2014, 5, 31), "season"),
        ("summer 2013", D(2013, 6, 1), D(2013, 8, 31), "season"),
        ("the summer of 2013", D(2013, 6, 1), D(2013, 8, 31), "season"),
        ("autumn 2015", D(2015, 9, 1), D(2015, 11, 30), "season"),
        ("winter 2013", D(2013, 12, 1), D(2014, 2, 28), "season"),
        ("winter 2015/16", D(2015, 12, 1), D(2016, 2, 29), "season"),
        ("late summer 2013", D(2013, 8, 1), D(2013, 8, 31), "month"),
        ("the 1990s", D(1990, 1, 1), D(1999, 12, 31), "range"),
        ("between 1 June 2013 and 31 August 2013", D(2013, 6, 1), D(2013, 8, 31), "range"),
        ("from 2013 to 2015", D(2013, 1, 1), D(2015, 12, 31), "range"),
    ],
)
def test_reads_absolute_times(text: str, earliest: date, latest: date, precision: str) -> None:
    time = parse_time(text)
    assert (time.earliest, time.latest, time.precision) == (earliest, latest, precision)
    assert time.text == text


@pytest.mark.parametrize(
    "text",
    ["in 2013", "since 2013", "from 2013", "by 2013", "during 2013", "around 2013", "about 2013",
     "In 2013.", "(2013)", "on  2013 ,"],
)  # fmt: skip
def test_tolerates_leading_words_and_trailing_punctuation(text: str) -> None:
    assert parse_time(text).sort_key() == (D(2013, 1, 1), D(2013, 12, 31))


@pytest.mark.parametrize(
    ("text", "reference", "tense", "earliest", "latest"),
    [
        # Days and months as news copy words them (a Monday reference).
        ("July last year", D(2019, 1, 21), None, D(2018, 7, 1), D(2018, 7, 31)),
        ("March this year", D(2019, 1, 21), None, D(2019, 3, 1), D(2019, 3, 31)),
        ("on Friday", D(2019, 1, 21), "past", D(2019, 1, 18), D(2019, 1, 18)),
        ("on Friday", D(2019, 1, 21), "future", D(2019, 1, 25), D(2019, 1, 25)),
        ("on Friday", D(2019, 1, 21), None, D(2019, 1, 18), D(2019, 1, 25)),
        ("last Monday", D(2019, 1, 21), None, D(2019, 1, 14), D(2019, 1, 14)),
        ("next Monday", D(2019, 1, 21), None, D(2019, 1, 28), D(2019, 1, 28)),
        ("Sunday night", D(2019, 1, 21), "past", D(2019, 1, 20), D(2019, 1, 20)),
        ("last night", D(2019, 1, 21), None, D(2019, 1, 20), D(2019, 1, 21)),
        ("this morning", D(2019, 1, 21), None, D(2019, 1, 21), D(2019, 1, 21)),
        ("at Christmas", D(2015, 11, 26), None, D(2015, 12, 20), D(2015, 12, 31)),
        ("on Monday (23 January)", D(2017, 1, 26), None, D(2017, 1, 23), D(2017, 1, 23)),
        ("Christmas 2015", D(2019, 1, 21), None, D(2015, 12, 20), D(2015, 12, 31)),
        # The cases the Norfolk archive turns on.
        ("last November", WATCHDOGS_DAY, None, D(2016, 11, 1), D(2016, 11, 30)),
        ("in February", APPOINTMENT_DAY, "past", D(2017, 2, 1), D(2017, 2, 28)),
        ("at the end of this month", DEPARTURE_DAY, None, D(2017, 10, 21), D(2017, 10, 31)),
        ("last August", RESIGNATION_DAY, None, D(2016, 8, 1), D(2016, 8, 31)),
        # "last <month>" is strictly before the reference's own month.
        ("last November", RESIGNATION_DAY, None, D(2015, 11, 1), D(2015, 11, 30)),
        ("next February", WATCHDOGS_DAY, None, D(2018, 2, 1), D(2018, 2, 28)),
        ("next February", D(2017, 2, 10), None, D(2018, 2, 1), D(2018, 2, 28)),
        ("this November", WATCHDOGS_DAY, None, D(2017, 11, 1), D(2017, 11, 30)),
        # A month without a year: the reference's year unless a tense says which way to look.
        ("February", APPOINTMENT_DAY, None, D(2017, 2, 1), D(2017, 2, 28)),
        ("in February", APPOINTMENT_DAY, "future", D(2018, 2, 1), D(2018, 2, 28)),
        ("in November", APPOINTMENT_DAY, "past", D(2016, 11, 1), D(2016, 11, 30)),
        ("in August", APPOINTMENT_DAY, "past", D(2017, 8, 1), D(2017, 8, 31)),
        ("in August", APPOINTMENT_DAY, "future", D(2017, 8, 1), D(2017, 8, 31)),
        ("end of October", DEPARTURE_DAY, "future", D(2017, 10, 21), D(2017, 10, 31)),
        ("end of October", WATCHDOGS_DAY, "past", D(2016, 10, 21), D(2016, 10, 31)),
        ("10 November", D(2016, 11, 8), "past", D(2015, 11, 10), D(2015, 11, 10)),
        ("November 10", D(2016, 11, 8), "future", D(2016, 11, 10), D(2016, 11, 10)),
        ("29 February", WATCHDOGS_DAY, "past", D(2016, 2, 29), D(2016, 2, 29)),
        # Seasons without a year follow the same rules as months.
        ("last summer", WATCHDOGS_DAY, None, D(2016, 6, 1), D(2016, 8, 31)),
        ("last summer", D(2017, 11, 1), None, D(2017, 6, 1), D(2017, 8, 31)),
        ("this winter", D(2017, 1, 15), None, D(2016, 12, 1), D(2017, 2, 28)),
        # Days, weeks (Monday to Sunday), months and years around the reference.
        ("today", WATCHDOGS_DAY, None, WATCHDOGS_DAY, WATCHDOGS_DAY),
        ("yesterday", WATCHDOGS_DAY, None, D(2017, 8, 16), D(2017, 8, 16)),
        ("this week", WATCHDOGS_DAY, None, D(2017, 8, 14), D(2017, 8, 20)),
        ("last week", WATCHDOGS_DAY, None, D(2017, 8, 7), D(2017, 8, 13)),
        ("this month", WATCHDOGS_DAY, None, D(2017, 8, 1), D(2017, 8, 31)),
        ("last month", WATCHDOGS_DAY, None, D(2017, 7, 1), D(2017, 7, 31)),
        ("last month", D(2017, 1, 9), None, D(2016, 12, 1), D(2016, 12, 31)),
        ("next month", WATCHDOGS_DAY, None, D(2017, 9, 1), D(2017, 9, 30)),
        ("this year", WATCHDOGS_DAY, None, D(2017, 1, 1), D(2017, 12, 31)),
        ("last year", WATCHDOGS_DAY, None, D(2016, 1, 1), D(2016, 12, 31)),
        ("next year", WATCHDOGS_DAY, None, D(2018, 1, 1), D(2018, 12, 31)),
        ("early next year", WATCHDOGS_DAY, None, D(2018, 1, 1), D(2018, 4, 30)),
        ("by the end of the year", WATCHDOGS_DAY, None, D(2017, 9, 1), D(2017, 12, 31)),
        ("earlier this year", WATCHDOGS_DAY, None, D(2017, 1, 1), WATCHDOGS_DAY),
        ("later this year", WATCHDOGS_DAY, None, WATCHDOGS_DAY, D(2017, 12, 31)),
        # "N ago": the calendar month or year that far back, or within half a unit of it.
        ("three years ago", WATCHDOGS_DAY, None, D(2014, 1, 1), D(2015, 2, 17)),
        ("six months ago", WATCHDOGS_DAY, None, D(2017, 2, 1), D(2017, 3, 4)),
        ("a year ago", WATCHDOGS_DAY, None, D(2016, 1, 1), D(2017, 2, 17)),
        ("two days ago", WATCHDOGS_DAY, None, D(2017, 8, 15), D(2017, 8, 15)),
        # Spans that end at the reference.
        ("less than three years ago", WATCHDOGS_DAY, None, D(2014, 8, 17), WATCHDOGS_DAY),
        ("over the past 10 years", WATCHDOGS_DAY, None, D(2007, 8, 17), WATCHDOGS_DAY),
        ("the last 12 months", WATCHDOGS_DAY, None, D(2016, 8, 17), WATCHDOGS_DAY),
        ("the past year", WATCHDOGS_DAY, None, D(2016, 8, 17), WATCHDOGS_DAY),
        ("the past decade", WATCHDOGS_DAY, None, D(2007, 8, 17), WATCHDOGS_DAY),
    ],
)
def test_reads_times_relative_to_the_reference(
    text: str, reference: date, tense: Tense | None, earliest: date, latest: date
) -> None:
    time = parse_time(text, reference, tense=tense)
    assert (time.earliest, time.latest) == (earliest, latest)


NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip


@pytest.mark.parametrize(("count", "word"), list(enumerate(NUMBER_WORDS, 1)))
def test_reads_numbers_as_words_or_digits(count: int, word: str) -> None:
    in_words = parse_time(f"the past {word} years", WATCHDOGS_DAY)
    in_digits = parse_time(f"the past {count} years", WATCHDOGS_DAY)
    assert in_words.earliest == in_digits.earliest == D(2017 - count, 8, 17)


def test_relative_expression_without_reference_asks_for_one() -> None:
    with pytest.raises(InvalidTimeError, match="reference date is needed"):
        parse_time("last November")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("31 February 2017", "31 February 2017 does not exist: February 2017 has 28 days"),
        ("29 February 2017", "February 2017 has 28 days"),
        ("2017-13-01", "there is no month 13"),
        ("2016/18", "'2016/18' is not a financial year: its second year must follow the first"),
        ("2016-18", "nor a month"),
        ("2013-2015", "for a span of years write '2013 to 2015'"),
        ("Q5 2017", "there is no Q5"),
        ("winter 2013/15", "as in 'winter 2013/14'"),
        ("summer 2013/14", "only winter spans two years"),
        ("Monday 10 November 2016", "falls on a Thursday, not a Monday"),
        ("between 2015 and 2013", "ends before it begins"),
        ("", "the time expression is empty"),
        ("  ", "the time expression is empty"),
    ],
)
def test_impossible_times_are_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(InvalidTimeError) as raised:
        parse_time(text)
    assert problem in str(raised.value)


@pytest.mark.parametrize("text", ["sometime soon", "1 Smarch 2016", "the", "2013 2014", "Q3"])
def test_unreadable_text_gets_examples_of_what_works(text: str) -> None:
    with pytest.raises(InvalidTimeError) as raised:
        parse_time(text)
    assert str(raised.value) == (
        f"cannot read the time expression '{text}'; "
        "write it like 'September 2015', '2016/17' or 'last November'"
    )


def test_qualifying_something_that_has_no_parts_is_refused() -> None:
    with pytest.raises(InvalidTimeError, match="only a month, a year, a season"):
        parse_time("the end of last week", WATCHDOGS_DAY)


def test_time_errors_belong_to_the_library_hierarchy() -> None:
    assert issubclass(InvalidTimeError, FactcheckError)


@pytest.mark.parametrize(
    ("time", "wording"),
    [
        (FuzzyTime.day(D(2016, 11, 10)), "10 November 2016"),
        (FuzzyTime.month(2015, 9), "September 2015"),
        (parse_time("end of October 2017"), "late October 2017"),
        (parse_time("mid-October 2017"), "mid-October 2017"),
        (FuzzyTime.year(2013), "2013"),
        (FuzzyTime.financial_year(2016), "2016/17"),
        (FuzzyTime.financial_year(1999), "1999/00"),
        (FuzzyTime.quarter(2017, 3), "Q3 2017"),
        (parse_time("summer 2013"), "summer 2013"),
        (parse_time("winter 2013"), "winter 2013/14"),
        (parse_time("early 2018"), "early 2018"),
        (parse_time("mid-2017"), "mid-2017"),
        (parse_time("late 2016"), "late 2016"),
        (
            FuzzyTime.between(D(2013, 6, 1), D(2013, 8, 31)),
            "between 1 June 2013 and 31 August 2013",
        ),
        # A precision that does not fit the span falls back to the plain range.
        (
            FuzzyTime(earliest=D(2015, 9, 3), latest=D(2015, 9, 30), precision="month"),
            "between 3 September 2015 and 30 September 2015",
        ),
    ],
)
def test_labels_read_like_a_newsroom_writes(time: FuzzyTime, wording: str) -> None:
    assert time.label() == wording
    assert str(time) == wording


def test_keeps_the_expression_it_was_read_from() -> None:
    time = parse_time("  last November ", WATCHDOGS_DAY)
    assert time.text == "last November"
    assert time.label() == "November 2016"


def test_constructors_build_calendar_units() -> None:
    assert FuzzyTime.month(2016, 2).sort_key() == (D(2016, 2, 1), D(2016, 2, 29))
    assert FuzzyTime.quarter(2017, 4).sort_key() == (D(2017, 10, 1), D(2017, 12, 31))
    assert FuzzyTime.financial_year(2016).precision == "financial_year"


@pytest.mark.parametrize(
    ("build", "problem"),
    [
        (lambda: FuzzyTime.month(2017, 13), "there is no month 13"),
        (lambda: FuzzyTime.quarter(2017, 0), "there is no Q0"),
        (lambda: FuzzyTime.year(10000), "outside the calendar"),
    ],
)
def test_constructors_refuse_impossible_units(build: Callable[[], FuzzyTime], problem: str) -> None:
    with pytest.raises(InvalidTimeError, match=problem):
        build()


def test_earliest_after_latest_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="give the earlier date first"):
        FuzzyTime.between(D(2017, 3, 1), D(2017, 2, 1))


def test_times_are_frozen_hashable_and_serialise_to_readable_json() -> None:
    time = parse_time("last November", WATCHDOGS_DAY)
    with pytest.raises(ValidationError):
        time.earliest = D(2000, 1, 1)  # type: ignore[misc]
    assert len({time, parse_time("last November", WATCHDOGS_DAY)}) == 1
    written = time.model_dump_json()
    assert json.loads(written) == {
        "earliest": "2016-11-01",
        "latest": "2016-11-30",
        "precision": "month",
        "text": "last November",
    }
    assert FuzzyTime.model_validate_json(written) == time


def test_times_agree_when_they_overlap_and_contradict_when_disjoint() -> None:
    september_2015 = parse_time("September 2015")
    assert september_2015.overlaps(parse_time("2015"))
    assert september_2015.overlaps(parse_time("2015/16"))
    assert september_2015.disjoint(parse_time("2016"))
    assert parse_time("2013").disjoint(parse_time("2016/17"))
    assert parse_time("2016/17").overlaps(parse_time("February 2017"))


def test_contains_a_day() -> None:
    late_october = parse_time("end of October 2017")
    assert late_october.contains(D(2017, 10, 31))
    assert not late_october.contains(D(2017, 10, 20))


def test_intersection_is_the_shared_days() -> None:
    financial_year = parse_time("2016/17")
    assert financial_year.intersection(parse_time("2017")) == FuzzyTime.between(
        D(2017, 1, 1), D(2017, 3, 31)
    )
    february = parse_time("February 2017")
    assert financial_year.intersection(february) is february
    assert financial_year.intersection(parse_time("2013")) is None


def test_certainly_before_needs_every_day_earlier() -> None:
    assert parse_time("2013").certainly_before(parse_time("September 2015"))
    assert not parse_time("2015").certainly_before(parse_time("September 2015"))


def test_sort_key_orders_by_earliest_then_latest() -> None:
    times = [parse_time("2016"), parse_time("September 2015"), parse_time("2015")]
    assert [t.label() for t in sorted(times, key=FuzzyTime.sort_key)] == [
        "2015",
        "September 2015",
        "2016",
    ]


@pytest.mark.parametrize("text", ["2016-11-10", "10 November 2016", "November 10, 2016"])
def test_parse_date_reads_one_exact_day(text: str) -> None:
    assert parse_date(text) == D(2016, 11, 10)


def test_parse_date_refuses_a_wider_time() -> None:
    with pytest.raises(InvalidTimeError, match="is not a single day"):
        parse_date("September 2015")


def test_duration_from_february_to_the_end_of_october_can_be_eight_months() -> None:
    shortest, longest = duration_between(
        parse_time("in February", APPOINTMENT_DAY, tense="past"),
        parse_time("at the end of this month", DEPARTURE_DAY),
    )
    assert (shortest, longest) == (timedelta(days=235), timedelta(days=272))
    eight_months_to_the_day = D(2017, 10, 25) - D(2017, 2, 25)
    assert shortest <= eight_months_to_the_day <= longest


def test_duration_within_one_time_can_be_zero() -> None:
    shortest, longest = duration_between(parse_time("2013"), parse_time("September 2013"))
    assert shortest == timedelta(0)
    assert longest == D(2013, 9, 30) - D(2013, 1, 1)


def test_duration_backwards_is_refused() -> None:
    with pytest.raises(InvalidTimeError, match="2013 ends before 2016 begins"):
        duration_between(parse_time("2016"), parse_time("2013"))


def test_either_of_two_times_is_the_span_of_both() -> None:
    either = parse_time("late this year or early next year", date(2017, 8, 31))
    assert (either.earliest, either.latest) == (date(2017, 9, 1), date(2018, 4, 30))
