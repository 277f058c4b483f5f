"""Structured claims: what a draft asserts, in a form the checker can decide.

Each claim carries the verbatim ``quote`` it came from, the date it is judged ``as_of`` (the draft's
date) and, once grounded, the ``span`` of that quote in the draft. Names are kept as written ("Mr
Dunkley"); the checker resolves them against the record. Time, figure and duration fields accept
either structured values or the words of the text ("last November", "£8.5m", "six months"), read
relative to ``as_of``.
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from functools import lru_cache
from typing import Annotated, Any, ClassVar, Literal, Self, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    field_validator,
    model_serializer,
    model_validator,
)

from factcheck.errors import InvalidTimeError
from factcheck.grounding import Span, numbers_written
from factcheck.quantities import DurationRange, Quantity, parse_duration, parse_quantity
from factcheck.quantities import parse_count as _parse_count
from factcheck.quantities import parse_ordinal as _parse_ordinal
from factcheck.quotations import quoted_in, words_of
from factcheck.resolution import is_slip
from factcheck.timespan import (
    AnchoredTime,
    FuzzyTime,
    parse_anchored,
    parse_time_in,
    parse_window_start,
    words_writing,
)

RatingQualifier = Literal["first", "latest", "only"]
TIME_FORMS = (
    "A time as the text words it: a year '2013', a month 'September 2015', a day '4 March 2019',"
    " a financial, school or sporting year '2016/17', a season or quarter 'summer 2018', relative"
    " to the text's date 'last November', 'two years ago', 'earlier this month', or from another"
    " time the text gives 'two years after 2015', 'three months before June 2019'."
)
_FIGURE = (
    "As written, with its unit: '£8.5m', '87.7pc', '1,089', 'one in five', 'about a third',"
    " '£900 a day', 'ninth'."
)
_LENGTH = "A length as written: 'six months', 'nearly four years', 'three decades'."
_NUMBER = "A number: 5 for 'five' or 'fifth'."
CLAIM_TIME_FORMS = (
    TIME_FORMS + " From a happening the text does not date, the length and the happening in the"
    " text's words: 'two months after the new manager arrived', 'a year after leaving the club'."
)
_WHEN = (
    "When it happened (a grade: when it was given; words: when they were said). " + CLAIM_TIME_FORMS
)
_COUNT_UNTIL = (
    "The time the count runs to, where the text places it before its own date ('by March 2019';"
    " for a period, the period: 'during 2021'); null for a count up to now. " + CLAIM_TIME_FORMS
)
Direction = Literal["up", "down"]


def normalize_judgement(text: str) -> str:
    """Reduce an inspection judgement to its plain wording: "'Inadequate'" -> "inadequate",
    "inadequate overall" -> "inadequate" (a grade given overall is the grade)."""
    words = text.strip().strip("'\"‘’“”").casefold().split()
    cleaned = " ".join(word for word in words if word != "overall") or " ".join(words)
    if cleaned.startswith("requires improvement"):
        return "requires improvement"
    return cleaned


class ClaimBase(BaseModel):
    """Fields every claim has; subclasses add the fields their check needs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    quote: str = Field(min_length=1, description="The claim's words, verbatim from the text.")
    as_of: date = Field(description="The date the claim is judged as of: its text's date.")
    span: Span | None = Field(default=None, description="Where the quote was found in the text.")
    sentence: str | None = Field(
        default=None,
        description="The sentence of the text the quote was found in, whose words (a verb, a "
        "time) may say more than the quote's.",
    )
    anchored: dict[str, AnchoredTime] = Field(
        default_factory=dict,
        description="Times given from a happening the text does not date ('two months after he"
        " arrived'), by field; the checker dates them from the record.",
    )

    time_fields: ClassVar[tuple[str, ...]] = ()
    window_fields: ClassVar[tuple[str, ...]] = ()
    """Starts of counting windows: a time, or a length back from the window's end ("in six
    years"): its ``until``, where the claim has one, or else the claim's date."""
    quantity_fields: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _read_written_values(cls, data: Any) -> Any:
        if not isinstance(data, dict) or "as_of" not in data:
            return data
        reference = TypeAdapter(date).validate_python(data["as_of"])
        values = dict(data)
        anchored = dict(values.get("anchored") or {})
        quote = str(values.get("quote") or "")
        for name in cls.time_fields:
            if isinstance(written := values.get(name), str):
                try:
                    values[name] = parse_time_in(written, quote, reference)
                except InvalidTimeError:
                    if (from_happening := parse_anchored(values[name])) is None:
                        raise
                    anchored[name] = from_happening
                    del values[name]
        if anchored:
            values["anchored"] = anchored
        window_end = values.get("until")
        ends_on = window_end.latest if isinstance(window_end, FuzzyTime) else reference
        for name in cls.window_fields:
            if isinstance(values.get(name), str):
                values[name] = parse_window_start(values[name], ends_on)
        for name in cls.quantity_fields:
            if isinstance(values.get(name), str):
                values[name] = parse_quantity(values[name])
        return values

    def in_sentence(self, sentence: str) -> Self:
        """The claim as found in its sentence: a time its quote leaves out is read in the tense
        the sentence gives it ("He is due to take up the post at the end of January, ending an
        interim spell": the coming January)."""
        found: dict[str, Any] = {"sentence": sentence}
        for name in self.time_fields:
            time = getattr(self, name, None)
            if not isinstance(time, FuzzyTime) or not time.text:
                continue
            if (words := words_writing(time.text, self.quote, [sentence])) != self.quote:
                with contextlib.suppress(InvalidTimeError):
                    found[name] = parse_time_in(time.text, words, self.as_of)
        return self.model_copy(update=found)

    @model_serializer(mode="wrap")
    def _without_empty_anchored(self, to_dict: SerializerFunctionWrapHandler) -> Any:
        data = to_dict(self)
        if isinstance(data, dict) and not data.get("anchored", True):
            del data["anchored"]
        return data


class HolderOrdinalClaim(ClaimBase):
    """ "Sara Tough will become the sixth person to head the department since 2013", "the next
    chair will be the seventh" (nobody named: the next holder)."""

    kind: Literal["holder_ordinal"] = "holder_ordinal"
    person: str | None = Field(
        default=None, description="A person's full name as the text gives it."
    )
    role: str = Field(description="The post, as the text names it: 'chief executive'.")
    ordinal: int = Field(ge=1, description="The N of 'the Nth holder'. " + _NUMBER)
    since: FuzzyTime = Field(description="Start of the window counted. " + TIME_FORMS)
    until: FuzzyTime | None = Field(default=None, description=_COUNT_UNTIL)
    announced: bool = Field(
        default=False, description="True when the claim speaks of a tenure still to begin."
    )
    time_fields = ("until",)
    window_fields = ("since",)

    @field_validator("ordinal", mode="before")
    @classmethod
    def _ordinal_words(cls, value: Any) -> Any:
        return _parse_ordinal(value) if isinstance(value, str) else value


class HolderCountClaim(ClaimBase):
    """ "The department has had five heads since the 2013 inspection"."""

    kind: Literal["holder_count"] = "holder_count"
    role: str
    count: int = Field(ge=0, description="How many. " + _NUMBER)
    since: FuzzyTime
    until: FuzzyTime | None = Field(default=None, description=_COUNT_UNTIL)
    announced: bool = False
    time_fields = ("until",)
    window_fields = ("since",)

    @field_validator("count", mode="before")
    @classmethod
    def _count_words(cls, value: Any) -> Any:
        return _parse_count(value) if isinstance(value, str) else value


class TenureClaim(ClaimBase):
    """ "Became director in September 2015", "interim director", "the current director",
    "has worked for the council since 2009" (an organisation without a post)."""

    kind: Literal["tenure"] = "tenure"
    person: str
    role: str | None = Field(default=None, description="The post; null when only an employer.")
    organisation: str | None = Field(default=None, description="Whose post it is, or the employer.")
    start: FuzzyTime | None = Field(default=None, description="When it began. " + CLAIM_TIME_FORMS)
    end: FuzzyTime | None = Field(
        default=None, description="When it ended or ends. " + CLAIM_TIME_FORMS
    )
    interim: bool | None = Field(
        default=None, description="True for interim, acting or temporary; false for permanent."
    )
    current: bool | None = Field(default=None, description="True for 'the current ...'.")
    time_fields = ("start", "end")

    @model_validator(mode="after")
    def _post_or_employer(self) -> TenureClaim:
        if self.role is None and self.organisation is None:
            raise ValueError("a tenure claim names a post, an organisation, or both")
        return self


class SuccessionClaim(ClaimBase):
    """ "Mr Dunkley replaced Andrew Bunyan in February"."""

    kind: Literal["succession"] = "succession"
    role: str
    predecessor: str = Field(description="Who held the post before.")
    successor: str = Field(description="Who took it over.")
    when: FuzzyTime | None = Field(default=None, description=_WHEN)
    time_fields = ("when",)


class RatingClaim(ClaimBase):
    """ "First branded inadequate in February 2013", "an outstanding adoption service", "last
    inspected in 2019" (an inspection without a grade)."""

    kind: Literal["rating"] = "rating"
    subject: str = Field(description="The organisation, service or person the claim is about.")
    judgement: str | None = Field(
        default=None, description="The grade's words: 'inadequate', 'good'; null if none given."
    )
    when: FuzzyTime | None = Field(default=None, description=_WHEN)
    inspector: str | None = Field(default=None, description="Who gave the grade.")
    qualifier: RatingQualifier | None = Field(
        default=None, description="'first', 'latest' or 'only', when the text says so."
    )
    time_fields = ("when",)

    @field_validator("judgement")
    @classmethod
    def _plain_judgement(cls, value: str | None) -> str | None:
        return None if value is None else normalize_judgement(value)


class RatingCountClaim(ClaimBase):
    """ "Rated inadequate twice"."""

    kind: Literal["rating_count"] = "rating_count"
    subject: str
    judgement: str
    count: int = Field(ge=0)
    since: FuzzyTime | None = None
    until: FuzzyTime | None = Field(
        default=None, description="End of the window. " + CLAIM_TIME_FORMS
    )
    time_fields = ("until",)
    window_fields = ("since",)

    @field_validator("judgement")
    @classmethod
    def _plain_judgement(cls, value: str) -> str:
        return normalize_judgement(value)

    @field_validator("count", mode="before")
    @classmethod
    def _count_words(cls, value: Any) -> Any:
        return _parse_count(value) if isinstance(value, str) else value


class FigureClaim(ClaimBase):
    """ "An £8.5m overspend in 2016/17", "1,089 looked after children"."""

    kind: Literal["figure"] = "figure"
    metric: str = Field(description="What is measured: 'overspend', 'league position'.")
    subject: str | None = None
    value: Quantity = Field(description=_FIGURE)
    period: FuzzyTime | None = Field(
        default=None,
        description="The period or time the figure is for; for a figure of one occasion (a"
        " survey, a vote, a forecast, an inspection) the occasion's time. " + CLAIM_TIME_FORMS,
    )
    time_fields = ("period",)
    quantity_fields = ("value",)


class ChangeClaim(ClaimBase):
    """ "Down from 87.7pc to 81.9pc"."""

    kind: Literal["change"] = "change"
    metric: str
    subject: str | None = None
    from_value: Quantity = Field(description="The earlier value. " + _FIGURE)
    to_value: Quantity = Field(description="The later value. " + _FIGURE)
    direction: Direction | None = Field(
        default=None, description="'up' or 'down', as the text says."
    )
    period: FuzzyTime | None = None
    time_fields = ("period",)
    quantity_fields = ("from_value", "to_value")


class DurationClaim(ClaimBase):
    """ "Six months as interim director", "32 years of experience"."""

    kind: Literal["duration"] = "duration"
    person: str
    role: str | None = Field(default=None, description="For time spent in a role.")
    attribute: str | None = Field(
        default=None, description="What the fact is: 'profession', 'previous post', 'age'."
    )
    value: DurationRange = Field(description=_LENGTH)

    @field_validator("value", mode="before")
    @classmethod
    def _duration_words(cls, value: Any) -> Any:
        return parse_duration(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _role_or_attribute(self) -> DurationClaim:
        if (self.role is None) == (self.attribute is None):
            raise ValueError("a duration claim names either a role or an attribute, not both")
        return self


class AttributeClaim(ClaimBase):
    """ "A social worker by profession", "previously at Dorset County Council"."""

    kind: Literal["attribute"] = "attribute"
    subject: str
    attribute: str
    value: str = Field(
        description="As written: 'social worker', 'deputy chief constable of Cumbria'."
    )


class EventClaim(ClaimBase):
    """ "The chairman resigned in March", "the board voted in 2016 to outsource the service"."""

    kind: Literal["event"] = "event"
    participants: list[str] = Field(
        min_length=1, description="The people or organisations involved, as named."
    )
    event_type: str = Field(
        min_length=1, description="What happened, in a few words: 'resigned', 'voted to sell'."
    )
    when: FuzzyTime | None = Field(default=None, description=_WHEN)
    time_fields = ("when",)


class QuotationClaim(ClaimBase):
    """ "Ms Tough said: 'We are making progress'": words the text puts in someone's mouth inside
    quote marks; or reported speech, "she said the service was making progress", which the text
    gives in its own words."""

    kind: Literal["quotation"] = "quotation"
    speaker: str = Field(description="Who the text says spoke or wrote the words, as named.")
    words: str = Field(
        min_length=1,
        description="The words inside the quote marks, exactly, without the marks; for reported"
        " speech, the text's words for what was said, copied exactly.",
    )
    reported: bool = Field(
        default=False,
        description="True for reported speech: what was said, without quote marks, in the text's"
        " own words ('she said the report was fair').",
    )
    when: FuzzyTime | None = Field(default=None, description=_WHEN)
    time_fields = ("when",)

    @model_validator(mode="after")
    def _words_in_quote(self) -> QuotationClaim:
        if not words_of(self.words):
            raise ValueError("the quoted words have no words")
        if not quoted_in(self.words, self.quote):
            raise ValueError("the quoted words are not in the claim's quote")
        return self


Claim = Annotated[
    HolderOrdinalClaim
    | HolderCountClaim
    | TenureClaim
    | SuccessionClaim
    | RatingClaim
    | RatingCountClaim
    | FigureClaim
    | ChangeClaim
    | DurationClaim
    | AttributeClaim
    | EventClaim
    | QuotationClaim,
    Field(discriminator="kind"),
]
"""Any claim; the ``kind`` field says which."""

CLAIM_TYPES: tuple[type[ClaimBase], ...] = get_args(get_args(Claim)[0])
"""Every claim kind, in the order prompts and schemas list them."""

claim_adapter: TypeAdapter[Claim] = TypeAdapter(Claim)
claims_adapter: TypeAdapter[list[Claim]] = TypeAdapter(list[Claim])


def unwritten_values(claim: Claim, *, where_the_quote_says_otherwise: bool = False) -> list[str]:
    """The values a claim gives that its own quote does not write: a number, an ordinal, a
    count or a grade the model did not take from the words. With
    ``where_the_quote_says_otherwise``, only those where the quote writes some other number or
    grade instead (a claim built by hand may quote less than it states)."""
    quote = claim.quote
    given = _numbers_of(claim)
    written = numbers_written(quote) if given else []
    problems = [
        f"{name} {number if isinstance(number, int) else f'{number:g}'} is not written in the quote"
        for name, number in given
        if number not in written and (written or not where_the_quote_says_otherwise)
    ]
    if isinstance(claim, RatingClaim | RatingCountClaim) and claim.judgement:
        stems = {word[:5] for word in re.findall(r"[a-z]+", quote.casefold())}
        graded = any({word[:5] for word in grade.split()} <= stems for grade in _GRADES)
        if not {word[:5] for word in claim.judgement.split()} <= stems and (
            graded or not where_the_quote_says_otherwise
        ):
            problems.append(f"the grade {claim.judgement!r} is not written in the quote")
    return problems


_GRADES = ("inadequate", "requires improvement", "good", "outstanding")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTHS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b"
)


def absent_from(claim: Claim, text: str) -> list[str]:
    """The years, months and people a claim gives that its whole text never writes.

    A claim may take these from beyond its quote (the prompt asks for "June of that year" as
    "June 2013" and for "she" as the person's full name), but never from outside the text.
    """
    years, months, words = _written_in(text)
    problems = []
    for name in (*claim.time_fields, *claim.window_fields):
        time = getattr(claim, name)
        said = time.text.casefold() if isinstance(time, FuzzyTime) and time.text else ""
        problems += [f"{name}: {year} is not in the text" for year in _YEAR.findall(said)]
        problems += [f"{name}: {month} is not in the text" for month in _MONTHS.findall(said)]
    problems = [p for p in problems if p.split(": ")[1].split()[0] not in years | months]
    for name in ("person", "predecessor", "successor"):
        person = getattr(claim, name, None)
        if isinstance(person, str) and person.split():
            surname = person.split()[-1].casefold().strip(".,")
            # The prompt asks for the record's spelling of a name the text misspells.
            named = surname in words or f"{surname}'s" in words
            if not named and not any(is_slip(word, surname) for word in words):
                problems.append(f"{name}: {person!r} is not named in the text")
    return problems


@lru_cache(maxsize=8)
def _written_in(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The years, month names and words a text writes (read once for all its claims)."""
    written = text.casefold()
    return (
        frozenset(_YEAR.findall(written)),
        frozenset(_MONTHS.findall(written)),
        frozenset(re.findall(r"[\w'’-]+", written)),
    )


def _numbers_of(claim: Claim) -> list[tuple[str, float]]:
    """The numbers a claim states: ordinals, counts, and the numbers of figures as written."""
    if isinstance(claim, HolderOrdinalClaim):
        return [("ordinal", claim.ordinal)]
    if isinstance(claim, HolderCountClaim | RatingCountClaim):
        return [("count", claim.count)]
    written: list[tuple[str, Quantity | DurationRange]] = []
    if isinstance(claim, FigureClaim | DurationClaim):
        written = [("value", claim.value)]
    elif isinstance(claim, ChangeClaim):
        written = [("from_value", claim.from_value), ("to_value", claim.to_value)]
    return [
        (name, number) for name, value in written for number in numbers_written(value.text or "")
    ]
