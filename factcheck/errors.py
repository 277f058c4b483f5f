"""Exceptions raised by factcheck.

Every error derives from :class:`FactcheckError`, and every message says what to do next.
"""

from __future__ import annotations

from pydantic import ValidationError


class FactcheckError(Exception):
    """Base class of every error factcheck raises on purpose."""


class InvalidTimeError(FactcheckError, ValueError):
    """A time expression or date that cannot be understood or cannot exist."""


class InvalidQuantityError(FactcheckError, ValueError):
    """A figure, percentage or duration that cannot be read as a number with a unit."""


class InputError(FactcheckError):
    """A text handed to factcheck cannot be used (empty, binary, undated...)."""


class RecordError(FactcheckError):
    """The event record cannot be read, saved or used as asked."""


class RecordVersionError(RecordError):
    """The record file was written by a newer factcheck than this one."""


class UnknownEntityError(RecordError, KeyError):
    """An event or query names an entity the record does not hold."""

    def __str__(self) -> str:  # KeyError would otherwise quote the message
        return str(self.args[0]) if self.args else ""


class EntityTypeConflictError(FactcheckError, ValueError):
    """One entity id was given two different entity types."""


class ExtractionError(FactcheckError):
    """The language model could not produce usable claims or events."""


class MissingCredentialsError(ExtractionError):
    """A model call is needed but no API key or base URL is configured."""


class RefusalError(ExtractionError):
    """The model refused to answer."""


class TruncatedResponseError(ExtractionError):
    """The model's answer was cut off (finish reason "length")."""


class InvalidResponseError(ExtractionError):
    """The model kept answering with output that fails validation."""


class RetriesExhaustedError(ExtractionError):
    """Transient failures (rate limits, timeouts, 5xx) outlasted every retry."""


class NoRecordingError(ExtractionError):
    """A test replays cassettes and the request has no recorded response."""


class AuthenticationFailedError(ExtractionError):
    """The model endpoint rejected the API key (HTTP 401 or 403)."""


class RequestRejectedError(ExtractionError):
    """The model endpoint refused the request itself (unknown model, unsupported option...)."""


class CacheError(FactcheckError):
    """The response cache cannot be opened or written."""


def first_problem(error: ValidationError) -> str:
    """The first of a validation error's problems, where it is, and how many there are."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return f"{where}: {first['msg']} ({error.error_count()} problem(s))"
