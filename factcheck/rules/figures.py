"""Reported numbers: "an £8.5m overspend in 2016/17", "down from 87.7pc to 81.9pc".

A figure contradicts a claim only when it is for the same period: a value for a wider or
narrower period can only support it, and one given with no period (a running total, a ranking,
a deficit "now") is a fact as of the day it was reported, which can only support a later claim,
but for a claim that tells of the past at no time of its own: where every report gives the one
value, that is the only occasion the claim can mean. A past claim writing that one value's
digits in another order ("2,530" for 2,350) copied it wrong, at whatever time the reports do
not rule out; so does one writing the digits of the value told at no period beside other
periods' values, or of a recorded floor ("more than £59bn" for more than £95bn), where three
or more digits tell it from a value of another occasion.

Values are compared in the claim's unit only ("up 9%" is another measure than "up £55m"), a
grant is another measure than a holding (shares "awarded", a "stake"), and a sum given by the
year ("paid her £140,000 a year") another than a sum told once ("handed £720,000"), but for a
salary, a fee or an allowance, which are paid by the year whether or not the text says so.
"""

from __future__ import annotations

import contextlib
import math
import re
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from factcheck.claims import ChangeClaim, FigureClaim
from factcheck.quantities import Quantity
from factcheck.record import Figure
from factcheck.resolution import EntityType, normalise_name
from factcheck.rules.compare import compare_values
from factcheck.rules.context import Context, Outcome, Unresolved, organisation_of, reason_of
from factcheck.rules.wording import (
    A_YEAR,
    MONTH_NAMES,
    months_named,
    names_a_time,
    numbers,
    time_unit,
    told_as_past,
    told_as_to_come,
)
from factcheck.timespan import FuzzyTime

_SAME_PERIOD_SLACK = timedelta(days=7)
"""Periods whose ends differ by less than this are the same period written two ways."""
_MONTH = timedelta(days=31)
_SUBJECTS: tuple[EntityType, ...] = ("service", "organisation", "person")
"""What a figure can be about: a body, a service of one, or a person (a salary, a pay-off)."""


def _same_period(figure: FuzzyTime | None, claimed: FuzzyTime | None) -> bool:
    """Whether a figure is for the period the claim names: the same period written either way,
    or a reading taken within the month or day a claim names; a period read as either of two
    ("last year": the calendar or the financial year) is each of them."""
    if figure is None or claimed is None:
        return False
    return any(
        _same_one_period(one, other) for one in figure.readings() for other in claimed.readings()
    )


def _same_one_period(figure: FuzzyTime, claimed: FuzzyTime) -> bool:
    if (
        abs(figure.earliest - claimed.earliest) <= _SAME_PERIOD_SLACK
        and abs(figure.latest - claimed.latest) <= _SAME_PERIOD_SLACK
    ):
        return True
    within = claimed.earliest <= figure.earliest and figure.latest <= claimed.latest
    return within and claimed.latest - claimed.earliest <= _MONTH


def _for_period(figures: list[Figure], claimed: FuzzyTime) -> list[Figure]:
    """The figures for the claimed period; those for a period read as either of two ("last
    year") only where none is told as for that period alone: a source giving "£3.8m last year,
    against £1.3m in 2021" gives two periods, not two values of one."""
    matching = [f for f in figures if _same_period(_time_of(f), claimed)]
    alone = [f for f in matching if len(_time_of(f).readings()) == 1]
    return alone or matching


def _figures(ctx: Context, metric: str, subject: str | None) -> tuple[str, list[Figure]]:
    metric_id = ctx.entity(metric, "metric")
    subject_id = _subject_of(ctx, subject, metric_id) if subject else None
    figures = ctx.view.figures(metric_id, subject_id)
    if subject_id is None and len({f.subject for f in figures}) > 1:
        raise Unresolved(
            f"the record has {ctx.name(metric_id)} figures of several subjects and the claim "
            "names none",
            "ambiguous",
        )
    return ctx.name(metric_id), figures


def _subject_of(ctx: Context, mention: str, metric_id: str) -> str:
    """What the figure is of: the body or person named, or, where the name could be several
    ("Boston": the city's schools, its school committee, its newspaper), the one of them the
    record has this metric for; a post named stands for its organisation ("applications for
    the post of chief inspector")."""
    resolution = ctx.record.resolve_as(mention, _SUBJECTS)
    if resolution.entity_id is not None:
        return resolution.entity_id
    if resolution.status == "ambiguous":
        having = {
            candidate.entity_id
            for candidate in resolution.candidates
            if ctx.view.figures(metric_id, candidate.entity_id)
        }
        if len(having) == 1:
            return having.pop()
    post = ctx.record.resolve_as(mention, ("role",)).entity_id
    body = organisation_of(ctx.record, post) if post is not None else ""
    if body and (of_body := ctx.record.resolve_as(body, _SUBJECTS).entity_id) is not None:
        return of_body
    raise Unresolved(resolution.reason, reason_of(resolution.status))


def check_figure(ctx: Context, claim: FigureClaim) -> None:
    if (told_before := _what_one_before_named(claim)) is None:
        _check_figure(ctx, claim)
        return
    # "That holding was worth £62m": the sentence gives the value of what one before it names
    # (here an award of shares), which its reading may have filed under a measure of another
    # thing.
    reading = replace(ctx, out=ctx.out.fresh())
    _check_figure(reading, claim)
    ctx.out.events += reading.out.events
    decided = reading.out.decide()
    if decided.verdict in ("contradicted", "disputed"):
        ctx.out.add(
            "unverifiable",
            f"the sentence gives the value of what one before it names ({told_before!r}), which "
            f"may not be what the record has: {decided.explanation}",
        )
    else:
        ctx.out.findings += reading.out.findings


def _what_one_before_named(claim: FigureClaim) -> str | None:
    """The words pointing back to a sentence before, where the claim's sentence opens by giving
    their value ("That holding was worth £62m", "This sum is £5m") and its reading named the
    measure in other words."""
    sentence = claim.sentence or ""
    opening = _THAT_ONE.match(sentence)
    if opening is None or not sentence[opening.end() :].startswith(claim.value.text or "\0"):
        return None
    if opening["noun"] in normalise_name(claim.metric).split():
        return None
    return opening["that"]


_THAT_ONE = re.compile(
    r"(?P<that>(?:That|This|These|Those) (?P<noun>[a-z]+))"
    r" (?:was|is|were|are|had been|has been|would be|will be)(?: worth| valued at)? "
)
"""A sentence opening on a demonstrative and a noun and giving their value."""


def _check_figure(ctx: Context, claim: FigureClaim) -> None:
    out = ctx.out
    try:
        metric, figures = _figures(ctx, claim.metric, claim.subject)
    except Unresolved as unknown:
        if unknown.reason != "unknown" or (turned := _the_other_way(ctx, claim)) is None:
            raise
        _contradict_turned(out, *turned)
        return
    if figures and not (figures := [f for f in figures if _in_scope(claim, f)]):
        out.add(
            "unverifiable",
            f"the record has {metric} only as told without the claim's worldwide scope, which "
            "may be of one country's",
        )
        return
    if figures and (measures := _granted_and_held(claim, figures)) is not None:
        out.add("unverifiable", f"the record has {metric} as {measures}")
        return
    if turned_round := _told_against_its_name(claim, figures):
        # "81 cents lower than when she was hired", read as the record's "share price rise".
        _contradict_turned(out, metric, turned_round)
        return
    if _A_MOST.search(claim.metric.casefold()) and (most := claim.value.cap()) is not None:
        # "Up to £2.3m in potential bonuses" names the most there can be: £2.3m, which a
        # potential £1.3m contradicts rather than lies within.
        claim = claim.model_copy(update={"value": most})
    when = f" for {claim.period.label()}" if claim.period else ""
    claimed_time = claim.period or FuzzyTime.day(claim.as_of)
    stated = _outcomes(_in_the_claims_unit(_for_period(figures, claimed_time), claim))
    if claim.period is None and _CHANGE.search(claim.metric.casefold()):
        related = []  # a rise or fall is over a period: another report's may be another period's
    elif claim.period is None:
        related = [f for f in figures if f.period is None]
    else:
        related = [f for f in figures if f.period is None or f.period.overlaps(claim.period)]
    agreeing = [f for f in related if f.value.settles(claim.value)]
    copied = _transposed(claim, figures)
    # "Passengers rose by 38,000 in 2014", where the record has them falling so that year.
    turned = None if stated or agreeing else _the_other_way(ctx, claim)
    out.events += stated or agreeing or ([] if turned else related)
    if stated and (partial := _so_far(stated, claim)):
        told = ", ".join(
            f"{f.value.label()} reported {f.first_published.isoformat()}" for f in partial
        )
        if any(f.value.agrees(claim.value) for f in partial):
            out.add("supported", f"{metric}{when}: {told}")
        else:
            out.add(
                "unverifiable",
                f"the record has {metric}{when} only as reported before the period was over "
                f"({told}), a total so far",
            )
    elif stated and copied not in stated:
        apart = _beside_what_agrees(stated, claim.value)
        compare_values(out, f"{metric}{when}", claim.value, [f.value for f in apart])
    elif agreeing and copied is None:
        # A value the record bears out with no digits reordered; one with them reordered is a
        # slip in copying it, though a recorded range may hold it.
        out.add("supported", f"{metric}: {agreeing[0].value.label()}{_as_of(agreeing[0])}")
    elif turned is not None:
        _contradict_turned(out, *turned)
    elif (
        not _post_filled_since(ctx, claim, figures)
        and (only := _only_report(claim, related, figures, ctx.reported_beside)) is not None
    ):
        out.add(
            "contradicted",
            f"{metric} was {only.value.label()}{_as_of(only)}, the only such figure on record, "
            f"not {claim.value.label()}",
            only.value.label(),
        )
    elif copied is not None:
        out.events.append(copied)
        out.add(
            "contradicted",
            f"{metric} was {copied.value.label()}{_as_of(copied)}, the only such figure on "
            f"record: {claim.value.label()} has its digits in another order",
            copied.value.label(),
        )
    elif related:
        told = ", ".join(f"{f.value.label()}{_as_of(f)}" for f in related)
        out.add("unverifiable", f"no {metric} figure{when} on record; it gave {told}")
    else:
        out.add("unverifiable", f"no {metric} figure{when} on record")


def _in_scope(claim: FigureClaim, figure: Figure) -> bool:
    """Whether a figure is told of what the claim's is: one told of the whole world ("600,000
    holidaymakers of all nationalities", "21,000 jobs worldwide") is not one told without
    saying so, which may be of one country ("150,000 stranded customers flown back to the
    UK")."""
    return not _WORLDWIDE.search(claim.quote) or any(
        _WORLDWIDE.search(p.quote) for p in figure.provenance
    )


_WORLDWIDE = re.compile(
    r"\b(?:worldwide|globally|around the world|across the world|of all nationalities"
    r"|across the globe|internationally)\b",
    re.IGNORECASE,
)


_UP = ("rise", "increase", "growth", "gain", "jump")
_DOWN = ("fall", "drop", "decline", "decrease", "cut")
_DIRECTION = re.compile(
    rf"^(?:(?P<before>{'|'.join(_UP + _DOWN)})s? (?:in|of) (?P<base>.+)"
    rf"|(?P<base_first>.+?) (?P<after>{'|'.join(_UP + _DOWN)})s?)$"
)


def _granted_and_held(claim: FigureClaim, figures: list[Figure]) -> str | None:
    """How the record tells a figure where the claim tells the other of an award and a holding
    ("was awarded 1.4pc of the shares", where every report has "his 0.6% stake"): shares
    granted and shares held are two measures."""
    clauses = re.split(r"[,;:]", claim.quote)
    claimed = _grant_or_holding(
        next((c for c in clauses if (claim.value.text or "") in c), claim.quote)
    )
    told = {_grant_or_holding(p.quote) for f in figures for p in f.provenance}
    if claimed is None or len(told) != 1 or None in told or claimed in told:
        return None
    return f"{told.pop()}, where the claim tells {claimed}"


def _grant_or_holding(words: str) -> str | None:
    said = words.casefold()
    if _GRANTED.search(said):
        return "an award"
    return "a holding" if _HELD.search(said) else None


_GRANTED = re.compile(r"\b(?:awarded|granted|gifted|handed)\b")
_HELD = re.compile(r"\b(?:stakes?|holdings?|holds|owns|owned)\b")


def _in_the_claims_unit(figures: list[Figure], claim: FigureClaim) -> list[Figure]:
    """The figures given in the claim's unit: "£55m" is another measure of a rise than "9%",
    which neither bears out nor contradicts it."""
    return [f for f in figures if f.value.unit == claim.value.unit]


def _told_against_its_name(claim: FigureClaim, figures: list[Figure]) -> list[Figure]:
    """The record's figures of a change a claim's own words tell going the other way from the
    metric it was read as ("81 cents lower", read as a "share price rise"), for the claim's
    period: the record has the change going the way its name says."""
    named = _directions(claim.metric)
    told = _directions(claim.quote) - named
    if len(named) != 1 or len(told) != 1:
        return []
    return [
        f
        for f in figures
        if f.value.unit == claim.value.unit
        and (
            f.period.overlaps(claim.period)
            if f.period is not None and claim.period is not None
            else f.period is claim.period is None
        )
    ]


def _directions(words: str) -> set[str]:
    said = words.casefold()
    return {way for way, told in (("up", _TOLD_UP), ("down", _TOLD_DOWN)) if told.search(said)}


_TOLD_UP = re.compile(
    r"\b(?:rise|rises|rose|risen|up|higher|increased?|gained?|climbed|jumped"
    r"|above|beat|beating|exceeded|exceeding)\b"
)
_TOLD_DOWN = re.compile(
    r"\b(?:fall|falls|fell|fallen|down|lower|decreased?|drop|dropped|declined?|slumped"
    r"|below|shortfall|missed)\b"
)
"""Words telling a change, or a result against a forecast, going up or down ("$20 million above
analysts' expectations", "a shortfall against forecasts")."""


def _the_other_way(ctx: Context, claim: FigureClaim) -> tuple[str, list[Figure]] | None:
    """A change the record has going the other way ("a 5% rise in profits", where the record has
    profits falling 5% that year): contradicted, whatever its size. The record's name for it
    and its figures for the claim's period, where it has them: a change named by its direction
    that the record knows under the opposite one, of the claim's subject, or of the one subject
    the record gives it where the claim's is not on record."""
    subject = claim.subject if _on_record(ctx, claim.subject) else None
    for wording in _other_way(claim.metric):
        with contextlib.suppress(Unresolved):
            metric, figures = _figures(ctx, wording, subject)
            alike = [f for f in figures if f.value.unit == claim.value.unit]
            # A rise or fall is over a period: one given without it may be another's.
            told = _for_period(alike, claim.period) if claim.period is not None else []
            if told:
                return metric, told
    return None


def _contradict_turned(out: Outcome, metric: str, told: list[Figure]) -> None:
    out.events += told
    out.add(
        "contradicted",
        f"the record has {metric}{_as_of(told[0])}: {told[0].value.label()}, the other way",
        f"{metric} {told[0].value.label()}",
    )


def _on_record(ctx: Context, subject: str | None) -> bool:
    """Whether the record knows the subject a claim names, or cannot tell which it is."""
    try:
        if subject is not None:
            ctx.subject(subject, _SUBJECTS)
    except Unresolved as unresolved:
        return unresolved.reason != "unknown"
    return subject is not None


def _other_way(metric: str) -> list[str]:
    """A change's name with its direction turned round: "rise in profits" as "fall in profits"
    and "profits fall", "average pay rise for staff" as "average pay cut for staff"."""
    words = metric.casefold().split()
    turned: list[str] = []
    for at, word in enumerate(words):
        direction = word.removesuffix("s")
        if direction not in _UP + _DOWN:
            continue
        opposite = _DOWN if direction in _UP else _UP
        turned += [" ".join([*words[:at], other, *words[at + 1 :]]) for other in opposite]
    if (named := _DIRECTION.match(" ".join(words))) is not None:
        direction = named["before"] or named["after"]
        base = named["base"] or named["base_first"]
        for other in _DOWN if direction in _UP else _UP:
            turned += [f"{other} in {base}", f"{base} {other}"]
    return list(dict.fromkeys(turned))


def _only_report(
    claim: FigureClaim, related: list[Figure], every: list[Figure], beside: frozenset[str]
) -> Figure | None:
    """The record's one figure a claim told in the past, at no time of its own, can only mean.

    Where every report of the metric gives one value ("Belfast was home to 138 of its staff",
    "the shares were five times over-subscribed"), a sentence that places its figure nowhere
    speaks of the occasion they report. One that names a time or an occasion ("fell 8% on the
    day his departure was announced", "in the end") may be another; so may the outcome of a
    plan ("intends to make 139 people redundant"), unless the claim too tells of the plan ("was
    meant to last three months"); and a figure told as it is now may have changed since. A
    sentence whose other figures the reports of this one bear out (``beside``: "a salary of
    £480,000 and a 20 per cent top-up", where the one report of the top-up gave the salary too)
    speaks of the occasion they report, whatever else it names but a later year.
    """
    if claim.period is not None or not related:
        return None
    # A figure in another unit ("a £20,000 pay cut" beside "a 10% pay cut") is another measure,
    # not a rival value of the one the claim gives.
    every = _in_the_claims_unit(every, claim) or every
    if not _told_of_their_occasion(claim, every, beside):
        return None
    first = related[0]
    if any(not f.value.agrees(first.value) for f in every):
        return None
    if first.value.unit != claim.value.unit:
        return None  # "four of them", where the record has the share won ("71%"): another measure
    if _tells_a_change_to_the_recorded_value(claim, first):
        return None  # "£10 tickets, a price that had risen to £12 by 2013": two occasions
    if claim.value.unit == "count" and (
        len({time_unit(q.text) for q in (claim.value, *(f.value for f in every))}) > 1
    ):
        return None  # "three months" and "90 days" are read as bare numbers
    if not _PAID_BY_THE_YEAR.search(claim.metric.casefold()) and any(
        _rate_of(f.value.text, *(p.quote for p in f.provenance))
        != _rate_of(claim.value.text, claim.quote)
        for f in every
    ):
        return None  # "£140,000 a year" is a rate; "handed £720,000" in her last year, a sum
    planned = any(told_as_to_come(p.quote) for f in every for p in f.provenance)
    if planned and not told_as_to_come(claim.quote):
        return None  # a plan's or a forecast's figure, which what happened may not bear out
    if any(f.value.agrees(claim.value) or claim.value.agrees(f.value) for f in related):
        return None
    return first


def _rate_of(value: str | None, *told: str) -> frozenset[str]:
    """The time a sum is given for ("£540,000 a year", "an annual allowance of £540,000"), in
    the value or in the words beside it in each report that gives it: a rate is not a sum told
    once."""
    return frozenset(
        _PER.get(found["per"] or found["adjective"], found["per"] or found["adjective"])
        for words in (value or "", *(_beside(value, words) for words in told))
        for found in _A_RATE.finditer(words.casefold())
    )


def _beside(value: str | None, words: str) -> str:
    """The few words either side of a value in a text, or the whole text without it."""
    at = words.find(value) if value else -1
    if at < 0:
        return words
    before, after = words[:at].split()[-4:], words[at + len(value or "") :].split()[:3]
    return " ".join([*before, value or "", *after])


_A_RATE = re.compile(
    r"\b(?:(?:a|an|per|each|every) (?P<per>year|month|week|day|annum)"
    r"|(?P<adjective>annual|annually|yearly|monthly|weekly|daily))\b"
)
_PAID_BY_THE_YEAR = re.compile(r"\b(?:salary|salaries|wages?|allowances?|fees?|pensions?|rent)\b")
"""Sums paid by the year whether or not the text says so ("a salary of £450,000")."""
_PER = {
    "annum": "year",
    "annual": "year",
    "annually": "year",
    "yearly": "year",
    "monthly": "month",
    "weekly": "week",
    "daily": "day",
}


def _post_filled_since(ctx: Context, claim: FigureClaim, figures: list[Figure]) -> bool:
    """Whether a metric counts something of a post's filling ("applicants for the post of chief
    regulator") and the record has a holder of the post leave or start after every report of
    it, by the claim's date: another recruitment may have followed, whose figure a claim placed
    at no time may give."""
    named = _POST_IN_A_METRIC.search(claim.metric.casefold())
    if named is None or not figures:
        return False
    role = ctx.record.resolve_as(named["post"], ("role",)).entity_id
    if role is None:
        return False
    reported = max(f.first_published for f in figures)
    return any(
        time is not None and reported < time.earliest <= claim.as_of
        for t in ctx.view.tenures(role)
        for time in (t.start, t.end)
    )


_POST_IN_A_METRIC = re.compile(r"\b(?:post|job|role|position) of (?P<post>.+)$")


def _told_of_their_occasion(
    claim: FigureClaim, every: list[Figure], beside: frozenset[str]
) -> bool:
    """Whether a claim tells its figure in the past at the occasion the record's reports of it
    tell, and at no other."""
    if all(any(p.source in beside for p in f.provenance) for f in every):
        # Its other figures place the sentence at their reports' occasion, unless it names a
        # later year, when a figure kept since (a salary) may be told beside one that changed.
        said = claim.sentence or claim.quote
        reported = max(f.first_published.year for f in every)
        later = any(int(year) > reported for year in A_YEAR.findall(said))
        return not later and (told_as_past(claim.quote) or told_as_past(said))
    if told_as_past(claim.quote):
        # The sentence around the figure may place it too: "…admitted defeat, having lost
        # 133-73 in the first round", "…affected in all, most of them home by Monday".
        return not any(
            names_a_time(words, claim.value.text or "") and not _at_their_time(words, claim, every)
            for words in (claim.quote, claim.sentence or "")
        )
    # A figure quoted alone ("a £4.2m bonus") is told in the sentence around it, which must
    # place it at the time of the record's reports.
    return bool(
        claim.sentence
        and told_as_past(claim.sentence)
        and _at_their_time(claim.sentence, claim, every)
    )


def _tells_a_change_to_the_recorded_value(claim: FigureClaim, recorded: Figure) -> bool:
    """Whether the claim's sentence tells the figure changing, and gives the recorded value
    beside the claimed one ("£10 tickets, a price that had risen to £12"): two occasions, the
    record's and another, where two figures told side by side ("£1.28m in cash and £1.92m in
    share options") may be one occasion's, swapped."""
    said = re.sub(re.escape(claim.value.text or ""), " ", claim.sentence or "", flags=re.I)
    told = any(recorded.value.low <= number <= recorded.value.high for number in numbers(said))
    return told and bool(_CHANGED.search(said.casefold()))


_CHANGED = re.compile(
    r"\b(?:risen|rose|rising|fallen|fell|falling|grown|grew|increased|decreased|dropped|cut"
    r"|doubled|halved|climbed|raised|lowered)\b"
)
"""Words telling a figure changing over time."""


def _transposed(claim: FigureClaim, figures: list[Figure]) -> Figure | None:
    """The record's value of the metric whose digits a claim of the past writes in another
    order ("had 2,530 seats" for 2,350, "£16.2m" for £12.6m) at no time the record's reports
    rule out: a slip in copying that figure, not another value of it, which would hardly have
    the same digits. Where the record also has values for periods of their own (another
    year's fine, an earlier deal's price), a claim that names no period speaks of the value
    told at none, as of its report; three or more digits, which another value would share by
    chance far more rarely, tell the copied one. A figure told as it is now may have changed
    since any report."""
    if claim.period is None and not (
        told_as_past(claim.quote) or (claim.sentence and told_as_past(claim.sentence))
    ):
        return None
    floor, named = _as_written(claim.value)
    written = _significant_digits(named)
    if written is None or any(_as_written(f.value)[1].agrees(named) for f in figures):
        return None
    if claim.period is not None:
        spoken_of = [f for f in figures if claim.period.overlaps(_time_of(f))]
    elif all(f.value.agrees(figures[0].value) for f in figures):
        spoken_of = figures
    else:
        spoken_of = [f for f in figures if f.period is None]
    if not spoken_of or any(not f.value.agrees(spoken_of[0].value) for f in spoken_of):
        return None
    copied = spoken_of[0]
    copied_floor, copied_named = _as_written(copied.value)
    if copied.value.unit != claim.value.unit or copied_floor != floor:
        return None
    if not _reordered(written, _significant_digits(copied_named)):
        return None
    others = any(not f.value.agrees(copied.value) for f in figures)
    return None if others and len(written[1]) < _DIGITS_TOLD_APART else copied


def _reordered(written: tuple[int, str], told: tuple[int, str] | None) -> bool:
    """Whether two figures have the same magnitude and the same digits in another order."""
    if told is None or told == written:
        return False
    (magnitude, digits), (told_magnitude, told_digits) = written, told
    return (
        magnitude == told_magnitude
        and sorted(digits) == sorted(told_digits)
        and len(set(digits)) > 1
    )


_DIGITS_TOLD_APART = 3
"""Significant digits a figure needs to be told for a copy of one of several recorded values."""


def _as_written(value: Quantity) -> tuple[bool, Quantity]:
    """Whether a figure is a floor ("more than £116bn"), and the number it writes: the floor's,
    a cap's amount ("up to £780m"), or the figure itself."""
    if math.isinf(value.high):
        return True, value.model_copy(update={"high": value.low})
    return False, value.cap() or value


def _significant_digits(value: Quantity) -> tuple[int, str] | None:
    """A single figure's order of magnitude and significant digits (£16.2m: 7, "162"; of a
    number as :func:`_as_written` gives it, "up to £780m": 8, "78"); None for a range, a bound or
    a figure written as about so much."""
    if not value.single() or value.approximate():
        return None
    centre = Decimal(f"{value.value:.12g}").normalize()
    digits = "".join(ch for ch in format(centre, "f") if ch.isdigit()).strip("0")
    return centre.adjusted(), digits


def _at_their_time(words: str, claim: FigureClaim, figures: list[Figure]) -> bool:
    """Whether the only time a sentence names is a month or a year every report's figure falls
    in ("forced out in July 2004 over a £4.2m bonus", of a bonus reported on 1 July 2004): the
    occasion the record reports, not another."""
    said = re.sub(re.escape(claim.value.text or ""), " ", words, flags=re.IGNORECASE)
    years, months = set(A_YEAR.findall(said)), months_named(said)
    if len(years) != 1 or len(months) > 1:
        return False
    rest = A_YEAR.sub(" ", said)
    if names_a_time(rest, *(MONTH_NAMES[month - 1] for month in months)):
        return False  # another time or occasion besides: "after", "when", "a year later"
    (year,) = years
    named = FuzzyTime.month(int(year), months.pop()) if months else FuzzyTime.year(int(year))
    return all(
        named.earliest <= _time_of(f).earliest and _time_of(f).latest <= named.latest
        for f in figures
    )


def _beside_what_agrees(stated: list[Figure], claimed: Quantity) -> list[Figure]:
    """The period's figures, less those only sources that also give one agreeing with the claim
    give: a report with two values of a metric for one period ("88 votes in the first round",
    "115 in the second") tells two things its name does not tell apart, not a dispute between
    sources."""
    agreeing = [f for f in stated if f.value.settles(claimed)]
    giving_it = {p.source for f in agreeing for p in f.provenance}
    return [f for f in stated if f in agreeing or {p.source for p in f.provenance} - giving_it]


def _so_far(stated: list[Figure], claim: FigureClaim) -> list[Figure]:
    """The period's figures, where every one was reported before the period was over as it
    then stood, and the claim speaks after it ("the total for this year stands at 155" in July,
    against "342 in 2015" told in 2018): a total so far, not the period's."""
    ended = [f.period.latest for f in stated if f.period is not None]
    if len(ended) < len(stated) or claim.as_of <= max(ended):
        return []
    so_far = [
        f
        for f in stated
        if f.period is not None
        and f.first_published < f.period.latest
        and any(_SO_FAR.search(p.quote.casefold()) for p in f.provenance)
    ]
    return so_far if len(so_far) == len(stated) else []


_CHANGE = re.compile(
    r"\b(?:rise|rises|increase|increases|fall|falls|drop|drops|decline|growth|gain|gains|jump"
    r"|slump|change)\b"
)
"""Words of a metric that is a change over some period ("increase in sales")."""
_A_MOST = re.compile(r"\b(?:potential|maximum|max|possible|most)\b")
"""Words of a metric that is itself the most there can be ("potential bonuses", "maximum pay")."""
_SO_FAR = re.compile(r"\b(?:so far|to date|thus far|year to date|stands at|stood at|currently)\b")
"""Words that give a figure as it stands while its period runs ("the total for this year stands
at 155")."""


def _outcomes(figures: list[Figure]) -> list[Figure]:
    """A period's figures, less those reported before the period was over where a report
    after it gives one: "full-year losses" for a year still under way are a forecast, or a
    misreading, which what the year came to overtakes rather than disputes."""
    after = [f for f in figures if f.period is not None and f.first_published > f.period.latest]
    return after or figures


def _time_of(figure: Figure) -> FuzzyTime:
    """The period a figure is for; one given without a period is as of the day it was
    reported (a position, a running total, a deficit "now")."""
    return figure.period or FuzzyTime.day(figure.first_published)


def _as_of(figure: Figure) -> str:
    if figure.period is not None:
        return f" for {figure.period.label()}"
    return f" as of {figure.first_published.isoformat()}"


def check_change(ctx: Context, claim: ChangeClaim) -> None:
    """A change is the same reported change when either end agrees (or the two are swapped);
    then the other end and the direction must agree too."""
    out = ctx.out
    rising = claim.to_value.value > claim.from_value.value
    actual = "up" if rising else "down"
    if claim.direction and claim.direction != actual:
        out.add(
            "contradicted",
            f"from {claim.from_value.label()} to {claim.to_value.label()} is {actual}, "
            f"not {claim.direction}",
            actual,
        )
    metric, figures = _figures(ctx, claim.metric, claim.subject)
    changes = [
        f
        for f in figures
        if f.previous is not None
        and (claim.period is None or f.period is None or f.period.overlaps(claim.period))
    ]
    same = [f for f in changes if _one_end_agrees(f, claim.from_value, claim.to_value)]
    out.events += same or changes
    if not same:
        out.add("unverifiable", f"no such change of {metric} on record")
        return
    before = [f.previous for f in same if f.previous is not None]
    compare_values(out, f"{metric} before", claim.from_value, before)
    compare_values(out, f"{metric} after", claim.to_value, [f.value for f in same])


def _one_end_agrees(figure: Figure, start: Quantity, end: Quantity) -> bool:
    """Whether the claim's start is the change's start or its end its end, or the two are
    swapped; a claimed start that is a change's end ("$47.5m in 2019, from $65.6m", of a fall
    from $47.5m to $21m) tells the change after it."""
    assert figure.previous is not None
    aligned = figure.previous.agrees(start) or figure.value.agrees(end)
    swapped = figure.previous.agrees(end) and figure.value.agrees(start)
    return aligned or swapped
