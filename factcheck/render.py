"""Reports for people and tools: terminal, JSON, Markdown and a self-contained HTML page."""

from __future__ import annotations

import html
import io
import re
import unicodedata
from collections import defaultdict
from datetime import date

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.checker import describe
from factcheck.claims import QuotationClaim
from factcheck.documents import Document
from factcheck.holders import Holder, assemble
from factcheck.quotations import compare_words, word_diff
from factcheck.record import Record, Tenure
from factcheck.report import (
    VERDICT_KINDS,
    AuditDocument,
    Misspelling,
    Report,
    ReportDocument,
    Verdict,
    VerdictKind,
)

FORMATS = ("text", "json", "jsonl", "markdown", "html")

STYLES: dict[VerdictKind, str] = {
    "contradicted": "bold red",
    "disputed": "bold magenta",
    "unverifiable": "yellow",
    "supported": "green",
}


def render_report(
    report: Report,
    output_format: str,
    *,
    title: str = "",
    document: Document | None = None,
    record: Record | None = None,
) -> str:
    """The report in one of :data:`FORMATS`; text is coloured only for a terminal, JSON Lines
    is the JSON document on one line."""
    if output_format in ("json", "jsonl"):
        source = document.source if document else title
        published = document.published if document else None
        return ReportDocument.of(report, source=source, published=published).model_dump_json(
            indent=2 if output_format == "json" else None, by_alias=True
        )
    if output_format == "markdown":
        return report_markdown(report, title=title)
    if output_format == "html":
        return report_html(report, title=title, document=document, record=record)
    return _terminal_text(report, title)


def render_audit(
    reports: list[tuple[Report, Document]], output_format: str, *, record: Record | None = None
) -> str:
    """An audit's reports, one per article: as one JSON document holding them all (``json``),
    one report a line (``jsonl``), or each report in turn in the other formats."""
    if output_format == "json":
        documents = [
            ReportDocument.of(report, source=document.source, published=document.published)
            for report, document in reports
        ]
        return AuditDocument(reports=documents).model_dump_json(indent=2, by_alias=True)
    return "\n".join(
        render_report(
            report, output_format, title=document.source, document=document, record=record
        )
        for report, document in reports
    )


def _terminal_text(report: Report, title: str) -> str:
    """Rendered for standard output: coloured on a terminal, plain when piped."""
    terminal = Console()
    buffer = io.StringIO()
    capture = Console(
        file=buffer,
        width=terminal.width,
        force_terminal=terminal.is_terminal,
        color_system="auto" if terminal.is_terminal else None,
        emoji=False,  # ":warning:" in a draft is text, not an emoji
    )
    print_report(report, capture, title=title)
    return buffer.getvalue()


# -- terminal -------------------------------------------------------------------------------------


def _shown(text: str) -> str:
    """Text from a draft, a model or a record as the terminal shows it: as written, never run
    as markup or as control characters."""
    return escape(_shown_plain(text))


def _shown_plain(text: str) -> str:
    return "".join(c if unicodedata.category(c) != "Cc" or c == "\n" else " " for c in text)


def _verdict_block(verdict: Verdict) -> Group:
    claim = verdict.claim
    lines: list[Text] = [
        Text.from_markup(
            f"[{STYLES[verdict.verdict]}]{_shown(verdict.label.upper())}[/] "
            f"[dim]{claim.kind}[/]  “{_shown(claim.quote)}”"
        ),
        Text.from_markup(f"  {_shown(verdict.explanation)}"),
    ]
    if verdict.expected:
        lines.append(Text.from_markup(f"  [bold]expected:[/] {_shown(verdict.expected)}"))
    for evidence in verdict.evidence:
        lines.append(Text.from_markup(f"  [dim]• {_shown(evidence.summary)}[/]"))
        for source in evidence.sources:
            quoted = f" “{_shown(source.quote)}”" if source.quote else ""
            lines.append(
                Text.from_markup(
                    f"      [dim]{_shown(source.source)} "
                    f"({source.published.isoformat()}){quoted}[/]"
                )
            )
    return Group(*lines, Text(""))


def _misspelling_block(misspelling: Misspelling) -> Group:
    lines = [
        Text.from_markup(
            f"[bold red]MISSPELT[/] “{_shown(misspelling.written)}”: the record spells it "
            f"“{_shown(misspelling.expected)}”  [dim]in “{_shown(misspelling.quote)}”[/]"
        )
    ]
    for source in misspelling.sources:
        lines.append(
            Text.from_markup(f"  [dim]{_shown(source.source)} ({source.published.isoformat()})[/]")
        )
    return Group(*lines, Text(""))


def print_report(report: Report, console: Console | None = None, *, title: str = "") -> None:
    """Print a report: counts first, then each claim, the worst verdicts first."""
    console = console or Console(emoji=False)
    counts = report.counts()
    summary = "  ".join(f"[{STYLES[kind]}]{counts[kind]} {kind}[/]" for kind in VERDICT_KINDS)
    if report.misspellings:
        summary = f"[bold red]{len(report.misspellings)} misspelt[/]  " + summary
    if report.ungrounded:
        summary += f"  [dim]{report.ungrounded} ungrounded claim(s) dropped[/]"
    console.print(Panel.fit(summary, title=_shown(title) or None))
    for failure in report.failed_chunks:
        console.print(f"[bold red]not read:[/] {_shown(failure)}", highlight=False)
    for misspelling in report.misspellings:
        console.print(_misspelling_block(misspelling))
    for verdict in report.in_report_order():
        console.print(_verdict_block(verdict))
    if report.dropped:
        console.print("[dim]Claims read but not checkable as given:[/]")
        for dropped in report.dropped:
            console.print(f"[dim]  · {_shown(dropped)}[/]", highlight=False)
    if report.unchecked_sentences:
        console.print("[dim]Sentences with no checkable claim:[/]")
        for sentence in report.unchecked_sentences:
            console.print(f"[dim]  · {_shown(sentence)}[/]", highlight=False)
    if report.usage is not None:
        console.print(f"[dim]{report.usage}[/]")


def print_record(record: Record, console: Console, *, as_of: date | None = None) -> None:
    """Print a record's entities, events and who held which post when."""
    view = record.view(as_of)
    entities = Table("id", "type", "name", "aliases", title="Entities", title_justify="left")
    for entity in record.entities.values():
        entities.add_row(
            _shown(entity.id), entity.type, _shown(entity.name), _shown("; ".join(entity.aliases))
        )
    console.print(entities)
    events = Table("id", "event", "sources", title="Events", title_justify="left")
    for event in record.events:
        if as_of is not None and event.first_published > as_of:
            continue
        sources = ", ".join(f"{p.source} ({p.published})" for p in view.sources(event))
        summary = _shown(describe(event, record))
        if event.retracted:
            summary = f"[strike]{summary}[/] [red]retracted: {_shown(event.retracted)}[/]"
        events.add_row(event.id, summary, _shown(sources))
    console.print(events)
    for role, holders in timeline(record, as_of).items():
        console.print(f"[bold]{_shown(record.name_of(role))}[/]", highlight=False)
        for holder in holders:
            interim = " (interim)" if holder.interim else ""
            console.print(
                f"  {_shown(holder.span_label()):<48} "
                f"{_shown(record.name_of(holder.person))}{interim}",
                highlight=False,
            )


def timeline(record: Record, as_of: date | None = None) -> dict[str, list[Holder]]:
    """The holders of every post, in order, as the record knew them on ``as_of``."""
    view = record.view(as_of)
    roles = {event.role for event in record.events if isinstance(event, Tenure)}
    return {role: assemble(view.tenures(role)) for role in sorted(roles) if view.tenures(role)}


# -- markdown -------------------------------------------------------------------------------------


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")


def _md(text: str) -> str:
    """Text from a draft, a model or a record as Markdown shows it: one line, as written, with
    no HTML or Markdown of its own."""
    one_line = " ".join(_shown_plain(text).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(one_line, quote=False))


def report_markdown(report: Report, *, title: str = "") -> str:
    """The report as Markdown, for a ticket or a pull request."""
    counts = report.counts()
    lines = [f"# factcheck: {_md(title)}" if title else "# factcheck report", ""]
    lines += ["| " + " | ".join(VERDICT_KINDS) + " |", "|" + "---|" * len(VERDICT_KINDS)]
    lines += ["| " + " | ".join(str(counts[kind]) for kind in VERDICT_KINDS) + " |", ""]
    for failure in report.failed_chunks:
        lines += [f"> **Not read:** {_md(failure)}", ""]
    for misspelling in report.misspellings:
        lines.append(
            f"## MISSPELT: “{_md(misspelling.written)}”, the record spells it "
            f"“{_md(misspelling.expected)}”"
        )
        lines += ["", f"In “{_md(misspelling.quote)}”", ""]
        lines += [f"- {_md(s.source)} ({s.published})" for s in misspelling.sources]
        lines.append("")
    for verdict in report.in_report_order():
        lines.append(f"## {verdict.label.upper()}: “{_md(verdict.claim.quote)}”")
        lines += ["", _md(verdict.explanation), ""]
        if verdict.expected:
            lines += [f"**Expected:** {_md(verdict.expected)}", ""]
        for evidence in verdict.evidence:
            lines.append(f"- {_md(evidence.summary)}")
            for source in evidence.sources:
                quoted = f" — “{_md(source.quote)}”" if source.quote else ""
                lines.append(f"  - {_md(source.source)} ({source.published}){quoted}")
        lines.append("")
    if report.dropped:
        lines += ["## Claims read but not checkable as given", ""]
        lines += [f"- {_md(dropped)}" for dropped in report.dropped] + [""]
    if report.unchecked_sentences:
        lines += ["## Sentences with no checkable claim", ""]
        lines += [f"- {_md(sentence)}" for sentence in report.unchecked_sentences] + [""]
    return "\n".join(lines)


# -- html -----------------------------------------------------------------------------------------

_COLOURS: dict[VerdictKind, str] = {
    "contradicted": "#f8c9c4",
    "disputed": "#e6cdf0",
    "unverifiable": "#fbeab0",
    "supported": "#cdebd0",
}

_CSS = """
body { font: 16px/1.55 Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
.counts span { display: inline-block; margin-right: .6rem; padding: .2rem .6rem;
               border-radius: .3rem; font: 14px sans-serif; }
.draft { white-space: pre-wrap; border: 1px solid #ddd; padding: 1rem; background: #fff; }
mark { padding: 0 .1rem; border-radius: .2rem; color: inherit; }
mark a { color: inherit; text-decoration: none; }
.verdict { border-left: .4rem solid #ccc; padding: .3rem .8rem; margin: .8rem 0;
           font: 14px/1.45 sans-serif; }
.verdict .kind { font-weight: bold; text-transform: uppercase; }
.evidence { color: #555; } .evidence li { margin: .2rem 0; }
.timeline text { font: 11px sans-serif; }
"""


def report_html(
    report: Report,
    *,
    title: str = "",
    document: Document | None = None,
    record: Record | None = None,
) -> str:
    """One self-contained page: the draft with each claim highlighted by verdict, the evidence
    for each, counts at the top and a timeline of the record's posts (inline SVG)."""
    esc = html.escape
    counts = report.counts()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>factcheck: {esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>factcheck: {esc(title)}</h1>",
        '<p class="counts">'
        + (
            f'<span style="{_SPELLING_STYLE}" data-finding="spelling">'
            f"{len(report.misspellings)} misspelt</span>"
            if report.misspellings
            else ""
        )
        + "".join(
            f'<span style="background:{_COLOURS[kind]}" data-verdict="{kind}">'
            f"{counts[kind]} {kind}</span>"
            for kind in VERDICT_KINDS
        )
        + "</p>",
    ]
    parts += [f'<p class="failed">Not read: {esc(failure)}</p>' for failure in report.failed_chunks]
    if document is not None:
        parts += [
            "<h2>The draft</h2>",
            f'<div class="draft">{_highlighted(document, report)}</div>',
        ]
    if report.misspellings:
        parts.append("<h2>Names spelt otherwise than the record</h2>")
        parts += [_misspelling_html(index, m) for index, m in enumerate(report.misspellings)]
    parts.append("<h2>Claims</h2>")
    for index, verdict in enumerate(report.verdicts):
        parts.append(_verdict_html(index, verdict))
    if record is not None:
        svg = timeline_svg(record, report.verdicts[0].claim.as_of if report.verdicts else None)
        if svg:
            parts += ["<h2>Who held which post</h2>", svg]
    parts.append("</body></html>")
    return "\n".join(parts)


def _misspelling_html(index: int, misspelling: Misspelling) -> str:
    esc = html.escape
    sources = "".join(f"<li>{esc(s.source)} ({s.published})</li>" for s in misspelling.sources)
    return (
        f'<div class="verdict spelling" id="spelling-{index}" data-finding="spelling">'
        f'<p><span class="kind">misspelt</span>: “{esc(misspelling.written)}”, the record '
        f"spells it “{esc(misspelling.expected)}”</p><p>In “{esc(misspelling.quote)}”</p>"
        f'<ul class="evidence">{sources}</ul></div>'
    )


def _name_marks(text: str, report: Report) -> list[tuple[int, int, str]]:
    """Where each misspelt name is in the text (its place, else where its claim's quote holds
    it), with the record's spelling."""
    marks = []
    for misspelling in report.misspellings:
        start = misspelling.start
        if start is None:
            for verdict in report.verdicts:
                span = verdict.claim.span
                if verdict.claim.quote == misspelling.quote and span is not None:
                    found = text.find(misspelling.written, span.start, span.end)
                    start = found if found >= 0 else None
                    break
        if start is not None:
            marks.append((start, start + len(misspelling.written), misspelling.expected))
    return sorted(marks)


def _with_names(text: str, offset: int, marks: list[tuple[int, int, str]]) -> str:
    """``text`` (found at ``offset``) escaped, its misspelt names marked."""
    pieces, position = [], 0
    for start, end, expected in marks:
        start, end = start - offset, end - offset
        if start < position or end > len(text):
            continue
        pieces.append(html.escape(text[position:start]))
        pieces.append(
            f'<mark class="spelling" data-finding="spelling" style="{_SPELLING_STYLE}" '
            f'title="{html.escape(f"misspelt: the record spells it {expected}")}">'
            f"{html.escape(text[start:end])}</mark>"
        )
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


_SPELLING_STYLE = "background:none;text-decoration:underline wavy #c0392b"


def _highlighted(document: Document, report: Report) -> str:
    text, pieces, position = document.text, [], 0
    names = _name_marks(text, report)
    spans = sorted(
        (
            (v.claim.span.start, v.claim.span.end, index, v.verdict)
            for index, v in enumerate(report.verdicts)
            if v.claim.span is not None
        ),
    )
    for start, end, index, verdict in spans:
        start = max(start, position)  # where claims overlap, each keeps the part after the last
        if start >= end:
            continue
        pieces.append(_with_names(text[position:start], position, names))
        pieces.append(
            f'<mark class="claim {verdict}" data-verdict="{verdict}" '
            f'style="background:{_COLOURS[verdict]}"><a href="#claim-{index}" '
            f'title="{verdict}">{_with_names(text[start:end], start, names)}</a></mark>'
        )
        position = end
    pieces.append(_with_names(text[position:], position, names))
    return "".join(pieces)


def _verdict_html(index: int, verdict: Verdict) -> str:
    esc = html.escape
    items = []
    for evidence in verdict.evidence:
        sources = "".join(
            f"<li>{esc(s.source)} ({s.published})"
            + (f": “{esc(s.quote)}”" if s.quote else "")
            + "</li>"
            for s in evidence.sources
        )
        items.append(f"<li>{esc(evidence.summary)}<ul>{sources}</ul></li>")
    expected = f"<p><b>Expected:</b> {esc(verdict.expected)}</p>" if verdict.expected else ""
    if _altered_quotation(verdict):
        assert isinstance(verdict.claim, QuotationClaim) and verdict.expected
        expected = _quotation_diff_html(verdict.claim.words, verdict.expected)
    colour = _COLOURS[verdict.verdict]
    return (
        f'<div class="verdict" id="claim-{index}" data-verdict="{verdict.verdict}" '
        f'style="border-color:{colour}">'
        f'<p><span class="kind">{esc(verdict.label)}</span> ({verdict.claim.kind}): '
        f"“{esc(verdict.claim.quote)}”</p><p>{esc(verdict.explanation)}</p>{expected}"
        f'<ul class="evidence">{"".join(items)}</ul></div>'
    )


def _altered_quotation(verdict: Verdict) -> bool:
    """A quotation contradicted because its words differ from the speaker's recorded ones (the
    verdict then expects those words)."""
    claim = verdict.claim
    return (
        isinstance(claim, QuotationClaim)
        and verdict.verdict == "contradicted"
        and verdict.expected is not None
        and compare_words(claim.words, verdict.expected).relation == "altered"
    )


def _quotation_diff_html(claimed: str, recorded: str) -> str:
    """The recorded words with what the draft left out struck through and what it put in
    their place marked."""
    esc = html.escape
    shown = []
    for change in word_diff(claimed, recorded):
        if change.recorded == change.claimed:
            shown.append(esc(" ".join(change.recorded)))
            continue
        if change.recorded:
            shown.append(f"<del>{esc(' '.join(change.recorded))}</del>")
        if change.claimed:
            shown.append(f"<ins>{esc(' '.join(change.claimed))}</ins>")
    return f'<p class="quotation-diff"><b>As recorded:</b> {" ".join(shown)}</p>'


MAX_GRIDLINES = 20
"""A timeline spanning centuries still draws a readable handful of year lines."""


def _gridline_step(years: int) -> int:
    """Years between gridlines: 1, 2, 5, 10, 20, 50... so that at most MAX_GRIDLINES show."""
    step = 1
    while years / step > MAX_GRIDLINES:
        step = step * 5 // 2 if str(step).startswith("2") else step * 2
    return step


def timeline_svg(record: Record, as_of: date | None = None) -> str:
    """An inline SVG bar chart of every post's holders over time; empty without tenures."""
    rows: list[tuple[str, Holder]] = [
        (record.name_of(role), holder)
        for role, holders in timeline(record, as_of).items()
        for holder in holders
    ]
    spans = [(label, h, *_bar(h)) for label, h in rows]
    if not spans:
        return ""
    first = min(start for *_, start, _ in spans)
    last = max(end for *_, end in spans)
    days = max((last - first).days, 1)
    left, width, row_height = 330, 560, 22
    height = row_height * len(spans) + 30
    out = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{left + width + 20}" '
        f'height="{height}" role="img" aria-label="timeline of posts">'
    ]
    step = _gridline_step(last.year - first.year)
    by_year: dict[int, float] = defaultdict(float)
    for year in range(first.year + 1, last.year + 1):
        if year % step == 0:
            by_year[year] = left + width * (date(year, 1, 1) - first).days / days
    for year, x in by_year.items():
        out.append(
            f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 20}" stroke="#ddd"/>'
            f'<text x="{x + 2:.1f}" y="{height - 6}">{year}</text>'
        )
    for row, (label, holder, start, end) in enumerate(spans):
        y = row * row_height + 4
        x0 = left + width * (start - first).days / days
        x1 = left + width * (end - first).days / days
        name = html.escape(f"{record.name_of(holder.person)} — {label}")
        tooltip = html.escape(holder.span_label())
        fill = "#9cc3e6" if not holder.interim else "#c9ddef"
        out.append(
            f'<text x="4" y="{y + 14}">{name[:60]}</text>'
            f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 2):.1f}" height="{row_height - 6}" '
            f'fill="{fill}"><title>{tooltip}</title></rect>'
        )
    out.append("</svg>")
    return "".join(out)


def _bar(holder: Holder) -> tuple[date, date]:
    known = [*(a.earliest for a in holder.anchors), holder.reported_by]
    start = holder.start.earliest if holder.start else min(known)
    end = holder.end.latest if holder.end else max(known)
    return start, max(end, start)
