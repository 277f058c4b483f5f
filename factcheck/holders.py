"""Who held a role when: tenures assembled per person, ordered, and the gaps between them.

A role here is held by one person at a time (a department's head), so tenures are ordered by
any of their known times. Different sources may report different parts of one tenure (one the
start, another the end); they are combined per person. Reports that disagree about a time are
kept as alternatives, and the combined time is their hull, so nothing is claimed more precisely
than every source allows.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from factcheck.record import Tenure
from factcheck.timespan import FuzzyTime


def cluster_times(times: list[FuzzyTime]) -> list[FuzzyTime]:
    """Group reported times that agree; each group becomes the time all its reports allow.

    One result means the sources agree; several mean they disagree (a dispute).
    """
    groups: list[FuzzyTime] = []
    for time in sorted(times, key=FuzzyTime.sort_key):
        merged = groups[-1].intersection(time) if groups else None
        if merged is None:
            groups.append(time)
        else:
            groups[-1] = merged
    return groups


def _hull(times: list[FuzzyTime]) -> FuzzyTime | None:
    if not times:
        return None
    if len(times) == 1:
        return times[0]
    return FuzzyTime.between(min(t.earliest for t in times), max(t.latest for t in times))


@dataclass(frozen=True)
class Holder:
    """One person's tenure of a role, combined from every report of it."""

    person: str
    tenures: tuple[Tenure, ...]
    reported_by: date
    handed_over: FuzzyTime | None = None
    """When a successor took over from this holder, by the successor's reported start."""
    took_over: FuzzyTime | None = None
    """When this holder took over, by the reported end of the predecessor they replaced."""

    @cached_property
    def starts(self) -> list[FuzzyTime]:
        """Agreeing groups of start times (several when sources disagree); without a reported
        start, the end of the predecessor the holder replaced."""
        reported = reported_starts(self.tenures)
        return reported or ([self.took_over] if self.took_over else [])

    @cached_property
    def ends(self) -> list[FuzzyTime]:
        """Agreeing groups of end times (several when sources disagree); without a reported
        end, the start of the successor who replaced the holder."""
        reported = reported_ends(self.tenures)
        return reported or ([self.handed_over] if self.handed_over else [])

    @property
    def start_inferred(self) -> bool:
        """The start comes only from a reported succession, not from any source's date."""
        return self.took_over is not None and not reported_starts(self.tenures)

    @property
    def end_inferred(self) -> bool:
        """The end comes only from a reported succession, not from any source's date."""
        return self.handed_over is not None and not reported_ends(self.tenures)

    @cached_property
    def start(self) -> FuzzyTime | None:
        """When the tenure began, as precisely as every source allows; None if unreported."""
        return _hull(self.starts)

    @cached_property
    def end(self) -> FuzzyTime | None:
        """When it ended or will end; None while the record knows of no end."""
        return _hull(self.ends)

    @property
    def interim(self) -> bool | None:
        """Whether sources call it interim or acting (None if unsaid or disputed)."""
        flags = {t.interim for t in self.tenures if t.interim is not None}
        return flags.pop() if len(flags) == 1 else None

    @property
    def interim_flags(self) -> set[bool]:
        """Every interim flag sources gave."""
        return {t.interim for t in self.tenures if t.interim is not None}

    @property
    def predecessors(self) -> set[str]:
        """Whom sources say this person replaced."""
        return {t.predecessor for t in self.tenures if t.predecessor}

    @property
    def announced(self) -> bool:
        """True when every report of it came before it began."""
        return self.start is not None and self.start.earliest > self.reported_by

    @cached_property
    def anchors(self) -> list[FuzzyTime]:
        """Its known times: start, end, and times sources say the person was in post."""
        points = [t for t in (self.start, self.end) if t is not None]
        return points + [t.in_post for t in self.tenures if t.in_post is not None]

    @property
    def latest_start(self) -> date:
        """The latest the tenure can have begun (by its first report, unless announced)."""
        bounds = [point.latest for point in self.anchors]
        return min(bounds if self.announced else [*bounds, self.reported_by])

    @property
    def earliest_start(self) -> date:
        """The earliest it can have begun (unbounded when the start is unreported, and when the
        reported start is of a later spell: the person was in post before it)."""
        if self.start is None or self.start.earliest > self.latest_start:
            return date.min
        return self.start.earliest

    def in_post_on(self, day: date) -> bool:
        """Certainly in post on ``day``, as far as the record shows."""
        return self.latest_start <= day and (self.end is None or self.end.earliest >= day)

    def certainly_in(self, since: FuzzyTime, until: date | None) -> bool:
        """Certainly held the role at some time from ``since`` up to ``until``.

        A calendar period ("since 2013") counts whoever held the post at any time in it; a
        window whose start is only known within a range ("in less than a decade") counts for
        certain only those in post after the latest it can begin.
        """
        started = until is None or self.latest_start <= until
        threshold = since.latest if since.precision == "range" else since.earliest
        return started and any(point.earliest >= threshold for point in self.anchors)

    def possibly_in(self, since: FuzzyTime, until: date | None) -> bool:
        """May have held the role at some time from ``since`` up to ``until``."""
        started = until is None or self.earliest_start <= until
        return started and (self.end is None or self.end.latest >= since.earliest)

    def certainly_before(self, other: Holder) -> bool:
        """Sources state that this tenure began before ``other``'s: ``other`` replaced this
        holder, or began after a time this holder is reported in post. Never inferred from the
        post having one holder at a time (``other`` in post after this holder left says nothing
        of when ``other`` began)."""
        if self.person in other.predecessors:
            return True
        starts = reported_starts(other.tenures)
        return any(a.latest < b.earliest for a in self.anchors for b in starts)

    def meets(self, successor: Holder) -> bool:
        """The successor took over as this tenure ended: no room for anyone between."""
        if self.person in successor.predecessors:
            return True
        return (
            self.end is not None
            and successor.start is not None
            and self.end.latest >= successor.start.earliest
        )

    def span_label(self) -> str:
        """Its dates: "August 2013 – September 2015", "until February 2017", "from ..."."""
        if self.start and self.end:
            return f"{self.start.label()} – {self.end.label()}"
        if self.end:
            return f"until {self.end.label()}"
        if self.start:
            return f"from {self.start.label()}"
        seen = [t.in_post.label() for t in self.tenures if t.in_post]
        return f"in post {', '.join(seen)}" if seen else "dates not reported"


def assemble(tenures: list[Tenure]) -> list[Holder]:
    """Combine the tenures of one role per person and order the holders in time.

    A succession a source reports ("B replaced A") also dates the handover: A's tenure ends
    when B's starts, and B's starts when A's ends, where a source gives only one of the two.
    """
    by_person: dict[str, list[Tenure]] = {}
    for tenure in tenures:
        by_person.setdefault(tenure.person, []).append(tenure)
    handed_over: dict[str, FuzzyTime] = {}
    took_over: dict[str, FuzzyTime] = {}
    for person, group in by_person.items():
        for predecessor in {t.predecessor for t in group if t.predecessor in by_person}:
            assert predecessor is not None
            if start := _hull(reported_starts(group)):
                handed_over[predecessor] = start
            if end := _hull(reported_ends(by_person[predecessor])):
                took_over[person] = end
    holders = [
        Holder(
            person,
            tuple(group),
            min(t.first_published for t in group),
            handed_over.get(person),
            took_over.get(person),
        )
        for person, group in by_person.items()
    ]
    holders.sort(key=_order_key)
    return _respect_successions(holders)


def reported_starts(tenures: Iterable[Tenure]) -> list[FuzzyTime]:
    """The agreeing groups of the start times sources give."""
    return cluster_times([t.start for t in tenures if t.start])


def reported_ends(tenures: Iterable[Tenure]) -> list[FuzzyTime]:
    """The agreeing groups of the end times sources give."""
    return cluster_times([t.end for t in tenures if t.end])


def _order_key(holder: Holder) -> tuple[date, date]:
    first = (
        min(holder.anchors, key=FuzzyTime.sort_key).earliest
        if holder.anchors
        else (holder.reported_by)
    )
    end = holder.end.latest if holder.end else date.max
    return (first, end)


def _respect_successions(holders: list[Holder]) -> list[Holder]:
    ordered = list(holders)
    for holder in holders:
        for predecessor in holder.predecessors:
            names = [h.person for h in ordered]
            if predecessor in names and names.index(predecessor) > names.index(holder.person):
                ordered.remove(holder)
                ordered.insert(names.index(predecessor), holder)
    return ordered


def gaps(holders: list[Holder], since: FuzzyTime, until: date | None) -> list[str]:
    """Where the record cannot show who held the role between ``since`` and ``until``.

    The window is complete (no gaps) when someone was in post at its start, each holder met the
    next, and the last was still in post at its end.
    """
    found: list[str] = []
    if not holders:
        return [f"no holder known from {since.label()}"]
    first = holders[0]
    if first.latest_start > since.earliest:
        found.append(f"no holder known to be in post at the start of {since.label()}")
    for before, after in itertools.pairwise(holders):
        if not before.meets(after):
            left = before.end or max(before.anchors, key=FuzzyTime.sort_key, default=None)
            right = after.start or min(after.anchors, key=FuzzyTime.sort_key, default=None)
            found.append(
                f"no holder known between {left.label() if left else 'an undated tenure'} "
                f"and {right.label() if right else 'an undated tenure'}"
            )
    last = holders[-1]
    if until is not None and last.end is not None and last.end.earliest < until:
        found.append(f"no holder known after {last.end.label()}")
    return found
