"""engine/agent: request text -> edit operations (deterministic parser; optional LLM) -> turn events."""

from .events import (
    DraftChanged,
    Heartbeat,
    Plan,
    TextDelta,
    ToolCall,
    ToolResult,
    TurnContext,
    TurnEvent,
    VersionJump,
)
from .parser import parse
from .runner import run_turn

__all__ = [
    "DraftChanged",
    "Heartbeat",
    "Plan",
    "TextDelta",
    "ToolCall",
    "ToolResult",
    "TurnContext",
    "TurnEvent",
    "VersionJump",
    "parse",
    "run_turn",
]
