"""Reports for people: a terminal rendering with the evidence under each verdict."""

from __future__ import annotations

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from factcheck.report import VERDICT_KINDS, Report, Verdict, VerdictKind

STYLES: dict[VerdictKind, str] = {
    "contradicted": "bold red",
    "disputed": "bold magenta",
    "unverifiable": "yellow",
    "supported": "green",
}


def _verdict_block(verdict: Verdict) -> Group:
    claim = verdict.claim
    lines: list[Text] = [
        Text.from_markup(
            f"[{STYLES[verdict.verdict]}]{verdict.verdict.upper()}[/] "
            f"[dim]{claim.kind}[/]  “{escape(claim.quote)}”"
        ),
        Text.from_markup(f"  {escape(verdict.explanation)}"),
    ]
    if verdict.expected:
        lines.append(Text.from_markup(f"  [bold]expected:[/] {escape(verdict.expected)}"))
    for evidence in verdict.evidence:
        lines.append(Text.from_markup(f"  [dim]• {escape(evidence.summary)}[/]"))
        for source in evidence.sources:
            quoted = f" “{escape(source.quote)}”" if source.quote else ""
            lines.append(
                Text.from_markup(
                    f"      [dim]{escape(source.source)} "
                    f"({source.published.isoformat()}){quoted}[/]"
                )
            )
    return Group(*lines, Text(""))


def print_report(report: Report, console: Console | None = None, *, title: str = "") -> None:
    """Print a report: counts first, then each claim, the worst verdicts first."""
    console = console or Console()
    counts = report.counts()
    summary = "  ".join(f"[{STYLES[kind]}]{counts[kind]} {kind}[/]" for kind in VERDICT_KINDS)
    if report.ungrounded:
        summary += f"  [dim]{report.ungrounded} ungrounded claim(s) dropped[/]"
    console.print(Panel.fit(summary, title=escape(title) or None))
    for kind in VERDICT_KINDS:
        for verdict in report.with_verdict(kind):
            console.print(_verdict_block(verdict))
    if report.unchecked_sentences:
        console.print("[dim]Sentences with no checkable claim:[/]")
        for sentence in report.unchecked_sentences:
            console.print(f"[dim]  · {escape(sentence)}[/]")
