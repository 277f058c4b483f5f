"""Fuzzy times: the span of calendar dates that a time expression can mean.

"2013" is any day of 2013, "September 2015" any day of that month, "late October 2017" any day from
21 to 31 October 2017. Two times agree when their spans overlap and contradict when they are
disjoint. Relative expressions ("last November", "at the end of this month") are read against a
reference date: the publication date of the text they come from.
"""

from __future__ import annotations

import calendar
import contextlib
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, model_validator

from factcheck.errors import InvalidTimeError
from factcheck.quantities import number_words, parse_duration

Precision = Literal[
    "day",
    "part_of_month",
    "month",
    "quarter",
    "season",
    "part_of_year",
    "financial_year",
    "year",
    "range",
]
Tense = Literal["past", "future"]

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_THIRDS = {"early": 0, "mid": 1, "late": 2}
_EXAMPLES = "write it like 'September 2015', '2016/17' or 'last November'"


class FuzzyTime(BaseModel):
    """The span of calendar dates a time can mean, from ``earliest`` to ``latest`` inclusive."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    earliest: date
    latest: date
    precision: Precision = "range"
    text: str | None = None

    @model_validator(mode="after")
    def _earliest_first(self) -> Self:
        if self.earliest > self.latest:
            raise ValueError(
                f"earliest ({self.earliest}) is after latest ({self.latest}); "
                "give the earlier date first"
            )
        return self

    @classmethod
    def day(cls, day: date) -> Self:
        """A single calendar day."""
        return cls(earliest=day, latest=day, precision="day")

    @classmethod
    def month(cls, year: int, month: int) -> Self:
        """A whole calendar month."""
        first = _calendar_date(year, month, 1)
        return cls(earliest=first, latest=_month_end(first), precision="month")

    @classmethod
    def year(cls, year: int) -> Self:
        """A whole calendar year."""
        return cls(
            earliest=_calendar_date(year, 1, 1),
            latest=_calendar_date(year, 12, 31),
            precision="year",
        )

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Self:
        """A calendar quarter: Q1 is January to March."""
        if not 1 <= quarter <= 4:
            raise InvalidTimeError(f"there is no Q{quarter}; quarters run from Q1 to Q4")
        first = _calendar_date(year, 3 * quarter - 2, 1)
        return cls(earliest=first, latest=_month_end(_shift_months(first, 2)), precision="quarter")

    @classmethod
    def financial_year(cls, start_year: int) -> Self:
        """The UK financial year from 1 April ``start_year`` to 31 March of the next year."""
        return cls(
            earliest=_calendar_date(start_year, 4, 1),
            latest=_calendar_date(start_year + 1, 3, 31),
            precision="financial_year",
        )

    @classmethod
    def between(cls, earliest: date, latest: date) -> Self:
        """Any day from ``earliest`` to ``latest`` inclusive."""
        return cls(earliest=earliest, latest=latest, precision="range")

    def overlaps(self, other: FuzzyTime) -> bool:
        """Whether the two times can mean the same day (they agree)."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    def disjoint(self, other: FuzzyTime) -> bool:
        """Whether the two times cannot mean the same day (they contradict)."""
        return not self.overlaps(other)

    def contains(self, day: date) -> bool:
        """Whether ``day`` is one of the days this time can mean."""
        return self.earliest <= day <= self.latest

    def intersection(self, other: FuzzyTime) -> FuzzyTime | None:
        """The days both times can mean, or None when they are disjoint.

        When one time lies inside the other, that narrower one is returned, wording included.
        """
        if self.disjoint(other):
            return None
        earliest, latest = max(self.earliest, other.earliest), min(self.latest, other.latest)
        for time in (self, other):
            if (time.earliest, time.latest) == (earliest, latest):
                return time
        return FuzzyTime.between(earliest, latest)

    def certainly_before(self, other: FuzzyTime) -> bool:
        """Whether every day of this time comes before every day of ``other``."""
        return self.latest < other.earliest

    def sort_key(self) -> tuple[date, date]:
        """Order by earliest day, then by latest day."""
        return (self.earliest, self.latest)

    def label(self) -> str:
        """Human wording: "10 November 2016", "late October 2017", "2016/17", "Q3 2017"...

        Falls back to "between 1 June 2013 and 31 August 2013" when the span is not of the shape its
        precision names.
        """
        if self.earliest == date.min:
            return f"by {_day_wording(self.latest)}"
        return _precise_wording(self) or (
            f"between {_day_wording(self.earliest)} and {_day_wording(self.latest)}"
        )

    def __str__(self) -> str:
        return self.label()


def parse_time(
    text: str, reference: date | None = None, *, tense: Tense | None = None
) -> FuzzyTime:
    """Read a time expression as the span of days it can mean.

    ``reference`` is the date the text was published; relative expressions ("last November",
    "three years ago") need it. ``tense`` settles a month or day written without a year ("in
    February"): "past" takes the most recent one not after the reference, "future" the next one
    not before it, and None the one in the reference's own year.
    """
    if bracketed := _BRACKETED.fullmatch(text.strip()):  # "on Monday (23 January)"
        with contextlib.suppress(InvalidTimeError):
            return parse_time(bracketed["inner"], reference, tense=tense).model_copy(
                update={"text": text.strip()}
            )
        text = bracketed["outer"]
    phrase = _normalise(text)
    if tense is None and phrase.startswith("since "):
        tense = "past"  # "since December": the December before the text
    context = _Context(text=text.strip(), reference=reference, tense=tense)
    if not phrase:
        raise InvalidTimeError(f"the time expression is empty; {_EXAMPLES}")
    if " or " in phrase:  # "late this year or early next year": either, so the span of both
        either = [parse_time(part, reference, tense=tense) for part in phrase.split(" or ")]
        hull = FuzzyTime.between(min(t.earliest for t in either), max(t.latest for t in either))
        return hull.model_copy(update={"text": context.text})
    try:
        time = _read(phrase, context)
    except OverflowError as error:
        raise context.outside_calendar() from error
    return time.model_copy(update={"text": context.text})


_BRACKETED = re.compile(r"(?P<outer>.*?)\s*\((?P<inner>[^()]+)\)")


def parse_window_start(text: str, reference: date) -> FuzzyTime:
    """Where a counting window begins: a time ("since 2013"), or a length back from the
    reference ("in six years", "in little more than six years": that long before it)."""
    try:
        return parse_time(text, reference)
    except InvalidTimeError:
        pass
    window = length_before(text, FuzzyTime.day(reference))
    if window is None:
        raise InvalidTimeError(
            f"cannot read '{text.strip()}' as the start of a window; give a time like '2013' "
            "or a length like 'six years'"
        )
    return window.model_copy(update={"text": text.strip()})


def length_before(text: str, anchor: FuzzyTime) -> FuzzyTime | None:
    """The time a length written in ``text`` ("six years", "in 14 months") before ``anchor``;
    None when the text is not a length."""
    phrase = _normalise(text)
    if fillers := _FILLERS.match(phrase):
        phrase = phrase[fillers.end() :]
    try:
        length = parse_duration(phrase)
    except ValueError:
        return None
    latest = anchor.latest - timedelta(days=math.floor(length.min_days))
    if math.isinf(length.max_days) or length.max_days >= (anchor.earliest - date.min).days:
        return FuzzyTime.between(date.min, max(latest, date.min))
    earliest = anchor.earliest - timedelta(days=math.ceil(length.max_days))
    return FuzzyTime.between(earliest, max(latest, earliest))


def parse_date(text: str) -> date:
    """Read one exact calendar date: "2016-11-10", "10 November 2016", "November 10, 2016"."""
    time = parse_time(text)
    if time.precision != "day":
        raise InvalidTimeError(
            f"'{text.strip()}' is not a single day; give the full date, "
            "like '10 November 2016' or '2016-11-10'"
        )
    return time.earliest


def duration_between(start: FuzzyTime, end: FuzzyTime) -> tuple[timedelta, timedelta]:
    """The shortest and longest time that can elapse from a day of ``start`` to a day of ``end``."""
    if end.latest < start.earliest:
        raise InvalidTimeError(
            f"{end.label()} ends before {start.label()} begins; give the earlier time as the start"
        )
    shortest = max(timedelta(0), end.earliest - start.latest)
    return shortest, end.latest - start.earliest


# Calendar arithmetic.


def _calendar_date(year: int, month: int, day: int) -> date:
    if not 1 <= month <= 12:
        raise InvalidTimeError(f"there is no month {month}; months run from 1 to 12")
    if not date.min.year <= year <= date.max.year:
        raise InvalidTimeError(f"the year {year} is outside the calendar (years 1 to 9999)")
    length = calendar.monthrange(year, month)[1]
    if not 1 <= day <= length:
        name = _MONTH_NAMES[month - 1]
        raise InvalidTimeError(
            f"{day} {name} {year} does not exist: {name} {year} has {length} days"
        )
    return date(year, month, day)


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _shift_months(day: date, months: int) -> date:
    """The same day of the month ``months`` later, or the month's last day if it is shorter."""
    year, month_offset = divmod(_month_index(day) + months, 12)
    length = calendar.monthrange(year, month_offset + 1)[1]
    return _calendar_date(year, month_offset + 1, min(day.day, length))


def _go_back(day: date, count: int, unit: str) -> date:
    if unit == "day":
        return day - timedelta(days=count)
    if unit == "week":
        return day - timedelta(weeks=count)
    return _shift_months(day, -count * {"month": 1, "year": 12, "decade": 120}[unit])


def _season(year: int, season: str) -> FuzzyTime:
    first = _calendar_date(year, _SEASON_STARTS[season], 1)
    last = _month_end(_shift_months(first, 2))
    return FuzzyTime(earliest=first, latest=last, precision="season")


def _calendar_period(unit: str, day: date, offset: int) -> FuzzyTime:
    """The week (Monday to Sunday), month or year ``offset`` periods on from the one of ``day``."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
        return FuzzyTime.between(monday, monday + timedelta(days=6))
    if unit == "month":
        first = _shift_months(day.replace(day=1), offset)
        return FuzzyTime.month(first.year, first.month)
    return FuzzyTime.year(day.year + offset)


def _part_of(base: FuzzyTime, part: str, context: _Context) -> FuzzyTime:
    """The early, mid or late part of a month (days 1-10, 11-20, 21-end) or of a span of months."""
    first, last = base.earliest, base.latest
    months = _month_index(last) - _month_index(first) + 1
    if first.day == 1 and last == _month_end(last):
        if months == 1:
            start_day, end_day = _MONTH_PARTS[part]
            return FuzzyTime(
                earliest=first.replace(day=start_day),
                latest=first.replace(day=min(end_day, last.day)),
                precision="part_of_month",
            )
        if months % 3 == 0:
            size = months // 3
            start = _shift_months(first, _THIRDS[part] * size)
            precision: Precision = (
                "part_of_year" if base.precision == "year" else "month" if size == 1 else "range"
            )
            end = _month_end(_shift_months(start, size - 1))
            return FuzzyTime(earliest=start, latest=end, precision=precision)
    raise InvalidTimeError(
        f"cannot read '{context.text}': only a month, a year, a season, a quarter or a financial "
        f"year has an early, mid or late part, and {base.label()} is none of them"
    )


# Wording.


def _day_wording(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _two_year_wording(start_year: int) -> str:
    return f"{start_year}/{(start_year + 1) % 100:02d}"


def _precise_wording(time: FuzzyTime) -> str | None:
    first, last = time.earliest, time.latest
    whole_months = first.day == 1 and last == _month_end(last)
    months = _month_index(last) - _month_index(first) + 1
    month_name = _MONTH_NAMES[first.month - 1]
    match time.precision:
        case "day" if first == last:
            return _day_wording(first)
        case "month" if whole_months and months == 1:
            return f"{month_name} {first.year}"
        case "part_of_month" if months == 1:
            for part, (start_day, end_day) in _MONTH_PARTS.items():
                if (first.day, last.day) == (start_day, min(end_day, _month_end(last).day)):
                    joiner = "-" if part == "mid" else " "
                    return f"{part}{joiner}{month_name} {first.year}"
        case "quarter" if whole_months and months == 3 and first.month % 3 == 1:
            return f"Q{(first.month + 2) // 3} {first.year}"
        case "season" if whole_months and months == 3 and first.month % 3 == 0:
            season = _SEASON_NAMES[first.month]
            if season == "winter":
                return f"winter {_two_year_wording(first.year)}"
            return f"{season} {first.year}"
        case "part_of_year" if whole_months and months == 4 and first.month in (1, 5, 9):
            return {1: "early ", 5: "mid-", 9: "late "}[first.month] + str(first.year)
        case "financial_year" if whole_months and months == 12 and first.month == 4:
            return _two_year_wording(first.year)
        case "year" if whole_months and months == 12 and first.month == 1:
            return str(first.year)
    return None


# Reading.


@dataclass(frozen=True)
class _Context:
    text: str
    reference: date | None
    tense: Tense | None

    def today(self) -> date:
        """The reference date, which a relative expression cannot be read without."""
        if self.reference is None:
            raise InvalidTimeError(
                f"'{self.text}' is relative to when it was written: a reference date is needed "
                "(pass the publication date of its text as reference)"
            )
        return self.reference

    def unreadable(self) -> InvalidTimeError:
        return InvalidTimeError(f"cannot read the time expression '{self.text}'; {_EXAMPLES}")

    def outside_calendar(self) -> InvalidTimeError:
        return InvalidTimeError(f"'{self.text}' falls outside the calendar (years 1 to 9999)")


_Reader = Callable[[re.Match[str], _Context], FuzzyTime]
_READERS: list[tuple[re.Pattern[str], _Reader]] = []


def _reads(pattern: str) -> Callable[[_Reader], _Reader]:
    """Register a reader for phrases that fully match ``pattern``; readers are tried in order."""

    def register(reader: _Reader) -> _Reader:
        _READERS.append((re.compile(pattern, re.ASCII), reader))
        return reader

    return register


def _normalise(text: str) -> str:
    phrase = " ".join(text.lower().replace(",", " ").split())
    phrase = re.sub("[\u2010-\u2015\u2212]", "-", phrase)
    phrase = re.sub(r" ?/ ?", "/", phrase)
    return phrase.strip(" .;:!?\"'()[]\u2018\u2019\u201c\u201d")


_FILLERS = re.compile(
    r"(?:(?:in|on|at|since|from|by|during|around|about|approximately|circa|until|till|"
    r"towards?|over|within|as of|the) )+"
)


def _read(phrase: str, context: _Context) -> FuzzyTime:
    if fillers := _FILLERS.match(phrase):
        phrase = phrase[fillers.end() :]
    for pattern, reader in _READERS:
        if match := pattern.fullmatch(phrase):
            return reader(match, context)
    raise context.unreadable()


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTHS = {name.lower(): number for number, name in enumerate(_MONTH_NAMES, 1)} | {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = {name.lower(): number for number, name in enumerate(_WEEKDAY_NAMES)} | {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_NUMBER_WORDS = number_words(1, 20)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

_MONTH = rf"(?P<month>{_alternation(_MONTHS)})\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY = rf"(?:(?P<weekday>{_alternation(_WEEKDAYS)})\.? )?"
_WHICH = r"(?:(?P<which>this|last|next) )?"
_SEASON = rf"(?P<season>{_alternation(_SEASON_STARTS)})"
_NUMBER = rf"(?P<number>\d{{1,4}}|{_alternation(_NUMBER_WORDS)})"
_COUNT = rf"(?P<number>\d{{1,4}}|{_alternation(_NUMBER_WORDS)}|an|a)"
_PERIOD = r"(?P<unit>week|month|year)"
_SPAN_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_AGO_UNIT = r"(?P<unit>day|week|month|year)s?"


def _count(match: re.Match[str]) -> int:
    written = match["number"]
    if written is None or written in ("a", "an"):
        return 1
    return _NUMBER_WORDS.get(written) or int(written)


@_reads(rf"(?P<direction>earlier|later) this {_PERIOD}")
def _rest_of_period(match: re.Match[str], context: _Context) -> FuzzyTime:
    today = context.today()
    period = _calendar_period(match["unit"], today, 0)
    if match["direction"] == "earlier":
        return FuzzyTime.between(period.earliest, today)
    return FuzzyTime.between(today, period.latest)


@_reads(rf"(?:less than|under|fewer than) {_COUNT} {_SPAN_UNIT} ago")
@_reads(rf"past(?: {_NUMBER})? {_SPAN_UNIT}")
@_reads(rf"last {_NUMBER} {_SPAN_UNIT}")
def _recent_span(match: re.Match[str], context: _Context) -> FuzzyTime:
    today = context.today()
    return FuzzyTime.between(_go_back(today, _count(match), match["unit"]), today)


@_reads(rf"{_COUNT} {_AGO_UNIT} ago")
def _ago(match: re.Match[str], context: _Context) -> FuzzyTime:
    """Read loosely: the calendar month or year that many back, or within half a unit of it."""
    unit = match["unit"]
    centre = _go_back(context.today(), _count(match), unit)
    if unit == "day":
        return FuzzyTime.day(centre)
    if unit == "week":
        return FuzzyTime.between(centre - timedelta(days=3), centre + timedelta(days=3))
    if unit == "month":
        whole = FuzzyTime.month(centre.year, centre.month)
        window = (centre - timedelta(days=15), centre + timedelta(days=15))
    else:
        whole = FuzzyTime.year(centre.year)
        window = (_shift_months(centre, -6), _shift_months(centre, 6))
    return FuzzyTime.between(min(window[0], whole.earliest), max(window[1], whole.latest))


@_reads(r"between (?P<first>.+) and (?P<last>.+)")
@_reads(r"(?P<first>.+?) (?:to|until|till) (?P<last>.+)")
def _range(match: re.Match[str], context: _Context) -> FuzzyTime:
    first, last = _read(match["first"], context), _read(match["last"], context)
    if last.latest < first.earliest:
        raise InvalidTimeError(
            f"'{context.text}' ends before it begins: {last.label()} comes before {first.label()}"
        )
    return FuzzyTime.between(first.earliest, last.latest)


@_reads(r"(?P<part>early|mid|late|(?:beginning|start|middle|end)(?: of)?)[- ](?P<rest>.+)")
def _qualified(match: re.Match[str], context: _Context) -> FuzzyTime:
    word = match["part"].removesuffix(" of")
    part = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(word, word)
    return _part_of(_read(match["rest"], context), part, context)


@_reads(r"today|yesterday|tomorrow")
def _nearby_day(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match[0]]
    return FuzzyTime.day(context.today() + timedelta(days=offset))


# "the end of the month" and "by the end of the year" mean the current ones.
@_reads(rf"{_WHICH}{_PERIOD}")
def _relative_period(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"last": -1, "next": 1}.get(match["which"], 0)
    return _calendar_period(match["unit"], context.today(), offset)


@_reads(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
def _iso_day(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.day(_calendar_date(int(match["year"]), int(match["month"]), int(match["day"])))


# "2016-17" is a financial year and "2016-11" a month; "2011-12" reads as the financial year.
@_reads(
    r"(?P<named>(?:financial|fiscal) year |fy ?)?(?P<start>\d{4})(?P<separator>[/-])"
    r"(?P<end>\d{2}|\d{4})(?P<named_after> (?:financial|fiscal) year)?"
)
def _financial_year_or_month(match: re.Match[str], context: _Context) -> FuzzyTime:
    start, end = int(match["start"]), match["end"]
    if _is_next_year(start, end):
        return FuzzyTime.financial_year(start)
    named = match["named"] or match["named_after"]
    could_be_month = match["separator"] == "-" and len(end) == 2 and not named
    if could_be_month and 1 <= int(end) <= 12:
        return FuzzyTime.month(start, int(end))
    problem = f"'{context.text}' is not a financial year: its second year must follow the first"
    if len(end) == 4:
        raise InvalidTimeError(
            f"{problem}, as in {_two_year_wording(start)}; "
            f"for a span of years write '{start} to {end}'"
        )
    months_hint = " (nor a month: months run from 01 to 12)" if could_be_month else ""
    raise InvalidTimeError(f"{problem}, as in {_two_year_wording(start)}{months_hint}")


def _is_next_year(year: int, written: str) -> bool:
    return int(written) == (year + 1 if len(written) == 4 else (year + 1) % 100)


@_reads(rf"q(?P<quarter>\d) {_YEAR}")
@_reads(rf"(?P<quarter>{_alternation(_ORDINALS)}) quarter(?: of)? {_YEAR}")
def _quarter(match: re.Match[str], context: _Context) -> FuzzyTime:
    written = match["quarter"]
    quarter = _ORDINALS[written] if written in _ORDINALS else int(written)
    return FuzzyTime.quarter(int(match["year"]), quarter)


@_reads(rf"{_WEEKDAY}{_DAY}(?: of)? {_MONTH}(?: {_YEAR})?")
@_reads(rf"{_WEEKDAY}{_MONTH} {_DAY}(?: {_YEAR})?")
def _day_of_month(match: re.Match[str], context: _Context) -> FuzzyTime:
    month, day = _MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        time = FuzzyTime.day(_calendar_date(int(match["year"]), month, day))
    else:
        if not 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000 is leap: 29 February passes
            raise InvalidTimeError(f"there is no {day} {_MONTH_NAMES[month - 1]} in any year")
        time = _recurring(
            lambda year: FuzzyTime.day(_calendar_date(year, month, day)), None, context
        )
    if match["weekday"]:
        named, actual = _WEEKDAYS[match["weekday"]], time.earliest.weekday()
        if named != actual:
            raise InvalidTimeError(
                f"{time.label()} falls on a {_WEEKDAY_NAMES[actual]}, not a "
                f"{_WEEKDAY_NAMES[named]}; check the day or the date"
            )
    return time


@_reads(rf"{_MONTH}(?: of)? {_YEAR}")
def _month_of_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.month(int(match["year"]), _MONTHS[match["month"]])


@_reads(rf"{_MONTH}(?: of)? (?P<which>last|this|next) year")
def _month_of_relative_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"last": -1, "next": 1}.get(match["which"], 0)
    return FuzzyTime.month(context.today().year + offset, _MONTHS[match["month"]])


@_reads(r"christmas(?: (?P<year>\d{4}))?")
def _christmas(match: re.Match[str], context: _Context) -> FuzzyTime:
    """The Christmas period, 20 to 31 December: of the year given, else the nearest one."""

    def of(year: int) -> FuzzyTime:
        return FuzzyTime.between(_calendar_date(year, 12, 20), _calendar_date(year, 12, 31))

    return of(int(match["year"])) if match["year"] else _recurring(of, None, context)


@_reads(r"(?P<part>last night|this morning|this afternoon|this evening|tonight)")
def _part_of_today(match: re.Match[str], context: _Context) -> FuzzyTime:
    today = context.today()
    if match["part"] == "last night":
        return FuzzyTime.between(today - timedelta(days=1), today)
    return FuzzyTime.day(today)


@_reads(
    rf"(?:(?P<which>last|this|next) )?(?P<weekday>{_alternation(_WEEKDAYS)})\.?"
    r"(?: (?:morning|afternoon|evening|night))?"
)
def _weekday(match: re.Match[str], context: _Context) -> FuzzyTime:
    """A weekday within a week of the text: "last Friday" the one before it, "next Friday" the
    one after; a bare "Friday" the past one in past tense, the coming one in future tense, and
    either when the tense is not known."""
    today, named = context.today(), _WEEKDAYS[match["weekday"]]
    back = (today.weekday() - named) % 7
    past = today - timedelta(days=back or (7 if match["which"] == "last" else 0))
    ahead = (named - today.weekday()) % 7
    coming = today + timedelta(days=ahead or (7 if match["which"] == "next" else 0))
    if match["which"] == "last" or (match["which"] is None and context.tense == "past"):
        return FuzzyTime.day(past)
    if match["which"] == "next" or (match["which"] is None and context.tense == "future"):
        return FuzzyTime.day(coming)
    return FuzzyTime.between(past, coming)


@_reads(rf"{_WHICH}{_MONTH}")
def _month_without_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    month = _MONTHS[match["month"]]
    return _recurring(lambda year: FuzzyTime.month(year, month), match["which"], context)


@_reads(rf"{_SEASON}(?: of)? {_YEAR}(?:[/-](?P<end>\d{{2}}|\d{{4}}))?")
def _season_of_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    season, year, end = match["season"], int(match["year"]), match["end"]
    if end and season != "winter":
        raise InvalidTimeError(
            f"'{context.text}': only winter spans two years; write it like '{season} {year}'"
        )
    if end and not _is_next_year(year, end):
        raise InvalidTimeError(
            f"'{context.text}': a winter's second year must follow the first, "
            f"as in 'winter {_two_year_wording(year)}'"
        )
    return _season(year, season)


@_reads(rf"{_WHICH}{_SEASON}")
def _season_without_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    season = match["season"]
    return _recurring(lambda year: _season(year, season), match["which"], context)


@_reads(_YEAR)
def _year(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.year(int(match["year"]))


@_reads(r"(?P<decade>\d{3}0)s")
def _decade(match: re.Match[str], context: _Context) -> FuzzyTime:
    first = int(match["decade"])
    return FuzzyTime.between(_calendar_date(first, 1, 1), _calendar_date(first + 9, 12, 31))


def _recurring(
    instance: Callable[[int], FuzzyTime], which: str | None, context: _Context
) -> FuzzyTime:
    """Pick the instance of a yearly time (a month, a season, a day) that the wording means.

    "last" is the latest one over before the reference's month starts and "next" the first one
    to begin after that month ends; otherwise the tense decides, and without a tense it is the one
    in progress at the reference, else the one of the reference's year if it is over, else the
    nearer of the coming one and the last ("December" in a February text is the December just
    gone, "June" the coming one, "February" in an August text the one of that year).
    """
    today = context.today()
    candidates: list[FuzzyTime] = []
    for year in range(today.year - 8, today.year + 9):  # wide enough to find a 29 February
        with contextlib.suppress(InvalidTimeError):
            candidates.append(instance(year))
    this_month = FuzzyTime.month(today.year, today.month)
    if which == "last":
        return _latest([t for t in candidates if t.latest < this_month.earliest], context)
    if which == "next":
        return _earliest([t for t in candidates if t.earliest > this_month.latest], context)
    if which is None and context.tense == "past":
        return _latest([t for t in candidates if t.earliest <= today], context)
    if which is None and context.tense == "future":
        return _earliest([t for t in candidates if t.latest >= today], context)
    in_progress = [t for t in candidates if t.contains(today)]
    if in_progress:
        return in_progress[0]
    this_year = instance(today.year)
    if this_year.latest < today:
        return this_year
    last_year = _latest([t for t in candidates if t.latest < today], context)
    return min((this_year, last_year), key=lambda t: abs((t.earliest - today) + (t.latest - today)))


def _latest(times: list[FuzzyTime], context: _Context) -> FuzzyTime:
    if not times:
        raise context.outside_calendar()
    return times[-1]


def _earliest(times: list[FuzzyTime], context: _Context) -> FuzzyTime:
    if not times:
        raise context.outside_calendar()
    return times[0]
