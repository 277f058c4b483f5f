"""Dated events: "the chairman resigned in March", "the board voted in 2016 to outsource it".

A claimed event is compared with the record's events of the same participants and the same kind
of happening. Most happenings recur (visits, reports, votes, meetings, announcements): a record
of one at another time says nothing against the claim, so they only support. A happening its
source reports as befalling its participants once (a death, a merger, a resignation from a post)
is contradicted when the record identifies it with confidence (every named participant in it,
the same words for what happened, one time however many sources) and its time is disjoint from
the claim's; so is a person's step into or out of a post the happening names ("confirmed as
police commissioner"), which befalls them once in each spell. A happening claimed as the first
of its kind ("staff were first told in February") is contradicted by the record of it befalling
them before, however often it recurs.
Records of earlier versions do not say which happenings are once: there a person's
departure is. A departure or arrival is also met by the person's reported tenures, which can
support it but not contradict it: a resignation is often announced months before the tenure ends,
so a departure dated by the tenure's end is not contradicted by the date of its announcement.
A participant the record has no entity for ("left to run Medway NHS Foundation Trust") is met by
the record's events of the others that name it in their words.
"""

from __future__ import annotations

import re

from factcheck.claims import EventClaim
from factcheck.holders import cluster_times
from factcheck.record import GenericEvent
from factcheck.resolution import normalise_name
from factcheck.rules.compare import compare_time
from factcheck.rules.context import Context, Unresolved, reason_of
from factcheck.rules.titles import POST_NOUNS
from factcheck.rules.wording import another_word
from factcheck.timespan import FuzzyTime

_STEM = 5
"""Words sharing their first this many letters are one kind of happening ("resigned",
"resignation"); shorter words must be equal."""
_IGNORED = frozenset(
    {"the", "a", "an", "of", "to", "from", "as", "was", "were", "his", "her", "its", "their"}
    | {"down", "up", "over", "out", "in", "on", "by", "with", "for", "and", "new", "after"}
    | {"he", "she", "it", "they", "that", "would", "will", "had", "has", "have", "be", "been"}
    | {"into", "at", "is", "are"}
)
_SAME_WORDS = 0.5
"""Share of their words two accounts of what happened must have in common to be one happening."""
_DETAIL = 3
"""Words of its own, beyond its verb, that two accounts of a happening must share to identify it
whether or not its kind recurs (or one more, its verb among them, in whatever order they come)."""
_DEPARTURES = frozenset(
    {"resig", "quit", "retir", "stepp", "stood", "stand", "left", "leave", "depar", "sacke"}
    | {"sack", "dismi", "fired", "ousted"}
)
_LIGHT_VERBS = frozenset(
    {"gave", "give", "given", "hande", "hand", "put", "puts", "place", "made", "make", "took"}
    | {"take", "taken", "issue", "serve", "held", "hold", "got", "get"}
)
"""Verbs that leave the naming of a happening to their object: "gave notice" and "handed in his
notice", "put into special measures" and "placed in special measures" are one happening."""
_FIRST_THEN = re.compile(r"\bfirst\s+(?:been\s+|be\s+)?([a-z]+)")
_ARRIVALS = frozenset({"joine", "start", "took", "appoi", "arriv"})
_ANNOUNCING = frozenset({"annou", "said", "says", "confi", "revea", "decla", "told", "warne"})
"""Verbs that tell of a happening to come, or say it, rather than make it happen."""


def check_event(ctx: Context, claim: EventClaim) -> None:
    out = ctx.out
    participants, unknown = _participants(ctx, claim.participants)
    kind = _kind(claim.event_type)
    same = [
        event
        for event in {
            e.id: e for participant in participants for e in ctx.view.generic_events(participant)
        }.values()
        if _same_kind(_kind(event.event_type), kind)
        # "Reached the final" is not "reached the semi-final", nor "signed" "resigned".
        and another_word(_hyphens_closed(claim.event_type), [_hyphens_closed(event.event_type)])
        is None
        and all(_named_in(event, mention) for mention, _ in unknown)
    ]
    if unknown and not same:
        raise unknown[0][1]
    out.events += same
    what = f"{', '.join(ctx.name(p) for p in participants)} {claim.event_type}"
    times = cluster_times([e.when for e in same if e.when is not None])
    agreeing = [t for t in times if claim.when is not None and t.overlaps(claim.when)]
    # Only accounts of the very happening can identify it; other departures of a person, say,
    # are met but say nothing of when this one was. A time still to come when it was reported
    # is what was planned then, or the time of what was announced, not when it happened.
    told_so = [
        e
        for e in same
        if _one_happening(_kind(e.event_type), kind)
        and not (e.when is not None and e.when.earliest > e.first_published)
    ]
    told_times = cluster_times([e.when for e in told_so if e.when is not None])
    # An announcement given the time of what it announced ("is to retire in the summer"), told
    # as news on a day outside the told times, may be another occasion of the kind: then the
    # record does not identify the one claimed.
    announced_on = [
        FuzzyTime.day(e.first_published)
        for e in same
        if _announcing(kind)
        and _one_happening(_kind(e.event_type), kind)
        and e.when is not None
        and e.when.earliest > e.first_published
    ]
    earlier = [
        e.when
        for e in told_so
        if claim.when is not None
        and e.when is not None
        and e.when.latest < claim.when.earliest
        and set(participants) <= set(e.participants)
    ]
    if claim.when is not None and earlier and _claimed_first(claim):
        # "Staff were first told in February" cannot hold where the record has them told in
        # January: however often a happening recurs, only one time is its first.
        first = min(earlier, key=lambda t: t.sort_key())
        out.add(
            "contradicted",
            f"the record has {what}{_at([first])}, before the first time claimed "
            f"({claim.when.label()})",
            first.label(),
        )
    elif same and (claim.when is None or agreeing):
        out.add("supported", f"the record has {what}{_at(agreeing or times)}")
    elif (
        claim.when is not None
        and len(told_times) == 1
        and all(told_times[0].overlaps(day) for day in announced_on)
        and _identified(ctx, told_so, participants, kind)
        and not any(t.overlaps(claim.when) for t in _tenure_times(ctx, participants, kind))
    ):
        compare_time(out, what, claim.when, told_times)
    else:
        _from_tenures(ctx, claim, participants, kind, what, times)


def _claimed_first(claim: EventClaim) -> bool:
    """Whether a claim says its happening was the first of its kind: "first" just before the
    verb that names it ("staff first told of the crisis", "he first helped to rescue the club"),
    not a "first day" or a "first report" it speaks of."""
    words = [
        w
        for w in re.findall(r"[a-z]+", claim.event_type.casefold())
        if w != "first" and w not in _IGNORED
    ]
    verbs = {word[:_STEM] for word in words[:2]}
    for text in (claim.event_type, claim.quote):
        for following in _FIRST_THEN.findall(text.casefold()):
            if following[:_STEM] in verbs:
                return True
    return False


def _hyphens_closed(event_type: str) -> str:
    """An account with its hyphenated words written whole ("semi-final": "semifinal"), which
    ``another_word`` can then tell from "final"."""
    return re.sub(r"(?<=[a-z])-(?=[a-z])", "", event_type.casefold())


def _kind(event_type: str) -> list[str]:
    """What kind of happening: the stems of its words and its numbers, the first first
    ("resigned as chair" -> ["resig", "chair"]; "the 787 grounded" -> ["787", "groun"])."""
    words = [w for w in re.findall(r"[a-z]+|\d+", event_type.casefold()) if w not in _IGNORED]
    return [word[:_STEM] for word in words]


def _same_kind(event: list[str], claimed: list[str]) -> bool:
    """Accounts of one kind of happening: the same first word, or mostly the same words."""
    return (event[:1] == claimed[:1]) or _same_happening(event, claimed)


def _same_happening(event: list[str], claimed: list[str]) -> bool:
    """Accounts of one happening: told alike, or both a departure."""
    return _told_alike(event, claimed) or (_departure(event) and _departure(claimed))


def _told_alike(event: list[str], claimed: list[str]) -> bool:
    """Mostly the same words (a light verb aside), or the one's words all in the other with the
    same first word ("merged", "merged to form a new trust"). Announcing a happening is not the
    happening: "announced he would retire" is not "retired"."""
    if _announcing(event) != _announcing(claimed):
        return False
    told, said = _named_by(event), _named_by(claimed)
    if _announcing(event) and bool(_beyond_a_post(told[1:])) != bool(_beyond_a_post(said[1:])):
        return False  # "announced a new chief executive" is not "announced his retirement"
    own_told, own_said = set(_beyond_a_post(told)), set(_beyond_a_post(said))
    if own_told and own_said and not own_told & own_said:
        return False  # "exit as chief executive" is not "named chief executive": only the post
    shared, either = set(told) & set(said), set(told) | set(said)
    mostly = bool(either) and len(shared) >= _SAME_WORDS * len(either)
    within = (
        bool(told and said) and told[0] == said[0] and min(set(told), set(said), key=len) <= shared
    )
    return mostly or within


def _beyond_a_post(kind: list[str]) -> list[str]:
    """The words of a happening other than the post it befalls ("chief executive")."""
    return [word for word in kind if word not in _POSTS and len(word) > 1]


def _one_happening(event: list[str], claimed: list[str]) -> bool:
    """Accounts that tell one happening: told alike, or the same departure."""
    return _told_alike(event, claimed) or _same_departure(event, claimed)


def _same_departure(event: list[str], claimed: list[str]) -> bool:
    """Departures told in other words ("resigned", "stepped down") are one happening where they
    leave the same thing: neither names what was left, or both name it alike. A person leaves
    many things: "left the armed forces" is not "resigned" from a later post."""
    if not (_departure(event) and _departure(claimed)):
        return False
    left, quit_ = set(_named_by(event)[1:]), set(_named_by(claimed)[1:])
    return left == quit_ or bool(left & quit_)


def _announcing(kind: list[str]) -> bool:
    return bool(kind) and kind[0] in _ANNOUNCING


def _named_by(kind: list[str]) -> list[str]:
    """The words that name a happening: its stems without a leading light verb."""
    return kind[1:] if len(kind) > 1 and kind[0] in _LIGHT_VERBS else kind


def is_same_kind(event_type: str, other: str) -> bool:
    """Whether two wordings name one kind of happening ("merged", "the merger")."""
    return _same_kind(_kind(event_type), _kind(other))


def is_departure(event_type: str) -> bool:
    """Whether a happening, as a source words it, is someone leaving a post."""
    return _departure(_kind(event_type))


def is_departure_from(event_type: str, post: str) -> bool:
    """Whether a happening, as a source words it, is someone leaving the post ``post`` names
    (its title and organisation): a departure naming nothing else that was left ("resigned",
    "stepped down as chief executive"), not one from something else ("left the army")."""
    kind = _kind(event_type)
    return _departure(kind) and set(_named_by(kind)[1:]) <= set(_kind(post))


def _departure(kind: list[str]) -> bool:
    return bool(kind) and kind[0] in _DEPARTURES


def _identified(
    ctx: Context, same: list[GenericEvent], participants: list[str], kind: list[str]
) -> bool:
    """Accounts of one happening (told alike) identify it when it befalls its participants
    once and each has every participant the claim names (a person's departure, in a record
    that does not say which happenings are once)."""
    if not all(
        any(_one_body(ctx, claimed, told) for told in event.participants)
        for event in same
        for claimed in participants
    ):
        return False
    if all(_told_in_detail(ctx, event, kind) for event in same):
        return True
    person = any(ctx.record.entities[p].type == "person" for p in participants)
    if (
        person
        and _a_career_step(kind)
        and all(_same_step(_kind(event.event_type), kind) for event in same)
    ):
        return True
    if all(event.once is None for event in same):
        return _departure(kind) and person
    return all(event.once for event in same)


def _a_career_step(kind: list[str]) -> bool:
    """Whether a happening puts someone into a post it names, or takes them out of it
    ("confirmed as police commissioner", "resigned as chairman"): it befalls a person once in
    each spell in the post, however often the body confirms or loses others."""
    steps = bool(kind) and (kind[0] in _APPOINTING or _departure(kind))
    return steps and bool(set(_named_by(kind)[1:]) & _POSTS)


def _same_step(event: list[str], claimed: list[str]) -> bool:
    """Whether two accounts tell the same step: by the same verb, or both a departure ("chosen
    as police commissioner" is not "dismissed the police commissioner")."""
    return event[:1] == claimed[:1] or (_departure(event) and _departure(claimed))


_APPOINTING = frozenset({"confi", "appoi", "named", "hired", "elect", "chose", "selec", "insta"})
"""Verbs that put someone into a post."""
_POSTS = frozenset(noun[:_STEM] for noun in POST_NOUNS - {"board", "role", "post", "job"})
"""What names a post among the words of a happening ("as police commissioner")."""
_LEGAL_FORMS = frozenset(
    {"the", "ltd", "limited", "plc", "inc", "llc", "co", "corp", "corporation", "company"}
)
"""Words of an organisation's name that give its legal form, not which it is."""


def _one_body(ctx: Context, claimed: str, told: str) -> bool:
    """Whether two participants are one: the same entity, or organisations whose names differ
    only by their legal form ("HS2", "HS2 Ltd")."""
    if claimed == told:
        return True
    a, b = ctx.record.entities[claimed], ctx.record.entities[told]
    if a.type != "organisation" or b.type != "organisation":
        return False
    plain_a = set(normalise_name(a.name).split()) - _LEGAL_FORMS
    plain_b = set(normalise_name(b.name).split()) - _LEGAL_FORMS
    return bool(plain_a) and plain_a == plain_b


def _told_in_detail(ctx: Context, event: GenericEvent, kind: list[str]) -> bool:
    """Whether a claim and a record event tell a happening in enough of the same words of its
    own, in any order, beside the participants' names ("reversed a decision to move high school
    start times later"; "the 787 Dreamliner grounded worldwide", "the worldwide grounding of
    the 787 Dreamliner"): a happening told so is that one, however often its kind recurs;
    "visited the training ground" is not. A record event named in few words ("published
    revelations") is told in detail by its source's account of it, which must hold most of
    the claim's words."""
    named = {
        word[:_STEM]
        for participant in event.participants
        for word in re.findall(r"[a-z]+", ctx.name(participant).casefold())
    }
    told, said = _named_by(_kind(event.event_type)), _named_by(kind)
    if _share(set(told[1:]) - named, set(said[1:]) - named, _DETAIL):
        return True
    if _share(set(told) - named, set(said) - named, _DETAIL + 1):
        return True
    accounted = set(_kind(f"{event.event_type} {event.summary}")) - named
    claimed = set(said) - named
    shared = accounted & claimed
    return len(shared) > _DETAIL and len(shared) >= _SAME_WORDS * len(claimed)


def _share(told: set[str], said: set[str], enough: int) -> bool:
    """Whether two accounts share enough words, and at least half of all either uses."""
    shared = told & said
    return len(shared) >= enough and len(shared) >= _SAME_WORDS * len(told | said)


def _participants(
    ctx: Context, mentions: list[str]
) -> tuple[list[str], list[tuple[str, Unresolved]]]:
    """Every participant named, resolved, and those the record does not know with why. One
    unknown leaves the claim unverifiable unless a record event of the others names it (another
    event of theirs may be another happening); so does an ambiguous one, or knowing none."""
    found: list[str] = []
    unknown: list[tuple[str, Unresolved]] = []
    for mention in mentions:
        resolution = ctx.record.resolve_as(mention, ("person", "organisation", "role", "service"))
        if resolution.entity_id is not None:
            found.append(resolution.entity_id)
            continue
        unresolved = Unresolved(resolution.reason, reason_of(resolution.status))
        if resolution.status != "unknown" or not normalise_name(mention):
            raise unresolved
        unknown.append((mention, unresolved))
    if unknown and not found:
        raise unknown[0][1]
    return found, unknown


def _named_in(event: GenericEvent, mention: str) -> bool:
    """Whether a record event's own words name a participant it has no entity for."""
    words = f" {normalise_name(mention)} "
    return any(words in f" {normalise_name(told)} " for told in (event.event_type, event.summary))


def _from_tenures(
    ctx: Context,
    claim: EventClaim,
    participants: list[str],
    kind: list[str],
    what: str,
    times: list[FuzzyTime],
) -> None:
    """A departure or an arrival the record knows as the end or start of a tenure."""
    found = _tenure_times(ctx, participants, kind)
    if claim.when is not None and any(t.overlaps(claim.when) for t in found):
        ctx.out.add("supported", f"the record has {what} in {claim.when.label()}")
    elif times:
        ctx.out.add("unverifiable", f"the record has {what}{_at(times)}; another then is news")
    else:
        ctx.out.add("unverifiable", f"no such event on record: {what}")


def _tenure_times(ctx: Context, participants: list[str], kind: list[str]) -> list[FuzzyTime]:
    """The participants' tenure ends (for a departure) or starts (for an arrival), their
    tenures kept as evidence: a resignation announced in September and a last day in November
    are both the departure."""
    found: list[FuzzyTime] = []
    for person in participants:
        for tenure in ctx.view.tenures_of(person):
            ends = [tenure.end] if _departure(kind) and tenure.end else []
            starts = [tenure.start] if set(kind[:1]) & _ARRIVALS and tenure.start else []
            if (ends or starts) and tenure not in ctx.out.events:
                ctx.out.events.append(tenure)
            found += ends + starts
    return found


def _at(times: list[FuzzyTime]) -> str:
    return f" ({', '.join(t.label() for t in times)})" if times else ""
