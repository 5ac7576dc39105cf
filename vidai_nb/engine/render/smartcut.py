"""Smart cut: a draft that only keeps parts of one H.264 file (in any order) is exported by copying
every whole GOP untouched and re-encoding only from each cut to the next keyframe (and the last few
frames before each cut's end whose B-frames lean on a frame past the cut), with the source's own x264
settings, so the joined stream has one set of parameter sets and plays everywhere (a few x264
encoders with the same settings side by side, whose SPS/PPS are checked byte for byte against the
source's; each re-encoded piece starts with a forced IDR frame). The sound is cut sample-accurately
with 10 ms cross-fades at every join; an AAC-LC source's packets are copied inside each part and only
the stretches around the joins encoded (each part moved by at most half a packet, 10.7 ms, onto the
output's packet grid); any other sound is encoded whole (AAC).

This module decides and plans (pure but for reading the source's packet index and one two-frame test
encode); smartcut_run.py does the work in a child process, so run_render treats it like any ffmpeg
run (progress lines, cancel, niceness, partial file).
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

from vidai_nb.engine.media.probe import MediaInfo
from vidai_nb.engine.render import h264
from vidai_nb.engine.render.sources import resolve
from vidai_nb.engine.render.spec import AAC_BITRATE, Canvas, OutputSpec
from vidai_nb.engine.render.streamcopy import _fx_active
from vidai_nb.timeline.model import Draft, Segment
from vidai_nb.timeline.schema import TT_AUDIO, TT_TEXT

FADE_MS = 10  # the cross-fade at every join of the sound, centred on the cut


@dataclass
class Piece:
    """One stretch of the output, in output order: `copy` packets [first, end) of the source's decode
    order, or `encode` source frames [frame, frame + frames) decoded from the keyframe `key`."""

    kind: str  # "copy" | "encode"
    frame: int  # first source frame (display order)
    frames: int
    first: int = 0  # copy: index of the first packet in decode order
    end: int = 0
    key: int = 0  # encode: the keyframe (source frame) to start decoding from


@dataclass
class SmartJob:
    """Everything the child process needs (written as JSON)."""

    source: str
    out_format: str  # mp4 | mov
    fps: tuple[int, int]  # frame rate as a fraction
    time_base: tuple[int, int]  # the source video stream's
    first_pts: int  # pts of the source's first frame
    frame_ticks: int  # one frame in time_base units
    delay: int  # decode-order lead (frames) needed by the B-frames
    x264: str  # x264-params
    color: dict[str, int]
    cuts: list[tuple[int, int]]  # (first source frame, frames) per kept part, in output order
    pieces: list[Piece] = field(default_factory=list)
    audio_stream: int | None = None  # index among the audio streams, None: no sound
    audio_rate: int = 48000
    audio_bitrate: str = "160k"

    @property
    def total_frames(self) -> int:
        return sum(n for _, n in self.cuts)

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> SmartJob:
        raw = json.loads(path.read_text(encoding="utf-8"))
        raw["pieces"] = [Piece(**p) for p in raw["pieces"]]
        raw["cuts"] = [tuple(c) for c in raw["cuts"]]
        raw["fps"], raw["time_base"] = tuple(raw["fps"]), tuple(raw["time_base"])
        return cls(**raw)

    def argv(self, job_path: Path, out: Path) -> list[str]:
        return [sys.executable, "-m", "vidai_nb.engine.render.smartcut_run", os.fspath(job_path),
                os.fspath(out)]


def candidate(draft: Draft) -> list[Segment] | None:
    """The main segments when the draft does nothing but keep parts of one file, back to back from
    0 (any order, any number); else None. Same rules as the plain stream copy otherwise."""
    main = draft.main
    if main is None or draft.overlays or draft.of_type(TT_AUDIO):
        return None
    if any(t.segments for t in draft.of_type(TT_TEXT)) or any(t.tt not in (0, 1, 7) for t in draft.tracks):
        return None
    if draft.meta.fx is not None and _fx_active(draft.meta.fx):
        return None
    if main.muted or (1.0 if main.volume is None else main.volume) != 1.0:
        return None
    segs = main.timed()
    if not segs or len({s.src for s in segs}) != 1:
        return None
    at = 0
    for s in segs:
        tr = s.transition
        fades = tr is not None and bool(tr.type) and str(tr.type).lower() != "none" and tr.d != 0
        plain = (s.rate == 1.0 and not s.freeze and s.gain == 1.0 and (s.kind or "video") == "video"
                 and not fades)
        if not plain or s.start_ms != at:
            return None
        at = s.end_ms
    return segs if draft.programme_ms == at else None


def _ineligible(info: MediaInfo, canvas: Canvas, spec: OutputSpec) -> str:
    """Why the output cannot share the source's stream ("" when it can)."""
    if spec.format not in ("mp4", "mov"):
        return f"the output is {spec.format.upper()}, not MP4/MOV like the source"
    if info.kind != "video":
        return "the source is not a video file"
    if info.video_codec != "h264":
        return f"the source's video is {(info.video_codec or 'of an unknown codec').upper()}, not H.264"
    if (info.width, info.height) != (canvas.width, canvas.height) or abs(canvas.fps - info.fps) > 0.01:
        return "the output's size or frame rate is not the source's"
    if (info.pix_fmt or "") not in ("yuv420p", "yuvj420p") or info.rotation:
        return "the source's pixel format or rotation needs converting"
    if abs(info.sample_aspect - 1.0) > 0.001 or info.audio_channels > 2:
        return "the source's pixel shape or sound channels need converting"
    if info.format_name.split(",")[0] not in ("mov", "mp4", "m4a", "3gp", "3g2", "mj2"):
        return "the source is not in an MP4/MOV container"
    return ""


@dataclass(frozen=True)
class SourceIndex:
    """The video packets of a source in decode order, as (frame number, keyframe)."""

    frames: np.ndarray  # int64, source frame number of each packet
    keys: np.ndarray  # bool
    first_pts: int
    frame_ticks: int
    time_base: Fraction
    rate: Fraction
    delay: int
    config: h264.AvcConfig
    settings: dict[str, str]
    color: dict[str, int]


def _index(path: Path) -> SourceIndex | None:
    """Read the packet index (no decoding); None unless constant-rate, closed-GOP x264 with avcC."""
    with av.open(os.fspath(path)) as c:
        vs = c.streams.video[0]
        config = h264.parse_avcc(vs.codec_context.extradata)
        rate, tb = vs.average_rate, vs.time_base
        if config is None or not rate or tb is None:
            return None
        ticks_f = 1 / (rate * tb)
        if ticks_f.denominator != 1:
            return None
        ticks = int(ticks_f)
        pts: list[int] = []
        dts: list[int] = []
        keys: list[bool] = []
        settings: dict[str, str] | None = None
        for p in c.demux(vs):
            if p.pts is None or p.size == 0:
                continue
            if settings is None:
                settings = h264.x264_settings(bytes(p)) or {}
            pts.append(p.pts)
            dts.append(p.dts if p.dts is not None else p.pts)
            keys.append(bool(p.is_keyframe))
        cc = vs.codec_context
        color = {"color_range": int(cc.color_range or 0), "color_primaries": int(cc.color_primaries or 0),
                 "color_trc": int(cc.color_trc or 0), "colorspace": int(cc.colorspace or 0)}
        sar = cc.sample_aspect_ratio
        if sar is not None and sar.numerator > 0:  # written into the SPS's VUI when set
            color |= {"sar_num": sar.numerator, "sar_den": sar.denominator}
    if not pts or not settings or not keys[0]:
        return None
    p_arr = np.asarray(pts, dtype=np.int64)
    first = int(p_arr.min())
    rel = p_arr - first
    if np.any(rel % ticks) or len(np.unique(rel)) != len(rel):
        return None  # variable frame rate or duplicate timestamps: the normal path
    frames = rel // ticks
    if int(frames.max()) != len(frames) - 1:
        return None  # holes in the frame sequence
    delay = round((pts[0] - dts[0]) / ticks)
    return SourceIndex(frames, np.asarray(keys), first, ticks, Fraction(tb), Fraction(rate), max(delay, 0),
                       config, settings, color)


@functools.lru_cache(maxsize=16)
def _cached_index(path: str, mtime_ns: int, size: int) -> SourceIndex | None:
    try:
        return _index(Path(path))
    except (av.error.FFmpegError, IndexError, ValueError):
        return None


def source_index(path: Path) -> SourceIndex | None:
    st = path.stat()
    return _cached_index(os.fspath(path), st.st_mtime_ns, st.st_size)


def open_encoder(width: int, height: int, rate: Fraction, params: str,
                 color: Mapping[str, int],
                 forced_idr: bool = False) -> av.video.codeccontext.VideoCodecContext:
    """A single-threaded libx264 encoder with the source's settings (the smart cut runs several side
    by side); `forced_idr`: a frame marked I is an IDR frame (each re-encoded piece starts with one)."""
    cc = av.CodecContext.create("libx264", "w")
    assert isinstance(cc, av.video.codeccontext.VideoCodecContext)
    cc.width, cc.height, cc.pix_fmt = width, height, "yuv420p"
    cc.time_base = 1 / rate
    cc.framerate = rate
    for k, v in color.items():
        if v and not k.startswith("sar_"):
            setattr(cc, k, v)
    if color.get("sar_num"):
        cc.sample_aspect_ratio = Fraction(color["sar_num"], color["sar_den"])
    cc.thread_count = 1
    cc.options = {"preset": "ultrafast", "x264-params": params, **({"forced-idr": "1"} if forced_idr else {})}
    return cc


def encoder_delay_if_matching(index: SourceIndex, width: int, height: int, params: str) -> int | None:
    """Encode two grey frames with `params`: the encoder's B-frame lead if its SPS and PPS are the
    source's byte for byte, else None (then only a full re-encode makes one consistent stream)."""
    cc = open_encoder(width, height, index.rate, params, index.color)
    packets: list[av.Packet] = []
    try:
        for i in range(2):
            f = av.VideoFrame(width, height, "yuv420p")
            for plane in f.planes:
                plane.update(bytes([128]) * plane.buffer_size)
            f.pts = i
            packets += cc.encode(f)
        packets += cc.encode(None)
    except av.error.FFmpegError:
        return None
    if not packets:
        return None
    sps, pps = h264.parameter_sets(h264.annexb_nals(bytes(packets[0])))
    if tuple(sps) != index.config.sps or tuple(pps) != index.config.pps:
        return None
    first = packets[0]
    return max(0, int((first.pts or 0) - (first.dts or 0)))


@functools.lru_cache(maxsize=16)
def _matching_params(path: str, mtime_ns: int, width: int, height: int) -> tuple[str, int] | None:
    index = source_index(Path(path))
    if index is None:
        return None
    params = h264.x264_params(index.settings, index.config.level)
    if params is None:
        return None
    delay = encoder_delay_if_matching(index, width, height, params)
    return None if delay is None else (params, delay)


def plan_pieces(index: SourceIndex, cuts: list[tuple[int, int]]) -> list[Piece]:
    """Split every kept part into encode / copy / encode pieces (see the module docstring)."""
    frames, keys = index.frames, index.keys
    key_pos = np.flatnonzero(keys)  # packet positions of the keyframes (decode order)
    key_frames = frames[key_pos]
    pieces: list[Piece] = []
    for a, n in cuts:
        b = a + n
        i = int(np.searchsorted(key_frames, a))  # first keyframe at or after a
        if i >= len(key_frames) or key_frames[i] >= b:  # no keyframe inside: encode all of it
            pieces.append(Piece("encode", a, n, key=_key_before(key_frames, a)))
            continue
        k = int(key_frames[i])
        if k > a:
            pieces.append(Piece("encode", a, k - a, key=_key_before(key_frames, a)))
        j = int(np.searchsorted(key_frames, b, side="right")) - 1  # last keyframe at or before b
        last_k = int(key_frames[j])
        if last_k > k:  # whole GOPs k .. last_k: copied
            pieces.append(Piece("copy", k, last_k - k, first=int(key_pos[i]), end=int(key_pos[j])))
        if last_k < b:
            # The last GOP is cut: copy the longest run of its packets (decode order) that shows
            # exactly frames last_k, last_k + 1, ... below b; re-encode the rest (a B-frame or two).
            start = int(key_pos[j])
            stop = int(key_pos[j + 1]) if j + 1 < len(key_pos) else len(frames)
            top, best = -1, 0
            for m in range(start, stop):
                f = int(frames[m])
                if f >= b:
                    break
                top = max(top, f)
                if top - last_k + 1 == m - start + 1:
                    best = m - start + 1
            if best:
                pieces.append(Piece("copy", last_k, best, first=start, end=start + best))
            if last_k + best < b:
                pieces.append(Piece("encode", last_k + best, b - last_k - best, key=last_k))
    return pieces


def _key_before(key_frames: np.ndarray, frame: int) -> int:
    i = int(np.searchsorted(key_frames, frame, side="right")) - 1
    return int(key_frames[max(i, 0)])


def prepare(draft: Draft, media: Mapping[str, Path], canvas: Canvas, spec: OutputSpec) -> SmartJob | str:
    """A smart-cut job for this export, or why the normal render (a full re-encode) must do it: a
    sentence for a cut-only draft whose source cannot be smart-cut, "" for a draft that does more
    than keep parts of one file."""
    segs = candidate(draft)
    if segs is None:
        return ""
    path, info = resolve(media, segs[0], "main segment 1")
    why = _ineligible(info, canvas, spec)
    if why:
        return why
    index = source_index(path)
    if index is None:
        return ("the source's H.264 was not written by x264 at a constant frame rate (no x264 settings "
                "in the stream to match)")
    matched = _matching_params(os.fspath(path), path.stat().st_mtime_ns, info.width, info.height)
    if matched is None:
        return "x264 cannot reproduce the source's parameter sets with the settings it recorded"
    params, enc_delay = matched
    fps = float(index.rate)
    total = len(index.frames)
    cuts: list[tuple[int, int]] = []
    t = 0
    for s in segs:
        # the same frame arithmetic as the normal path (BuilderBase.frame): lengths never drift
        n = round((t + s.duration_ms) * fps / 1000) - round(t * fps / 1000)
        t += s.duration_ms
        a = round(s.in_point * fps / 1000)
        n = min(n, total - a)
        if n > 0:
            cuts.append((a, n))
    if not cuts:
        return "nothing of the source is kept"
    return SmartJob(
        source=os.fspath(path), out_format=spec.format,
        fps=(index.rate.numerator, index.rate.denominator),
        time_base=(index.time_base.numerator, index.time_base.denominator),
        first_pts=index.first_pts, frame_ticks=index.frame_ticks, delay=max(index.delay, enc_delay),
        x264=params, color=index.color, cuts=cuts, pieces=plan_pieces(index, cuts),
        audio_stream=info.audio_stream if info.has_audio else None,
        audio_rate=info.audio_rate or 48000, audio_bitrate=AAC_BITRATE[spec.quality],
    )
