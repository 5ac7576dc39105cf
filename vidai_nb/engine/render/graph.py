"""Draft → one ffmpeg filtergraph. Order is chosen for speed: every input is cut by `-ss/-t` at
demux time, set to the canvas frame rate, then scaled to the canvas (or smaller) before anything
else touches it; overlays, text and effects then work on canvas-size frames only."""

from __future__ import annotations

from fractions import Fraction

from vidai_nb.engine.render.common import Graph, fps_text
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.layers import Layers
from vidai_nb.engine.render.maintrack import MainTrack
from vidai_nb.engine.render.sound import Sound

__all__ = ["Builder"]


class Builder(MainTrack, Layers, Sound):
    """Builds the graph: main track → colour → overlays → subtitles → titles → fades; then sound."""

    def build(self) -> Graph:
        self.total = self.draft.programme_ms
        if self.total <= 0:
            raise RenderError("the draft is empty: add a clip, an image or a title before exporting")
        v, a = self.main_track()
        v = self.on_grid(v)
        v = self.colour(v)
        v = self.overlays(v)
        v = self.subtitles(v)
        v = self.titles(v)
        v = self.video_fades(v)
        self.g.video = v
        if self.want_audio:
            self.g.audio = self.mix(a)
        return self.g

    def on_grid(self, v: str, first: int = 0) -> str:
        """The main track's frames stamped exactly on the output frame grid (frame n at n/fps, in 1/fps
        ticks). concat stamps them in µs, estimating each piece's end from its frames' mean spacing
        and truncating, so a frame can come out 1 µs early; overlays (synced by timestamp) and
        `between(t, …)` then pick a frame either side at random. `first`: the number of the first
        frame (a chunked export's part starts later in the programme)."""
        rate = Fraction(fps_text(self.canvas.fps))
        out = self.g.label("grid")
        self.g.chains.append(f"[{v}]settb={rate.denominator}/{rate.numerator},setpts=N+{first}[{out}]")
        return out
