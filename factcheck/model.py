"""What reading a text needs of a language model, as a small protocol.

Extraction depends only on :class:`StructuredModel`: send a prompt and a pydantic model, get the
reply parsed into it and checked, with the calls counted. :class:`factcheck.llm.StructuredLLM`
implements it over any OpenAI-compatible endpoint; :class:`factcheck.testing.ScriptedModel`
answers from a script, for tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from pydantic import BaseModel

from factcheck.report import Usage

T = TypeVar("T", bound=BaseModel)
R = TypeVar("R")


class StructuredModel(Protocol):
    """A model that answers a prompt with a reply parsed into a pydantic model."""

    @property
    def name(self) -> str:
        """Which model answers: part of every cached reply's key."""

    @property
    def concurrency(self) -> int:
        """How many requests may run at once."""

    @property
    def usage(self) -> Usage:
        """Calls and tokens spent so far."""

    def parse(
        self,
        *,
        system: str,
        user: str,
        response_model: type[T],
        cache_key: str,
        validate: Callable[[T], R],
    ) -> R:
        """The reply to ``system`` + ``user``, parsed into ``response_model`` and passed through
        ``validate`` (whose ValueError means the reply is unusable as given)."""
