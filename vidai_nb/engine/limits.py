"""Bounded work: a draft (or an export request) is checked against the draft JSON Schema and the
engine's limits before anything expensive runs, so one user cannot hold the render workers for days.

Every refusal is a `DraftRefused` that names the limit (and the setting that moves it); the API turns
it into a 422 envelope. Nothing here renders or stores: it only reads the draft.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from vidai_nb.engine.config import Settings
from vidai_nb.timeline.model import programme_ms
from vidai_nb.timeline.schema import schema_problems

# Any number in a draft beyond this is a mistake or an attack (1e9 ms is 11.5 days; 1e9 px is absurd):
# refusing it early keeps OverflowError / "int too large" out of the renderer.
MAX_ABS_NUMBER = 1e9
# The schema's speed bounds are replaced by the configurable ones (VIDAI_MIN_SPEED / VIDAI_MAX_SPEED).
_SPEED_KEYWORDS = {"minimum", "maximum"}
TT_TEXT = 7  # docs/draft.md (vidai_nb.timeline.schema.TT_TEXT)


class DraftRefused(Exception):
    """A draft or an export request past a limit. `limit` is the setting (or "schema")."""

    def __init__(self, limit: str, message: str) -> None:
        super().__init__(message)
        self.limit = limit
        self.message = message


@dataclass(frozen=True)
class DraftLimits:
    max_canvas_long: int = 4096
    max_canvas_short: int = 2160
    max_programme_ms: int = 3 * 3600 * 1000
    max_segments: int = 1000
    max_text_segments: int = 5000
    max_text_chars: int = 2000
    max_freeze_ms: int = 600_000
    min_speed: float = 0.25
    max_speed: float = 4.0

    @classmethod
    def from_settings(cls, s: Settings) -> DraftLimits:
        return cls(
            max_canvas_long=s.max_canvas_long,
            max_canvas_short=s.max_canvas_short,
            max_programme_ms=s.max_programme_s * 1000,
            max_segments=s.max_segments,
            max_text_segments=s.max_text_segments,
            max_text_chars=s.max_text_chars,
            max_freeze_ms=s.max_freeze_s * 1000,
            min_speed=s.min_speed,
            max_speed=s.max_speed,
        )

    def check_canvas(self, width: int, height: int, what: str = "canvas") -> None:
        long, short = max(width, height), min(width, height)
        if long > self.max_canvas_long or short > self.max_canvas_short:
            raise DraftRefused(
                "VIDAI_MAX_CANVAS_LONG/VIDAI_MAX_CANVAS_SHORT",
                f"the {what} {width}x{height} is larger than this engine allows "
                f"({self.max_canvas_long}x{self.max_canvas_short} in either orientation)",
            )


def _walk(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _walk(v, f"{path}/{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _walk(v, f"{path}/{i}")
    else:
        yield path or "/", value


def _check_numbers(draft: Mapping[str, Any], finite_only: bool) -> None:
    for path, v in _walk(draft):
        if isinstance(v, float) and not math.isfinite(v):
            raise DraftRefused("schema", f"invalid draft: {path} is {v}; numbers must be finite")
        if finite_only:
            continue
        if isinstance(v, int | float) and not isinstance(v, bool) and abs(v) > MAX_ABS_NUMBER:
            raise DraftRefused("schema", f"invalid draft: {path} is {v:.3g}, beyond any sensible value")


def _segments(draft: Mapping[str, Any]) -> Iterator[tuple[int, Mapping[str, Any], Mapping[str, Any]]]:
    """(track index, track, segment) for every well-formed segment (the schema reports the rest)."""
    tracks = draft.get("t")
    for i, track in enumerate(tracks if isinstance(tracks, list) else []):
        sg = track.get("sg") if isinstance(track, Mapping) else None
        for seg in sg if isinstance(sg, list) else []:
            if isinstance(seg, Mapping):
                yield i, track, seg


def _count(draft: Mapping[str, Any]) -> tuple[int, int]:
    """(tracks + picture and sound segments, text segments): each cut of a picture is work in the render
    graph, while subtitle cues are drawn by one filter, so an hour of subtitles must not use up the cuts."""
    tracks = draft.get("t")
    n = len(tracks) if isinstance(tracks, list) else 0
    text = 0
    for track in tracks if isinstance(tracks, list) else []:
        sg = track.get("sg") if isinstance(track, Mapping) else None
        count = len(sg) if isinstance(sg, list) else 0
        if isinstance(track, Mapping) and track.get("tt") == TT_TEXT:
            text += count
        else:
            n += count
    return n, text


def _schema_problems(draft: Mapping[str, Any]) -> list[str]:
    # the configurable speed range (checked below) decides instead of the schema's bounds
    return [p.text for p in schema_problems(draft)
            if not (p.path and p.path[-1] == "speed" and p.keyword in _SPEED_KEYWORDS)]


def _number(value: Any) -> TypeGuard[float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def check_draft(draft: Any, limits: DraftLimits, schema: bool = True) -> None:
    """Raise DraftRefused when `draft` is malformed or past a limit; return quietly otherwise.

    `schema=False` checks the limits only: for drafts the engine's own operations made (a turn's
    result), where a schema mismatch would be the engine's bug, not a reason to refuse the user."""
    if not isinstance(draft, Mapping):
        raise DraftRefused("schema", "invalid draft: expected a JSON object with a `t` list of tracks")
    _check_numbers(draft, finite_only=True)
    # Counted before the schema runs: validating 100,000 segments would itself be the slow work.
    n, texts = _count(draft)
    if n > limits.max_segments:
        raise DraftRefused(
            "VIDAI_MAX_SEGMENTS",
            f"the draft has {n} tracks and picture or sound segments; this engine allows at most "
            f"{limits.max_segments}",
        )
    if texts > limits.max_text_segments:
        raise DraftRefused(
            "VIDAI_MAX_TEXT_SEGMENTS",
            f"the draft has {texts} text segments (subtitle cues, titles); this engine allows at most "
            f"{limits.max_text_segments}",
        )
    problems = _schema_problems(draft) if schema else []
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        raise DraftRefused("schema", "invalid draft: " + "; ".join(problems[:3]) + more)
    m = draft.get("m")
    meta: Mapping[str, Any] = m if isinstance(m, Mapping) else {}
    if meta.get("width") is not None or meta.get("height") is not None:
        limits.check_canvas(_int(meta.get("width")) or 1920, _int(meta.get("height")) or 1080)
    for i, _track, seg in _segments(draft):
        where = f"segment {seg.get('id') or '?'} of track {i + 1}"
        speed = seg.get("speed")
        if _number(speed) and not limits.min_speed <= float(speed) <= limits.max_speed:
            raise DraftRefused(
                "VIDAI_MIN_SPEED/VIDAI_MAX_SPEED",
                f"{where} plays at speed {speed}; "
                f"the allowed range is {limits.min_speed:g}–{limits.max_speed:g}",
            )
        if seg.get("freeze") is True and _int(seg.get("d")) > limits.max_freeze_ms:
            raise DraftRefused(
                "VIDAI_MAX_FREEZE_S",
                f"{where} freezes a frame for {_int(seg.get('d')) / 1000:g} s; "
                f"the limit is {limits.max_freeze_ms / 1000:g} s",
            )
        text = seg.get("text")
        if isinstance(text, str) and len(text) > limits.max_text_chars:
            raise DraftRefused(
                "VIDAI_MAX_TEXT_CHARS",
                f"{where} has {len(text)} characters of text; the limit is {limits.max_text_chars}",
            )
        size = seg.get("size")
        if _number(size) and float(size) > limits.max_canvas_long:
            raise DraftRefused(
                "VIDAI_MAX_CANVAS_LONG",
                f"{where} asks for text {size:g} px high; the limit is {limits.max_canvas_long} px",
            )
    end = programme_ms(draft)  # what the export would last (timeline.model: the one definition)
    if end > limits.max_programme_ms:
        raise DraftRefused(
            "VIDAI_MAX_PROGRAMME_S",
            f"the draft runs {_duration(end)}; "
            f"this engine renders at most {_duration(limits.max_programme_ms)}",
        )
    _check_numbers(draft, finite_only=False)  # last, so the limits above are named when they apply


def _duration(ms: int) -> str:
    s = ms // 1000
    if s < 120:
        return f"{ms / 1000:g} s"
    h, rest = divmod(s, 3600)
    return f"{h} h {rest // 60} min" if h else f"{s // 60} min {s % 60} s"


def check_output(draft: Mapping[str, Any], output: Mapping[str, Any] | None, limits: DraftLimits) -> None:
    """The export request: a readable output spec whose frame fits the canvas limit."""
    from vidai_nb.engine.render.errors import RenderError
    from vidai_nb.engine.render.spec import OutputSpec, canvas_for
    from vidai_nb.timeline.model import Meta

    try:
        spec = OutputSpec.from_request(output)
        meta = draft.get("m") if isinstance(draft.get("m"), Mapping) else {}
        canvas = canvas_for(Meta.from_mapping(meta or {}), spec)
    except (RenderError, ValueError, TypeError, OverflowError) as exc:
        raise DraftRefused("output", f"invalid output: {exc}") from exc
    limits.check_canvas(canvas.width, canvas.height, "export size")
