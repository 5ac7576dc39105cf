"""The values speech hands to the rest of the engine: words, cues, and the one error it raises."""

from __future__ import annotations

from dataclasses import dataclass


class SpeechUnavailable(RuntimeError):
    """Transcription cannot run here (no model installed, a damaged model, no audio); says what to do."""


@dataclass(frozen=True)
class Word:
    """One recognised word; times are integer ms on the source's own clock."""

    text: str
    start_ms: int
    end_ms: int
    probability: float


@dataclass(frozen=True)
class Cue:
    """One subtitle cue; `text` holds at most two lines joined with "\\n"."""

    start_ms: int
    end_ms: int
    text: str
