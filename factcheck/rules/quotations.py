"""Quotations: "Ms Tough said: 'We are making progress'".

A claimed quotation is looked for among the words sources quoted, by anyone (not among what
they report someone saying in their own words). The same words (or a trimmed run of them) from
the same speaker support it; the same words from someone else only contradict it, naming who
said them, unless they are too common to be anyone's own ("time to move on"), a phrase said of
the speaker, which a later account may pass on as theirs ("admitted he was not 'fully
transparent'"), or given to a speaker that names no one ("a later review found"). Words that
are mostly the speaker's recorded words but with some changed, added or left out contradict
it, listing each change. Anything else is new: people say many things the record never heard.

Reported speech ("she said staff were told in January") is looked for among what the record has
the speaker say: their quotations, what sources report them saying, and happenings told as
speech ("warned it will run out of money by the end of next May"), at a time that fits the
claim's, in the record's words and in its sources'. One that says mostly the same words with
the same numbers and times of year supports it; one that says mostly the same words with other
numbers, or times of year in other months ("at Easter" for "at Christmas"), contradicts it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.claims import QuotationClaim
from factcheck.quotations import (
    RUN_LENGTH,
    Comparison,
    compare_reported,
    compare_words,
    words_of,
)
from factcheck.record import EventBase, Quotation
from factcheck.resolution import STOPWORDS
from factcheck.rules.context import Context, organisation_of
from factcheck.rules.wording import names

_SPEECH_VERBS = frozenset(
    {"said", "says", "told", "warned", "announced", "estimated", "claimed", "admitted"}
    | {"confirmed", "insisted", "argued", "stated", "revealed", "disclosed", "predicted"}
    | {"forecast", "promised", "pledged", "acknowledged", "denied", "described", "called"}
)
"""Verbs that tell a recorded happening as something its participant said."""


_OWN_LETTERS = 12
"""Letters of its words, the commonest aside, that words need to be one speaker's own: "time
to move on" is said by many, "angry and astounded" by someone in particular."""


def _anyones(words: str) -> bool:
    """Whether words are too common to be one speaker's own, so that another said them too: a
    single word ("disappointing") is anyone's, however long."""
    own = [word for word in words_of(words) if word not in STOPWORDS]
    return len(own) < 2 or sum(len(word) for word in own) < _OWN_LETTERS


def check_quotation(ctx: Context, claim: QuotationClaim) -> None:
    if claim.reported:
        _check_reported_speech(ctx, claim)
        return
    out = ctx.out
    speakers = _speakers(ctx, claim.speaker)
    recorded = {q.id: q for q in ctx.view.quotations_sharing(claim.words) if not q.reported}
    for speaker in speakers:
        recorded |= {q.id: q for q in ctx.view.quotations_of(speaker) if not q.reported}
    compared = [(q, compare_words(claim.words, q.words)) for q in recorded.values()]
    said = [q for q, comparison in compared if comparison.relation == "same"]
    if theirs := [q for q in said if q.speaker in speakers]:
        out.events += theirs
        who = ctx.name(theirs[0].speaker)
        out.add("supported", f"{who} said these words: {_where(ctx, theirs)}")
        return
    if said:
        out.events += said
        who = " and ".join(sorted({ctx.name(q.speaker) for q in said}))
        if not names(claim.speaker):
            # "A later review found ...": words a body published, given to its document, which
            # names no one who could be someone else.
            out.add(
                "unverifiable",
                f"{who} said these words ({_where(ctx, said)}); the claim gives them to "
                f"{claim.speaker}, which names no one and may be theirs",
            )
            return
        if (posts := _speaking_for(ctx, speakers, said)) is not None:
            # "The university thanked her for her '17 years of service'", words its acting
            # vice-chancellor said: a body speaks through those who hold its posts.
            out.add(
                "supported",
                f"{who} said these words ({_where(ctx, said)}) as {posts}, for {claim.speaker}",
            )
            return
        if (called := _called_alike(claim, said)) is not None:
            # "The judges said the director had ...", where the source too gives the words to "the
            # judges": the claim's reading named them otherwise, not the sentence.
            out.add(
                "supported",
                f"{who} said these words ({_where(ctx, said)}), whom the source too calls "
                f"“{called}”",
            )
            return
        if _told_of(ctx, claim.words, said, speakers):
            out.add(
                "unverifiable",
                f"{who} said these words of {claim.speaker} ({_where(ctx, said)}), who may have "
                "used them too",
            )
            return
        if _anyones(claim.words):
            out.add(
                "unverifiable",
                f"{who} said these words ({_where(ctx, said)}); words as common as these may "
                f"be {claim.speaker}'s too",
            )
            return
        out.add(
            "contradicted",
            f"these words were said by {who} ({_where(ctx, said)}), not {claim.speaker}",
            expected=who,
        )
        return
    altered = [(q, c) for q, c in compared if c.relation == "altered" and q.speaker in speakers]
    if altered:
        out.events += [q for q, _ in altered]
        quotation, comparison = altered[0]
        out.add(
            "contradicted",
            f"{ctx.name(quotation.speaker)} said “{quotation.words}” "
            f"({_where(ctx, [quotation])}): "
            f"{_changes(comparison)}",
            expected=quotation.words,
        )
        return
    if claim.sentence and (
        in_place := [
            q
            for q, c in compared
            if c.relation == "other"
            and q.speaker in speakers
            and _in_the_same_words(claim.sentence, claim.words, q)
        ]
    ):
        out.events += in_place
        out.add(
            "contradicted",
            f"{ctx.name(in_place[0].speaker)} said “{in_place[0].words}” in these words "
            f"({_where(ctx, in_place)}), not “{claim.words}”",
            expected=in_place[0].words,
        )
        return
    if fuller := [q for q, c in compared if c.relation == "fuller" and q.speaker in speakers]:
        out.events += fuller
        out.add(
            "unverifiable",
            f"the record has only part of these words from {ctx.name(fuller[0].speaker)}: "
            f"“{fuller[0].words}” ({_where(ctx, fuller)})",
        )
        return
    out.add("unverifiable", f"no source on record quotes {claim.speaker} saying these words")


_CALLED = re.compile(
    rf"\b(?:according to the ([a-z][a-z-]*)|the ([a-z][a-z-]*) (?:{'|'.join(_SPEECH_VERBS)}"
    r"|ruled|found|wrote|added|concluded|noted)\b)"
)
"""A speaker named by what they are, as a sentence gives them words ("the judges ruled",
"according to the inspectors")."""


def _called_alike(claim: QuotationClaim, said: list[Quotation]) -> str | None:
    """What the claim's sentence calls the speaker it gives the words to, where a source that
    recorded the words calls their speaker so too ("the judges"): one speaker, told alike."""
    sentence = claim.sentence or claim.quote
    lead = sentence[: max(sentence.find(claim.words[:20]), 0)] or sentence
    for found in _CALLED.finditer(lead.casefold()):
        called = f"the {found[1] or found[2]}"
        if any(called in source.quote.casefold() for q in said for source in q.provenance):
            return called
    return None


_FRAGMENT = 4
_FRAGMENT = 4
"""Words a quotation may have at most to be a phrase lifted from an account ("not 'fully
transparent'"), not someone's statement."""


def _told_of(ctx: Context, words: str, said: list[Quotation], speakers: list[str]) -> bool:
    """Whether a phrase of a few words, which others are recorded saying, is theirs about the
    claimed speaker: every source giving it names the speaker beside it ("Mr Looney had
    admitted that he was not 'fully transparent'"), and a later account may pass it on as the
    speaker's own admission."""
    if len(words_of(words)) > _FRAGMENT:
        return False
    named = {name for speaker in speakers for name in names(ctx.name(speaker))}
    return bool(named) and all(
        named & names(source.quote) for quotation in said for source in quotation.provenance
    )


def _speakers(ctx: Context, mention: str) -> list[str]:
    """Who the claim has speak: the person or body named, and the body whose board or
    spokesperson is named ("the Rio Tinto board", "a spokesman for the trust"), who speak for it;
    or each of two named together ("Ann Holt and Ian Moss said"), who speak as one."""
    found = [ctx.record.resolve_as(mention, ("person", "organisation")).entity_id]
    body = _VOICE_OF.sub(" ", mention).strip(" ,;:'’")
    if body and body != mention.strip():
        found.append(ctx.record.resolve_as(body, ("organisation",)).entity_id)
    if found[0] is None and len(together := _TOGETHER.split(mention)) == 2:
        each = [
            ctx.record.resolve_as(one, ("person", "organisation")).entity_id for one in together
        ]
        found += each if None not in each else []
    return list(dict.fromkeys(f for f in found if f is not None))


def _speaking_for(ctx: Context, speakers: list[str], said: list[Quotation]) -> str | None:
    """The posts through which everyone who said the words speaks for a body the claim gives
    them to, if each held one there by the day they were reported."""
    bodies = {ctx.name(s) for s in speakers if ctx.record.entity(s).type == "organisation"}
    posts = []
    for quotation in said:
        held = [
            ctx.name(t.role)
            for t in ctx.view.tenures_of(quotation.speaker)
            if organisation_of(ctx.record, t.role) in bodies
            and (t.start is None or t.start.earliest <= quotation.first_published)
        ]
        if not held:
            return None
        posts.append(held[0])
    return " and ".join(sorted(set(posts))) if posts else None


_TOGETHER = re.compile(r"\s+(?:and|&)\s+")


_VOICE_OF = re.compile(
    r"(?i)(?:['’]s\s+)?\b(?:board|directors|spokes(?:man|woman|person)|statement)\b"
    r"(?:\s+(?:of|for))?"
)


@dataclass(frozen=True)
class _Said:
    """Something the record has a speaker say, and how a verdict shows it."""

    event: EventBase
    words: str
    shown: str


def _said_by(ctx: Context, speaker: str, claim: QuotationClaim) -> list[_Said]:
    said = [
        _Said(
            q, q.words, f"{'is reported saying' if q.reported else 'was quoted saying'} “{q.words}”"
        )
        for q in ctx.view.quotations_of(speaker)
        if claim.when is None or q.when is None or q.when.overlaps(claim.when)
    ]
    # A happening told as speech is compared in its record's words and in its sources' words.
    said += [
        _Said(e, words, f"is recorded as having {e.event_type}")
        for e in ctx.view.generic_events(speaker)
        if _told_as_speech(e.event_type)
        and (claim.when is None or e.when is None or e.when.overlaps(claim.when))
        for words in dict.fromkeys([e.summary or e.event_type, *(p.quote for p in e.provenance)])
    ]
    return said


def _told_as_speech(event_type: str) -> bool:
    words = event_type.casefold().split()
    return bool(words) and words[0] in _SPEECH_VERBS


def _check_reported_speech(ctx: Context, claim: QuotationClaim) -> None:
    out = ctx.out
    speaker = ctx.record.resolve_as(claim.speaker, ("person", "organisation")).entity_id
    said = _said_by(ctx, speaker, claim) if speaker is not None else []
    compared = [(s, compare_reported(claim.words, s.words)) for s in said]
    name = ctx.name(speaker)
    if agreeing := [s for s, paraphrase in compared if paraphrase.relation == "agrees"]:
        out.events += [s.event for s in agreeing]
        first = agreeing[0]
        out.add("supported", f"{name} {first.shown} ({ctx.source_label(first.event)})")
        return
    if differing := [(s, p) for s, p in compared if p.relation == "differs"]:
        first, paraphrase = differing[0]
        out.events.append(first.event)
        out.add(
            "contradicted",
            f"{name} {first.shown} ({ctx.source_label(first.event)}): "
            f"{', '.join(paraphrase.recorded)}, not {', '.join(paraphrase.claimed)}",
            expected=", ".join(paraphrase.recorded),
        )
        return
    out.add("unverifiable", f"no source on record quotes {claim.speaker} saying this")


_LEAD_IN = 3
"""Words just before a short quotation that tell where it was said ("now felt like", "a future
of"), one of them at least a word of its own."""
_SAYING = frozenset(
    {"said", "says", "say", "was", "is", "were", "are", "be", "been", "it", "he", "she", "they"}
    | {"that", "this", "as", "called", "described", "what", "we", "i", "you", "his", "her"}
)
"""Words leading into any quotation ("he said it was"), which tell nothing of where."""


def _in_the_same_words(sentence: str, words: str, quotation: Quotation) -> bool:
    """Whether a quotation too short to be compared word for word ("recent history") stands in
    a source's sentence where the record has other words of the speaker ("the Asda deal now
    felt like 'ancient history'"; "warned of a future of 'steady decline'"): the same few
    words lead into both, so one was altered."""
    if len(words_of(words)) > RUN_LENGTH or len(words_of(quotation.words)) > RUN_LENGTH:
        return False
    claimed = _lead_in(sentence, words)
    if not claimed or set(claimed) <= STOPWORDS | _SAYING:
        return False
    return any(
        _lead_in(source.quote, quotation.words) == claimed for source in quotation.provenance
    )


def _lead_in(sentence: str, words: str) -> tuple[str, ...] | None:
    said, quoted = words_of(sentence), words_of(words)
    for at in range(len(said) - len(quoted) + 1):
        if said[at : at + len(quoted)] == quoted and at >= _LEAD_IN:
            return tuple(said[at - _LEAD_IN : at])
    return None


def _where(ctx: Context, quotations: list[Quotation]) -> str:
    return ", ".join(ctx.source_label(q) for q in quotations)


def _changes(comparison: Comparison) -> str:
    return "; ".join(str(change) for change in comparison.changes)
