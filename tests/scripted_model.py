"""A stand-in for the model layer in tests: replies chosen by the test, no HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from factcheck.llm import LLMSettings

Reply = Callable[[str], BaseModel | Exception]


class ScriptedModel:
    """Stands in for StructuredLLM: each chunk is answered with ``reply(chunk_text)``, which
    goes through JSON and the reply model, as a reply from an endpoint would; an exception is
    raised as the model layer would raise it."""

    def __init__(self, reply: Reply) -> None:
        self.settings = LLMSettings(model="scripted", base_url="http://127.0.0.1:9/v1")
        self.reply = reply

    def parse(
        self,
        *,
        user: str,
        response_model: type[BaseModel],
        validate: Callable[[Any], Any],
        **_: Any,
    ) -> Any:
        answer = self.reply(user)
        if isinstance(answer, Exception):
            raise answer
        return validate(response_model.model_validate_json(answer.model_dump_json()))
