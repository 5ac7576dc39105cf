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
from vidai_nb.timeline.model import Draft, Effects, Meta, Segment, Track


def check_readable(draft: Draft) -> None:
    """A RenderError naming the first segment or setting whose value cannot be read (e.g. a `start` that
    is not a number): the model keeps such values untouched, but a render cannot guess them."""
    def where(track: Track, seg: Segment | None = None) -> str:
        name = track.id or f"track {track.index + 1}"
        return f"{name} segment {seg.id or seg.index + 1}" if seg is not None else name

    nodes: list[tuple[str, Any]] = [("the canvas (m)", draft.meta), ("the effects (m.fx)", draft.meta.fx)]
    for track in draft.tracks:
        nodes.append((where(track), track))
        nodes += [(where(track, seg), seg) for seg in track.segments]
    for label, node in nodes:
        if node is not None and node.unreadable:
            key = node.unreadable[0]
            raise RenderError(f"{label}: `{key}` cannot be read ({node.extra[key]!r})")


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
    draft: Draft
    media: Mapping[str, Path]
    canvas: Canvas
    workdir: Path
    want_audio: bool
    burn_subtitles: list[Track]
    g: Graph = field(default_factory=Graph)
    total: int = 0  # programme length, ms

    @property
    def meta(self) -> Meta:
        return self.draft.meta

    @property
    def fx(self) -> Effects:
        return self.draft.meta.effects

    def frame(self, at_ms: float) -> int:
        """The output frame at which a timeline time falls. Every piece of the main track is cut on
        these frame boundaries, so lengths never drift from the draft's clock (a 700 ms clip at 25 fps
        is 17 or 18 frames, alternating so the sum stays true)."""
        return round(at_ms * self.canvas.fps / 1000)

    def frames_s(self, frames: int) -> float:
        return frames / self.canvas.fps
