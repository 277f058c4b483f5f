"""Verdicts and the report that groups them."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from factcheck.claims import Claim
from factcheck.record import Provenance

VerdictKind = Literal["supported", "contradicted", "disputed", "unverifiable"]
VERDICT_KINDS: tuple[VerdictKind, ...] = ("contradicted", "disputed", "unverifiable", "supported")

UnverifiableReason = Literal[
    "new", "unknown", "ambiguous", "gap", "unsupported_kind", "inconsistent"
]
"""Why the record cannot settle a claim: it is silent (the draft adds a fact a sub-editor must
source), a name it does not know, a name matching several entities, a hole exactly where the
claim falls, a claim it holds no facts of that kind for, or a claim whose values its own quote
does not state (so what it says cannot be known)."""
UNVERIFIABLE_REASONS: tuple[UnverifiableReason, ...] = get_args(UnverifiableReason)
REASON_LABELS: dict[UnverifiableReason, str] = {
    "new": "new to the record",
    "unknown": "a name the record does not know",
    "ambiguous": "a name matching several in the record",
    "gap": "a gap in the record",
    "unsupported_kind": "a kind of claim the record cannot check",
    "inconsistent": "a value its own quote does not state",
}


class Usage(BaseModel):
    """Model calls and tokens spent. `calls` counts every request sent, failed ones included."""

    model_config = ConfigDict(frozen=True)

    calls: int = 0
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            cache_hits=self.cache_hits + other.cache_hits,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class Misspelling(BaseModel):
    """A name the text spells otherwise than the record: an alarm of its own."""

    written: str = Field(description="The name as the text writes it.")
    expected: str = Field(description="The record's spelling of the one it stands for.")
    entity_id: str
    quote: str = Field(description="The claim's words the name was found in.")
    start: int | None = Field(default=None, description="Where the name is in the text.")
    end: int | None = None
    sources: list[Provenance] = Field(
        default_factory=list, description="Sources, by the text's date, that spell it so."
    )


class Evidence(BaseModel):
    """An event of the record that bears on a claim, with the sources that reported it."""

    event_id: str
    kind: str
    summary: str = Field(description="The event in one line, in the record's names.")
    sources: list[Provenance]


class Verdict(BaseModel):
    """The checker's decision on one claim."""

    claim: Claim
    verdict: VerdictKind
    explanation: str = Field(description="One line a sub-editor can act on.")
    expected: str | None = Field(
        default=None, description="What the record supports, where it differs from the claim."
    )
    reason: UnverifiableReason | None = Field(
        default=None, description="For an unverifiable claim: why the record cannot settle it."
    )
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def label(self) -> str:
        """The verdict as reports show it: "unverifiable (new to the record)"."""
        if self.verdict == "unverifiable" and self.reason is not None:
            return f"unverifiable ({REASON_LABELS[self.reason]})"
        return self.verdict


class Report(BaseModel):
    """Every verdict on a text, with counts."""

    verdicts: list[Verdict] = Field(default_factory=list)
    misspellings: list[Misspelling] = Field(
        default_factory=list,
        description="Names spelt otherwise than the record spells them; each is an alarm.",
    )
    unchecked_sentences: list[str] = Field(
        default_factory=list, description="Sentences that carried no checkable claim."
    )
    ungrounded: int = Field(
        default=0,
        description="Extracted claims dropped because their quote, or a number they give, is not "
        "in the text.",
    )
    dropped: list[str] = Field(
        default_factory=list,
        description="Claims the model read that cannot be checked as given: the quote and why.",
    )
    failed_chunks: list[str] = Field(
        default_factory=list,
        description="Parts of the text the model could not read, and why; no claims from them.",
    )

    usage: Usage | None = Field(default=None, description="Model calls and tokens spent.")

    def counts(self) -> dict[VerdictKind, int]:
        """Number of claims per verdict, every verdict listed."""
        tally = Counter(v.verdict for v in self.verdicts)
        return {kind: tally.get(kind, 0) for kind in VERDICT_KINDS}

    def with_verdict(self, kind: VerdictKind) -> list[Verdict]:
        """The verdicts of one kind, in text order."""
        return [v for v in self.verdicts if v.verdict == kind]

    def in_report_order(self) -> list[Verdict]:
        """Every verdict, the worst first; unverifiable ones grouped by their reason."""
        order = {kind: index for index, kind in enumerate(VERDICT_KINDS)}
        reasons = {reason: index for index, reason in enumerate(UNVERIFIABLE_REASONS)}
        return sorted(
            self.verdicts,
            key=lambda v: (order[v.verdict], reasons.get(v.reason, 0) if v.reason else 0),
        )

    @property
    def has_problems(self) -> bool:
        """True when a name is misspelt or a claim is contradicted or disputed."""
        return bool(self.misspellings) or any(
            v.verdict in ("contradicted", "disputed") for v in self.verdicts
        )


REPORT_VERSION = 1


class ReportDocument(Report):
    """A report as ``--format json`` writes it: a stable, versioned document for tooling."""

    model_config = ConfigDict(populate_by_name=True, ser_json_inf_nan="strings")

    format_name: Literal["factcheck.report"] = Field(default="factcheck.report", alias="format")
    version: int = REPORT_VERSION
    source: str = Field(default="", description="The checked text's file name, or stdin.")
    published: date | None = Field(default=None, description="The checked text's date.")
    totals: dict[VerdictKind, int] = Field(default_factory=dict, description="Claims by verdict.")

    @classmethod
    def of(
        cls, report: Report, *, source: str = "", published: date | None = None
    ) -> ReportDocument:
        """The document for ``report``."""
        return cls(
            **report.model_dump(), source=source, published=published, totals=report.counts()
        )


class AuditDocument(BaseModel):
    """An audit as ``--format json`` writes it: every article's report, in date order."""

    model_config = ConfigDict(populate_by_name=True, ser_json_inf_nan="strings")

    format_name: Literal["factcheck.audit"] = Field(default="factcheck.audit", alias="format")
    version: int = REPORT_VERSION
    reports: list[ReportDocument] = Field(default_factory=list)
