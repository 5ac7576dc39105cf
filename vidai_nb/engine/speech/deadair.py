"""Dead air at the head and tail of a clip.

With speech, the footage is the speech: a talking video keeps its moving picture while nobody talks,
so its content runs from the first word (minus a pad) to the last word (plus a pad). Without speech,
dead air is silence together with black or frozen pictures.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import detect_log
from .audio import speech_stream, stream_facts
from .ffmpeg import run_analysis
from .records import SpeechUnavailable, Word

ENV_PAD_START = "VIDAI_TRIM_PAD_START_S"
ENV_PAD_END = "VIDAI_TRIM_PAD_END_S"
DEFAULT_PAD_S = 0.3

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
        args += ["-map", f"0:a:{speech_stream(path)}"] if facts.has_audio else []
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


@dataclass(frozen=True)
class Content:
    """Where a clip's content starts and ends (source ms), and what that was decided by."""

    start_ms: int
    end_ms: int
    # Set when speech decided: the first word's start and the last word's end.
    first_word_ms: int | None = None
    last_word_ms: int | None = None

    @property
    def by_speech(self) -> bool:
        return self.first_word_ms is not None


def _pad_ms(name: str) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return round(DEFAULT_PAD_S * 1000)
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"${name} must be a number of seconds, not {raw!r}") from None
    if not 0 <= value <= 10:
        raise ValueError(f"${name} must be between 0 and 10 seconds, not {raw!r}")
    return round(value * 1000)


def trim_pads() -> tuple[int, int]:
    """(before the first word, after the last word) in ms, from the environment (default 0.3 s each)."""
    return _pad_ms(ENV_PAD_START), _pad_ms(ENV_PAD_END)


def speech_span(words: Sequence[Word], total_ms: int, pads: tuple[int, int]) -> Content | None:
    """The content of a clip whose words are `words`: first word minus pad to last word plus pad."""
    spoken = [w for w in words if any(ch.isalnum() for ch in w.text)]
    if not spoken or total_ms <= 0:
        return None
    first = min(w.start_ms for w in spoken)
    last = max(w.end_ms for w in spoken)
    start, end = max(0, first - pads[0]), min(total_ms, last + pads[1])
    if end <= start:
        return None
    return Content(start, end, first, last)


def detect_content(path: Path | str, language: str | None = "en",
                   on_progress: Callable[[float], None] | None = None) -> Content:
    """The clip's content: by its speech when it has any (and a model is installed), else by
    `detect_dead_air`. Transcription is kept per file, so subtitles made afterwards reuse it."""
    from .asr import transcribe

    path = Path(path)
    facts = stream_facts(path)
    if facts.has_audio and not facts.is_image and facts.duration_ms > 0:
        try:
            words = transcribe(path, language=language, on_progress=on_progress)
        except SpeechUnavailable:
            words = []  # no model here: fall back to silence and pictures
        found = speech_span(words, facts.duration_ms, trim_pads())
        if found is not None:
            return found
    start, end = detect_dead_air(path)
    return Content(start, end)
