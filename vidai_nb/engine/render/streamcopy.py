"""When the export is a pure cut of one source, copy the streams instead of re-encoding (`-c copy`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import av

from vidai_nb.engine.media.probe import MediaInfo
from vidai_nb.engine.render.common import TT_AUDIO, TT_TEXT, main_and_overlays, ms, programme_ms, tracks_of
from vidai_nb.engine.render.spec import Canvas, OutputSpec

_COPY_VIDEO = {"h264", "hevc"}  # what MP4 / MOV players take as-is
_COPY_AUDIO = {"aac", "mp3", "mp3float"}


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


def copy_candidate(draft: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The single main segment if the draft is nothing but one plain cut; else None."""
    main, overlays = main_and_overlays(draft)
    if main is None or overlays or tracks_of(draft, TT_AUDIO):
        return None
    if any(t.get("sg") for t in tracks_of(draft, TT_TEXT)):
        return None
    if any(t.get("tt") not in (0, 1, 7) for t in draft.get("t") or []):
        return None
    meta = draft.get("m") or {}
    fx = meta.get("fx") if isinstance(meta, Mapping) else None
    if isinstance(fx, Mapping) and any(_fx_active(k, v) for k, v in fx.items()):
        return None
    segs = [s for s in main.get("sg") or [] if ms(s, "d") > 0]
    if len(segs) != 1 or main.get("muted") or float(main.get("volume", 1.0) or 0) != 1.0:
        return None
    seg = segs[0]
    if ms(seg, "start") != 0 or programme_ms(draft) != ms(seg, "d"):
        return None
    plain = (float(seg.get("speed") or 1.0) == 1.0 and not seg.get("freeze")
             and float(seg.get("volume", 1.0) if seg.get("volume") is not None else 1.0) == 1.0
             and str(seg.get("kind") or "video") == "video")
    return seg if plain else None


def _fx_active(key: str, value: Any) -> bool:
    if key == "max_height":
        return False  # checked through the canvas size
    if key == "color" and isinstance(value, Mapping):
        return any(_fx_active(k, v) for k, v in value.items() if k in ("brightness", "gray", "auto")) or \
            float(value.get("contrast", 1) or 1) != 1 or float(value.get("saturation", 1) or 1) != 1
    return bool(value)


def can_copy(seg: Mapping[str, Any], path: Path, info: MediaInfo, canvas: Canvas, spec: OutputSpec) -> bool:
    """Same size, same rate, codecs the container takes, and the cut starts on a keyframe."""
    if spec.format not in ("mp4", "mov") or info.kind != "video":
        return False
    if (info.width, info.height) != (canvas.width, canvas.height):
        return False
    if spec.fps is not None and abs(spec.fps - info.fps) > 0.01:
        return False
    if info.video_codec not in _COPY_VIDEO or (info.has_audio and info.audio_codec not in _COPY_AUDIO):
        return False
    in_ms, d = ms(seg, "in"), ms(seg, "d")
    if in_ms + d > info.duration_ms + 1000 / max(info.fps, 1.0):
        return False
    return keyframe_at(path, in_ms, info.fps)
