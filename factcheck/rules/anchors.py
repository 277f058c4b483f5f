"""Times a claim gives from a happening its text does not date: "two months after Mr Lewis
arrived", "a year after leaving Medway", "weeks before the merger".

The record dates the happening: someone arriving, joining or taking over is the start of their
tenure, someone leaving its end (or a departure the record reports), anything else a recorded
happening of the same kind with the claim's people or organisations. Where a person held several
posts, the words after the verb ("leaving Medway") or the organisations the claim names choose
among them. A happening the record dates only by presumption (a start inferred from a succession,
a happening that recurs) can support the claim but never contradict it; one it cannot date leaves
the claim unverifiable, since part of what it says is then untested.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from factcheck.claims import Claim
from factcheck.holders import cluster_times
from factcheck.record import EventBase
from factcheck.resolution import normalise_name
from factcheck.rules.context import Context, Finding, Outcome, organisation_of, possessive
from factcheck.rules.events import is_departure, is_same_kind
from factcheck.timespan import AnchoredTime, FuzzyTime

_ARRIVING = frozenset(
    {"arrive", "arrived", "arriving", "arrival", "join", "joined", "joining", "joins"}
    | {"start", "started", "starting", "took", "take", "taking", "taken", "appointed"}
    | {"appointment", "became", "becoming", "came", "coming"}
)
_LEAVING = frozenset(
    {"leave", "left", "leaving", "departure", "depart", "departed", "departing", "quit"}
    | {"quitting", "resigned", "resigning", "resignation", "retired", "retiring", "retirement"}
    | {"stepped", "stepping", "stood", "standing", "sacked", "sacking", "dismissed", "ousted"}
)
_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})
_LINKING = frozenset({"over", "as", "at", "to", "the", "in", "charge", "down", "from", "of", "up"})
_LINKING |= frozenset({"a", "an", "its", "his", "her", "their", "post", "role", "job", "run"})
_PEOPLE_FIELDS = ("person", "successor", "predecessor", "speaker", "subject")


@dataclass
class Dating:
    """How a claim's anchored times were dated, to be weighed once its rule has run."""

    claim: Claim
    """The claim with every time the record could date filled in."""
    dated: list[str] = field(default_factory=list)
    presumed: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)

    def settle(self, out: Outcome) -> None:
        """Fold the datings into the rule's outcome: an undated time leaves the claim
        unverifiable, a presumed one cannot contradict, and each dating is said."""
        tested = bool(out.findings)
        for why in self.undated:
            out.add("unverifiable", why, reason="gap")
        if not tested:
            return
        decision = out.decide()
        if self.presumed and decision.verdict in ("contradicted", "disputed"):
            told = "; ".join(self.presumed)
            out.findings = [
                Finding(
                    "unverifiable",
                    f"{decision.explanation}; but only a presumption dates it: {told}",
                    reason="gap",
                )
            ]
            return
        for how in self.dated + self.presumed:
            out.add(decision.verdict, how, reason=decision.reason)


def date_anchored(ctx: Context, claim: Claim) -> Dating:
    """The claim with the times it gives from happenings dated from the record."""
    dating = Dating(claim)
    dated: dict[str, FuzzyTime] = {}
    for name, anchored in claim.anchored.items():
        time, how, presumed = _date(ctx, anchored, claim)
        if time is None:
            dating.undated.append(f"the record does not date {anchored.text!r}: {how}")
            continue
        dated[name] = anchored.from_happening(time)
        said = f"{anchored.text!r} is {dated[name].label()}, from {how}"
        (dating.presumed if presumed else dating.dated).append(said)
    dating.claim = claim.model_copy(update={**dated, "anchored": {}})
    return dating


def _date(ctx: Context, anchored: AnchoredTime, claim: Claim) -> tuple[FuzzyTime | None, str, bool]:
    """When the happening was, how the record says so (or why it cannot), and whether only a
    presumption dates it."""
    words = anchored.happening.split()
    verb = next((i for i, word in enumerate(words) if _movement(word)), None)
    if verb is None:
        return _recorded_happening(ctx, anchored.happening, claim)
    said = " ".join(w for w in words[:verb] if w != "the")
    if said and said not in _PRONOUNS:
        resolution = ctx.record.resolve(said, "person")
        if resolution.entity_id is None:
            return None, resolution.reason, False
        people = [resolution.entity_id]
    else:
        people = _people(ctx, claim)
    leaving = _movement(words[verb]) == "leaving"
    naming = [w for w in words[verb + 1 :] if w not in _LINKING]
    return _tenure_edge(ctx, people, naming, leaving, claim)


def _movement(word: str) -> str | None:
    if word in _LEAVING:
        return "leaving"
    if word in _ARRIVING:
        return "arriving"
    return None


@dataclass(frozen=True)
class _Edge:
    """A start or end of someone's post, as the record dates it."""

    what: str
    time: FuzzyTime
    inferred: bool
    organisation: str
    events: tuple[EventBase, ...]


def _tenure_edge(
    ctx: Context, people: list[str], naming: list[str], leaving: bool, claim: Claim
) -> tuple[FuzzyTime | None, str, bool]:
    """The start (or end) of the one post of theirs the words or the claim point to."""
    edges: list[_Edge] = []
    for person in people:
        roles = {t.role for t in ctx.view.tenures_of(person)}
        for role in sorted(r for r in roles if _named(ctx, r, naming)):
            holder = ctx.holder(ctx.holders(role), person, role, ctx.name(person))
            time = holder.end if leaving else holder.start
            if time is not None:
                what = f"{possessive(ctx.name(person))} {'end' if leaving else 'start'}"
                edges.append(
                    _Edge(
                        f"{what} as {ctx.name(role)}",
                        time,
                        holder.end_inferred if leaving else holder.start_inferred,
                        organisation_of(ctx.record, role),
                        holder.tenures,
                    )
                )
    if leaving and not edges:
        edges = _departures(ctx, people)
    named = {ctx.name(o) for o in _organisation_ids(ctx, claim)}
    edges = [e for e in edges if e.organisation in named] or edges
    if not edges:
        return None, "the record has no such date", False
    if len({(e.time.earliest, e.time.latest) for e in edges}) > 1:
        return (
            None,
            "it could be " + " or ".join(f"{e.what} ({e.time.label()})" for e in edges),
            False,
        )
    edge = edges[0]
    ctx.out.events += edge.events
    return edge.time, f"{edge.what}, {edge.time.label()}", edge.inferred


def _named(ctx: Context, role: str, naming: list[str]) -> bool:
    names = {w for name in ctx.record.entity(role).names for w in normalise_name(name).split()}
    return set(naming) <= names


def _departures(ctx: Context, people: list[str]) -> list[_Edge]:
    found = []
    for person in people:
        events = tuple(
            e for e in ctx.view.generic_events(person) if e.when and is_departure(e.event_type)
        )
        for time in cluster_times([e.when for e in events if e.when is not None]):
            what = f"{possessive(ctx.name(person))} departure"
            found.append(_Edge(what, time, False, "", events))
    return found


def _recorded_happening(
    ctx: Context, happening: str, claim: Claim
) -> tuple[FuzzyTime | None, str, bool]:
    """A happening of the claim's people or organisations the record tells of in like words."""
    involved = _people(ctx, claim) + _organisation_ids(ctx, claim)
    events = [
        event
        for participant in involved
        for event in ctx.view.generic_events(participant)
        if event.when is not None and is_same_kind(event.event_type, happening)
    ]
    times = cluster_times([e.when for e in events if e.when is not None])
    if len(times) != 1:
        reason = "it could be any of " if times else "the record has no such happening"
        return None, reason + ", ".join(t.label() for t in times), False
    ctx.out.events += events
    once = all(event.once for event in events)
    return times[0], f"{events[0].event_type}, {times[0].label()}", not once


def _people(ctx: Context, claim: Claim) -> list[str]:
    found = []
    for mention in _mentions(claim, _PEOPLE_FIELDS) + list(getattr(claim, "participants", [])):
        resolution = ctx.record.resolve(mention, "person")
        if resolution.entity_id is not None and resolution.entity_id not in found:
            found.append(resolution.entity_id)
    return found


def _organisation_ids(ctx: Context, claim: Claim) -> list[str]:
    """The organisations a claim names, itself or as the owner of the post it names."""
    mentions = _mentions(claim, ("organisation", "subject")) + list(
        getattr(claim, "participants", [])
    )
    found = []
    for mention in mentions:
        resolution = ctx.record.resolve_as(mention, ("organisation", "service"))
        if resolution.entity_id is not None:
            found.append(resolution.entity_id)
    for role in _mentions(claim, ("role",)):
        resolution = ctx.record.resolve(role, "role")
        if resolution.entity_id is not None:
            owner = ctx.record.entity(resolution.entity_id).organisation
            found += [owner] if owner else []
    return list(dict.fromkeys(found))


def _mentions(claim: Claim, fields: tuple[str, ...]) -> list[str]:
    return [value for name in fields if isinstance(value := getattr(claim, name, None), str)]
