"""Names spelt otherwise than the record spells them: "Sarah Tough" for Sara Tough.

A misspelt name is among the corrections newsrooms print most, so it is an alarm of its own,
apart from the claim's verdict. Each person and organisation a claim names is looked for in the
claim's own quote, as the draft writes it (not as the model may have tidied it), and compared
word by word with every spelling the record has for the entity it stands for: its name and its
aliases (an editor's alias is right by definition). Honorifics, possessives, initials and a
surname alone are ways of writing a name, not misspellings. A name the record does not know,
nor has a spelling a letter or so from, is never called misspelt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from rapidfuzz import fuzz

from factcheck.claims import AttributeClaim, Claim
from factcheck.record import Provenance, Record
from factcheck.report import Misspelling
from factcheck.resolution import HONORIFICS, STOPWORDS, EntityType, is_slip, normalise_name

_NAMES: dict[str, tuple[EntityType, ...]] = {
    "person": ("person",),
    "predecessor": ("person",),
    "successor": ("person",),
    "organisation": ("organisation",),
    "inspector": ("organisation",),
    "subject": ("person", "organisation"),
    "participants": ("person", "organisation"),
}
"""Claim fields that name people or organisations, and what they may name."""

_WORD = re.compile(r"\w[\w'’.-]*\w|\w")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’-]+)+")
"""Two or more capitalised words in a row (with "of" or "and" between): a name."""
_POSSESSIVE_END = re.compile(r"['’]s?$")
_FOUND_AT = 80.0
"""A stretch of the quote this close to the name (rapidfuzz ratio) is where it is written."""
MAX_SOURCES = 3


def misspellings(claim: Claim, record: Record) -> list[Misspelling]:
    """The names in ``claim`` its quote spells otherwise than the record does."""
    found = _misspelt_in_value(claim, record) if isinstance(claim, AttributeClaim) else []
    for field, types in _NAMES.items():
        for value in _values(claim, field):
            entity_id = _entity_meant(record, value, types)
            if entity_id is None:
                continue
            entity = record.entity(entity_id)
            names = entity.names
            written, start = written_form(value, claim.quote, names)
            if spelt_as_recorded(written, names, body=entity.type != "person"):
                continue
            if _spelt_so(record, entity_id, written, claim):
                continue  # sources themselves write it so ("Amadeo", "Amedeo")
            expected = max(names, key=lambda name: fuzz.ratio(_plain(written), _plain(name)))
            sources = _spelt_so(record, entity_id, expected, claim)
            found.append(_misspelling(claim, written, start, expected, entity_id, sources))
    return found


def _misspelling(
    claim: Claim,
    written: str,
    start: int | None,
    expected: str,
    entity_id: str,
    sources: list[Provenance],
) -> Misspelling:
    return Misspelling(
        written=written,
        expected=expected,
        entity_id=entity_id,
        quote=claim.quote,
        start=_in_text(claim, start),
        end=_in_text(claim, start, len(written)),
        sources=sources,
    )


def _misspelt_in_value(claim: AttributeClaim, record: Record) -> list[Misspelling]:
    """Names inside an attribute's value ("began with Grater Manchester Police") spelt otherwise
    than in the values sources gave the same subject: no entity stands for them, but the
    sources' words do."""
    subject = record.resolve_as(claim.subject, ("person", "organisation")).entity_id
    if subject is None:
        return []
    found = []
    for attribute in record.view(claim.as_of, refresh=False).attributes(subject):
        for name in _NAME_RUN.findall(attribute.value):
            written, start = written_form(name, claim.quote, [name])
            if start is None or spelt_as_recorded(written, [name], body=True):
                continue
            sources = [
                source
                for source in attribute.sources_by(claim.as_of)
                if name.casefold() in source.quote.casefold()
            ]
            found.append(_misspelling(claim, written, start, name, subject, sources[:MAX_SOURCES]))
    return found


def _values(claim: Claim, field: str) -> Iterator[str]:
    value = getattr(claim, field, None)
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def _entity_meant(record: Record, value: str, types: tuple[EntityType, ...]) -> str | None:
    """The person or organisation ``value`` stands for: the one it resolves to, or the one
    the record has a spelling of a letter or so away (a person's name never resolves so)."""
    resolution = record.resolve_as(value, types)
    if resolution.entity_id is not None:
        entity = record.entity(resolution.entity_id)
        return entity.id if entity.type in ("person", "organisation") else None
    for entity_type in types:
        near = record.resolve(value, entity_type).spelt_like
        if near is not None:
            return record.resolve(near, entity_type).entity_id
    return None


def written_form(value: str, quote: str, names: list[str]) -> tuple[str, int | None]:
    """How the quote writes the name the claim gives as ``value`` (else, where the model gave
    it otherwise, one of the record's ``names``), and where in the quote; the value itself,
    and no place, where the quote has nothing close to either."""
    words = list(_WORD.finditer(quote))
    for targets in ([value], names):
        plain = [_plain(target) for target in targets]
        longest = max(len(target.split()) for target in targets)
        openings = {target.split()[0].casefold() for target in targets if target.split()}
        best: tuple[float, int, int, int] | None = None  # score, -length, start, end
        for length in range(1, longest + 2):
            for first in range(len(words) - length + 1):
                opening = words[first].group()
                if opening.islower() and opening.casefold() not in openings:
                    continue  # a name is written from a capital ("Chang", not "to change")
                start, end = words[first].start(), words[first + length - 1].end()
                stretch = _plain(quote[start:end])
                if stretch:
                    score = max(fuzz.ratio(stretch, target) for target in plain)
                    if best is None or (score, -length) > best[:2]:
                        best = (score, -length, start, end)
        if best is not None and best[0] >= _FOUND_AT:
            return _POSSESSIVE_END.sub("", quote[best[2] : best[3]]), best[2]
    return value, None


def spelt_as_recorded(written: str, names: list[str], *, body: bool = False) -> bool:
    """Whether ``written`` spells the name as one of ``names`` does: no word of it is a slip
    of one of their words ("Dunckley" for "Dunkley", "Country" for "County"), other than, in
    the name of a ``body``, the same word in the singular or plural. Honorifics,
    possessives, initials, a surname alone, and words that are not the name at all ("to",
    "inspections") are no misspelling."""
    known = {
        word for name in names for spelling in _spellings(name, body) for word in spelling.split()
    }
    return any(
        not any(
            is_slip(word, right) and not (body and _in_other_number(word, right))
            for word in spelling.split()
            if word not in known and word not in STOPWORDS and word not in HONORIFICS
            for right in known
        )
        for spelling in _spellings(written, body)
    )


def _in_other_number(word: str, right: str) -> bool:
    """Whether two words are one word in the singular and the plural ("BAE Systems", "BAE
    System"): in a body's name a matter of grammar, which sources themselves vary, not of
    spelling (a person's "Williams" is not "William")."""
    return word == f"{right}s" or right == f"{word}s"


def _plain(name: str) -> str:
    """A name's words without their accents: "Brünjes" and "Brunjes" are one spelling, as
    sources themselves write it either way."""
    decomposed = unicodedata.normalize("NFKD", normalise_name(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def _spellings(name: str, body: bool = False) -> set[str]:
    """A name's words without their accents, with its umlauts written out, and, in the name of
    a body, in one of British and American spelling: "Müller" is "Muller" and "Mueller", and
    "National Theatre" is "National Theater", as sources write them every way."""
    plain = {_plain(name), _plain(name.translate(_UMLAUTS))}
    if not body:
        return plain
    return plain | {" ".join(_AMERICAN.sub(_american, word) for word in p.split()) for p in plain}


_AMERICAN = re.compile(r"(?<=[a-z]{3})(tre|our|isation|ence)$")
"""British endings of words in bodies' names that American spelling writes otherwise
("Theatre", "Harbour", "Organisation", "Defence")."""
_AMERICAN_ENDINGS = {"tre": "ter", "our": "or", "isation": "ization", "ence": "ense"}


def _american(ending: re.Match[str]) -> str:
    return _AMERICAN_ENDINGS[ending[1]]


def _in_text(claim: Claim, start: int | None, length: int = 0) -> int | None:
    """An offset in the quote as an offset in the draft, where the quote was placed exactly."""
    span = claim.span
    if start is None or span is None or span.match != "exact":
        return None
    return span.start + start + length


def _spelt_so(record: Record, entity_id: str, spelling: str, claim: Claim) -> list[Provenance]:
    """Sources, published by the claim's date, that write the entity as ``spelling``."""
    wanted = re.compile(rf"(?<!\w){re.escape(spelling.casefold())}(?!\w)")
    found: dict[str, Provenance] = {}
    for event in record.storage.events_of(entity_id):
        if event.retracted is not None:
            continue
        for source in event.sources_by(claim.as_of):
            if wanted.search(source.quote.casefold()) and source.source not in found:
                found[source.source] = source
    return list(found.values())[:MAX_SOURCES]
