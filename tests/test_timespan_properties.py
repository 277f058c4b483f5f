"""Properties that hold for every fuzzy time, checked on generated intervals and text."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import InvalidTimeError
from factcheck.timespan import FuzzyTime, Tense, duration_between, parse_time

# Generated cases are judged on their results only, never on how long they take.
untimed = settings(deadline=None)


@st.composite
def fuzzy_times(draw: st.DrawFn) -> FuzzyTime:
    first, second = draw(st.dates()), draw(st.dates())
    return FuzzyTime.between(min(first, second), max(first, second))


# The grammar reads four-digit years, so labels round-trip for years 1000 to 9998.
written_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(9998, 12, 31))
written_years = st.integers(min_value=1000, max_value=9998)


@st.composite
def written_ranges(draw: st.DrawFn) -> FuzzyTime:
    first, second = draw(written_dates), draw(written_dates)
    return FuzzyTime.between(min(first, second), max(first, second))


labelled_times = st.one_of(
    written_dates.map(FuzzyTime.day),
    st.builds(FuzzyTime.month, written_years, st.integers(min_value=1, max_value=12)),
    written_years.map(FuzzyTime.year),
    written_years.map(FuzzyTime.financial_year),
    st.builds(FuzzyTime.quarter, written_years, st.integers(min_value=1, max_value=4)),
    written_ranges(),
)

tenses: st.SearchStrategy[Tense | None] = st.sampled_from([None, "past", "future"])

# Fragments of the grammar, so that generated phrases come close to readable ones.
time_words = st.sampled_from(
    [
        "in", "the", "end", "of", "early", "mid-", "late", "last", "next", "this", "between",
        "and", "to", "ago", "less than", "past", "year", "years", "month", "months", "week",
        "days", "summer", "winter", "q3", "q9", "2016/17", "2016-13", "2017", "0000", "9999",
        "10", "31", "29", "november", "feb", "sept.", "monday", "1990s", "a", "three", "twenty",
        "financial year", "today", "tomorrow", ",", ".", "/", "-",
    ]
)  # fmt: skip
near_phrases = st.lists(time_words, max_size=6).map(" ".join)


@untimed
@given(fuzzy_times(), fuzzy_times())
def test_overlap_is_symmetric(first: FuzzyTime, second: FuzzyTime) -> None:
    assert first.overlaps(second) == second.overlaps(first)


@untimed
@given(fuzzy_times())
def test_a_time_overlaps_itself(time: FuzzyTime) -> None:
    assert time.overlaps(time)
    assert time.intersection(time) == time


@untimed
@given(fuzzy_times(), fuzzy_times())
def test_disjoint_is_exactly_not_overlapping(first: FuzzyTime, second: FuzzyTime) -> None:
    assert first.disjoint(second) == (not first.overlaps(second))


@st.composite
def one_after_the_other(draw: st.DrawFn) -> tuple[FuzzyTime, FuzzyTime]:
    days = sorted(draw(st.lists(st.dates(), min_size=4, max_size=4, unique=True)))
    return FuzzyTime.between(days[0], days[1]), FuzzyTime.between(days[2], days[3])


@st.composite
def start_and_end(draw: st.DrawFn) -> tuple[FuzzyTime, FuzzyTime]:
    """Two times where the second does not end before the first begins."""
    start = draw(fuzzy_times())
    end_latest = draw(st.dates(min_value=start.earliest))
    return start, FuzzyTime.between(draw(st.dates(max_value=end_latest)), end_latest)


@untimed
@given(one_after_the_other())
def test_times_one_after_the_other_never_overlap(times: tuple[FuzzyTime, FuzzyTime]) -> None:
    before, after = times
    assert before.disjoint(after)
    assert not after.overlaps(before)
    assert before.certainly_before(after)


@untimed
@given(st.data(), fuzzy_times(), fuzzy_times())
def test_intersection_lies_in_both_and_is_none_only_when_disjoint(
    data: st.DataObject, first: FuzzyTime, second: FuzzyTime
) -> None:
    common = first.intersection(second)
    assert (common is None) == first.disjoint(second)
    if common is not None:
        day = data.draw(st.dates(min_value=common.earliest, max_value=common.latest))
        assert first.contains(day)
        assert second.contains(day)


@untimed
@given(st.data(), start_and_end())
def test_duration_range_holds_the_time_between_any_two_days(
    data: st.DataObject, times: tuple[FuzzyTime, FuzzyTime]
) -> None:
    start, end = times
    shortest, longest = duration_between(start, end)
    first = data.draw(st.dates(min_value=start.earliest, max_value=start.latest))
    last = data.draw(st.dates(min_value=end.earliest, max_value=end.latest))
    assert shortest <= max(last - first, timedelta(0)) <= longest


@untimed
@given(one_after_the_other())
def test_duration_to_an_earlier_time_is_refused(times: tuple[FuzzyTime, FuzzyTime]) -> None:
    end, start = times
    with pytest.raises(InvalidTimeError, match="ends before"):
        duration_between(start, end)


@untimed
@given(labelled_times)
def test_labels_read_back_as_the_same_time(time: FuzzyTime) -> None:
    read = parse_time(time.label())
    assert (read.earliest, read.latest, read.precision) == (
        time.earliest,
        time.latest,
        time.precision,
    )


@untimed
@given(st.one_of(st.text(), near_phrases), st.none() | st.dates(), tenses)
def test_any_text_either_reads_or_raises_invalid_time_error(
    text: str, reference: date | None, tense: Tense | None
) -> None:
    try:
        time = parse_time(text, reference, tense=tense)
    except InvalidTimeError as error:
        assert str(error)
    else:
        assert time.earliest <= time.latest
        assert time.label()


@pytest.mark.parametrize("piece", ["the board's ", "2019's ", "last year "])
def test_text_too_long_for_a_time_is_refused_not_read_however_it_nests(piece: str) -> None:
    with pytest.raises(InvalidTimeError, match="too long for a time expression"):
        parse_time(piece * 1000 + "end", date(2020, 1, 1))
