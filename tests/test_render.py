"""Reports show what drafts, models and records say as written, never as markup of their own."""

from __future__ import annotations

from datetime import date

from factcheck import Entity, FuzzyTime, Provenance, Record, Report, Tenure, Verdict
from factcheck.claims import claim_adapter
from factcheck.render import MAX_GRIDLINES, report_markdown, timeline_svg

HOSTILE_QUOTE = "Jo Bell <script>alert(1)</script> is the [sixth](http://x) head\n# heading"


def test_the_markdown_report_escapes_what_the_draft_wrote() -> None:
    claim = claim_adapter.validate_python(
        {
            "kind": "tenure",
            "quote": HOSTILE_QUOTE,
            "as_of": date(2020, 1, 1),
            "person": "Jo Bell",
            "role": "head",
        }
    )
    report = Report(
        verdicts=[Verdict(claim=claim, verdict="unverifiable", explanation="<b>why</b>")]
    )
    markdown = report_markdown(report, title="draft\n[final].md")
    assert "<script" not in markdown and "<b>" not in markdown
    assert "\\[sixth\\]" in markdown, "no link can be made from the draft's words"
    assert "\n# heading" not in markdown, "no heading can be made from the draft's words"
    assert "alert(1)" in markdown, "the words themselves are kept"


def test_a_timeline_across_centuries_draws_a_readable_number_of_year_lines() -> None:
    record = Record(
        [
            Entity(id="abbot", type="person", name="Abbot Ealdred"),
            Entity(id="head", type="role", name="Head of the abbey"),
        ],
        [
            Tenure(
                person="abbot",
                role="head",
                start=FuzzyTime.year(1250),
                end=FuzzyTime.year(2020),
                provenance=[Provenance(source="a.md", published=date(2020, 5, 1))],
            )
        ],
    )
    svg = timeline_svg(record)
    assert 1 <= svg.count("<line ") <= MAX_GRIDLINES
