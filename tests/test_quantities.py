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

MINUTE = 1 / 1440
HOUR = 1 / 24
MONTH = 30.44
YEAR = 365.25
CENTURY = 100 * YEAR


# --- figures ------------------------------------------------------------------------------------


def assert_reads(text: str, low: float, high: float, unit: Unit) -> None:
    """``text`` reads as a figure from ``low`` to ``high`` in ``unit``."""
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high, quantity.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        unit,
    )


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
        # a whole number in thousands, written out, is rounded to its second significant
        # figure (or its last non-zero digit): "57,000 students" of 57,230
        ("£900,000", 895_000, 905_000, "GBP"),
        ("57,000", 56_500, 57_500, "count"),
        ("1,000", 950, 1_050, "count"),
        ("£1,250,000", 1_245_000, 1_255_000, "GBP"),
        ("2,530", 2_529.5, 2_530.5, "count"),
        ("100", 99.5, 100.5, "count"),
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


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # pence and cents are hundredths of their currency
        ("45 cents", 0.445, 0.455, "USD"),
        ("75p", 0.745, 0.755, "GBP"),
        ("12 pence", 0.115, 0.125, "GBP"),
        # more currencies, multipliers and unit spellings
        ("US$2.5 million", 2_450_000, 2_550_000, "USD"),
        ("€1.2tn", 1.15e12, 1.25e12, "EUR"),
        ("4 trillion dollars", 3.5e12, 4.5e12, "USD"),
        ("2 hundred thousand", 150_000, 250_000, "count"),
        ("20-percent", 19.5, 20.5, "percent"),
        # a fraction of a multiplier or a unit
        ("half a million", 250_000, 750_000, "count"),
        ("a quarter of a billion pounds", 125e6, 375e6, "GBP"),
        ("a half-million dollars", 250_000, 750_000, "USD"),
        ("half a per cent", 0.25, 0.75, "percent"),
        ("two and a half million", 2_250_000, 2_750_000, "count"),
    ],
)
def test_parse_quantity_reads_subunits_fractions_and_large_multipliers(
    text: str, low: float, high: float, unit: Unit
) -> None:
    assert_reads(text, low, high, unit)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a share of a whole is a percentage to the nearest point
        ("a quarter", 24.5, 25.5),
        ("three fifths", 59.5, 60.5),
        ("one-sixth", 16.5, 17.5),
        ("half of the members", 49.5, 50.5),
        ("seven in 10", 69.5, 70.5),
        ("one in every four", 24.5, 25.5),
        ("eight out of 12", 66.5, 67.5),
        ("five of the last 20", 24.5, 25.5),
        ("three goals in six matches", 49.5, 50.5),
        # ... to two significant figures under 10%
        ("one in 40", 2.45, 2.55),
        ("one in 300", 0.325, 0.335),
        # and qualified as any figure
        ("almost two in five", 36, 40),
        ("more than a quarter", 25, math.inf),
        ("about one in three", 29.7, 36.3),
        ("a third or more", 33, math.inf),
    ],
)
def test_parse_quantity_reads_proportions_as_percentages(
    text: str, low: float, high: float
) -> None:
    quantity = parse_quantity(text)
    assert (quantity.low, quantity.high, quantity.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        "percent",
    )


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # from the low end of the first figure to the high end of the second
        ("between 40 and 60", 39.5, 60.5, "count"),
        ("£10-£20", 9.5, 20.5, "GBP"),
        ("15 to 20%", 14.5, 20.5, "percent"),
        ("between £1.5bn and £2bn", 1.45e9, 2.5e9, "GBP"),
        # a multiplier written once holds for both, unless the range would run backwards
        ("£4-5m", 3.5e6, 5.5e6, "GBP"),
        ("600,000 to 1m", 599_999.5, 1_500_000, "count"),
    ],
)
def test_parse_quantity_reads_a_range_of_two_figures(
    text: str, low: float, high: float, unit: Unit
) -> None:
    assert_reads(text, low, high, unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # rough numbers
        ("several", 3, 7, "count"),
        ("a few hundred", 200, 500, "count"),
        ("a couple of thousand", 2_000, 3_000, "count"),
        ("dozens", 24, 120, "count"),
        ("tens of thousands", 20_000, 100_000, "count"),
        ("hundreds of millions of dollars", 2e8, 1e9, "USD"),
        # qualifiers before and after
        ("near 60", 54, 60, "count"),
        ("close to £2m", 1.8e6, 2e6, "GBP"),
        ("well above 40%", 40, math.inf, "percent"),
        ("well-over 300", 300, math.inf, "count"),
        ("as much as £40m", 0, 40e6, "GBP"),
        ("as many as 12", 0, 12, "count"),
        ("within 3%", 0, 3, "percent"),
        ("1,000 or more", 1_000, math.inf, "count"),
        ("20 or fewer", 0, 20, "count"),
        ("300 or so", 270, 330, "count"),
        # words that leave the figure as it is
        ("only 64", 63.5, 64.5, "count"),
        ("a total of 310", 309.5, 310.5, "count"),
        ("a further 25", 24.5, 25.5, "count"),
        ("a net 15", 14.5, 15.5, "count"),
        ("at least another 40", 40, math.inf, "count"),
    ],
)
def test_parse_quantity_reads_rough_numbers_qualifiers_and_lead_ins(
    text: str, low: float, high: float, unit: Unit
) -> None:
    assert_reads(text, low, high, unit)


@pytest.mark.parametrize(
    ("text", "position"),
    [("joint 12th", 12), ("equal fourth", 4), ("tied for 3rd", 3), ("number 7", 7), ("No. 2", 2)],
)
def test_parse_quantity_reads_shared_and_numbered_places(text: str, position: int) -> None:
    assert parse_quantity(text) == exact(position, "position").model_copy(update={"text": text})


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
        (parse_quantity("up to £4m"), parse_quantity("up to £4,000,000")),
        (parse_quantity("more than 250"), parse_quantity("over 250")),
        (parse_quantity("about 100"), parse_quantity("around 105")),
        # A whole number in thousands written out is a rounding.
        (parse_quantity("57,000"), parse_quantity("57,230")),
        (parse_quantity("£200,000"), parse_quantity("£195,000")),
        # A cap and a bound of uncertainty ("under £5m") are compared as ranges.
        (parse_quantity("up to £4m"), parse_quantity("under £5m")),
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
        # Two caps name the most there can be: "up to £5m" is not "up to £4m".
        (parse_quantity("up to £4million"), parse_quantity("up to £5million")),
        (parse_quantity("as many as 600"), parse_quantity("as many as 500")),
        # So do two floors: "more than 200" staff is not "more than 300".
        (parse_quantity("more than 200"), parse_quantity("more than 300")),
        (parse_quantity("over 60"), parse_quantity("more than 90")),
        # Two approximate figures overlap at their edges, but neither is the other.
        (parse_quantity("around 45"), parse_quantity("around 54")),
        (parse_quantity("about 45"), parse_quantity("54 or so")),
        # A rounding is to the second figure: "57,000" is not 57,600, nor "£200,000" £190,000.
        (parse_quantity("57,000"), parse_quantity("57,600")),
        (parse_quantity("£200,000"), parse_quantity("£190,000")),
    ],
)
def test_figures_that_cannot_be_the_same_value_do_not_agree(
    first: Quantity, second: Quantity
) -> None:
    assert not first.agrees(second)
    assert not second.agrees(first)


@pytest.mark.parametrize(
    ("reported", "claimed", "settled"),
    [
        ("£8.5m", "£8,500,000", True),
        ("262", "about 250", True),
        # A source's bound bears out a claim of that bound, or a share in words it exceeds...
        ("more than 60%", "more than 60%", True),
        ("more than 60%", "more than half", True),
        ("up to £1.3m", "under £2m", True),
        # ...but says nothing beyond it, and a floor copied lower is another figure.
        ("more than 60%", "more than 70%", False),
        ("more than 60%", "more than 50%", False),
        ("more than 60%", "65%", False),
        ("up to £1.3m", "£1m", False),
        ("£8.5m", "£8.6m", False),
    ],
)
def test_a_reported_bound_settles_only_what_it_implies(
    reported: str, claimed: str, settled: bool
) -> None:
    assert parse_quantity(reported).settles(parse_quantity(claimed)) is settled


@given(st.integers(1, 10_000), st.integers(1, 10_000))
def test_a_reported_floor_settles_only_a_claimed_floor_naming_the_same_amount(
    reported: int, claimed: int
) -> None:
    told, said = parse_quantity(f"more than {reported}"), parse_quantity(f"more than {claimed}")
    assert told.settles(said) is (claimed == reported)


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
        (parse_quantity("up to £4million"), "up to £4m"),
        (parse_quantity("about 250"), "225 to 275"),
        (parse_quantity("nearly 10"), "9 to 10"),
        (exact(8_460_000, "GBP"), "£8.46m"),
        (exact(1_089, "count"), "1,089"),
        (parse_quantity("$2.4tn"), "$2.4tn"),
        (parse_quantity("three in four"), "75%"),
        (parse_quantity("two fifths"), "40%"),
        (parse_quantity("between 40 and 60"), "39.5 to 60.5"),
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
        ("250 or 300", "Cannot read '250 or 300'"),
        ("between 200 and", "as a figure"),
        ("300 to 200", "as a figure"),  # a range runs upwards
        ("nearly 250 or more", "as a figure"),  # one qualifier at most
        ("a second term", "as a figure"),
        ("a fifth straight win", "as a figure"),  # an ordinal, not a fraction
        ("a quarter point", "as a figure"),
        ("half-time", "as a figure"),
        ("four in 2019", "as a figure"),  # a year, not a whole
        ("three in 12 months", "as a figure"),  # a rate, not a share
        ("nine of six", "as a figure"),
        ("£half", "as a figure"),
        ("£5 to $8", "names two units"),
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
        # Decades are told coarsely: "nearly two decades" of 17 years, a third of one short.
        ("nearly two decades", 20 * YEAR - 10 * YEAR / 3, 20 * YEAR),
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


@pytest.mark.parametrize(
    ("text", "min_days", "max_days"),
    [
        # hours, minutes, fortnights and centuries
        ("three hours", 2.5 * HOUR, 3.5 * HOUR),
        ("45 minutes", 44.5 * MINUTE, 45.5 * MINUTE),
        ("a 24-hour strike", 23.5 * HOUR, 24.5 * HOUR),
        ("an hour", 0.5 * HOUR, 1.5 * HOUR),
        ("a fortnight", 7, 21),
        ("two centuries", 1.5 * CENTURY, 2.5 * CENTURY),
        # fractions, read to the fraction
        ("half an hour", 0.25 * HOUR, 0.75 * HOUR),
        ("a quarter of an hour", 7.5 * MINUTE, 22.5 * MINUTE),
        ("half a decade", 0.25 * 10 * YEAR, 0.75 * 10 * YEAR),
        ("two and a half years", 2.25 * YEAR, 2.75 * YEAR),
        ("four-and-a-half months", 4.25 * MONTH, 4.75 * MONTH),
        ("3 1/2 weeks", 3.25 * 7, 3.75 * 7),
        ("a month and a half", 1.25 * MONTH, 1.75 * MONTH),
        # words between the number and its unit
        ("three more weeks", 2.5 * 7, 3.5 * 7),
        ("four consecutive years", 3.5 * YEAR, 4.5 * YEAR),
        ("a whole year", 0.5 * YEAR, 1.5 * YEAR),
        # lead-ins; some count one where no number follows
        ("the previous six months", 5.5 * MONTH, 6.5 * MONTH),
        ("the next three years", 2.5 * YEAR, 3.5 * YEAR),
        ("the 18 months", 17.5 * MONTH, 18.5 * MONTH),
        ("the last fortnight", 7, 21),
        ("a further two weeks", 1.5 * 7, 2.5 * 7),
        ("another month", 0.5 * MONTH, 1.5 * MONTH),
        ("in 10 years", 9.5 * YEAR, 10.5 * YEAR),
        ("yearlong", 0.5 * YEAR, 1.5 * YEAR),
        ("week-long", 0.5 * 7, 1.5 * 7),
        # a plural alone is two or more
        ("for decades", 20 * YEAR, math.inf),
        ("the coming weeks", 14, math.inf),
        # rough numbers
        ("a few weeks", 2 * 7, 5 * 7),
        ("several years", 3 * YEAR, 7 * YEAR),
        ("a couple of months", 2 * MONTH, 3 * MONTH),
        ("a matter of hours", 2 * HOUR, 5 * HOUR),
        # ranges: from the low end of the first length to the high end of the second
        ("four to six weeks", 3.5 * 7, 6.5 * 7),
        ("between two and three years", 1.5 * YEAR, 3.5 * YEAR),
        ("20-30 minutes", 19.5 * MINUTE, 30.5 * MINUTE),
        ("six months to a year", 5.5 * MONTH, 1.5 * YEAR),
        # qualifiers
        ("just under two hours", 1.8 * HOUR, 2 * HOUR),
        ("close to a decade", 10 * YEAR - 10 * YEAR / 3, 10 * YEAR),
        ("well over a year", YEAR, math.inf),
        ("within a month", 0, MONTH),
        ("up to 12 hours", 0, 12 * HOUR),
        ("two years or more", 2 * YEAR, math.inf),
    ],
)
def test_parse_duration_reads_more_of_how_news_writes_lengths(
    text: str, min_days: float, max_days: float
) -> None:
    duration = parse_duration(text)
    assert (duration.min_days, duration.max_days) == (
        pytest.approx(min_days),
        pytest.approx(max_days),
    )


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
        ("four hours", "3.5 to 4.5 hours"),
        ("20 minutes", "19.5 to 20.5 minutes"),
        ("a day", "12 to 36 hours"),
        ("48 hours", "47.5 to 48.5 hours"),  # not "2 to 2 days"
        ("four to six weeks", "3.5 to 6.5 weeks"),
        ("for decades", "more than 20 years"),
    ],
)
def test_duration_label(text: str, label: str) -> None:
    assert parse_duration(text).label() == label


def test_duration_survives_a_json_round_trip() -> None:
    duration = parse_duration("more than 30 years")
    assert DurationRange.model_validate_json(duration.model_dump_json()) == duration


@pytest.mark.parametrize(
    "text",
    [
        "",
        "six",
        "six apples",
        "10 years 6 months",
        "four years and two months",
        "the month",  # "the" alone counts nothing
        "a third season",  # an ordinal, not a fraction
        "a day or two",
        "about a week or so",
        "five to three years",
    ],
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
