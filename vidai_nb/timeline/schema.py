"""The draft's keys (see docs/draft.md): constants shared by the engine and the client."""

from __future__ import annotations

from typing import Any

TT_VIDEO = 0
TT_AUDIO = 1
TT_TEXT = 7

TRACK_KINDS: dict[int, str] = {TT_VIDEO: "video", TT_AUDIO: "audio", TT_TEXT: "text"}

DRAFT_VERSION = 1


def track_kind(tt: Any) -> str:
    """'video' / 'audio' / 'text', or 'unknown(N)' for a track type nobody documented."""
    if isinstance(tt, int) and not isinstance(tt, bool) and tt in TRACK_KINDS:
        return TRACK_KINDS[tt]
    return f"unknown({tt})"


def empty_draft(title: str = "project", width: int = 1920, height: int = 1080, fps: int = 30) -> dict[str, Any]:
    """A draft with no tracks on a 16:9 1080p canvas."""
    return {
        "v": DRAFT_VERSION,
        "d": 0,
        "m": {"title": title, "width": width, "height": height, "fps": fps, "fit": "blur", "bg": "#000000"},
        "t": [],
    }
