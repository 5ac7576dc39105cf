"""Draft → one ffmpeg filtergraph. Order is chosen for speed: every input is cut by `-ss/-t` at
demux time, set to the canvas frame rate, then scaled to the canvas (or smaller) before anything
else touches it; overlays, text and effects then work on canvas-size frames only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from vidai_nb.engine.render import audio as A
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.escape import expr, path_value
from vidai_nb.engine.render.fit import even, fit_chain
from vidai_nb.engine.render.sources import Inputs, resolve
from vidai_nb.engine.render.spec import Canvas
from vidai_nb.engine.render.subtitles import ass_document, fonts_dir
from vidai_nb.engine.render.text import color_value, drawtext_filter

TT_VIDEO, TT_AUDIO, TT_TEXT = 0, 1, 7

XFADE_TYPES = {
    "fade": "fade", "crossfade": "fade", "dissolve": "dissolve", "wipe": "wipeleft", "wipeleft": "wipeleft",
    "wiperight": "wiperight", "slide": "slideleft", "slideleft": "slideleft", "slideright": "slideright",
    "zoom": "zoomin", "zoomin": "zoomin", "circle": "circleopen", "circleopen": "circleopen",
    "fadeblack": "fadeblack", "fadewhite": "fadewhite", "pixelize": "pixelize", "radial": "radial",
}


def ms(seg: Mapping[str, Any], key: str, default: int = 0) -> int:
    try:
        return round(float(seg.get(key, default) or 0))
    except (TypeError, ValueError) as exc:
        raise RenderError(f"segment {seg.get('id', '?')}: `{key}` is not a number") from exc


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


def num(value: Any, default: float) -> float:
    """A number from the draft; missing or null means the default (0 stays 0)."""
    if value is None or value == "":
        return default
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise RenderError(f"'{value}' is not a number") from exc


@dataclass
class Piece:
    """One stretch of the main track: a clip or a black filler, `length` ms including any tail that
    the next piece cross-fades over; `fade_in` ms of it overlap the piece before."""

    video: str
    audio: str  # "" when the output has no sound
    length: int
    fade_in: int = 0
    kind: str = "fade"


def fps_text(fps: float) -> str:
    return str(Fraction(fps).limit_denominator(1001))


@dataclass
class Graph:
    """The pieces build_render assembles into argv."""

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
class Builder:
    draft: Mapping[str, Any]
    media: Mapping[str, Path]
    canvas: Canvas
    workdir: Path
    want_audio: bool
    burn_subtitles: list[Mapping[str, Any]]
    g: Graph = field(default_factory=Graph)

    @property
    def meta(self) -> Mapping[str, Any]:
        m = self.draft.get("m")
        return m if isinstance(m, Mapping) else {}

    @property
    def fx(self) -> Mapping[str, Any]:
        fx = self.meta.get("fx")
        return fx if isinstance(fx, Mapping) else {}

    def build(self) -> Graph:
        total = programme_ms(self.draft)
        if total <= 0:
            raise RenderError("the draft is empty: add a clip, an image or a title before exporting")
        self.total = total
        v, a = self.main_track(total)
        v = self.colour(v)
        v = self.overlays(v)
        v = self.subtitles(v)
        v = self.titles(v)
        v = self.video_fades(v)
        self.g.video = v
        if self.want_audio:
            self.g.audio = self.mix(a)
        return self.g

    # ---- main track -------------------------------------------------------------------------------
    def main_track(self, total: int) -> tuple[str, str]:
        main, _ = main_and_overlays(self.draft)
        segs = [s for s in (main or {}).get("sg") or [] if ms(s, "d") > 0]
        segs.sort(key=lambda s: ms(s, "start"))
        track_gain = 0.0 if (main or {}).get("muted") else num((main or {}).get("volume"), 1.0)
        pieces: list[Piece] = []
        cursor = 0
        prev_tail = 0
        for i, seg in enumerate(segs):
            start, d = max(ms(seg, "start"), cursor), ms(seg, "d")
            if start > cursor:  # a hole in the main track: black and silence
                pieces.append(Piece(*self.filler(start - cursor), start - cursor))
                prev_tail = 0
            # A transition into the next clip overlaps this one: read `tail` ms more of this clip, so
            # the cross-fade keeps every clip's start time (and the programme's length) as drafted.
            nxt = segs[i + 1] if i + 1 < len(segs) else None
            touching = nxt is not None and ms(nxt, "start") <= start + d
            tail = self.transition_ms(nxt, d) if touching else 0
            v, a = self.segment(seg, d + tail, track_gain, f"main segment {i + 1}")
            pieces.append(Piece(v, a, d + tail, prev_tail, self.xfade_type(seg) if prev_tail else "fade"))
            prev_tail = tail
            cursor = start + d
        if not pieces:
            pieces.append(Piece(*self.filler(total), total))
            cursor = total
        v, a = self.join(pieces)
        if cursor < total:  # titles or overlays outlast the main video: hold black under them
            pad = (total - cursor) / 1000
            v2, a2 = self.g.label("v"), self.g.label("a")
            self.g.chains.append(f"[{v}]tpad=stop_mode=add:stop_duration={pad:.3f}:color=black[{v2}]")
            if a:
                self.g.chains.append(f"[{a}]apad=whole_dur={total / 1000:.3f}[{a2}]")
            v, a = v2, (a2 if a else "")
        return v, a

    @staticmethod
    def xfade_type(seg: Mapping[str, Any]) -> str:
        tr = seg.get("transition")
        name = str(tr.get("type", "fade")).lower() if isinstance(tr, Mapping) else "fade"
        return XFADE_TYPES.get(name, "fade")

    def transition_ms(self, seg: Mapping[str, Any] | None, d: int) -> int:
        tr = (seg or {}).get("transition")
        if not isinstance(tr, Mapping) or not tr.get("type") or str(tr.get("type")).lower() == "none":
            return 0
        return max(0, min(ms(tr, "d", 500), d // 2, ms(seg or {}, "d") // 2))

    def filler(self, length_ms: int) -> tuple[str, str]:
        c = self.canvas
        v, a = self.g.label("fill"), self.g.label("fila")
        self.g.chains.append(
            f"color=c=black:s={c.width}x{c.height}:r={fps_text(c.fps)}:d={length_ms / 1000:.3f},"
            f"format=yuv420p,setsar=1[{v}]"
        )
        if not self.want_audio:
            return v, ""
        self.g.chains.append(A.silence(a, length_ms / 1000))
        return v, a

    def segment(self, seg: Mapping[str, Any], length: int, gain: float, where: str) -> tuple[str, str]:
        """One main-track clip, `length` ms long on the output, at the canvas size and fps."""
        path, info = resolve(self.media, seg, where)
        kind = str(seg.get("kind") or info.kind)
        if info.kind == "audio":
            label = seg.get("name") or path.name
            raise RenderError(f"{where}: '{label}' is audio and cannot be a video clip")
        speed = num(seg.get("speed"), 1.0) or 1.0
        if not 0.25 <= speed <= 4.0:
            raise RenderError(f"{where}: speed {speed} is outside 0.25-4")
        seconds = length / 1000
        freeze = bool(seg.get("freeze")) and kind != "image" and info.kind == "video"
        raw = self.g.label("src")
        fps = fps_text(self.canvas.fps)
        if kind == "image" or info.kind == "image":
            idx = self.g.inputs.still(path, length, self.canvas.fps)
            head = f"[{idx}:v]fps={fps},trim=duration={seconds:.3f},setpts=PTS-STARTPTS"
        elif freeze:
            idx = self.g.inputs.clip(path, ms(seg, "in"), 1000)
            head = (f"[{idx}:v]trim=end_frame=1,setpts=PTS-STARTPTS,fps={fps},"
                    f"tpad=stop_mode=clone:stop_duration={seconds:.3f},trim=duration={seconds:.3f}")
        else:
            in_ms = ms(seg, "in")
            if info.duration_ms and in_ms >= info.duration_ms:
                raise RenderError(f"{where}: in-point {in_ms} ms is past the end of {path.name} "
                                  f"({info.duration_ms} ms)")
            idx = self.g.inputs.clip(path, in_ms, length * speed)
            pts = "PTS-STARTPTS" if speed == 1.0 else f"(PTS-STARTPTS)/{speed:.6g}"
            # tpad+trim: a source that ends early still yields exactly `length` (holding its last
            # frame), so video and sound stay in step in the concat; tpad costs nothing otherwise.
            head = (f"[{idx}:v]setpts={pts},fps={fps},tpad=stop_mode=clone:stop_duration={seconds:.3f},"
                    f"trim=duration={seconds:.3f},setpts=PTS-STARTPTS")
        sw, sh = info.width, info.height
        turn = self.rotation()
        if turn:
            head += "," + ",".join(turn[0])
            if turn[1]:
                sw, sh = sh, sw
        self.g.chains.append(f"{head}[{raw}]")
        v = self.g.label("v")
        fit = str(self.meta.get("fit") or "blur").lower()
        bg = color_value(self.meta.get("bg"), "black")
        self.g.chains += fit_chain(raw, v, sw, sh, self.canvas, fit, bg, tag=f"f{self.g.n}",
                                   focus=self.focus(seg))
        if not self.want_audio:  # GIF / JPG: no sound at all in the graph
            return v, ""
        a = self.g.label("a")
        seg_gain = gain * num(seg.get("volume"), 1.0)
        if kind == "video" and info.has_audio and not freeze and seg_gain > 0:
            parts = ["asetpts=PTS-STARTPTS", *A.to_stereo(info.audio_channels), *A.atempo_chain(speed),
                     *A.volume(seg_gain), A.AUDIO_FORMAT,
                     f"apad=whole_dur={seconds:.3f}", f"atrim=duration={seconds:.3f}"]
            self.g.chains.append(f"[{idx}:a]{','.join(parts)}[{a}]")
        else:
            self.g.chains.append(A.silence(a, seconds))
        return v, a

    def focus(self, seg: Mapping[str, Any]) -> tuple[float, float]:
        """Where a crop centres: the segment's or the canvas's `focus` {"x", "y"} (fractions of the
        source). "center" and "face" centre the crop (no face detector is bundled yet)."""
        raw = seg.get("focus", self.meta.get("focus"))
        if isinstance(raw, Mapping):
            try:
                return (min(max(float(raw.get("x", 0.5)), 0.0), 1.0),
                        min(max(float(raw.get("y", 0.5)), 0.0), 1.0))
            except (TypeError, ValueError):
                pass
        return 0.5, 0.5

    def rotation(self) -> tuple[list[str], bool] | None:
        """fx.rotate / hflip / vflip applied to the sources (fixing sideways footage), and whether the
        picture's width and height swap."""
        fx = self.fx
        rot = int(fx.get("rotate") or 0) % 360
        ops: list[str] = {90: ["transpose=1"], 180: ["hflip", "vflip"], 270: ["transpose=2"]}.get(rot, [])
        if fx.get("hflip"):
            ops.append("hflip")
        if fx.get("vflip"):
            ops.append("vflip")
        return (ops, rot in (90, 270)) if ops else None

    def join(self, pieces: list[Piece]) -> tuple[str, str]:
        """Concatenate runs of pieces; cross-fade (xfade + acrossfade) where a piece fades in."""
        run: list[tuple[str, str]] = []
        run_len = 0
        for piece in pieces:
            if piece.fade_in and run:
                cv, ca = self.concat(run)
                t = piece.fade_in
                nv = self.g.label("xv")
                self.g.chains.append(
                    f"[{cv}]settb=AVTB[{cv}t];[{piece.video}]settb=AVTB[{piece.video}t];"
                    f"[{cv}t][{piece.video}t]xfade=transition={piece.kind}:duration={t / 1000:.3f}:"
                    f"offset={(run_len - t) / 1000:.3f}[{nv}]"
                )
                na = ""
                if piece.audio:
                    na = self.g.label("xa")
                    self.g.chains.append(
                        f"[{ca}][{piece.audio}]acrossfade=d={t / 1000:.3f}:c1=tri:c2=tri[{na}]"
                    )
                run, run_len = [(nv, na)], run_len - t + piece.length
            else:
                run.append((piece.video, piece.audio))
                run_len += piece.length
        return self.concat(run)

    def concat(self, run: list[tuple[str, str]]) -> tuple[str, str]:
        if len(run) == 1:
            return run[0]
        v = self.g.label("cv")
        if not run[0][1]:  # pictures only
            ins = "".join(f"[{x}]" for x, _ in run)
            self.g.chains.append(f"{ins}concat=n={len(run)}:v=1:a=0[{v}]")
            return v, ""
        a = self.g.label("ca")
        ins = "".join(f"[{x}][{y}]" for x, y in run)
        self.g.chains.append(f"{ins}concat=n={len(run)}:v=1:a=1[{v}][{a}]")
        return v, a

    # ---- picture effects, overlays, text ---------------------------------------------------------
    def colour(self, v: str) -> str:
        col = self.fx.get("color")
        if not isinstance(col, Mapping):
            return v
        parts: list[str] = []
        b = num(col.get("brightness"), 0.0)
        c = num(col.get("contrast"), 1.0)
        s = num(col.get("saturation"), 1.0)
        if (b, c, s) != (0.0, 1.0, 1.0):
            parts.append(f"eq=brightness={b:.3f}:contrast={c:.3f}:saturation={s:.3f}")
        if col.get("gray"):
            parts.append("hue=s=0")
        if col.get("auto"):
            parts.append("normalize=smoothing=24:independence=0.5")
        if not parts:
            return v
        out = self.g.label("col")
        self.g.chains.append(f"[{v}]{','.join(parts)}[{out}]")
        return out

    def overlays(self, v: str) -> str:
        _, tracks = main_and_overlays(self.draft)
        cw, ch = self.canvas.width, self.canvas.height
        margin = round(min(cw, ch) * 0.03)
        for ti, track in enumerate(tracks):
            for si, seg in enumerate(track.get("sg") or []):
                d, start = ms(seg, "d"), ms(seg, "start")
                if d <= 0 or start >= self.total:
                    continue
                path, info = resolve(self.media, seg, f"overlay track {ti + 1} segment {si + 1}")
                if info.kind == "audio":
                    continue
                kind = str(seg.get("kind") or info.kind)
                if kind == "image" or info.kind == "image":
                    idx = self.g.inputs.still(path, d, self.canvas.fps)
                else:
                    idx = self.g.inputs.clip(path, ms(seg, "in"), d * (num(seg.get("speed"), 1.0) or 1.0))
                scale = num(seg.get("scale"), 0.15 if kind == "image" else 0.3)
                ow = even(cw * min(max(scale, 0.01), 1.0))
                oh = even(ow * info.height / max(info.width, 1))
                opacity = num(seg.get("opacity"), 1.0)
                speed = num(seg.get("speed"), 1.0) or 1.0
                parts = [f"setpts=(PTS-STARTPTS)/{speed:.6g}+{start / 1000:.3f}/TB",
                         f"fps={fps_text(self.canvas.fps)}", f"scale={ow}:{oh}", "format=yuva420p"]
                if opacity < 1.0:
                    parts.append(f"colorchannelmixer=aa={max(opacity, 0.0):.3f}")
                ov = self.g.label("ov")
                self.g.chains.append(f"[{idx}:v]{','.join(parts)}[{ov}]")
                x, y = self.overlay_xy(seg.get("pos"), margin)
                out = self.g.label("vo")
                end = (start + d) / 1000
                self.g.chains.append(
                    f"[{v}][{ov}]overlay=x={expr(x)}:y={expr(y)}:eof_action=pass:format=auto:"
                    f"enable={expr(f'between(t,{start / 1000:.3f},{end:.3f})')}[{out}]"
                )
                v = out
        return v

    @staticmethod
    def overlay_xy(pos: Any, m: int) -> tuple[str, str]:
        if isinstance(pos, Mapping):
            fx = min(max(float(pos.get("x", 0.5)), 0.0), 1.0)
            fy = min(max(float(pos.get("y", 0.5)), 0.0), 1.0)
            return f"W*{fx:.4f}-w/2", f"H*{fy:.4f}-h/2"
        table = {
            "center": ("(W-w)/2", "(H-h)/2"), "top": ("(W-w)/2", f"{m}"), "bottom": ("(W-w)/2", f"H-h-{m}"),
            "left": (f"{m}", "(H-h)/2"), "right": (f"W-w-{m}", "(H-h)/2"), "top-left": (f"{m}", f"{m}"),
            "top-right": (f"W-w-{m}", f"{m}"), "bottom-left": (f"{m}", f"H-h-{m}"),
            "bottom-right": (f"W-w-{m}", f"H-h-{m}"),
        }
        return table.get(str(pos or "top-right").lower().replace("_", "-"), table["top-right"])

    def design_height(self) -> int:
        return int(self.meta.get("height") or self.canvas.height)

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
        for track in tracks_of(self.draft, TT_TEXT):
            if track.get("role") == "subtitle" or track in self.burn_subtitles:
                continue
            for seg in track.get("sg") or []:
                f = drawtext_filter(seg, len(filters), self.workdir, self.canvas, self.design_height())
                if f:
                    filters.append(f)
        if not filters:
            return v
        out = self.g.label("txt")
        self.g.chains.append(f"[{v}]{','.join(filters)}[{out}]")
        return out

    def video_fades(self, v: str) -> str:
        fi, fo = ms(self.fx, "fade_in") / 1000, ms(self.fx, "fade_out") / 1000
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

    # ---- sound -----------------------------------------------------------------------------------
    def mix(self, main_a: str) -> str:
        total = self.total / 1000
        fx = self.fx
        if fx.get("denoise"):
            den = self.g.label("den")
            self.g.chains.append(f"[{main_a}]afftdn=nf=-25[{den}]")
            main_a = den
        music: list[tuple[str, bool]] = []
        for ti, track in enumerate(tracks_of(self.draft, TT_AUDIO)):
            if track.get("muted"):
                continue
            tgain = num(track.get("volume"), 1.0)
            for si, seg in enumerate(track.get("sg") or []):
                lab = self.music_segment(seg, tgain, f"audio track {ti + 1} segment {si + 1}")
                if lab:
                    music.append((lab, bool(seg.get("duck") or track.get("duck"))))
        for ti, track in enumerate(main_and_overlays(self.draft)[1]):  # PiP sound only when asked
            for si, seg in enumerate(track.get("sg") or []):
                if seg.get("volume") and not track.get("muted"):
                    lab = self.music_segment(seg, 1.0, f"overlay track {ti + 1} segment {si + 1}", video=True)
                    if lab:
                        music.append((lab, False))
        ducked = [lab for lab, duck in music if duck]
        plain = [lab for lab, duck in music if not duck]
        if ducked:
            key, keep = self.g.label("key"), self.g.label("keep")
            self.g.chains.append(f"[{main_a}]asplit=2[{keep}][{key}]")
            main_a = keep
            bed = self.amix(ducked, "bed")
            out = self.g.label("duck")
            # The programme's own sound (speech) pushes the music down while it is present.
            self.g.chains.append(
                f"[{bed}][{key}]sidechaincompress=threshold=0.03:ratio=8:attack=20:release=400[{out}]"
            )
            plain.append(out)
        a = self.amix([main_a, *plain], "mix") if plain else main_a
        tail = []
        if fx.get("loudnorm") not in (None, False):
            raw: Any = fx.get("loudnorm")
            target = -14.0 if raw is True else float(raw)
            tail += [f"loudnorm=I={target:.1f}:TP=-1.5:LRA=11", "aresample=48000"]
        tail += A.fades(ms(fx, "fade_in") / 1000, ms(fx, "fade_out") / 1000, total)
        tail += [f"apad=whole_dur={total:.3f}", f"atrim=duration={total:.3f}", A.AUDIO_FORMAT]
        out = self.g.label("aout")
        self.g.chains.append(f"[{a}]{','.join(tail)}[{out}]")
        return out

    def amix(self, labels: list[str], prefix: str) -> str:
        if len(labels) == 1:
            return labels[0]
        out = self.g.label(prefix)
        ins = "".join(f"[{x}]" for x in labels)
        # normalize=0: a track at 35 % stays at 35 % (amix would otherwise divide by the input count)
        self.g.chains.append(f"{ins}amix=inputs={len(labels)}:duration=first:normalize=0[{out}]")
        return out

    def music_segment(
        self, seg: Mapping[str, Any], gain: float, where: str, video: bool = False
    ) -> str | None:
        start, d = ms(seg, "start"), ms(seg, "d")
        if d <= 0 or start >= self.total:
            return None
        d = min(d, self.total - start)
        path, info = resolve(self.media, seg, where)
        if not info.has_audio:
            return None
        vol = gain * num(seg.get("volume"), 1.0)
        if vol <= 0:
            return None
        speed = (num(seg.get("speed"), 1.0) or 1.0) if video else 1.0
        idx = self.g.inputs.clip(path, ms(seg, "in"), d * speed, loop=bool(seg.get("loop")) and not video)
        parts = ["asetpts=PTS-STARTPTS", *A.to_stereo(info.audio_channels), *A.atempo_chain(speed),
                 A.AUDIO_FORMAT, *A.volume(vol),
                 f"atrim=duration={d / 1000:.3f}",
                 *A.fades(ms(seg, "fade_in") / 1000, ms(seg, "fade_out") / 1000, d / 1000)]
        if start > 0:
            parts.append(f"adelay=delays={start}:all=1")
        out = self.g.label("mus")
        self.g.chains.append(f"[{idx}:a]{','.join(parts)}[{out}]")
        return out
