"""Any draft → a pandas DataFrame, one row per segment (`clip`: which clip the user counts it in)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from vidai_nb.timeline.decode import flatten
from vidai_nb.timeline.model import Segment, Track, continues_previous, decode_tracks

# The fixed columns, always present and in this order; flattened extra keys follow them.
COLUMNS: list[str] = [
    "track", "track_kind", "tt", "track_id", "track_name", "track_role",
    "segment", "clip", "segment_id",
    "start_ms", "end_ms", "duration_ms", "start_s", "end_s", "duration_s",
    "source", "name", "text", "volume",
]

DTYPES: dict[str, Any] = {
    "track": "int64", "segment": "int64", "clip": "Int64",
    "start_ms": "int64", "end_ms": "int64", "duration_ms": "int64",
    "start_s": "float64", "end_s": "float64", "duration_s": "float64",
    "volume": "float64",
}

# Segment keys already shown by a fixed column (so not repeated as extras).
_CONSUMED_SEGMENT_KEYS = {"id", "start", "d", "src", "name", "text", "volume"}
_CONSUMED_TRACK_KEYS = {"tt", "id", "name", "role", "sg"}


def _track_columns(track: Track) -> dict[str, Any]:
    """The track's own extra keys as `track.*` columns: once per track (to_json serialises every
    segment, so once per row made an hour's subtitles quadratic: 33 s for 1046 rows)."""
    extras = {str(k): v for k, v in track.to_json().items() if str(k) not in _CONSUMED_TRACK_KEYS}
    return flatten(extras, "track.")


def _clip_numbers(track: Track, main: bool) -> list[int | None]:
    """The 1-based clip each segment of the main track belongs to, as the user counts clips: a ranged
    mute/volume splits a clip invisibly (model.CONTINUES), and its pieces are rows of ONE clip - the row
    per segment stays (each piece has its own volume), the shared `clip` number says they are one.
    Other tracks: None (their items are not clips)."""
    if not main:
        return [None] * len(track.segments)
    out: list[int | None] = []
    prev: dict[str, Any] | None = None
    n = 0
    for seg in track.segments:
        js = seg.to_json()
        n += 0 if continues_previous(prev, js) else 1
        out.append(n)
        prev = js
    return out


def _main_index(tracks: list[Track]) -> int | None:
    """The engine's main track: role "main", else the first video track (ops.base.main_track)."""
    by_role = next((k for k, t in enumerate(tracks) if t.role_key == "main"), None)
    return by_role if by_role is not None else next((k for k, t in enumerate(tracks) if t.tt == 0), None)


def _row(track: Track, seg: Segment, track_columns: dict[str, Any],
         clip: int | None = None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "track": track.index,
        "track_kind": track.kind,
        "tt": track.tt,
        "track_id": track.shown("id"),
        "track_name": track.label_name,
        "track_role": track.role_key,
        "segment": seg.index,
        "clip": clip,
        "segment_id": seg.shown("id"),
        "start_ms": seg.start_ms,
        "end_ms": seg.end_ms,
        "duration_ms": seg.duration_ms,
        "start_s": seg.start_ms / 1000,
        "end_s": seg.end_ms / 1000,
        "duration_s": seg.duration_ms / 1000,
        "source": seg.source,
        "name": seg.shown("name"),
        "text": seg.shown("text"),
        "volume": seg.volume,
    }
    extras = {k: v for k, v in seg.to_json().items() if str(k) not in _CONSUMED_SEGMENT_KEYS}
    for key, value in flatten({str(k): v for k, v in extras.items()}).items():
        row[f"sg.{key}" if key in row else key] = value
    row.update(track_columns)
    return row


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Fixed dtypes for the fixed columns; text columns are object with None (not NaN) for missing."""
    text_cols = [c for c in COLUMNS if c not in DTYPES]
    frame = frame.astype({**DTYPES, **dict.fromkeys(text_cols, "object")})
    for col in text_cols:
        frame[col] = frame[col].astype("object").where(frame[col].notna(), None)
    return frame


def to_frame(draft: Any) -> pd.DataFrame:
    """One row per segment: COLUMNS first, then every other key flattened (`transition.type`, `track.muted`).

    Never raises on odd input: None, {}, JSON text, `{"draft": ...}`, unknown `tt` or keys all decode.
    """
    tracks = list(decode_tracks(draft))
    main = _main_index(tracks)
    rows = [_row(track, seg, columns, clip) for k, track in enumerate(tracks)
            for columns in [_track_columns(track)]
            for seg, clip in zip(track.segments, _clip_numbers(track, k == main), strict=True)]
    if not rows:
        return _typed(pd.DataFrame({c: [] for c in COLUMNS}))
    extra: list[str] = []
    seen = set(COLUMNS)
    for row in rows:
        for key in row:
            if key not in seen:
                seen.add(key)
                extra.append(key)
    frame = pd.DataFrame.from_records(rows, columns=[*COLUMNS, *extra])
    return _typed(frame)
