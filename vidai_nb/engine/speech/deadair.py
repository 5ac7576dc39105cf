"""Dead air at the head and tail of a clip: silence together with black or frozen pictures."""

from __future__ import annotations

from pathlib import Path

from . import detect_log
from .audio import stream_facts
from .ffmpeg import run_analysis

# A frame's worth of slack when asking "does this range start at 0 / reach the end".
_EDGE_MS = 80
# Analyse pictures small: black/frozen are global properties, and this keeps long clips cheap.
_VIDEO_FILTER = "scale=160:-2,blackdetect=d=0.3:pix_th=0.10,freezedetect=n=-50dB:d=0.3"
_SILENCE_FILTER = "silencedetect=noise=-35dB:duration=0.3"


def _head_end(ranges: detect_log.Ranges) -> int:
    """Where a range that starts at the very beginning ends (0 when the clip starts live)."""
    return next((b for a, b in ranges if a <= _EDGE_MS), 0)


def _tail_start(ranges: detect_log.Ranges, total_ms: int) -> int:
    """Where a range that runs to the very end starts (`total_ms` when the clip ends live)."""
    return next((a for a, b in reversed(ranges) if b >= total_ms - _EDGE_MS), total_ms)


def detect_dead_air(path: Path | str) -> tuple[int, int]:
    """(content_start_ms, content_end_ms): the clip without dead air at either end.

    Dead air is where every track present is empty: silent audio and, for video, black or frozen
    frames. Audio-only inputs use silence alone; a video without audio uses pictures alone; an image
    has no timeline and gives (0, 0). If the whole clip is dead, (0, duration) is returned so that a
    caller never trims everything away.
    """
    path = Path(path)
    facts = stream_facts(path)
    total = facts.duration_ms
    if facts.is_image or total == 0:
        return (0, 0)
    if not (facts.has_audio or facts.has_video):
        return (0, total)
    args: list[str] = []
    if facts.has_video:
        args += ["-map", "0:V:0", "-vf", _VIDEO_FILTER]  # V: moving video, never cover art
        args += ["-map", "0:a:0"] if facts.has_audio else []
    else:
        args += ["-vn"]
    args += ["-af", _SILENCE_FILTER] if facts.has_audio else ["-an"]
    log = run_analysis(path, args)

    dead_tracks: list[detect_log.Ranges] = []
    if facts.has_audio:
        dead_tracks.append(detect_log.union(detect_log.silences(log, total)))
    if facts.has_video:
        pictures = detect_log.blacks(log, total) + detect_log.freezes(log, total)
        # a black head followed by a frozen frame is one dead stretch: allow a frame of gap
        dead_tracks.append(detect_log.union(pictures, gap_ms=_EDGE_MS))
    # Dead at an edge only as far as *every* track is dead there.
    start = min(_head_end(r) for r in dead_tracks)
    end = max(_tail_start(r, total) for r in dead_tracks)
    if end <= start:
        return (0, total)
    return (start, end)
