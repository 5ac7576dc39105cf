"""Optional LLM planner (OpenAI-compatible chat endpoint with tool calling)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vidai_nb.engine.ops import MediaRef

from .events import Plan


class LLMError(Exception):
    """The endpoint failed or answered with nothing usable."""


def llm_plan(text: str, language: str, media: Sequence[MediaRef], draft: dict[str, Any]) -> Plan:
    raise LLMError("not implemented yet")
