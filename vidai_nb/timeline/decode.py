"""Tolerant decoding of any draft into plain tracks and segments.

Everything here accepts arbitrary JSON-ish input (the cloud's drafts are undocumented), so every
accessor degrades to a default instead of raising.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

from vidai_nb.timeline.schema import track_kind

# Times beyond this are nonsense; clamping keeps int64 columns and float seconds exact.
MAX_MS = 2**53

START_KEYS = ("start", "start_ms")
END_KEYS = ("end", "end_ms")
DURATION_KEYS = ("duration", "duration_ms")
SOURCE_KEYS = ("src", "source", "url", "path")


def coerce_draft(value: Any, _depth: int = 0) -> dict[str, Any]:
    """The draft dict inside `value`: JSON text, `{"draft": ...}`, a state payload, or {}."""
    if _depth > 5:
        return {}
    if isinstance(value, bytes | bytearray):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except (ValueError, RecursionError):
            return {}
    if not isinstance(value, dict):
        return {}
    if "t" not in value:
        # Wrappers seen in the protocol: {"draft": ...}, state {"state": {"draft"}}, envelopes {"data": ...}.
        for key in ("draft", "state", "data"):
            inner = value.get(key)
            if isinstance(inner, dict | str | bytes):
                found = coerce_draft(inner, _depth + 1)
                if found:
                    return found
    return value


def to_number(value: Any) -> float | None:
    """A finite float from a number or numeric string; None otherwise (bools are not numbers)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return float(max(-MAX_MS, min(MAX_MS, value)))
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            f = float(value.strip())
        except ValueError:
            return None
        return f if math.isfinite(f) else None
    return None


def to_ms(value: Any) -> int | None:
    """Integer milliseconds (clamped to ±MAX_MS) or None."""
    f = to_number(value)
    if f is None:
        return None
    return round(max(-MAX_MS, min(MAX_MS, f)))


def _clamp(ms: int) -> int:
    return max(-MAX_MS, min(MAX_MS, ms))


def _first(d: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if k in d and d[k] is not None:
            return d[k]
    return None


def normalize_tt(tt: Any) -> Any:
    """Numeric strings and integral floats become ints ("7" → 7); anything else is kept as given."""
    if isinstance(tt, bool):
        return tt
    if isinstance(tt, float) and tt.is_integer():
        return int(tt)
    if isinstance(tt, str) and tt.strip().lstrip("-").isdigit():
        return int(tt.strip())
    return tt


def text_of(value: Any) -> str | None:
    """A display string for a scalar-ish value; None for missing."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        try:
            return json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError, RecursionError):
            return str(value)
    return str(value)


@dataclass(frozen=True)
class Segment:
    """One decoded segment; `raw` is the original dict (kept for unknown keys)."""

    index: int
    start_ms: int
    end_ms: int
    raw: dict[str, Any]

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    @property
    def id(self) -> str | None:
        return text_of(self.raw.get("id"))

    @property
    def source(self) -> str | None:
        return text_of(_first(self.raw, SOURCE_KEYS))

    @property
    def name(self) -> str | None:
        return text_of(self.raw.get("name"))

    @property
    def text(self) -> str | None:
        return text_of(self.raw.get("text"))

    @property
    def volume(self) -> float | None:
        return to_number(self.raw.get("volume"))


@dataclass(frozen=True)
class Track:
    """One decoded track; `raw` holds the track's own keys (including the original `sg`)."""

    index: int
    tt: Any
    raw: dict[str, Any]
    segments: tuple[Segment, ...] = field(default=())

    @property
    def kind(self) -> str:
        return track_kind(self.tt)

    @property
    def id(self) -> str | None:
        return text_of(self.raw.get("id"))

    @property
    def name(self) -> str | None:
        name = self.raw.get("name")
        return name if isinstance(name, str) and name.strip() else None

    @property
    def role(self) -> str | None:
        role = self.raw.get("role")
        return role.lower() if isinstance(role, str) else None

    @property
    def volume(self) -> float | None:
        return to_number(self.raw.get("volume"))

    @property
    def start_ms(self) -> int | None:
        return min((s.start_ms for s in self.segments), default=None)

    @property
    def end_ms(self) -> int | None:
        return max((s.end_ms for s in self.segments), default=None)


def segment_duration(seg: dict[str, Any], start: int) -> int:
    """Length from `d`, else `end - start`, else `duration`; never negative."""
    d = to_ms(seg.get("d"))
    if d is None:
        end = to_ms(_first(seg, END_KEYS))
        if end is not None:
            d = end - start
    if d is None:
        d = to_ms(_first(seg, DURATION_KEYS))
    return max(0, d or 0)


def decode_segments(sg: Any) -> tuple[Segment, ...]:
    """Segments of one track; a segment with no start follows the previous one on the track."""
    if not isinstance(sg, list):
        return ()
    out: list[Segment] = []
    cursor = 0
    for i, seg in enumerate(sg):
        if not isinstance(seg, dict):
            continue  # not a segment: skipped, but indices keep their original positions
        start = to_ms(_first(seg, START_KEYS))
        if start is None:
            start = cursor
        end = _clamp(start + segment_duration(seg, start))
        out.append(Segment(i, start, end, seg))
        cursor = end
    return tuple(out)


def decode_tracks(draft: Any) -> list[Track]:
    """All dict tracks of any draft-like value, in order (indices are positions in `t`)."""
    d = coerce_draft(draft)
    tracks = d.get("t")
    if not isinstance(tracks, list):
        return []
    out: list[Track] = []
    for i, t in enumerate(tracks):
        if not isinstance(t, dict):
            continue
        out.append(Track(i, normalize_tt(t.get("tt")), t, decode_segments(t.get("sg"))))
    return out


def meta(draft: Any) -> dict[str, Any]:
    """The draft's `m` (metadata / canvas), {} when missing."""
    m = coerce_draft(draft).get("m")
    return m if isinstance(m, dict) else {}


def flatten(value: dict[str, Any], prefix: str = "", _depth: int = 0) -> dict[str, Any]:
    """Nested dicts to dotted keys: {"transition": {"type": "fade"}} → {"transition.type": "fade"}."""
    out: dict[str, Any] = {}
    for k, v in value.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v and _depth < 8:
            out.update(flatten(v, f"{key}.", _depth + 1))
        else:
            out[key] = v
    return out
