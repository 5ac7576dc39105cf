"""What a turn produces: the plan, the turn's context and the events streamed to the server."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vidai_nb.engine.ops import MediaRef, OpBase


@dataclass
class Plan:
    """The planner's answer: operations in order, or one question, or a plain refusal, or an answer
    (a question or advice from the user: answered, the draft untouched)."""

    ops: list[OpBase] = field(default_factory=list)
    question: str | None = None
    refusal: str | None = None
    answer: str | None = None
    # with an answer: "transcript" = the runner transcribes and shows the text; "versions" = it lists the
    # saved versions
    show: str | None = None
    # a length asked for ("trim it to 12 s", read as keep_range 0..target): the runner moves it to where the
    # speech starts when the clip has speech
    target_ms: int | None = None
    export: dict[str, Any] | None = None  # e.g. {"format": "mp4"}: the client exports after the turn
    notes: list[str] = field(default_factory=list)


@dataclass
class TurnContext:
    text: str
    language: str
    draft: dict[str, Any]
    media: Mapping[str, MediaRef]
    media_paths: Mapping[str, Path]
    version: int = 1
    version_count: int = 1
    get_version: Callable[[int], dict[str, Any]] | None = None
    # Undo / redo follow the store's parent links (after undo + a new edit, undo goes to the branch point);
    # without them, versions are taken as a straight line.
    undo_target: Callable[[int, int], int | None] | None = None
    redo_target: Callable[[int, int], int | None] | None = None


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolCall:
    id: str
    name: str
    args: dict[str, Any]


@dataclass(frozen=True)
class ToolResult:
    id: str
    name: str
    response: dict[str, Any]


@dataclass(frozen=True)
class Heartbeat:
    label: str | None = None
    progress: float | None = None


@dataclass(frozen=True)
class DraftChanged:
    draft: dict[str, Any]
    label: str


@dataclass(frozen=True)
class VersionJump:
    version: int


TurnEvent = TextDelta | ToolCall | ToolResult | Heartbeat | DraftChanged | VersionJump
