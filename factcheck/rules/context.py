"""What every rule works with: the record as of the claim's date, names resolved, findings kept.

A rule reads a :class:`Context` and writes :class:`Finding` s into an :class:`Outcome`; the
checker turns the outcome into one verdict. Names that do not resolve to exactly one entity
raise :class:`Unresolved`, which ends the rule with an unverifiable verdict saying why.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from factcheck.holders import Holder, assemble
from factcheck.record import EventBase, Record, RecordView, ReportedCount
from factcheck.report import UnverifiableReason, VerdictKind
from factcheck.resolution import EntityType, normalise_name
from factcheck.rules.titles import one_post_otherwise
from factcheck.rules.wording import another_word
from factcheck.timespan import FuzzyTime


class Unresolved(Exception):
    """The record cannot take the claim further: a name it does not know, or no such fact."""

    def __init__(self, message: str, reason: UnverifiableReason) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass
class Finding:
    """One part of a claim checked: a start, an end, an interim flag, a value..."""

    verdict: VerdictKind
    explanation: str
    expected: str | None = None
    reason: UnverifiableReason | None = None


@dataclass
class Outcome:
    """Findings on a claim's parts and the events they rest on, combined into one verdict."""

    findings: list[Finding] = field(default_factory=list)
    events: list[EventBase] = field(default_factory=list)
    quote: str = ""
    """The claim's own words (its sentence, where it was read from a text), which say how much
    of a time the claim itself gives."""
    from_text: bool = False
    """Whether the claim was read from a text, whose words are all there is of it; a claim
    built in code may give a time its words do not."""

    def fresh(self) -> Outcome:
        """An outcome of no findings yet for the same claim (another reading of it)."""
        return Outcome(quote=self.quote, from_text=self.from_text)

    def add(
        self,
        verdict: VerdictKind,
        explanation: str,
        expected: str | None = None,
        reason: UnverifiableReason | None = None,
    ) -> None:
        if verdict == "unverifiable" and reason is None:
            reason = "new"
        self.findings.append(Finding(verdict, explanation, expected, reason))

    def decide(self) -> Finding:
        """The worst finding wins: contradicted, then disputed, then unverifiable."""
        for kind in ("contradicted", "disputed", "unverifiable"):
            hits = [f for f in self.findings if f.verdict == kind]
            if hits:
                expected = "; ".join(f.expected for f in hits if f.expected) or None
                explanation = "; ".join(f.explanation for f in hits)
                return Finding(kind, explanation, expected, hits[0].reason)
        return Finding("supported", "; ".join(f.explanation for f in self.findings))


HolderCache = dict[tuple[int, frozenset[str], int], list[Holder]]
TitleCache = dict[tuple[int, str, date | None], set[str]]
_HOLDING_WORDS = frozenset({"interim", "acting", "temporary", "permanent", "substantive"})
"""Words that say how a post is held, not which post it is."""
_LOWER_RANKS = frozenset({"deputy", "assistant", "vice", "associate", "under", "sub", "non"})
"""Words that make a post the one below another: a deputy chief constable is no chief constable."""
_LEADING_TITLES = frozenset({"head", "boss", "leader", "chief"})
_TOP_POST_WORDS = frozenset({"chief", "executive", "officer", "ceo", "managing", "director"})
"""The words of the titles of a body's top post ("chief executive", "managing director")."""
_TOP_MARKS = frozenset({"chief", "ceo", "managing"})
_READING_ORDER: tuple[VerdictKind, ...] = ("supported", "unverifiable", "disputed", "contradicted")


@dataclass
class Context:
    """The record as of one claim's date, with the lookups rules share."""

    record: Record
    view: RecordView
    holder_cache: HolderCache
    title_cache: TitleCache
    out: Outcome = field(default_factory=Outcome)
    reported_beside: frozenset[str] = frozenset()
    """The sources of the figures that bear out the other figures of the claim's sentence: a
    figure told beside them speaks of the occasion those sources report."""

    # -- names ----------------------------------------------------------------------------------

    def entity(self, mention: str, entity_type: EntityType | None = None) -> str:
        """The id of the one entity ``mention`` names."""
        resolution = self.record.resolve(mention, entity_type)
        if resolution.entity_id is None:
            raise Unresolved(resolution.reason, reason_of(resolution.status))
        return resolution.entity_id

    def post(self, mention: str, *people: str) -> str:
        """The id of the post ``mention`` names; where the words fit several posts, the one
        of them the people named with it held ("chief executive" said of a trust's chief)."""
        posts = self.posts(mention, *people)
        if len(posts) > 1:
            raise Unresolved(self.record.resolve(mention, "role").reason, "ambiguous")
        return posts[0]

    def posts(self, mention: str, *people: str) -> list[str]:
        """Every post ``mention`` can name: the one it resolves to, or, where its words fit
        several, those of them the people named with it held; and a top post named without
        its body ("chief executive") may also be one they led under a plain title ("head, GLF
        Schools"). Unresolved when there is none."""
        resolution = self.record.resolve(mention, "role")
        words = set(normalise_name(mention).split()) - _HOLDING_WORDS
        held = {tenure.role for person in people for tenure in self.view.tenures_of(person)}
        led = (
            {role for role in held if _leads(self.record.entity(role).name)}
            if _top_post(words)
            else set()
        )
        if resolution.entity_id is not None:
            named = resolution.entity_id
            if told_apart := another_word(mention, self.record.entity(named).names):
                raise Unresolved(
                    f"the record has no post {mention!r}: {self.name(named)!r} is another "
                    f"({told_apart})",
                    "new",
                )
            if held and named not in held and (otherwise := self._held_otherwise(named, held)):
                return sorted(otherwise | led)
            return sorted({named} | led)
        fitting = {
            role
            for role in held
            if any(_fits(words, name) for name in self.record.entity(role).names)
        }
        if resolution.status != "ambiguous" or not fitting:
            raise Unresolved(resolution.reason, reason_of(resolution.status))
        # A title said whole names its post before one it is only part of: "superintendent"
        # of a district's superintendent who was once a "local instructional superintendent".
        whole = {
            role
            for role in fitting
            if any(_title_words(name) == words for name in self.record.entity(role).names)
        }
        return sorted((whole or fitting) | led)

    def _held_otherwise(self, named: str, held: set[str]) -> set[str]:
        """The posts the people held at the body of a post none of them held, under titles that
        may be its own in other words ("chairman" for "non-executive chairman"): the post a
        claim means by a title the record gives another holder."""
        title = self.record.entity(named).name.partition(", ")[0]
        return {
            role
            for role in held
            if self._same_organisation(named, role)
            and one_post_otherwise(title, self.record.entity(role).name.partition(", ")[0])
        }

    def on_any_reading(
        self, readings: Sequence[str], check: Callable[[Context, str], None]
    ) -> None:
        """Check a claim under each reading of an ambiguous name (a post: "chief executive"
        of a person who ran three companies): supported where a reading is and none is
        contradicted, contradicted only if every reading is, and ambiguous where one reading
        bears it out and another contradicts it."""
        outcomes = []
        for reading in readings:
            context = replace(self, out=self.out.fresh())
            try:
                check(context, reading)
            except Unresolved as unresolved:
                context.out.findings = [
                    Finding("unverifiable", str(unresolved), reason=unresolved.reason)
                ]
            outcomes.append((reading, context.out.decide().verdict, context.out))
        holds = [r for r, verdict, _ in outcomes if verdict == "supported"]
        fails = [r for r, verdict, _ in outcomes if verdict in ("contradicted", "disputed")]
        if holds and fails:
            self.out.events += [e for _, _, out in outcomes for e in out.events]
            self.out.add(
                "unverifiable",
                f"holds for {self.name(holds[0])} but not for {self.name(fails[0])}: the claim "
                "does not say which post it means",
                reason="ambiguous",
            )
            return
        ranked = sorted(outcomes, key=lambda outcome: _READING_ORDER.index(outcome[1]))
        chosen = ranked[0][2]
        self.out.findings += chosen.findings
        self.out.events += chosen.events

    def subject(
        self, mention: str, types: tuple[EntityType, ...] = ("service", "organisation")
    ) -> str:
        """What a rating, figure or attribute is about."""
        resolution = self.record.resolve_as(mention, types)
        if resolution.entity_id is None:
            raise Unresolved(resolution.reason, reason_of(resolution.status))
        return resolution.entity_id

    def name(self, entity_id: str | None) -> str:
        return self.record.name_of(entity_id)

    def source_label(self, event: EventBase) -> str:
        first = self.view.sources(event)[0]
        return f"{first.source} ({day_label(first.published)})"

    # -- holders of a post ----------------------------------------------------------------------

    def holders(self, role: str) -> list[Holder]:
        """Holders of the post as the view knows them, under every title the sources link to it,
        assembled once per record state and date prefix (claims of one story share them)."""
        roles = self.post_titles(role)
        tenures = [t for title in sorted(roles) for t in self.view.tenures(title)]
        key = (self.record.generation, frozenset(roles), len(tenures))
        if (holders := self.holder_cache.get(key)) is None:
            holders = self.holder_cache[key] = assemble(tenures)
        return holders

    def post_titles(self, role: str) -> set[str]:
        """The role and every title the sources treat as the same post in one organisation:
        a reported succession between holders of two titles, or a reported count or ordinal
        that counts a holder of another title among the role's holders."""
        key = (self.record.generation, role, self.view.as_of)
        if (known := self.title_cache.get(key)) is not None:
            return known
        titles, queue = {role}, [role]
        while queue:
            current = queue.pop()
            for linked in self._linked_titles(current):
                if linked not in titles and self._same_organisation(role, linked):
                    titles.add(linked)
                    queue.append(linked)
        self.title_cache[key] = titles
        return titles

    def holder_counts(self, role: str) -> list[ReportedCount]:
        """Counts and ordinals sources reported of the post's holders, under any of its titles."""
        return [
            count
            for title in sorted(self.post_titles(role))
            for count in self.view.reported_counts(title)
            if count.counted == "holders"
        ]

    def _linked_titles(self, role: str) -> set[str]:
        linked: set[str] = set()
        people = {t.predecessor for t in self.view.tenures(role) if t.predecessor}
        people |= {
            c.person for c in self.view.reported_counts(role) if c.counted == "holders" and c.person
        }
        for person in people:
            held = {t.role for t in self.view.tenures_of(person)}
            if role not in held:
                linked |= held
        for tenure in self.view.tenures(role):
            # A successor in a title the predecessor also held succeeded them in that title.
            held = {t.role for t in self.view.tenures_of(tenure.person)}
            linked |= {
                t.role for t in self.view.successions_to(tenure.person) if t.role not in held
            }
        return linked

    def _same_organisation(self, a: str, b: str) -> bool:
        return (
            bool(known := organisation_of(self.record, a).casefold())
            and known == organisation_of(self.record, b).casefold()
        )

    def doubt_unplaced_post(self, role: str) -> None:
        """A post named without its organisation may gather several organisations' holders
        ("chief fire officer" said of two services): what its list shows can support a claim,
        never contradict or dispute it."""
        if organisation_of(self.record, role):
            return
        for finding in self.out.findings:
            if finding.verdict in ("contradicted", "disputed"):
                finding.verdict, finding.reason = "unverifiable", "ambiguous"
                finding.expected = None
                finding.explanation += (
                    f"; but the record names the post {self.name(role)!r} without its "
                    "organisation, so its holders may be several organisations'"
                )

    def holder(self, holders: Sequence[Holder], person: str, role: str, mention: str) -> Holder:
        """The person's tenure among a post's holders; unverifiable when there is none."""
        for holder in holders:
            if holder.person == person:
                return holder
        raise Unresolved(
            f"the record holds no tenure of {self.name(person)} as {self.name(role)} "
            f"(as written: {mention!r})",
            "new",
        )

    def holder_list(self, holders: Sequence[Holder]) -> str:
        return ", ".join(
            f"{i}. {self.name(h.person)}{' (interim)' if h.interim else ''} ({h.span_label()})"
            for i, h in enumerate(holders, start=1)
        )


def organisation_of(record: Record, role: str) -> str:
    """Whose post a role is: its entity's organisation, else what its name gives after a comma
    ("chief executive, Example Hospitals Trust"), else nothing known."""
    entity = record.entities.get(role)
    if entity is None:
        return ""
    if entity.organisation:
        return record.name_of(entity.organisation)
    _, comma, after = entity.name.rpartition(", ")
    return after if comma else ""


def reason_of(status: str) -> UnverifiableReason:
    """The unverifiable reason for a name that did not resolve."""
    return "ambiguous" if status == "ambiguous" else "unknown"


def day_label(day: date) -> str:
    return FuzzyTime.day(day).label()


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _top_post(words: set[str]) -> bool:
    """Whether a title's words name a body's top post ("chief executive", "managing director",
    "CEO"), not just any director."""
    return bool(words) and words <= _TOP_POST_WORDS and bool(words & _TOP_MARKS)


def _leads(post: str) -> bool:
    """Whether a post's title says only that its holder leads the body ("head, GLF Schools",
    "boss"), which a top post's title ("chief executive") may name as well."""
    title = normalise_name(post.partition(", ")[0])
    return title in _LEADING_TITLES


def _title_words(post: str) -> set[str]:
    return set(normalise_name(post.partition(", ")[0]).split()) - _HOLDING_WORDS


def _fits(words: set[str], post: str) -> bool:
    """Whether a mention's words can name a post: all of them are in its name, and the name has
    no word of lower rank the mention leaves out."""
    named = set(normalise_name(post).split())
    return words <= named and not (named - words) & _LOWER_RANKS
