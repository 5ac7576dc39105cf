"""Google ADK event JSON (PROTOCOL.md §3, form 2) and the form-1 heartbeat."""

from __future__ import annotations

import time
import uuid
from typing import Any

from vidai_nb import protocol

AUTHOR = protocol.APP_NAME


def _event(invocation_id: str, parts: list[dict[str, Any]], partial: bool, **extra: Any) -> dict[str, Any]:
    return {
        "content": {"role": "model", "parts": parts},
        "partial": partial,
        "author": AUTHOR,
        "invocationId": invocation_id,
        "id": uuid.uuid4().hex,
        "timestamp": time.time(),
        **extra,
    }


def text_event(invocation_id: str, text: str, partial: bool = True, **extra: Any) -> dict[str, Any]:
    return _event(invocation_id, [{protocol.PART_TEXT: text}], partial, **extra)


def call_event(invocation_id: str, call_id: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
    return _event(
        invocation_id, [{protocol.PART_FUNCTION_CALL: {"id": call_id, "name": name, "args": args}}], False
    )


def response_event(invocation_id: str, call_id: str, name: str, response: dict[str, Any]) -> dict[str, Any]:
    return _event(
        invocation_id,
        [{protocol.PART_FUNCTION_RESPONSE: {"id": call_id, "name": name, "response": response}}],
        False,
    )


def heartbeat(label: str | None, progress: float | None) -> dict[str, Any]:
    return {"type": protocol.EVENT_HEARTBEAT, "label": label, "progress": progress}
