"""Typed events of an agent turn (what `stream_turn` yields)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vidai_nb.client.models import SessionState


@dataclass(frozen=True)
class TextDelta:
    """A piece of the agent's reply text (GUI phrases already translated)."""

    text: str


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ToolResult:
    id: str
    name: str
    result: Any = None


@dataclass(frozen=True)
class Heartbeat:
    """The agent is alive; `label`/`progress` (0–100) when the server says what it is doing."""

    label: str | None = None
    progress: float | None = None


@dataclass(frozen=True)
class StillWorking:
    """Shown as "⏳ Still working..." after every `still_working_s` of heartbeats only."""

    elapsed_s: float

    @property
    def text(self) -> str:
        return "⏳ Still working..."


@dataclass(frozen=True)
class SessionRenewed:
    """The session was gone (1002) and the caller allowed a new one.

    Later calls should use `new_session_id`."""

    old_session_id: str
    new_session_id: str


@dataclass(frozen=True)
class TurnEnd:
    """The last event of a turn: the full reply text, what changed in the draft, and the new state.

    `text` is the agent's text, or (when the agent said nothing) a sentence built from `changes`.
    `dropped` is True when the stream broke and the outcome was read from the state instead.
    """

    text: str
    changes: list[str]
    state: SessionState | None
    session_id: str
    dropped: bool = False
    tool_calls: int = 0


TurnEvent = TextDelta | ToolCall | ToolResult | Heartbeat | StillWorking | SessionRenewed | TurnEnd


@dataclass(frozen=True)
class TurnResult:
    """What `turn()` returns: the final `TurnEnd` facts plus every event seen on the way."""

    text: str
    changes: list[str]
    state: SessionState | None
    session_id: str
    dropped: bool
    events: list[TurnEvent]
