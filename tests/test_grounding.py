"""Finding an extracted quote in its source text."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck.grounding import MIN_FUZZY_LENGTH, Span, locate

RSQUO = "\N{RIGHT SINGLE QUOTATION MARK}"
LDQUO = "\N{LEFT DOUBLE QUOTATION MARK}"
RDQUO = "\N{RIGHT DOUBLE QUOTATION MARK}"
EN_DASH = "\N{EN DASH}"
ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"

ARTICLE = (
    f"County Hall confirmed on Tuesday that the children{RSQUO}s services department will have "
    "a new director from the spring.\n\n"
    f"The council said the appointment followed {LDQUO}a long and careful search{RDQUO} "
    f"{EN_DASH} and added that the\n"
    f"interim arrangements{ELLIPSIS}  would end in March.\n"
    "Inspectors last visited the department in 2016 and found that it still required improvement."
)


def passage(text: str, span: Span) -> str:
    return text[span.start : span.end]


def test_a_verbatim_quote_is_found_exactly() -> None:
    quote = "will have a new director from the spring"

    span = locate(quote, ARTICLE)

    assert span == Span(
        start=ARTICLE.index(quote), end=ARTICLE.index(quote) + len(quote), match="exact", score=100
    )
    assert passage(ARTICLE, span) == quote


def test_a_straight_apostrophe_matches_a_curly_one() -> None:
    quote = "the children's services department"

    span = locate(quote, ARTICLE)

    assert span is not None
    assert span.match == "normalized"
    assert span.score == 100.0
    assert passage(ARTICLE, span) == f"the children{RSQUO}s services department"


def test_quote_marks_dashes_ellipses_and_line_breaks_are_matched_loosely() -> None:
    quote = (
        'followed "a long and careful search" - and added that the interim arrangements... would'
    )

    span = locate(quote, ARTICLE)

    assert span is not None
    assert span.match == "normalized"
    assert passage(ARTICLE, span) == (
        f"followed {LDQUO}a long and careful search{RDQUO} {EN_DASH} and added that the\n"
        f"interim arrangements{ELLIPSIS}  would"
    )


def test_a_quote_with_a_one_word_typo_is_found_fuzzily() -> None:
    typo = "Inspectors last visited the departmnet in 2016 and found that it still required"
    intended = typo.replace("departmnet", "department")
    expected_start = ARTICLE.index(intended)

    span = locate(typo, ARTICLE)

    assert span is not None
    assert span.match == "fuzzy"
    assert 90.0 <= span.score < 100.0
    # The end of a fuzzy match may be a few characters off; the passage is still the right one.
    assert abs(span.start - expected_start) <= 3
    assert abs(span.end - (expected_start + len(intended))) <= 3


def test_a_sentence_that_is_not_in_the_text_is_not_found() -> None:
    assert locate("The council has appointed a permanent director of finance.", ARTICLE) is None


def test_a_short_quote_is_never_matched_fuzzily() -> None:
    short_typo = "new dirctor"
    assert len(short_typo) < MIN_FUZZY_LENGTH

    assert locate(short_typo, ARTICLE) is None
    # The same typo inside a longer quote is close enough to find.
    assert locate("will have a new dirctor from the spring", ARTICLE) is not None


def test_min_score_controls_how_near_a_fuzzy_match_must_be() -> None:
    quote = "the department will have a new head from next summer"

    assert locate(quote, ARTICLE, min_score=95.0) is None
    loose = locate(quote, ARTICLE, min_score=60.0)
    assert loose is not None
    assert loose.match == "fuzzy"


@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_an_empty_quote_is_not_found(quote: str) -> None:
    assert locate(quote, ARTICLE) is None


def test_nothing_is_found_in_an_empty_text() -> None:
    assert locate("a quote of reasonable length", "") is None


@pytest.mark.parametrize(
    "quote",
    [
        "the children's services department",
        "interim arrangements... would end",
        "Inspectors last visited the departmant in 2016",
        "spring. The council said",
    ],
)
def test_offsets_always_slice_the_original_text_without_stray_whitespace(quote: str) -> None:
    span = locate(quote, ARTICLE)

    assert span is not None
    found = passage(ARTICLE, span)
    assert found == found.strip()
    assert 0 <= span.start < span.end <= len(ARTICLE)


def test_a_long_article_is_searched_as_a_whole() -> None:
    filler = "The committee met again and discussed the budget at length.\n" * 900
    article = filler + "A late report said the overspend had reached £8.5m by the summer." + filler
    assert len(article) > 50_000

    span = locate("a late report said the overspend had reached £8.5m by the summer", article)

    assert span is not None
    assert span.match == "fuzzy"
    assert passage(article, span).startswith("A late report said")


TEXT_ALPHABET = st.sampled_from([*"abcde XYZ\n\t.,'\"-", RSQUO, LDQUO, RDQUO, EN_DASH, ELLIPSIS])


@given(data=st.data(), text=st.text(TEXT_ALPHABET, min_size=12, max_size=400))
def test_any_substring_is_located_exactly_where_it_occurs(data: st.DataObject, text: str) -> None:
    start = data.draw(st.integers(0, len(text) - 12), label="start")
    end = data.draw(st.integers(start + 12, len(text)), label="end")
    quote = text[start:end]
    assume(quote.strip())

    span = locate(quote, text)

    assert span is not None
    assert span.match == "exact"
    assert span.start == text.find(quote)
    assert passage(text, span) == quote
