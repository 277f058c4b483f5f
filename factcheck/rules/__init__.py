"""The checking rules, one unit per family of claims, each a function of a :class:`Context` and
one claim type. :func:`apply` dispatches on the claim's type; the exhaustiveness check makes a
new claim kind without a rule a type error."""

from __future__ import annotations

from typing import assert_never

from factcheck.claims import (
    AttributeClaim,
    ChangeClaim,
    Claim,
    DurationClaim,
    EventClaim,
    FigureClaim,
    HolderCountClaim,
    HolderOrdinalClaim,
    QuotationClaim,
    RatingClaim,
    RatingCountClaim,
    SuccessionClaim,
    TenureClaim,
)
from factcheck.rules.attributes import check_attribute
from factcheck.rules.context import Context, Finding, Outcome, Unresolved
from factcheck.rules.durations import check_duration
from factcheck.rules.events import check_event
from factcheck.rules.figures import check_change, check_figure
from factcheck.rules.posts import check_holder_count, check_holder_ordinal
from factcheck.rules.quotations import check_quotation
from factcheck.rules.ratings import check_rating, check_rating_count
from factcheck.rules.tenures import check_succession, check_tenure

__all__ = ["Context", "Finding", "Outcome", "apply"]


def apply(ctx: Context, claim: Claim) -> None:
    """Check ``claim`` by its kind's rule, writing findings into ``ctx.out``."""
    try:
        match claim:
            case HolderOrdinalClaim():
                check_holder_ordinal(ctx, claim)
            case HolderCountClaim():
                check_holder_count(ctx, claim)
            case TenureClaim():
                check_tenure(ctx, claim)
            case SuccessionClaim():
                check_succession(ctx, claim)
            case RatingClaim():
                check_rating(ctx, claim)
            case RatingCountClaim():
                check_rating_count(ctx, claim)
            case FigureClaim():
                check_figure(ctx, claim)
            case ChangeClaim():
                check_change(ctx, claim)
            case DurationClaim():
                check_duration(ctx, claim)
            case AttributeClaim():
                check_attribute(ctx, claim)
            case EventClaim():
                check_event(ctx, claim)
            case QuotationClaim():
                check_quotation(ctx, claim)
            case _:
                assert_never(claim)
    except Unresolved as unresolved:
        ctx.out.findings = [Finding("unverifiable", str(unresolved), reason=unresolved.reason)]
