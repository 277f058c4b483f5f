"""Figures, counts, ordinals and durations as news copy writes them, read as ranges.

A written figure stands for every value that would be written the same way: "£8.5m" is anything
from £8.45m to £8.55m, "some 250" anything within a tenth of 250. Reading figures as ranges lets the
checker compare a draft with the record within the draft's own rounding.

The grammar is small: an optional qualifier before or after ("about", "more than", "nearly", "or
more"), an optional currency, a number in digits or words, an optional multiplier ("m", "bn",
"million") and an optional unit ("%", "pc", "per cent", "pounds", "p", "cents"). Two figures may
make a range ("£75-£100", "between 70 and 120"): from the low end of the first to the high end of
the second. A share of a whole ("one in five", "two thirds", "12 of 17") is a percentage to the
nearest point, as a sub-editor would round it. Rough numbers stand for their usual spread
("several" is three to seven, "thousands" two to ten thousand). Durations read the same way, in
units from minutes to centuries. Trailing words are ignored ("1.2m children", "32 years of
experience"), trailing figures are not ("250 or 300" is refused rather than misread).
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Literal, NamedTuple

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema, model_validator

from factcheck.errors import InvalidQuantityError

Unit = Literal["GBP", "USD", "EUR", "percent", "count", "position"]

_Qualifier = Literal["above", "just above", "below", "nearly", "about"]

# JSON has no infinity; "Infinity" as a string keeps "more than 250" readable and reloadable.
_MODEL_CONFIG = ConfigDict(frozen=True, ser_json_inf_nan="strings", allow_inf_nan=True)
_Bound = Annotated[
    float,
    WithJsonSchema({"anyOf": [{"type": "number"}, {"const": "Infinity"}]}),
    AfterValidator(lambda bound: _not_nan(bound)),
]
"""An upper bound: a number, or infinite for an open range ("more than 250")."""


def _not_nan(value: float) -> float:
    if math.isnan(value):
        raise ValueError("a figure cannot be NaN; give a number")
    return value


_QUANTITY_EXAMPLES = "'£8.5m', '87.7%', '1,089', 'about 250' or 'more than 250'"
_COUNT_EXAMPLES = "'5', 'five', 'twice' or 'three times'"
_ORDINAL_EXAMPLES = "'6th', 'sixth' or 'twenty-first'"
_DURATION_EXAMPLES = "'six months', '32 years', 'nearly two years' or 'more than 30 years'"


class Quantity(BaseModel):
    """A figure as the range of values its written form stands for.

    ``high`` is infinite for an open range ("more than 250"); ``text`` keeps the figure as written.
    """

    model_config = _MODEL_CONFIG

    low: float = Field(allow_inf_nan=False)
    high: _Bound
    unit: Unit
    text: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if self.low > self.high:
            raise ValueError(f"low ({self.low}) must not exceed high ({self.high})")
        return self

    @property
    def value(self) -> float:
        """The central value: the midpoint, or ``low`` for an open range ("more than 250")."""
        return self.low if math.isinf(self.high) else (self.low + self.high) / 2

    def agrees(self, other: Quantity) -> bool:
        """Whether both have the same unit and could be the same value.

        Ranges that merely touch do not agree ("£8.5m" ends where "£8.6m" begins), unless one of
        them is an exact value. Two caps ("up to £4m", "up to £5m") each name the most there can
        be: they agree only where the amounts they name do, and so do two floors ("more than
        200", "over 300").
        """
        if self.unit != other.unit:
            return False
        if (cap := self.cap()) is not None and (other_cap := other.cap()) is not None:
            return cap.agrees(other_cap)
        if (floor := self.floor()) is not None and (other_floor := other.floor()) is not None:
            return floor == other_floor
        if self.approximate() and other.approximate():
            # "About 45" and "about 54" each allow a tenth either way and so overlap, but neither
            # is the other: each must lie within what the other allows.
            return self.low <= other.value <= self.high and other.low <= self.value <= other.high
        low, high = max(self.low, other.low), min(self.high, other.high)
        is_exact = self.low == self.high or other.low == other.high
        return low < high or (low == high and is_exact)

    def settles(self, claimed: Quantity) -> bool:
        """Whether this value, as a source gave it, bears the claimed one out: they agree, and a
        bound ("more than 60%", "up to £1.3m") lies wholly within the claim, for a source that
        gives only a bound says nothing beyond it ("more than 70%" is more than it says)."""
        if not self.agrees(claimed):
            return False
        bound = math.isinf(self.high) or self.low == 0 < self.high
        return not bound or (claimed.low <= self.low and self.high <= claimed.high)

    def approximate(self) -> bool:
        """Whether the figure was written as about so much ("around 45", "some 300")."""
        written = _normalise(self.text or "")
        if (qualified := _QUALIFIER_RE.match(written)) is not None:
            phrase = _WORD_SEPARATOR_RE.sub(" ", qualified.group("qualifier"))
            return _QUALIFIERS[phrase] == "about"
        return bool(re.search(r"\bor so\b", written))

    def cap(self) -> Quantity | None:
        """The amount a cap names ("up to £4m", "as many as 600": £4m, 600), as written; None
        for any other figure, a bound of uncertainty ("under £4m") included."""
        written = _CAP_RE.match(_normalise(self.text or ""))
        if written is None or self.low != 0:
            return None
        try:
            return parse_quantity(_normalise(self.text or "")[written.end() :])
        except InvalidQuantityError:
            return None

    def floor(self) -> float | None:
        """The least a figure written as a floor names ("more than 200": 200), which the press
        rounds from the figure it copies, so "more than 200" staff is not "more than 300"; None
        for any other figure, and for a share named in words ("more than half"), which is a
        threshold a larger share bears out, not a copy of it."""
        if not math.isinf(self.high) or _FRACTION_WORD_RE.search(_normalise(self.text or "")):
            return None
        return self.low

    def single(self) -> bool:
        """Whether the figure is one value, to its rounding ("£8.5m", "1,089"), not a range, a
        bound or a cap ("£75-£100", "more than 250", "up to £4m")."""
        if math.isinf(self.high) or self.low == 0 < self.high:
            return False
        width = self.high - self.low
        return width == 0 or _is_rounding(self.value, width)

    def label(self) -> str:
        """The figure as a sub-editor would write it: "£8.5m", "87.7%", "more than 250"."""
        if math.isinf(self.high):
            return f"more than {_format_figure(self.low, self.unit)}"
        if (cap := self.cap()) is not None:
            return f"up to {cap.label()}"
        if self.low == 0 < self.high:
            return f"under {_format_figure(self.high, self.unit)}"
        if self.single():
            return _format_figure(self.value, self.unit, resolution=self.high - self.low)
        return f"{_format_figure(self.low, self.unit)} to {_format_figure(self.high, self.unit)}"


class DurationRange(BaseModel):
    """A length of time as the range of days its written form stands for.

    Months are 30.44 days and years 365.25; ``max_days`` is infinite for "more than 30 years".
    """

    model_config = _MODEL_CONFIG

    min_days: float = Field(allow_inf_nan=False)
    max_days: _Bound
    text: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> DurationRange:
        if self.min_days > self.max_days:
            raise ValueError(
                f"min_days ({self.min_days}) must not exceed max_days ({self.max_days})"
            )
        return self

    def contains(self, days: float) -> bool:
        """Whether a length of ``days`` fits the written duration."""
        return self.min_days <= days <= self.max_days

    def overlaps(self, low_days: float, high_days: float) -> bool:
        """Whether any length between ``low_days`` and ``high_days`` fits the written duration.

        Ranges that merely touch do not overlap ("three decades" ends where "four decades"
        begins), unless one of them is an exact length.
        """
        low, high = max(low_days, self.min_days), min(high_days, self.max_days)
        exact = low_days == high_days or self.min_days == self.max_days
        return low < high or (low == high and exact)

    def floor(self) -> float | None:
        """The least, in days, a length written as a floor names ("more than 30 years"), which the
        press rounds from the length it copies; None for any other length, and for one that names
        no amount ("for years", "in decades")."""
        if not math.isinf(self.max_days) or not _QUALIFIER_RE.match(_normalise(self.text or "")):
            return None
        return self.min_days

    def label(self) -> str:
        """The range in the unit that reads best: "5.5 to 6.5 months", "more than 30 years"."""
        if math.isinf(self.max_days):
            return f"more than {_format_days(self.min_days)}"
        if self.min_days == 0 < self.max_days:
            return f"under {_format_days(self.max_days)}"
        if self.min_days == self.max_days:
            return _format_days(self.min_days)
        middle = (self.min_days + self.max_days) / 2
        return _format_days(self.min_days, self.max_days, reference=middle)


def parse_quantity(text: str) -> Quantity:
    """Read a written figure: "£8.5m", "87.7pc", "1,089", "some 250", "more than 250", "£75-£100";
    a proportion: "one in five", "two thirds", "12 of 17"; or a position in a ranking: "ninth",
    "joint 15th", "number 44"."""
    written = _normalise(text)
    if (position := _read_position(written, text)) is not None:
        return Quantity(low=position, high=position, unit="position", text=text)
    lead_in = _read_lead_in(written, 0, _FIGURE_LEAD_IN_RE)
    qualifier = lead_in.qualifier
    figure = None if qualifier else _read_figure_range(written, lead_in.end, text)
    if figure is None:
        figure = _read_figure(written, lead_in.end, text)
        if figure is None:
            raise _unreadable("a figure", text, _QUANTITY_EXAMPLES)
        qualifier, end = _read_postfix_qualifier(written, figure.end, qualifier)
        figure = figure._replace(end=end, step=_rounding(figure))
    _check_rest(written, figure.end, text, "a figure", _QUANTITY_EXAMPLES)
    low, high = _range(figure.amount, figure.step, qualifier)
    return Quantity(low=low, high=high, unit=figure.unit or "count", text=text)


def parse_count(text: str) -> int:
    """Read a whole count: "5", "five", "a dozen", "once", "twice", "three times"."""
    written = _normalise(text)
    if adverb := _COUNT_ADVERB_RE.match(written):
        count, pos = _COUNT_ADVERBS[adverb.group()], adverb.end()
    else:
        number = _read_number(written, 0)
        if number is None or number.step != 1 or number.amount % 1:
            raise _unreadable("a count", text, _COUNT_EXAMPLES)
        count, pos = int(number.amount), number.end
        if times := _TIMES_RE.match(written, pos):
            pos = times.end()
    _check_rest(written, pos, text, "a count", _COUNT_EXAMPLES)
    return count


def parse_ordinal(text: str) -> int:
    """Read an ordinal: "6th", "sixth", "twenty-first", "the sixth person"."""
    return _read_ordinal(_normalise(text), 0, text)


def ordinal_word(n: int) -> str:
    """1 -> "first", 6 -> "sixth", 23 -> "23rd"."""
    for word, value in _ORDINAL_WORDS.items():
        if value == n and n < 20:
            return word
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_words(low: int, high: int) -> dict[str, int]:
    """The English words for the whole numbers from ``low`` to ``high`` (at most 99)."""
    words = (
        {
            f"{tens}-{unit}": t + u
            for tens, t in _TENS_WORDS.items()
            for unit, u in _UNIT_WORDS.items()
            if u
        }
        | _UNIT_WORDS
        | _TENS_WORDS
    )
    return {word: value for word, value in words.items() if low <= value <= high}


def parse_duration(text: str) -> DurationRange:
    """Read a length of time: "six months", "almost a year", "over the past 10 years", "half an
    hour", "six to eight weeks", "several days", "for years"."""
    written = _normalise(text)
    lead_in = _read_lead_in(written, 0, _DURATION_LEAD_IN_RE)
    qualifier = lead_in.qualifier
    length = None if qualifier else _read_length_range(written, lead_in.end)
    if length is None:
        length = _read_length(written, lead_in.end, lead_in.counted)
        if (
            length is None
            and qualifier is None
            and (units := _read_units_alone(written, lead_in.end))
        ):
            length, qualifier = units, "above"  # "for years", "in decades": two or more
        if length is None:
            raise _unreadable("a duration", text, _DURATION_EXAMPLES)
        qualifier, end = _read_postfix_qualifier(written, length.end, qualifier)
        length = length._replace(end=end)
    _check_rest(written, length.end, text, "a duration", _DURATION_EXAMPLES)
    low, high = _range(length.amount * length.unit, length.step * length.unit, qualifier)
    if qualifier == "nearly" and length.unit >= _DAYS_PER_UNIT["decade"]:
        # Decades are told coarsely: "nearly two decades" is told of 17 years, "close to a
        # decade" of seven; a third of the unit short, where a tenth of the value is less.
        low = min(low, float(length.amount * length.unit - length.unit / 3))
    return DurationRange(min_days=low, max_days=high, text=text)


# --- reading --------------------------------------------------------------------------------

_QUALIFIERS: dict[str, _Qualifier] = {
    "more than": "above",
    "over": "above",
    "above": "above",
    "well over": "above",
    "well above": "above",
    "in excess of": "above",
    "upwards of": "above",
    "at least": "above",
    "no fewer than": "above",
    "no less than": "above",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "below": "below",
    "well under": "below",
    "well below": "below",
    "up to": "below",
    "as many as": "below",
    "as much as": "below",
    "no more than": "below",
    "within": "below",
    "just over": "just above",
    "a little over": "just above",
    "little more than": "just above",
    "a little more than": "just above",
    "slightly more than": "just above",
    "just under": "nearly",
    "a little under": "nearly",
    "little less than": "nearly",
    "a little less than": "nearly",
    "slightly less than": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "near": "nearly",
    "close to": "nearly",
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "an estimated": "about",
}
_FRACTION_WORD_RE = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b")
_CAP_RE = re.compile(r"(?:up[\s-]+to|as[\s-]+(?:many|much)[\s-]+as)\s+")
"""Words that name the most there can be ("up to £4m"), where "under £4m" only bounds a value."""
_QUALIFIER_RE = re.compile(
    "(?P<qualifier>"
    + "|".join(
        phrase.replace(" ", r"[\s-]+") for phrase in sorted(_QUALIFIERS, key=len, reverse=True)
    )
    + r")\s+"
)
_POSTFIX_QUALIFIERS: dict[str, _Qualifier] = {
    "more": "above",
    "over": "above",
    "longer": "above",
    "fewer": "below",
    "less": "below",
    "under": "below",
    "shorter": "below",
    "so": "about",
}
_POSTFIX_QUALIFIER_RE = re.compile(r"\s+or\s+(?P<word>" + "|".join(_POSTFIX_QUALIFIERS) + r")\b")

# Words that leave a figure as it is. Those in "counted" stand for one where no number follows:
# "the past year", "another month".
_FIGURE_LEAD_IN_RE = re.compile(
    r"(?P<plain>(?:only|just|a\s+mere|another"
    r"|an?\s+(?:total|margin|further|additional|extra|net)(?:\s+of)?)\s+)"
)
_DURATION_LEAD_IN_RE = re.compile(
    r"(?P<counted>(?:the\s+(?:past|last|previous|next|following|coming|first|final)"
    r"|another|an?\s+(?:further|additional|extra))\s+)"
    r"|(?P<plain>(?:in|for|during|after|the|just|only|a\s+mere"
    r"|(?:over|across|throughout)(?=\s+the\b))\s+)"
)

_CURRENCY_CODES: dict[str, Unit] = {
    "£": "GBP",
    "gbp": "GBP",
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
}
_CURRENCY_PREFIX_RE = re.compile(r"(?P<currency>us\s?\$|[£$€]|(?:gbp|usd|eur)\b)\s*")

_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")

_MULTIPLIERS = {
    "hundred": Decimal(10) ** 2,
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
    "tn": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 12,
}
_MULTIPLIER_WORD = "(?:hundred|thousand|million|billion|trillion)"
_MULTIPLIER_RE = re.compile(
    r"[\s-]*(?:(?P<abbreviation>tn|bn|m|k)|(?P<words>"
    + _MULTIPLIER_WORD
    + r"(?:[\s-]+"
    + _MULTIPLIER_WORD
    + r")*))\b"
)

_UNIT_SUFFIX_RE = re.compile(
    r"[\s-]*(?:(?P<percent>%|pc\b|per[\s-]?cent\b)"
    r"|(?P<GBP>pounds?\b|sterling\b|gbp\b)|(?P<pence>pence\b)"
    r"|(?P<USD>dollars?\b|usd\b)|(?P<cents>cents?\b)"
    r"|(?P<EUR>euros?\b|eur\b))"
    r"|(?P<penny>p)\b"
)
_SCALE_OR_UNIT_RE = re.compile(f"(?:{_MULTIPLIER_RE.pattern})|(?:{_UNIT_SUFFIX_RE.pattern})")
_SUFFIX_UNITS: dict[str, tuple[Unit, Decimal]] = {
    "percent": ("percent", Decimal(1)),
    "GBP": ("GBP", Decimal(1)),
    "pence": ("GBP", Decimal("0.01")),
    "penny": ("GBP", Decimal("0.01")),
    "USD": ("USD", Decimal(1)),
    "cents": ("USD", Decimal("0.01")),
    "EUR": ("EUR", Decimal(1)),
}

_UNIT_WORDS = {
    word: value
    for value, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS_WORDS = {
    word: 10 * value
    for value, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2
    )
}
_SCALE_WORDS = {"hundred": 100, "thousand": 1000, "dozen": 12}
_WORD_RE = re.compile(r"[a-z]+")
_WORD_SEPARATOR_RE = re.compile(r"[\s-]+")

# Rough numbers as the range of counts they stand for.
_ROUGH_NUMBERS = {"few": (2, 5), "several": (3, 7), "couple": (2, 3)}
_ROUGH_NUMBER_RE = re.compile(
    r"(?:(?P<few>(?:a\s+)?few|a\s+matter\s+of)|(?P<several>several)"
    r"|(?P<couple>a\s+couple(?:\s+of)?))\b"
)
# "thousands", "tens of millions": at least two of the scale and fewer than ten.
_PLURAL_SCALES = {
    "tens": 10,
    "dozens": 12,
    "hundreds": 10**2,
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
}
_PLURAL_SCALE_RE = re.compile(
    r"(?P<scale>tens|dozens|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?P<of>thousands|millions|billions))?\b"
    r"(?:\s+of(?=\s+(?:pounds|dollars|euros)\b))?"
)

_COUNT_ADVERBS = {"once": 1, "twice": 2, "thrice": 3}
_COUNT_ADVERB_RE = re.compile("(?:" + "|".join(_COUNT_ADVERBS) + r")\b")
_TIMES_RE = re.compile(r"\s+times?\b")

_ORDINAL_WORDS = {
    word: value
    for value, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
        ],
        start=1,
    )
} | {
    word: 10 * value
    for value, word in enumerate(
        [
            "twentieth",
            "thirtieth",
            "fortieth",
            "fiftieth",
            "sixtieth",
            "seventieth",
            "eightieth",
            "ninetieth",
        ],
        start=2,
    )
}
_ORDINAL_RE = re.compile(
    r"(?:the\s+)?(?:(?P<digits>\d+)(?P<suffix>st|nd|rd|th)"
    r"|(?:(?P<tens>" + "|".join(_TENS_WORDS) + r")[\s-]+)?"
    r"(?P<word>" + "|".join(_ORDINAL_WORDS) + r"))\b"
)
_TIED_RE = re.compile(r"(?:joint|equal|tied(?:\s+for)?)[\s-]+")
_NUMBERED_RE = re.compile(r"(?:number|no\.)\s*(?P<number>[1-9]\d*)\b")

_DENOMINATORS = (
    {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
    | {word: value for word, value in _ORDINAL_WORDS.items() if value > 2}
    | {f"{word}s": value for word, value in _ORDINAL_WORDS.items() if value > 2}
)
_FRACTION_RE = re.compile(
    r"(?:(?P<numerator>an?|"
    + "|".join(
        sorted((word for word, value in _UNIT_WORDS.items() if value), key=len, reverse=True)
    )
    + r")[\s-]+)?(?P<denominator>"
    + "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
    + r")\b"
)
# What may follow a proportion of one ("a third of", "half the staff"): not "a fifth title".
_AFTER_ONE_PART_RE = re.compile(
    r"(?![\s-]*[a-z])|\s+(?:of|or|the|its|their|his|her|our|your|all|these|those)\b"
)
_OF_A_RE = re.compile(r"(?:\s+of)?\s+an?\b")
_AND_RE = re.compile(r"[\s-]+and[\s-]+")
_DIGIT_FRACTION_RE = re.compile(r"\s+(?P<numerator>\d)/(?P<denominator>\d{1,2})\b")

# "two wins in 15 games", "one in every three", "three of the past four seasons"
_RATIO_RE = re.compile(
    r"(?:\s+(?!(?:in|of|out)\b)[a-z]+)?\s+(?:in|of|out\s+of)\s+"
    r"(?:(?:every|the|his|her|its|their|our|your|these|those)\s+)?"
    r"(?:(?:past|last|first|previous|next|final|opening|latest|top|remaining)\s+)?"
)
_YEAR_RE = re.compile(r"(?:1[89]|2[01])\d\d")

_BETWEEN_RE = re.compile(r"between\s+")
_TO_RE = re.compile(r"[\s-]+to[\s-]+|\s*[-–—]\s*")

_DAYS_PER_UNIT = {
    "minute": Decimal(1) / 1440,
    "hour": Decimal(1) / 24,
    "day": Decimal(1),
    "week": Decimal(7),
    "fortnight": Decimal(14),
    "month": Decimal("30.44"),
    "year": Decimal("365.25"),
    "decade": Decimal("3652.5"),
    "century": Decimal("36525"),
}
_PLURAL_UNITS = {"century": "centuries"} | {
    unit: f"{unit}s" for unit in _DAYS_PER_UNIT if unit != "century"
}
_UNITS_OF_WORDS = (
    {unit: unit for unit in _DAYS_PER_UNIT}
    | {plural: unit for unit, plural in _PLURAL_UNITS.items()}
    | {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour"}
)
_DURATION_UNIT_RE = re.compile(
    r"[\s-]*(?P<unit>" + "|".join(sorted(_UNITS_OF_WORDS, key=len, reverse=True)) + r")\b"
)
_PLURAL_UNIT_RE = re.compile("(?P<unit>" + "|".join(_PLURAL_UNITS.values()) + r")\b")
_LONG_UNIT_RE = re.compile(r"(?P<unit>hour|day|week|month|year|decade)-?long\b")
_LENGTH_ADJECTIVE_RE = re.compile(
    r"[\s-]+(?:more|further|consecutive|straight|successive|full|whole|long|fiscal|financial"
    r"|calendar|academic|additional|extra)(?=[\s-])"
)
_ARTICLE_RE = re.compile(r"an?\b")


class _Number(NamedTuple):
    """A number as written: its value, the unit of its last written digit, and where it ends."""

    amount: Decimal
    step: Decimal
    end: int


class _Figure(NamedTuple):
    """A figure as written: the value it stands for and how wide a range, its unit if it names
    one, where it ends, and what its number was multiplied by ("£2m" by a million)."""

    amount: Decimal
    step: Decimal
    unit: Unit | None
    end: int
    scale: Decimal = Decimal(1)


class _Length(NamedTuple):
    """A length as written: how many of its unit (``unit`` days each), to within ``step``."""

    amount: Decimal
    step: Decimal
    unit: Decimal
    end: int


class _LeadIn(NamedTuple):
    """Where the words before a figure end, the qualifier among them, and whether they count
    one ("the past year")."""

    end: int
    qualifier: _Qualifier | None
    counted: bool


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def _read_lead_in(written: str, pos: int, fillers: re.Pattern[str]) -> _LeadIn:
    """Read a qualifier ("about", "more than") among words that leave the figure as it is
    ("only", "a total of", "over the past"). Where both could be read, the longer wins: "just
    over" is a qualifier, "over the past" not."""
    qualifier: _Qualifier | None = None
    counted = False
    while True:
        filler = fillers.match(written, pos)
        qualified = _QUALIFIER_RE.match(written, pos) if qualifier is None else None
        if qualified and (filler is None or qualified.end() > filler.end()):
            phrase = _WORD_SEPARATOR_RE.sub(" ", qualified.group("qualifier"))
            qualifier, pos = _QUALIFIERS[phrase], qualified.end()
        elif filler:
            counted, pos = counted or filler.lastgroup == "counted", filler.end()
        else:
            return _LeadIn(pos, qualifier, counted)


def _read_postfix_qualifier(
    written: str, pos: int, qualifier: _Qualifier | None
) -> tuple[_Qualifier | None, int]:
    """Read "or more", "or fewer", "or so" after a figure that has no qualifier yet."""
    match = _POSTFIX_QUALIFIER_RE.match(written, pos)
    if match is None or qualifier is not None:
        return qualifier, pos
    return _POSTFIX_QUALIFIERS[match.group("word")], match.end()


def _read_position(written: str, text: str) -> int | None:
    """A place in a ranking ("ninth", "joint 15th", "number 44"); None if the text is not one."""
    if numbered := _NUMBERED_RE.match(written):
        _check_rest(written, numbered.end(), text, "a figure", _QUANTITY_EXAMPLES)
        return int(numbered.group("number"))
    tied = _TIED_RE.match(written)
    start = tied.end() if tied else 0
    return _read_ordinal(written, start, text) if _ORDINAL_RE.match(written, start) else None


def _read_ordinal(written: str, pos: int, text: str) -> int:
    match = _ORDINAL_RE.match(written, pos)
    if match is None:
        raise _unreadable("an ordinal", text, _ORDINAL_EXAMPLES)
    if digits := match.group("digits"):
        ordinal = int(digits)
        if ordinal == 0 or match.group("suffix") != _ordinal_suffix(ordinal):
            raise _unreadable("an ordinal", text, _ORDINAL_EXAMPLES)
    else:
        tens, word = match.group("tens"), match.group("word")
        if tens and _ORDINAL_WORDS[word] > 9:
            raise _unreadable("an ordinal", text, _ORDINAL_EXAMPLES)
        ordinal = _TENS_WORDS[tens] + _ORDINAL_WORDS[word] if tens else _ORDINAL_WORDS[word]
    _check_rest(written, match.end(), text, "an ordinal", _ORDINAL_EXAMPLES)
    return ordinal


def _read_figure_range(written: str, pos: int, text: str) -> _Figure | None:
    """Read "between 70 and 120", "£75-£100", "2 to 3 million" at ``pos``: from the low end of
    the first figure to the high end of the second."""
    between = _BETWEEN_RE.match(written, pos)
    first = _read_figure(written, between.end() if between else pos, text)
    if first is None:
        return None
    separator = (_AND_RE if between else _TO_RE).match(written, first.end)
    second = _read_figure(written, separator.end(), text) if separator else None
    if second is None:
        return None
    first = _share_scale(first, second)
    if first.unit and second.unit and first.unit != second.unit:
        raise _two_units(text, first.unit, second.unit)
    if first.amount >= second.amount:
        return None
    low, high = first.amount - first.step / 2, second.amount + second.step / 2
    return _Figure((low + high) / 2, high - low, first.unit or second.unit, second.end)


def _share_scale(first: _Figure, second: _Figure) -> _Figure:
    """The first figure of a range scaled as the second ("£2-3m", "50-75p"), unless that would
    put the range backwards ("500,000 to 1m")."""
    if first.scale != 1 or second.scale == 1 or first.amount > second.amount / second.scale:
        return first
    return first._replace(
        amount=first.amount * second.scale, step=first.step * second.scale, scale=second.scale
    )


def _read_figure(written: str, pos: int, text: str) -> _Figure | None:
    """Read one figure at ``pos``: "£8.5m", "87.7%", "30p", "half a million", "one in five"."""
    symbol = _CURRENCY_PREFIX_RE.match(written, pos)
    if symbol is None and (proportion := _read_proportion(written, pos)):
        return proportion
    start = symbol.end() if symbol else pos
    number = (
        _read_part_of(written, start, _SCALE_OR_UNIT_RE)
        or _read_number(written, start)
        or _read_plural_scales(written, start)
    )
    if number is None:
        return None
    scale, end = _read_multiplier(written, number.end)
    suffix = _UNIT_SUFFIX_RE.match(written, end)
    suffix_unit, subunit = _SUFFIX_UNITS[suffix.lastgroup or ""] if suffix else (None, Decimal(1))
    prefix_unit = _CURRENCY_CODES[symbol.group("currency").replace(" ", "")] if symbol else None
    if prefix_unit and suffix_unit and prefix_unit != suffix_unit:
        raise _two_units(text, prefix_unit, suffix_unit)
    unit = prefix_unit or suffix_unit
    if unit == "percent" and scale != 1:
        raise InvalidQuantityError(
            f"{text!r} scales a percentage by a multiplier; write it as e.g. '87.7%'."
        )
    scale *= subunit
    end = suffix.end() if suffix else end
    return _Figure(number.amount * scale, number.step * scale, unit, end, scale)


def _read_multiplier(written: str, pos: int) -> tuple[Decimal, int]:
    """What "m", "bn", "million" or "hundred thousand" at ``pos`` multiply by, and their end."""
    multiplier = _MULTIPLIER_RE.match(written, pos)
    if multiplier is None:
        return Decimal(1), pos
    words = multiplier.group("abbreviation") or multiplier.group("words")
    scale = math.prod(
        (_MULTIPLIERS[word] for word in _WORD_SEPARATOR_RE.split(words)), start=Decimal(1)
    )
    return scale, multiplier.end()


def _read_proportion(written: str, pos: int) -> _Figure | None:
    """Read a share of a whole at ``pos`` as a percentage: "two thirds", "half the staff", "one
    in five", "12 of 17"; not "half a million" nor "a fifth title"."""
    if fraction := _read_fraction(written, pos):
        one_part = fraction.amount == fraction.step
        if _read_part_of(written, pos, _SCALE_OR_UNIT_RE) or (
            one_part and not _AFTER_ONE_PART_RE.match(written, fraction.end)
        ):
            return None
        return _percentage(fraction.amount, fraction.end)
    part = _read_number(written, pos)
    return _read_ratio(written, part) if part else None


def _read_ratio(written: str, part: _Number) -> _Figure | None:
    """Read the whole after a part ("one in five", "two wins in 15 games", "37 of the 178") as a
    percentage; not "three in 2015" (a year) nor "two in 10 days" (a rate)."""
    connector = _RATIO_RE.match(written, part.end)
    whole = _read_number(written, connector.end()) if connector else None
    if connector is None or whole is None or part.step != 1 or whole.step != 1:
        return None
    scale, end = _read_multiplier(written, whole.end)
    total = whole.amount * scale
    is_year = _YEAR_RE.fullmatch(written, connector.end(), whole.end)
    if is_year or _DURATION_UNIT_RE.match(written, end) or not 0 < part.amount <= total:
        return None
    return _percentage(part.amount / total, end)


def _percentage(share: Decimal, end: int) -> _Figure:
    """A share as a percentage, to the nearest point (two significant figures under 10%): "two
    thirds" is 67%, from 66.5% to 67.5%."""
    percent = share * 100
    step = min(Decimal(1), Decimal(1).scaleb(percent.adjusted() - 1))
    return _Figure(percent.quantize(step, ROUND_HALF_UP), step, "percent", end)


def _read_fraction(written: str, pos: int) -> _Number | None:
    """Read a part of one at ``pos``: "half", "a third", "two-thirds", "three quarters"."""
    match = _FRACTION_RE.match(written, pos)
    if match is None:
        return None
    numerator_word, denominator_word = match.group("numerator", "denominator")
    numerator = _UNIT_WORDS.get(numerator_word, 1)
    denominator = _DENOMINATORS[denominator_word]
    if numerator >= denominator or (numerator_word is None and denominator != 2):
        return None
    return _Number(Decimal(numerator) / denominator, Decimal(1) / denominator, match.end())


def _read_part_of(written: str, pos: int, follows: re.Pattern[str]) -> _Number | None:
    """Read a fraction of what ``follows`` at ``pos``, ending where that begins: "half a
    million", "a quarter of an hour", "a half-million". Only a half joins it directly: "a third
    term" is no fraction."""
    fraction = _read_fraction(written, pos)
    if fraction is None:
        return None
    of_a = _OF_A_RE.match(written, fraction.end)
    if of_a is None and fraction.step != Decimal("0.5"):
        return None
    end = of_a.end() if of_a else fraction.end
    return fraction._replace(end=end) if follows.match(written, end) else None


def _read_plural_scales(written: str, pos: int) -> _Number | None:
    """Read "thousands", "tens of millions" at ``pos``: at least two of the scale and fewer than
    ten (more would be written with the next scale up)."""
    match = _PLURAL_SCALE_RE.match(written, pos)
    if match is None:
        return None
    scale = _PLURAL_SCALES[match.group("scale")] * _PLURAL_SCALES.get(match.group("of"), 1)
    return _between(Decimal(2 * scale), Decimal(10 * scale), match.end())


def _read_number(written: str, pos: int) -> _Number | None:
    """Read digits, number words or a rough number ("a few", "several") at ``pos``; a whole number
    may carry a fraction ("two and a half", "7 1/2")."""
    if rough := _ROUGH_NUMBER_RE.match(written, pos):
        low, high = _ROUGH_NUMBERS[rough.lastgroup or ""]
        return _between(Decimal(low), Decimal(high), rough.end())
    if digits := _DIGITS_RE.match(written, pos):
        _, _, decimals = digits.group().partition(".")
        amount = Decimal(digits.group().replace(",", ""))
        whole = _Number(amount, Decimal(1).scaleb(-len(decimals)), digits.end())
    elif words := _read_number_words(written, pos):
        whole = _Number(Decimal(words[0]), Decimal(1), words[1])
    else:
        return None
    return _with_fraction(written, whole) if whole.step == 1 else whole


def _rounding(figure: _Figure) -> Decimal:
    """How wide a figure written to the unit stands for: news copy writes 57,230 students as
    "57,000" and £195,000 as "£200,000", so a whole number ending in three zeros or more is read
    to its second significant figure (or its last non-zero digit, where that is finer). Ends of
    a range, and figures written to a decimal or a multiplier ("£8.50m", "£900k"), are as
    written."""
    if figure.step != 1 or figure.amount != figure.amount.to_integral_value():
        return figure.step
    digits = str(int(figure.amount))
    zeros = len(digits) - len(digits.rstrip("0"))
    return Decimal(10) ** min(zeros, len(digits) - 2) if zeros >= 3 else figure.step


def _with_fraction(written: str, whole: _Number) -> _Number:
    """A whole number with any part of one after it: "two and a half", "7 1/2"."""
    part = None
    if joined := _AND_RE.match(written, whole.end):
        part = _read_fraction(written, joined.end())
    elif digits := _DIGIT_FRACTION_RE.match(written, whole.end):
        numerator, denominator = int(digits.group("numerator")), int(digits.group("denominator"))
        if 0 < numerator < denominator:
            part = _Number(Decimal(numerator) / denominator, Decimal(1) / denominator, digits.end())
    if part is None:
        return whole
    return _Number(whole.amount + part.amount, part.step, part.end)


def _between(low: Decimal, high: Decimal, end: int) -> _Number:
    return _Number((low + high) / 2, high - low, end)


def _read_number_words(written: str, pos: int) -> tuple[int, int] | None:
    """Read "twelve", "twenty-one", "a hundred", "two hundred and fifty" at ``pos``."""
    total = current = 0
    previous: Literal["start", "units", "tens", "scale", "and"] = "start"
    end = None
    while word := _WORD_RE.match(written, pos):
        token = word.group()
        if token in ("a", "an") and previous == "start":
            # "a" is a number only before a scale: "a dozen", "a hundred", "a million".
            following = _WORD_RE.match(written, _skip_separator(written, word.end()))
            if following is None or following.group() not in (*_SCALE_WORDS, "million", "billion"):
                return None
            current, previous = 1, "units"
        elif token in _TENS_WORDS and previous in ("start", "scale", "and"):
            current, previous = current + _TENS_WORDS[token], "tens"
        elif token in _UNIT_WORDS and (
            previous in ("start", "scale", "and")
            or (previous == "tens" and _UNIT_WORDS[token] < 10)
        ):
            current, previous = current + _UNIT_WORDS[token], "units"
        elif token == "thousand" and previous in ("units", "tens", "scale"):
            total, current, previous = total + current * 1000, 0, "scale"
        elif token in _SCALE_WORDS and previous in ("units", "tens"):
            current, previous = current * _SCALE_WORDS[token], "scale"
        elif token == "and" and previous == "scale":
            previous = "and"
            pos = _skip_separator(written, word.end())
            continue
        else:
            break
        end = word.end()
        pos = _skip_separator(written, end)
    return None if end is None else (total + current, end)


def _skip_separator(written: str, pos: int) -> int:
    separator = _WORD_SEPARATOR_RE.match(written, pos)
    return separator.end() if separator else pos


def _read_length_range(written: str, pos: int) -> _Length | None:
    """Read "six to eight weeks", "between seven and 12 months", "30-40 minutes", "six months to
    a year" at ``pos``: from the low end of the first length to the high end of the second."""
    between = _BETWEEN_RE.match(written, pos)
    first = _read_number(written, between.end() if between else pos)
    if first is None:
        return None
    first_unit = _DURATION_UNIT_RE.match(written, first.end)
    after_first = first_unit.end() if first_unit else first.end
    separator = (_AND_RE if between else _TO_RE).match(written, after_first)
    second = _read_length(written, separator.end(), counted=False) if separator else None
    if second is None:
        return None
    unit = _days_per(first_unit) if first_unit else second.unit
    if first.amount * unit >= second.amount * second.unit:
        return None
    low = (first.amount - first.step / 2) * unit
    high = (second.amount + second.step / 2) * second.unit
    return _Length((low + high) / 2, high - low, Decimal(1), second.end)


def _read_length(written: str, pos: int, counted: bool) -> _Length | None:
    """Read a length at ``pos``: "six months", "a year", "half an hour", "two more years", "a year
    and a half", "monthlong"; "year" alone where the lead-in counts one ("the past year")."""
    if long := _LONG_UNIT_RE.match(written, pos):
        return _Length(Decimal(1), Decimal(1), _DAYS_PER_UNIT[long.group("unit")], long.end())
    number = _read_how_many(written, pos)
    implied = number is None and counted
    if implied:
        number = _Number(Decimal(1), Decimal(1), pos)
    if number is None:
        return None
    unit = _DURATION_UNIT_RE.match(written, _skip_adjectives(written, number.end))
    if unit is None or (implied and unit.group("unit") in _PLURAL_UNITS.values()):
        return None  # "the coming months" are more than one
    amount, step, end = number.amount, number.step, unit.end()
    joined = _AND_RE.match(written, end) if step == 1 else None
    if joined and (part := _read_fraction(written, joined.end())):
        amount, step, end = amount + part.amount, part.step, part.end
    return _Length(amount, step, _days_per(unit), end)


def _read_how_many(written: str, pos: int) -> _Number | None:
    """Read how many of a unit at ``pos``: "six", "half a", "a"; "a 10" as 10, for the article
    of "a 10-year deal" is the deal's."""
    number = _read_part_of(written, pos, _DURATION_UNIT_RE) or _read_number(written, pos)
    if number is None and (article := _ARTICLE_RE.match(written, pos)):
        described = _read_number(written, _skip_separator(written, article.end()))
        number = described or _Number(Decimal(1), Decimal(1), article.end())
    return number


def _read_units_alone(written: str, pos: int) -> _Length | None:
    """Read "years", "decades" at ``pos`` as two of them (the fewest the plural allows)."""
    units = _PLURAL_UNIT_RE.match(written, pos)
    if units is None:
        return None
    return _Length(Decimal(2), Decimal(0), _days_per(units), units.end())


def _skip_adjectives(written: str, pos: int) -> int:
    """Skip words between a number and its unit: "two more years", "five consecutive months"."""
    while adjective := _LENGTH_ADJECTIVE_RE.match(written, pos):
        pos = adjective.end()
    return pos


def _days_per(unit: re.Match[str]) -> Decimal:
    return _DAYS_PER_UNIT[_UNITS_OF_WORDS[unit.group("unit")]]


def _range(central: Decimal, step: Decimal, qualifier: _Qualifier | None) -> tuple[float, float]:
    """The range a written value stands for: half a step either side, widened by its qualifier."""
    if qualifier == "above":
        return float(central), math.inf
    if qualifier == "below":
        return 0.0, float(central)
    if qualifier == "nearly":
        return float(central * Decimal("0.9")), float(central)
    if qualifier == "just above":
        return float(central), float(central * Decimal("1.1"))
    low, high = central - step / 2, central + step / 2
    if qualifier == "about":  # a tenth either way, or the rounding if that is wider
        low, high = min(low, central * Decimal("0.9")), max(high, central * Decimal("1.1"))
    return float(low), float(high)


def _ordinal_suffix(ordinal: int) -> str:
    if ordinal % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(ordinal % 10, "th")


_FIGURE_WORDS = {
    *_UNIT_WORDS,
    *_TENS_WORDS,
    *_ORDINAL_WORDS,
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
}


def _check_rest(written: str, pos: int, text: str, kind: str, examples: str) -> None:
    """Allow trailing words ("1.2m children") but refuse trailing figures ("250 and 300") and
    qualifiers ("about 250 or more")."""
    rest = written[pos:]
    if not rest:
        return
    has_figure = any(character.isdigit() for character in rest) or any(
        word in _FIGURE_WORDS for word in _WORD_RE.findall(rest)
    )
    if rest[0].isalnum() or has_figure or _POSTFIX_QUALIFIER_RE.match(rest):
        raise _unreadable(kind, text, examples)


def _unreadable(kind: str, text: str, examples: str) -> InvalidQuantityError:
    if not text.strip():
        return InvalidQuantityError(
            f"Expected {kind} but got an empty text; write e.g. {examples}."
        )
    return InvalidQuantityError(f"Cannot read {text!r} as {kind}; write e.g. {examples}.")


def _two_units(text: str, first: Unit, second: Unit) -> InvalidQuantityError:
    return InvalidQuantityError(
        f"{text!r} names two units ({first} and {second}); keep one, e.g. '£8.5m'."
    )


# --- writing --------------------------------------------------------------------------------

_CURRENCY_SYMBOLS = {"GBP": "£", "USD": "$", "EUR": "€"}


def _is_rounding(value: float, width: float) -> bool:
    """Whether ``value`` +- ``width``/2 is what rounding to a written digit gives ("£8.5m")."""
    steps = value / width
    is_power_of_ten = math.isclose(width, 10 ** round(math.log10(width)), rel_tol=1e-9)
    return is_power_of_ten and math.isclose(steps, round(steps), abs_tol=1e-6)


def _format_figure(value: float, unit: Unit, resolution: float = 0.0) -> str:
    """Write ``value`` to the precision of ``resolution`` (0: as exactly as it reads well)."""
    scale, multiplier = 1.0, ""
    if unit != "percent":
        if abs(value) >= 1e12:
            scale, multiplier = 1e12, "tn"
        elif abs(value) >= 1e9:
            scale, multiplier = 1e9, "bn"
        elif abs(value) >= 1e6:
            scale, multiplier = 1e6, "m"
    scaled = value / scale
    if resolution > 0:
        decimals = max(0, round(-math.log10(resolution / scale)))
        number = f"{scaled:,.{decimals}f}"
    else:
        number = f"{scaled:,.6f}".rstrip("0").rstrip(".")
    if unit == "percent":
        return f"{number}%"
    if unit == "position":  # newsroom style: words up to ninth, then "15th"
        position = round(value)
        return ordinal_word(position) if position < 10 else f"{position}{_ordinal_suffix(position)}"
    return f"{_CURRENCY_SYMBOLS.get(unit, '')}{number}{multiplier}"


_LABEL_UNITS = ("year", "month", "week", "day", "hour")


def _format_days(*days: float, reference: float | None = None) -> str:
    """Write lengths of ``days`` ("6 months", "5.5 to 6.5 months") in the unit that suits them.

    The unit is the largest of which there are at least two in ``reference`` (by default the
    first length), so that 18 months stays "18 months" rather than "1.5 years"; or a smaller one
    where that would write two lengths alike ("47.5 to 48.5 hours", not "2 to 2 days").
    """
    reference = days[0] if reference is None else reference
    units = [unit for unit in _LABEL_UNITS if reference >= 2 * float(_DAYS_PER_UNIT[unit])]
    for name in (*units, "minute"):
        amounts = [_format_amount(length, name) for length in days]
        if len(set(amounts)) == len(amounts):
            break
    plural = "" if amounts == ["1"] else "s"
    return f"{' to '.join(amounts)} {name}{plural}"


def _format_amount(days: float, unit: str) -> str:
    return f"{days / float(_DAYS_PER_UNIT[unit]):.1f}".removesuffix(".0")
