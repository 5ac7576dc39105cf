"""When the export is a pure cut of one source, copy the streams instead of re-encoding (`-c copy`)."""

from __future__ import annotations

from pathlib import Path

import av

from vidai_nb.engine.media.probe import MediaInfo
from vidai_nb.engine.render.spec import Canvas, OutputSpec
from vidai_nb.timeline.model import Draft, Effects, Segment
from vidai_nb.timeline.schema import TT_AUDIO, TT_TEXT

# What every MP4 player takes as-is: 8-bit 4:2:0 H.264 (HEVC and 10-bit do not play everywhere, so
# they are re-encoded), and stereo or mono AAC / MP3 at a common rate (5.1 and 8 kHz are converted).
_COPY_VIDEO = {"h264"}
_COPY_PIX = {"yuv420p", "yuvj420p"}
_COPY_AUDIO = {"aac", "mp3", "mp3float"}
_COPY_RATES = {44100, 48000}


def keyframe_at(path: Path, at_ms: int, fps: float) -> bool:
    """True when a keyframe sits within half a frame of `at_ms` (a copy can only start on one)."""
    if at_ms <= 0:
        return True
    try:
        with av.open(str(path)) as c:
            stream = c.streams.video[0]
            c.seek(int(at_ms * 1000), backward=True, any_frame=False)  # lands on the keyframe before
            for packet in c.demux(stream):
                if packet.pts is None or packet.time_base is None:
                    continue
                t_ms = float(packet.pts * packet.time_base) * 1000
                return bool(packet.is_keyframe) and abs(t_ms - at_ms) <= 500 / max(fps, 1.0)
    except (av.error.FFmpegError, IndexError):
        return False
    return False


def copy_candidate(draft: Draft) -> Segment | None:
    """The single main segment if the draft is nothing but one plain cut; else None."""
    main = draft.main
    if main is None or draft.overlays or draft.of_type(TT_AUDIO):
        return None
    if any(t.segments for t in draft.of_type(TT_TEXT)):
        return None
    if any(t.tt not in (0, 1, 7) for t in draft.tracks):
        return None
    if draft.meta.fx is not None and _fx_active(draft.meta.fx):
        return None
    segs = [s for s in main.segments if s.duration_ms > 0]
    if len(segs) != 1 or main.muted or (1.0 if main.volume is None else main.volume) != 1.0:
        return None
    seg = segs[0]
    if seg.start_ms != 0 or draft.programme_ms != seg.duration_ms:
        return None
    plain = seg.rate == 1.0 and not seg.freeze and seg.gain == 1.0 and (seg.kind or "video") == "video"
    return seg if plain else None


def _fx_active(fx: Effects) -> bool:
    """Any whole-programme effect (max_height is checked through the canvas size)."""
    col = fx.color
    colour = col is not None and (bool(col.brightness) or bool(col.gray) or bool(col.auto)
                                  or (col.contrast or 1) != 1 or (col.saturation or 1) != 1)
    plain = [fx.fade_in, fx.fade_out, fx.loudnorm, fx.denoise, fx.rotate, fx.hflip, fx.vflip]
    return colour or any(bool(v) for v in plain) or any(bool(v) for v in fx.extra.values())


def can_copy(seg: Segment, path: Path, info: MediaInfo, canvas: Canvas, spec: OutputSpec) -> bool:
    """Same size, same rate, codecs the container takes, and the cut starts on a keyframe."""
    if spec.format not in ("mp4", "mov") or info.kind != "video":
        return False
    if (info.width, info.height) != (canvas.width, canvas.height):
        return False
    if spec.fps is not None and abs(spec.fps - info.fps) > 0.01:
        return False
    if info.video_codec not in _COPY_VIDEO or (info.pix_fmt or "yuv420p") not in _COPY_PIX:
        return False
    if info.rotation or abs(info.sample_aspect - 1.0) > 0.001:  # the canvas is upright, square pixels
        return False
    if info.has_audio and (info.audio_codec not in _COPY_AUDIO or info.audio_channels > 2
                           or info.audio_rate not in _COPY_RATES or info.audio_stream != 0):
        return False
    in_ms, d = seg.in_point, seg.duration_ms
    if in_ms + d > info.duration_ms + 1000 / max(info.fps, 1.0):
        return False
    return keyframe_at(path, in_ms, info.fps)
