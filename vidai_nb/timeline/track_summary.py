"""The one-line track summary in the protocol's format (PROTOCOL.md §4)."""

from __future__ import annotations

from typing import Any

from vidai_nb.timeline.labels import (
    effective_volume,
    percent,
    segment_label,
    shows_volume,
    span,
    track_label,
)
from vidai_nb.timeline.model import Segment, Track, decode_tracks

# Beyond these counts a track is summarised ("12 cues (0-42s)") instead of listed.
MAX_TEXT_LISTED = 3
MAX_MEDIA_LISTED = 6


def segment_phrase(track: Track, seg: Segment) -> str:
    """`city timelapse (0-10s)`, `Lo-fi (0-10s, 35%)`, `"Urban Dreams" (0-3s)`."""
    inner = span(seg.start_ms, seg.end_ms)
    if shows_volume(track):
        vol = effective_volume(track, seg)
        if abs(vol - 1.0) > 1e-9:
            inner += f", {percent(vol)}"
    return f"{segment_label(track, seg)} ({inner})"


def track_phrase(track: Track) -> str:
    """`Video: city timelapse (0-10s)`; many segments are counted rather than listed."""
    label = track_label(track)
    segs = track.segments
    if not segs:
        return f"{label}: empty"
    start, end = track.start_ms or 0, track.end_ms or 0
    if track.kind == "text" and len(segs) > MAX_TEXT_LISTED:
        return f"{label}: {len(segs)} cues ({span(start, end)})"
    if len(segs) > MAX_MEDIA_LISTED:
        return f"{label}: {len(segs)} clips ({span(start, end)})"
    return f"{label}: " + ", ".join(segment_phrase(track, s) for s in segs)


def summary(draft: Any) -> str:
    """`Timeline (3 tracks): 1. Video: city timelapse (0-10s) 2. BGM: Lo-fi (0-10s, 35%) 3. Title: ...`."""
    tracks = decode_tracks(draft)
    if not tracks:
        return "Timeline (0 tracks): empty"
    n = len(tracks)
    parts = [f"{i}. {track_phrase(t)}" for i, t in enumerate(tracks, start=1)]
    return f"Timeline ({n} track{'s' if n != 1 else ''}): " + " ".join(parts)
