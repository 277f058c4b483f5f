"""The deterministic checker: decides each claim against the record, with evidence.

A claim is judged against the record as it stood on the claim's date. The record is open-world:
what it holds is a lower bound on what happened, so absence of evidence never contradicts; where
the record cannot settle a claim the verdict is ``unverifiable`` and says why. The rules
themselves live in :mod:`factcheck.rules`, one unit per family of claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from factcheck.claims import Claim, FigureClaim, unwritten_values
from factcheck.quantities import ordinal_word
from factcheck.record import (
    Attribute,
    EventBase,
    Figure,
    GenericEvent,
    Quotation,
    Rating,
    Record,
    RecordView,
    ReportedCount,
    Tenure,
)
from factcheck.report import Evidence, Misspelling, Report, Verdict
from factcheck.rules import Context, apply
from factcheck.rules.anchors import date_anchored
from factcheck.rules.context import HolderCache, Outcome, TitleCache
from factcheck.spelling import misspellings


class Checker:
    """Decides claims against a record; the same claim and record always give the same verdict."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self._holders: HolderCache = {}
        self._titles: TitleCache = {}

    def check(self, claim: Claim) -> Verdict:
        """Decide one claim as of its date."""
        return self._decide(claim, self.record.view(claim.as_of))

    def _decide(
        self, claim: Claim, view: RecordView, reported_beside: frozenset[str] = frozenset()
    ) -> Verdict:
        ctx = Context(
            self.record,
            view,
            self._holders,
            self._titles,
            Outcome(quote=claim.sentence or claim.quote, from_text=claim.sentence is not None),
            reported_beside,
        )
        if unwritten := unwritten_values(claim, where_the_quote_says_otherwise=True):
            ctx.out.add("unverifiable", "; ".join(unwritten), reason="inconsistent")
        elif claim.anchored:
            dating = date_anchored(ctx, claim)
            apply(ctx, dating.claim)
            dating.settle(ctx.out)
        else:
            apply(ctx, claim)
        if not ctx.out.findings:
            ctx.out.add(
                "unverifiable", "the claim states nothing the record can test", reason="new"
            )
        decision = ctx.out.decide()
        return Verdict(
            claim=claim,
            verdict=decision.verdict,
            explanation=decision.explanation,
            expected=decision.expected,
            reason=decision.reason,
            evidence=self._evidence(view, ctx.out.events),
        )

    def check_all(self, claims: Iterable[Claim]) -> Report:
        """Decide every claim and gather the verdicts in a report, with every name the claims
        spell otherwise than the record (each once). A figure left unsettled is decided again
        with the sources of the figures that bear out the others of its sentence, which may
        place it at their occasion."""
        claims = list(claims)
        self.record.refresh()  # once for the whole draft: each claim then reads the same state
        misspelt: dict[tuple[str, str], Misspelling] = {}
        for claim in claims:
            for misspelling in self.misspellings(claim):
                misspelt.setdefault(
                    (misspelling.written.casefold(), misspelling.entity_id), misspelling
                )
        verdicts = [
            self._decide(claim, self.record.view(claim.as_of, refresh=False)) for claim in claims
        ]
        for at, beside in _figures_borne_out_beside(verdicts).items():
            claim = verdicts[at].claim
            verdicts[at] = self._decide(claim, self.record.view(claim.as_of, refresh=False), beside)
        return Report(verdicts=verdicts, misspellings=list(misspelt.values()))

    def misspellings(self, claim: Claim) -> list[Misspelling]:
        """The names in ``claim`` its quote spells otherwise than the record."""
        return misspellings(claim, self.record)

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


def _figures_borne_out_beside(verdicts: list[Verdict]) -> dict[int, frozenset[str]]:
    """For each unsettled figure claim, the sources of the figures that bear out other figures
    of its sentence, where there are any: the occasion the sentence tells of."""
    sources: dict[tuple[str, date], set[str]] = {}
    for verdict in verdicts:
        if verdict.verdict == "supported" and isinstance(verdict.claim, FigureClaim):
            sources.setdefault(_sentence_of(verdict.claim), set()).update(
                p.source for e in verdict.evidence if e.kind == "figure" for p in e.sources
            )
    beside: dict[int, frozenset[str]] = {}
    for at, verdict in enumerate(verdicts):
        told = sources.get(_sentence_of(verdict.claim))
        if told and verdict.verdict == "unverifiable" and isinstance(verdict.claim, FigureClaim):
            beside[at] = frozenset(told)
    return beside


def _sentence_of(claim: Claim) -> tuple[str, date]:
    return (claim.sentence or claim.quote, claim.as_of)


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
    if isinstance(event, GenericEvent):
        who = ", ".join(name(p) for p in event.participants)
        when = f" ({event.when.label()})" if event.when else ""
        return f"{who}: {event.event_type}{when}" + (f" — {event.summary}" if event.summary else "")
    if isinstance(event, Quotation):
        when = f" ({event.when.label()})" if event.when else ""
        if event.reported:
            return f"{name(event.speaker)} reported saying {event.words}{when}"
        return f"{name(event.speaker)} said: “{event.words}”{when}"
    return event.kind
