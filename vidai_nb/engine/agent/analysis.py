"""Speech analysis the turn runner needs for some operations, mapped from source to timeline time.

Blocking functions (run them in a thread): they call engine/speech, which may be unavailable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from vidai_nb.engine.ops.base import main_track

ProgressFn = Callable[[float], None]


def main_sources(draft: dict[str, Any]) -> list[str]:
    """Distinct media ids of the main track's moving segments, in timeline order."""
    tr = main_track(draft)
    out: list[str] = []
    for seg in (tr or {}).get("sg", []):
        src = str(seg.get("src"))
        if seg.get("kind", "video") == "video" and not seg.get("freeze") and src not in out:
            out.append(src)
    return out


class Bounds(dict[str, tuple[int, int]]):
    """Content bounds per media id (source ms); `notes` say where speech decided them."""

    notes: list[str]


def dead_air_bounds(draft: dict[str, Any], paths: Mapping[str, Path], *, language: str | None = "en",
                    names: Mapping[str, str] | None = None, zh: bool = False,
                    on_progress: ProgressFn | None = None) -> Bounds:
    """Per source: its speech from the first word to the last (with the configured pads) when it has
    speech, else without the silent black/frozen head and tail (speech.detect_content)."""
    from vidai_nb.engine.jobs.speech_job import content_anywhere
    from vidai_nb.engine.ops import clock
    from vidai_nb.engine.speech import trim_pads

    bounds = Bounds()
    bounds.notes = []
    sources = [s for s in main_sources(draft) if s in paths]
    for i, src in enumerate(sources):
        def part(pct: float, i: int = i) -> None:
            if on_progress is not None:
                on_progress((i + pct / 100) * 100 / max(1, len(sources)))

        found = content_anywhere(paths, src, language, on_progress=part)  # on a worker when shared
        if found.end_ms <= found.start_ms:
            continue
        bounds[src] = (found.start_ms, found.end_ms)
        if found.by_speech:
            pad_a, pad_b = (f"{p / 1000:g}" for p in trim_pads())
            name = (names or {}).get(src, src)
            bounds.notes.append(
                f"{name}：按语音剪辑，保留 {clock(found.start_ms)}–{clock(found.end_ms)}"
                f"（第一个词前 {pad_a} 秒到最后一个词后 {pad_b} 秒），中间的停顿保留。" if zh else
                f"{name} was trimmed to its speech: {clock(found.start_ms)}–{clock(found.end_ms)} kept, "
                f"from {pad_a} s before the first word to {pad_b} s after the last; pauses inside are kept "
                "(say \"remove the pauses\" to cut them).")
    return bounds


def silences(draft: dict[str, Any], paths: Mapping[str, Path], threshold_db: float, min_ms: int, *,
             language: str | None = "en",
             on_progress: ProgressFn | None = None) -> dict[str, list[tuple[int, int]]]:
    """Per source, the pauses that may be cut: quiet stretches with every recognised word taken out."""
    from vidai_nb.engine.jobs.speech_job import pauses_anywhere

    sources = [s for s in main_sources(draft) if s in paths]
    out: dict[str, list[tuple[int, int]]] = {}
    for i, src in enumerate(sources):
        def part(pct: float, i: int = i) -> None:
            if on_progress is not None:
                on_progress((i + pct / 100) * 100 / max(1, len(sources)))

        out[src] = pauses_anywhere(paths, src, threshold_db, min_ms, language, on_progress=part)
    return out


def timeline_cues(draft: dict[str, Any], paths: Mapping[str, Path], language: str | None,
                  on_progress: ProgressFn | None = None) -> list[dict[str, Any]]:
    """Transcribe each source once, place its words where the main track shows them, make cues."""
    from vidai_nb.engine.jobs.speech_job import transcribe_anywhere
    from vidai_nb.engine.speech import Word, make_cues

    sources = [s for s in main_sources(draft) if s in paths]
    words_by_src: dict[str, list[Any]] = {}
    for i, src in enumerate(sources):
        def part(pct: float, i: int = i) -> None:
            if on_progress is not None:
                on_progress((i + pct / 100) * 100 / max(1, len(sources)))

        # on a worker in a shared deployment (the turn's heartbeats carry its progress), else here
        words_by_src[src] = transcribe_anywhere(paths, src, language, on_progress=part)
    placed: list[Any] = []
    for seg in (main_track(draft) or {}).get("sg", []):
        words = words_by_src.get(str(seg.get("src")))
        if not words or seg.get("freeze") or seg.get("kind") == "image":
            continue
        a, d, src_in = int(seg["start"]), int(seg["d"]), int(seg.get("in", 0))
        speed = float(seg.get("speed", 1.0))
        src_end = src_in + d * speed
        for w in words:
            mid = (w.start_ms + w.end_ms) / 2
            if src_in <= mid < src_end:  # a word belongs where most of it is shown
                start = max(a, a + round((w.start_ms - src_in) / speed))
                end = min(a + d, a + round((w.end_ms - src_in) / speed))
                placed.append(Word(text=w.text, start_ms=start, end_ms=max(end, start + 1),
                                   probability=w.probability))
    return [{"start_ms": c.start_ms, "end_ms": c.end_ms, "text": c.text} for c in make_cues(placed)]
