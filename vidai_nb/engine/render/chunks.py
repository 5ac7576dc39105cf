"""Plans of a chunked export: video parts, the whole sound, and the join (engine/jobs/chunk_job runs them).

A video part renders only its own share of the programme. Its graph is built from the draft cut to
the part: main-track clips that end before the part are dropped, the clip under the part's start is
cut (a later in-point, so its input is opened with `-ss` near the part), clips after the part are
dropped, and overlays that outlast the part are cut the same way (when ffmpeg places the cut one
on the same output ticks; else kept whole). The main track so cut is built on its own clock (it
starts at the cut), then stamped on the programme's frame grid (graph.Builder.on_grid, which the
unchunked export uses too: frame n at n/fps exactly), so titles,
subtitles, overlays and fades (which all go by programme time) are the unchunked export's own
filters, unchanged. `trim` keeps the part's output frames [first, end); they are encoded with the
unchunked export's video settings. Each part is a fresh x264 run (it starts with an IDR frame, no
frame refers across a join) with the same settings and size, hence the same SPS/PPS: the concat
demuxer joins the parts by stream copy into one valid stream.

Where the cut goes. The graph starts a lead (`LEAD_MS`, at least) before the part: its first frames
can differ from the unchunked export's (ffmpeg's seek may start a clip a source frame later; a
cross-fade or the `normalize` colour filter there lacks its history) and are thrown away. The cut
point is chosen so that every frame of the part is the unchunked export's frame: the clip is cut by
a whole number of output frames whose source time is a whole millisecond (so the cut clip shows the
same source frames on the same output frames: for a shared-input run of cuts, on the run's own frame
grid), the main track's clock moves by a whole even number of frames (Python's round() of a half
frame then moves with it), a cross-fade or its length is never changed by the cut (else an earlier
cut point is taken), no piece of one frame starts the cut track (concat would time it as zero
long), and the main track's grouping of cuts into shared inputs stays as it was. A
point that meets all this is searched backwards from the lead; at worst (none at all) the part
renders from the programme's start, as the first part does.

The sound is rendered once, whole, as its own part: AAC encodes in 1024-sample frames with ~2048
samples of encoder priming, so sound cut at each join and encoded per part would either gap or
overlap by a few ms at every join (a click), and loudness normalisation and ducking follow the
whole programme. The sound part's graph is the unchunked export's sound exactly; its picture side
is replaced by tiny black frames (same counts, so every piece keeps its length) and its inputs'
video is never decoded.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from vidai_nb.engine.media.probe import MediaInfo
from vidai_nb.engine.render.common import Graph, check_readable, fps_text, secs
from vidai_nb.engine.render.errors import RenderError
from vidai_nb.engine.render.graph import Builder
from vidai_nb.engine.render.plan import (
    WORKDIR_PREFIX,
    RenderPlan,
    encoder_args,
    keep_mono,
    partial_of,
    subtitle_plan,
    subtitle_tracks,
)
from vidai_nb.engine.render.sources import resolve
from vidai_nb.engine.render.spec import AAC_BITRATE, Canvas, OutputSpec, canvas_for
from vidai_nb.timeline.model import Draft, Segment, Track

CHUNK_FORMATS = ("mp4", "mov")
# At least this much is rendered before a part's first frame and thrown away: a few frames absorb the
# seek's first frame; `fx.color.auto` (ffmpeg's normalize, smoothing over 24 frames) needs its history.
LEAD_MS = 300
LEAD_NORMALIZE_MS = 1500
_AUDIO_OPTS = {"-c:a", "-b:a", "-ar"}  # options (each with a value) of the sound encoder
_CONTAINER_OPTS = {"-movflags", "-write_tmcd", "-t"}  # set per plan below


def _head() -> list[str]:
    from vidai_nb.engine.media.ffmpeg import ffmpeg_exe

    return [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostdin",
        "-y",
        "-loglevel",
        "error",
        "-progress",
        "pipe:1",
        "-stats_period",
        "0.25",
    ]


def _draft(draft: Mapping[str, Any] | Draft) -> Draft:
    model = draft if isinstance(draft, Draft) else Draft.decode(draft)
    check_readable(model)
    return model


# The sound part's work against one video part's, per output frame, at 854×480 and 25 fps (measured
# by benchmarks/chunks.py: 6.3 and 7.7 CPU s of sound against 58.8 and 66.7 of video for 300 s). The
# video's grows with the pixels per second, the sound's does not.
SOUND_WORK_480P25 = 0.11
_PIXELS_480P25 = 854 * 480 * 25


def frame_ranges(
    draft: Mapping[str, Any] | Draft, spec: OutputSpec, parts: int, after_sound: bool = False
) -> list[tuple[int, int]]:
    """[first frame, end frame) of each video part: the programme's output frames in `parts` runs as
    equal as whole frames allow (the unchunked export has round(programme × fps) frames too).

    `after_sound`: the last part is taken by the worker that rendered the sound (jobs/chunk_job queues
    the sound first and the last part last): it is shorter by about the sound's work, the others
    longer, so that worker does not finish a sound part's time after the others."""
    model = _draft(draft)
    canvas = canvas_for(model.meta, spec)
    frames = round(model.programme_ms * canvas.fps / 1000)
    parts = max(1, min(parts, frames))
    if not after_sound or parts < 2:
        cuts = [round(frames * i / parts) for i in range(parts + 1)]
        return [(cuts[i], cuts[i + 1]) for i in range(parts)]
    share = SOUND_WORK_480P25 * _PIXELS_480P25 / (canvas.width * canvas.height * canvas.fps)
    sound = frames * share  # the sound's work, in frames of video work
    each = (frames + sound) / parts
    if sound > each / 2:  # at most half a part shorter (a tiny canvas: estimate unsure, keep parts)
        sound = frames / (2 * parts - 1)
        each = (frames + sound) / parts
    cuts = [round(each * i) for i in range(parts)] + [frames]
    return [(cuts[i], cuts[i + 1]) for i in range(parts)]


def fps_of(draft: Mapping[str, Any] | Draft, spec: OutputSpec) -> float:
    return canvas_for(_draft(draft).meta, spec).fps


def _strip(args: list[str], names: set[str]) -> list[str]:
    """`args` without the options in `names` and their values."""
    out: list[str] = []
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in names:
            skip = True
        else:
            out.append(a)
    return out


# ---- where a part's graph starts ---------------------------------------------------------------------


def _moved(seg: Segment, start: int, end: int, in_ms: int | None = None) -> Segment:
    return dataclasses.replace(
        seg, start_ms=start, end_ms=end, start=start, d=end - start,
        in_ms=seg.in_ms if in_ms is None else in_ms,
    )


def _with_segments(draft: Draft, track: Track, segs: list[Segment]) -> Draft:
    tracks = tuple(dataclasses.replace(t, segments=tuple(segs)) if t is track else t for t in draft.tracks)
    return dataclasses.replace(draft, tracks=tracks)


@dataclass(frozen=True)
class _Window:
    """A part's drafts: `main_draft`'s main track runs on a clock `shift_ms` behind the programme's;
    `draft` is the programme (overlays cut) that everything over the main track is drawn from."""

    draft: Draft
    main_draft: Draft
    shift_ms: int
    shift_frames: int
    # The whole main track cross-fades somewhere, so its frames come out in one of xfade's pixel
    # formats (all 4:4:4 or RGB; what the filters after it then negotiate, e.g. yuva444p before an
    # overlay). The part's must too: on 4:2:0 an overlay at an odd x lands a pixel left, and text and
    # fades draw differently.
    xfade: bool = False


# How near a whole number a count of frames / of ms must be to count as whole. Exact for 24, 25, 30, 50,
# 60 fps; at 29.97 a clock shift of 1001 ms is 29.99997 frames (it moves a segment's first frame only
# if its start falls within 0.00003 frames of a half frame: Python's round() tie), and 30 frames are
# 1001.001 ms of source (ffmpeg's seek is to the ms anyway).
_FRAMES_TOLERANCE = 0.001
_MS_TOLERANCE = 0.01


def _near(v: Fraction, tolerance: float = _FRAMES_TOLERANCE) -> bool:
    return abs(v - round(v)) <= tolerance


class _Cutter:
    def __init__(self, draft: Draft, media: Mapping[str, Path], canvas: Canvas, workdir: Path) -> None:
        self.draft, self.media, self.canvas, self.workdir = draft, media, canvas, workdir
        self.b = Builder(draft, media, canvas, workdir, False, [])
        self.b.total = draft.programme_ms
        self.fps = Fraction(canvas.fps).limit_denominator(1001)
        per_ms = self.fps / 1000  # output frames per ms
        # the smallest whole-ms clock shift that is a whole, even number of frames
        self.step_ms = next(  # 200 ms at 30 fps; 1001 ms at 29.97 (see _FRAMES_TOLERANCE)
            (d for d in range(1, 600_001) if _near(d * per_ms) and round(d * per_ms) % 2 == 0), 0
        )
        main = draft.main
        self.main = main
        self.segs = main.timed() if main is not None else []
        self.slots = self.b.layout(self.segs)

    def ms(self, frames: int) -> Fraction:
        return frames * 1000 / self.fps

    def whole(self, frames: int, factor: Fraction = Fraction(1)) -> int | None:
        """`frames` as whole ms of source time at speed `factor`, or None if not whole."""
        v = self.ms(frames) * factor
        return round(v) if _near(v, _MS_TOLERANCE) else None

    def start_ms_of(self, frame: int, low: int, high: int) -> int | None:
        """A whole ms in [low, high) at which the main track's frame `frame` starts."""
        guess = int(self.ms(frame))
        for t in (guess, guess + 1, guess - 1, guess + 2):
            if low <= t < high and self.b.frame(t) == frame:
                return t
        return None

    def window(self, first: int, end: int) -> _Window:
        """The drafts of the part of output frames [first, end)."""
        return dataclasses.replace(self.find_window(first, end), xfade=any(s.fade_in for s in self.slots))

    def find_window(self, first: int, end: int) -> _Window:
        colour = self.draft.meta.effects.color
        lead_ms = LEAD_NORMALIZE_MS if colour is not None and colour.auto else LEAD_MS
        lead = max(1, -(-lead_ms * self.fps.numerator // (1000 * self.fps.denominator)))
        target = first - lead
        while target > 0:
            found = self.try_cut(target, first, end)
            if found is not None:
                return found
            target -= lead
        # from the programme's start (the first part, or no cut point found): only the tail is cut
        found = self.try_cut(0, first, end)
        return found if found is not None else _Window(self.overlays_cut(0, first, end), self.draft, 0, 0)

    def try_cut(self, target: int, first: int, end: int) -> _Window | None:
        """The cut at or before output frame `target`, or None when the cut there would change a frame
        of the part (see the module's docstring)."""
        b, segs, slots = self.b, self.segs, self.slots
        c = self.ms(target)
        k = next((i for i, s in enumerate(slots) if s.start <= c < s.start + segs[i].duration_ms), None)
        cut: Segment | None = None
        if k is None:  # in a hole, or past the main track: the graph starts with black
            keep_from = next((i for i, s in enumerate(slots) if s.start >= c), len(segs))
            clock_at = int(c)
        else:
            seg, slot = segs[k], slots[k]
            if seg.start_ms != slot.start:  # overlapping segments: not cut (simpler than proven)
                return None
            fa = b.frame(slot.start)
            if slot.fade_in and fa + slot.fade_in > first:  # its cross-fade in reaches into the part
                return None
            info = resolve(self.media, seg, f"main segment {k + 1}")[1]
            shift = self.cut_frames(k, info, target - fa)
            if shift is None:
                return None
            pf, q = shift
            start = slot.start if pf == 0 else self.start_ms_of(fa + pf, slot.start + 1, seg.end_ms)
            if start is None or b.frame(seg.end_ms) - b.frame(start) < 2:  # see below: no 1-frame piece
                return None
            nxt = segs[k + 1] if k + 1 < len(segs) else None
            if nxt is not None and nxt.start_ms <= seg.end_ms and (
                b.transition_ms(nxt, seg.duration_ms) != b.transition_ms(nxt, seg.end_ms - start)
            ):
                return None  # the cross-fade out of it would get shorter
            cut = _moved(seg, start, seg.end_ms, seg.in_point + q)
            keep_from, clock_at = k + 1, start
        shift_ms = clock_at // self.step_ms * self.step_ms if self.step_ms else 0
        if keep_from < len(segs) or cut is not None:
            # concat times a piece by its frames' mean spacing: a piece of ONE frame (here: the black
            # before the first clip, or a 1-frame first clip) would end where it starts, pulling every
            # later frame one frame early. The lead absorbs a longer black instead.
            first_at = cut.start_ms if cut is not None else slots[keep_from].start
            if b.frame(first_at) - round(shift_ms * self.fps / 1000) == 1:
                if shift_ms < self.step_ms:
                    return None
                shift_ms -= self.step_ms
        shift_frames = round(shift_ms * self.fps / 1000)
        kept: list[tuple[int, Segment]] = [] if cut is None else [(k if k is not None else -1, cut)]
        for i in range(keep_from, len(segs)):
            kept.append((i, segs[i]))
            if b.frame(slots[i].start) >= end:  # one past the part is kept: the grouping stays
                break
        moved = [_moved(s, s.start_ms - shift_ms, s.end_ms - shift_ms) for _, s in kept]
        assert self.main is not None or not moved
        main_draft = self.draft if self.main is None else _with_segments(self.draft, self.main, moved)
        if not self.same_layout(main_draft, kept, shift_ms, end):
            return None
        # An overlay cut to start with the main track's first frame is paired one frame late by the
        # overlay filter: it must be running (a few frames) before the main track starts.
        overlays = self.overlays_cut(min(target, shift_frames) - 3, first, end)
        return _Window(overlays, main_draft, shift_ms, shift_frames)

    def cut_frames(self, k: int, info: MediaInfo, most: int) -> tuple[int, int] | None:
        """(frames cut off the front of segment k, ms its in-point moves), at most `most` frames."""
        seg, slot = self.segs[k], self.slots[k]
        kind = "image" if info.kind == "image" else (seg.kind or info.kind)
        if kind == "image" or (seg.freeze and kind == "video"):
            return most, 0  # the same picture throughout
        if slot.origin == k and slot.f0 == 0 and self.b.shared_run(self.segs, k) == 1:
            rate = Fraction(seg.rate).limit_denominator(1000)
            for pf in range(most, -1, -1):
                q = self.whole(pf, rate)
                if q is not None:
                    return pf, q
            return None
        # In a run of cuts sharing one input: the cut must stay on the run's frame grid (its first
        # in-point + whole frames, a whole ms) and move it by an even number of frames.
        first_in = self.segs[slot.origin].in_point
        for pf in range(most, -1, -1):
            e = slot.f0 + pf
            grid = self.whole(e)
            if e % 2 == 0 and grid is not None:
                return pf, first_in + grid - seg.in_point
        return None

    def same_layout(
        self, main_draft: Draft, kept: list[tuple[int, Segment]], shift_ms: int, end: int
    ) -> bool:
        """Whether the cut main track places, groups and cross-fades every segment that reaches the
        part as the whole one does."""
        sub = Builder(main_draft, self.media, self.canvas, self.workdir, False, [])
        main = main_draft.main
        sub_segs = main.timed() if main is not None else []
        if len(sub_segs) != len(kept):
            return False
        sub_slots = sub.layout(sub_segs)
        first_orig = kept[0][0] if kept else -1
        for j, (i, _) in enumerate(kept):
            if i < 0 or self.b.frame(self.slots[i].start) >= end:
                continue
            orig, new = self.slots[i], sub_slots[j]
            origin = kept[new.origin][0]
            same_run = origin == first_orig and self.slots[first_orig].origin == orig.origin
            if new.start != orig.start - shift_ms and j > 0:
                return False
            if origin != orig.origin and not same_run:
                return False
            if j > 0 and new.fade_in != orig.fade_in:
                return False
        return True

    def overlays_cut(self, target: int, first: int, end: int) -> Draft:
        """The programme with overlays that end before frame `target` or start after the part dropped,
        and those under `target` starting later (on the same frames of their source, placed on the same
        output frames: render/layers.py); an overlay no such later start exists for is kept whole."""
        draft = self.draft
        c = self.ms(target)
        for track in self.draft.overlays:
            segs: list[Segment] = []
            for seg in track.segments:
                if seg.duration_ms <= 0 or seg.end_ms <= c or self.b.frame(seg.start_ms) > end:
                    continue
                # An overlay that ends inside the part is kept whole: where its input's end falls
                # (-t, rounded to its time base) decides whether its last frame shows.
                if seg.start_ms < c and self.b.frame(seg.end_ms) > end + 1:
                    rate = Fraction(seg.rate).limit_denominator(1000)
                    at = self.b.frame(seg.start_ms)  # its frame j goes on output frame at + j (layers.py)
                    for pf in range(int((c - seg.start_ms) * self.fps / 1000), 0, -1):
                        p, q = self.whole(pf), self.whole(pf, rate)
                        if p is not None and q is not None and self.b.frame(seg.start_ms + p) == at + pf:
                            seg = _moved(seg, seg.start_ms + p, seg.end_ms, seg.in_point + q)
                            break
                segs.append(seg)
            if [id(x) for x in segs] != [id(x) for x in track.segments]:
                draft = _with_segments(draft, next(t for t in draft.tracks if t.index == track.index), segs)
        return draft


# xfade's pixel formats (libavfilter/vf_xfade.c) in its order, 8-bit ones: ffmpeg negotiates a part's
# formats as it does the whole programme's.
_XFADE_FORMATS = "yuva444p|yuvj444p|yuv444p|gbrp|gbrap|gray"


class _PartBuilder(Builder):
    """The programme's graph with the main track built from the cut draft, then put back on the
    programme's clock (Builder.on_grid: frame n of the part's graph at programme frame n + shift)."""

    window: _Window

    def main_track(self) -> tuple[str, str]:
        draft, total = self.draft, self.total
        self.draft, self.total = self.window.main_draft, total - self.window.shift_ms
        try:
            v, a = super().main_track()
        finally:
            self.draft, self.total = draft, total
        if self.window.xfade:
            out = self.g.label("xf")
            self.g.chains.append(f"[{v}]format={_XFADE_FORMATS}[{out}]")
            v = out
        return v, a

    def on_grid(self, v: str, first: int = 0) -> str:
        return super().on_grid(v, first + self.window.shift_frames)


_INPUT_VIDEO = re.compile(r"^\[\d+:v\]")


class _SoundBuilder(Builder):
    """The programme's sound; every picture is tiny black frames (the same number of them)."""

    def fitted(self, head: str, info: MediaInfo, seg: Segment) -> str:
        c = self.canvas
        if not _INPUT_VIDEO.match(head):
            raise RenderError("internal: a main-track chain that does not start at an input")
        black = f"color=c=black:s={c.width}x{c.height}:r={fps_text(c.fps)},"
        out = self.g.label("v")
        self.g.chains.append(_INPUT_VIDEO.sub(black, head, count=1) + f",format=yuv420p,setsar=1[{out}]")
        return out

    def colour(self, v: str) -> str:
        return v

    def overlays(self, v: str) -> str:
        return v

    def subtitles(self, v: str) -> str:
        return v

    def titles(self, v: str) -> str:
        return v

    def video_fades(self, v: str) -> str:
        return v


# ---- plans -------------------------------------------------------------------------------------------


def _args_with_graph(graph: Graph, workdir: Path) -> list[str]:
    script = workdir / "graph.txt"  # always a file: a part's argv need not fit Linux's 128 KiB
    script.write_text(graph.text(), encoding="utf-8")
    return [*_head(), *graph.inputs.args, "-/filter_complex", os.fspath(script)]


def build_video_part(
    draft: Mapping[str, Any] | Draft,
    media: Mapping[str, Path],
    spec: OutputSpec,
    first: int,
    end: int,
    out: Path,
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """Output frames [first, end) of the programme, video only, as an MP4 starting at time 0."""
    model = _draft(draft)
    if spec.format not in CHUNK_FORMATS:
        raise RenderError(f"a {spec.format} export is not split into parts")
    if not 0 <= first < end:
        raise RenderError(f"the part's frames {first}-{end} are empty")
    if model.programme_ms <= 0:
        raise RenderError("the draft is empty: add a clip, an image or a title before exporting")
    canvas = canvas_for(model.meta, spec)
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    try:
        window = _Cutter(model, media, canvas, workdir).window(first, end)
        burn = subtitle_plan(subtitle_tracks(window.draft), spec)[0]
        builder = _PartBuilder(window.draft, media, canvas, workdir, False, burn)
        builder.window = window
        graph = builder.build()
        assert graph.video is not None
        a, z = first - window.shift_frames, end - window.shift_frames
        graph.chains.append(
            f"[{graph.video}]trim=start_frame={a}:end_frame={z},setpts=PTS-STARTPTS,format=yuv420p[part]"
        )
        video_enc = _strip(encoder_args(spec, canvas, model.programme_ms), _AUDIO_OPTS | _CONTAINER_OPTS)
        args = [
            *_args_with_graph(graph, workdir),
            "-map",
            "[part]",
            *video_enc,
            "-an",
            "-frames:v",
            str(end - first),
            "-write_tmcd",
            "0",
            "-f",
            "mp4",
            os.fspath(partial_of(out)),
        ]
        ms = round((end - first) * 1000 / canvas.fps)
        return RenderPlan(args, ms, False, out, workdir=workdir, partial_path=partial_of(out))
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise


def build_sound(
    draft: Mapping[str, Any] | Draft,
    media: Mapping[str, Path],
    spec: OutputSpec,
    out: Path,
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """The programme's whole mixed sound, AAC in MP4 (.m4a), exactly as the unchunked export encodes it."""
    model = _draft(draft)
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    try:
        canvas = canvas_for(model.meta, spec)
        # The picture is thrown away: tiny black frames. The sound depends on the frame rate only
        # (pieces are cut on frame boundaries), which stays.
        small = max(2, round(64 * canvas.height / canvas.width / 2) * 2)
        tiny = dataclasses.replace(canvas, width=64, height=small)
        graph = _SoundBuilder(model, media, tiny, workdir, True, []).build()
        if graph.audio is None or graph.video is None:
            raise RenderError("the programme has no sound to render")
        keep_mono(graph, model, media)
        graph.chains.append(f"[{graph.video}]nullsink")
        length = secs(round(model.programme_ms * canvas.fps / 1000) / canvas.fps)
        args = [
            *_args_with_graph(graph, workdir),
            "-map",
            f"[{graph.audio}]",
            "-vn",
            "-c:a",
            "aac",
            "-b:a",
            AAC_BITRATE[spec.quality],
            "-ar",
            "48000",
            "-t",
            length,
            "-f",
            "mp4",
            os.fspath(partial_of(out)),
        ]
        return RenderPlan(args, model.programme_ms, False, out, workdir=workdir, partial_path=partial_of(out))
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise


def _quote(path: Path) -> str:
    """A path for the concat demuxer's list (single-quoted; a quote inside is closed, escaped, reopened)."""
    return "'" + os.fspath(path).replace("'", "'\\''") + "'"


def build_join(
    parts: list[Path],
    sound: Path | None,
    spec: OutputSpec,
    duration_ms: int,
    out: Path,
    tmp_dir: Path | None = None,
) -> RenderPlan:
    """The parts' video streams one after another and the sound beside them, all copied (no encoding)."""
    if not parts:
        raise RenderError("no parts to join")
    workdir = Path(tempfile.mkdtemp(prefix=WORKDIR_PREFIX, dir=tmp_dir))
    listing = workdir / "parts.txt"
    listing.write_text(
        "ffconcat version 1.0\n" + "".join(f"file {_quote(p)}\n" for p in parts), encoding="utf-8"
    )
    args = [*_head(), "-f", "concat", "-safe", "0", "-i", os.fspath(listing)]
    if sound is not None:
        args += ["-i", os.fspath(sound)]
    args += ["-map", "0:v:0"]
    if sound is not None:
        args += ["-map", "1:a:0"]
    fmt = "mov" if spec.format == "mov" else "mp4"
    args += ["-c", "copy", "-movflags", "+faststart", "-write_tmcd", "0", "-f", fmt]
    args.append(os.fspath(partial_of(out)))
    return RenderPlan(args, duration_ms, True, out, workdir=workdir, partial_path=partial_of(out))
