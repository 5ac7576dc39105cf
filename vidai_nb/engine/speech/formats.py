"""Subtitle files: SRT and WebVTT from any cues with start_ms / end_ms / text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class CueLike(Protocol):
    @property
    def start_ms(self) -> int: ...

    @property
    def end_ms(self) -> int: ...

    @property
    def text(self) -> str: ...


def _timestamp(ms: int, sep: str) -> str:
    ms = max(0, int(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{sep}{millis:03d}"


def _lines(text: str) -> str:
    # A blank line ends a cue in both formats, so empty lines inside a cue's text are dropped.
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def to_srt(cues: Sequence[CueLike]) -> str:
    """SubRip: numbered blocks, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, a blank line between cues."""
    blocks = [
        f"{i}\n{_timestamp(c.start_ms, ',')} --> {_timestamp(c.end_ms, ',')}\n{_lines(c.text)}"
        for i, c in enumerate(cues, start=1)
    ]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _vtt_escape(text: str) -> str:
    # WebVTT cue text is markup: &, < and > must be escaped (this also keeps "-->" out of the text).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(cues: Sequence[CueLike]) -> str:
    """WebVTT: the `WEBVTT` header, then `HH:MM:SS.mmm --> HH:MM:SS.mmm` blocks."""
    blocks = [
        f"{_timestamp(c.start_ms, '.')} --> {_timestamp(c.end_ms, '.')}\n{_vtt_escape(_lines(c.text))}"
        for c in cues
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + ("\n" if blocks else "")
