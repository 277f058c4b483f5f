"""Times, figures and durations as published news writes them, with the readings expected.

``tests/data/expressions/*.jsonl`` holds expressions collected from published UK and US news
(one object a line: the words as printed, the article's date, outlet and address) with the
reading a sub-editor gives each, written by people who never saw how factcheck reads them. This
module says whether factcheck reads one as expected:

- a time must cover the days expected (give or take a tenth of their span at each end) and span
  at most twice as many days, plus a week (where usage splits, a wider reading is right);
- a figure must have the unit expected and a range holding the expected value, and an open
  range ("more than 250") must be open with about the same floor;
- a duration likewise, in days.

An expression factcheck cannot read must be refused with an error naming it, never misread.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from factcheck.errors import InvalidQuantityError, InvalidTimeError
from factcheck.quantities import parse_duration, parse_quantity
from factcheck.timespan import parse_time

CORPUS = Path(__file__).resolve().parent / "data" / "expressions"
Result = Literal["read", "misread", "refused"]


@dataclass(frozen=True)
class Expression:
    """One expression of the corpus and what it should be read as."""

    kind: Literal["time", "figure", "duration"]
    text: str
    published: date
    expected: dict[str, Any]
    where: str

    @property
    def label(self) -> str:
        return f"{self.kind} {self.text!r} ({self.published}, {self.where})"


@dataclass(frozen=True)
class Reading:
    result: Result
    said: str


def load_corpus() -> list[Expression]:
    expressions = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                row = json.loads(line)
                expressions.append(
                    Expression(
                        kind=row["kind"],
                        text=row["text"],
                        published=date.fromisoformat(row["published"]),
                        expected=row,
                        where=f"{path.name}:{number}",
                    )
                )
    return expressions


def read(expression: Expression) -> Reading:
    """How factcheck reads ``expression``, judged against the expected reading."""
    try:
        if expression.kind == "time":
            return _time(expression)
        if expression.kind == "figure":
            return _figure(expression)
        return _duration(expression)
    except (InvalidTimeError, InvalidQuantityError, ValueError) as error:
        return Reading("refused", str(error))


def _time(expression: Expression) -> Reading:
    row = expression.expected
    parsed = parse_time(expression.text, expression.published, tense=row.get("tense"))
    earliest, latest = date.fromisoformat(row["earliest"]), date.fromisoformat(row["latest"])
    span = (latest - earliest).days + 1
    slack = max(1, span // 10)
    covers = (earliest - parsed.earliest).days >= -slack and (parsed.latest - latest).days >= -slack
    width = (parsed.latest - parsed.earliest).days + 1
    said = f"{parsed.earliest} to {parsed.latest}"
    return Reading("read" if covers and width <= 2 * span + 7 else "misread", said)


def _figure(expression: Expression) -> Reading:
    row = expression.expected
    parsed = parse_quantity(expression.text)
    said = f"{parsed.low}..{parsed.high} {parsed.unit}"
    if parsed.unit != row["unit"]:
        return Reading("misread", said)
    return Reading(_range_result(parsed.low, parsed.high, row["low"], row["high"]), said)


def _duration(expression: Expression) -> Reading:
    row = expression.expected
    parsed = parse_duration(expression.text)
    said = f"{parsed.min_days:.1f}..{parsed.max_days:.1f} days"
    return Reading(
        _range_result(parsed.min_days, parsed.max_days, row["min_days"], row["max_days"]), said
    )


def _range_result(
    low: float, high: float, expected_low: float | None, expected_high: float | None
) -> Result:
    """Whether a range read as [low, high] agrees with the expected one (None: unbounded)."""
    if expected_low is None:
        expected_low = 0.0
    if expected_high is None:
        near = math.isclose(low, expected_low, rel_tol=0.1, abs_tol=1.0)
        return "read" if math.isinf(high) and near else "misread"
    if math.isinf(high):
        return "misread"
    value = (expected_low + expected_high) / 2
    tolerance = max(abs(value) * 1e-6, 1e-6)
    holds = low - tolerance <= value <= high + tolerance
    overlaps = low <= expected_high + tolerance and expected_low - tolerance <= high
    return "read" if holds and overlaps else "misread"
