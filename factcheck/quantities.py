"""Figures, counts, ordinals and durations as news copy writes them, read as ranges.

A written figure stands for every value that would be written the same way: "£8.5m" is anything
from £8.45m to £8.55m, "some 250" anything within a tenth of 250. Reading figures as ranges lets the
checker compare a draft with the record within the draft's own rounding.

The grammar is deliberately small: an optional qualifier ("about", "more than", "nearly"), an
optional currency, a number in digits or words, an optional multiplier ("m", "bn", "million") and
an optional unit ("%", "pc", "per cent", "pounds"). Trailing words are ignored ("1.2m children",
"32 years of experience"), trailing figures are not ("250 to 300" is refused rather than misread).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Annotated, Literal

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
        them is an exact value.
        """
        if self.unit != other.unit:
            return False
        low, high = max(self.low, other.low), min(self.high, other.high)
        is_exact = self.low == self.high or other.low == other.high
        return low < high or (low == high and is_exact)

    def label(self) -> str:
        """The figure as a sub-editor would write it: "£8.5m", "87.7%", "more than 250"."""
        if math.isinf(self.high):
            return f"more than {_format_figure(self.low, self.unit)}"
        if self.low == 0 < self.high:
            return f"under {_format_figure(self.high, self.unit)}"
        width = self.high - self.low
        if width == 0 or _is_rounding(self.value, width):
            return _format_figure(self.value, self.unit, resolution=width)
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
    """Read a written figure: "£8.5m", "87.7pc", "1,089", "some 250", "more than 250", or a
    position in a ranking: "ninth", "15th"."""
    written = _normalise(text)
    if _ORDINAL_RE.match(written):
        position = parse_ordinal(text)
        return Quantity(low=position, high=position, unit="position", text=text)
    pos, qualifier = _read_qualifier(written, 0)
    symbol = _CURRENCY_PREFIX_RE.match(written, pos)
    prefix_unit: Unit | None = None
    if symbol:
        prefix_unit = _CURRENCY_CODES[symbol.group("currency")]
        pos = symbol.end()
    number = _read_number(written, pos)
    if number is None:
        raise _unreadable("a figure", text, _QUANTITY_EXAMPLES)
    amount, step, pos = number
    multiplier = Decimal(1)
    if scaled := _MULTIPLIER_RE.match(written, pos):
        multiplier = _MULTIPLIERS[scaled.group("abbreviation") or scaled.group("word")]
        pos = scaled.end()
    suffix_unit: Unit | None = None
    if suffix := _UNIT_SUFFIX_RE.match(written, pos):
        suffix_unit = _unit_of_suffix(suffix)
        pos = suffix.end()
    _check_rest(written, pos, text, "a figure", _QUANTITY_EXAMPLES)

    if prefix_unit and suffix_unit and prefix_unit != suffix_unit:
        raise InvalidQuantityError(
            f"{text!r} names two units ({prefix_unit} and {suffix_unit}); keep one, e.g. '£8.5m'."
        )
    unit: Unit = prefix_unit or suffix_unit or "count"
    if unit == "percent" and multiplier != 1:
        raise InvalidQuantityError(
            f"{text!r} scales a percentage by a multiplier; write it as e.g. '87.7%'."
        )
    low, high = _range(amount * multiplier, step * multiplier, qualifier)
    return Quantity(low=low, high=high, unit=unit, text=text)


def parse_count(text: str) -> int:
    """Read a whole count: "5", "five", "a dozen", "once", "twice", "three times"."""
    written = _normalise(text)
    if adverb := _COUNT_ADVERB_RE.match(written):
        count, pos = _COUNT_ADVERBS[adverb.group()], adverb.end()
    else:
        number = _read_number(written, 0)
        if number is None or number[1] != 1:
            raise _unreadable("a count", text, _COUNT_EXAMPLES)
        amount, _, pos = number
        count = int(amount)
        if times := _TIMES_RE.match(written, pos):
            pos = times.end()
    _check_rest(written, pos, text, "a count", _COUNT_EXAMPLES)
    return count


def parse_ordinal(text: str) -> int:
    """Read an ordinal: "6th", "sixth", "twenty-first", "the sixth person"."""
    written = _normalise(text)
    match = _ORDINAL_RE.match(written)
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
    """Read a length of time: "six months", "almost a year", "over the past 10 years"."""
    written = _normalise(text)
    lead_in = _DURATION_LEAD_IN_RE.match(written)
    pos = lead_in.end() if lead_in else 0
    pos, qualifier = _read_qualifier(written, pos)
    number = _read_number(written, pos)
    if number is None and (article := _ARTICLE_RE.match(written, pos)):
        number = (Decimal(1), Decimal(1), article.end())
    if number is None and lead_in:  # "the past year"
        number = (Decimal(1), Decimal(1), pos)
    unit = _DURATION_UNIT_RE.match(written, number[2]) if number else None
    if number is None or unit is None:
        raise _unreadable("a duration", text, _DURATION_EXAMPLES)
    _check_rest(written, unit.end(), text, "a duration", _DURATION_EXAMPLES)
    amount, step, _ = number
    days = _DAYS_PER_UNIT[unit.group("unit")]
    low, high = _range(amount * days, step * days, qualifier)
    return DurationRange(min_days=low, max_days=high, text=text)


# --- reading --------------------------------------------------------------------------------

_QUALIFIERS: dict[str, _Qualifier] = {
    "more than": "above",
    "over": "above",
    "above": "above",
    "at least": "above",
    "fewer than": "below",
    "less than": "below",
    "under": "below",
    "below": "below",
    "up to": "below",
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
    "about": "about",
    "around": "about",
    "some": "about",
    "roughly": "about",
    "approximately": "about",
    "an estimated": "about",
}
_QUALIFIER_RE = re.compile(
    "(?P<qualifier>" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+"
)

_CURRENCY_CODES: dict[str, Unit] = {
    "£": "GBP",
    "gbp": "GBP",
    "$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
}
_CURRENCY_PREFIX_RE = re.compile(r"(?P<currency>[£$€]|(?:gbp|usd|eur)\b)\s*")

_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")

_MULTIPLIERS = {
    "k": Decimal(10) ** 3,
    "thousand": Decimal(10) ** 3,
    "m": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
    "bn": Decimal(10) ** 9,
    "billion": Decimal(10) ** 9,
}
_MULTIPLIER_RE = re.compile(r"\s*(?:(?P<abbreviation>bn|m|k)|(?P<word>thousand|million|billion))\b")

_UNIT_SUFFIX_RE = re.compile(
    r"\s*(?:(?P<percent>%|pc\b|per\s?cent\b)"
    r"|(?P<GBP>pounds?\b|sterling\b|gbp\b)"
    r"|(?P<USD>dollars?\b|usd\b)"
    r"|(?P<EUR>euros?\b|eur\b))"
)

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

_DAYS_PER_UNIT = {
    "day": Decimal(1),
    "week": Decimal(7),
    "month": Decimal("30.44"),
    "year": Decimal("365.25"),
    "decade": Decimal("3652.5"),
}
_DURATION_LEAD_IN_RE = re.compile(r"(?:(?:over|in|for|during)\s+)?the\s+(?:past|last)\s+|for\s+")
_DURATION_UNIT_RE = re.compile(r"[\s-]*(?P<unit>day|week|month|year|decade)s?\b")
_ARTICLE_RE = re.compile(r"an?\b")


def _normalise(text: str) -> str:
    return " ".join(text.casefold().split())


def _read_qualifier(written: str, pos: int) -> tuple[int, _Qualifier | None]:
    match = _QUALIFIER_RE.match(written, pos)
    if match is None:
        return pos, None
    return match.end(), _QUALIFIERS[match.group("qualifier")]


def _read_number(written: str, pos: int) -> tuple[Decimal, Decimal, int] | None:
    """Read digits or number words at ``pos``: (amount, unit of the last written digit, end)."""
    if digits := _DIGITS_RE.match(written, pos):
        _, _, decimals = digits.group().partition(".")
        amount = Decimal(digits.group().replace(",", ""))
        return amount, Decimal(1).scaleb(-len(decimals)), digits.end()
    words = _read_number_words(written, pos)
    if words is None:
        return None
    amount_in_words, end = words
    return Decimal(amount_in_words), Decimal(1), end


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


def _unit_of_suffix(suffix: re.Match[str]) -> Unit:
    if suffix.group("percent"):
        return "percent"
    if suffix.group("GBP"):
        return "GBP"
    return "USD" if suffix.group("USD") else "EUR"


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


def _check_rest(written: str, pos: int, text: str, kind: str, examples: str) -> None:
    """Allow trailing words ("1.2m children") but refuse trailing figures ("250 to 300")."""
    rest = written[pos:]
    if not rest:
        return
    has_figure = any(character.isdigit() for character in rest) or any(
        word in _UNIT_WORDS or word in _TENS_WORDS or word in _ORDINAL_WORDS
        for word in _WORD_RE.findall(rest)
    )
    if rest[0].isalnum() or has_figure:
        raise _unreadable(kind, text, examples)


def _unreadable(kind: str, text: str, examples: str) -> InvalidQuantityError:
    if not text.strip():
        return InvalidQuantityError(
            f"Expected {kind} but got an empty text; write e.g. {examples}."
        )
    return InvalidQuantityError(f"Cannot read {text!r} as {kind}; write e.g. {examples}.")


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
        if abs(value) >= 1e9:
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


def _format_days(*days: float, reference: float | None = None) -> str:
    """Write lengths of ``days`` ("6 months", "5.5 to 6.5 months") in the unit that suits them.

    The unit is the largest of which there are at least two in ``reference`` (by default the
    first length), so that 18 months stays "18 months" rather than "1.5 years".
    """
    reference = days[0] if reference is None else reference
    name, per_unit = "day", 1.0
    for candidate in ("year", "month", "week"):
        if reference >= 2 * float(_DAYS_PER_UNIT[candidate]):
            name, per_unit = candidate, float(_DAYS_PER_UNIT[candidate])
            break
    amounts = [f"{length / per_unit:.1f}".removesuffix(".0") for length in days]
    plural = "" if amounts == ["1"] else "s"
    return f"{' to '.join(amounts)} {name}{plural}"
