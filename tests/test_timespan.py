"""Reading time expressions as fuzzy intervals, and comparing them."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from factcheck.errors import FactcheckError, InvalidTimeError
from factcheck.timespan import (
    FuzzyTime,
    Tense,
    duration_between,
    parse_date,
    parse_time,
    parse_time_in,
    parse_window_start,
    short_year_readings,
    tense_in,
    words_writing,
)

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
        # A hyphen is also how American fiscal and school years and sports seasons are written
        # (the US government's fiscal year, from October, is written so only as a fiscal year).
        ("2016-17", D(2016, 2, 1), D(2017, 7, 31), "financial_year"),
        ("2016\u201317", D(2016, 2, 1), D(2017, 7, 31), "financial_year"),
        ("FY 2016-17", D(2016, 2, 1), D(2017, 9, 30), "financial_year"),
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
        ("the start of 2018", D(2018, 1, 1), D(2018, 2, 28), "part_of_year"),
        ("mid-2017", D(2017, 5, 1), D(2017, 8, 31), "part_of_year"),
        ("late 2016", D(2016, 9, 1), D(2016, 12, 31), "part_of_year"),
        ("the end of 2016", D(2016, 11, 1), D(2016, 12, 31), "part_of_year"),
        # Seasons from their meteorological start to their astronomical end.
        ("spring 2014", D(2014, 3, 1), D(2014, 6, 20), "season"),
        ("summer 2013", D(2013, 6, 1), D(2013, 9, 22), "season"),
        ("the summer of 2013", D(2013, 6, 1), D(2013, 9, 22), "season"),
        ("autumn 2015", D(2015, 9, 1), D(2015, 12, 21), "season"),
        ("winter 2013", D(2013, 12, 1), D(2014, 3, 20), "season"),
        ("winter 2015/16", D(2015, 12, 1), D(2016, 3, 20), "season"),
        ("late summer 2013", D(2013, 8, 1), D(2013, 9, 22), "range"),
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
        ("last summer", WATCHDOGS_DAY, None, D(2016, 6, 1), D(2016, 9, 22)),
        ("last summer", D(2017, 11, 1), None, D(2017, 6, 1), D(2017, 9, 22)),
        ("this winter", D(2017, 1, 15), None, D(2016, 12, 1), D(2017, 3, 20)),
        # "This" is the one of the reference's year, coming or gone, unless one is in progress.
        ("this summer", D(2020, 1, 20), None, D(2020, 6, 1), D(2020, 9, 22)),
        ("this summer", D(2020, 10, 7), None, D(2020, 6, 1), D(2020, 9, 22)),
        ("this March", D(2019, 11, 22), "past", D(2019, 3, 1), D(2019, 3, 31)),
        # Days, weeks (Monday to Sunday or Sunday to Saturday), months and years around the
        # reference.
        ("today", WATCHDOGS_DAY, None, WATCHDOGS_DAY, WATCHDOGS_DAY),
        ("yesterday", WATCHDOGS_DAY, None, D(2017, 8, 16), D(2017, 8, 16)),
        ("this week", WATCHDOGS_DAY, None, D(2017, 8, 13), D(2017, 8, 20)),
        ("last week", WATCHDOGS_DAY, None, D(2017, 8, 6), D(2017, 8, 13)),
        ("this month", WATCHDOGS_DAY, None, D(2017, 8, 1), D(2017, 8, 31)),
        ("last month", WATCHDOGS_DAY, None, D(2017, 7, 1), D(2017, 7, 31)),
        ("last month", D(2017, 1, 9), None, D(2016, 12, 1), D(2016, 12, 31)),
        ("next month", WATCHDOGS_DAY, None, D(2017, 9, 1), D(2017, 9, 30)),
        # A year word may mean the financial year starting in it ("this year's budget"), so it
        # runs on to the March after; its parts are the calendar year's.
        ("this year", WATCHDOGS_DAY, None, D(2017, 1, 1), D(2018, 3, 31)),
        ("last year", WATCHDOGS_DAY, None, D(2016, 1, 1), D(2017, 3, 31)),
        ("next year", WATCHDOGS_DAY, None, D(2018, 1, 1), D(2019, 3, 31)),
        ("early next year", WATCHDOGS_DAY, None, D(2018, 1, 1), D(2018, 4, 30)),
        ("the end of last year", WATCHDOGS_DAY, None, D(2016, 11, 1), D(2016, 12, 31)),
        ("by the end of the year", WATCHDOGS_DAY, None, D(2017, 11, 1), D(2017, 12, 31)),
        ("earlier this year", WATCHDOGS_DAY, None, D(2017, 1, 1), WATCHDOGS_DAY),
        ("later this year", WATCHDOGS_DAY, None, WATCHDOGS_DAY, D(2017, 12, 31)),
        # "N ago": the calendar month or year that far back, or within half a unit of it.
        ("three years ago", WATCHDOGS_DAY, None, D(2014, 1, 1), D(2015, 2, 17)),
        ("six months ago", WATCHDOGS_DAY, None, D(2017, 2, 1), D(2017, 3, 4)),
        ("a year ago", WATCHDOGS_DAY, None, D(2016, 1, 1), D(2017, 2, 17)),
        ("two days ago", WATCHDOGS_DAY, None, D(2017, 8, 15), D(2017, 8, 15)),
        # Longer counts of days are counted one way or another, and rounded: a day either way
        # a month, up to three.
        ("12 days ago", WATCHDOGS_DAY, None, D(2017, 8, 4), D(2017, 8, 6)),
        ("100 days ago", WATCHDOGS_DAY, None, D(2017, 5, 6), D(2017, 5, 12)),
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


# Reference dates for the classes below: a Tuesday, the Thursday and the Sunday of its week.
TUESDAY = D(2022, 5, 10)
THURSDAY = D(2022, 5, 12)
SUNDAY = D(2022, 5, 15)
Reading = tuple[str, date | None, Tense | None, date, date]


def _reads_as(reading: Reading) -> None:
    text, reference, tense, earliest, latest = reading
    time = parse_time(text, reference, tense=tense)
    assert (time.earliest, time.latest) == (earliest, latest)


@pytest.mark.parametrize(
    "reading",
    [
        # Without a year, the quarter or half the tense points to.
        ("Q4", D(2022, 2, 14), "past", D(2021, 10, 1), D(2021, 12, 31)),
        ("the second quarter", TUESDAY, "future", D(2022, 4, 1), D(2022, 6, 30)),
        ("the first half", D(2022, 10, 3), "past", D(2022, 1, 1), D(2022, 6, 30)),
        ("Q1 of next year", TUESDAY, None, D(2023, 1, 1), D(2023, 3, 31)),
        ("this year's third quarter", TUESDAY, None, D(2022, 7, 1), D(2022, 9, 30)),
        ("next year's first quarter", TUESDAY, None, D(2023, 1, 1), D(2023, 3, 31)),
        ("H2 2015", None, None, D(2015, 7, 1), D(2015, 12, 31)),
        ("the second half of next year", TUESDAY, None, D(2023, 7, 1), D(2023, 12, 31)),
        ("the first half of March 2019", None, None, D(2019, 3, 1), D(2019, 3, 15)),
        # A company's fiscal quarter: a month before the calendar one to two after.
        ("the fiscal fourth quarter of 2021", None, None, D(2021, 9, 1), D(2022, 2, 28)),
        ("fiscal Q2", TUESDAY, "past", D(2022, 3, 1), D(2022, 8, 31)),
        # The first or last so many units of a time, and periods up to an end.
        ("the first nine months of 2014", None, None, D(2014, 1, 1), D(2014, 9, 30)),
        ("the last three months of last year", TUESDAY, None, D(2021, 10, 1), D(2021, 12, 31)),
        ("the second week of March 2020", None, None, D(2020, 3, 8), D(2020, 3, 14)),
        ("the last week of June 2021", None, None, D(2021, 6, 24), D(2021, 6, 30)),
        ("the six months to June 2020", None, None, D(2020, 1, 1), D(2020, 6, 30)),
        ("the quarter ended 30 September 2019", None, None, D(2019, 7, 1), D(2019, 9, 30)),
        ("the four weeks to 2 January 2022", None, None, D(2021, 12, 6), D(2022, 1, 2)),
        ("the 12 months to the end of June", D(2021, 9, 1), None, D(2020, 6, 22), D(2021, 6, 30)),
    ],
)
def test_reads_quarters_halves_and_spans_within_a_time(reading: Reading) -> None:
    _reads_as(reading)


@pytest.mark.parametrize(
    "reading",
    [
        ("2019/20", None, None, D(2019, 4, 1), D(2020, 3, 31)),
        ("1997/8", None, None, D(1997, 4, 1), D(1998, 3, 31)),
        # Whose year is not said: from February (retailers) to a school year's July, and to
        # September (the US government's) where it is said to be a fiscal year.
        ("2019-20", None, None, D(2019, 2, 1), D(2020, 7, 31)),
        ("fiscal year 2008-09", None, None, D(2008, 2, 1), D(2009, 9, 30)),
        ("FY 2030-1", None, None, D(2030, 2, 1), D(2031, 9, 30)),
        # A fiscal year named by one year is the one ending in it, in any month of it.
        ("fiscal 2019", None, None, D(2018, 2, 1), D(2019, 12, 31)),
        ("FY19", None, None, D(2018, 2, 1), D(2019, 12, 31)),
        ("the 2019 fiscal year", None, None, D(2018, 2, 1), D(2019, 12, 31)),
        ("this financial year", TUESDAY, None, D(2021, 7, 1), D(2023, 3, 31)),
        ("the previous fiscal year", TUESDAY, None, D(2020, 7, 1), D(2022, 3, 31)),
        ("the coming financial year", TUESDAY, None, D(2022, 7, 1), D(2024, 3, 31)),
        # Said to be school years: August (Scotland, the US) or September (England) to June,
        # July or, as England's law counts it, the end of August.
        ("the 2022-23 academic year", None, None, D(2022, 8, 1), D(2023, 8, 31)),
        ("last school year", TUESDAY, None, D(2020, 8, 1), D(2021, 8, 31)),
        ("the end of the last academic year", D(2019, 3, 2), None, D(2018, 7, 1), D(2018, 8, 31)),
        # Winter sports seasons run from August to June; one named by a year, March to February.
        ("the 2015-16 season", None, None, D(2015, 8, 1), D(2016, 6, 30)),
        ("the 2009 season", None, None, D(2009, 3, 1), D(2010, 2, 28)),
        ("this campaign", D(2021, 11, 20), None, D(2021, 8, 1), D(2022, 6, 30)),
        ("this season", D(2022, 7, 10), "future", D(2022, 8, 1), D(2023, 6, 30)),
        ("this season", D(2022, 7, 10), None, D(2021, 8, 1), D(2023, 6, 30)),
        ("this season", D(2022, 3, 1), None, D(2021, 8, 1), D(2022, 6, 30)),
        ("next season", D(2022, 3, 1), None, D(2022, 8, 1), D(2023, 6, 30)),
        ("last season", D(2022, 3, 1), None, D(2020, 8, 1), D(2021, 6, 30)),
        ("last season", D(2022, 6, 10), None, D(2021, 8, 1), D(2022, 6, 30)),
        ("the end of the season", D(2021, 11, 20), "future", D(2022, 5, 1), D(2022, 6, 30)),
        ("the start of next season", D(2022, 3, 1), None, D(2022, 8, 1), D(2022, 9, 30)),
        ("the summer transfer window 2021", None, None, D(2021, 6, 1), D(2021, 9, 1)),
        ("the January window", TUESDAY, None, D(2022, 1, 1), D(2022, 1, 31)),
    ],
)
def test_reads_financial_and_school_years_and_sports_seasons(reading: Reading) -> None:
    _reads_as(reading)


@pytest.mark.parametrize(
    "reading",
    [
        ("this weekend", TUESDAY, None, D(2022, 5, 14), D(2022, 5, 15)),
        ("last weekend", TUESDAY, None, D(2022, 5, 7), D(2022, 5, 8)),
        ("at the weekend", TUESDAY, "past", D(2022, 5, 7), D(2022, 5, 8)),
        ("by the weekend", TUESDAY, "future", D(2022, 5, 14), D(2022, 5, 15)),
        ("over the weekend", TUESDAY, None, D(2022, 5, 7), D(2022, 5, 15)),
        ("the weekend", SUNDAY, None, D(2022, 5, 14), D(2022, 5, 15)),
        # "Next weekend" on a weekday may be the coming one or the one after.
        ("next weekend", TUESDAY, None, D(2022, 5, 14), D(2022, 5, 22)),
        ("next weekend", SUNDAY, None, D(2022, 5, 21), D(2022, 5, 22)),
        ("midweek", TUESDAY, "past", D(2022, 5, 10), D(2022, 5, 12)),
        ("early next week", TUESDAY, None, D(2022, 5, 16), D(2022, 5, 18)),
        ("late last week", TUESDAY, None, D(2022, 5, 5), D(2022, 5, 8)),
        ("the end of the week", TUESDAY, "future", D(2022, 5, 12), D(2022, 5, 15)),
        ("earlier in the week", THURSDAY, None, D(2022, 5, 8), D(2022, 5, 12)),
        # Written on a Sunday, last week is the British one before or the American one ending.
        ("last week", SUNDAY, None, D(2022, 5, 2), D(2022, 5, 14)),
        # "Last Tuesday" after this week's may be it or the one before; "next" likewise.
        ("last Tuesday", THURSDAY, None, D(2022, 5, 3), D(2022, 5, 10)),
        ("last Friday", THURSDAY, None, D(2022, 5, 6), D(2022, 5, 6)),
        ("next Friday", TUESDAY, None, D(2022, 5, 13), D(2022, 5, 20)),
        ("next Tuesday", TUESDAY, None, D(2022, 5, 17), D(2022, 5, 17)),
        ("Tuesday and Wednesday", THURSDAY, "past", D(2022, 5, 10), D(2022, 5, 11)),
    ],
)
def test_reads_weeks_weekends_and_weekdays(reading: Reading) -> None:
    _reads_as(reading)


@pytest.mark.parametrize(
    "reading",
    [
        # A time of day or a clock time narrows a day, and the day is what is read.
        ("late Sunday", D(2022, 5, 16), "past", D(2022, 5, 15), D(2022, 5, 15)),
        ("earlier today", TUESDAY, None, TUESDAY, TUESDAY),
        ("tomorrow afternoon", TUESDAY, None, D(2022, 5, 11), D(2022, 5, 11)),
        ("Wednesday at 7pm", TUESDAY, "future", D(2022, 5, 11), D(2022, 5, 11)),
        ("10.30am on Friday", TUESDAY, "future", D(2022, 5, 13), D(2022, 5, 13)),
        ("the night of 4 June 2019", None, None, D(2019, 6, 4), D(2019, 6, 4)),
        ("overnight", TUESDAY, None, D(2022, 5, 9), TUESDAY),
        ("Friday evening, March 3, 2017", None, None, D(2017, 3, 3), D(2017, 3, 3)),
        ("tomorrow, Wednesday 11 May", TUESDAY, None, D(2022, 5, 11), D(2022, 5, 11)),
        # A weekday a day off the date: either day.
        ("Monday 8 May 2022", None, None, D(2022, 5, 8), D(2022, 5, 9)),
        # Days of one month written once.
        ("March 3-5, 2021", None, None, D(2021, 3, 3), D(2021, 3, 5)),
        ("from 20 to 24 September 2021", None, None, D(2021, 9, 20), D(2021, 9, 24)),
        ("between 9 and 12 October", TUESDAY, "future", D(2022, 10, 9), D(2022, 10, 12)),
        ("July 28 to 30", D(2022, 8, 15), "past", D(2022, 7, 28), D(2022, 7, 30)),
        ("June to August 2016", None, None, D(2016, 6, 1), D(2016, 8, 31)),
        ("in May and June", D(2022, 8, 1), "past", D(2022, 5, 1), D(2022, 6, 30)),
        # Holidays on fixed dates, and the weekend nearest one.
        ("Boxing Day", TUESDAY, "past", D(2021, 12, 26), D(2021, 12, 26)),
        ("New Year's Day 2020", None, None, D(2020, 1, 1), D(2020, 1, 1)),
        ("new years eve", TUESDAY, "future", D(2022, 12, 31), D(2022, 12, 31)),
        ("Christmas weekend 2022", None, None, D(2022, 12, 24), D(2022, 12, 25)),
        ("Christmas weekend 2019", None, None, D(2019, 12, 21), D(2019, 12, 29)),
    ],
)
def test_reads_days_and_days_of_a_month(reading: Reading) -> None:
    _reads_as(reading)


@pytest.mark.parametrize(
    "reading",
    [
        # The start or end of a year is its first or last two months.
        ("the end of next year", TUESDAY, None, D(2023, 11, 1), D(2023, 12, 31)),
        ("the beginning of 2011", None, None, D(2011, 1, 1), D(2011, 2, 28)),
        # The start of a period under way is the part gone by, unless the text looks ahead.
        ("the start of this year", D(2022, 1, 20), None, D(2022, 1, 1), D(2022, 1, 20)),
        ("the start of this year", D(2022, 1, 20), "future", D(2022, 1, 1), D(2022, 2, 28)),
        # Early in a month, "the end of the month" may be the one just gone.
        ("the end of the month", D(2022, 5, 4), None, D(2022, 4, 21), D(2022, 5, 31)),
        ("the end of the month", D(2022, 5, 4), "past", D(2022, 4, 21), D(2022, 4, 30)),
        ("the end of the month", D(2022, 5, 16), None, D(2022, 5, 21), D(2022, 5, 31)),
        ("early-to-mid March 2016", None, None, D(2016, 3, 1), D(2016, 3, 20)),
        ("mid-to-late 2014", None, None, D(2014, 5, 1), D(2014, 12, 31)),
        ("so far this year", TUESDAY, None, D(2022, 1, 1), TUESDAY),
        ("this month so far", TUESDAY, None, D(2022, 5, 1), TUESDAY),
        ("later this autumn", D(2022, 10, 1), None, D(2022, 10, 1), D(2022, 12, 21)),
        ("spring of next year", TUESDAY, None, D(2023, 3, 1), D(2023, 6, 20)),
        ("the winter months", D(2022, 1, 10), None, D(2021, 12, 1), D(2022, 3, 20)),
        # A part of a season is that part of its months or of its astronomical span.
        ("early autumn 2019", None, None, D(2019, 9, 1), D(2019, 10, 22)),
        ("back in 2009", None, None, D(2009, 1, 1), D(2009, 12, 31)),
        ("the whole of 2012", None, None, D(2012, 1, 1), D(2012, 12, 31)),
        ("the year 2050", None, None, D(2050, 1, 1), D(2050, 12, 31)),
        ("from March 2019 onwards", None, None, D(2019, 3, 1), date.max),
        # Lengths ago, loosely: "almost ten" is nine to ten, "a few" two to five.
        ("almost ten years ago", TUESDAY, None, D(2011, 11, 10), D(2013, 12, 31)),
        ("a few months ago", TUESDAY, None, D(2021, 11, 25), D(2022, 3, 31)),
        ("two decades ago", TUESDAY, None, D(2000, 5, 10), D(2004, 5, 10)),
        ("more than a year ago", TUESDAY, None, date.min, D(2021, 12, 31)),
    ],
)
def test_reads_parts_of_periods_seasons_and_lengths_ago(reading: Reading) -> None:
    _reads_as(reading)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Saturday 12 May 2022", "falls on a Thursday, not a Saturday"),
        ("Q7", "there is no Q7"),
        ("the third half of 2020", "there is no H3"),
        ("the first 13 months of 2020", "2020 is shorter than that"),
        ("between 12 and 9 June", "ends before it begins"),
        ("June 31 to July 2", "there is no 31 June"),
        # What a time is measured from must be in the text itself.
        ("the year before", "cannot read the time expression"),
        ("a day earlier", "cannot read the time expression"),
    ],
)
def test_new_readings_refuse_what_cannot_be_meant(text: str, problem: str) -> None:
    with pytest.raises(InvalidTimeError) as raised:
        parse_time(text, TUESDAY)
    assert problem in str(raised.value)


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


@pytest.mark.parametrize("text", ["last November", "Q3", "the weekend", "last season"])
def test_relative_expression_without_reference_asks_for_one(text: str) -> None:
    with pytest.raises(InvalidTimeError, match="reference date is needed"):
        parse_time(text)


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


@pytest.mark.parametrize("text", ["sometime soon", "1 Smarch 2016", "the", "2013 2014", "Q3 next"])
def test_unreadable_text_gets_examples_of_what_works(text: str) -> None:
    with pytest.raises(InvalidTimeError) as raised:
        parse_time(text)
    assert str(raised.value) == (
        f"cannot read the time expression '{text}'; "
        "write it like 'September 2015', '2016/17' or 'last November'"
    )


def test_qualifying_something_that_has_no_parts_is_refused() -> None:
    with pytest.raises(InvalidTimeError, match="only a day, a week, a month, a season"):
        parse_time("the end of Christmas 2015", WATCHDOGS_DAY)


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
        (parse_time("last year", D(2018, 6, 14)), "2017 or 2017/18"),
        (FuzzyTime.quarter(2017, 3), "Q3 2017"),
        (parse_time("summer 2013"), "summer 2013"),
        (parse_time("winter 2013"), "winter 2013/14"),
        (parse_time("early 2018"), "early 2018"),
        (parse_time("mid-2017"), "mid-2017"),
        (parse_time("late 2016"), "late 2016"),
        (parse_time("the end of 2016"), "the end of 2016"),
        (parse_time("2016-17"), "2016-17"),
        (parse_time("autumn 2015"), "autumn 2015"),
        (parse_time("from 1 March 2019 onwards"), "from 1 March 2019 onwards"),
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


def test_a_window_reaching_back_past_the_calendars_first_day_starts_on_it() -> None:
    window = parse_window_start("five years ago", date(1, 1, 1))
    assert (window.earliest, window.latest) == (date.min, date.min)


@pytest.mark.parametrize(
    "reading",
    [
        # A time relative to another the text gives: the length (rounded as written) from it.
        ("two years after 2015", None, None, D(2016, 7, 1), D(2018, 7, 2)),
        ("three months before June 2019", None, None, D(2019, 2, 14), D(2019, 4, 15)),
        ("about two years after December 2015", None, None, D(2017, 5, 31), D(2018, 7, 2)),
        ("three years earlier than August 2016", None, None, D(2013, 1, 30), D(2014, 3, 2)),
        # "last May" in May is the year before's.
        ("two months after last May", TUESDAY, None, D(2021, 6, 15), D(2021, 8, 16)),
    ],
)
def test_reads_a_length_before_or_after_another_time(reading: Reading) -> None:
    _reads_as(reading)


def test_a_length_after_an_unreadable_time_is_refused_naming_the_expression() -> None:
    with pytest.raises(InvalidTimeError, match="two years after leaving"):
        parse_time("two years after leaving", TUESDAY)


@pytest.mark.parametrize(
    ("words", "time", "tense"),
    [
        ("will become chief executive from January 8", "January 8", "future"),
        ("is due to start in September", "September", "future"),
        # The tense of the clause the time is in, not of another.
        ("Ann Holt, who joined in January, will leave in March", "January", "past"),
        ("Ann Holt, who joined in January, will leave in March", "March", "future"),
        # What happened is told in the past...
        ("which the regulator blocked in April", "April", "past"),
        ("She was appointed in February", "February", "past"),
        # ...and what was still to come when it was told is neither.
        ("She said she would leave in May", "May", None),
        ("The vote was scheduled for April", "April", None),
        ("She has decided to step down on July 15", "July 15", None),
        # A past told by an irregular verb is a past too...
        ("She left with immediate effect in February", "February", "past"),
        ("Sir Ian stood down on December 1", "December 1", "past"),
        # ...but an arrangement told in the past progressive was still to come when told.
        ("He said he was stepping down on 1 December", "1 December", None),
        # A scheduled step told in the present.
        ("Ann Holt will take over from Ian Moss, when he retires in March", "March", "future"),
        ("Ian Moss, who joins in April, was chosen from six", "April", "future"),
        # An arrangement told in the progressive.
        ("Its chairman is also preparing to step down in January", "January", "future"),
        ("Ian Moss is leaving in March", "March", "future"),
        # A number's point or comma ends no clause.
        ("She will be paid $2.8 million more when she moves up in January", "January", "future"),
        # A clause that tells no tense ("Ian Moss,") leaves it to the nearest one before that
        # does.
        (
            "Ann Holt will take over from the chief executive, Ian Moss, on 16 March",
            "16 March",
            "future",
        ),
        ("Ann Holt took over from the chief executive, Ian Moss, on 16 March", "16 March", "past"),
        # A time counted from another is read where that other is written.
        (
            "Ann Holt became chief executive in June, having joined a month earlier",
            "a month before June",
            "past",
        ),
    ],
)
def test_a_time_is_still_to_come_or_gone_where_the_words_before_it_say_so(
    words: str, time: str, tense: str | None
) -> None:
    assert tense_in(words, time) == tense


def test_a_time_counted_from_another_is_read_in_the_sentence_that_writes_that_other() -> None:
    """A reading of "having joined a month earlier" as "a month before June" takes its tense
    from the sentence that writes "June", not from a quote that does not."""
    sentence = "Ann Holt became chief executive in June, having joined a month earlier."
    quote = "having joined a month earlier"
    assert words_writing("a month before June", quote, [sentence]) == sentence
    assert words_writing("in March", quote, [sentence]) == quote


ANNOUNCED = D(2024, 3, 22)


@pytest.mark.parametrize(
    ("words", "written", "earliest", "latest"),
    [
        # Only the day is written down; the words before it make it a deadline, which an
        # announced plan meets between the announcement and that day.
        (
            "will take over from Ms Hale no later than October 1",
            "October 1",
            ANNOUNCED,
            D(2024, 10, 1),
        ),
        (
            "will take over from Ms Hale no later than October 1",
            "no later than October 1",
            ANNOUNCED,
            D(2024, 10, 1),
        ),
        (
            "will take over from Ms Hale by October 1 at the latest",
            "October 1 at the latest",
            ANNOUNCED,
            D(2024, 10, 1),
        ),
        (
            "work on the new stadium will start no earlier than 2027",
            "2027",
            D(2027, 1, 1),
            date.max,
        ),
        ("he had left the bank not later than 2019", "2019", date.min, D(2019, 12, 31)),
        # Without such words a day is a day.
        ("will take over from Ms Hale on October 1", "October 1", D(2024, 10, 1), D(2024, 10, 1)),
    ],
)
def test_a_time_is_a_bound_where_the_words_before_it_make_it_one(
    words: str, written: str, earliest: date, latest: date
) -> None:
    time = parse_time_in(written, words, ANNOUNCED)
    assert (time.earliest, time.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("written", "readings"),
    [
        ("September 16", ["September 1916", "September 2016"]),
        ("since Sept. 09", ["September 1909", "September 2009"]),
        ("16 September", []),
        ("September 6", []),
        ("September 2016", []),
    ],
)
def test_a_month_and_two_digits_can_also_be_read_as_a_month_of_a_year(
    written: str, readings: list[str]
) -> None:
    assert [time.label() for time in short_year_readings(written)] == readings
