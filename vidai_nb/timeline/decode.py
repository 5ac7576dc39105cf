"""Tolerant reading of any JSON-ish value: the draft inside it, numbers, milliseconds, display text.

Everything here accepts arbitrary JSON-ish input (the cloud's drafts are undocumented), so every
accessor degrades to a default instead of raising.
"""

from __future__ import annotations

import json
import math
from typing import Any

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


def clamp_ms(ms: int) -> int:
    return max(-MAX_MS, min(MAX_MS, ms))


def first_present(d: dict[str, Any], keys: tuple[str, ...]) -> Any:
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


def segment_duration(seg: dict[str, Any], start: int) -> int:
    """Length from `d`, else `end - start`, else `duration`; never negative."""
    d = to_ms(seg.get("d"))
    if d is None:
        end = to_ms(first_present(seg, END_KEYS))
        if end is not None:
            d = end - start
    if d is None:
        d = to_ms(first_present(seg, DURATION_KEYS))
    return max(0, d or 0)


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
