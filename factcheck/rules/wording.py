"""The words of free-text values: the names, numbers and content words in them, as the
rules compare values by what they say ("Suffolk County Council" names Suffolk, "2 years" gives 2).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from factcheck.resolution import normalise_name
from factcheck.timespan import PAST_VERBS

FILLER = frozenset(
    {"a", "an", "the", "by", "of", "at", "in", "for", "as", "and", "to", "profession", "years"}
)
KINDS_OF_BODY = frozenset(
    {"police", "constabulary", "force", "council", "county", "borough", "city", "district"}
    | {"trust", "foundation", "university", "college", "school", "academy", "hospital"}
    | {"club", "fc", "company", "plc", "ltd", "limited", "group", "authority", "agency"}
)
"""Words that say what kind of body a name is, not which: "Cumbria Police" is "Cumbria
Constabulary", while "Norfolk County Council" is not "Suffolk County Council"."""
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
WORD = re.compile(r"[\w'’-]+")
_SENTENCE_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "former"})


def named_things(text: str) -> frozenset[str]:
    """The names in a value, without the words for a kind of body or a post's initials ("CEO")."""
    return names(text) - KINDS_OF_BODY - _SPELT_OUT.keys()


def numbers(text: str) -> frozenset[float]:
    """The numbers written in digits in ``text``."""
    return frozenset(float(n.replace(",", "")) for n in _NUMBER.findall(text))


_ONE_COUNTRY = (
    (re.compile(r"\b(?:the )?(?:United Kingdom|Great Britain|U\.?K\.?)(?=\W|$)"), "Britain"),
    (re.compile(r"\b(?:the )?(?:United States(?: of America)?|U\.?S\.?A?\.?)(?=\W|$)"), "America"),
)
"""A country's other names, which name no other place: "the UK's biggest" is "Britain's"."""


def names(text: str) -> frozenset[str]:
    """Capitalised words of ``text`` that are not just its first word: the proper names in it."""
    for other_name, name in _ONE_COUNTRY:
        text = other_name.sub(name, text)
    words = WORD.findall(text)
    found: set[str] = set()
    for index, word in enumerate(words):
        if word[:1].isupper() and not (index == 0 and word.casefold() in _SENTENCE_OPENERS):
            # "Rolls-Royce" and "Rolls Royce" are one name written two ways; in "EVP-customer"
            # only "EVP" is a name.
            parts = word.rstrip("'’").split("-")
            found.update(singular(part.casefold()) for part in parts if part[:1].isupper())
    return frozenset(found - FILLER)


_DATE = re.compile(
    r"\b(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\b\s*)?(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


def as_compared(text: str) -> str:
    """A value as it is compared: without the years (and their months) written with it, and
    with a post's initials spelt out ("CEO of the NSPCC": "chief executive of the NSPCC")."""
    spelt = _POST_INITIALS.sub(lambda m: _SPELT_OUT[m[0].casefold().rstrip("s")], text)
    return " ".join(_DATE.sub(" ", spelt).split()).strip(" ,;")


_SPELT_OUT = {
    "ceo": "chief executive",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
}
_POST_INITIALS = re.compile(r"\b(?:CEO|CFO|COO)s?\b")


def content_words(text: str) -> str:
    """The words of ``text`` that say something, lower case and singular, fillers left out."""
    words = (singular(w) for w in WORD.findall(text.casefold()))
    return " ".join(w for w in words if w not in FILLER)


def singular(word: str) -> str:
    """A word without its possessive, and in the singular ("council's", "councils": "council")."""
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_PAST = re.compile(rf"\b(?:{'|'.join(PAST_VERBS)})\b")
_ED = re.compile(r"(?:(?P<before>[^\s]+)\s+)?\b[a-z]{3,}ed\b")
"""A word in -ed, with the word before it: a verb of the past ("the board approved"), unless a
determiner or a compound with a number comes before it, which makes it a description ("its
salaried staff", "the 9,500-strong salaried workforce")."""
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}
)
_NOW = re.compile(
    r"\b(?:is|are|has|have|now|currently|still|so far|today|this year|employs|runs|remains)\b"
)


MONTH_NAMES = tuple(name.casefold() for name in calendar.month_name[1:])
_YEAR = r"(?:1[5-9]|20)\d\d"
A_YEAR = re.compile(rf"\b{_YEAR}\b")
"""A year written in full ("2016")."""
_A_MONTH = (
    rf"(?i:\b(?:{'|'.join(name for name in MONTH_NAMES if name != 'may')})\b)"
    r"|\bMay\b"
)
"""A month's name; "may" only capitalised, as the verb is not ("the accounts may not have been
authorised")."""
_TIME_WORDS = re.compile(
    rf"{_A_MONTH}|(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    rf"|{_YEAR}|days?|weeks?|months?|years?|season|then|when|while|after|before"
    r"|since|during|until|ago|earlier|later|previous|once|time|end|eventually|finally"
    r"|ultimately)\b)"
)


def months_named(text: str) -> set[int]:
    """The months of the year a text names ("until July": {7})."""
    return {
        n
        for n, name in enumerate(MONTH_NAMES, 1)
        if re.search(r"\bMay\b" if name == "may" else rf"(?i:\b{name}\b)", text)
    }


def names_a_time(quote: str, *written: str) -> bool:
    """Whether a sentence places what it says at a time or occasion of its own ("on the day his
    departure was announced", "in March", "by then"), leaving aside the words of its figures
    and the rates and lengths they are told in ("£671,000 a year", "three months' pay")."""
    said = quote
    for words in written:
        said = re.sub(re.escape(words), " ", said, flags=re.IGNORECASE) if words else said
    return bool(_TIME_WORDS.search(_RATE_OR_LENGTH.sub(" ", said)))


_RATE_OR_LENGTH = re.compile(
    r"(?i:\b(?:a|an|one|per|each|every|\w+)\s+(?:day|week|month|year)(?:'s|s')"
    r"|\b(?:a|an|per|each|every)\s+(?:day|week|month|year)\b"
    r"|\b(?:less|more|fewer) than (?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve) (?:days?|weeks?|months?|years?)\b)"
)
"""A rate ("a year", "per month"), a length told as a possessive ("a year's salary",
"three months' pay") or a span counted in ("in less than 18 months"): a measure, not a
time."""


def told_as_past(quote: str) -> bool:
    """Whether a sentence tells of the past only: a verb of the past, and no word of the
    present ("was home to 138 staff", not "has 50 branches" or "is now 40%")."""
    said = quote.casefold()
    return _tells_the_past(said) and not _NOW.search(said)


def _tells_the_past(said: str) -> bool:
    if _PAST.search(said):
        return True
    for verb in _ED.finditer(said):
        before = verb["before"]
        if before is None or not (before in _DETERMINERS or re.search(r"\d|-", before)):
            return True
    return False


_TO_COME = re.compile(
    r"\b(?:will|would|shall|intends?|intended|plans?|planned|proposed?|proposals?|expects?"
    r"|expected|aims?|forecasts?|targets?|meant to|(?:is|are|was|were) (?:due |set |going )?to)\b"
)


def told_as_to_come(quote: str) -> bool:
    """Whether a sentence tells of something still to come: a plan, an intention, a forecast
    ("intends to make 139 people redundant", "is to close 30 stores")."""
    return bool(_TO_COME.search(quote.casefold()))


TERM_WORDS = frozenset(
    {"term", "contract", "appointment", "deal", "sentence", "loan", "lease", "ban", "agreement"}
)
"""Words naming a length agreed in advance, which does not grow as time passes."""


def names_a_term(quote: str, written: str | None) -> bool:
    """Whether a sentence gives a length as a term agreed ("his five-year term", "a contract of
    two years"), not as time that has passed."""
    if not written:
        return False
    terms = "|".join(sorted(TERM_WORDS))
    length = re.escape(written.casefold())
    return bool(
        re.search(
            rf"{length}(?:\s+[\w-]+)?\s+(?:{terms})\b|\b(?:{terms}) of {length}", quote.casefold()
        )
    )


_TIME_UNIT = re.compile(r"\b(day|week|month|year|decade)s?\b|-(day|week|month|year)\b")


def time_unit(written: str | None) -> str | None:
    """The unit of time a figure is written in ("three months", "a five-year deal"), if any."""
    found = _TIME_UNIT.search((written or "").casefold())
    return (found[1] or found[2]) if found else None


APPOINTED = re.compile(
    r"\b(?:chosen|appointed|appointment|named|confirmed|hired|selected|picked|recruited)\b",
    re.IGNORECASE,
)
"""Words of an appointment, which the report of a start tells of."""
TAKING_UP = re.compile(
    r"\b(?:given the job|took over|taking over|takes over|joined|joining|arrived|started"
    r"|with effect|effective|immediate effect|immediately)\b",
    re.IGNORECASE,
)
"""Words of taking up a post."""
RESIGNED = re.compile(r"\b(?:resigned|resigns|resigning|resignation)\b", re.IGNORECASE)
"""Words of a resignation, which may come before the last day in post."""
LEFT = re.compile(
    r"\b(?:left|leaves?|leaving|depart(?:s|ed)?|clear(?:s|ed)?|stepped down|stood down|last day"
    r"|immediate effect|immediately|with effect)\b",
    re.IGNORECASE,
)
"""Words of leaving a post."""


def another_word(mention: str, names: Sequence[str]) -> str | None:
    """A word of a mention that a name it was matched with has only with letters put before it,
    or the other way round ("men's cricket" against "women's cricket", "male" against "female",
    "final" against "semifinal"): a name or an account matched allowing a typo, which is another
    word. A word of one or two letters ("a", an "s" cut from a possessive) ends too many others
    to tell anything."""
    written = normalise_name(mention).split()
    named = [normalise_name(name).split() for name in names]
    for word in written:
        if any(word in words for words in named):
            continue
        for other in (other for words in named for other in words):
            shorter, longer = sorted((word, other), key=len)
            if len(shorter) > 2 and len(longer) - len(shorter) > 1 and longer.endswith(shorter):
                return f"{word!r} is not {other!r}"
    return None
