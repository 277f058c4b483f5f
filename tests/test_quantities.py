"""Reading figures, counts, ordinals and durations as the ranges their wording stands for."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.errors import InvalidQuantityError
from factcheck.quantities import (
    DurationRange,
    Quantity,
    Unit,
    parse_count,
    parse_duration,
    parse_ordinal,
    parse_quantity,
)

MONTH = 30.44
YEAR = 365.25


# --- figures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # money: half a unit of the last written digit, scaled by the multiplier
        ("£8.5m", 8_450_000, 8_550_000, "GBP"),
        ("£125m", 124_500_000, 125_500_000, "GBP"),
        ("£23.5 million", 23_450_000, 23_550_000, "GBP"),
        ("$3bn", 2_500_000_000, 3_500_000_000, "USD"),
        ("€4.2bn", 4_150_000_000, 4_250_000_000, "EUR"),
        ("£900k", 899_500, 900_500, "GBP"),
        ("£900,000", 899_999.5, 900_000.5, "GBP"),
        ("£8.5 m", 8_450_000, 8_550_000, "GBP"),
        ("8.5m GBP", 8_450_000, 8_550_000, "GBP"),
        ("five million pounds", 4_500_000, 5_500_000, "GBP"),
        ("12 euros", 11.5, 12.5, "EUR"),
        # percentages, however they are spelt
        ("87.7pc", 87.65, 87.75, "percent"),
        ("87.7%", 87.65, 87.75, "percent"),
        ("87.7 per cent", 87.65, 87.75, "percent"),
        ("87.7 percent", 87.65, 87.75, "percent"),
        ("14pc", 13.5, 14.5, "percent"),
        # bare numbers are counts
        ("1,089", 1088.5, 1089.5, "count"),
        ("250", 249.5, 250.5, "count"),
        ("3 billion", 2_500_000_000, 3_500_000_000, "count"),
        ("1.2m children", 1_150_000, 1_250_000, "count"),
        # number words
        ("five", 4.5, 5.5, "count"),
        ("twelve", 11.5, 12.5, "count"),
        ("twenty-one", 20.5, 21.5, "count"),
        ("a hundred", 99.5, 100.5, "count"),
        ("two hundred and fifty", 249.5, 250.5, "count"),
        ("a dozen", 11.5, 12.5, "count"),
        ("a million people", 500_000, 1_500_000, "count"),
        # qualifiers
        ("some 250", 225, 275, "count"),
        ("about 250", 225, 275, "count"),
        ("around 250", 225, 275, "count"),
        ("roughly 250", 225, 275, "count"),
        ("approximately 250", 225, 275, "count"),
        ("about £8.5m", 7_650_000, 9_350_000, "GBP"),
        ("about 5", 4.5, 5.5, "count"),  # the rounding is already wider than a tenth
        ("more than 250", 250, math.inf, "count"),
        ("over 250", 250, math.inf, "count"),
        ("at least 250", 250, math.inf, "count"),
        ("fewer than 250", 0, 250, "count"),
        ("less than 14%", 0, 14, "percent"),
        ("under £1m", 0, 1_000_000, "GBP"),
        ("nearly 250", 225, 250, "count"),
        ("almost £2bn", 1_800_000_000, 2_000_000_000, "GBP"),
    ],
)
def test_parse_quantity_reads_the_range_a_figure_stands_for(
    text: str, low: float, high: float, unit: Unit
) -> None:
    quantity = parse_quantity(text)
    assert quantity.low == pytest.approx(low)
    assert quantity.high == pytest.approx(high)
    assert quantity.unit == unit
    assert quantity.text == text


def test_parse_quantity_ignores_case_and_spacing() -> None:
    assert parse_quantity("  About   £8.5M ") == parse_quantity("about £8.5m").model_copy(
        update={"text": "  About   £8.5M "}
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [("£8.5m", 8_500_000), ("more than 250", 250), ("fewer than 250", 125), ("nearly 250", 237.5)],
)
def test_value_is_the_midpoint_or_the_floor_of_an_open_range(text: str, value: float) -> None:
    assert parse_quantity(text).value == pytest.approx(value)


def exact(value: float, unit: Unit) -> Quantity:
    return Quantity(low=value, high=value, unit=unit)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (parse_quantity("£8.5m"), exact(8_500_000, "GBP")),
        (parse_quantity("£8.5m"), parse_quantity("£8.46m")),
        (parse_quantity("£8.5m"), parse_quantity("£8,500,000")),
        (parse_quantity("£900k"), parse_quantity("£900,000")),
        (parse_quantity("87.7pc"), parse_quantity("87.7 per cent")),
        (parse_quantity("about 250"), parse_quantity("262")),
        (parse_quantity("more than 250"), parse_quantity("1,089")),
        (parse_quantity("nearly 250"), parse_quantity("240")),
        (exact(8_500_000, "GBP"), exact(8_500_000, "GBP")),
    ],
)
def test_figures_that_could_be_the_same_value_agree(first: Quantity, second: Quantity) -> None:
    assert first.agrees(second)
    assert second.agrees(first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (parse_quantity("£8.5m"), parse_quantity("£8.6m")),  # the ranges only touch at £8.55m
        (parse_quantity("£8.5m"), exact(8_600_000, "GBP")),
        (parse_quantity("87.7pc"), parse_quantity("81.9pc")),
        (parse_quantity("1,089"), parse_quantity("1,098")),
        (parse_quantity("fewer than 250"), parse_quantity("300")),
        (parse_quantity("87.7%"), exact(87.7, "GBP")),  # a percentage is never money
        (parse_quantity("£8.5m"), parse_quantity("$8.5m")),
        (parse_quantity("250"), parse_quantity("250%")),
    ],
)
def test_figures_that_cannot_be_the_same_value_do_not_agree(
    first: Quantity, second: Quantity
) -> None:
    assert not first.agrees(second)
    assert not second.agrees(first)


@pytest.mark.parametrize(
    ("quantity", "label"),
    [
        (parse_quantity("£8.5m"), "£8.5m"),
        (parse_quantity("£8.50m"), "£8.50m"),
        (parse_quantity("$3bn"), "$3bn"),
        (parse_quantity("£900k"), "£900,000"),
        (parse_quantity("87.7pc"), "87.7%"),
        (parse_quantity("1,089"), "1,089"),
        (parse_quantity("1.2m children"), "1.2m"),
        (parse_quantity("more than 250"), "more than 250"),
        (parse_quantity("fewer than 250"), "under 250"),
        (parse_quantity("about 250"), "225 to 275"),
        (parse_quantity("nearly 10"), "9 to 10"),
        (exact(8_460_000, "GBP"), "£8.46m"),
        (exact(1_089, "count"), "1,089"),
    ],
)
def test_label_writes_the_figure_as_a_sub_editor_would(quantity: Quantity, label: str) -> None:
    assert quantity.label() == label


def test_quantity_survives_a_json_round_trip_including_an_open_range() -> None:
    for quantity in (parse_quantity("£8.5m"), parse_quantity("more than 250")):
        assert Quantity.model_validate_json(quantity.model_dump_json()) == quantity
    assert '"high":"Infinity"' in parse_quantity("more than 250").model_dump_json()


def test_quantity_refuses_a_range_that_runs_backwards() -> None:
    with pytest.raises(ValueError, match="must not exceed"):
        Quantity(low=2, high=1, unit="count")


MULTIPLIERS = {"": 0, "k": 3, "m": 6, "bn": 9}


@given(
    n=st.integers(min_value=0, max_value=10**9),
    multiplier=st.sampled_from(sorted(MULTIPLIERS)),
    currency=st.sampled_from(["", "£", "$"]),
)
def test_a_formatted_whole_number_reads_back_to_a_range_containing_it(
    n: int, multiplier: str, currency: str
) -> None:
    scaled = Decimal(n).scaleb(-MULTIPLIERS[multiplier]).normalize()
    text = f"{currency}{scaled:,f}{multiplier}"
    quantity = parse_quantity(text)
    assert quantity.low <= n <= quantity.high, text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("lots", "Cannot read 'lots' as a figure"),
        ("250 to 300", "Cannot read '250 to 300'"),
        ("between 200 and 300", "as a figure"),
        ("£8.5m-£9m", "as a figure"),
        ("12,34", "as a figure"),
        ("5men", "as a figure"),
        ("five five", "as a figure"),
        ("two million three hundred thousand", "as a figure"),
        ("£5%", "names two units"),
        ("$5 pounds", "names two units"),
        ("5m%", "scales a percentage"),
    ],
)
def test_parse_quantity_refuses_what_it_cannot_read_and_shows_what_it_can(
    text: str, message: str
) -> None:
    with pytest.raises(InvalidQuantityError, match=message) as error:
        parse_quantity(text)
    assert "e.g. '" in str(error.value)


# --- counts and ordinals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("5", 5),
        ("five", 5),
        ("Five", 5),
        ("zero", 0),
        ("twenty-three", 23),
        ("1,089", 1089),
        ("once", 1),
        ("twice", 2),
        ("thrice", 3),
        ("three times", 3),
        ("5 times", 5),
        ("a dozen", 12),
        ("a hundred", 100),
        ("five heads", 5),
    ],
)
def test_parse_count(text: str, count: int) -> None:
    assert parse_count(text) == count


@pytest.mark.parametrize("text", ["", "many", "1.5", "5m", "a", "more than five", "five or six"])
def test_parse_count_refuses_anything_but_a_whole_count(text: str) -> None:
    with pytest.raises(InvalidQuantityError) as error:
        parse_count(text)
    assert "a count" in str(error.value)
    assert "'twice'" in str(error.value)


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("first", 1),
        ("sixth", 6),
        ("6th", 6),
        ("1st", 1),
        ("22nd", 22),
        ("23rd", 23),
        ("11th", 11),
        ("twelfth", 12),
        ("twentieth", 20),
        ("twenty-first", 21),
        ("twenty first", 21),
        ("ninety-ninth", 99),
        ("the sixth person", 6),
        ("The Sixth", 6),
    ],
)
def test_parse_ordinal(text: str, ordinal: int) -> None:
    assert parse_ordinal(text) == ordinal


@pytest.mark.parametrize(
    "text", ["", "six", "6", "6st", "11st", "0th", "twenty-tenth", "sixthly", "sixth or seventh"]
)
def test_parse_ordinal_refuses_what_is_not_an_ordinal(text: str) -> None:
    with pytest.raises(InvalidQuantityError) as error:
        parse_ordinal(text)
    assert "an ordinal" in str(error.value)
    assert "'sixth'" in str(error.value)


# --- durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "min_days", "max_days"),
    [
        ("six months", 5.5 * MONTH, 6.5 * MONTH),
        ("18 months", 17.5 * MONTH, 18.5 * MONTH),
        ("32 years", 31.5 * YEAR, 32.5 * YEAR),
        ("32 years of experience", 31.5 * YEAR, 32.5 * YEAR),
        ("32-year career", 31.5 * YEAR, 32.5 * YEAR),
        ("a year", 0.5 * YEAR, 1.5 * YEAR),
        ("two weeks", 10.5, 17.5),
        ("10 days", 9.5, 10.5),
        ("more than 30 years", 30 * YEAR, math.inf),
        ("almost a year", 0.9 * YEAR, YEAR),
        ("nearly two years", 1.8 * YEAR, 2 * YEAR),
        ("under six months", 0, 6 * MONTH),
        ("about 18 months", 16.2 * MONTH, 19.8 * MONTH),
        ("over the past 10 years", 9.5 * YEAR, 10.5 * YEAR),
        ("for the last three years", 2.5 * YEAR, 3.5 * YEAR),
        ("the past year", 0.5 * YEAR, 1.5 * YEAR),
    ],
)
def test_parse_duration_reads_the_range_of_days(
    text: str, min_days: float, max_days: float
) -> None:
    duration = parse_duration(text)
    assert duration.min_days == pytest.approx(min_days)
    assert duration.max_days == pytest.approx(max_days)
    assert duration.text == text


def test_duration_contains_and_overlaps() -> None:
    six_months = parse_duration("six months")
    assert six_months.contains(183)  # 1 March to 31 August
    assert not six_months.contains(230)
    assert six_months.overlaps(190, 250)
    assert not six_months.overlaps(200, 250)
    assert parse_duration("more than 30 years").contains(40 * YEAR)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("six months", "5.5 to 6.5 months"),
        ("32 years", "31.5 to 32.5 years"),
        ("18 months", "17.5 to 18.5 months"),
        ("two weeks", "1.5 to 2.5 weeks"),
        ("10 days", "9.5 to 10.5 days"),
        ("more than 30 years", "more than 30 years"),
        ("under six months", "under 6 months"),
    ],
)
def test_duration_label(text: str, label: str) -> None:
    assert parse_duration(text).label() == label


def test_duration_survives_a_json_round_trip() -> None:
    duration = parse_duration("more than 30 years")
    assert DurationRange.model_validate_json(duration.model_dump_json()) == duration


@pytest.mark.parametrize(
    "text", ["", "six", "six apples", "an hour", "two to three years", "10 years 6 months"]
)
def test_parse_duration_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(InvalidQuantityError) as error:
        parse_duration(text)
    assert "a duration" in str(error.value)
    assert "'six months'" in str(error.value)


def test_a_decade_is_ten_years_within_its_rounding() -> None:
    decade = parse_duration("the past decade")
    assert decade.contains(10 * 365.25)
    assert not decade.contains(20 * 365.25)
