"""Silence ranges in a file's audio (ffmpeg's silencedetect), and pauses between words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from . import detect_log
from .audio import speech_stream, stream_facts
from .ffmpeg import run_analysis
from .records import SpeechUnavailable, Word


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
    log = run_analysis(path, ["-map", f"0:a:{speech_stream(path)}", "-vn", "-af",
                              silence_filter(threshold_db, min_ms)])
    return detect_log.silences(log, facts.duration_ms)


def detect_pauses(
    path: Path | str, threshold_db: float = -35.0, min_ms: int = 500, language: str | None = "en",
    on_progress: Callable[[float], None] | None = None,
) -> list[tuple[int, int]]:
    """Pauses that may be cut: quiet stretches (`detect_silences`) with every recognised word taken
    out, so that a soft word inside a quiet stretch is never cut. Without a speech model, the quiet
    stretches alone. Pieces shorter than `min_ms` are dropped."""
    from .asr import transcribe

    quiet = detect_silences(path, threshold_db=threshold_db, min_ms=min_ms)
    if not quiet:
        return []
    try:
        words = transcribe(path, language=language, on_progress=on_progress)
    except SpeechUnavailable:
        return quiet
    return without_words(quiet, words, min_ms)


def without_words(ranges: list[tuple[int, int]], words: Sequence[Word], min_ms: int) -> list[tuple[int, int]]:
    """`ranges` minus every word's span, keeping pieces of at least `min_ms`."""
    spans = sorted((w.start_ms, w.end_ms) for w in words)
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        pos = a
        for ws, we in spans:
            if we <= pos or ws >= b:
                continue
            if ws - pos >= min_ms:
                out.append((pos, ws))
            pos = max(pos, we)
        if b - pos >= min_ms:
            out.append((pos, b))
    return out
