"""Verdicts measured on stories the checker was not designed around.

Each story under ``bench/stories/`` holds real reporting rewritten in the project's own words
(``articles/``), the facts derived from those articles alone (``facts.md``), one new draft
(``drafts/``) and ``labels.json``: every checkable sentence of the draft labelled
``contradicted``, ``supported`` or ``unverifiable`` against the facts, written before anything
was run. The model's readings replay from ``cassettes/stories/<story>.yaml`` (replies written by
an annotator who saw only each request; see ``cassettes/README.md``).

For each story the articles are audited in date order (each checked against the record of the
earlier ones, then ingested), and the draft is checked against the record of all of them. A
sentence is flagged when any claim grounded in it comes out ``contradicted`` or ``disputed``.

    python bench/truth.py            # every story, offline
    python bench/truth.py --explain  # and every miss and false alarm, with the checker's words

Prints plain lines: ``recall_<story>: found/total``, ``false_alarms_<story>: N`` (flagged
sentences labelled supported or unverifiable, and flagged claims outside every labelled
sentence), ``audit_alarms_<story>: N`` (flags while replaying the story's own articles, outside the
disagreements between articles that the story's facts file documents, which
``disagreements.json`` transcribes and ``audit_disagreements_<story>`` counts),
``spelling_found_<story>: found/planted`` (names a label's ``misspelt`` field says a draft spells
wrong on purpose, reported as misspelt; the planted ones are in a second draft, ``names/``, whose
sentences are all right but for the names, replayed from ``cassettes/stories/<story>-names.yaml``,
``false_alarms_names_<story>`` counting its flagged claims),
``spelling_false_alarms_<story>: N`` (any other name reported misspelt) and
``audit_spelling_alarms_<story>: N`` (names reported misspelt while replaying the articles),
``quotation_found_<story>: found/planted`` (sentences whose label's ``quotation`` field says
they misattribute or alter a quotation on purpose, flagged), ``reasks_<story>: N``, and the same
summed over all stories.

With ``FACTCHECK_RECORD=1`` and an endpoint (``OPENAI_BASE_URL``/``OPENAI_API_KEY``,
``FACTCHECK_MODEL``) it records the cassettes again instead (with ``--names-only``, only those
of the names drafts).
"""

from __future__ import annotations

import argparse
import json
import logging
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import Verdict, read_document
from factcheck.cache import ResponseCache
from factcheck.extraction import Extractor
from factcheck.ingest import audit, check_document
from factcheck.llm import PLACEHOLDER_API_KEY, LLMSettings, StructuredLLM
from factcheck.report import Misspelling, Report
from factcheck.testing import make_vcr, recording_enabled

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "bench" / "stories"
CASSETTES = ROOT / "cassettes" / "stories"
REPLAY = LLMSettings(
    model="fixture-llm", base_url="http://127.0.0.1:8765/v1", api_key=PLACEHOLDER_API_KEY
)
ALARMS = ("contradicted", "disputed")
_MISQUOTED = ("misattributed", "altered")


@dataclass(frozen=True)
class Label:
    """One labelled draft sentence and where it is in the draft's text."""

    sentence: str
    misspelt: str | None
    label: str
    start: int
    end: int
    quotation: str | None = None
    """How the sentence quotes someone: "verbatim", "trimmed", "misattributed", "altered",
    "new", "reported" (speech without quote marks), or None."""

    @property
    def misquoted(self) -> bool:
        return self.quotation in _MISQUOTED


@dataclass
class Measured:
    """What one story's replay gave."""

    story: str
    found: list[Label] = field(default_factory=list)
    missed: list[tuple[Label, list[Verdict]]] = field(default_factory=list)
    false_alarms: list[tuple[Label | None, Verdict]] = field(default_factory=list)
    audit_alarms: list[tuple[str, Verdict]] = field(default_factory=list)
    disagreements: list[tuple[str, Verdict]] = field(default_factory=list)
    spellings_found: list[Label] = field(default_factory=list)
    spellings_missed: list[Label] = field(default_factory=list)
    spelling_false_alarms: list[Misspelling] = field(default_factory=list)
    names_false_alarms: list[tuple[Label | None, Verdict]] = field(default_factory=list)
    audit_spelling_alarms: list[tuple[str, Misspelling]] = field(default_factory=list)
    reasks: int = 0

    @property
    def total(self) -> int:
        return len(self.found) + len(self.missed)

    @property
    def quotations_found(self) -> list[Label]:
        return [label for label in self.found if label.misquoted]

    @property
    def quotations_planted(self) -> int:
        missed = [label for label, _ in self.missed if label.misquoted]
        return len(self.quotations_found) + len(missed)


class _Reasks(logging.Handler):
    """Counts the model layer's re-asks (a reply sent back with its validation error)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "asking again" in record.getMessage():
            self.count += 1


def labels_of(path: Path, text: str) -> list[Label]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    labels, position = [], 0
    for item in raw:
        start = text.find(item["sentence"], position)
        if start < 0:
            missing = item["sentence"]
            raise SystemExit(f"{path}: labelled sentence not in the draft: {missing}")
        position = start + len(item["sentence"])
        labels.append(
            Label(
                item["sentence"],
                item.get("misspelt"),
                item["label"],
                start,
                position,
                item.get("quotation"),
            )
        )
    return labels


def disagreements_of(story: Path, texts: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """Where the story's articles disagree with earlier ones, as its facts file documents."""
    path = story / "disagreements.json"
    found: dict[str, list[tuple[int, int]]] = {}
    for item in json.loads(path.read_text(encoding="utf-8")) if path.exists() else []:
        start = texts[item["article"]].find(item["sentence"])
        if start < 0:
            raise SystemExit(f"{story.name}: disagreement not in its article: {item['sentence']}")
        found.setdefault(item["article"], []).append((start, start + len(item["sentence"])))
    return found


def measure(story: Path, llm: StructuredLLM, *, names_only: bool = False) -> Measured:
    """Audit a story's articles, then check its draft and, where it has one, its names draft
    (``names/``: sentences labelled with the names they misspell on purpose). With
    ``names_only`` while recording, the story's cassette replays and only the names draft's
    is recorded."""
    articles = [read_document(p) for p in sorted((story / "articles").glob("*.md"))]
    (draft_path,) = sorted((story / "drafts").glob("*.md"))
    draft = read_document(draft_path)
    names_paths = sorted((story / "names").glob("*.md"))
    counter = _Reasks()
    logging.getLogger("factcheck.llm").addHandler(counter)
    logging.getLogger("factcheck.llm").setLevel(logging.INFO)
    try:
        replaying = make_vcr(CASSETTES, record=False if names_only else None)
        with replaying.use_cassette(f"{story.name}.yaml"):
            record, entries = audit(articles, Extractor(llm))
            report = check_document(record, draft, Extractor(llm))
        names_reports = []
        for names_path in names_paths:
            with make_vcr(CASSETTES).use_cassette(f"{story.name}-names.yaml"):
                names_draft = read_document(names_path)
                names_reports.append(
                    (names_draft, check_document(record, names_draft, Extractor(llm)))
                )
    finally:
        logging.getLogger("factcheck.llm").removeHandler(counter)
    result = Measured(story.name, reasks=counter.count)
    documented = disagreements_of(story, {a.source: a.text for a in articles})
    for entry in entries:
        spans = documented.get(entry.document.source, [])
        for verdict in entry.report.verdicts:
            if verdict.verdict not in ALARMS:
                continue
            where = verdict.claim.span
            known = where is not None and any(s < where.end and where.start < e for s, e in spans)
            alarms = result.disagreements if known else result.audit_alarms
            alarms.append((entry.document.source, verdict))
        result.audit_spelling_alarms += [
            (entry.document.source, m) for m in entry.report.misspellings
        ]
    labels = labels_of(story / "labels.json", draft.text)
    score_verdicts(result, report, labels)
    score_spellings(result, report, labels)
    for names_draft, names_report in names_reports:
        names_labels = labels_of(story / "names" / "labels.json", names_draft.text)
        names_result = Measured(story.name)
        score_verdicts(names_result, names_report, names_labels)
        result.names_false_alarms += names_result.false_alarms
        score_spellings(result, names_report, names_labels)
    return result


def _within(label: Label, verdict: Verdict) -> bool:
    span = verdict.claim.span
    return span is not None and span.start < label.end and label.start < span.end


def score_verdicts(result: Measured, report: Report, labels: list[Label]) -> None:
    """Found and missed contradictions, and false alarms, of a draft's labelled sentences."""
    for label in labels:
        flagged = [v for v in report.verdicts if v.verdict in ALARMS and _within(label, v)]
        if label.label == "contradicted":
            if flagged:
                result.found.append(label)
            else:
                result.missed.append((label, [v for v in report.verdicts if _within(label, v)]))
        else:
            result.false_alarms += [(label, v) for v in flagged]
    result.false_alarms += [
        (None, v)
        for v in report.verdicts
        if v.verdict in ALARMS and not any(_within(label, v) for label in labels)
    ]


def score_spellings(result: Measured, report: Report, labels: list[Label]) -> None:
    """Planted misspellings reported or missed, and names reported misspelt that were not."""
    planted = {label.misspelt.casefold(): label for label in labels if label.misspelt}
    reported = {m.written.casefold() for m in report.misspellings}
    for written, label in planted.items():
        (result.spellings_found if written in reported else result.spellings_missed).append(label)
    result.spelling_false_alarms += [
        m for m in report.misspellings if m.written.casefold() not in planted
    ]


def explain(result: Measured) -> None:
    for label, verdicts in result.missed:
        print(f"# missed [{result.story}] {label.sentence}")
        for v in verdicts:
            print(f"#   {v.claim.kind} {v.verdict}: {v.explanation}")
        if not verdicts:
            print("#   no claim read from this sentence")
    for maybe, v in result.false_alarms:
        where = maybe.sentence if maybe else "(unlabelled)"
        print(f"# false alarm [{result.story}] {where}")
        print(f"#   {v.claim.kind} {v.verdict}: {v.claim.quote!r}: {v.explanation}")
    for what, alarms in (
        ("audit alarm", result.audit_alarms),
        ("disagreement", result.disagreements),
    ):
        for source, v in alarms:
            print(f"# {what} [{result.story}] {source}: {v.claim.kind} {v.verdict}")
            print(f"#   {v.claim.quote!r}: {v.explanation}")
    for label, v in result.names_false_alarms:
        where = label.sentence if label else "(no labelled sentence)"
        print(f"# false alarm in the names draft [{result.story}] {where}")
        print(f"#   {v.claim.kind} {v.verdict}: {v.claim.quote!r}: {v.explanation}")
    for misspelling in result.spelling_false_alarms:
        print(f"# spelling false alarm [{result.story}] {misspelling.written!r}")
    for source, misspelling in result.audit_spelling_alarms:
        print(f"# audit spelling alarm [{result.story}] {source}: {misspelling.written!r}")
    for label in result.spellings_missed:
        print(f"# spelling missed [{result.story}] {label.misspelt!r} in {label.sentence}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--explain", action="store_true", help="print every miss and alarm")
    parser.add_argument(
        "--names-only",
        action="store_true",
        help="when recording, record only the names drafts' cassettes (the stories' replay)",
    )
    parser.add_argument("stories", nargs="*", help="story folder names (default: all)")
    args = parser.parse_args(argv)
    settings = LLMSettings.from_env() if recording_enabled() else REPLAY
    chosen = [
        story
        for story in sorted(STORIES.iterdir())
        if (story / "labels.json").exists() and (not args.stories or story.name in args.stories)
    ]
    results = []
    with tempfile.TemporaryDirectory() as cache_dir:
        for story in chosen:
            cache = ResponseCache(Path(cache_dir) / f"{story.name}.sqlite3")
            llm = StructuredLLM(settings, cache=cache)
            results.append(measure(story, llm, names_only=args.names_only))
    for result in results:
        if args.explain:
            explain(result)
        print(f"recall_{result.story}: {len(result.found)}/{result.total} contradictions")
        print(f"false_alarms_{result.story}: {len(result.false_alarms)} claims")
        print(f"audit_alarms_{result.story}: {len(result.audit_alarms)} claims")
        print(f"audit_disagreements_{result.story}: {len(result.disagreements)} claims")
        spellings = len(result.spellings_found) + len(result.spellings_missed)
        print(f"spelling_found_{result.story}: {len(result.spellings_found)}/{spellings} names")
        print(f"spelling_false_alarms_{result.story}: {len(result.spelling_false_alarms)} names")
        print(f"false_alarms_names_{result.story}: {len(result.names_false_alarms)} claims")
        print(f"audit_spelling_alarms_{result.story}: {len(result.audit_spelling_alarms)} names")
        quoted = f"{len(result.quotations_found)}/{result.quotations_planted}"
        print(f"quotation_found_{result.story}: {quoted} quotations")
        print(f"reasks_{result.story}: {result.reasks} requests")
    found, total = sum(len(r.found) for r in results), sum(r.total for r in results)
    print(f"recall_total: {found}/{total} contradictions")
    print(f"false_alarms_total: {sum(len(r.false_alarms) for r in results)} claims")
    print(f"audit_alarms_total: {sum(len(r.audit_alarms) for r in results)} claims")
    print(f"audit_disagreements_total: {sum(len(r.disagreements) for r in results)} claims")
    planted = sum(len(r.spellings_found) + len(r.spellings_missed) for r in results)
    found_names = sum(len(r.spellings_found) for r in results)
    print(f"spelling_found_total: {found_names}/{planted} names")
    print(
        f"spelling_false_alarms_total: {sum(len(r.spelling_false_alarms) for r in results)} names"
    )
    print(f"false_alarms_names_total: {sum(len(r.names_false_alarms) for r in results)} claims")
    print(
        f"audit_spelling_alarms_total: {sum(len(r.audit_spelling_alarms) for r in results)} names"
    )
    quoted = sum(len(r.quotations_found) for r in results)
    print(
        f"quotation_found_total: {quoted}/{sum(r.quotations_planted for r in results)} quotations"
    )
    print(f"reasks_total: {sum(r.reasks for r in results)} requests")


if __name__ == "__main__":
    main()
