"""Who held a post when: "became director in September 2015", "the current chief executive",
"has worked for the trust since 2009", "Mr Dunkley replaced Andrew Bunyan in February".

A person may hold a post more than once (interim, then permanent): a claim about one spell is
tested against each. What the record only presumes (an open-ended tenure running on, a date
inferred from a succession) can support a claim but never contradict one. A start or end
reported before it was due is a plan, which a report of what happened overtakes and which may
have changed since it was reported; a claim telling the plan as it was ("had been due to take
over on 1 August") is met by the plans, not by what happened.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from factcheck.claims import EventClaim, SuccessionClaim, TenureClaim
from factcheck.holders import Holder, cluster_times, gaps, reported_ends, reported_starts
from factcheck.record import Tenure
from factcheck.resolution import normalise_name, role_mention
from factcheck.rules.compare import compare_time, same_value, times_label
from factcheck.rules.context import (
    Context,
    Unresolved,
    day_label,
    organisation_of,
    possessive,
)
from factcheck.rules.events import check_event, is_departure_from
from factcheck.rules.titles import other_posts
from factcheck.rules.wording import (
    A_YEAR,
    APPOINTED,
    LEFT,
    RESIGNED,
    TAKING_UP,
    months_named,
)
from factcheck.timespan import FuzzyTime, tense_in

_SEVERAL_SPELLS = re.compile(
    r"\b(?:(?:two|three|several|both|first|second|third|earlier|later) (?:spells|stints|terms)"
    r"|(?:first|second|third|earlier|later) (?:spell|stint|term)|(?:second|third) time"
    r"|rejoin\w*|return\w*|rehired|re-?appointed|boomerang|again|once more"
    r"|(?:came|comes|coming|went|goes|going) back)\b"
)
"""Words that speak of one of several spells in a post ("his second stint", "returned as
chief executive", "the boomerang boss quit again", "came back to the force")."""
_PLANNED = re.compile(
    r"\b(?:would|(?:was|were)(?: \w+self| themselves| originally| initially| also| still)?"
    r" (?:due |set |expected |going )?to|been (?:due|set|expected) to|planned to|intended to)\b"
)
"""Words that speak of a start or end as it was planned at the time ("would stand down at the
end of March"), not as it happened."""
Plan = Literal["now", "then"]
"""A plan as it stands when the claim is made ("will leave in May"), or as it was ("would
leave at the end of the school year", "had been due to take over")."""


def check_tenure(ctx: Context, claim: TenureClaim) -> None:
    person = ctx.entity(claim.person, "person")
    if claim.role is None:
        _check_employment(ctx, claim, person)
        return
    mention = role_mention(claim.role, claim.organisation) or claim.role
    try:
        posts = ctx.posts(mention, person)
    except Unresolved:
        if not _started_in_another_post(ctx, claim, person, mention):
            raise
        return
    ctx.on_any_reading(posts, lambda context, role: _check_post(context, claim, person, role))


def _check_post(ctx: Context, claim: TenureClaim, person: str, role: str) -> None:
    holders = ctx.holders(role)
    try:
        holder = ctx.holder(holders, person, role, claim.person)
    except Unresolved:
        if not _started_in_another_post(ctx, claim, person, ctx.name(role)):
            raise
        return
    ctx.out.events += list(holder.tenures)
    name = ctx.name(person)
    several = bool(_SEVERAL_SPELLS.search(claim.quote.casefold()))
    if claim.start is not None:
        what = f"{possessive(name)} start"
        planned = _spoken_of_as_planned(claim.quote, claim.start.text)
        _compare_spells(ctx, what, claim.start, holder, "start", claim.interim, planned, several)
    if claim.end is not None:
        what = f"{possessive(name)} departure"
        planned = _spoken_of_as_planned(claim.quote, claim.end.text)
        _compare_spells(ctx, what, claim.end, holder, "end", claim.interim, planned, several)
    if claim.interim is not None:
        _check_interim(ctx, claim, holder)
    if claim.current is not None:
        _check_current(ctx, claim, holder, holders, several)
    if not ctx.out.findings:
        ctx.out.add(
            "supported", f"the record has {name} as {ctx.name(role)} ({holder.span_label()})"
        )


def _started_in_another_post(ctx: Context, claim: TenureClaim, person: str, post: str) -> bool:
    """A start in a post the record does not give the person, where it has them starting
    another post of the same organisation at that time ("joined the force as an assistant chief
    constable in 2013", of a deputy chief constable who joined in 2013): contradicted, as a
    newcomer takes up one post. Titles that may be one post in other words ("head of finance",
    "chief financial officer") or that say less ("director") are not another post."""
    title, _, organisation = post.rpartition(", ")
    if claim.start is None or not title:
        return False
    body = ctx.record.resolve_as(organisation, ("organisation",)).entity_id
    if body is None:
        return False
    others = [
        tenure
        for tenure in ctx.view.tenures_of(person)
        if tenure.start is not None
        and tenure.start.overlaps(claim.start)
        and ctx.record.resolve_as(
            organisation_of(ctx.record, tenure.role), ("organisation",)
        ).entity_id
        == body
        and other_posts(title, ctx.name(tenure.role).partition(", ")[0])
    ]
    if not others:
        return False
    ctx.out.events += others
    started = others[0]
    assert started.start is not None
    ctx.out.add(
        "contradicted",
        f"the record has {ctx.name(person)} starting as {ctx.name(started.role)} in "
        f"{started.start.label()}, not as {title}",
        ctx.name(started.role),
    )
    return True


def _compare_spells(
    ctx: Context,
    what: str,
    claimed: FuzzyTime,
    holder: Holder,
    which: str,
    interim: bool | None,
    as_planned: Plan | None = None,
    several: bool = False,
) -> None:
    """Compare a start or end with each spell's reported times (spells differ in their interim
    flag); without any reported time, with the time a reported succession implies. A claim
    that speaks of the time as planned ("would stand down at the end of March") is met by a
    report of that plan, whenever it happened; any other claim meets what happened. One that
    speaks of several spells ("two spells, between 2008 and 2014 and ...") is about one of them,
    which the record's times of another do not contradict."""
    spells: dict[bool | None, list[FuzzyTime]] = {}
    planned: list[FuzzyTime] = []
    last_told: dict[FuzzyTime, date] = {}
    decided: set[FuzzyTime] = set()
    done: set[FuzzyTime] = set()
    other_spell = _other_spell_times(holder, which, interim)
    happened = _first_reported_as_past(holder, which)
    returned = _returned_before(holder, claimed) if which == "end" else None
    leaving_every_post = which == "end" and bool(_LEFT_EVERY_POST.search(ctx.out.quote))
    last = _end_of_another_post(ctx, holder, claimed) if leaving_every_post else None
    if last is not None:
        ctx.out.add(
            "unverifiable",
            f"{what}: the claim tells of leaving every post there, and the record has "
            f"{ctx.name(holder.person)} leave another of them {last.label()}",
        )
        return
    for tenure in holder.tenures:
        time = tenure.start if which == "start" else tenure.end
        if tenure.interim is None and time is not None and any(map(time.overlaps, other_spell)):
            continue  # a report silent on the interim flag, of the other spell's time
        if time is not None and returned is not None and time.latest < returned.earliest:
            continue  # the end of a spell before the return the claimed end comes after
        if (
            which == "end"
            and time is not None
            and _told_as_leaving_every_post(tenure)
            and _end_of_another_post(ctx, holder, time) is not None
        ):
            continue  # "retired from his corporate positions": the last post's end
        if interim and _after_the_interim(holder, tenure, time):
            continue  # a start told of no spell, after the interim was last seen: the permanent
        if time is not None and time.earliest > tenure.first_published > (happened or date.max):
            continue  # still to come, says a report after another had it happen: a misreading
        given_up = _told_as_a_plan_given_up(tenure)
        if given_up and as_planned != "then":
            continue  # "had originally been due to step down this month": not what happened
        if time is not None and (interim is None or tenure.interim in (interim, None)):
            spells.setdefault(tenure.interim, []).append(time)
            # Reported before it was due, a time is a plan, and plans change; but not to before
            # the report.
            if given_up or (
                time.earliest > tenure.first_published and claimed.latest > tenure.first_published
            ):
                planned.append(time)
                last_told[time] = max(last_told.get(time, date.min), tenure.first_published)
            else:
                (decided if _told_only_as_decided(tenure, which) else done).add(time)
    decided -= done
    # "His appointment in January", told after a start planned for 8 January, bears it out.
    done |= {t for t in planned if any(map(t.overlaps, decided))}
    still_planned = [t for t in planned if t not in done]
    if as_planned is None:
        # A plan is overtaken by a report of what happened in the same spell, and by a later
        # plan: "will leave in May", then "will stay until 10 July". An appointment or a
        # resignation is not what happened to the post: the plan it came with may still hold.
        spells = {
            flag: _overtaking(ts, still_planned, last_told, done) for flag, ts in spells.items()
        }
    bearing = _bearing(spells, decided, claimed, which, ctx.out.quote)
    if any(spells.values()) and not any(bearing.values()):
        decision, taken = (
            ("appointment", "taken up") if which == "start" else ("resignation", "left")
        )
        ctx.out.add(
            "unverifiable",
            f"{what}: the record has the {decision} {times_label(list(decided))}; no report "
            f"says when the post was {taken}",
        )
        return
    spells = {flag: ts for flag, ts in bearing.items() if ts}
    groups = [cluster_times(times) for times in spells.values()]
    if as_planned == "then":
        _compare_past_plans(ctx, what, claimed, planned, [t for g in groups for t in g])
        return
    if as_planned and (announced := [t for t in planned if t.overlaps(claimed)]):
        ctx.out.add("supported", f"{what}: announced for {announced[0].label()}")
        return
    announced = _appointments(holder) if which == "start" else _departures_told(ctx, holder)
    told = [
        day
        for day in announced
        if day.overlaps(claimed) and not any(day.overlaps(t) for g in groups for t in g)
    ]
    if told:
        by, taking = (
            ("appointed by", "taking up") if which == "start" else ("told as of", "leaving")
        )
        ctx.out.add(
            "supported",
            f"{what}: {by} {told[0].label()}, {taking} the post "
            f"{' or '.join(t.label() for g in groups for t in g)}",
        )
        return
    if not groups:
        implied = holder.starts if which == "start" else holder.ends
        since = [t for t in implied if returned is None or t.latest >= returned.earliest]
        compare_time(ctx.out, what, claimed, since, inferred=True)
        return
    matching = [g for g in groups if any(t.overlaps(claimed) for t in g)]
    if matching:
        told = _at_the_body_then(matching[0], claimed, which, ctx.out.quote)
        compare_time(ctx.out, what, claimed, _this_spell(ctx, holder, told, claimed))
        return
    every = [t for g in groups for t in g]
    if (interim or several) and every and not _this_spell(ctx, holder, every, claimed):
        # An acting head stands in again when the post falls vacant once more.
        ctx.out.add(
            "unverifiable",
            f"{what}: the record has {' or '.join(t.label() for t in every)}, and another "
            "holder in the post between: the claim may tell of another spell",
            reason="gap",
        )
        return
    if several:
        ctx.out.add(
            "unverifiable",
            f"{what}: the claim speaks of more than one spell; the record has "
            f"{' or '.join(t.label() for g in groups for t in g)}, perhaps another's",
            reason="gap",
        )
        return
    if (spell := _spell_without(holder, which, claimed)) is not None:
        ctx.out.add(
            "unverifiable",
            f"{what}: the record has another spell in the post, {spell}, without it",
            reason="gap",
        )
        return
    happened_then = [t for times in spells.values() for t in times if t not in still_planned]
    if not happened_then:
        every_spell = [t for g in groups for t in g]
        ctx.out.add(
            "unverifiable",
            f"{what}: announced for {' or '.join(t.label() for t in every_spell)} before it was "
            "due; no report says when it happened",
        )
        return
    told = _at_the_body_then(cluster_times(happened_then), claimed, which, ctx.out.quote)
    compare_time(ctx.out, what, claimed, told)


def _told_as_leaving_every_post(tenure: Tenure) -> bool:
    return all(_LEFT_EVERY_POST.search(p.quote) for p in tenure.provenance)


def _end_of_another_post(ctx: Context, holder: Holder, time: FuzzyTime) -> FuzzyTime | None:
    """The end of another post the person held at the same body, at the time an end told as
    leaving every post there gives: the end of the last of them ("retired from his corporate
    positions in 2021", of a chief executive who stayed on as executive chairman to 2021)."""
    role = holder.tenures[0].role
    body = organisation_of(ctx.record, role)
    ends = [
        tenure.end
        for tenure in ctx.view.tenures_of(holder.person)
        if tenure.role != role
        and tenure.end is not None
        and tenure.end.overlaps(time)
        and body
        and organisation_of(ctx.record, tenure.role) == body
    ]
    return ends[0] if ends else None


_LEFT_EVERY_POST = re.compile(
    r"\b(?:(?:his|her|their|all|its) (?:\w+ )?(?:positions|posts|roles|jobs)"
    r"|left the (?:company|group|business|board))\b",
    re.IGNORECASE,
)
"""Words telling of leaving every post at a body, not one of them."""


def _this_spell(
    ctx: Context, holder: Holder, told: list[FuzzyTime], claimed: FuzzyTime
) -> list[FuzzyTime]:
    """The reported times of the spell the claimed time is in: one with another holder's whole
    reported tenure between it and the claimed time (acting "in August" 2008 and again, after a
    successor came and went, in March 2010), or the holder's own reported end ("ran the chain
    from 1987 to 2000", then back in 2008), is another spell's, not a rival version."""
    role = holder.tenures[0].role
    between = [
        (start, end)
        for other in ctx.holders(role)
        if other.person != holder.person
        for start in reported_starts(other.tenures)
        for end in reported_ends(other.tenures)
        if start.latest <= end.earliest
    ]
    own_ends = reported_ends(holder.tenures)

    def apart(time: FuzzyTime, other: FuzzyTime) -> bool:
        first, last = sorted((time, other), key=FuzzyTime.sort_key)
        return any(
            first.latest < start.earliest and end.latest < last.earliest for start, end in between
        ) or any(first.latest < end.earliest and end.latest < last.earliest for end in own_ends)

    agreeing = [time for time in told if time.overlaps(claimed)] or [claimed]
    return [
        time
        for time in told
        if time.overlaps(claimed) or not all(apart(time, other) for other in agreeing)
    ]


def _at_the_body_then(
    told: list[FuzzyTime], claimed: FuzzyTime, which: str, quote: str
) -> list[FuzzyTime]:
    """The reported times a claimed start is compared with: where the claim has the post at a
    body formed then ("named joint chief executives of the new group" in 2007) and a report
    agrees, a start another gives before it (2003) is at the body before it, not a rival."""
    if which != "start" or not _A_NEW_BODY.search(quote.casefold()):
        return told
    since = [times for times in told if not times.latest < claimed.earliest]
    return since if any(times.overlaps(claimed) for times in since) else told


_A_NEW_BODY = re.compile(
    r"\b(?:the new|the newly (?:formed|merged|created|combined)|the merged|the combined)"
    r" (?:group|company|business|body|organisation|authority|trust|council)\b"
)
"""Words telling the body a post is at as formed then, by a merger or anew."""


def _overtaking(
    times: list[FuzzyTime],
    still_planned: list[FuzzyTime],
    last_told: dict[FuzzyTime, date],
    done: set[FuzzyTime],
) -> list[FuzzyTime]:
    """The times of a spell that stand: what happened, where a report tells it done; else any
    decision told (an appointment, a resignation) and the plans told last that it may have
    led."""
    happened = [t for t in times if t not in still_planned]
    if any(t in done for t in happened):
        return happened
    plans = [t for t in times if t in still_planned]
    latest = max((last_told[t] for t in plans), default=None)
    told_last = [t for t in plans if last_told[t] == latest]
    return happened + [t for t in told_last if all(_may_lead(d, t) for d in happened)]


def _bearing(
    spells: dict[bool | None, list[FuzzyTime]],
    decided: set[FuzzyTime],
    claimed: FuzzyTime,
    which: str,
    quote: str,
) -> dict[bool | None, list[FuzzyTime]]:
    """The times of each spell that bear on a claimed start or end. An appointment or a
    resignation shortly before it does not; a claim that tells of the appointment or the
    resignation ("was hired in 2006", "resigned in December") is met by them, not by the first
    or last day in post."""
    decisions = APPOINTED if which == "start" else RESIGNED
    if decided and decisions.search(quote):
        return {flag: [t for t in ts if t in decided] for flag, ts in spells.items()}
    return {
        flag: [t for t in ts if t not in decided or not _may_lead(t, claimed)]
        for flag, ts in spells.items()
    }


def _may_lead(decided: FuzzyTime, claimed: FuzzyTime) -> bool:
    """Whether an appointment or a resignation may have come before a claimed start or end:
    by up to nine months, as notice is served and a successor waits to take over."""
    return timedelta(0) < claimed.earliest - decided.latest <= _DECISION_LEAD


_DECISION_LEAD = timedelta(days=274)


def _told_as_a_plan_given_up(tenure: Tenure) -> bool:
    """Whether every report of a tenure tells its time as a plan since given up ("had
    originally been due to step down this month", before the board extended his contract)."""
    return all(_A_PLAN_GIVEN_UP.search(p.quote) for p in tenure.provenance)


_A_PLAN_GIVEN_UP = re.compile(
    r"\b(?:had (?:\w+ )?been (?:due|set|expected|scheduled)"
    r"|(?:was|were) (?:originally|initially) (?:due|set|expected|scheduled))\b",
    re.IGNORECASE,
)


def _told_only_as_decided(tenure: Tenure, which: str) -> bool:
    """Whether every report of a tenure's start tells only of the appointment ("appointed a
    new chief executive today"), or every report of its end only of the resignation ("the day
    before he resigned last October"): the post may have been taken up, or left, later."""
    decision, deed = (APPOINTED, TAKING_UP) if which == "start" else (RESIGNED, LEFT)
    return all(decision.search(p.quote) and not deed.search(p.quote) for p in tenure.provenance)


def _compare_past_plans(
    ctx: Context, what: str, claimed: FuzzyTime, planned: list[FuzzyTime], told: list[FuzzyTime]
) -> None:
    """A time the claim speaks of as it was planned ("had been due to take over on 1 August")
    is met by the plans reported, a handover at the end of one day and the start of the next
    being one ("late July", "1 August"), or by what happened. What happened does not contradict
    it: it may not be what was planned. The plans reported do where the claim names the month
    or the year ("would stand down at the end of September", "was due to leave at the end of
    2008"), not where it tells the time from the day the plan was made ("would leave at the end
    of the school year"), which the claim's date is not.
    """
    if announced := [t for t in planned if t.overlaps(claimed) or _adjacent(t, claimed)]:
        ctx.out.add("supported", f"{what}: announced for {announced[0].label()}")
    elif happened := [t for t in told if t.overlaps(claimed)]:
        ctx.out.add("supported", f"{what}: {happened[0].label()}")
    elif planned and claimed.text and (months_named(claimed.text) or A_YEAR.search(claimed.text)):
        compare_time(ctx.out, what, claimed, cluster_times(planned))
    else:
        every = " or ".join(t.label() for t in planned or told) or "no time"
        ctx.out.add("unverifiable", f"{what} as planned then: the record has {every}")


def _adjacent(time: FuzzyTime, other: FuzzyTime) -> bool:
    """Whether one time ends the day before the other, a single day, begins: a handover ("late
    July", "1 August"). Two months or two years side by side ("2027", "2028") are two times."""
    day = timedelta(days=1)
    return (other.precision == "day" and time.latest + day == other.earliest) or (
        time.precision == "day" and other.latest + day == time.earliest
    )


def _back_after(holder: Holder, other: Holder) -> bool:
    """Whether the holder began a spell in the post after every start of the other's: acting
    before and after them, the holder's last spell follows theirs."""
    mine, theirs = reported_starts(holder.tenures), reported_starts(other.tenures)
    return bool(mine and theirs) and max(t.earliest for t in mine) > max(t.latest for t in theirs)


def _held_by_others_since(ctx: Context, holders: list[Holder], first: Holder, day: date) -> bool:
    """Whether the record states who held the post from ``first`` up to ``day``, with no gap:
    then nobody else, such as an earlier holder returning, can have held it in that time."""
    since = holders[holders.index(first) :]
    last = since[-1]
    seen = (
        last.end is not None
        or max(p.published for t in last.tenures for p in ctx.view.sources(t)) >= day
    )
    return seen and not gaps(since, FuzzyTime.day(first.latest_start), day)


def _returned_before(holder: Holder, claimed: FuzzyTime) -> FuzzyTime | None:
    """The latest start in the post after an end the record has, before a claimed end: the
    person left and came back, and an end after the return is that later spell's ("first led the
    company from 2005 to 2020", "came back in November 2022", "through the end of 2026")."""
    ends = reported_ends(holder.tenures)
    returns = [
        start
        for start in reported_starts(holder.tenures)
        if any(end.latest < start.earliest for end in ends) and start.latest <= claimed.earliest
    ]
    return max(returns, key=FuzzyTime.sort_key, default=None)


def _spell_without(holder: Holder, which: str, claimed: FuzzyTime) -> str | None:
    """A spell the record has without the claimed start (or end): the person left and came back,
    and a start reported after every reported end (a return) begins a spell whose end, after it,
    the record has not seen; an end reported before every reported start closes a spell whose
    start, before it, the record has not seen."""
    starts, ends = reported_starts(holder.tenures), reported_ends(holder.tenures)
    if which == "end":
        returns = [s for s in starts if ends and all(e.latest < s.earliest for e in ends)]
        return next((f"from {s.label()}" for s in returns if s.latest <= claimed.earliest), None)
    earlier = [e for e in ends if starts and all(e.latest < s.earliest for s in starts)]
    return next((f"until {e.label()}" for e in earlier if claimed.latest <= e.earliest), None)


def _spoken_of_as_planned(words: str, written: str | None) -> Plan | None:
    """Whether the words before a time, in its clause, speak of it as planned or still to come
    ("would stand down at the end of March", "will leave in May"), and as the plan stands now
    or as it was."""
    if written is None:
        return None
    said = words.casefold()
    at = said.find(written.strip().casefold())
    # A time the claim writes otherwise than its words ("the end of March 2017" for "the end of
    # the following March") is looked for in the words as a whole.
    clause = re.split(r"[,;:.!?]", said[:at])[-1] if at >= 0 else said
    if tense_in(words, written) == "future":
        return "now"
    return "then" if _PLANNED.search(clause) else None


def _first_reported_as_past(holder: Holder, which: str) -> date | None:
    """The first report giving the holder's start (or end) as having happened."""
    reports = [
        t.first_published
        for t in holder.tenures
        if (time := t.start if which == "start" else t.end) is not None
        and time.latest <= t.first_published
    ]
    return min(reports, default=None)


def _other_spell_times(holder: Holder, which: str, interim: bool | None) -> list[FuzzyTime]:
    """The starts (or ends) of the spell the claim is not about, where the record reports both
    an interim and a permanent spell."""
    if interim is None or holder.interim_flags != {True, False}:
        return []
    times = [
        t.start if which == "start" else t.end for t in holder.tenures if t.interim is not interim
    ]
    return [t for t in times if t is not None]


def _made_permanent(holder: Holder, claimed: FuzzyTime) -> list[FuzzyTime]:
    """The starts of a holder's permanent appointment after an interim start the claimed
    handover fits (acting from June 2018, made permanent in January 2019): the spell made
    permanent, not another version of the handover."""
    interim = [
        t.start for t in holder.tenures if t.interim and t.start and t.start.overlaps(claimed)
    ]
    return [
        t.start
        for t in holder.tenures
        if t.interim is False
        and t.start is not None
        and interim
        and all(i.latest < t.start.earliest for i in interim)
    ]


def _handover_versions(claimed: FuzzyTime, holder: Holder) -> list[FuzzyTime]:
    """The successor's reported starts, as versions of a handover, less a source's other starts
    where it also gives one the claim fits: a source giving two ("acting chairman since 12
    February", "becomes chairman today") tells of two spells, not of a dispute with itself. A
    start reported before it was due is a plan, which a report of the start as it happened
    overtakes, and which a handover claimed after the plan was reported may have changed."""
    started = [(t.start, t) for t in holder.tenures if t.start is not None]
    happened = [(start, t) for start, t in started if not _planned_start(t)]
    if not happened:
        started = [
            (start, t)
            for start, t in started
            if start.overlaps(claimed) or claimed.latest <= t.first_published
        ]
    versions = happened or started
    fitting = {p.source for start, t in versions if start.overlaps(claimed) for p in t.provenance}
    return cluster_times(
        [
            start
            for start, t in versions
            if start.overlaps(claimed) or not {p.source for p in t.provenance} <= fitting
        ]
    )


def _planned_start(tenure: Tenure) -> bool:
    """Whether a tenure's start was still to come when it was reported: a plan."""
    return tenure.start is not None and tenure.start.earliest > tenure.first_published


def _acting_since(holder: Holder, predecessor: Holder) -> bool:
    """Whether the reports of a holder made since a predecessor began call them acting: one
    reported acting before that (an earlier spell) may since have held the post for good."""
    since = predecessor.earliest_start
    later = [t for t in holder.tenures if t.first_published >= since] or list(holder.tenures)
    return {t.interim for t in later if t.interim is not None} == {True}


def _appointments(holder: Holder) -> list[FuzzyTime]:
    """When appointments were announced: the reports of a tenure made before it began, by its
    own start or, where a report gives none, the earliest the record has (a draft's "appointed
    in January" may mean that day rather than the start)."""
    started = min((t.start.earliest for t in holder.tenures if t.start is not None), default=None)
    return [
        FuzzyTime.day(tenure.first_published)
        for tenure in holder.tenures
        if (start := tenure.start.earliest if tenure.start else started) is not None
        and start > tenure.first_published
    ]


def _departures_told(ctx: Context, holder: Holder) -> list[FuzzyTime]:
    """When the holder's departure was told as a happening of theirs alone or of their post's
    organisation ("resigned on 16 September"): a resignation is often announced months before
    the last day in post, and a draft's "resigned in September" may mean that day."""
    roles = {t.role for t in holder.tenures}
    organisations = {organisation_of(ctx.record, role).casefold() for role in roles}
    posts = " ".join(f"{ctx.name(role)} {organisation_of(ctx.record, role)}" for role in roles)
    return [
        event.when
        for event in ctx.view.generic_events(holder.person)
        if event.when is not None
        and is_departure_from(event.event_type, posts)
        and all(
            p == holder.person or p in roles or ctx.name(p).casefold() in organisations
            for p in event.participants
        )
    ]


def _check_interim(ctx: Context, claim: TenureClaim, holder: Holder) -> None:
    interim = bool(claim.interim)
    name = ctx.name(holder.person)
    flags = holder.interim_flags
    said = "interim" if interim else "permanent"
    if not flags:
        ctx.out.add("unverifiable", f"no source says whether {name} was interim")
    elif interim in flags and len(flags) > 1 and not _separate_spells(holder):
        ctx.out.add("disputed", f"sources disagree on whether {name} was interim")
    elif interim in flags:
        ctx.out.add("supported", f"{name} was {said}")
    elif not interim and any(
        _after_the_interim(holder, t, t.start, certainly=False) for t in holder.tenures
    ):
        ctx.out.add(
            "unverifiable",
            f"the record has {name} as interim, then taking up the post without saying how; "
            "that may have been the permanent appointment",
        )
    elif not interim and (last := _made_permanent_since(claim, holder)):
        ctx.out.add(
            "unverifiable",
            f"the record last has {name} as interim in {last.label()}; "
            "a permanent appointment since would be news",
        )
    else:
        ctx.out.add(
            "contradicted", f"{name} was not {said}", "interim" if True in flags else "permanent"
        )


def _after_the_interim(
    holder: Holder, tenure: Tenure, start: FuzzyTime | None, *, certainly: bool = True
) -> bool:
    """Whether a start a report gives without saying interim or not comes after every sighting
    of the person as interim in the post ("will formally take up the post on Monday 27 August",
    of an interim in charge since his predecessor went): the start of a later spell; or, not
    ``certainly``, may come after them."""
    seen = [_last_seen(t) for t in holder.tenures if t.interim]
    if tenure.interim is not None or start is None or not seen:
        return False
    if certainly:
        return all(time.latest < start.earliest for time in seen)
    return all(time.earliest <= start.latest for time in seen)


def _made_permanent_since(claim: TenureClaim, holder: Holder) -> FuzzyTime | None:
    """When the record last has an interim in post as interim, if the claim of permanence may
    be about a later appointment: interims are made permanent, so a report of one is a fact as
    of its time. None where the claim speaks of that time, or the spell ended as an interim (seen
    so to its end, or called interim by a report after it ended)."""
    interims = [t for t in holder.tenures if t.interim]
    last = max((_last_seen(t) for t in interims), key=lambda t: t.latest)
    end = holder.end
    ended = end is not None and (
        end.latest <= last.latest or any(t.first_published >= end.latest for t in interims)
    )
    # A start named about the time the record has the interim in post is that spell's start;
    # one centred later ("the following month") may be the permanent appointment.
    said_then = claim.start is not None and claim.start.middle() <= last.latest
    return None if claim.as_of <= last.latest or ended or said_then else last


def _last_seen(tenure: Tenure) -> FuzzyTime:
    """The latest time a report has the person in post: its end, its sighting, its start, or
    else its publication."""
    for time in (tenure.end, tenure.in_post, tenure.start):
        if time is not None:
            return time
    return FuzzyTime.day(tenure.first_published)


def _separate_spells(holder: Holder) -> bool:
    """Interim and permanent reports are two spells unless their reported starts agree (then
    the sources disagree about one spell)."""
    starts = {
        flag: cluster_times([t.start for t in holder.tenures if t.interim is flag and t.start])
        for flag in (True, False)
    }
    return not any(a.overlaps(b) for a in starts[True] for b in starts[False])


def _check_current(
    ctx: Context, claim: TenureClaim, holder: Holder, holders: list[Holder], several: bool
) -> None:
    """In post on the claim's date: stated when a source dates a departure or a successor's
    start before it, or reports the person in post then; presumed while no end is known. A
    successor is one a source says replaced the person: another who began later may hold the
    post beside them (joint chief executives). A claim telling of another spell ("took up the
    role once more") is news after a departure, not contradicted by it."""
    out, day = ctx.out, claim.as_of
    name = ctx.name(holder.person)
    successors = [
        h
        for h in holders
        if h.person != holder.person
        and holder.person in h.predecessors
        and h.start is not None
        and not h.start_inferred
        and h.start.latest <= day
    ]
    out.events += [t for h in successors for t in h.tenures]
    ended = holder.end is not None and not holder.end_inferred and holder.end.latest < day
    not_yet = holder.start is not None and holder.start.earliest > day
    if (successors or ended) and claim.current and several:
        out.add(
            "unverifiable",
            f"the record has {name} leave the post before {day_label(day)}; the claim tells of "
            "a return, which is news",
            reason="new",
        )
        return
    if successors or ended or not_yet:
        if claim.current:
            now = ", ".join(ctx.name(h.person) for h in successors) or "nobody on record"
            out.add(
                "contradicted",
                f"{name} was not in post on {day_label(day)}",
                f"holder then: {now}",
            )
        else:
            out.add("supported", f"{name} was not in post on {day_label(day)}")
        return
    sighted = max(p.published for t in holder.tenures for p in ctx.view.sources(t))
    if holder.latest_start > day:
        out.add("unverifiable", f"the record cannot tell whether {name} was in post then")
    elif claim.current:
        out.add("supported", f"{name} is in post as far as the record knows")
    else:
        out.add(
            "unverifiable",
            f"the record last saw {name} in post on {day_label(sighted)}; a departure since is "
            "news",
        )


def _check_employment(ctx: Context, claim: TenureClaim, person: str) -> None:
    """A person working for an organisation, no post named: any of their posts there counts."""
    assert claim.organisation is not None
    out, name = ctx.out, ctx.name(person)
    known = ctx.record.resolve(claim.organisation, "organisation").entity_id
    organisation = ctx.name(known) if known else claim.organisation
    there = [
        t
        for t in ctx.view.tenures_of(person)
        if same_value(organisation_of(ctx.record, t.role), organisation)
    ]
    out.events += there
    where = f"{name} at {organisation}"
    if not there:
        if claim.start is not None or claim.end is None:
            out.add("unverifiable", f"no post of {where} on record")
        if claim.end is not None:
            check_event(ctx, _leaving(claim, claim.organisation))
        return
    returning = bool(_SEVERAL_SPELLS.search(claim.quote.casefold()))
    if claim.start is not None and returning and not _starts_then(there, claim.start):
        out.add("unverifiable", f"the claim tells of a return: no later start of {where} on record")
    elif claim.start is not None:
        _compare_open_start(ctx, f"{possessive(where)} start", claim.start, there)
    if claim.end is not None:
        ends = cluster_times([t.end for t in there if t.end])
        if any(e.overlaps(claim.end) for e in ends):
            out.add("supported", f"{where} until {ends[-1].label()}")
        else:
            out.add("unverifiable", f"the record has no departure of {where} then")
    if claim.start is None and claim.end is None:
        out.add("supported", f"the record has {where}")


def _starts_then(tenures: list[Tenure], claimed: FuzzyTime) -> bool:
    return any(t.start is not None and t.start.overlaps(claimed) for t in tenures)


def _leaving(claim: TenureClaim, organisation: str) -> EventClaim:
    """The end of someone's time at an organisation told as the happening it is ("left the
    armed forces in 2014"), for a record that has the departure but no post there."""
    assert claim.person is not None and claim.end is not None
    return EventClaim(
        quote=claim.quote,
        as_of=claim.as_of,
        span=claim.span,
        participants=[claim.person, organisation],
        event_type=f"left {organisation}",
        when=claim.end,
    )


def _compare_open_start(ctx: Context, what: str, claimed: FuzzyTime, there: list[Tenure]) -> None:
    """Someone's first start at an organisation: a start the record dates earlier contradicts a
    later claim; an earlier claim may be a post the record never heard of."""
    starts = cluster_times([t.start for t in there if t.start])
    if any(s.overlaps(claimed) for s in starts):
        ctx.out.add("supported", f"{what}: {starts[0].label()}")
    elif starts and starts[0].certainly_before(claimed):
        ctx.out.add(
            "contradicted",
            f"{what} was {starts[0].label()}, not {claimed.label()}",
            starts[0].label(),
        )
    else:
        known = f" (the earliest on record is {starts[0].label()})" if starts else ""
        ctx.out.add("unverifiable", f"no start of {what.removesuffix(' start')} then{known}")


def check_succession(ctx: Context, claim: SuccessionClaim) -> None:
    after_id = ctx.entity(claim.successor, "person")
    try:
        before_id = ctx.entity(claim.predecessor, "person")
    except Unresolved as unknown:
        if unknown.reason != "unknown" or not _replaced_another(ctx, claim, after_id):
            raise
        return
    role = ctx.post(claim.role, before_id, after_id)
    _check_succession(ctx, claim, role, before_id, after_id)
    ctx.doubt_unplaced_post(role)


def _replaced_another(ctx: Context, claim: SuccessionClaim, after_id: str) -> bool:
    """A predecessor the record has never heard of, for a successor who took the post once and
    whom sources say replaced someone else, who was not acting and whose departure the record
    has meet the successor's start ("took over from Andy Grove", where two sources have Craig
    Barrett handing over that day): another person, whatever else the record lacks."""
    try:
        role = ctx.post(claim.role, after_id)
        holders = ctx.holders(role)
        after = ctx.holder(holders, after_id, role, claim.successor)
    except Unresolved:
        return False
    replaced = sorted(after.predecessors)
    if not replaced or len(after.starts) > 1 or len(after.interim_flags) > 1:
        return False
    if ctx.record.resolve(claim.predecessor, "person").spelt_like is not None:
        return False  # "Ivan Fosxhaw": the recorded Ivan Foxshaw, misspelt
    surname = normalise_name(claim.predecessor).split()[-1:]
    if any(normalise_name(ctx.name(person)).split()[-1:] == surname for person in replaced):
        return False  # "Araminta Whitbourne" may be the recorded Anna Whitbourne, named fully
    before = [h for h in holders if h.person in replaced]
    if any(h.interim for h in before):
        return False  # "appointed to replace" may name the last permanent holder
    handed_over = [
        (end, start)
        for h in before
        for end in reported_ends(h.tenures)
        for start in reported_starts(after.tenures)
    ]
    if not any(end.latest >= start.earliest for end, start in handed_over):
        return False  # someone the record never heard of may have acted in between
    ctx.out.events += list(after.tenures)
    names = " or ".join(ctx.name(person) for person in replaced)
    ctx.out.add(
        "contradicted",
        f"the record says {ctx.name(after_id)} replaced {names}, not {claim.predecessor}",
        names,
    )
    return True


def _check_succession(
    ctx: Context, claim: SuccessionClaim, role: str, before_id: str, after_id: str
) -> None:
    out = ctx.out
    holders = ctx.holders(role)
    after = ctx.holder(holders, after_id, role, claim.successor)
    try:
        before = ctx.holder(holders, before_id, role, claim.predecessor)
    except Unresolved:
        if not (reported := sorted(after.predecessors)):
            raise
        out.events += list(after.tenures)
        if before_id in reported:
            # A source says so, though the record has no spell of the predecessor's in the post.
            out.add(
                "supported", f"the record says {ctx.name(after_id)} replaced {ctx.name(before_id)}"
            )
            return
        # Sources name whom the successor replaced, and it is someone the record never has in
        # the post the claim gives to its predecessor.
        replaced = " or ".join(ctx.name(person) for person in reported)
        out.add(
            "contradicted",
            f"the record says {ctx.name(after_id)} replaced {replaced}, and has "
            f"{ctx.name(before_id)} in no spell of the post",
            replaced,
        )
        return
    # A source saying B replaced P leaves nobody between them: a holder the record has between
    # P and a spell of B's is between P and another spell.
    stated = before_id in after.predecessors
    between = [
        h
        for h in holders
        if not stated
        and h.person not in (before_id, after_id)
        and before.certainly_before(h)
        and h.certainly_before(after)
        and not _back_after(before, h)  # P came back after them: a later spell of P's
        and not {before_id} <= h.predecessors & after.predecessors  # a duo that replaced P
    ]
    out.events += [t for h in (before, after, *between) for t in h.tenures]
    a, b = ctx.name(before_id), ctx.name(after_id)
    # "Appointed to replace P" names the last permanent holder, whoever acted in between.
    permanent = not before.interim and not after.interim
    acting = permanent and bool(between) and all(_acting_since(h, before) for h in between)
    # A source saying B replaced P, where A is on record as replacing P, skipped A (an interim):
    # that agrees with A handing over to B.
    others = after.predecessors - {before_id} - before.predecessors
    if acting:
        others -= {h.person for h in between}
    if before.interim and not after.interim:
        # And B replacing P, the last permanent holder, agrees with A acting until B came.
        others -= {h.person for h in holders if h.person in others and not h.interim}
    # An acting B, in post before A and standing in again once A left, replaced others in an
    # earlier spell.
    acting_again = (
        bool(after.interim)
        and after.certainly_before(before)
        and before.end is not None
        and not before.end_inferred
    )
    if others and before_id not in after.predecessors and not acting_again:
        replaced = ctx.name(sorted(others)[0])
        out.add("contradicted", f"the record says {b} replaced {replaced}", replaced)
    elif after.certainly_before(before) and not before.certainly_before(after):
        if _held_by_others_since(ctx, holders, before, claim.as_of):
            out.add("contradicted", f"{b} held the post before {a}, not after", a)
        else:
            out.add(
                "unverifiable",
                f"the record has {b} in the post before {a}; a return after {a} would be news",
                reason="gap",
            )
    elif acting:
        names = ", ".join(ctx.name(h.person) for h in between)
        out.add("supported", f"{b} followed {a}, with {names} acting in between")
    elif between:
        names = ", ".join(ctx.name(h.person) for h in between)
        out.add("contradicted", f"{names} held the post between {a} and {b}", names)
    elif before.meets(after):
        out.add("supported", f"{b} followed {a}")
    else:
        missing = gaps([before, after], before.start or FuzzyTime.day(date.min), None)
        out.add(
            "unverifiable",
            f"the record does not show {b} directly following {a} "
            f"({'; '.join(missing[1:]) or 'handover not reported'})",
            reason="gap",
        )
    if claim.when is not None:
        # The handover is the successor's start; the predecessor's departure dates it only if
        # nobody held the post in between, which the record cannot state.
        started = [] if after.start_inferred else _handover_versions(claim.when, after)
        # A start of the successor's before the predecessor's began is an earlier spell's.
        began = reported_starts(before.tenures)
        started = [t for t in started if not began or any(b.earliest <= t.latest for b in began)]
        if stated:
            started = _this_spell(ctx, after, started, claim.when)
        made_permanent = _made_permanent(after, claim.when)
        started = [
            t for t in started if t.overlaps(claim.when) or not any(map(t.overlaps, made_permanent))
        ]
        left = [] if before.end_inferred else before.ends
        appointed = [day for day in _appointments(after) if day.overlaps(claim.when)]
        if appointed and not any(t.overlaps(claim.when) for t in started):
            taking_up = " or ".join(t.label() for t in started) or "later"
            out.add(
                "supported",
                f"{b} was appointed by {appointed[0].label()}, taking up the post {taking_up}",
            )
        elif started:
            compare_time(out, "the handover", claim.when, started)
        else:
            compare_time(out, "the handover", claim.when, left, inferred=True)
