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
from functools import partial
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
# A meteorological season starts on the first of its month, an astronomical one at an equinox or a
# solstice. Both are in use (American usage leans astronomical), so a season is read as any day of
# either: from the first of its first month to the day before the next solstice or equinox. By the
# month it starts in: the (month, day) its astronomical span starts and ends.
_ASTRONOMICAL = {
    3: ((3, 21), (6, 20)),
    6: ((6, 21), (9, 22)),
    9: ((9, 23), (12, 21)),
    12: ((12, 22), (3, 20)),
}
_MONTH_PARTS = {
    "early": (1, 10),
    "start": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "end": (21, 31),
}
_PART_WORDS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "beginning": "start",
    "start": "start",
    "middle": "mid",
    "end": "end",
}
# Whose financial year a text means is seldom said: the UK government's (and India's and Japan's)
# starts in April, US states', Australia's and schools' in July, the US government's and many US
# cities' in October, and retailers' (whose years end late in January) in February.
_FISCAL_YEAR_STARTS = (2, 4, 7, 10)
_US_FEDERAL_FISCAL_START = 10
_EXAMPLES = "write it like 'September 2015', '2016/17' or 'last November'"
_LONGEST = 200
"""Characters in the longest time expression read; longer text is no time (and a possessive
repeated a thousand times would nest the reading that deep)."""


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

    def middle(self) -> date:
        """The day halfway between the earliest and the latest."""
        return self.earliest + (self.latest - self.earliest) / 2

    def sort_key(self) -> tuple[date, date]:
        """Order by earliest day, then by latest day."""
        return (self.earliest, self.latest)

    def readings(self) -> list[FuzzyTime]:
        """The periods this time can be where it is read as either of two ("last year": 2017 or
        the financial year 2017/18); else itself alone."""
        year = self.earliest.year
        if (
            self.precision == "financial_year"
            and self.sort_key() == _year_or_its_financial_year(year).sort_key()
        ):
            return [FuzzyTime.year(year), FuzzyTime.financial_year(year)]
        return [self]

    def label(self) -> str:
        """Human wording: "10 November 2016", "late October 2017", "2016/17", "Q3 2017"...

        Falls back to "between 1 June 2013 and 31 August 2013" when the span is not of the shape its
        precision names.
        """
        if self.earliest == date.min:
            return f"by {_day_wording(self.latest)}"
        if self.latest == date.max:
            return f"from {_day_wording(self.earliest)} onwards"
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
    if len(phrase) > _LONGEST:
        raise InvalidTimeError(
            f"'{text.strip()[:40]}...' is too long for a time expression; {_EXAMPLES}"
        )
    if tense is None and phrase.startswith("since "):
        tense = "past"  # "since December": the December before the text
    context = _Context(text=text.strip(), reference=reference, tense=tense)
    if not phrase:
        raise InvalidTimeError(f"the time expression is empty; {_EXAMPLES}")
    if bound := _BOUND.fullmatch(phrase):
        limit = parse_time(bound["time"] or bound["time_first"], reference, tense=tense)
        return _bounded(limit, _bound_way(bound), reference, tense).model_copy(
            update={"text": context.text}
        )
    if offset := _OFFSET.fullmatch(phrase):
        with contextlib.suppress(InvalidTimeError, ValueError):
            return _offset_from(offset, reference, tense).model_copy(update={"text": context.text})
    if " or " in phrase:  # "late this year or early next year": either, so the span of both
        either = [parse_time(part, reference, tense=tense) for part in phrase.split(" or ")]
        hull = FuzzyTime.between(min(t.earliest for t in either), max(t.latest for t in either))
        return hull.model_copy(update={"text": context.text})
    try:
        time = _read(phrase, context)
    except OverflowError as error:
        raise context.outside_calendar() from error
    if _YEAR_WORDS.fullmatch(_without_fillers(phrase)):
        time = _year_or_its_financial_year(time.earliest.year)
    return time.model_copy(update={"text": context.text})


_YEAR_WORDS = re.compile(r"(?:this|last|next) year")


def _year_or_its_financial_year(year: int) -> FuzzyTime:
    """ "This year" and "last year" said of budgets, grants or results often mean the financial
    year that starts in it (UK public bodies' and many companies' run from April), and the text
    seldom says which: either, so the span of both."""
    either = _hull(FuzzyTime.year(year), FuzzyTime.financial_year(year))
    return either.model_copy(update={"precision": "financial_year"})


_BRACKETED = re.compile(r"(?P<outer>.*?)\s*\((?P<inner>[^()]+)\)")
_BOUND_WORDS = (
    r"(?P<before>(?:no|not) later than|not after)"
    r"|(?P<after>(?:no|not) earlier than|not before|not until)"
)
_BOUND = re.compile(
    rf"(?:{_BOUND_WORDS}) (?P<time>.+)|(?P<time_first>.+?) at the (?P<last>latest|earliest)"
)
_BOUND_BEFORE = re.compile(rf"\b(?:{_BOUND_WORDS})\s*$")
_OFFSET = re.compile(
    r"(?P<length>.+?) (?P<way>after|before|later than|earlier than) (?P<anchor>.+)"
)


def _bound_way(bound: re.Match[str]) -> Literal["before", "after"]:
    if bound["time"] is None:
        return "before" if bound["last"] == "latest" else "after"
    return "before" if bound["before"] else "after"


def _bounded(
    limit: FuzzyTime, way: Literal["before", "after"], reference: date | None, tense: Tense | None
) -> FuzzyTime:
    """A time known only on one side: "no later than October 1" is any day up to it, from
    when it was written if it is still to come; "not before 2027" any day from it on."""
    if way == "after":
        return FuzzyTime.between(limit.earliest, date.max)
    earliest = reference if tense == "future" and reference is not None else date.min
    return FuzzyTime.between(min(earliest, limit.latest), limit.latest)


def words_writing(written: str, quote: str, sentences: Iterable[str]) -> str:
    """The words a time is read in: its quote, or where the quote does not write it (a reading
    takes a time from the sentence before or after), the first of the sentences that does. A
    time a reading counts from another ("a month before June", of "became chief executive in
    June, having joined a month earlier") is read where that other time is written."""
    sentences = list(sentences)
    for time in (written.strip().casefold(), _counted_from(written)):
        if not time:
            continue
        if time in quote.casefold():
            return quote
        found = next((sentence for sentence in sentences if time in sentence.casefold()), None)
        if found is not None:
            return found
    return quote


def _counted_from(written: str) -> str:
    """The time a time is counted from ("June", of "a month before June"), if it is."""
    before, way, after = written.strip().casefold().rpartition(" before ")
    if not way:
        before, way, after = written.strip().casefold().rpartition(" after ")
    return after if way and before else ""


def parse_time_in(written: str, words: str, reference: date | None) -> FuzzyTime:
    """Read a time as its sentence uses it: in the tense the words give it, and as a bound
    where they put one before it ("will take over no later than October 1", with only
    "October 1" written down)."""
    tense = tense_in(words, written)
    time = parse_time(written, reference, tense=tense)
    said = words.casefold()
    at = said.find(written.strip().casefold())
    if at < 0 or (bound := _BOUND_BEFORE.search(said[:at])) is None:
        return time
    way: Literal["before", "after"] = "before" if bound["before"] else "after"
    return _bounded(time, way, reference, tense).model_copy(update={"text": time.text})


def _offset_from(offset: re.Match[str], reference: date | None, tense: Tense | None) -> FuzzyTime:
    """A length after or before another time: "two years after 2015", "three months before
    June 2019" (how a time relative to another event in the text is written down)."""
    anchor = parse_time(offset["anchor"], reference, tense=tense)
    return _shifted(anchor, offset["length"], offset["way"])


def _shifted(anchor: FuzzyTime, length_text: str, way: str) -> FuzzyTime:
    if way in ("before", "earlier than"):
        before = length_before(length_text, anchor)
        if before is None:
            raise InvalidTimeError(f"'{length_text}' is not a length of time")
        return before
    length = parse_duration(length_text)
    low = anchor.earliest + timedelta(days=math.floor(length.min_days))
    if math.isinf(length.max_days):
        return FuzzyTime.between(low, date.max)
    return FuzzyTime.between(low, anchor.latest + timedelta(days=math.ceil(length.max_days)))


class AnchoredTime(BaseModel):
    """A time written from a happening the text does not date: "two months after Mr Lewis
    arrived", "a year after leaving". The record dates the happening; :meth:`from_happening`
    then gives the time."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    length: str
    way: Literal["after", "before"]
    happening: str
    text: str

    def from_happening(self, happened: FuzzyTime) -> FuzzyTime:
        """The time this length after or before ``happened``."""
        return _shifted(happened, self.length, self.way).model_copy(update={"text": self.text})


def parse_anchored(text: str) -> AnchoredTime | None:
    """Read "<length> after|before <a happening>" whose happening is not a time; None for any
    other text."""
    offset = _OFFSET.fullmatch(_normalise(text))
    if offset is None:
        return None
    try:
        parse_duration(offset["length"])
    except ValueError:
        return None
    try:
        parse_time(offset["anchor"])
    except ValueError:
        way: Literal["after", "before"] = (
            "after" if offset["way"] in ("after", "later than") else "before"
        )
        return AnchoredTime(
            length=offset["length"], way=way, happening=offset["anchor"], text=text.strip()
        )
    return None


_STILL_TO_COME = re.compile(
    r"\b(?:will|shall|is to|are to|(?:is|are) (?:due|set|expected|going) to|plans? to"
    # News tells a scheduled step in the present ("when he retires in March", "who joins in
    # April"); a past one it tells in the past.
    r"|retires|joins|starts|leaves|arrives|begins|steps down|stands down|takes over|takes up"
    r"|hands over|succeeds"
    # and an arrangement told in the progressive ("is leaving in January", "is preparing to
    # step down in January").
    r"|(?:is|are)(?: also)? (?:preparing|about|poised|leaving|joining|retiring|stepping down"
    r"|standing down|moving))\b"
)
_CLAUSE_BREAK = re.compile(r"[;:!?\u2013\u2014]|[,.](?!\d)")
"""Punctuation between clauses; not the point or comma inside a number ("$2.8 million")."""


_TO_COME_THEN = re.compile(
    r"\b(?:would|(?:was|were|had been) (?:to|due|set|expected|going|about|poised)"
    r"|planned|scheduled|proposed|expected|intended|due|delayed|postponed|[a-z]{3,}ed to"
    # an arrangement told in the past progressive ("said he was stepping down on 1 December")
    r"|(?:was|were)(?: also)? (?:preparing|leaving|joining|retiring|stepping down"
    r"|standing down|moving))\b"
)
"""Words that tell a time as still to come when it was spoken of ("said he would leave in May",
"the vote was scheduled for April", "has decided to step down on July 15"): neither past nor
future of the text's date."""
PAST_VERBS = (
    *("was", "were", "had", "did", "came", "went", "got", "won", "left", "made", "paid"),
    *("gave", "took", "reached", "fell", "rose", "cost", "stood", "found", "kept", "lost"),
    *("sold", "bought", "spent", "led", "ran", "held", "grew", "began", "became", "brought"),
    *("sent", "built", "saw", "told", "said"),
)
"""Verbs of the past that do not end in -ed ("stood down on December 1")."""
_TOLD_AS_PAST = re.compile(rf"\b(?:{'|'.join(PAST_VERBS)}|[a-z]{{3,}}ed)\b")
"""A clause told in the past ("the regulator blocked the deal in April")."""


def tense_in(words: str, written: str) -> Tense | None:
    """ "future" where the words before a time, in its clause, say it is still to come ("will
    become chief executive from January 8"), and "past" where they tell what happened ("blocked
    the deal in April"), so that a day or month without a year is the coming one or the one gone;
    None otherwise, for :func:`parse_time` to choose."""
    said = words.casefold()
    at = said.find(written.strip().casefold())
    if at < 0 and (counted_from := _counted_from(written)):
        at = said.find(counted_from)
    if at < 0:
        return None
    # The nearest clause that tells a tense decides: "will take over from the chief executive,
    # Ian Moss, on 16 March" is told by the clause before the name set off by commas.
    for clause in reversed(_CLAUSE_BREAK.split(said[:at])):
        if _STILL_TO_COME.search(clause):
            return "future"
        if _TO_COME_THEN.search(clause):
            return None
        if _TOLD_AS_PAST.search(clause):
            return "past"
    return None


def counted_since(words: str, written: str) -> bool:
    """Whether a time is where something is counted from ("since June", "down 80% since the
    warning two months ago"): "since" before it, in its clause."""
    said, time = words.casefold(), written.strip().casefold()
    if time.startswith("since "):
        return True
    at = said.find(time)
    return at >= 0 and bool(re.search(r"\bsince\b", _CLAUSE_BREAK.split(said[:at])[-1]))


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


def window_end(text: str | None, reference: date) -> FuzzyTime | None:
    """Where a counting window ends when its words give the time it runs to ("eight months
    before June 2018": June 2018); None for a window running to the reference."""
    if text is None or (offset := _OFFSET.fullmatch(_normalise(text))) is None:
        return None
    if offset["way"] not in ("before", "earlier than"):
        return None
    try:
        parse_duration(offset["length"])
        return parse_time(offset["anchor"], reference)
    except ValueError:
        return None


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
    # A length reaching back past the calendar's first day starts on it.
    reach = (anchor.latest - date.min).days
    latest = anchor.latest - timedelta(days=min(math.floor(length.min_days), reach))
    if math.isinf(length.max_days) or length.max_days >= (anchor.earliest - date.min).days:
        return FuzzyTime.between(date.min, max(latest, date.min))
    earliest = anchor.earliest - timedelta(days=math.ceil(length.max_days))
    return FuzzyTime.between(earliest, max(latest, earliest))


def short_year_readings(text: str) -> list[FuzzyTime]:
    """The months a time written as a month and two digits, with no year, can also mean ("since
    September 16": September 2016, or 1916, besides the 16th of the month)."""
    written = _MONTH_AND_TWO_DIGITS.fullmatch(_without_fillers(_normalise(text)))
    if written is None:
        return []
    month, short = _MONTHS[written["month"]], int(written["digits"])
    return [FuzzyTime.month(century + short, month) for century in (1900, 2000)]


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


def _months_spanned(time: FuzzyTime) -> int:
    return _month_index(time.latest) - _month_index(time.earliest) + 1


def _whole_months(time: FuzzyTime) -> bool:
    return time.earliest.day == 1 and time.latest == _month_end(time.latest)


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


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _hull(*times: FuzzyTime) -> FuzzyTime:
    """The span from the first day of any of ``times`` to the last."""
    return FuzzyTime.between(min(t.earliest for t in times), max(t.latest for t in times))


def _season(year: int, season: str) -> FuzzyTime:
    start_month = _SEASON_STARTS[season]
    _, (end_month, end_day) = _ASTRONOMICAL[start_month]
    end_year = year + 1 if end_month < start_month else year
    return FuzzyTime(
        earliest=_calendar_date(year, start_month, 1),
        latest=_calendar_date(end_year, end_month, end_day),
        precision="season",
    )


def _fiscal_year(start_year: int, start_month: int) -> FuzzyTime:
    first = _calendar_date(start_year, start_month, 1)
    return FuzzyTime.between(first, _shift_months(first, 12) - timedelta(days=1))


def _any_fiscal_year(start_year: int, *, said_fiscal: bool = False) -> FuzzyTime:
    """A year named like 2016-17 whose owner is not said: any of the financial years starting in
    ``start_year``, or its school year (sports seasons fall within). A year written so without
    "fiscal" or "FY" is not one from October, the US government's: that is "fiscal 2017"."""
    starts = [m for m in _FISCAL_YEAR_STARTS if said_fiscal or m != _US_FEDERAL_FISCAL_START]
    years = [_fiscal_year(start_year, month) for month in starts]
    return _hull(*years, _school_year(start_year)).model_copy(
        update={"precision": "financial_year"}
    )


def _sports_season(start_year: int) -> FuzzyTime:
    """A season played over the winter, named like 2017-18: football's runs from August to May,
    basketball's and ice hockey's from October to June, American football's from September to
    the February final."""
    return FuzzyTime.between(
        _calendar_date(start_year, 8, 1), _calendar_date(start_year + 1, 6, 30)
    )


def _summer_sports_season(year: int) -> FuzzyTime:
    """A season named by one year: cricket's runs from April to September, baseball's from March
    to October, and American football's from September to the February final."""
    return FuzzyTime.between(_calendar_date(year, 3, 1), _month_end(_calendar_date(year + 1, 2, 1)))


def _school_year(start_year: int) -> FuzzyTime:
    """England's school year runs from September to July; Scotland's and American ones from August
    to June."""
    return FuzzyTime.between(
        _calendar_date(start_year, 8, 1), _calendar_date(start_year + 1, 7, 31)
    )


def _academic_year(start_year: int) -> FuzzyTime:
    """A year said to be a school or academic one: a school year, or England's as the law counts
    it, to the end of August, when a head who leaves "at the end of the academic year" may go."""
    return _school_year(start_year).model_copy(
        update={"latest": _calendar_date(start_year + 1, 8, 31)}
    )


def _calendar_period(unit: str, day: date, offset: int) -> FuzzyTime:
    """The week, month, quarter or year ``offset`` periods on from the one of ``day``.

    A British week runs from Monday to Sunday and an American one from Sunday to Saturday, so a
    week is read as either ("last week" written on a Sunday can be the week ending that day).
    """
    if unit == "week":
        monday = _monday(day) + timedelta(weeks=offset)
        sunday = day - timedelta(days=(day.weekday() + 1) % 7) + timedelta(weeks=offset)
        return FuzzyTime.between(min(monday, sunday), max(monday, sunday) + timedelta(days=6))
    if unit == "month":
        first = _shift_months(day.replace(day=1), offset)
        return FuzzyTime.month(first.year, first.month)
    if unit == "quarter":
        first = _shift_months(day.replace(month=day.month - (day.month - 1) % 3, day=1), 3 * offset)
        return FuzzyTime.quarter(first.year, (first.month + 2) // 3)
    return FuzzyTime.year(day.year + offset)


def _part_of(base: FuzzyTime, part: str, context: _Context) -> FuzzyTime:
    """The early, mid or late part, or the start, middle or end, of a day, a season or a span of
    whole months.

    A month's parts are its days 1-10, 11-20 and 21 to the end; a longer span's are its thirds,
    except that a start or an end is at most two months: "late 2016" is September to December,
    "the end of 2016" November and December. Some part of a day is that day.
    """
    if base.precision == "day":
        return base
    if base.precision == "season":
        return _part_of_season(base, part)
    if _whole_months(base):
        return _part_of_months(base, part)
    raise InvalidTimeError(
        f"cannot read '{context.text}': only a day, a week, a month, a season, a year or a span "
        f"of whole months has an early, mid or late part, and {base.label()} is none of them"
    )


def _part_of_months(base: FuzzyTime, part: str) -> FuzzyTime:
    first, last = base.earliest, base.latest
    months = _months_spanned(base)
    if months == 1:
        start_day, end_day = _MONTH_PARTS[part]
        return FuzzyTime(
            earliest=first.replace(day=start_day),
            latest=first.replace(day=min(end_day, last.day)),
            precision="part_of_month",
        )
    size = max(1, round(months / 3))
    if part in ("start", "end"):
        size = min(size, 2)
    offset = {"early": 0, "start": 0, "mid": (months - size) // 2}.get(part, months - size)
    start = _shift_months(first, offset)
    precision: Precision = (
        "part_of_year" if base.precision == "year" else "month" if size == 1 else "range"
    )
    end = _month_end(_shift_months(start, size - 1))
    return FuzzyTime(earliest=start, latest=end, precision=precision)


def _part_of_season(season: FuzzyTime, part: str) -> FuzzyTime:
    """The part of a season's months or of its astronomical span, as either can be meant: late
    spring is May, or 21 May to 20 June."""
    first = season.earliest
    (start_month, start_day), _ = _ASTRONOMICAL[first.month]
    months = FuzzyTime.between(first, _month_end(_shift_months(first, 2)))
    astronomical = FuzzyTime.between(
        _calendar_date(first.year, start_month, start_day), season.latest
    )
    return _hull(_part_of_months(months, part), _part_of_days(astronomical, part))


def _part_of_days(span: FuzzyTime, part: str) -> FuzzyTime:
    days = (span.latest - span.earliest).days + 1
    size = max(1, round(days / 3))
    offset = {"early": 0, "start": 0, "mid": (days - size) // 2}.get(part, days - size)
    start = span.earliest + timedelta(days=offset)
    return FuzzyTime.between(start, start + timedelta(days=size - 1))


def _gone_by(part: FuzzyTime, word: str, context: _Context) -> FuzzyTime:
    """The start of a period under way is the part of it gone by (the rest is "later this
    month"), unless the text looks ahead."""
    today = context.reference
    if word != "start" or today is None or context.tense == "future" or not part.contains(today):
        return part
    return FuzzyTime.between(part.earliest, today)


# Wording.


def _day_wording(day: date) -> str:
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _two_year_wording(start_year: int, separator: str = "/") -> str:
    return f"{start_year}{separator}{(start_year + 1) % 100:02d}"


def _precise_wording(time: FuzzyTime) -> str | None:
    first, last = time.earliest, time.latest
    whole_months = _whole_months(time)
    months = _months_spanned(time)
    month_name = _MONTH_NAMES[first.month - 1]
    match time.precision:
        case "day" if first == last:
            return _day_wording(first)
        case "month" if whole_months and months == 1:
            return f"{month_name} {first.year}"
        case "part_of_month" if months == 1:
            for part in ("early", "mid", "late"):
                start_day, end_day = _MONTH_PARTS[part]
                if (first.day, last.day) == (start_day, min(end_day, _month_end(last).day)):
                    joiner = "-" if part == "mid" else " "
                    return f"{part}{joiner}{month_name} {first.year}"
        case "quarter" if whole_months and months == 3 and first.month % 3 == 1:
            return f"Q{(first.month + 2) // 3} {first.year}"
        case "season" if first.day == 1 and first.month in _ASTRONOMICAL:
            return _season_wording(time)
        case "part_of_year" if whole_months and (months, first.month) in _PARTS_OF_YEAR:
            return _PARTS_OF_YEAR[months, first.month] + str(first.year)
        case "financial_year" if whole_months and months == 12 and first.month == 4:
            return _two_year_wording(first.year)
        case "financial_year" if len(time.readings()) == 2:
            return f"{first.year} or {_two_year_wording(first.year)}"
        case "financial_year" if time.sort_key() == _any_fiscal_year(first.year).sort_key():
            return _two_year_wording(first.year, "-")
        case "financial_year" if (
            time.sort_key() == _any_fiscal_year(first.year, said_fiscal=True).sort_key()
        ):
            return f"fiscal year {_two_year_wording(first.year, '-')}"
        case "year" if whole_months and months == 12 and first.month == 1:
            return str(first.year)
    return None


_PARTS_OF_YEAR = {
    (4, 1): "early ",
    (4, 5): "mid-",
    (4, 9): "late ",
    (2, 1): "the start of ",
    (2, 11): "the end of ",
}


def _season_wording(time: FuzzyTime) -> str | None:
    first, last = time.earliest, time.latest
    _, (end_month, end_day) = _ASTRONOMICAL[first.month]
    end_year = first.year + 1 if end_month < first.month else first.year
    if (last.year, last.month, last.day) != (end_year, end_month, end_day):
        return None
    season = _SEASON_NAMES[first.month]
    if season == "winter":
        return f"winter {_two_year_wording(first.year)}"
    return f"{season} {first.year}"


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
    phrase = " ".join(text.lower().replace(",", " ").replace("\u2019", "'").split())
    phrase = re.sub("[\u2010-\u2015\u2212]", "-", phrase)
    phrase = re.sub(r" ?/ ?", "/", phrase)
    return phrase.strip(" .;:!?\"'()[]\u2018\u2019\u201c\u201d")


_FILLERS = re.compile(
    r"(?:(?:in|on|at|since|from|by|during|around|about|approximately|circa|until|till|"
    r"towards?|over|within|as of|back|full|whole(?: of)?|entire|the) )+"
)


def _without_fillers(phrase: str) -> str:
    fillers = _FILLERS.match(phrase)
    return phrase[fillers.end() :] if fillers else phrase


def _read(phrase: str, context: _Context) -> FuzzyTime:
    phrase = _without_fillers(phrase)
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
_MONTH_AND_TWO_DIGITS = re.compile(rf"(?P<month>{_alternation(_MONTHS)})\.? (?P<digits>\d\d)")
"""A month and two digits, which may be a day of it or a year ("September 16")."""
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
_WHICH_WORDS = {
    "this": "this",
    "current": "this",
    "present": "this",
    "last": "last",
    "previous": "last",
    "past": "last",
    "prior": "last",
    "next": "next",
    "coming": "next",
    "forthcoming": "next",
}

_MONTH = rf"(?P<month>{_alternation(_MONTHS)})\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_LAST_DAY = r"(?P<last_day>\d{1,2})(?:st|nd|rd|th)?"
_TIMES_OF_DAY = "morning|afternoon|evening|night|lunchtime"
_TIME_OF_DAY = rf"(?:{_TIMES_OF_DAY})"
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})? ?[ap]\.?m\.?|noon|midday|midnight)"
_WEEKDAY_WORD = rf"(?P<weekday>{_alternation(_WEEKDAYS)})\.?"
_WEEKDAY = rf"(?:{_WEEKDAY_WORD}(?: {_TIME_OF_DAY})? )?"
_WHICH = r"(?:(?P<which>this|last|next) )?"
_WHICH_WORD = rf"(?:(?P<which>{_alternation(_WHICH_WORDS)}) )?"
_SEASONS = _alternation(_SEASON_STARTS)
_SEASON = rf"(?P<season>{_SEASONS})"
_NUMBER = rf"(?P<number>\d{{1,4}}|{_alternation(_NUMBER_WORDS)})"
_COUNT = rf"(?P<number>\d{{1,4}}|{_alternation(_NUMBER_WORDS)}|an|a)"
_PERIOD = r"(?P<unit>week|month|year)"
_SPAN_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_PART = r"(?P<part>early|mid|late|(?:beginning|start|middle|end)(?: of)?)"


def _count(match: re.Match[str]) -> int:
    written = match["number"]
    if written is None or written in ("a", "an"):
        return 1
    return _NUMBER_WORDS.get(written) or int(written)


def _part_word(written: str) -> str:
    return _PART_WORDS[written.removesuffix(" of")]


def _which(match: re.Match[str]) -> str | None:
    return _WHICH_WORDS.get(match.groupdict().get("which") or "")


@_reads(rf"(?P<direction>earlier|later) (?:this|in the) (?P<unit>week|month|year|{_SEASONS})")
@_reads(rf"(?P<direction>so far) (?:this|in the) (?P<unit>week|month|year|{_SEASONS})")
@_reads(rf"this (?P<unit>week|month|year|{_SEASONS}) (?P<direction>so far)")
def _rest_of_period(match: re.Match[str], context: _Context) -> FuzzyTime:
    today, unit = context.today(), match["unit"]
    if unit in _SEASON_STARTS:
        period = _recurring(lambda year: _season(year, unit), None, context)
    else:
        period = _calendar_period(unit, today, 0)
    if match["direction"] == "later":
        return FuzzyTime.between(min(period.latest, max(today, period.earliest)), period.latest)
    return FuzzyTime.between(period.earliest, max(period.earliest, min(today, period.latest)))


@_reads(rf"(?:less than|under|fewer than) {_COUNT} {_SPAN_UNIT} ago")
@_reads(rf"past(?: {_NUMBER})? {_SPAN_UNIT}")
@_reads(rf"last {_NUMBER} {_SPAN_UNIT}")
def _recent_span(match: re.Match[str], context: _Context) -> FuzzyTime:
    today = context.today()
    return FuzzyTime.between(_go_back(today, _count(match), match["unit"]), today)


_VAGUE_COUNTS = {"a few": (2, 5), "a couple of": (2, 3), "several": (3, 7)}


@_reads(
    r"(?:(?P<qualifier>nearly|almost|just under|close to|more than|upwards of) )?"
    rf"(?:(?P<vague>{_alternation(_VAGUE_COUNTS)})|{_COUNT}) {_SPAN_UNIT} ago"
)
def _ago(match: re.Match[str], context: _Context) -> FuzzyTime:
    """Read loosely: "nearly N" is from nine tenths of N to N ("nearly 20 years ago": 18 to 20),
    "a few" two to five, "more than N" any time before."""
    unit, today = match["unit"], context.today()
    fewest, most = _VAGUE_COUNTS.get(match["vague"] or "", (_count(match), _count(match)))
    qualifier = match["qualifier"] or ""
    if qualifier in ("more than", "upwards of"):
        return FuzzyTime.between(date.min, _loosely_back(today, most, unit).latest)
    newest = _loosely_back(today, 0.9 * fewest if qualifier else fewest, unit)
    if (fewest, qualifier) == (most, ""):
        return newest
    return FuzzyTime.between(_loosely_back(today, most, unit).earliest, newest.latest)


_DAYS_COUNTED_EXACTLY = 7
"""Up to a week, "N days ago" is the very day."""


def _loosely_back(today: date, count: float, unit: str) -> FuzzyTime:
    """About ``count`` units before ``today``: the calendar month or year that far back, or
    within half a unit of it; a decade within two years."""
    if unit in ("day", "week"):
        centre = today - timedelta(days=round(count * (7 if unit == "week" else 1)))
        if unit == "day" and count <= _DAYS_COUNTED_EXACTLY:
            return FuzzyTime.day(centre)
        # Longer counts of days are counted inclusively or not, from the day of writing or of
        # publication, and rounded ("marking 100 days"): a day either way a month.
        slack = 3 if unit == "week" else min(3, 1 + int(count) // 30)
        return FuzzyTime.between(centre - timedelta(days=slack), centre + timedelta(days=slack))
    centre = _shift_months(today, -round(count * {"month": 1, "year": 12, "decade": 120}[unit]))
    if unit == "decade":
        return FuzzyTime.between(_shift_months(centre, -24), _shift_months(centre, 24))
    if unit == "month":
        whole = FuzzyTime.month(centre.year, centre.month)
        window = (centre - timedelta(days=15), centre + timedelta(days=15))
    else:
        whole = FuzzyTime.year(centre.year)
        window = (_shift_months(centre, -6), _shift_months(centre, 6))
    return FuzzyTime.between(min(window[0], whole.earliest), max(window[1], whole.latest))


_LENGTHS = {"quarter": 3, "half": 6, "half-year": 6, "year": 12}


@_reads(
    rf"(?:(?P<named>{_alternation(_LENGTHS)})|{_NUMBER} (?P<unit>month|week)s?) "
    r"(?:ending|ended|ends|to|through|until|up to) (?P<end>.+)"
)
def _length_ending(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "The quarter ending January", "the year to the end of March": that long, up to the end."""
    end = _read(match["end"], context)
    # A month as the end means its last day; a part of one, any day of it.
    last = end.latest if _whole_months(end) else end.earliest
    if match["unit"] == "week":
        first = last - timedelta(weeks=_count(match)) + timedelta(days=1)
    else:
        months = _LENGTHS[match["named"]] if match["named"] else _count(match)
        first = _shift_months(last + timedelta(days=1), -months)
    return FuzzyTime.between(first, end.latest)


@_reads(rf"(?:between )?{_MONTH} {_DAY} ?(?:-|to|and|through|until) ?{_LAST_DAY}(?: {_YEAR})?")
@_reads(rf"(?:between )?{_DAY} ?(?:-|to|and|until) ?{_LAST_DAY}(?: of)? {_MONTH}(?: {_YEAR})?")
def _days_of_month(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Aug. 17-18", "between 26 and 29 June": a month written once for both days."""
    month, first, last = _MONTHS[match["month"]], int(match["day"]), int(match["last_day"])
    _exists_in_some_year(first, month)
    _exists_in_some_year(last, month)
    if last < first:
        raise InvalidTimeError(
            f"'{context.text}' ends before it begins: give the earlier day first"
        )

    def of(year: int) -> FuzzyTime:
        return FuzzyTime.between(
            _calendar_date(year, month, first), _calendar_date(year, month, last)
        )

    return of(int(match["year"])) if match["year"] else _recurring(of, None, context)


def _exists_in_some_year(day: int, month: int) -> None:
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000 is leap: 29 February passes
        raise InvalidTimeError(f"there is no {day} {_MONTH_NAMES[month - 1]} in any year")


@_reads(r"(?P<first>early|mid|late)[- ]to[- ](?P<last>early|mid|late)[- ](?P<rest>.+)")
def _parts_span(match: re.Match[str], context: _Context) -> FuzzyTime:
    base = _read(match["rest"], context)
    return _hull(*(_part_of(base, match[end], context) for end in ("first", "last")))


@_reads(r"(?P<start>.+?) (?:onwards?|and beyond)")
def _onwards(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.between(_read(match["start"], context).earliest, date.max)


@_reads(r"between (?P<first>.+) and (?P<last>.+)")
@_reads(r"(?P<first>.+?) (?:to|until|till|through) (?P<last>.+)")
def _range(match: re.Match[str], context: _Context) -> FuzzyTime:
    first, last = _read_pair(match, context)
    if last.latest < first.earliest:
        raise InvalidTimeError(
            f"'{context.text}' ends before it begins: {last.label()} comes before {first.label()}"
        )
    return FuzzyTime.between(first.earliest, last.latest)


@_reads(r"(?P<first>.+?) and (?P<last>.+)")
def _both(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "June and July", "Sunday and Monday": the span of both."""
    return _hull(*_read_pair(match, context))


def _read_pair(match: re.Match[str], context: _Context) -> tuple[FuzzyTime, FuzzyTime]:
    """Both ends of a range; a year written once, at the end, is the first end's too ("June to
    August 2016")."""
    first, last = match["first"], match["last"]
    last_time = _read(last, context)
    if (year := re.search(r" (\d{4})$", last)) and not re.search(r"\d{4}", first):
        with contextlib.suppress(InvalidTimeError):
            return _read(f"{first} {year[1]}", context), last_time
    return _read(first, context), last_time


_WEEK_PARTS = {"early": (0, 2), "start": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (3, 6)}


@_reads(rf"{_PART}[- ](?P<which>the|this|last|next) week")
@_reads(r"(?P<part>mid)-?week")
def _part_of_week(match: re.Match[str], context: _Context) -> FuzzyTime:
    """Early in a week is Monday to Wednesday, midweek Tuesday to Thursday, and its end Thursday
    to Sunday."""
    first, last = _WEEK_PARTS[_part_word(match["part"])]
    return _weekly(
        lambda monday: FuzzyTime.between(
            monday + timedelta(days=first), monday + timedelta(days=last)
        ),
        _which(match),
        context,
    )


@_reads(rf"{_WHICH}week-?end")
def _weekend(match: re.Match[str], context: _Context) -> FuzzyTime:
    return _weekly(
        lambda monday: FuzzyTime.between(monday + timedelta(days=5), monday + timedelta(days=6)),
        match["which"],
        context,
    )


@_reads(
    r"(?:early|late|later|earlier)(?: on)? (?P<day>(?:(?:last|this|next) )?"
    rf"(?:{_alternation(_WEEKDAYS)}|today|yesterday|tomorrow|tonight|{_TIMES_OF_DAY})\b.*)"
)
def _part_of_day(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Late Tuesday", "earlier today": some time on that day."""
    return _read(match["day"], context)


@_reads(r"(?P<part>beginning|start|middle|end) of the (?P<unit>month|quarter|year)")
def _part_of_the_period(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "The end of the month": the current one's, unless the tense says otherwise; early in a
    month it may be the month just gone."""
    today, unit, part = context.today(), match["unit"], _part_word(match["part"])
    last, this, following = (
        _part_of(_calendar_period(unit, today, offset), part, context) for offset in (-1, 0, 1)
    )
    early_on = _part_of(_calendar_period(unit, today, 0), "start", context).contains(today)
    if context.tense == "past":
        chosen = this if this.earliest <= today else last
    elif context.tense == "future":
        chosen = this if this.latest >= today else following
    else:
        chosen = _hull(last, this) if part == "end" and early_on else this
    return _gone_by(chosen, part, context)


@_reads(r"(?P<part>beginning|start|middle|end) of the (?:season|campaign)")
def _part_of_the_season(match: re.Match[str], context: _Context) -> FuzzyTime:
    part = _part_word(match["part"])
    return _recurring(lambda year: _part_of(_sports_season(year), part, context), None, context)


@_reads(rf"{_PART}[- ](?P<rest>.+)")
def _qualified(match: re.Match[str], context: _Context) -> FuzzyTime:
    part = _part_word(match["part"])
    return _gone_by(_part_of(_read(match["rest"], context), part, context), part, context)


@_reads(r"today|yesterday|tomorrow")
def _nearby_day(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match[0]]
    return FuzzyTime.day(context.today() + timedelta(days=offset))


@_reads(r"(?P<part>last night|this morning|this afternoon|this evening|tonight|overnight)")
def _part_of_today(match: re.Match[str], context: _Context) -> FuzzyTime:
    today = context.today()
    if match["part"] == "overnight" and context.tense == "future":
        return FuzzyTime.between(today, today + timedelta(days=1))
    if match["part"] in ("last night", "overnight"):
        return FuzzyTime.between(today - timedelta(days=1), today)
    return FuzzyTime.day(today)


@_reads(rf"(?P<day>.+?) (?:at )?(?:{_TIME_OF_DAY}|{_CLOCK})")
@_reads(rf"(?:{_TIME_OF_DAY} of|{_CLOCK}(?: on)?) (?P<day>.+)")
def _time_of_day(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Tuesday night", "the evening of May 18", "1 a.m. Wednesday": that day."""
    return _read(match["day"], context)


@_reads(r"(?P<day>today|yesterday|tomorrow|tonight) (?P<date>.+)")
def _day_and_date(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Today, Thursday, January 30": the day, which the date must agree with."""
    day, written = _read(match["day"], context), _read(match["date"], context)
    common = day.intersection(written)
    if common is None:
        raise InvalidTimeError(
            f"'{context.text}': {written.label()} is not {match['day']}; check the day or the date"
        )
    return common


# A bare "week", "month" or "year" ("during the year") is the current one.
@_reads(rf"{_WHICH}{_PERIOD}")
def _relative_period(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"last": -1, "next": 1}.get(match["which"], 0)
    return _calendar_period(match["unit"], context.today(), offset)


@_reads(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
def _iso_day(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.day(_calendar_date(int(match["year"]), int(match["month"]), int(match["day"])))


# A year named by two calendar years: UK usage writes 2016/17 or 2016-17 for a financial year,
# American usage 2016-17 for a fiscal or school year or a sports season, so a slash says the UK
# financial year and a hyphen could be any of them. "2016-11" is a month; "2011-12" reads as a year.
@_reads(
    r"(?P<named>(?:financial|fiscal) year |fy ?)?(?P<start>\d{4})(?P<separator>[/-])"
    r"(?P<end>\d{1,2}|\d{4})"
    r"(?: (?P<kind>(?:financial|fiscal|budget) year|season|campaign|(?:school|academic) year))?"
)
def _two_year_span(match: re.Match[str], context: _Context) -> FuzzyTime:
    start, end, kind = int(match["start"]), match["end"], match["kind"] or ""
    if _is_next_year(start, end):
        if kind in ("season", "campaign"):
            return _sports_season(start)
        if kind.endswith(("school year", "academic year")):
            return _academic_year(start)
        if match["separator"] == "/":
            return FuzzyTime.financial_year(start)
        return _any_fiscal_year(start, said_fiscal=bool(match["named"] or kind))
    named = match["named"] or kind
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
    return written == str(year + 1)[-len(written) :]


@_reads(rf"{_WHICH_WORD}(?:financial|fiscal|budget) year")
def _relative_financial_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    which = _which(match)
    return _hull(
        *(
            _recurring(partial(_fiscal_year, start_month=month), which, context)
            for month in _FISCAL_YEAR_STARTS
        )
    )


@_reads(r"(?:fiscal (?:year )?|fy ?)(?P<year>\d{4}|\d{2})|(?P<year_first>\d{4}) fiscal year")
def _fiscal_year_named_by_its_end(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Fiscal 2019", "FY19", "the 2019 fiscal year": American usage names a fiscal year by the
    calendar year it ends in, and a company's may end in any month of it, so any of them (a
    year ending in January starts in the February before)."""
    written = match["year"] or match["year_first"]
    year = int(written) if len(written) == 4 else 2000 + int(written)
    return FuzzyTime.between(_calendar_date(year - 1, 2, 1), _calendar_date(year, 12, 31))


@_reads(rf"{_WHICH_WORD}(?:school|academic) year")
def _relative_school_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    return _recurring(_academic_year, _which(match), context)


@_reads(rf"{_WHICH_WORD}(?:season|campaign)")
def _relative_sports_season(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Last season" is the latest one whose end is under way: one sport's may be over while
    another's finals are still being played. "This season" in the summer break is the one the
    tense points to, and without a tense either the one just over or the coming one."""
    which = _which(match)
    today = context.today()
    if which == "this" and context.tense is None:
        seasons = [_sports_season(today.year - 1), _sports_season(today.year)]
        in_progress = [season for season in seasons if season.contains(today)]
        return in_progress[0] if in_progress else _hull(*seasons)
    if which != "last":
        return _recurring(_sports_season, None if which == "this" else which, context)
    seasons = [_sports_season(today.year - back) for back in (2, 1, 0)]
    return [s for s in seasons if _part_of(s, "end", context).earliest <= today][-1]


@_reads(rf"{_YEAR} (?:season|campaign)")
def _sports_season_of_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    return _summer_sports_season(int(match["year"]))


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new year eve": (12, 31),
    "new year day": (1, 1),
}


@_reads(
    rf"(?P<holiday>christmas eve|christmas day|boxing day|new year'?s? (?:eve|day))(?: {_YEAR})?"
)
def _holiday(match: re.Match[str], context: _Context) -> FuzzyTime:
    month, day = _HOLIDAYS[re.sub(r"year'?s?", "year", match["holiday"])]

    def of(year: int) -> FuzzyTime:
        return FuzzyTime.day(_calendar_date(year, month, day))

    return of(int(match["year"])) if match["year"] else _recurring(of, None, context)


@_reads(rf"(?P<holiday>christmas|new year'?s?) weekend(?: {_YEAR})?")
def _holiday_weekend(match: re.Match[str], context: _Context) -> FuzzyTime:
    """The holiday and the weekend nearest it (either, when it falls midweek)."""
    month, day = (12, 25) if match["holiday"] == "christmas" else (1, 1)

    def of(year: int) -> FuzzyTime:
        holiday = _calendar_date(year, month, day)
        saturday = holiday + timedelta(days=(5 - holiday.weekday()) % 7)
        weekends = [
            FuzzyTime.between(first, first + timedelta(days=1))
            for first in (saturday - timedelta(weeks=1), saturday)
        ]
        gaps = [_days_apart(holiday, weekend) for weekend in weekends]
        nearest = [weekend for weekend, gap in zip(weekends, gaps, strict=True) if gap == min(gaps)]
        return _hull(FuzzyTime.day(holiday), *nearest)

    return of(int(match["year"])) if match["year"] else _recurring(of, None, context)


def _days_apart(day: date, span: FuzzyTime) -> int:
    if span.contains(day):
        return 0
    return min(abs((day - span.earliest).days), abs((day - span.latest).days))


@_reads(rf"(?P<window>january|summer) (?:transfer )?window(?: {_YEAR})?")
def _transfer_window(match: re.Match[str], context: _Context) -> FuzzyTime:
    """Football's transfer windows: January, and June to the start of September."""

    def of(year: int) -> FuzzyTime:
        if match["window"] == "january":
            return FuzzyTime.month(year, 1)
        return FuzzyTime.between(_calendar_date(year, 6, 1), _calendar_date(year, 9, 1))

    return of(int(match["year"])) if match["year"] else _recurring(of, None, context)


@_reads(r"christmas(?: (?P<year>\d{4}))?")
def _christmas(match: re.Match[str], context: _Context) -> FuzzyTime:
    """The Christmas period, 20 to 31 December: of the year given, else the nearest one."""

    def of(year: int) -> FuzzyTime:
        return FuzzyTime.between(_calendar_date(year, 12, 20), _calendar_date(year, 12, 31))

    return of(int(match["year"])) if match["year"] else _recurring(of, None, context)


@_reads(r"(?P<owner>.+?)'s (?P<thing>.+)")
def _possessive(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "Last year's second quarter" is the second quarter of last year."""
    return _read(f"{match['thing']} of {match['owner']}", context)


_YEAR_PARTS = {"quarter": ("Q", 4, "quarters"), "half": ("H", 2, "halves")}


@_reads(
    rf"(?P<fiscal>fiscal )?(?:(?P<ordinal>{_alternation(_ORDINALS)}) (?P<fiscal_after>fiscal )?"
    r"(?P<kind>quarter|half)|(?P<letter>[qh])(?P<number>\d))"
    rf"(?:(?: of| in)? (?:{_YEAR}|(?P<which>last|this|next) year))?"
)
def _part_of_a_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    """A quarter or half of a calendar year: of the year named, else the one the tense points to.

    A company's fiscal quarters and halves follow its own year, which is seldom said: "fiscal"
    ones are widened to a month before the calendar one and two after (years ending from
    November to January).
    """
    kind = match["kind"] or ("quarter" if match["letter"] == "q" else "half")
    letter, count, plural = _YEAR_PARTS[kind]
    number = _ORDINALS[match["ordinal"]] if match["ordinal"] else int(match["number"])
    if not 1 <= number <= count:
        raise InvalidTimeError(
            f"there is no {letter}{number}; {plural} run from {letter}1 to {letter}{count}"
        )
    fiscal = bool(match["fiscal"] or match["fiscal_after"])

    def of(year: int) -> FuzzyTime:
        if kind == "quarter":
            part = FuzzyTime.quarter(year, number)
        else:
            first = _calendar_date(year, 6 * number - 5, 1)
            part = FuzzyTime.between(first, _month_end(_shift_months(first, 5)))
        if not fiscal:
            return part
        return FuzzyTime.between(
            _shift_months(part.earliest, -1), _month_end(_shift_months(part.latest, 2))
        )

    if match["year"]:
        return of(int(match["year"]))
    if match["which"]:
        return of(context.today().year + {"last": -1, "next": 1}.get(match["which"], 0))
    return _recurring(of, None, context)


@_reads(r"(?P<half>first|second|1st|2nd) half of (?P<rest>.+)")
def _half_of(match: re.Match[str], context: _Context) -> FuzzyTime:
    """The first or second half of any time: by months when it is an even number of whole
    months, else by days."""
    base = _read(match["rest"], context)
    months = _months_spanned(base)
    if _whole_months(base) and months % 2 == 0:
        middle = _shift_months(base.earliest, months // 2)
    else:
        middle = base.earliest + timedelta(days=((base.latest - base.earliest).days + 1) // 2)
    if match["half"] in ("second", "2nd"):
        return FuzzyTime.between(middle, base.latest)
    return FuzzyTime.between(base.earliest, max(base.earliest, middle - timedelta(days=1)))


_UNIT_DAYS = {"day": 1, "week": 7}
_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


@_reads(
    r"(?P<edge>first|last|final|opening|closing) "
    rf"(?:{_NUMBER} (?P<units>day|week|month)s|(?P<unit>day|week|month)) of (?P<rest>.+)"
)
def _edge_of(match: re.Match[str], context: _Context) -> FuzzyTime:
    """ "The first six months of 2018", "the last week of August"."""
    base, unit = _read(match["rest"], context), match["units"] or match["unit"]
    count = _count(match)
    if match["edge"] in ("first", "opening"):
        if unit == "month":
            end = _shift_months(base.earliest, count) - timedelta(days=1)
        else:
            end = base.earliest + timedelta(days=count * _UNIT_DAYS[unit] - 1)
        return _within(base, FuzzyTime.between(base.earliest, end), context)
    if unit == "month":
        start = _shift_months(base.latest + timedelta(days=1), -count)
    else:
        start = base.latest - timedelta(days=count * _UNIT_DAYS[unit] - 1)
    return _within(base, FuzzyTime.between(start, base.latest), context)


@_reads(rf"(?P<nth>{_alternation(_NTH)}) week of (?P<rest>.+)")
def _nth_week_of(match: re.Match[str], context: _Context) -> FuzzyTime:
    base = _read(match["rest"], context)
    start = base.earliest + timedelta(weeks=_NTH[match["nth"]] - 1)
    return _within(base, FuzzyTime.between(start, start + timedelta(days=6)), context)


def _within(base: FuzzyTime, part: FuzzyTime, context: _Context) -> FuzzyTime:
    if part.earliest < base.earliest or part.latest > base.latest:
        raise InvalidTimeError(f"cannot read '{context.text}': {base.label()} is shorter than that")
    return part


@_reads(rf"{_WEEKDAY}{_DAY}(?: of)? {_MONTH}(?: {_YEAR})?")
@_reads(rf"{_WEEKDAY}{_MONTH} {_DAY}(?: {_YEAR})?")
def _day_of_month(match: re.Match[str], context: _Context) -> FuzzyTime:
    month, day = _MONTHS[match["month"]], int(match["day"])
    if match["year"]:
        time = FuzzyTime.day(_calendar_date(int(match["year"]), month, day))
    else:
        _exists_in_some_year(day, month)
        time = _recurring(
            lambda year: FuzzyTime.day(_calendar_date(year, month, day)), None, context
        )
    return _with_weekday(time, match["weekday"], context) if match["weekday"] else time


def _with_weekday(time: FuzzyTime, weekday: str, context: _Context) -> FuzzyTime:
    """A date with the weekday written beside it. One a day off (as time zones make it, or a
    slip) can mean either day; any other is refused."""
    named, actual = _WEEKDAYS[weekday], time.earliest.weekday()
    apart = (named - actual + 3) % 7 - 3
    if apart == 0:
        return time
    if abs(apart) > 1:
        raise InvalidTimeError(
            f"cannot read '{context.text}': {time.label()} falls on a "
            f"{_WEEKDAY_NAMES[actual]}, not a {_WEEKDAY_NAMES[named]}; check the day or the date"
        )
    return _hull(time, FuzzyTime.day(time.earliest + timedelta(days=apart)))


@_reads(rf"{_MONTH}(?: of)? {_YEAR}")
def _month_of_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.month(int(match["year"]), _MONTHS[match["month"]])


@_reads(rf"{_MONTH}(?: of)? (?P<which>last|this|next) year")
def _month_of_relative_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"last": -1, "next": 1}.get(match["which"], 0)
    return FuzzyTime.month(context.today().year + offset, _MONTHS[match["month"]])


@_reads(rf"(?:(?P<which>last|this|next) )?{_WEEKDAY_WORD}")
def _weekday(match: re.Match[str], context: _Context) -> FuzzyTime:
    """A weekday near the text: see _weekly. "This Friday" is left to the tense, as it is the
    coming one on a Saturday."""
    named = _WEEKDAYS[match["weekday"]]
    which = None if match["which"] == "this" else match["which"]
    return _weekly(lambda monday: FuzzyTime.day(monday + timedelta(days=named)), which, context)


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


@_reads(rf"{_SEASON}(?: of)? (?P<which>last|this|next) year")
def _season_of_relative_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    offset = {"last": -1, "next": 1}.get(match["which"], 0)
    return _season(context.today().year + offset, match["season"])


@_reads(rf"{_WHICH}{_SEASON}(?: months)?")
def _season_without_year(match: re.Match[str], context: _Context) -> FuzzyTime:
    season = match["season"]
    return _recurring(lambda year: _season(year, season), match["which"], context)


@_reads(rf"(?:year )?{_YEAR}")
def _year(match: re.Match[str], context: _Context) -> FuzzyTime:
    return FuzzyTime.year(int(match["year"]))


@_reads(r"(?P<decade>\d{3}0)s")
def _decade(match: re.Match[str], context: _Context) -> FuzzyTime:
    first = int(match["decade"])
    return FuzzyTime.between(_calendar_date(first, 1, 1), _calendar_date(first + 9, 12, 31))


def _weekly(
    instance: Callable[[date], FuzzyTime], which: str | None, context: _Context
) -> FuzzyTime:
    """Pick the instance of a weekly time (a weekday, the weekend, midweek) that the wording means,
    from the weeks (Monday to Sunday) around the reference; ``instance`` gives a week's from its
    Monday.

    "Last" is last week's, or this week's too once that is over ("last Thursday" written on a
    Sunday may be either); "next" is next week's, or this week's too while that is still to come;
    "this" is this week's. Otherwise the tense decides, and without one it is the one under way,
    else either of the last and the coming one.
    """
    today = context.today()
    last, this, following = (
        instance(_monday(today) + timedelta(weeks=offset)) for offset in (-1, 0, 1)
    )
    if which == "last":
        return _hull(last, this) if this.latest < today else last
    if which == "next":
        return _hull(this, following) if this.earliest > today else following
    if which == "this":
        return this
    gone = this if this.earliest <= today else last
    coming = this if this.latest >= today else following
    if context.tense == "past" or gone == coming:
        return gone
    if context.tense == "future":
        return coming
    return _hull(gone, coming)


def _recurring(
    instance: Callable[[int], FuzzyTime], which: str | None, context: _Context
) -> FuzzyTime:
    """Pick the instance of a yearly time (a month, a season, a day) that the wording means.

    "last" is the latest one over before the reference's month starts, "next" the first one to
    begin after that month ends, and "this" the one in progress or else the one of the
    reference's year ("this summer" in January is the coming one); otherwise the tense decides,
    and without a tense it is the one in progress at the reference, else the one of the
    reference's year if it is over, else the nearer of the coming one and the last ("December"
    in a February text is the December just gone, "June" the coming one, "February" in an
    August text the one of that year).
    """
    today = context.today()
    candidates: list[FuzzyTime] = []
    for year in range(today.year - 8, today.year + 9):  # wide enough to find a 29 February
        with contextlib.suppress(InvalidTimeError):
            candidates.append(instance(year))
    this_month = FuzzyTime.month(today.year, today.month)
    in_progress = [t for t in candidates if t.contains(today)]
    if which == "this":
        return in_progress[0] if in_progress else instance(today.year)
    if which == "last":
        return _latest([t for t in candidates if t.latest < this_month.earliest], context)
    if which == "next":
        return _earliest([t for t in candidates if t.earliest > this_month.latest], context)
    if which is None and context.tense == "past":
        return _latest([t for t in candidates if t.earliest <= today], context)
    if which is None and context.tense == "future":
        return _earliest([t for t in candidates if t.latest >= today], context)
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
