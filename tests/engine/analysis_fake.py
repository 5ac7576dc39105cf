"""Deterministic stand-ins for the speech analysis the turn runner fills in (tests and the benchmark).

`fill_runner_fields(op, draft)` gives runner-filled operations fixed, plausible values so that two
plans can be compared by their effect on a draft without running any model.
"""

from __future__ import annotations

from typing import Any

from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.base import main_track


def _sources(draft: dict[str, Any]) -> dict[str, int]:
    """media id -> the longest source span the main track shows of it."""
    out: dict[str, int] = {}
    for seg in (main_track(draft) or {}).get("sg", []):
        if seg.get("kind", "video") == "video":
            end = int(seg.get("in", 0)) + int(seg["d"] * float(seg.get("speed", 1.0)))
            out[str(seg["src"])] = max(out.get(str(seg["src"]), 0), end)
    return out


def fill_runner_fields(op: s.OpBase, draft: dict[str, Any]) -> s.OpBase:
    if isinstance(op, s.TrimDeadAir) and not op.bounds:
        return op.model_copy(
            update={"bounds": {k: (1000, max(1001, v - 1000)) for k, v in _sources(draft).items()}}
        )
    if isinstance(op, s.RemoveSilences) and not op.silences:
        return op.model_copy(
            update={
                "silences": {
                    # two pauses inside, one silence running to the end ("keep the silence at the end")
                    k: [(v // 4, v // 4 + 1500), (v // 2, v // 2 + 800), (max(v // 2 + 800, v - 1200), v)]
                    for k, v in _sources(draft).items()
                }
            }
        )
    if isinstance(op, s.AddSubtitles) and not op.cues:
        return op.model_copy(
            update={
                "cues": [
                    s.Cue(start_ms=500, end_ms=2500, text="hello there"),
                    s.Cue(start_ms=3000, end_ms=5000, text="and welcome"),
                ]
            }
        )
    if isinstance(op, s.RemoveFillers) and op.cuts is None:
        cuts = ([s.Range(start_ms=1000, end_ms=1300)] if op.fillers else []) + (
            [s.Range(start_ms=2000, end_ms=2200)] if op.repeats else [])
        return op.model_copy(update={"cuts": cuts, "removed_words": len(cuts), "found_words": len(cuts),
                                     "filler_count": int(op.fillers), "repeat_count": int(op.repeats)})
    if isinstance(op, s.CutSentences) and op.cuts is None:
        # a different span per query and per keep / cut, so that two plans differ when they should
        a = 3000 + 100 * (sum(map(ord, op.query)) % 20)
        cuts = [s.Range(start_ms=0, end_ms=a)] if op.keep else [s.Range(start_ms=a, end_ms=a + 700)]
        return op.model_copy(update={"cuts": cuts, "removed_words": 3, "found_words": 3, "sentence_count": 1})
    return op
