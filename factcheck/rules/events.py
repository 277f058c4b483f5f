"""Dated events: "the chairman resigned in March", "the board voted in 2016 to outsource it".

A claimed event is compared with the record's events of the same participants and the same kind
of happening. It is contradicted only when the record identifies that event with confidence (one
time, however many sources) and its time is disjoint from the claim's. A departure or arrival is
also met by the person's reported tenures, which can support it but not contradict it: a
resignation is often announced months before the tenure ends.
"""

from __future__ import annotations

import re

from factcheck.claims import EventClaim
from factcheck.holders import cluster_times
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
_DEPARTURES = frozenset({"resig", "quit", "retir", "stepp", "stood", "left", "leave", "depar"})
_ARRIVALS = frozenset({"joine", "start", "took", "appoi", "arriv"})


def check_event(ctx: Context, claim: EventClaim) -> None:
    out = ctx.out
    participants = _participants(ctx, claim.participants)
    stems = _stems(claim.event_type)
    events = {
        e.id: e
        for participant in participants
        for e in ctx.view.generic_events(participant)
        if _stems(e.event_type) & stems
    }
    same = list(events.values())
    out.events += same
    what = f"{', '.join(ctx.name(p) for p in participants)} {claim.event_type}"
    times = cluster_times([e.when for e in same if e.when is not None])
    if claim.when is None:
        if same:
            out.add("supported", f"the record has {what}{_at(times)}")
        else:
            _from_tenures(ctx, claim, participants, stems, what)
        return
    if any(t.overlaps(claim.when) for t in times) or len(times) == 1:
        compare_time(out, what, claim.when, times)
    elif times:
        told = " and ".join(t.label() for t in times)
        out.add("unverifiable", f"the record has {what} at several times ({told}), none then")
    else:
        _from_tenures(ctx, claim, participants, stems, what)


def _participants(ctx: Context, mentions: list[str]) -> list[str]:
    found: list[str] = []
    failure: Unresolved | None = None
    for mention in mentions:
        resolution = ctx.record.resolve_as(mention, ("person", "organisation", "role", "service"))
        if resolution.entity_id is not None:
            found.append(resolution.entity_id)
        else:
            failure = failure or Unresolved(resolution.reason, reason_of(resolution.status))
    if not found:
        assert failure is not None
        raise failure
    return found


def _from_tenures(
    ctx: Context, claim: EventClaim, participants: list[str], stems: set[str], what: str
) -> None:
    """A departure or an arrival the record knows only as the end or start of a tenure."""
    times: list[FuzzyTime] = []
    for person in participants:
        for tenure in ctx.view.tenures_of(person):
            if stems & _DEPARTURES and tenure.end is not None:
                times.append(tenure.end)
            if stems & _ARRIVALS and tenure.start is not None:
                times.append(tenure.start)
            if times:
                ctx.out.events.append(tenure)
    if claim.when is not None and any(t.overlaps(claim.when) for t in times):
        ctx.out.add("supported", f"the record has {what} in {claim.when.label()}")
    else:
        ctx.out.add("unverifiable", f"no such event on record: {what}")


def _at(times: list[FuzzyTime]) -> str:
    return f" ({', '.join(t.label() for t in times)})" if times else ""


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.casefold())
    return {w[:_STEM] for w in words if w not in _IGNORED}
