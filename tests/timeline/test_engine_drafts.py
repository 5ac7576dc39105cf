"""Drafts written by the engine's ops: they match the JSON Schema, and every edit reads well as a diff."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.timeline import diff, readiness, summary, to_frame
from vidai_nb.timeline.schema import schema_errors

ops = pytest.importorskip("vidai_nb.engine.ops")
examples = pytest.importorskip("vidai_nb.engine.ops.examples")
pytest.importorskip("jsonschema")

CUES = [{"start_ms": i * 2000, "end_ms": i * 2000 + 1800, "text": f"line {i}"} for i in range(8)]

# (operation, what the diff must say — exactly, or None to only require a non-empty diff)
STEPS: list[tuple[dict[str, Any], list[str] | None]] = [
    ({"op": "keep_range", "start_ms": 2000, "end_ms": 12000}, ["Video now 0-10s", "Video in-point 0s → 2s"]),
    ({"op": "add_clips", "media_ids": ["b.mp4"], "at": "end"}, ["added Video b.mp4 10-40s"]),
    ({"op": "add_music", "media_id": "music.mp3", "volume": 0.35}, ["added BGM music.mp3 0-40s"]),
    ({"op": "set_volume", "track": "bgm", "volume": 0.5}, ["BGM volume 35% → 50%"]),
    ({"op": "add_title", "text": "Urban Dreams", "end_ms": 3000}, ['added Title "Urban Dreams" 0-3s']),
    ({"op": "add_subtitles", "cues": CUES}, ["added Subtitles 8 cues 0-15.8s"]),
    ({"op": "set_aspect", "ratio": "9:16"}, ["canvas 1920×1080 → 1080×1920"]),
    ({"op": "speed", "factor": 2.0, "index": 1}, None),
    ({"op": "crossfade", "duration_ms": 500}, ["Video b.mp4 transition fade 0.5s"]),
    ({"op": "color", "gray": True}, ["added effect color.gray on"]),
    ({"op": "add_logo", "media_id": "logo.png"}, None),
    ({"op": "fade", "fade_in_ms": 500, "fade_out_ms": 1000},
     ["added effect fade_in 0.5s", "added effect fade_out 1s"]),
    ({"op": "loudnorm"}, ["added effect loudnorm -14"]),
]


def test_engine_edits_validate_and_diff_in_words() -> None:
    draft = examples.sample_draft()
    assert schema_errors(draft) == []
    assert readiness(draft)[0]
    for op, expected in STEPS:
        after = ops.apply(draft, op, examples.SAMPLE_MEDIA)
        assert schema_errors(after) == [], op
        changes = diff(draft, after)
        if expected is None:
            assert changes, op
        else:
            assert changes == expected, op
        assert diff(after, after) == []
        draft = after
    assert summary(draft).startswith("Timeline (5 tracks): 1. Video: clip.mp4 (0-5s), b.mp4 (5-35s) ")
    frame = to_frame(draft)
    assert (frame.groupby("track")["end_ms"].max() <= 35000).all()
    assert set(frame["track_kind"]) == {"video", "audio", "text"}
