"""Silence ranges in a file's audio, found by ffmpeg's silencedetect."""

from __future__ import annotations

from pathlib import Path

from . import detect_log
from .audio import stream_facts
from .ffmpeg import run_analysis


def silence_filter(threshold_db: float, min_ms: int) -> str:
    return f"silencedetect=noise={threshold_db}dB:duration={min_ms / 1000:.3f}"


def detect_silences(
    path: Path | str, threshold_db: float = -35.0, min_ms: int = 500
) -> list[tuple[int, int]]:
    """(start_ms, end_ms) of every stretch quieter than `threshold_db` for at least `min_ms`.

    A file without audio (a silent video) is one silence from 0 to its end; an image has none.
    """
    path = Path(path)
    facts = stream_facts(path)
    if not facts.has_audio:
        return [] if facts.is_image or facts.duration_ms == 0 else [(0, facts.duration_ms)]
    log = run_analysis(path, ["-vn", "-af", silence_filter(threshold_db, min_ms)])
    return detect_log.silences(log, facts.duration_ms)
