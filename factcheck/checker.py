"""The deterministic checker: one rule per claim kind, deciding each claim against the record.

A claim is judged against the record as it stood on the claim's date. The record is open-world:
what it holds is a lower bound on what happened, so absence of evidence never contradicts; where
the record cannot settle a claim the verdict is ``unverifiable`` and says what is missing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from factcheck.claims import (
    AttributeClaim,
    ChangeClaim,
    Claim,
    DurationClaim,
    FigureClaim,
    HolderCountClaim,
    HolderOrdinalClaim,
    RatingClaim,
    RatingCountClaim,
    SuccessionClaim,
    TenureClaim,
)
from factcheck.holders import Holder, assemble, cluster_times, gaps
from factcheck.quantities import Quantity, ordinal_word, parse_duration
from factcheck.record import (
    Attribute,
    EventBase,
    Figure,
    Rating,
    Record,
    RecordView,
    ReportedCount,
    Tenure,
)
from factcheck.report import Evidence, Report, Verdict, VerdictKind
from factcheck.resolution import EntityType
from factcheck.timespan import FuzzyTime, duration_between

ATTRIBUTE_MATCH = 90.0
"""Minimum rapidfuzz score for two attribute names or values to be the same."""


class _Unresolved(Exception):
    """A name in the claim does not match exactly one entity of the record."""


@dataclass
class _Finding:
    """One part of a claim checked: tenure start, end, interim flag..."""

    verdict: VerdictKind
    explanation: str
    expected: str | None = None


@dataclass
class _Outcome:
    """Findings on a claim's parts and the events they rest on, combined into one verdict."""

    findings: list[_Finding] = field(default_factory=list)
    events: list[EventBase] = field(default_factory=list)

    def add(self, verdict: VerdictKind, explanation: str, expected: str | None = None) -> None:
        self.findings.append(_Finding(verdict, explanation, expected))

    def decide(self) -> tuple[VerdictKind, str, str | None]:
        for kind in ("contradicted", "disputed", "unverifiable"):
            hits = [f for f in self.findings if f.verdict == kind]
            if hits:
                expected = "; ".join(f.expected for f in hits if f.expected) or None
                return kind, "; ".join(f.explanation for f in hits), expected
        return "supported", "; ".join(f.explanation for f in self.findings), None


class Checker:
    """Decides claims against a record; the same claim and record always give the same verdict."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self._assembled: dict[tuple[int, str, int], list[Holder]] = {}

    def check(self, claim: Claim) -> Verdict:
        """Decide one claim as of its date."""
        view = self.record.view(claim.as_of)
        outcome = _Outcome()
        try:
            _RULES[claim.kind](self, view, claim, outcome)
        except _Unresolved as exc:
            outcome.findings = [_Finding("unverifiable", str(exc))]
        if not outcome.findings:
            outcome.add("unverifiable", "the claim states nothing the record can test")
        verdict, explanation, expected = outcome.decide()
        return Verdict(
            claim=claim,
            verdict=verdict,
            explanation=explanation,
            expected=expected,
            evidence=self._evidence(view, outcome.events),
        )

    def check_all(self, claims: Iterable[Claim]) -> Report:
        """Decide every claim and gather the verdicts in a report."""
        return Report(verdicts=[self.check(claim) for claim in claims])

    # -- shared helpers ---------------------------------------------------------------------------

    def _id(self, mention: str, entity_type: EntityType | None = None) -> str:
        resolution = self.record.resolve(mention, entity_type)
        if resolution.entity_id is None:
            raise _Unresolved(resolution.reason)
        return resolution.entity_id

    def _subject(
        self, mention: str, types: tuple[EntityType, ...] = ("service", "organisation")
    ) -> str:
        """What a rating, figure or attribute is about."""
        resolution = self.record.resolve_as(mention, types)
        if resolution.entity_id is None:
            raise _Unresolved(resolution.reason)
        return resolution.entity_id

    def _name(self, entity_id: str | None) -> str:
        return self.record.name_of(entity_id)

    def _evidence(self, view: RecordView, events: list[EventBase]) -> list[Evidence]:
        unique = {event.id: event for event in events}
        return [
            Evidence(
                event_id=event.id,
                kind=event.kind,
                summary=describe(event, self.record),
                sources=view.sources(event),
            )
            for event in unique.values()
        ]

    def _holders(self, view: RecordView, role: str) -> list[Holder]:
        """A role's holders as the view knows them, assembled once per record state and date
        prefix (claims of one story share them)."""
        tenures = view.tenures(role)
        key = (self.record.generation, role, len(tenures))
        if (holders := self._assembled.get(key)) is None:
            holders = self._assembled[key] = assemble(tenures)
        return holders

    def _holder(self, holders: list[Holder], person: str, role: str, mention: str) -> Holder:
        """The person's tenure among a role's holders; unverifiable when there is none."""
        for holder in holders:
            if holder.person == person:
                return holder
        raise _Unresolved(
            f"the record holds no tenure of {self._name(person)} as {self._name(role)} "
            f"(as written: {mention!r})"
        )

    def _holder_list(self, holders: Sequence[Holder]) -> str:
        return ", ".join(
            f"{i}. {self._name(h.person)}{' (interim)' if h.interim else ''} ({h.span_label()})"
            for i, h in enumerate(holders, start=1)
        )

    # -- holders of a role ------------------------------------------------------------------------

    def _check_holder_count(self, view: RecordView, claim: HolderCountClaim, out: _Outcome) -> None:
        role = self._id(claim.role, "role")
        holders = self._holders(view, role)
        until = None if claim.announced else claim.as_of
        counted = [h for h in holders if h.certainly_in(claim.since, until)]
        uncertain = [h for h in holders if h not in counted and h.possibly_in(claim.since, until)]
        out.events += [t for h in counted for t in h.tenures]
        bounds = self._count_bounds(view, role, claim.since, until, holders, len(counted), out)
        role_name = self._name(role)
        listing = (
            f"the record counts {len(counted)} holders of the post of {role_name} since "
            f"{claim.since.label()}: {self._holder_list(counted)}"
        )
        if bounds.conflict:
            out.add("disputed", f"{bounds.conflict}; {listing}")
            return
        n = claim.count
        exact = bounds.exact
        if exact is not None:
            if n == exact:
                out.add("supported", listing)
            else:
                out.add("contradicted", f"the record shows {exact}, not {n}; {listing}", str(exact))
            return
        if n < bounds.lower:
            out.add("contradicted", f"{n} is fewer than {listing}", f"at least {bounds.lower}")
        elif bounds.upper is not None and n > bounds.upper:
            out.add(
                "contradicted",
                f"{n} is more than the {bounds.upper} {bounds.upper_source}",
                f"at most {bounds.upper}",
            )
        elif n == bounds.lower and not uncertain:
            out.add("supported", listing)
        else:
            missing = gaps([*counted, *uncertain], claim.since, until)
            unsure = [self._name(h.person) for h in uncertain]
            why = "; ".join(
                missing + ([f"unsure whether {', '.join(unsure)} count"] if unsure else [])
            )
            shown = f" ({why})" if why else ""
            out.add("unverifiable", f"{n} is more than the record can show{shown}; {listing}")

    def _count_bounds(
        self,
        view: RecordView,
        key: str,
        since: FuzzyTime,
        until: date | None,
        holders: list[Holder],
        known: int,
        out: _Outcome,
    ) -> _Bounds:
        """Combine the holders the record knows with counts its sources reported."""
        bounds = _Bounds(lower=known)
        for reported in view.reported_counts(key):
            if reported.counted != "holders" or reported.person is not None:
                continue
            if reported.since is None or not reported.since.overlaps(since):
                continue
            out.events.append(reported)
            when = reported.as_of
            if until is not None and when.earliest > until:
                if bounds.upper is None or reported.value < bounds.upper:
                    bounds.upper = reported.value
                    bounds.upper_source = f"reported for {when.label()}"
                continue
            later = [
                h
                for h in holders
                if h.earliest_start > when.latest and (until is None or h.latest_start <= until)
            ]
            implied = reported.value + len(later)
            bounds.lower = max(bounds.lower, implied)
            incumbent = [h for h in holders if h.in_post_on(when.latest)]
            chain = [*incumbent[-1:], *later]
            if incumbent and not gaps(chain, when, until):
                bounds.add_exact(implied, _source_label(view, reported))
        if bounds.exact is not None and bounds.exact < known:
            bounds.conflict = (
                f"sources disagree: {bounds.exact_source} counts {bounds.exact}, "
                f"but the record names {known}"
            )
        if bounds.upper is not None and bounds.upper < bounds.lower:
            bounds.conflict = (
                f"sources disagree: a count of at most {bounds.upper} {bounds.upper_source}, "
                f"but the record names {bounds.lower}"
            )
        return bounds

    def _check_holder_ordinal(
        self, view: RecordView, claim: HolderOrdinalClaim, out: _Outcome
    ) -> None:
        person = self._id(claim.person, "person")
        role = self._id(claim.role, "role")
        holders = self._holders(view, role)
        target = self._holder(holders, person, role, claim.person)
        others = [h for h in holders if h.person != person]
        before = [
            h for h in others if h.certainly_in(claim.since, None) and h.certainly_before(target)
        ]
        unsure = [
            h
            for h in others
            if h not in before
            and h.possibly_in(claim.since, None)
            and not target.certainly_before(h)
        ]
        position = len(before) + 1
        counted = [*before, target]
        out.events += [t for h in counted for t in h.tenures]
        exact, exact_source = self._reported_position(view, role, claim.since, target, holders, out)
        name, role_name = self._name(person), self._name(role)
        listing = (
            f"the record counts {name} as the {ordinal_word(position)} {role_name} "
            f"since {claim.since.label()}: {self._holder_list(counted)}"
        )
        n = claim.ordinal
        if exact is not None and exact < position:
            out.add(
                "disputed",
                f"sources disagree: {exact_source} says {ordinal_word(exact)}; {listing}",
            )
            return
        if n < position:
            out.add(
                "contradicted",
                f"{name} is not the {ordinal_word(n)}: {listing}"
                + self._left_out_note(n, position, before, claim.since)
                + (f"; {exact_source} said {ordinal_word(exact)}" if exact else ""),
                ordinal_word(exact or position),
            )
        elif exact is not None:
            if n == exact:
                out.add("supported", f"{listing}; {exact_source} said {ordinal_word(exact)}")
            else:
                out.add(
                    "contradicted",
                    f"{exact_source} says {ordinal_word(exact)}; {listing}",
                    ordinal_word(exact),
                )
        elif n == position and not unsure:
            out.add("supported", listing)
        else:
            missing = gaps(counted, claim.since, target.latest_start)
            if n > position + len(unsure) and not missing:
                out.add(
                    "contradicted",
                    f"the record shows no room for more holders: {listing}",
                    ordinal_word(position),
                )
            else:
                doubts = missing + (
                    [f"the order of {', '.join(self._name(h.person) for h in unsure)} is unknown"]
                    if unsure
                    else []
                )
                out.add("unverifiable", f"{'; '.join(doubts)}; {listing}")

    def _left_out_note(self, n: int, position: int, before: list[Holder], since: FuzzyTime) -> str:
        if n != position - 1 or not before:
            return ""
        first = before[0]
        if first.earliest_start >= since.earliest:
            return ""
        return (
            f"; '{ordinal_word(n)}' would only hold if the {since.label()} incumbent, "
            f"{self._name(first.person)}, were left out"
        )

    def _reported_position(
        self,
        view: RecordView,
        role: str,
        since: FuzzyTime,
        target: Holder,
        holders: list[Holder],
        out: _Outcome,
    ) -> tuple[int | None, str]:
        """The position a source gave the holder: "the sixth", or a count while they were last."""
        for reported in view.reported_counts(role):
            if reported.counted != "holders" or reported.since is None:
                continue
            if not reported.since.overlaps(since):
                continue
            if reported.person == target.person:
                out.events.append(reported)
                return reported.value, _source_label(view, reported)
            when = reported.as_of.latest
            newer = [
                h
                for h in holders
                if h.person != target.person
                and target.certainly_before(h)
                and h.latest_start <= when
            ]
            if reported.person is None and target.in_post_on(when) and not newer:
                out.events.append(reported)
                return reported.value, _source_label(view, reported)
        return None, ""

    # -- tenures ----------------------------------------------------------------------------------

    def _check_tenure(self, view: RecordView, claim: TenureClaim, out: _Outcome) -> None:
        person = self._id(claim.person, "person")
        role = self._id(claim.role, "role")
        holders = self._holders(view, role)
        holder = self._holder(holders, person, role, claim.person)
        out.events += list(holder.tenures)
        name = self._name(person)
        if claim.start is not None:
            _compare_time(
                out, f"{_possessive(name)} start", claim.start, holder.starts, holder.start_inferred
            )
        if claim.end is not None:
            _compare_time(
                out, f"{_possessive(name)} departure", claim.end, holder.ends, holder.end_inferred
            )
        if claim.interim is not None:
            flags = holder.interim_flags
            said = "interim" if claim.interim else "permanent"
            if not flags:
                out.add("unverifiable", f"no source says whether {name} was interim")
            elif len(flags) > 1:
                out.add("disputed", f"sources disagree on whether {name} was interim")
            elif claim.interim in flags:
                out.add("supported", f"{name} was {said}")
            else:
                out.add(
                    "contradicted",
                    f"{name} was not {said}",
                    "interim" if True in flags else "permanent",
                )
        if claim.current is not None:
            self._check_current(claim, holder, holders, out)

    def _check_current(
        self, claim: TenureClaim, holder: Holder, holders: list[Holder], out: _Outcome
    ) -> None:
        name, day = self._name(holder.person), claim.as_of
        successors = [
            h
            for h in holders
            if h.person != holder.person and holder.certainly_before(h) and h.latest_start <= day
        ]
        if holder.in_post_on(day) and not successors:
            in_post = True
        elif (
            successors
            or (holder.end is not None and holder.end.latest < day)
            or holder.earliest_start > day
        ):
            in_post = False
        else:
            out.add(
                "unverifiable", f"the record cannot tell whether {name} was in post on {_day(day)}"
            )
            return
        out.events += [t for h in successors for t in h.tenures]
        if in_post == claim.current:
            out.add(
                "supported", f"{name} was {'in post' if in_post else 'not in post'} on {_day(day)}"
            )
        else:
            now = ", ".join(self._name(h.person) for h in successors) or "nobody on record"
            out.add(
                "contradicted",
                f"{name} was {'in post' if in_post else 'not in post'} on {_day(day)}",
                f"holder then: {self._name(holder.person) if in_post else now}",
            )

    def _check_succession(self, view: RecordView, claim: SuccessionClaim, out: _Outcome) -> None:
        role = self._id(claim.role, "role")
        before_id = self._id(claim.predecessor, "person")
        after_id = self._id(claim.successor, "person")
        holders = self._holders(view, role)
        before = self._holder(holders, before_id, role, claim.predecessor)
        after = self._holder(holders, after_id, role, claim.successor)
        between = [
            h
            for h in holders
            if h.person not in (before_id, after_id)
            and before.certainly_before(h)
            and h.certainly_before(after)
        ]
        out.events += [t for h in (before, after, *between) for t in h.tenures]
        a, b = self._name(before_id), self._name(after_id)
        others = after.predecessors - {before_id}
        if others and before_id not in after.predecessors:
            out.add(
                "contradicted",
                f"the record says {b} replaced {self._name(others.pop())}",
                self._name(next(iter(after.predecessors))),
            )
        elif after.certainly_before(before):
            out.add("contradicted", f"{b} held the post before {a}, not after")
        elif between:
            names = ", ".join(self._name(h.person) for h in between)
            out.add("contradicted", f"{names} held the post between {a} and {b}", names)
        elif before.meets(after):
            out.add("supported", f"{b} followed {a}")
        else:
            missing = gaps([before, after], before.start or FuzzyTime.day(date.min), None)
            out.add(
                "unverifiable",
                f"the record does not show {b} directly following {a} "
                f"({'; '.join(missing[1:]) or 'handover not reported'})",
            )
        if claim.when is not None:
            handover = [t for t in (before.end, after.start) if t is not None]
            _compare_time(out, "the handover", claim.when, cluster_times(handover))

    # -- ratings ----------------------------------------------------------------------------------

    def _ratings(
        self, view: RecordView, subject_mention: str, inspector: str | None
    ) -> list[Rating]:
        subject = self._subject(subject_mention)
        ratings = view.ratings(subject)
        if inspector is not None:
            inspector_id = self._id(inspector, "organisation")
            ratings = [r for r in ratings if r.inspector in (inspector_id, None)]
        return ratings

    def _check_rating(self, view: RecordView, claim: RatingClaim, out: _Outcome) -> None:
        ratings = self._ratings(view, claim.subject, claim.inspector)
        subject = self._name(self._subject(claim.subject))
        same = [r for r in ratings if r.judgement == claim.judgement]
        qualifier = claim.qualifier or (None if claim.when else "latest")
        if qualifier == "first":
            self._check_first_rating(claim, subject, same, out)
            return
        if claim.when is not None:
            self._check_rating_at(claim, subject, ratings, same, out)
        if qualifier == "latest":
            full = [r for r in ratings if r.inspection == "full"]
            self._check_latest_rating(claim, subject, full, out)
        elif qualifier == "only":
            inspections = cluster_times([r.when for r in same if r.inspection == "full"])
            out.events += same
            if len(inspections) > 1:
                out.add(
                    "contradicted",
                    f"{subject} was rated {claim.judgement} "
                    f"{len(inspections)} times ({', '.join(t.label() for t in inspections)})",
                    str(len(inspections)),
                )
            elif inspections:
                out.add("supported", f"the record has one {claim.judgement} rating of {subject}")
            else:
                out.add("unverifiable", f"no {claim.judgement} rating of {subject} on record")

    def _check_rating_at(
        self,
        claim: RatingClaim,
        subject: str,
        ratings: list[Rating],
        same: list[Rating],
        out: _Outcome,
    ) -> None:
        assert claim.when is not None
        at_time = [r for r in ratings if r.when.overlaps(claim.when)]
        out.events += at_time
        judged = claim.judgement
        agreeing = [r for r in at_time if r.judgement == judged]
        differing = sorted({r.judgement for r in at_time} - {judged})
        if agreeing and differing:
            out.add(
                "disputed",
                f"sources disagree on {_possessive(subject)} rating in "
                f"{claim.when.label()}: {judged} or {' or '.join(differing)}",
            )
        elif agreeing:
            out.add("supported", f"{subject} was rated {judged} in {_times(agreeing)}")
        elif differing:
            out.add(
                "contradicted",
                f"{subject} was rated {' or '.join(differing)} in {claim.when.label()}",
                " or ".join(differing),
            )
        else:
            out.events += same
            known = f"; the record has it rated {judged} in {_times(same)}" if same else ""
            out.add(
                "unverifiable", f"no rating of {subject} in {claim.when.label()} on record{known}"
            )

    def _check_first_rating(
        self, claim: RatingClaim, subject: str, same: list[Rating], out: _Outcome
    ) -> None:
        out.events += same
        if not same:
            out.add("unverifiable", f"no {claim.judgement} rating of {subject} on record")
            return
        first = cluster_times([r.when for r in same])[0]
        said = f"{subject} was first rated {claim.judgement} in {first.label()}"
        if claim.when is None or first.overlaps(claim.when):
            out.add("supported", said)
        elif first.certainly_before(claim.when):
            out.add("contradicted", f"{said}, not {claim.when.label()}", first.label())
        else:
            out.add(
                "unverifiable",
                f"{said}; an earlier rating in {claim.when.label()} is not on record",
            )

    def _check_latest_rating(
        self, claim: RatingClaim, subject: str, full: list[Rating], out: _Outcome
    ) -> None:
        full = sorted(full, key=lambda r: r.when.sort_key())
        if not full:
            out.add("unverifiable", f"no full inspection of {subject} on record")
            return
        latest_time = full[-1].when
        latest = [r for r in full if r.when.overlaps(latest_time)]
        out.events += latest
        judgements = {r.judgement for r in latest}
        if len(judgements) > 1:
            out.add(
                "disputed",
                f"sources disagree on {_possessive(subject)} latest rating "
                f"({latest_time.label()}): {', '.join(sorted(judgements))}",
            )
        elif claim.judgement in judgements:
            out.add(
                "supported",
                f"the latest rating of {subject} on record ({latest_time.label()}) is "
                f"{claim.judgement}",
            )
        else:  # open world: a newer inspection than any on record may have given it
            out.add(
                "unverifiable",
                f"the latest rating of {subject} on record ({latest_time.label()}) is "
                f"{judgements.pop()}; no {claim.judgement} rating since is on record",
            )

    def _check_rating_count(self, view: RecordView, claim: RatingCountClaim, out: _Outcome) -> None:
        subject_id = self._subject(claim.subject)
        subject = self._name(subject_id)
        window = FuzzyTime.between(
            claim.since.earliest if claim.since else date.min,
            min(claim.until.latest if claim.until else claim.as_of, claim.as_of),
        )
        matching = [
            r
            for r in view.ratings(subject_id)
            if r.inspection == "full"
            and r.judgement == claim.judgement
            and window.earliest <= r.when.earliest
            and r.when.latest <= window.latest
        ]
        out.events += matching
        inspections = cluster_times([r.when for r in matching])
        lower, upper, upper_source = len(inspections), None, ""
        listing = (
            f"the record has {lower} {claim.judgement} full-inspection rating(s) of {subject}"
            + (f": {', '.join(t.label() for t in inspections)}" if inspections else "")
        )
        for reported in view.reported_counts(subject_id):
            if reported.counted != "ratings" or reported.judgement != claim.judgement:
                continue
            covers_start = reported.since is None or reported.since.earliest <= window.earliest
            if reported.as_of.earliest >= window.latest and covers_start:
                out.events.append(reported)
                if upper is None or reported.value < upper:
                    upper, upper_source = reported.value, _source_label(view, reported)
            elif (
                reported.since is None
                or claim.since is None
                or reported.since.overlaps(claim.since)
            ):
                out.events.append(reported)
                lower = max(lower, reported.value)
        n = claim.count
        if upper is not None and upper < lower:
            out.add("disputed", f"sources disagree: {upper_source} counted {upper}; {listing}")
        elif n < lower:
            out.add("contradicted", f"{n} is fewer than the record shows; {listing}", str(lower))
        elif upper is not None and n > upper:
            out.add("contradicted", f"{upper_source} counted {upper}; {listing}", str(upper))
        elif n == lower:
            out.add("supported", listing)
        else:
            out.add("unverifiable", f"{n} is more than the record can show; {listing}")

    # -- figures ----------------------------------------------------------------------------------

    def _figures(
        self, view: RecordView, metric: str, subject: str | None, period: FuzzyTime | None
    ) -> tuple[str, list[Figure]]:
        metric_id = self._id(metric, "metric")
        subject_id = self._subject(subject) if subject else None
        figures = view.figures(metric_id, subject_id)
        if period is not None:
            figures = [f for f in figures if f.period is None or f.period.overlaps(period)]
        return self._name(metric_id), figures

    def _check_figure(self, view: RecordView, claim: FigureClaim, out: _Outcome) -> None:
        metric, figures = self._figures(view, claim.metric, claim.subject, claim.period)
        if claim.period is None:
            figures = [f for f in figures if f.period is None]
        out.events += figures
        when = f" for {claim.period.label()}" if claim.period else ""
        if not figures:
            out.add("unverifiable", f"no {metric} figure{when} on record")
            return
        _compare_values(out, f"{metric}{when}", claim.value, [f.value for f in figures])

    def _check_change(self, view: RecordView, claim: ChangeClaim, out: _Outcome) -> None:
        metric, figures = self._figures(view, claim.metric, claim.subject, claim.period)
        changes = [f for f in figures if f.previous is not None]
        out.events += changes
        rising = claim.to_value.value > claim.from_value.value
        if claim.direction and claim.direction != ("up" if rising else "down"):
            out.add(
                "contradicted",
                f"from {claim.from_value.label()} to "
                f"{claim.to_value.label()} is {'up' if rising else 'down'}, not "
                f"{claim.direction}",
                "up" if rising else "down",
            )
        if not changes:
            out.add("unverifiable", f"no reported change of {metric} on record")
            return
        _compare_values(
            out, f"{metric} before", claim.from_value, [f.previous for f in changes if f.previous]
        )
        _compare_values(out, f"{metric} after", claim.to_value, [f.value for f in changes])

    # -- durations and attributes -----------------------------------------------------------------

    def _check_duration(self, view: RecordView, claim: DurationClaim, out: _Outcome) -> None:
        person = self._id(claim.person, "person")
        name = self._name(person)
        if claim.role is not None:
            role = self._id(claim.role, "role")
            holder = self._holder(self._holders(view, role), person, role, claim.person)
            out.events += list(holder.tenures)
            if holder.start is None:
                out.add(
                    "unverifiable", f"the record has no start date for {_possessive(name)} tenure"
                )
                return
            end = holder.end if holder.end and holder.end.earliest <= claim.as_of else None
            shortest, longest = duration_between(holder.start, end or FuzzyTime.day(claim.as_of))
            low, high = float(shortest.days), float(longest.days)
            what = f"{_possessive(name)} time as {self._name(role)}"
        else:
            found = [
                a
                for a in view.attributes(person)
                if _same_words(a.attribute, claim.attribute or "")
            ]
            if not found:
                out.add("unverifiable", f"no {claim.attribute} of {name} on record")
                return
            attribute = found[0]
            out.events.append(attribute)
            stated = parse_duration(attribute.value)
            grown = (claim.as_of - attribute.first_published).days
            low, high = stated.min_days + grown, stated.max_days + grown
            what = (
                f"{_possessive(name)} {attribute.attribute} ({attribute.value} on "
                f"{_day(attribute.first_published)})"
            )
        actual = _days_label(low, high)
        if (
            claim.role is not None
            and (holder.start_inferred or holder.end_inferred)
            and not (claim.value.overlaps(low, high))
        ):
            out.add(
                "unverifiable",
                f"no source dates {what} directly; a reported succession suggests {actual}",
            )
        elif claim.value.overlaps(low, high):
            out.add("supported", f"{what} is {actual} on {_day(claim.as_of)}")
        else:
            out.add(
                "contradicted",
                f"{what} is {actual} on {_day(claim.as_of)}, not {claim.value.label()}",
                actual,
            )

    def _check_attribute(self, view: RecordView, claim: AttributeClaim, out: _Outcome) -> None:
        subject = self._subject(claim.subject, ("person", "organisation"))
        name = self._name(subject)
        found = [a for a in view.attributes(subject) if _same_words(a.attribute, claim.attribute)]
        out.events += found
        if not found:
            out.add("unverifiable", f"no {claim.attribute} of {name} on record")
            return
        matching = [a for a in found if _same_words(a.value, claim.value)]
        values = sorted({a.value for a in found})
        if matching and len(values) > 1 and not any(a.multiple for a in found):
            out.add(
                "disputed",
                f"sources give {_possessive(name)} {claim.attribute} as {' or '.join(values)}",
            )
        elif matching:
            out.add("supported", f"{_possessive(name)} {claim.attribute}: {matching[0].value}")
        elif any(a.multiple for a in found):
            out.add(
                "unverifiable",
                f"the record lists {_possessive(name)} {claim.attribute} as "
                f"{', '.join(values)}, and there may be others",
            )
        else:
            out.add(
                "contradicted",
                f"{_possessive(name)} {claim.attribute} is {' or '.join(values)}",
                " or ".join(values),
            )


@dataclass
class _Bounds:
    """What the record settles about a count: bounds, an exact value, or a conflict."""

    lower: int
    upper: int | None = None
    upper_source: str = ""
    exact: int | None = None
    exact_source: str = ""
    conflict: str = ""

    def add_exact(self, value: int, source: str) -> None:
        if self.exact is not None and self.exact != value:
            self.conflict = (
                f"sources disagree: {self.exact_source} gives {self.exact}, {source} gives {value}"
            )
        self.exact, self.exact_source = value, source


_Rule = Callable[[Checker, RecordView, Any, _Outcome], None]

_RULES: dict[str, _Rule] = {
    "holder_count": Checker._check_holder_count,
    "holder_ordinal": Checker._check_holder_ordinal,
    "tenure": Checker._check_tenure,
    "succession": Checker._check_succession,
    "rating": Checker._check_rating,
    "rating_count": Checker._check_rating_count,
    "figure": Checker._check_figure,
    "change": Checker._check_change,
    "duration": Checker._check_duration,
    "attribute": Checker._check_attribute,
}


def _compare_time(
    out: _Outcome, what: str, claimed: FuzzyTime, groups: list[FuzzyTime], inferred: bool = False
) -> None:
    """Compare a claimed time with the record's; a time only inferred from a succession can
    support a claim but never contradict it."""
    if inferred and groups and not groups[0].overlaps(claimed):
        out.add(
            "unverifiable",
            f"no source dates {what}; a reported succession suggests {groups[0].label()}",
        )
    elif not groups:
        out.add("unverifiable", f"the record has no date for {what}")
    elif len(groups) > 1:
        told = " or ".join(g.label() for g in groups)
        out.add("disputed", f"sources disagree on {what}: {told}")
    elif groups[0].overlaps(claimed):
        out.add("supported", f"{what}: {groups[0].label()}")
    else:
        out.add(
            "contradicted",
            f"{what} was {groups[0].label()}, not {claimed.label()}",
            groups[0].label(),
        )


def _compare_values(out: _Outcome, what: str, claimed: Quantity, values: list[Quantity]) -> None:
    agreeing = [v for v in values if v.agrees(claimed)]
    others = sorted({v.label() for v in values if not v.agrees(claimed)})
    if agreeing and others:
        out.add(
            "disputed",
            f"sources disagree on {what}: {agreeing[0].label()} or {' or '.join(others)}",
        )
    elif agreeing:
        out.add("supported", f"{what}: {agreeing[0].label()}")
    else:
        out.add(
            "contradicted",
            f"{what} was {' or '.join(others)}, not {claimed.label()}",
            " or ".join(others),
        )


def _same_words(a: str, b: str) -> bool:
    """Same attribute name or value, ignoring case, articles and word order."""
    left, right = _content_words(a), _content_words(b)
    score = max(fuzz.token_sort_ratio(left, right), fuzz.partial_ratio(left, right))
    return score >= ATTRIBUTE_MATCH


_FILLER = frozenset({"a", "an", "the", "by", "profession", "of", "years"})


def _content_words(text: str) -> str:
    return " ".join(w for w in text.casefold().split() if w not in _FILLER)


def _times(ratings: list[Rating]) -> str:
    return ", ".join(t.label() for t in cluster_times([r.when for r in ratings]))


def _days_label(low: float, high: float) -> str:
    def one(days: float) -> str:
        if days >= 730:
            return f"{days / 365.25:.1f} years"
        if days >= 60:
            return f"{days / 30.44:.1f} months"
        return f"{days:.0f} days"

    return one(low) if one(low) == one(high) else f"between {one(low)} and {one(high)}"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _day(day: date) -> str:
    return FuzzyTime.day(day).label()


def _source_label(view: RecordView, event: EventBase) -> str:
    sources = view.sources(event)
    first = sources[0]
    return f"{first.source} ({_day(first.published)})"


def describe(event: EventBase, record: Record) -> str:
    """One line saying what an event records, in the record's names."""
    name = record.name_of
    if isinstance(event, Tenure):
        start, end = event.start, event.end
        span = (
            f"{start.label()} – {end.label()}"
            if start and end
            else f"until {end.label()}"
            if end
            else f"from {start.label()}"
            if start
            else f"in post {event.in_post.label()}"
            if event.in_post
            else "dates not given"
        )
        interim = "interim " if event.interim else ""
        after = f", replacing {name(event.predecessor)}" if event.predecessor else ""
        return f"{name(event.person)}: {interim}{name(event.role)}, {span}{after}"
    if isinstance(event, Rating):
        inspector = name(event.inspector) if event.inspector else "Inspectors"
        return (
            f"{inspector} rated {name(event.subject)} {event.judgement} "
            f"({event.inspection} inspection, {event.when.label()})"
        )
    if isinstance(event, Figure):
        change = f" (from {event.previous.label()})" if event.previous else ""
        period = f", {event.period.label()}" if event.period else ""
        subject = f" of {name(event.subject)}" if event.subject else ""
        return f"{name(event.metric)}{subject}: {event.value.label()}{change}{period}"
    if isinstance(event, Attribute):
        return f"{name(event.subject)} — {event.attribute}: {event.value}"
    if isinstance(event, ReportedCount):
        what = (
            f"holders of {name(event.role)}"
            if event.counted == "holders"
            else f"{event.judgement} ratings of {name(event.subject)}"
        )
        since = f" since {event.since.label()}" if event.since else ""
        if event.person:
            return (
                f"{name(event.person)} reported as the {ordinal_word(event.value)} of {what}{since}"
            )
        return f"{event.value} {what}{since}, as of {event.as_of.label()}"
    return event.kind
