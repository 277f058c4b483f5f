"""factcheck: check a news draft against everything already reported on a story.

The core is deterministic: an event :class:`Record` built from earlier articles, structured
claims, and a :class:`Checker` that decides each claim with evidence.
"""

from factcheck.checker import Checker
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
from factcheck.documents import Document, read_document
from factcheck.errors import (
    ExtractionError,
    FactcheckError,
    InputError,
    InvalidQuantityError,
    InvalidTimeError,
    RecordError,
    RecordVersionError,
    UnknownEntityError,
)
from factcheck.grounding import Span, locate
from factcheck.quantities import DurationRange, Quantity, parse_duration, parse_quantity
from factcheck.record import (
    Attribute,
    Entity,
    Event,
    Figure,
    GenericEvent,
    Provenance,
    Quotation,
    Rating,
    Record,
    RecordView,
    ReportedCount,
    Tenure,
)
from factcheck.report import Evidence, Report, UnverifiableReason, Verdict, VerdictKind
from factcheck.timespan import AnchoredTime, FuzzyTime, parse_date, parse_time

__all__ = [
    "AnchoredTime",
    "Attribute",
    "AttributeClaim",
    "ChangeClaim",
    "Checker",
    "Claim",
    "Document",
    "DurationClaim",
    "DurationRange",
    "Entity",
    "Event",
    "EventClaim",
    "Evidence",
    "ExtractionError",
    "FactcheckError",
    "Figure",
    "FigureClaim",
    "FuzzyTime",
    "GenericEvent",
    "HolderCountClaim",
    "HolderOrdinalClaim",
    "InputError",
    "InvalidQuantityError",
    "InvalidTimeError",
    "Provenance",
    "Quantity",
    "Quotation",
    "QuotationClaim",
    "Rating",
    "RatingClaim",
    "RatingCountClaim",
    "Record",
    "RecordError",
    "RecordVersionError",
    "RecordView",
    "Report",
    "ReportedCount",
    "Span",
    "SuccessionClaim",
    "Tenure",
    "TenureClaim",
    "UnknownEntityError",
    "UnverifiableReason",
    "Verdict",
    "VerdictKind",
    "locate",
    "parse_date",
    "parse_duration",
    "parse_quantity",
    "parse_time",
    "read_document",
]
