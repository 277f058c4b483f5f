"""Properties every verdict keeps, checked on generated stories and claims of every kind.

The record is open-world and a claim is judged as of its date (docs: DESIGN.md): what has nothing
to do with a claim cannot move its verdict, nor can a source repeating a fact, nor the order the
articles arrived in; a swapped name or number is never supported where the true claim was; and a
claim every source's version rules out is contradicted, not disputed.
"""

from __future__ import annotations

from hypothesis import given, note, settings
from hypothesis import strategies as st
from strategies import (
    PRECISE,
    claims,
    days,
    disagreements,
    stories,
    true_claims_with_a_swap,
    unrelated_events,
)

from factcheck import Checker, Verdict
from factcheck.record import Provenance

invariant = settings(max_examples=100, deadline=None, derandomize=True)


def outcome(verdict: Verdict) -> tuple[str, str | None, str | None]:
    return verdict.verdict, verdict.expected, verdict.reason


@invariant
@given(st.data())
def test_an_event_about_other_entities_changes_no_verdict(data: st.DataObject) -> None:
    story = data.draw(stories())
    claim_list = data.draw(st.lists(claims(story), min_size=1, max_size=6))
    extra = data.draw(unrelated_events(story))
    before = Checker(story.record())
    with_extra = story.record()
    with_extra.add(extra)
    after = Checker(with_extra)
    note(f"unrelated event: {extra!r}")
    for claim in claim_list:
        note(f"claim: {claim!r}")
        assert outcome(after.check(claim)) == outcome(before.check(claim))


@st.composite
def repeats(draw: st.DrawFn, by_claim_date: bool):  # type: ignore[no-untyped-def]
    """A story, a claim, and a repeat of one of its events by another source, published
    by the claim's date (``by_claim_date``) or after it; never before the fact first came out."""
    story = draw(stories())
    claim = draw(claims(story))
    event = draw(st.sampled_from(story.events()))
    first = event.first_published
    if by_claim_date:
        if first > claim.as_of:
            claim = claim.model_copy(update={"as_of": first + draw(days(0, 200))})
        published = draw(st.dates(first, claim.as_of))
    else:
        published = max(first, claim.as_of) + draw(days(1, 400))
    repeat = event.model_copy(
        update={"provenance": [Provenance(source="repeat", published=published, quote="again")]}
    )
    return story, claim, repeat


@invariant
@given(repeats(by_claim_date=True))
def test_a_source_repeating_a_fact_by_the_claim_date_keeps_the_verdict_kind(case) -> None:  # type: ignore[no-untyped-def]
    story, claim, repeat = case
    record = story.record()
    before = Checker(record).check(claim).verdict
    record = story.record()
    record.add(repeat)
    note(f"claim: {claim!r}")
    note(f"repeat: {repeat!r}")
    assert Checker(record).check(claim).verdict == before


@invariant
@given(repeats(by_claim_date=False))
def test_a_source_repeating_a_fact_after_the_claim_date_changes_nothing(case) -> None:  # type: ignore[no-untyped-def]
    story, claim, repeat = case
    before = Checker(story.record()).check(claim)
    record = story.record()
    record.add(repeat)
    note(f"claim: {claim!r}")
    note(f"repeat: {repeat!r}")
    assert outcome(Checker(record).check(claim)) == outcome(before)


@settings(invariant, max_examples=200)
@given(st.data())
def test_a_true_claim_with_another_name_or_number_is_never_supported(
    data: st.DataObject,
) -> None:
    story = data.draw(stories(PRECISE))
    true, swapped = data.draw(true_claims_with_a_swap(story))
    checker = Checker(story.record())
    original = checker.check(true)
    note(f"true claim: {true!r} -> {original.verdict}: {original.explanation}")
    if original.verdict == "supported":
        changed = checker.check(swapped)
        note(f"swapped: {swapped!r} -> {changed.verdict}: {changed.explanation}")
        assert changed.verdict != "supported"


@invariant
@given(st.data())
def test_articles_added_in_any_order_give_the_same_verdicts_after_all_of_them(
    data: st.DataObject,
) -> None:
    story = data.draw(stories())
    order = data.draw(st.permutations(story.articles))
    as_of = story.last_published + data.draw(days(0, 400))
    claim_list = data.draw(st.lists(claims(story, as_of), min_size=1, max_size=6))
    in_order, reordered = Checker(story.record()), Checker(story.record(order))
    note(f"order: {[a.source for a in order]}")
    for claim in claim_list:
        note(f"claim: {claim!r}")
        assert outcome(reordered.check(claim)) == outcome(in_order.check(claim))


@settings(invariant, max_examples=150)
@given(st.data())
def test_a_claim_every_source_version_contradicts_is_contradicted_not_disputed(
    data: st.DataObject,
) -> None:
    story = data.draw(stories())
    case = data.draw(disagreements(story))
    record = story.record([*story.articles, *case.articles])
    verdict = Checker(record).check(case.claim)
    note(f"versions: {case.versions}; claim: {case.claim!r}")
    note(f"verdict: {verdict.verdict} ({verdict.reason}): {verdict.explanation}")
    assert verdict.verdict == "contradicted"


def test_the_generated_stories_make_claims_of_every_verdict() -> None:
    """The strategies reach every verdict, so the properties above are not vacuous."""
    seen: set[str] = set()

    @settings(max_examples=40, deadline=None, derandomize=True)
    @given(st.data())
    def collect(data: st.DataObject) -> None:
        story = data.draw(stories())
        checker = Checker(story.record())
        for claim in data.draw(st.lists(claims(story), min_size=4, max_size=8)):
            seen.add(checker.check(claim).verdict)

    collect()
    assert seen >= {"supported", "contradicted", "unverifiable"}
