"""Human labels for tracks, segments, times and volumes (shared by summary, diff and plot)."""

from __future__ import annotations

import re

from vidai_nb.timeline.model import Segment, Track

MAX_LABEL = 40


def seconds(ms: int | float) -> str:
    """Milliseconds as seconds without needless decimals: 10000 → "10", 1500 → "1.5", 1234 → "1.23"."""
    text = f"{ms / 1000:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def span(start_ms: int, end_ms: int) -> str:
    return f"{seconds(start_ms)}-{seconds(end_ms)}s"


def number(value: float) -> str:
    """A number without needless decimals: 1.0 → "1", 0.25 → "0.25"."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def percent(volume: float) -> str:
    return f"{number(volume * 100)}%"


def clean(text: str, limit: int = MAX_LABEL) -> str:
    """One line, collapsed whitespace, shortened with an ellipsis."""
    one = re.sub(r"\s+", " ", text).strip()
    return one if len(one) <= limit else one[: limit - 1].rstrip() + "…"


def track_label(track: Track) -> str:
    """The track's `name`, else a label from its kind and role (Video, BGM, Audio, Title, Subtitles, Text)."""
    if track.label_name:
        return clean(track.label_name)
    role = track.role_key or ""
    if track.kind == "video":
        return "Overlay" if role == "overlay" else "Video"
    if track.kind == "audio":
        if role in ("bgm", "music"):
            return "BGM"
        return "Voiceover" if role in ("voiceover", "voice", "narration") else "Audio"
    if track.kind == "text":
        if role == "title":
            return "Title"
        return "Subtitles" if role.startswith("subtitle") or role == "caption" else "Text"
    return clean(track.kind, 24)


def segment_label(track: Track, seg: Segment) -> str:
    """`"text"` quoted for text, else the media's name or source id."""
    text, name = seg.shown("text"), seg.shown("name")
    if track.kind == "text" or (text and not (name or seg.source)):
        return f'"{clean(text or "")}"'
    label = name or seg.source
    if label:
        return clean(label)
    return "clip"


def shows_volume(track: Track) -> bool:
    return track.kind == "audio"


def effective_volume(track: Track, seg: Segment) -> float:
    """Segment volume, else the track's, else 1.0 (100%)."""
    v = seg.volume
    if v is None:
        v = track.volume
    return 1.0 if v is None else v
