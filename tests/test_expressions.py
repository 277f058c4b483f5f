"""Times, figures and durations collected from published UK and US news, read as a sub-editor
reads them (the corpus and how a reading is judged: ``tests/expressions.py``)."""

from __future__ import annotations

from collections import Counter

import pytest
from expressions import load_corpus, read

CORPUS = load_corpus()
READ_AT_LEAST = 0.99
"""The share of the corpus read as expected, never to fall (most of what is not read needs the
article's context, as ``bench/README.md`` lists); what is not read is listed by name when this
fails."""


def test_the_corpus_is_large_and_drawn_from_many_outlets() -> None:
    assert len(CORPUS) >= 400
    assert Counter(e.kind for e in CORPUS).keys() == {"time", "figure", "duration"}
    assert len({e.expected["outlet"] for e in CORPUS}) >= 40


def test_the_news_corpus_is_read_as_expected() -> None:
    readings = [(expression, read(expression)) for expression in CORPUS]
    unread = [
        f"{reading.result}: {expression.label} as {reading.said}"
        for expression, reading in readings
        if reading.result != "read"
    ]
    share = 1 - len(unread) / len(readings)
    assert share >= READ_AT_LEAST, f"{share:.1%} read; not read:\n" + "\n".join(unread)


def test_an_expression_that_is_not_read_is_refused_naming_it() -> None:
    refused = [(e, r) for e in CORPUS if (r := read(e)).result == "refused"]
    if not refused:
        pytest.skip("every expression of the corpus is read")
    for expression, reading in refused:
        assert expression.text.strip().casefold() in reading.said.casefold(), expression.label
