"""Quotations: the same words from the same speaker, words put in someone else's mouth, and words
altered, on a record built in code (a museum's trustees and directors; every name invented).

Words are compared word by word, never by a fuzzy ratio alone: a changed number or a dropped
"not" is always a difference, while case, punctuation, the kind of quote mark and a trimmed
start or end are not.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stores import Store

from factcheck import (
    Checker,
    Entity,
    FuzzyTime,
    GenericEvent,
    Provenance,
    Quotation,
    Record,
    Tenure,
    Verdict,
)
from factcheck.claims import claim_adapter
from factcheck.quotations import compare_reported, compare_words, word_runs, words_of
from factcheck.render import report_html

CHAIR = "Imogen Wardle"
DIRECTOR = "Tobias Renner"
RECORDED = (
    "We were the victims of an inside job, and we are not going to hide it. "
    "About 1,500 objects are missing."
)


def quotation(
    speaker: str, words: str, on: str = "2023-10-18", said_in: str | None = None
) -> Quotation:
    """``speaker``'s ``words`` as an article of ``on`` quotes them (in the sentence ``said_in``)."""
    return Quotation(
        speaker=speaker.casefold().replace(" ", "-"),
        words=words,
        provenance=[
            Provenance(
                source=f"{on}-article.md",
                published=date.fromisoformat(on),
                quote=said_in or words,
            )
        ],
    )


def people() -> list[Entity]:
    return [
        Entity(id="imogen-wardle", type="person", name=CHAIR),
        Entity(id="tobias-renner", type="person", name=DIRECTOR),
    ]


@pytest.fixture
def museum(store: Store) -> Iterator[Record]:
    record = store.record(people(), [quotation(CHAIR, RECORDED)])
    yield record


def said(record: Record, speaker: str, words: str, sentence: str | None = None) -> Verdict:
    """Check a draft dated 2024-06-14 quoting ``speaker`` saying ``words`` (in ``sentence``,
    where one is given)."""
    claim = claim_adapter.validate_python(
        {
            "kind": "quotation",
            "quote": sentence or f'{speaker} said: "{words}"',
            "sentence": sentence,
            "as_of": date(2024, 6, 14),
            "speaker": speaker,
            "words": words,
        }
    )
    return Checker(record).check(claim)


def test_the_same_words_from_the_same_speaker_are_supported_with_their_source(
    museum: Record,
) -> None:
    verdict = said(museum, CHAIR, RECORDED)
    assert verdict.verdict == "supported"
    assert "2023-10-18-article.md" in verdict.explanation


def test_a_trimmed_start_or_end_with_other_quote_marks_and_case_is_still_the_same_words(
    museum: Record,
) -> None:
    assert said(museum, CHAIR, "we were the victims of an ‘inside job’").verdict == "supported"
    assert said(museum, CHAIR, "About 1,500 objects are missing").verdict == "supported"


def test_the_same_words_given_to_someone_else_are_contradicted_naming_who_said_them(
    museum: Record,
) -> None:
    verdict = said(museum, DIRECTOR, "We were the victims of an inside job")
    assert verdict.verdict == "contradicted"
    assert verdict.expected == CHAIR


@pytest.mark.parametrize(
    ("recorded", "expected"),
    [
        # Words as common as "time to move on" are said by many: another's may be theirs too,
        # and so is one word, however long...
        ("It was time to move on.", "unverifiable"),
        ("disappointing", "unverifiable"),
        # ...while a phrase of one's own, however short, is someone's in particular.
        ("angry and astounded", "contradicted"),
        ("deeply disappointing", "contradicted"),
    ],
)
def test_words_too_common_to_be_one_speakers_own_are_no_misattribution(
    store: Store, recorded: str, expected: str
) -> None:
    record = store.record(people(), [quotation(CHAIR, recorded)])
    words = recorded.removeprefix("It was ").rstrip(".")
    verdict = said(record, DIRECTOR, words)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        # Words beyond either end of the passage a report quoted were not heard, not changed...
        ("We lost a great deal. We were the victims of an inside job", "unverifiable"),
        ("About 1,500 objects are missing. We will find them all", "unverifiable"),
        # ...while a word added inside it is a change.
        ("We were the victims of a shameful inside job", "contradicted"),
    ],
)
def test_words_beyond_the_ends_of_a_recorded_quotation_are_not_an_alteration(
    museum: Record, claimed: str, expected: str
) -> None:
    verdict = said(museum, CHAIR, claimed)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("words", "change"),
    [
        ("About 1,800 objects are missing.", "'1,500' became '1,800'"),
        ("and we are going to hide it", "'not' left out"),
        ("We were the victims of an outside job", "'inside' became 'outside'"),
    ],
)
def test_the_speakers_words_altered_are_contradicted_with_the_change_word_by_word(
    museum: Record, words: str, change: str
) -> None:
    verdict = said(museum, CHAIR, words)
    assert verdict.verdict == "contradicted"
    assert change in verdict.explanation
    assert verdict.expected == RECORDED


FELT_LIKE = 'She said the robbery now felt like "ancient history"'


@pytest.mark.parametrize(
    ("said_in", "sentence", "expected"),
    [
        # Where the record has her words, other words in their place were altered, however the
        # sentence began...
        (FELT_LIKE, 'She said the robbery now felt like "recent history".', "contradicted"),
        (FELT_LIKE, 'She warned that it now felt like "recent history".', "contradicted"),
        # ...while the same short words elsewhere, or other words elsewhere, are new...
        (FELT_LIKE, 'She said the renovation would be "recent history" by May.', "unverifiable"),
        # ...and words leading into any quotation ("she said it was") tell nothing of where.
        (
            'She said it was "ancient history"',
            'Of the building she said it was "recent history".',
            "unverifiable",
        ),
    ],
)
def test_a_short_quotation_in_the_place_of_the_speaker_s_recorded_words_was_altered(
    store: Store, said_in: str, sentence: str, expected: str
) -> None:
    record = store.record(people(), [quotation(CHAIR, "ancient history", said_in=said_in)])
    verdict = said(record, CHAIR, "recent history", sentence)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("speaker", "words", "expected"),
    [
        # A body's board or spokesperson speaks for it: its words are theirs...
        ("the Kestrel Museum board", "We will reopen the east wing in spring", "supported"),
        ("a spokeswoman for the Kestrel Museum", "We will reopen the east wing", "supported"),
        ("board, Kestrel Museum", "We will reopen the east wing", "supported"),
        ("the Kestrel Museum's board", "We will reopen the east wing", "supported"),
        # ...so its words altered in their mouths were altered.
        ("the Kestrel Museum board", "We will close the east wing in spring", "contradicted"),
    ],
)
def test_a_body_s_board_or_spokesperson_speaks_its_words(
    store: Store, speaker: str, words: str, expected: str
) -> None:
    museum_body = Entity(id="kestrel-museum", type="organisation", name="Kestrel Museum")
    record = store.record(
        [museum_body], [quotation("Kestrel Museum", "We will reopen the east wing in spring.")]
    )
    verdict = said(record, speaker, words)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("post_at", "expected"),
    [
        # The museum speaks through those who hold its posts...
        ("kestrel-museum", "supported"),
        # ...not through the holder of another body's.
        ("harbour-gallery", "contradicted"),
    ],
)
def test_a_body_speaks_the_words_of_the_holder_of_one_of_its_posts(
    store: Store, post_at: str, expected: str
) -> None:
    """ "The museum thanked her for 'seven years of devoted service'", words its acting director
    said."""
    bodies = [
        Entity(id="kestrel-museum", type="organisation", name="Kestrel Museum"),
        Entity(id="harbour-gallery", type="organisation", name="Harbour Gallery"),
        Entity(id="director", type="role", name="director", organisation=post_at),
    ]
    words = "We thank her for seven years of devoted service to the collection."
    record = store.record(
        [*people(), *bodies],
        [
            quotation(DIRECTOR, words, on="2024-03-02"),
            Tenure(
                person="tobias-renner",
                role="director",
                start=FuzzyTime.month(2023, 9),
                interim=True,
                provenance=[Provenance(source="a.md", published=date(2024, 3, 2))],
            ),
        ],
    )
    verdict = said(record, "Kestrel Museum", "seven years of devoted service to the collection")
    assert verdict.verdict == expected, verdict.explanation


def test_a_body_s_board_the_record_knows_by_itself_still_speaks_the_body_s_words(
    store: Store,
) -> None:
    museum_body = Entity(id="kestrel-museum", type="organisation", name="Kestrel Museum")
    board = Entity(id="board-kestrel-museum", type="organisation", name="board, Kestrel Museum")
    record = store.record(
        [museum_body, board], [quotation("Kestrel Museum", "We will reopen the east wing.")]
    )
    verdict = said(record, "board, Kestrel Museum", "We will reopen the east wing")
    assert verdict.verdict == "supported", verdict.explanation


@pytest.mark.parametrize(
    ("said_in", "expected"),
    [
        # A phrase the director said of the chair may be passed on as her own admission...
        (
            'The director said Ms Wardle had admitted she was not "wholly candid" with trustees.',
            "unverifiable",
        ),
        # ...while one he said of something else, given to her, is put in her mouth.
        ('The director said the accounts were "wholly candid".', "contradicted"),
    ],
)
def test_a_phrase_others_said_of_the_speaker_is_no_misattribution(
    store: Store, said_in: str, expected: str
) -> None:
    record = store.record(people(), [quotation(DIRECTOR, "wholly candid", said_in=said_in)])
    verdict = said(record, CHAIR, "wholly candid")
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # Words the chair said, given to a document that names no one, may be hers...
        ("a later review", "unverifiable"),
        # ...while given to someone named, they are put in another's mouth.
        ("Jonah Pell", "contradicted"),
    ],
)
def test_words_given_to_a_speaker_that_names_no_one_are_no_misattribution(
    museum: Record, speaker: str, expected: str
) -> None:
    assert said(museum, speaker, "About 1,500 objects are missing.").verdict == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The source gives the words to "the trustees", as the claim's sentence does: one
        # speaker, whatever the reading named them...
        ('The trustees said the museum had "failed in its duty of care".', "supported"),
        # ...while a sentence calling its speaker otherwise gives the words to someone else.
        ('The auditors said the museum had "failed in its duty of care".', "contradicted"),
    ],
)
def test_a_speaker_called_what_the_source_calls_them_is_the_source_s_speaker(
    store: Store, sentence: str, expected: str
) -> None:
    record = store.record(
        [*people(), Entity(id="the-board", type="organisation", name="Kestrel Trust")],
        [
            quotation(
                CHAIR,
                "failed in its duty of care",
                said_in='The trustees ruled that the museum had "failed in its duty of care"',
            )
        ],
    )
    verdict = said(record, "Kestrel Trust", "failed in its duty of care", sentence)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # Two named together speak as one: their words are theirs...
        ("About 1,500 objects are missing.", "supported"),
        # ...and their words altered are contradicted.
        ("About 2,500 objects are missing.", "contradicted"),
    ],
)
def test_two_speakers_named_together_speak_as_one(
    museum: Record, words: str, expected: str
) -> None:
    verdict = said(museum, f"{CHAIR} and {DIRECTOR}", words)
    assert verdict.verdict == expected, verdict.explanation


def test_a_word_in_another_spelling_is_the_same_word() -> None:
    """ "Recognize" and "recognise" are one word; a quotation saying more is not altered."""
    recorded = "I recognise that I made mistakes."
    assert compare_words("We recognize that I made mistakes.", recorded).relation == "altered"
    assert compare_words("I recognize that I made mistakes.", recorded).relation == "same"
    assert compare_words(f"I am sorry. {recorded}", recorded).relation == "fuller"


def test_a_few_words_found_apart_across_a_longer_passage_are_other_words() -> None:
    recorded = (
        "I apologise if I seem passive, I honestly do not feel passive. "
        "I wish we had moved earlier in putting price caps in."
    )
    assert compare_words("if we had moved faster", recorded).relation == "other"
    changed = "I wish we had moved faster in putting price caps in"
    assert compare_words(changed, recorded).relation == "altered"


def test_words_the_record_never_heard_are_new(museum: Record) -> None:
    verdict = said(museum, CHAIR, "The collection will reopen to scholars next spring.")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new")


def test_a_quotation_longer_than_the_recorded_one_is_not_supported_on_its_part(
    museum: Record,
) -> None:
    verdict = said(museum, CHAIR, RECORDED + " We apologise to the public.")
    assert verdict.verdict == "unverifiable"
    assert "only part" in verdict.explanation


def test_a_speaker_the_record_does_not_know_gets_words_someone_else_said_contradicted(
    museum: Record,
) -> None:
    verdict = said(museum, "Jonah Pell", "About 1,500 objects are missing.")
    assert (verdict.verdict, verdict.expected) == ("contradicted", CHAIR)


def test_a_quotation_claim_whose_words_are_not_in_its_quote_is_refused() -> None:
    with pytest.raises(ValueError, match="not in the claim's quote"):
        claim_adapter.validate_python(
            {
                "kind": "quotation",
                "quote": 'She said: "We are making progress."',
                "as_of": date(2024, 6, 14),
                "speaker": CHAIR,
                "words": "We are making no progress.",
            }
        )


# -- reported speech ---------------------------------------------------------------------------


def reported(record: Record, speaker: str, words: str) -> Verdict:
    """Check a draft dated 2024-06-14 reporting, without quote marks, that ``speaker`` said
    ``words``."""
    claim = claim_adapter.validate_python(
        {
            "kind": "quotation",
            "quote": f"{speaker} said {words}",
            "as_of": date(2024, 6, 14),
            "speaker": speaker,
            "words": words,
            "reported": True,
        }
    )
    return Checker(record).check(claim)


def test_reported_speech_saying_what_the_speaker_was_quoted_saying_is_supported(
    museum: Record,
) -> None:
    verdict = reported(museum, CHAIR, "about 1,500 objects were missing")
    assert verdict.verdict == "supported", verdict.explanation
    assert "2023-10-18-article.md" in verdict.explanation


def test_reported_speech_giving_another_number_than_the_quotation_is_contradicted(
    museum: Record,
) -> None:
    verdict = reported(museum, CHAIR, "about 1,800 objects were missing")
    assert (verdict.verdict, verdict.expected) == ("contradicted", "1,500"), verdict.explanation


def test_reported_speech_is_compared_with_its_own_speakers_words_only(museum: Record) -> None:
    verdict = reported(museum, DIRECTOR, "about 1,800 objects were missing")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new"), verdict.explanation


def test_reported_speech_on_something_the_speaker_was_not_quoted_on_is_new(museum: Record) -> None:
    verdict = reported(museum, CHAIR, "three galleries would reopen in the spring")
    assert (verdict.verdict, verdict.reason) == ("unverifiable", "new"), verdict.explanation


def test_what_a_source_reports_someone_saying_is_not_their_quoted_words(store: Store) -> None:
    reported_words = "about 1,500 objects were missing"
    record = store.record(
        people(),
        [
            Quotation(
                speaker="imogen-wardle",
                words=reported_words,
                reported=True,
                provenance=[
                    Provenance(
                        source="2023-10-18-article.md",
                        published=date(2023, 10, 18),
                        quote=f"Imogen Wardle said {reported_words}",
                    )
                ],
            )
        ],
    )
    assert said(record, CHAIR, reported_words).verdict == "unverifiable"
    assert said(record, DIRECTOR, reported_words).verdict == "unverifiable"
    retold = reported(record, CHAIR, "about 1,800 objects were missing")
    assert (retold.verdict, retold.expected) == ("contradicted", "1,500"), retold.explanation


@pytest.mark.parametrize(
    ("claimed_when", "expected"), [("July 2024", "contradicted"), ("March 2023", "unverifiable")]
)
def test_reported_speech_is_compared_with_what_the_record_tells_as_said_at_that_time(
    store: Store, claimed_when: str, expected: str
) -> None:
    warned = "warned it will run out of money by the end of next May"
    record = store.record(
        [*people(), Entity(id="harbour-water", type="organisation", name="Harbour Water")],
        [
            GenericEvent(
                event_type=warned,
                participants=["harbour-water"],
                when=FuzzyTime.day(date(2024, 7, 9)),
                summary=f"Harbour Water {warned}",
                provenance=[
                    Provenance(
                        source="2024-07-09-article.md",
                        published=date(2024, 7, 9),
                        quote=f"the company {warned}",
                    )
                ],
            )
        ],
    )
    claim = claim_adapter.validate_python(
        {
            "kind": "quotation",
            "quote": "Harbour Water warned it would run out of money by the end of March 2025",
            "as_of": date(2025, 5, 20),
            "speaker": "Harbour Water",
            "words": "it would run out of money by the end of March 2025",
            "reported": True,
            "when": claimed_when,
        }
    )
    verdict = Checker(record).check(claim)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "expected"),
    [
        ("it would leave at Easter to move to Kent", "contradicted"),
        ("it would leave at Christmas to move to Kent", "supported"),
    ],
)
def test_a_happening_told_as_speech_is_compared_in_its_sources_words(
    store: Store, claimed: str, expected: str
) -> None:
    record = store.record(
        [*people(), Entity(id="harbour-water", type="organisation", name="Harbour Water")],
        [
            GenericEvent(
                event_type="announced departure",
                participants=["harbour-water"],
                provenance=[
                    Provenance(
                        source="2015-11-26-article.md",
                        published=date(2015, 11, 26),
                        quote="Harbour Water has announced that it is leaving at Christmas to "
                        "move to Kent.",
                    )
                ],
            )
        ],
    )
    claim = claim_adapter.validate_python(
        {
            "kind": "quotation",
            "quote": f"In November Harbour Water announced that {claimed}",
            "as_of": date(2016, 5, 20),
            "speaker": "Harbour Water",
            "words": claimed,
            "reported": True,
        }
    )
    verdict = Checker(record).check(claim)
    assert verdict.verdict == expected, verdict.explanation


@pytest.mark.parametrize(
    ("claimed", "recorded", "relation", "changed"),
    [
        (
            "he would leave at Easter to move to a trust in Kent",
            "He announced that he is leaving at Christmas to move to a trust in Kent.",
            "differs",
            (("christmas",), ("easter",)),
        ),
        (
            "it would pull out of building projects in Qatar, Saudi Arabia and Oman",
            "It would pull out of building projects in Qatar, Saudi Arabia and Egypt.",
            "differs",
            (("Egypt",), ("Oman",)),
        ),
        (
            # A name the source's words lack says more than the source did.
            "the board would pull out of building projects in Qatar and Oman",
            "The board would pull out of building projects in Qatar.",
            "other",
            ((), ()),
        ),
        (
            "the board would pull out of building projects in Qatar",
            "The Fenmoor board would pull out of building projects in Qatar.",
            "agrees",
            ((), ()),
        ),
        (
            "it had accepted an undertaking from the 55-year-old over his conduct as a director",
            "It has accepted an undertaking from Ada Quist for eight years over her conduct as a "
            "director.",
            "agrees",
            ((), ()),
        ),
        (
            "the chief executive would step down in December after six years in the post",
            "She said the chief executive would step down at Christmas after six years in post.",
            "agrees",
            ((), ()),
        ),
        (
            "the trust had a plan to break even within five years",
            "We have a credible plan to break even within three years.",
            "differs",
            (("three",), ("five",)),
        ),
        (
            "staff were first warned of the funding crisis on 16 February",
            "Staff were first warned of the funding crisis on 16 January.",
            "differs",
            (("january",), ("february",)),
        ),
        (
            "a £45m shortfall was expected over three years",
            "We expect a shortfall of £45 million over the next three years.",
            "agrees",
            ((), ()),
        ),
        (
            "the council may cut 200 posts",
            "The council may cut 200 posts this year.",
            "agrees",
            ((), ()),
        ),
        (
            "the inspection report was fair to staff",
            "The inspection report was not fair to staff.",
            "other",
            ((), ()),
        ),
        (
            "it would run out of money by the end of March 2025",
            "Harbour Water warned it will run out of money by the end of next May",
            "differs",
            (("may",), ("march",)),
        ),
        (
            # a name at the start of a sentence, or with a possessive, is the same name
            "the transformation of Harbour Motors was one of the most exciting projects",
            "Harbour Motors's transformation is one of the most exciting projects.",
            "agrees",
            ((), ()),
        ),
        (
            "the museum would reopen 3 galleries",
            "About 1,500 objects are missing.",
            "other",
            ((), ()),
        ),
        (
            # a place in an order is a number too, and no count
            "the trust had recently undergone its second inspection",
            "We have recently undergone our third inspection.",
            "differs",
            (("third",), ("second",)),
        ),
        (
            "the trust had recently undergone three inspections",
            "We have recently undergone our third inspection and await its report.",
            "other",
            ((), ()),
        ),
        (
            # a title names the person a first name does
            "it could not back the minister's choice of Ms Quist for the post",
            "It cannot back the minister's choice of Ada Quist for the post.",
            "agrees",
            ((), ()),
        ),
        (
            "it could not back the minister's choice of Ms Holt for the post",
            "It cannot back the minister's choice of Ada Quist for the post.",
            "differs",
            (("Ada", "Quist"), ("Holt",)),
        ),
    ],
)
def test_reported_speech_is_compared_by_its_words_then_its_numbers_times_and_names(
    claimed: str, recorded: str, relation: str, changed: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    paraphrase = compare_reported(claimed, recorded)
    assert (paraphrase.relation, (paraphrase.recorded, paraphrase.claimed)) == (relation, changed)


# -- the comparison on its own -------------------------------------------------------------------


def test_words_set_aside_case_punctuation_and_quote_marks_but_keep_numbers_as_written() -> None:
    assert words_of("“It’s £8.5m,” she said.") == ["it's", "£8.5m", "she", "said"]


def test_an_article_added_or_dropped_does_not_alter_a_quotation() -> None:
    assert compare_words("we were victims of an inside job", RECORDED).relation == "same"


@given(st.lists(st.sampled_from(["we", "are", "going", "to", "close", "the", "ward"]), min_size=4))
def test_any_run_of_recorded_words_is_the_same_words(recorded: list[str]) -> None:
    text = " ".join(recorded)
    for start in range(len(recorded)):
        for end in range(start + 1, len(recorded) + 1):
            assert compare_words(" ".join(recorded[start:end]), text).relation == "same"


@given(
    st.lists(st.sampled_from(["we", "will", "save", "jobs", "this", "year"]), min_size=3),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
)
def test_a_changed_number_is_never_the_same_words(
    recorded: list[str], number: int, other: int
) -> None:
    assume(number != other)
    text = " ".join([*recorded, str(number), "posts"])
    altered = " ".join([*recorded, str(other), "posts"])
    assert compare_words(altered, text).relation in ("altered", "other")


@given(
    st.lists(
        st.sampled_from(["staff", "expect", "savings", "across", "wards", "this"]), min_size=3
    ),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
)
def test_reported_speech_with_a_changed_number_never_agrees(
    recorded: list[str], number: int, other: int
) -> None:
    assume(number != other)
    text = " ".join([*recorded, str(number), "posts"])
    retold = " ".join([*recorded, str(other), "posts"])
    assert compare_reported(retold, text).relation != "agrees"


def test_quotations_are_indexed_by_runs_of_three_words() -> None:
    assert word_runs("We are not going") == ["we are not", "are not going"]
    assert word_runs("No comment.") == ["no comment"]


def test_the_html_report_shows_an_altered_quotation_word_by_word(museum: Record) -> None:
    claim = claim_adapter.validate_python(
        {
            "kind": "quotation",
            "quote": 'Imogen Wardle said: "We were the victims of an outside job"',
            "as_of": date(2024, 6, 14),
            "speaker": CHAIR,
            "words": "We were the victims of an outside job",
        }
    )
    page = report_html(Checker(museum).check_all([claim]))
    assert "<del>inside</del> <ins>outside</ins>" in page
    assert "we were the victims of an <del>" in page


# -- invariants over generated records -------------------------------------------------------------

SPEAKERS = ("Imogen Wardle", "Tobias Renner", "Ada Fenwick")
WORDS = ("we", "will", "not", "close", "the", "museum", "gallery", "this", "year", "staff")


@st.composite
def quoted_records(draw: st.DrawFn) -> tuple[Record, list[Quotation]]:
    """A record of several speakers' quotations, each a run of words ending in a number of
    visitors welcomed (words enough to be the speaker's own, not anyone's)."""
    said = draw(
        st.lists(
            st.tuples(
                st.sampled_from(SPEAKERS),
                st.lists(st.sampled_from(WORDS), min_size=4, max_size=9),
                st.integers(1, 9_999),
            ),
            min_size=1,
            max_size=5,
        )
    )
    quotations = [
        quotation(speaker, " ".join([*words, "welcomed", f"{number:,}", "visitors"]))
        for speaker, words, number in said
    ]
    people = [Entity(id=s.casefold().replace(" ", "-"), type="person", name=s) for s in SPEAKERS]
    return Record(people, quotations), quotations


@given(quoted_records(), st.data())
def test_recorded_words_are_supported_from_their_speaker_and_never_from_a_silent_one(
    recorded: tuple[Record, list[Quotation]], data: st.DataObject
) -> None:
    record, quotations = recorded
    chosen = data.draw(st.sampled_from(quotations))
    speaker = record.entity(chosen.speaker).name
    assert said(record, speaker, chosen.words).verdict == "supported"
    silent = [s for s in SPEAKERS if all(record.entity(q.speaker).name != s for q in quotations)]
    if silent:
        assert said(record, silent[0], chosen.words).verdict == "contradicted"


@given(quoted_records(), st.data())
def test_recorded_words_with_their_number_changed_are_never_supported(
    recorded: tuple[Record, list[Quotation]], data: st.DataObject
) -> None:
    record, quotations = recorded
    chosen = data.draw(st.sampled_from(quotations))
    number = chosen.words.split()[-2]
    other = data.draw(st.integers(1, 9_999).map(lambda n: f"{n:,}").filter(lambda n: n != number))
    changed = chosen.words.replace(f" {number} visitors", f" {other} visitors")
    # Changed, the words may be another recorded quotation's ("the" aside, a run of it).
    if all(compare_words(changed, q.words).relation != "same" for q in quotations):
        verdict = said(record, record.entity(chosen.speaker).name, changed)
        assert verdict.verdict != "supported", verdict.explanation
