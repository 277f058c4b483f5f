"""Inspectors' grades: "rated inadequate in February 2013", "first judged inadequate", "its latest
rating", "rated inadequate twice", "last inspected in 2019".

Ratings of one subject with different grades at uncertain times are successive inspections, not
a dispute; a rating that names the grade it replaced ("now good, having been judged requires
improvement") fixes their order. After the latest inspection on record a newer one may exist, so
a claim about the current grade that differs from it is news, not a contradiction.

A judgement the record never gives the subject as a grade, but has it placed in or taken out of
("special measures", "administration"), is a standing, not a grade: it is met by those
happenings and never compared with grades; so is one a source gives as a rating in the words of
a placing ("placed the trust in special measures").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.claims import RatingClaim, RatingCountClaim
from factcheck.holders import cluster_times
from factcheck.record import GenericEvent, Rating
from factcheck.resolution import normalise_name
from factcheck.rules.compare import compare_versions, times_label
from factcheck.rules.context import Context, possessive
from factcheck.timespan import FuzzyTime

_PRECISE = timedelta(days=31)
"""Two reports of one grade's time narrower than this, overlapping, are the same inspection."""
_GRADE_WORDS = 2
"""Grades are a word or two ("good", "requires improvement"); longer judgements describe."""
_DATED = timedelta(days=366)
"""A rating dated no more loosely than this can say what a claim's narrower time was."""


def check_rating(ctx: Context, claim: RatingClaim) -> None:
    subject_id = ctx.subject(claim.subject)
    subject = ctx.name(subject_id)
    ratings = ctx.view.ratings(subject_id)
    if claim.inspector is not None:
        inspector = ctx.entity(claim.inspector, "organisation")
        ratings = [r for r in ratings if r.inspector in (inspector, None)]
    claim = _grade_of_a_part(claim, {r.judgement for r in ratings if is_grade(r.judgement)})
    ratings = [r for r in ratings if _bears_on_the_claims_part(r, claim)]
    qualifier = claim.qualifier or (None if claim.when else "latest")
    graded = [r for r in ratings if is_grade(r.judgement) and not _told_as_standing(r)]
    if claim.judgement is None:
        _check_inspected(ctx, claim, subject, graded, qualifier)
        return
    same = [r for r in ratings if r.judgement == claim.judgement]
    if not same and (placed := _placed_in(ctx, subject_id, claim.judgement)):
        _check_standing(ctx, claim, subject, placed)
        return
    if not is_grade(claim.judgement):
        _check_description(ctx, claim.judgement, claim.when, subject, same)
        return
    ratings = graded
    if claim.when is not None:
        _check_at(ctx, claim.judgement, claim.when, subject, ratings, same)
    if qualifier == "first":
        _check_first(ctx, claim.judgement, claim.when, subject, same)
    elif qualifier == "latest":
        _check_latest(ctx, claim, subject, [r for r in ratings if r.inspection == "full"])
    elif qualifier == "only":
        _check_only(ctx, claim.judgement, subject, same)


_WORD = re.compile(r"[a-z]{5,}")
_COMMON = frozenset({"being", "which", "their", "about", "there", "these", "those", "where"})


def _grade_of_a_part(claim: RatingClaim, grades: set[str]) -> RatingClaim:
    """A claimed judgement written with its part ("good for being responsive") is the grade,
    where the subject's record gives that grade; the part stays in the claim's words."""
    if claim.judgement is None or is_grade(claim.judgement):
        return claim
    grade, _, _ = claim.judgement.partition(" for ")
    return claim.model_copy(update={"judgement": grade}) if grade in grades else claim


def _parts_given(judgement: str, said: str) -> list[str]:
    """What the words give a grade for ("requires improvement for being responsive")."""
    given_for = re.compile(rf"\b{re.escape(judgement)}\s+for\b(?P<part>[^.;]*)")
    return [m["part"] for m in given_for.finditer(said.casefold())]


def _bears_on_the_claims_part(rating: Rating, claim: RatingClaim) -> bool:
    """A grade the words give for one part of the subject's work ("requires improvement for
    being responsive", "for how productively it uses its resources") is that part's: it bears
    on a claim that names the part ("its use of resources was rated"), and neither agrees nor
    clashes with a grade of the subject as a whole. A claim of a grade for a part is met only
    by grades for parts."""
    parts = [p for q in rating.provenance for p in _parts_given(rating.judgement, q.quote)]
    if not parts:
        return claim.judgement is None or not _parts_given(claim.judgement, claim.quote)
    named = set(_WORD.findall(claim.quote.casefold())) - _COMMON
    return any(set(_WORD.findall(part)) & named for part in parts)


_PARTS_COUNT = re.compile(
    r"\s+(?:in|for)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|both|all)\b"
    r"(?!\s+(?:inspections?|reports?|visits?|times|occasions|years?))"
)
"""After a grade, a number of the parts an inspection grades ("good in one of them, adequate in
four and inadequate in two"), unless it says it counts inspections."""


def _counts_parts(claim: RatingCountClaim) -> bool:
    """Whether a count of grades counts the areas of one inspection, not inspections."""
    said = claim.quote.casefold()
    return any(
        _PARTS_COUNT.match(said, m.end())
        for m in re.finditer(rf"\b{re.escape(claim.judgement)}\b", said)
    )


def _same_judge(one: Rating, other: Rating) -> bool:
    return one.inspector is None or other.inspector is None or one.inspector == other.inspector


def is_grade(judgement: str) -> bool:
    """Whether a judgement is a grade on a scale ("inadequate", "requires improvement", "AA")
    rather than words describing one ("failing in every area"): a description can agree with a
    claim in the same words, but it never disputes or contradicts a grade."""
    return len(judgement.split()) <= _GRADE_WORDS


def _told_as_standing(rating: Rating) -> bool:
    """Whether a rating's source puts its subject in the judgement, or takes it out ("placed
    the trust in special measures"): a standing it holds, not a grade an inspection gave."""
    placing = _put_in(rating.judgement)
    return any(placing.search(normalise_name(p.quote)) for p in rating.provenance)


def _put_in(standing: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:in|into|under|out of) {re.escape(normalise_name(standing))}\b")


def _placed_in(ctx: Context, subject_id: str, standing: str) -> list[GenericEvent]:
    """The subject's recorded happenings that place it in, or take it out of, a standing."""
    named = _put_in(standing)
    return [
        event
        for event in ctx.view.generic_events(subject_id)
        if named.search(normalise_name(event.event_type))
    ]


def _check_standing(
    ctx: Context, claim: RatingClaim, subject: str, placed: list[GenericEvent]
) -> None:
    """ "Placed in special measures in 2019", "still in special measures": met by the record's
    happenings putting the subject in that standing, while none takes it out."""
    ctx.out.events += placed
    out_of = [e for e in placed if " out of " in f" {normalise_name(e.event_type)} "]
    into = [e for e in placed if e not in out_of]
    times = cluster_times([e.when for e in into if e.when is not None])
    told = f"{subject} {into[0].event_type if into else out_of[0].event_type}"
    if claim.when is not None and any(t.overlaps(claim.when) for t in times):
        ctx.out.add("supported", f"the record has {told} ({times_label(times)})")
    elif claim.when is None and into and not out_of:
        ctx.out.add("supported", f"the record has {told}")
    elif claim.when is None:
        ctx.out.add(
            "unverifiable",
            f"the record has {subject} {out_of[0].event_type}; whether it is in that standing "
            "again is news",
        )
    else:
        shown = f" ({times_label(times)})" if times else ""
        ctx.out.add(
            "unverifiable",
            f"the record has {told}{shown}, a standing rather than a grade; another then is news",
        )


def _check_description(
    ctx: Context, judged: str, claimed: FuzzyTime | None, subject: str, same: list[Rating]
) -> None:
    agreeing = [r for r in same if claimed is None or r.when.overlaps(claimed)]
    ctx.out.events += agreeing
    if agreeing:
        ctx.out.add(
            "supported", f"{subject} was judged {judged} in {times_label(_whens(agreeing))}"
        )
    else:
        ctx.out.add("unverifiable", f"no judgement of {subject} as {judged} on record")


def _bears_on(rating: Rating, claimed: FuzzyTime) -> bool:
    """Whether the record's rating says what grade was given at the claimed time: it lies
    within it, or it is dated closely enough to stand for the claim's narrower time."""
    when = rating.when
    if claimed.earliest <= when.earliest and when.latest <= claimed.latest:
        return True
    inside = when.earliest <= claimed.earliest and claimed.latest <= when.latest
    return inside and when.earliest != date.min and when.latest - when.earliest <= _DATED


def _precise(time: FuzzyTime) -> bool:
    return time.latest - time.earliest <= _PRECISE


def _check_at(
    ctx: Context,
    judged: str,
    claimed: FuzzyTime,
    subject: str,
    ratings: list[Rating],
    same: list[Rating],
) -> None:
    out = ctx.out
    agreeing = [r for r in same if r.when.overlaps(claimed)]
    differing = [r for r in ratings if r.judgement != judged and _bears_on(r, claimed)]
    out.events += agreeing + differing
    # Grades given at one time by different inspectors are two judgements, not a dispute.
    clashing = [
        d
        for d in differing
        if any(
            _precise(d.when) and _precise(a.when) and d.when.overlaps(a.when) and _same_judge(d, a)
            for a in agreeing
        )
    ]
    other_grades = " or ".join(sorted({r.judgement for r in differing}))
    if clashing:
        out.add(
            "disputed",
            f"sources disagree on {possessive(subject)} rating in {claimed.label()}: "
            f"{judged} or {' or '.join(sorted({r.judgement for r in clashing}))}",
        )
    elif agreeing:
        out.add("supported", f"{subject} was rated {judged} in {times_label(_whens(agreeing))}")
    elif differing:
        out.add(
            "contradicted",
            f"{subject} was rated {other_grades} in {times_label(_whens(differing))}, not {judged}",
            other_grades,
        )
    else:
        out.events += same
        known = f"; the record has it rated {judged} in {times_label(_whens(same))}" if same else ""
        out.add("unverifiable", f"no rating of {subject} in {claimed.label()} on record{known}")


def _check_first(
    ctx: Context, judged: str, claimed: FuzzyTime | None, subject: str, same: list[Rating]
) -> None:
    out = ctx.out
    out.events += same
    if not same:
        out.add("unverifiable", f"no {judged} rating of {subject} on record")
        return
    first = cluster_times(_whens(same))[0]
    said = f"{subject} was first rated {judged} in {first.label()}"
    if claimed is None or first.overlaps(claimed):
        out.add("supported", said)
    elif first.certainly_before(claimed):
        out.add("contradicted", f"{said}, not {claimed.label()}", first.label())
    else:
        out.add("unverifiable", f"{said}; an earlier rating in {claimed.label()} is not on record")


def _latest_inspections(full: list[Rating]) -> list[Rating]:
    """The ratings of the latest inspection on record: those no other rating is known to
    follow, by its time or by naming the grade it replaced."""
    if not full:
        return []
    latest_time = max(full, key=lambda r: r.when.sort_key()).when
    latest = [r for r in full if r.when.overlaps(latest_time)]
    superseded = {r.previous for r in latest if r.previous}
    newest = [r for r in latest if r.judgement not in superseded] or latest
    return [r for r in newest if not any(r.when.certainly_before(o.when) for o in newest)]


def _check_latest(ctx: Context, claim: RatingClaim, subject: str, full: list[Rating]) -> None:
    out = ctx.out
    latest = _latest_inspections(full)
    if not latest:
        out.add("unverifiable", f"no full inspection of {subject} on record")
        return
    out.events += latest
    when = times_label(_whens(latest))
    judgements = sorted({r.judgement for r in latest})
    if claim.when is not None and all(claim.when.certainly_before(r.when) for r in latest):
        out.add(
            "contradicted",
            f"a later inspection of {subject} is on record ({when}: {' or '.join(judgements)})",
            when,
        )
    elif len(judgements) > 1:
        precise = all(_precise(r.when) for r in latest)
        out.add(
            "disputed" if precise and claim.judgement in judgements else "unverifiable",
            f"the record has {subject} rated {' and '.join(judgements)} around {when}, "
            "in an order it does not show",
            reason=None if precise else "gap",
        )
    elif claim.judgement in judgements:
        latest_said = f"the latest rating of {subject} on record ({when})"
        out.add("supported", f"{latest_said} is {judgements[0]}")
    else:
        out.add(
            "unverifiable",
            f"the latest rating of {subject} on record ({when}) is {judgements[0]}; "
            f"no {claim.judgement} rating since is on record",
        )


def _check_only(ctx: Context, judged: str, subject: str, same: list[Rating]) -> None:
    out = ctx.out
    inspections = cluster_times([r.when for r in same if r.inspection == "full"])
    out.events += same
    if len(inspections) > 1:
        out.add(
            "contradicted",
            f"{subject} was rated {judged} {len(inspections)} times "
            f"({', '.join(t.label() for t in inspections)})",
            str(len(inspections)),
        )
    elif inspections:
        out.add("supported", f"the record has one {judged} rating of {subject}")
    else:
        out.add("unverifiable", f"no {judged} rating of {subject} on record")


def _check_inspected(
    ctx: Context, claim: RatingClaim, subject: str, ratings: list[Rating], qualifier: str | None
) -> None:
    """An inspection without a grade: "the trust was last inspected in 2019"."""
    out = ctx.out
    full = [r for r in ratings if r.inspection == "full"]
    at_time = [r for r in ratings if claim.when is not None and r.when.overlaps(claim.when)]
    out.events += at_time
    latest = _latest_inspections(full)
    claimed = claim.when
    if (
        qualifier == "latest"
        and claimed
        and latest
        and all(claimed.certainly_before(r.when) for r in latest)
    ):
        out.events += latest
        when = times_label(_whens(latest))
        out.add("contradicted", f"a later inspection of {subject} is on record ({when})", when)
        return
    if at_time:
        out.add("supported", f"{subject} was inspected in {times_label(_whens(at_time))}")
    else:
        out.add("unverifiable", f"no inspection of {subject} then on record")


def check_rating_count(ctx: Context, claim: RatingCountClaim) -> None:
    out = ctx.out
    subject_id = ctx.subject(claim.subject)
    subject = ctx.name(subject_id)
    if _counts_parts(claim):
        out.add(
            "unverifiable",
            f"{claim.quote!r} counts the parts of one inspection graded {claim.judgement}, "
            "not inspections; the record does not count those",
            reason="unsupported_kind",
        )
        return
    if claim.since is not None and claim.since.earliest > claim.as_of:
        out.add("unverifiable", f"the count's window, from {claim.since.label()}, is still to come")
        return
    window = FuzzyTime.between(
        claim.since.earliest if claim.since else date.min,
        min(claim.until.latest if claim.until else claim.as_of, claim.as_of),
    )
    matching = [
        r
        for r in ctx.view.ratings(subject_id)
        if r.inspection == "full"
        and r.judgement == claim.judgement
        and window.earliest <= r.when.earliest
        and r.when.latest <= window.latest
    ]
    out.events += matching
    inspections = cluster_times(_whens(matching))
    lower, upper, upper_source = len(inspections), None, ""
    listing = f"the record has {lower} {claim.judgement} full-inspection rating(s) of {subject}" + (
        f": {', '.join(t.label() for t in inspections)}" if inspections else ""
    )
    for reported in ctx.view.reported_counts(subject_id):
        if reported.counted != "ratings" or reported.judgement != claim.judgement:
            continue
        covers_start = reported.since is None or reported.since.earliest <= window.earliest
        same_start = (
            reported.since is None or claim.since is None or reported.since.overlaps(claim.since)
        )
        bounds_above = reported.as_of.earliest >= window.latest and covers_start
        bounds_below = reported.as_of.latest <= window.latest and same_start
        if bounds_above or bounds_below:
            out.events.append(reported)
        if bounds_above and (upper is None or reported.value < upper):
            upper, upper_source = reported.value, ctx.source_label(reported)
        if bounds_below:
            lower = max(lower, reported.value)
    n = claim.count
    if upper is not None and upper < lower:
        compare_versions(out, n, {upper: upper_source, lower: "the record"}, listing)
    elif n < lower:
        out.add("contradicted", f"{n} is fewer than the record shows; {listing}", str(lower))
    elif upper is not None and n > upper:
        out.add("contradicted", f"{upper_source} counted {upper}; {listing}", str(upper))
    elif n == lower:
        out.add("supported", listing)
    else:
        out.add("unverifiable", f"{n} is more than the record can show; {listing}")


def _whens(ratings: list[Rating]) -> list[FuzzyTime]:
    return [r.when for r in ratings]
