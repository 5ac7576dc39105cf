"""What every part of the graph builder shares: draft readers, the graph under construction, and
the builder's inputs (the draft, the media, the canvas)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.sources import Inputs
from vidai_nb.engine.render.spec import Canvas

TT_VIDEO, TT_AUDIO, TT_TEXT = 0, 1, 7


def ms(seg: Mapping[str, Any], key: str, default: int = 0) -> int:
    """An integer millisecond field of a segment (the draft's time unit)."""
    try:
        return round(float(seg.get(key, default) or 0))
    except (TypeError, ValueError) as exc:
        raise RenderError(f"segment {seg.get('id', '?')}: `{key}` is not a number") from exc


def num(value: Any, default: float) -> float:
    """A number from the draft; missing or null means the default (0 stays 0)."""
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise RenderError(f"'{value}' is not a number") from exc


def tracks_of(draft: Mapping[str, Any], tt: int) -> list[Mapping[str, Any]]:
    return [t for t in draft.get("t") or [] if isinstance(t, Mapping) and t.get("tt") == tt]


def main_and_overlays(draft: Mapping[str, Any]) -> tuple[Mapping[str, Any] | None, list[Mapping[str, Any]]]:
    """The main video track (role 'main', else the first video track) and the overlay tracks."""
    videos = tracks_of(draft, TT_VIDEO)
    main = next((t for t in videos if t.get("role") == "main"), videos[0] if videos else None)
    return main, [t for t in videos if t is not main]


def programme_ms(draft: Mapping[str, Any]) -> int:
    """Length of the output: the end of the last picture (video, overlay or text) — music does not
    lengthen a video — or, for a sound-only draft, the end of the last sound."""
    def end(tracks: list[Mapping[str, Any]]) -> int:
        return max((ms(s, "start") + ms(s, "d") for t in tracks for s in t.get("sg") or []), default=0)

    visual = end(tracks_of(draft, TT_VIDEO) + tracks_of(draft, TT_TEXT))
    return visual or end(tracks_of(draft, TT_AUDIO))


def fps_text(fps: float) -> str:
    """29.97 → '30000/1001': ffmpeg wants exact rates."""
    return str(Fraction(fps).limit_denominator(1001))


def secs(value: float) -> str:
    """Seconds for a filter option; microsecond precision keeps frame-exact lengths exact."""
    return f"{value:.6f}".rstrip("0").rstrip(".") or "0"


@dataclass
class Graph:
    """The filtergraph under construction: inputs, chains, and the final labels."""

    inputs: Inputs = field(default_factory=Inputs)
    chains: list[str] = field(default_factory=list)
    video: str | None = None
    audio: str | None = None
    n: int = 0

    def label(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}{self.n}"

    def text(self) -> str:
        return ";\n".join(self.chains)


@dataclass
class Piece:
    """One stretch of the main track (a clip or a black filler), `frames` long on the output including
    any tail the next piece cross-fades over; its first `fade_in` frames overlap the piece before."""

    video: str
    audio: str  # "" when the output has no sound
    frames: int
    fade_in: int = 0
    kind: str = "fade"


@dataclass
class BuilderBase:
    draft: Mapping[str, Any]
    media: Mapping[str, Path]
    canvas: Canvas
    workdir: Path
    want_audio: bool
    burn_subtitles: list[Mapping[str, Any]]
    g: Graph = field(default_factory=Graph)
    total: int = 0  # programme length, ms

    @property
    def meta(self) -> Mapping[str, Any]:
        m = self.draft.get("m")
        return m if isinstance(m, Mapping) else {}

    @property
    def fx(self) -> Mapping[str, Any]:
        fx = self.meta.get("fx")
        return fx if isinstance(fx, Mapping) else {}

    def frame(self, at_ms: float) -> int:
        """The output frame at which a timeline time falls. Every piece of the main track is cut on
        these frame boundaries, so lengths never drift from the draft's clock (a 700 ms clip at 25 fps
        is 17 or 18 frames, alternating so the sum stays true)."""
        return round(at_ms * self.canvas.fps / 1000)

    def frames_s(self, frames: int) -> float:
        return frames / self.canvas.fps
