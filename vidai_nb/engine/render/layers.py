"""Everything drawn over the main track: colour correction, overlays (logo, picture-in-picture),
burned subtitles (libass), titles (drawtext) and the programme's fades."""

from __future__ import annotations

from vidai_nb.engine.render.common import BuilderBase, fps_text
from vidai_nb.engine.render.escape import expr, path_value
from vidai_nb.engine.render.fit import even
from vidai_nb.engine.render.sources import resolve
from vidai_nb.engine.render.subtitles import ass_document, fonts_dir
from vidai_nb.engine.render.text import drawtext_filter
from vidai_nb.timeline.model import Place, Point
from vidai_nb.timeline.schema import TT_TEXT


class Layers(BuilderBase):
    def colour(self, v: str) -> str:
        col = self.fx.color
        if col is None:
            return v
        parts: list[str] = []
        b = 0.0 if col.brightness is None else col.brightness
        c = 1.0 if col.contrast is None else col.contrast
        s = 1.0 if col.saturation is None else col.saturation
        if (b, c, s) != (0.0, 1.0, 1.0):
            parts.append(f"eq=brightness={b:.3f}:contrast={c:.3f}:saturation={s:.3f}")
        if col.gray:
            parts.append("hue=s=0")
        if col.auto:
            parts.append("normalize=smoothing=24:independence=0.5")
        if not parts:
            return v
        out = self.g.label("col")
        self.g.chains.append(f"[{v}]{','.join(parts)}[{out}]")
        return out

    def overlays(self, v: str) -> str:
        tracks = self.draft.overlays
        cw, ch = self.canvas.width, self.canvas.height
        margin = round(min(cw, ch) * 0.03)
        for ti, track in enumerate(tracks):
            for si, seg in enumerate(track.segments):
                d, start = seg.duration_ms, seg.start_ms
                if d <= 0 or start >= self.total:
                    continue
                path, info = resolve(self.media, seg, f"overlay track {ti + 1} segment {si + 1}")
                if info.kind == "audio":
                    continue
                kind = seg.kind or info.kind
                if kind == "image" or info.kind == "image":
                    idx = self.g.inputs.still(path, d, self.canvas.fps)
                else:
                    idx = self.g.inputs.clip(path, seg.in_point, d * seg.rate)
                scale = seg.scale if seg.scale is not None else (0.15 if kind == "image" else 0.3)
                ow = even(cw * min(max(scale, 0.01), 1.0))
                oh = even(ow * info.height / max(info.width, 1))
                opacity = 1.0 if seg.opacity is None else seg.opacity
                speed = seg.rate
                # As on the main track: times stay as the seek left them (0 = the in-point), not
                # PTS-STARTPTS, so a variable-rate clip's first frame keeps its place after a gap and
                # the picture stays with its sound; fps from 0 holds that frame over the gap. Then
                # moved by whole ticks of fps's time base (1/fps: ticks are output frames) to its
                # first output frame: seconds/TB in doubles is truncated (8.2 s × 30 = 245.99…).
                first, last = self.frame(start), self.frame(start + d)
                parts = [f"setpts=PTS/{speed:.6g}", f"fps={fps_text(self.canvas.fps)}:start_time=0",
                         f"setpts=PTS+{first}", f"scale={ow}:{oh}", "format=yuva420p"]
                if opacity < 1.0:
                    parts.append(f"colorchannelmixer=aa={max(opacity, 0.0):.3f}")
                ov = self.g.label("ov")
                self.g.chains.append(f"[{idx}:v]{','.join(parts)}[{ov}]")
                x, y = self.overlay_xy(seg.pos, margin)
                out = self.g.label("vo")
                # shown on output frames [first, last): bounds half a frame off each frame's time, so
                # rounding of t (frame n at n/fps, a double) cannot move them
                fps = self.canvas.fps
                shown = f"between(t,{(first - 0.5) / fps:.6f},{(last - 0.5) / fps:.6f})"
                self.g.chains.append(
                    f"[{v}][{ov}]overlay=x={expr(x)}:y={expr(y)}:eof_action=pass:format=auto:"
                    f"enable={expr(shown)}[{out}]"
                )
                v = out
        return v

    @staticmethod
    def overlay_xy(pos: Place | None, m: int) -> tuple[str, str]:
        if isinstance(pos, Point):
            fx, fy = pos.clamped()
            return f"W*{fx:.4f}-w/2", f"H*{fy:.4f}-h/2"
        table = {
            "center": ("(W-w)/2", "(H-h)/2"), "top": ("(W-w)/2", f"{m}"), "bottom": ("(W-w)/2", f"H-h-{m}"),
            "left": (f"{m}", "(H-h)/2"), "right": (f"W-w-{m}", "(H-h)/2"), "top-left": (f"{m}", f"{m}"),
            "top-right": (f"W-w-{m}", f"{m}"), "bottom-left": (f"{m}", f"H-h-{m}"),
            "bottom-right": (f"W-w-{m}", f"H-h-{m}"),
        }
        return table.get(str(pos or "top-right").lower().replace("_", "-"), table["top-right"])

    def design_height(self) -> int:
        return self.meta.height or self.canvas.height

    def subtitles(self, v: str) -> str:
        if not self.burn_subtitles:
            return v
        doc = ass_document(self.burn_subtitles, self.canvas, self.design_height())
        if "Dialogue:" not in doc:
            return v
        ass_path = self.workdir / "subtitles.ass"
        ass_path.write_text(doc, encoding="utf-8")
        fonts = fonts_dir(self.workdir, self.burn_subtitles)
        out = self.g.label("sub")
        self.g.chains.append(f"[{v}]ass=filename={path_value(ass_path)}:fontsdir={path_value(fonts)}[{out}]")
        return out

    def titles(self, v: str) -> str:
        filters: list[str] = []
        for track in self.draft.of_type(TT_TEXT):
            if track.role == "subtitle" or track in self.burn_subtitles:
                continue
            for seg in track.segments:
                f = drawtext_filter(seg, len(filters), self.workdir, self.canvas, self.design_height())
                if f:
                    filters.append(f)
        if not filters:
            return v
        out = self.g.label("txt")
        self.g.chains.append(f"[{v}]{','.join(filters)}[{out}]")
        return out

    def video_fades(self, v: str) -> str:
        fi, fo = (self.fx.fade_in or 0) / 1000, (self.fx.fade_out or 0) / 1000
        total = self.total / 1000
        parts = []
        if fi > 0:
            parts.append(f"fade=t=in:st=0:d={min(fi, total):.3f}")
        if fo > 0:
            parts.append(f"fade=t=out:st={max(0.0, total - fo):.3f}:d={min(fo, total):.3f}")
        if not parts:
            return v
        out = self.g.label("fade")
        self.g.chains.append(f"[{v}]{','.join(parts)}[{out}]")
        return out

