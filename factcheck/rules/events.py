"""Dated events: "the chairman resigned in March", "the board voted in 2016 to outsource it".

A claimed event is compared with the record's events of the same participants and the same kind
of happening. Most happenings recur (visits, reports, votes, meetings, announcements): a record
of one at another time says nothing against the claim, so they only support. A departure happens
once per post: it is contradicted when the record identifies it with confidence (every named
participant in it, one time however many sources) and its time is disjoint from the claim's. A
departure or arrival is also met by the person's reported tenures, which can support it but not
contradict it: a resignation is often announced months before the tenure ends.
"""

from __future__ import annotations

import re

from factcheck.claims import EventClaim
from factcheck.holders import cluster_times
from factcheck.record import GenericEvent
from factcheck.rules.compare import compare_time
from factcheck.rules.context import Context, Unresolved, reason_of
from factcheck.timespan import FuzzyTime

_STEM = 5
"""Words sharing their first this many letters are one kind of happening ("resigned",
"resignation"); shorter words must be equal."""
_IGNORED = frozenset(
    {"the", "a", "an", "of", "to", "from", "as", "was", "were", "his", "her", "its", "their"}
    | {"down", "up", "over", "out", "in", "on", "by", "with", "for", "and", "new", "after"}
)
_DEPARTURES = frozenset(
    {"resig", "quit", "retir", "stepp", "stood", "left", "leave", "depar", "sacke", "sack"}
    | {"dismi", "fired", "ousted"}
)
_ARRIVALS = frozenset({"joine", "start", "took", "appoi", "arriv"})


def check_event(ctx: Context, claim: EventClaim) -> None:
    out = ctx.out
    participants = _participants(ctx, claim.participants)
    kind = _kind(claim.event_type)
    same = [
        event
        for event in {
            e.id: e for participant in participants for e in ctx.view.generic_events(participant)
        }.values()
        if _same_kind(_kind(event.event_type), kind)
    ]
    out.events += same
    what = f"{', '.join(ctx.name(p) for p in participants)} {claim.event_type}"
    times = cluster_times([e.when for e in same if e.when is not None])
    agreeing = [t for t in times if claim.when is not None and t.overlaps(claim.when)]
    if same and (claim.when is None or agreeing):
        out.add("supported", f"the record has {what}{_at(agreeing or times)}")
    elif claim.when is not None and len(times) == 1 and _identified(ctx, same, participants, kind):
        compare_time(out, what, claim.when, times)
    else:
        _from_tenures(ctx, claim, participants, kind, what, times)


def _kind(event_type: str) -> str:
    """What kind of happening: the stem of its first word ("resigned" -> "resig")."""
    words = [w for w in re.findall(r"[a-z]+", event_type.casefold()) if w not in _IGNORED]
    return words[0][:_STEM] if words else ""


def _same_kind(event: str, claimed: str) -> bool:
    return event == claimed or (event in _DEPARTURES and claimed in _DEPARTURES)


def _identified(ctx: Context, same: list[GenericEvent], participants: list[str], kind: str) -> bool:
    """A person's departure the record names with every participant the claim names."""
    person = any(ctx.record.entities[p].type == "person" for p in participants)
    return (
        kind in _DEPARTURES
        and person
        and all(set(participants) <= set(event.participants) for event in same)
    )


def _participants(ctx: Context, mentions: list[str]) -> list[str]:
    """Every participant named, resolved; one the record does not know leaves the claim
    unverifiable (a record event of the others may be another happening)."""
    found: list[str] = []
    for mention in mentions:
        resolution = ctx.record.resolve_as(mention, ("person", "organisation", "role", "service"))
        if resolution.entity_id is None:
            raise Unresolved(resolution.reason, reason_of(resolution.status))
        found.append(resolution.entity_id)
    return found


def _from_tenures(
    ctx: Context,
    claim: EventClaim,
    participants: list[str],
    kind: str,
    what: str,
    times: list[FuzzyTime],
) -> None:
    """A departure or an arrival the record knows only as the end or start of a tenure."""
    found: list[FuzzyTime] = []
    for person in participants:
        for tenure in ctx.view.tenures_of(person):
            ends = [tenure.end] if kind in _DEPARTURES and tenure.end else []
            starts = [tenure.start] if kind in _ARRIVALS and tenure.start else []
            if ends or starts:
                ctx.out.events.append(tenure)
            found += ends + starts
    if claim.when is not None and any(t.overlaps(claim.when) for t in found):
        ctx.out.add("supported", f"the record has {what} in {claim.when.label()}")
    elif times:
        ctx.out.add("unverifiable", f"the record has {what}{_at(times)}; another then is news")
    else:
        ctx.out.add("unverifiable", f"no such event on record: {what}")


def _at(times: list[FuzzyTime]) -> str:
    return f" ({', '.join(t.label() for t in times)})" if times else ""
