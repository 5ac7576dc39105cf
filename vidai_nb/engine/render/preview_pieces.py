"""The preview in pieces: the draft's output frames split into stretches that are COPIED from the
all-intra proxies (a plain stretch of one clip, nothing drawn over it, at the proxy's size and rate)
and stretches that are RENDERED (titles, overlays, fades, reframing, gaps …) by the normal renderer
on a window of the draft, with the proxy's exact x264 settings so every piece shares one set of
parameter sets. The sound is copied from the proxies as AAC packets when the draft does nothing to
it but cut; otherwise the whole programme's sound is mixed by the normal graph (music, levels,
ducking, loudness as the export mixes them) and kept lossless (FLAC in the MP4: encoding it costs
~1/10 of the fast AAC coder, and AAC encoding was ~75 % of a mix), cached by content like the
windows. preview_run.py joins the pieces.

A cut-only edit thus costs a packet copy, a title costs the title's seconds, and a rendered window
is cached by content (data dir / preview_cache), so the next turn only renders what changed.

Accuracy: every picture frame is exactly the frame the export shows (same frame arithmetic as the
normal path, BuilderBase.frame); copied sound is placed on AAC packet boundaries (1024 samples), so
it sits within half a packet (≤ 10.7 ms at 48 kHz, less than a frame) of the picture at each cut.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from vidai_nb.engine.render.common import check_readable
from vidai_nb.engine.render.graph import Builder
from vidai_nb.engine.render.sources import media_info
from vidai_nb.engine.render.spec import Canvas
from vidai_nb.engine.render.streamcopy import _fx_active
from vidai_nb.timeline.model import Draft, Segment, Track
from vidai_nb.timeline.schema import TT_AUDIO, TT_TEXT, TT_VIDEO

# x264 settings shared by proxies and rendered pieces: same settings, same size and rate → the same
# SPS/PPS, so the pieces join into one stream (checked when joining).
X264_ARGS = ["-c:v", "libx264", "-preset", "ultrafast", "-crf", "30", "-g", "1", "-pix_fmt", "yuv420p",
             "-color_primaries", "bt709", "-color_trc", "bt709", "-colorspace", "bt709", "-color_range", "tv"]
AAC_ARGS = ["-c:a", "aac", "-b:a", "96k", "-ar", "48000", "-ac", "2"]
GRID_S = 10  # rendered windows are split on a 10 s grid of the output: a small edit re-renders little
# The mixed sound: FLAC (measured on a 95 s mix: 0.12 s of CPU against 1.0 s for the fast AAC coder and
# 0.5 s for LAME; browsers play FLAC in MP4: Chrome 62+, Firefox 51+, Safari 11+). Lossless, so the
# preview's levels are the mix's exactly; about 1 MB a minute more than AAC would be.
MIX_ARGS = ["-c:a", "flac", "-compression_level", "0", "-sample_fmt", "s16", "-ar", "48000", "-ac", "2"]


@dataclass
class VPiece:
    """Output frames [at, at + frames): `copy` from a proxy (source frames from `frame`) or `render`
    (the file `path`, made by `args` unless cached)."""

    kind: str  # copy | render
    at: int
    frames: int
    path: str
    frame: int = 0
    args: list[str] = field(default_factory=list)


@dataclass
class APiece:
    """Sound for output frames [at, at + frames), copied from `path` starting at source frame `frame`."""

    at: int
    frames: int
    path: str
    frame: int


@dataclass
class SPart:
    """Mixed sound made by `args` into `path` (unless cached); its AAC packets whose timestamps fall in
    programme samples [first, end) are kept (the encoder keeps the programme's timestamps)."""

    path: str
    args: list[str]
    first: int
    end: int | None  # None: to the end


@dataclass
class PreviewJob:
    fps: tuple[int, int]
    total_frames: int
    video: list[VPiece]
    audio_copy: list[APiece] | None  # None: the sound is mixed (`sound`)
    sound: list[SPart] = field(default_factory=list)
    silent: bool = False  # no sound at all
    whole_args: list[str] = field(default_factory=list)  # the one-run preview, if the pieces cannot join
    cache_dir: str = ""

    @property
    def copied_frames(self) -> int:
        return sum(p.frames for p in self.video if p.kind == "copy")

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> PreviewJob:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["video"] = [VPiece(**p) for p in raw["video"]]
        raw["sound"] = [SPart(**p) for p in raw.get("sound", [])]
        if raw["audio_copy"] is not None:
            raw["audio_copy"] = [APiece(**p) for p in raw["audio_copy"]]
        raw["fps"] = tuple(raw["fps"])
        return cls(**raw)

    def argv(self, job_path: Path, out: Path) -> list[str]:
        run = Path(__file__).with_name("preview_run.py")  # a script: it imports only PyAV (fast start)
        return [sys.executable, os.fspath(run), os.fspath(job_path), os.fspath(out)]


def _fraction(fps: float) -> Fraction:
    return Fraction(fps).limit_denominator(1001)


def _plain_clip(seg: Segment) -> bool:
    tr = seg.transition
    fades = tr is not None and bool(tr.type) and str(tr.type).lower() != "none" and tr.d != 0
    return (seg.rate == 1.0 and not seg.freeze and (seg.kind or "video") == "video" and not fades
            and not seg.fade_in and not seg.fade_out)


def _splittable(seg: Segment) -> bool:
    """Whether a window may start or end inside this segment (the renderer reads it the same way)."""
    tr = seg.transition
    fades = tr is not None and bool(tr.type) and str(tr.type).lower() != "none" and tr.d != 0
    return not seg.freeze and not fades and not seg.fade_in and not seg.fade_out and not seg.loop


def _ranges_sub(a: list[tuple[int, int]], cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in a:
        pieces = [(s, e)]
        for cs, ce in cut:
            nxt = []
            for ps, pe in pieces:
                if ce <= ps or cs >= pe:
                    nxt.append((ps, pe))
                    continue
                if ps < cs:
                    nxt.append((ps, cs))
                if ce < pe:
                    nxt.append((ce, pe))
            pieces = nxt
        out += pieces
    return out


def window(draft: Draft, t0: int, t1: int, total: int) -> dict[str, Any]:
    """The draft seen through [t0, t1) ms, moved to start at 0, picture only (no sound tracks)."""
    meta = draft.meta.to_json()
    fx = dict(meta.get("fx") or {})
    if t0 > 0:
        fx.pop("fade_in", None)
    if t1 < total:
        fx.pop("fade_out", None)
    if fx:
        meta["fx"] = fx
    else:
        meta.pop("fx", None)
    tracks: list[dict[str, Any]] = []
    for track in draft.tracks:
        if track.tt == TT_AUDIO:
            continue
        segs = []
        for s in track.timed():
            a, b = max(s.start_ms, t0), min(s.end_ms, t1)
            if b <= a:
                continue
            raw = s.to_json()
            raw["start"], raw["d"] = a - t0, b - a
            for k in ("end", "duration"):
                raw.pop(k, None)
            if a > s.start_ms and s.source:
                raw["in"] = s.in_point + round((a - s.start_ms) * s.rate)
            if track.tt == TT_VIDEO:
                raw["volume"] = 0  # picture only
            segs.append(raw)
        out = {k: v for k, v in track.to_json().items() if k != "sg"}
        out["sg"] = segs
        tracks.append(out)
    # an empty title over the whole window: it lasts the window even where it shows only a gap (black)
    tracks.append({"tt": TT_TEXT, "sg": [{"id": "window", "start": 0, "d": t1 - t0, "text": ""}]})
    return {"m": meta, "t": tracks}


def _covers(draft: Draft, main: Track | None, frame: Any) -> list[tuple[int, int]]:
    """Frames where something is drawn over the main track (or the whole main track is changed)."""
    out: list[tuple[int, int]] = []
    for t in draft.tracks:
        if t is main or t.tt not in (TT_VIDEO, TT_TEXT):
            continue
        if t.tt == TT_TEXT and t.role == "subtitle" and t.burn is False:
            continue
        out += [(frame(s.start_ms), frame(s.end_ms)) for s in t.timed()]
    fx = draft.meta.effects
    if fx.fade_in:
        out.append((0, frame(fx.fade_in)))
    if fx.fade_out:
        out.append((frame(draft.programme_ms - fx.fade_out), frame(draft.programme_ms)))
    return out


def _whole_picture_fx(draft: Draft) -> bool:
    fx = draft.meta.fx
    if fx is None:
        return False
    probe = fx.to_json()
    for k in ("fade_in", "fade_out", "loudnorm", "denoise"):
        probe.pop(k, None)
    return bool(probe) and _fx_active(type(fx).from_mapping(probe))


def _plain_sound(draft: Draft, main: Track) -> bool:
    """The sound is the main track's clips as they are: nothing mixed in, no level, fade or speed."""
    if any(t.segments for t in draft.of_type(TT_AUDIO)):
        return False
    if any(s.volume for t in draft.overlays for s in t.segments):
        return False
    if main.muted or main.gain != 1.0:
        return False
    fx = draft.meta.effects
    if fx.fade_in or fx.fade_out or fx.denoise or (fx.loudnorm is not None and fx.loudnorm is not False):
        return False
    return all(s.gain == 1.0 and _plain_clip(s) for s in main.timed())


def _same_frames(p: Path, canvas: Canvas) -> bool:
    """Whether the proxy's frames are the preview's as they are: its size and rate, square pixels."""
    info = media_info(p)
    if (info.width, info.height) != (canvas.width, canvas.height) or abs(info.fps - canvas.fps) > 0.01:
        return False
    return not info.rotation and abs(info.sample_aspect - 1.0) <= 0.001


def plan(draft: Draft, media: Mapping[str, Path], proxies: Mapping[str, Path], canvas: Canvas,
         workdir: Path, cache_dir: Path, sound: Mapping[str, Path] | None = None,
         tall: Callable[[Segment], Path | None] | None = None) -> PreviewJob | str:
    """The pieces of the preview, or why it is rendered in one run ("" when nothing can be copied).
    `media`: each id's proxy or original; `proxies`: the ready proxies; `sound`: what a mix of the
    sound reads (the sound proxies, whose picture is tiny); `tall`: a clip's ready tall proxy (its
    proxy on the 9:16 canvas as the draft fits that clip, preview._reframed), if any: copied then."""
    check_readable(draft)
    total = draft.programme_ms
    main = draft.main
    if total <= 0 or main is None:
        return "no main track"
    fps = _fraction(canvas.fps)

    def frame(ms: float) -> int:
        return round(ms * canvas.fps / 1000)  # BuilderBase.frame: the export's frame arithmetic

    n_total = frame(total)
    # copyable main segments: a plain clip whose proxy has the preview's size and rate
    copy_ranges: list[tuple[int, int, Segment, Path]] = []
    whole_fx = _whole_picture_fx(draft)
    for s in main.timed():
        p = proxies.get(s.source or "")
        if p is None or whole_fx or not _plain_clip(s):
            continue
        if not _same_frames(p, canvas):
            p = tall(s) if tall is not None else None
            if p is None or not _same_frames(p, canvas):
                continue
        info = media_info(p)
        a, b = frame(s.start_ms), frame(s.end_ms)
        src_frames = round(info.duration_ms * canvas.fps / 1000)
        first = round(s.in_point * canvas.fps / 1000)
        b = min(b, a + max(0, src_frames - first))
        if b > a:
            copy_ranges.append((a, b, s, p))
    covers = _covers(draft, main, frame)
    pieces: list[VPiece] = []
    for a, b, s, p in copy_ranges:
        first = round(s.in_point * canvas.fps / 1000)
        for ca, cb in _ranges_sub([(a, b)], covers):
            pieces.append(VPiece("copy", ca, cb - ca, os.fspath(p), frame=first + ca - a))
    if not proxies:
        return "no proxy is ready"
    # everything else is rendered: windows snapped out to frames that fall on whole milliseconds
    # (the draft's clock), split on the grid unless a segment there cannot be split
    step = (Fraction(1000) / fps).denominator  # frames per whole-ms step (30 fps: 3; 29.97: 30)
    copied = sorted((p.at, p.at + p.frames) for p in pieces)
    holes = _ranges_sub([(0, n_total)], copied)
    unsplittable = [(frame(s.start_ms), frame(s.end_ms)) for t in draft.tracks for s in t.timed()
                    if not _splittable(s)]
    grid = max(step, (GRID_S * fps.numerator // fps.denominator) // step * step)
    windows: list[tuple[int, int]] = []
    for ha, hb in holes:
        ha, hb = ha // step * step, min(n_total, -(-hb // step) * step)
        cuts = [g for g in range(ha - ha % grid + grid, hb, grid)
                if not any(ua < g < ub for ua, ub in unsplittable)]
        for wa, wb in zip([ha, *cuts], [*cuts, hb], strict=True):
            if windows and windows[-1][1] > wa:  # snapping made it touch the one before
                wa = windows[-1][0]
                windows.pop()
            windows.append((wa, wb))
    pieces = [VPiece(p.kind, p.at, p.frames, p.path, p.frame) for p in pieces]
    for wa, wb in windows:  # copies under a window are rendered instead
        pieces = [q for part in (_clip_copy(p, wa, wb) for p in pieces) for q in part]
    for wi, (wa, wb) in enumerate(windows):
        t0, t1 = round(wa * 1000 / fps), round(wb * 1000 / fps)
        sub = Draft.decode(window(draft, t0, t1, total))
        pieces.append(_render_piece(sub, media, canvas, workdir / f"w{wi}", cache_dir, wa, wb - wa))
    pieces.sort(key=lambda p: p.at)
    job = PreviewJob(fps=(fps.numerator, fps.denominator), total_frames=n_total, video=pieces,
                     audio_copy=None, cache_dir=os.fspath(cache_dir))
    if _plain_sound(draft, main):
        # the sound of each clip as it is, back to back from 0 to the end: AAC packets copied
        at = 0
        audio: list[APiece] = []
        for s in main.timed():
            p = proxies.get(s.source or "")
            a, b = frame(s.start_ms), frame(s.end_ms)
            if p is None or a != at or not media_info(p).has_audio:
                audio = []
                break
            audio.append(APiece(a, b - a, os.fspath(p), round(s.in_point * canvas.fps / 1000)))
            at = b
        if audio and at == n_total:
            job.audio_copy = audio
    if job.audio_copy is None:
        _audio_render(job, draft, sound or media, canvas, workdir / "sound", cache_dir)
    return job


def _clip_copy(p: VPiece, wa: int, wb: int) -> list[VPiece]:
    if p.kind != "copy" or wb <= p.at or wa >= p.at + p.frames:
        return [p]
    out = []
    if p.at < wa:
        out.append(VPiece("copy", p.at, wa - p.at, p.path, p.frame))
    if wb < p.at + p.frames:
        out.append(VPiece("copy", wb, p.at + p.frames - wb, p.path, p.frame + wb - p.at))
    return out


def _head() -> list[str]:
    from vidai_nb.engine.media.ffmpeg import ffmpeg_exe

    return [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-loglevel", "error"]


def _render_piece(sub: Draft, proxies: Mapping[str, Path], canvas: Canvas, workdir: Path, cache_dir: Path,
                  at: int, frames: int) -> VPiece:
    """One window rendered, picture only, by the normal graph; named by its content (the cache key)."""
    from vidai_nb.engine.render.plan import subtitle_plan, subtitle_tracks
    from vidai_nb.engine.render.spec import OutputSpec

    workdir.mkdir(parents=True, exist_ok=True)
    burn, _ = subtitle_plan(subtitle_tracks(sub), OutputSpec())
    graph = Builder(sub, proxies, canvas, workdir, False, burn).build()
    graph.chains.append(f"[{graph.video}]format=yuv420p[vout]")
    length = f"{frames / canvas.fps:.6f}"
    args = [*_head(), *graph.inputs.args, "-filter_complex", graph.text(), "-map", "[vout]", *X264_ARGS,
            "-frames:v", str(frames), "-t", length, "-an", "-movflags", "+faststart", "-write_tmcd", "0",
            "-f", "mp4"]
    path = cache_dir / f"{_key(args, workdir, proxies)}.mp4"
    return VPiece("render", at, frames, os.fspath(path), args=args)


def _audio_render(job: PreviewJob, draft: Draft, proxies: Mapping[str, Path], canvas: Canvas,
                  workdir: Path, cache_dir: Path) -> None:
    """The whole programme's sound by the normal graph (its picture goes nowhere), as FLAC."""
    workdir.mkdir(parents=True, exist_ok=True)
    bare = draft.to_json()
    bare["t"] = [t for t in bare.get("t", []) if not (isinstance(t, dict) and t.get("tt") == TT_TEXT)]
    # the picture is thrown away, only its frame clock matters to the sound: a 16x16 canvas, the size
    # of the sound proxies' picture, so fitting it is a pass-through (a blurred pad on each of its
    # ~3000 frames a minute cost ~1/3 of the mix)
    small = Canvas(16, 16, canvas.fps)
    graph = Builder(Draft.decode(bare), proxies, small, workdir, True, []).build()
    assert graph.audio is not None
    graph.chains.append(f"[{graph.video}]nullsink")
    # One part (FLAC costs next to nothing: a second process, mixing from 0 again, would not pay) and
    # one filter thread (the graph's many tiny filters spent more CPU handing frames between threads
    # than they saved: measured ~25 % less CPU for the mix).
    args = [*_head(), *graph.inputs.args, "-filter_complex_threads", "1", "-filter_complex", graph.text(),
            "-map", f"[{graph.audio}]", *MIX_ARGS, "-f", "mp4"]
    key = _key(args, workdir, proxies)
    job.sound.append(SPart(os.fspath(cache_dir / f"{key}.m4a"), args, 0, None))


def _key(args: list[str], workdir: Path, inputs: Mapping[str, Path]) -> str:
    """A content key for what `args` make: the arguments (workdir-independent), the files written
    for them (text, fonts) and the size and time of each input they read."""
    key = hashlib.sha256()
    wd = os.fspath(workdir)
    key.update(json.dumps([a.replace(wd, "@") for a in args]).encode())
    for f in sorted(workdir.rglob("*")):  # text files, fonts: their content is part of the picture
        if f.is_file():
            key.update(f.name.encode() + f.read_bytes())
    joined = " ".join(args)
    for p in sorted({os.fspath(p) for p in inputs.values()}):
        if p in joined:
            st = Path(p).stat()
            key.update(f"{p}:{st.st_mtime_ns}:{st.st_size}".encode())
    return key.hexdigest()[:32]
