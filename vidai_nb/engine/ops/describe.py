"""`describe(op, language)`: what an operation did, in a short past-tense phrase for the turn's reply;
`intent(name, language)`: what was asked, for "couldn't …". The words are registered with each operation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from .registry import REGISTRY
from .schemas import OpBase, parse_operation
from .words import clock

__all__ = ["clock", "describe", "intent"]


def _lang(language: str) -> str:
    return "zh" if language.lower().startswith("zh") else "en"


def intent(name: str, language: str = "en") -> str:
    """"even out the loudness", "统一响度" — what an operation is for, in plain words."""
    spec = REGISTRY.get(name)
    if spec is None:
        return name.replace("_", " ")
    return spec.ask_zh if _lang(language) == "zh" else spec.ask


def describe(op: OpBase | Mapping[str, Any], language: str = "en",
             media_names: Mapping[str, str] | None = None) -> str:
    """"kept 0:02–0:10", "made it black and white", "added the title “Hi”" — or in Chinese."""
    if isinstance(op, OpBase):
        operation = op
    else:
        try:
            operation = parse_operation(dict(op))
        except ValidationError:  # not a whole operation: say what it was for
            return intent(str(op.get("op", "")), language)
    return REGISTRY[str(getattr(operation, "op", ""))].words(operation, _lang(language), media_names or {})
