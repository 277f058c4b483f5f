"""Counting a post's holders: "five heads since 2013", "the sixth chief executive since 2012".

Counting convention: the holder in post at the start of the window counts (unless the window
begins with their leaving: "since Martin Winterkorn quit"), interim holders count, and a person
who held the post twice counts once, by their first start. The holders the record knows are a
lower bound; a count a source reported settles later counts up to its date, and so does a
window the record fills without a hole up to a report of its last holder in post.
A count the text places at an earlier time ("by March 2019 ... three managers in a year",
"during 2021") runs to that time, and a window written as a length counts back from it. A
place among permanent holders alone ("its first substantive chief executive") is bounded by
the permanent holders known before and by the count with the interims; a count of permanent
holders alone is left unverifiable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from factcheck.claims import HolderCountClaim, HolderOrdinalClaim
from factcheck.holders import Holder, gaps
from factcheck.quantities import ordinal_word
from factcheck.rules.compare import compare_versions
from factcheck.rules.context import Context, Outcome
from factcheck.timespan import FuzzyTime, length_before, window_end


@dataclass
class _Bounds:
    """What the record settles about a count: bounds, exact values sources imply, versions."""

    lower: int
    upper: int | None = None
    upper_source: str = ""
    exact: dict[int, str] | None = None
    settled: bool = False
    """A reported count leaves no hole up to the last report: beyond it only news can differ."""

    def add_exact(self, value: int, source: str) -> None:
        self.exact = self.exact or {}
        self.exact.setdefault(value, source)


def check_holder_count(ctx: Context, claim: HolderCountClaim) -> None:
    role = ctx.post(claim.role)
    if _permanent_only(ctx, claim.quote):
        return
    _check_count(ctx, claim, role)
    ctx.doubt_unplaced_post(role)


def _permanent_only(ctx: Context, quote: str) -> bool:
    """A count of permanent holders alone ("three permanent chief executives in five years"),
    which the counting convention, interims included, does not give: unverifiable."""
    if not _PERMANENT_ONLY.search(quote):
        return False
    ctx.out.add(
        "unverifiable",
        "the claim counts permanent holders alone, where the record's count takes in interims",
    )
    return True


_PERMANENT_ONLY = re.compile(r"\b(?:substantive|permanent)\b", re.IGNORECASE)
"""Words that count only the holders appointed for good."""


def _check_count(ctx: Context, claim: HolderCountClaim, role: str) -> None:
    out = ctx.out
    holders = ctx.holders(role)
    until = _window_until(claim)
    since, handed_over, holders = _window_from(ctx, claim.quote, claim.since, holders)
    counted = [h for h in holders if h.certainly_in(since, until)]
    uncertain = [h for h in holders if h not in counted and h.possibly_in(since, until)]
    out.events += [t for h in counted for t in h.tenures]
    bounds = _count_bounds(ctx, role, since, until, holders, len(counted))
    listing = (
        f"the record counts {len(counted)} holders of the post of {ctx.name(role)} since "
        f"{since.label()}: {ctx.holder_list(counted)}"
    )
    n = claim.count
    versions = _versions(bounds, len(counted))
    if len(versions) > 1:
        compare_versions(out, n, versions, listing)
        return
    if bounds.exact:
        (exact,) = bounds.exact
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
        possible = [h for h in holders if h in counted or h in uncertain]
        missing = gaps([*handed_over, *possible], since, until)
        unsure = [ctx.name(h.person) for h in uncertain]
        doubt = [f"unsure whether {', '.join(unsure)} count"] if unsure else []
        if n > len(possible) and not missing and possible and _seen_until(ctx, possible[-1], until):
            out.add(
                "contradicted",
                "; ".join([f"the record shows no room for more holders: {listing}", *doubt]),
                f"at most {len(possible)}",
            )
            return
        why = "; ".join(missing + doubt)
        shown = f" ({why})" if why else ""
        interior = [m for m in missing if not m.startswith("no holder known after")]
        out.add(
            "unverifiable",
            f"{n} is more than the record can show{shown}; {listing}",
            reason="gap" if (interior or unsure) and not bounds.settled else "new",
        )


def _window_until(claim: HolderCountClaim) -> date | None:
    """The day a count runs to: the time the claim gives ("by March 2019") or its window's words
    end on ("a year before March 2019"), else the claim's date, or no end for a count that
    includes holders still to come."""
    if (end := claim.until or window_end(claim.since.text, claim.as_of)) is not None:
        return end.latest
    return None if claim.announced else claim.as_of


def _versions(bounds: _Bounds, known: int) -> dict[int, str]:
    """The counts sources give when they disagree (one entry when they agree)."""
    versions = dict(bounds.exact or {})
    if versions and min(versions) < known:
        versions.setdefault(known, "the record's own list")
    if bounds.upper is not None and bounds.upper < bounds.lower:
        versions = {bounds.upper: bounds.upper_source, bounds.lower: "the record's own list"}
    return versions


def _count_bounds(
    ctx: Context,
    role: str,
    since: FuzzyTime,
    until: date | None,
    holders: list[Holder],
    known: int,
) -> _Bounds:
    """Combine the holders the record knows with counts its sources reported."""
    bounds = _Bounds(lower=known)
    for reported in ctx.holder_counts(role):
        if reported.person is not None:
            continue
        if reported.since is None or not reported.since.overlaps(since):
            continue
        ctx.out.events.append(reported)
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
            bounds.settled = True
            if _seen_until(ctx, chain[-1], until):
                bounds.add_exact(implied, ctx.source_label(reported))
    return bounds


def _check_next_holder(ctx: Context, claim: HolderOrdinalClaim) -> None:
    """ "The next chair will be the seventh": six holders so far."""
    so_far = HolderCountClaim(
        quote=claim.quote,
        as_of=claim.as_of,
        span=claim.span,
        role=claim.role,
        count=claim.ordinal - 1,
        since=claim.since,
        until=claim.until,
    )
    check_holder_count(ctx, so_far)
    for finding in ctx.out.findings:
        finding.explanation = (
            f"the next holder would be the {ordinal_word(claim.ordinal)} if "
            f"{claim.ordinal - 1} have held the post: {finding.explanation}"
        )
        if finding.expected is not None and finding.expected.isdigit():
            finding.expected = ordinal_word(int(finding.expected) + 1)


def _seen_until(ctx: Context, holder: Holder, until: date | None) -> bool:
    """Whether the record states the holder in post up to ``until`` (an open tenure after its
    last report is only presumed to run on)."""
    if until is None or (holder.end is not None and holder.end.earliest >= until):
        return True
    return max(p.published for t in holder.tenures for p in ctx.view.sources(t)) >= until


def check_holder_ordinal(ctx: Context, claim: HolderOrdinalClaim) -> None:
    if claim.person is None:
        _check_next_holder(ctx, claim)
        return
    person = ctx.entity(claim.person, "person")
    role = ctx.post(claim.role, person)
    _check_ordinal(ctx, claim, claim.person, person, role)
    ctx.doubt_unplaced_post(role)


def _check_ordinal(
    ctx: Context, claim: HolderOrdinalClaim, written: str, person: str, role: str
) -> None:
    out = ctx.out
    holders = ctx.holders(role)
    target = ctx.holder(holders, person, role, written)
    since = _window_to(claim.since, target)
    # A length counted back from an interim's first start is not counted back from the
    # permanent appointment a count of permanent holders means.
    from_the_interim = since is not claim.since and True in target.interim_flags
    if target.end is not None and not target.end_inferred and target.end.latest < since.earliest:
        out.events += list(target.tenures)
        out.add(
            "contradicted",
            f"{ctx.name(person)} left the post ({target.end.label()}) before "
            f"{since.label()}, so is no holder since then",
        )
        return
    since, handed_over, others = _window_from(ctx, claim.quote, since, holders)
    others = [h for h in others if h.person != person]
    before = [h for h in others if h.certainly_in(since, None) and h.certainly_before(target)]
    unsure = [
        h
        for h in others
        if h not in before and h.possibly_in(since, None) and not target.certainly_before(h)
    ]
    position = len(before) + 1
    counted = [*before, target]
    out.events += [t for h in counted for t in h.tenures]
    exact, exact_source = _reported_position(ctx, role, since, target, holders)
    name, role_name = ctx.name(person), ctx.name(role)
    listing = (
        f"the record counts {name} as the {ordinal_word(position)} {role_name} "
        f"since {since.label()}: {ctx.holder_list(counted)}"
    )
    n = claim.ordinal
    if _PERMANENT_ONLY.search(claim.quote):
        missing = gaps([*handed_over, *counted], since, None)
        _place_among_permanent(
            out,
            n,
            before,
            position + len(unsure),
            missing,
            listing,
            counted_from_the_interim=from_the_interim,
        )
        return
    if exact is not None and exact < position:
        versions = {exact: exact_source, position: "the record's own list"}
        compare_versions(out, n, versions, listing, ordinal_word)
        return
    if n < position:
        out.add(
            "contradicted",
            f"{name} is not the {ordinal_word(n)}: {listing}"
            + _left_out_note(ctx, n, position, before, since)
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
        # Only the holders before the one counted matter: however the record dates its own
        # end, nobody after it can change its place.
        missing = gaps([*handed_over, *counted], since, None)
        if n > position + len(unsure) and not missing:
            out.add(
                "contradicted",
                f"the record shows no room for more holders: {listing}",
                ordinal_word(position),
            )
        else:
            doubts = missing + (
                [f"the order of {', '.join(ctx.name(h.person) for h in unsure)} is unknown"]
                if unsure
                else []
            )
            out.add("unverifiable", f"{'; '.join(doubts)}; {listing}", reason="gap")


def _place_among_permanent(
    out: Outcome,
    n: int,
    before: list[Holder],
    at_most: int,
    missing: list[str],
    listing: str,
    *,
    counted_from_the_interim: bool,
) -> None:
    """A place among permanent holders alone ("its first substantive chief executive"): no
    later than the place among all, interims included, and no earlier than the permanent
    holders known before, unless the window was counted back from an interim's first start
    rather than from the permanent appointment the claim means."""
    permanent = len([h for h in before if h.interim_flags != {True}]) + 1
    if n < permanent and not counted_from_the_interim:
        out.add(
            "contradicted",
            f"not the {ordinal_word(n)} permanent holder: {listing}",
            ordinal_word(permanent),
        )
    elif n > at_most and not missing:
        out.add(
            "contradicted",
            f"the record shows no room for more holders, interims included: {listing}",
            ordinal_word(at_most),
        )
    else:
        out.add(
            "unverifiable",
            f"the claim counts permanent holders alone, where the record's count takes in "
            f"interims: {listing}",
        )


_SINCE_LEAVING = re.compile(
    r"\bsince\s+(?P<who>[^,;:]+?)(?:\s+(?:quit|left|resigned|stepped down|stood down|departed"
    r"|retired|died|was (?:sacked|ousted|dismissed|fired|forced out))"
    r"|['’]s?\s+(?:departure|exit|resignation|retirement|death|sacking|ousting))\b"
)
"""A window that begins as a holder leaves ("since Martin Winterkorn quit", "since Mr Brown's
death")."""
_SINCE_ARRIVING = re.compile(
    r"\bsince\s+(?P<who>[^,;:]+?)\s+(?:arrived|joined|took over|took charge|took up the post"
    r"|was appointed|started)\b"
)
"""A window that begins as a holder arrives ("since Mr Wright arrived in 2015")."""


def _window_from(
    ctx: Context, quote: str, since: FuzzyTime, holders: list[Holder]
) -> tuple[FuzzyTime, list[Holder], list[Holder]]:
    """The window a count runs over, the holder whose leaving began it (who hands over to the
    first counted), and the holders who may count. A window that begins as a holder leaves
    ("since Martin Winterkorn quit") runs from that departure, where the record dates it, and
    that holder is not among those since: the holder in post at a window's start counts only
    where it begins at a time. One that begins as a holder arrives ("since Mr Wright arrived
    in 2015") runs from that start, and nobody before them counts."""
    leaving = [
        holder
        for holder in holders
        for left in _SINCE_LEAVING.finditer(quote)
        if ctx.record.resolve_as(left["who"], ("person",)).entity_id == holder.person
    ]
    staying = [holder for holder in holders if holder not in leaving]
    dated = [(holder, holder.end) for holder in leaving if holder.end is not None]
    if dated:
        holder, left = dated[0]
        return left, [holder], staying
    arriving = [
        holder
        for holder in holders
        for came in _SINCE_ARRIVING.finditer(quote)
        if ctx.record.resolve_as(came["who"], ("person",)).entity_id == holder.person
        and holder.start is not None
        and not holder.start_inferred
        and not holder.announced
    ]
    if arriving:
        # "Since Mr Wright arrived in 2015": from the day he was certainly in post, he first,
        # and none before him.
        first = arriving[0]
        arrived = FuzzyTime.day(first.latest_start)
        return arrived, [], [h for h in staying if not h.certainly_before(first)]
    return since, [], staying


def _window_to(since: FuzzyTime, target: Holder) -> FuzzyTime:
    """A window written as a length ("the fourth manager in two years") ends when the holder it
    counts took up the post, where the record dates that; otherwise at the claim's date."""
    if since.text is None or target.start is None or target.start_inferred:
        return since
    return length_before(since.text, target.start) or since


def _left_out_note(
    ctx: Context, n: int, position: int, before: list[Holder], since: FuzzyTime
) -> str:
    if n != position - 1 or not before:
        return ""
    first = before[0]
    if first.earliest_start >= since.earliest:
        return ""
    return (
        f"; '{ordinal_word(n)}' would only hold if the {since.label()} incumbent, "
        f"{ctx.name(first.person)}, were left out"
    )


def _reported_position(
    ctx: Context, role: str, since: FuzzyTime, target: Holder, holders: list[Holder]
) -> tuple[int | None, str]:
    """The position a source gave the holder: "the sixth", or a count while they were last."""
    for reported in ctx.holder_counts(role):
        if reported.since is None:
            continue
        if not reported.since.overlaps(since):
            continue
        if reported.person == target.person:
            ctx.out.events.append(reported)
            return reported.value, ctx.source_label(reported)
        when = reported.as_of.latest
        newer = [
            h
            for h in holders
            if h.person != target.person and target.certainly_before(h) and h.latest_start <= when
        ]
        if reported.person is None and target.in_post_on(when) and not newer:
            ctx.out.events.append(reported)
            return reported.value, ctx.source_label(reported)
    return None, ""
