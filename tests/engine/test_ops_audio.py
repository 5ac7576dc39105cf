"""mute / set_volume over a part of the timeline (engine/ops/audio.py): the draft after the op."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from vidai_nb.engine.ops import OpError, apply
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA as MEDIA
from vidai_nb.engine.ops.examples import sample_draft
from vidai_nb.timeline.model import Draft as TypedDraft


def track(d: dict[str, Any], role: str) -> dict[str, Any]:
    return next(t for t in d["t"] if t.get("role") == role)


def spans(tr: dict[str, Any]) -> list[tuple[int, int, float]]:
    return [(s["start"], s["d"], s.get("volume", 1.0)) for s in tr["sg"]]


def test_range_mute_splits_the_main_clip_and_keeps_the_picture() -> None:
    d = sample_draft()
    before = copy.deepcopy(d)
    out = apply(d, {"op": "mute", "start_ms": 10000, "end_ms": 20000}, MEDIA)
    main = track(out, "main")
    assert spans(main) == [(0, 10000, 1.0), (10000, 10000, 0.0), (20000, 40000, 1.0)]
    # the picture is untouched: contiguous, in-points follow on, same length, track not muted
    assert [s["in"] for s in main["sg"]] == [0, 10000, 20000]
    assert out["d"] == 60000 and not main.get("muted")
    assert len({s["id"] for s in main["sg"]}) == 3
    assert d == before  # the input draft is untouched: undo goes back to it


def test_range_mute_of_a_sped_up_clip_advances_its_in_point_by_speed() -> None:
    d = apply(sample_draft(), {"op": "speed", "factor": 2.0}, MEDIA)  # 30 s on the timeline
    out = apply(d, {"op": "mute", "start_ms": 5000, "end_ms": 6000}, MEDIA)
    assert [s["in"] for s in track(out, "main")["sg"]] == [0, 10000, 12000]


def test_range_mute_over_a_clip_boundary() -> None:
    d = sample_draft(["clip.mp4", "b.mp4"])
    out = apply(d, {"op": "mute", "start_ms": 55000, "end_ms": 65000}, MEDIA)
    assert spans(track(out, "main")) == [(0, 55000, 1.0), (55000, 5000, 0.0), (60000, 5000, 0.0),
                                         (65000, 25000, 1.0)]


def test_range_music_mute_splits_the_music_with_fades_at_its_real_ends() -> None:
    d = apply(sample_draft(music="music.mp3"), {"op": "fade_music", "fade_in_ms": 1000, "fade_out_ms": 2000},
              MEDIA)
    out = apply(d, {"op": "mute", "track": "bgm", "start_ms": 5000, "end_ms": 12000}, MEDIA)
    bgm = track(out, "bgm")["sg"]
    assert [(s["start"], s["d"], s["volume"]) for s in bgm] == [(0, 5000, 0.35), (5000, 7000, 0.0),
                                                                (12000, 48000, 0.35)]
    assert [(s["fade_in"], s["fade_out"]) for s in bgm] == [(1000, 0), (0, 0), (0, 2000)]
    assert [s["in"] for s in bgm] == [0, 5000, 12000]
    assert len(track(out, "main")["sg"]) == 1  # the music's range leaves the clips alone


def test_range_volume_sets_that_part_only() -> None:
    d = sample_draft(music="music.mp3")
    out = apply(d, {"op": "set_volume", "track": "bgm", "volume": 0.2, "start_ms": 30000, "end_ms": 40000},
                MEDIA)
    assert [(s["start"], s["d"], s["volume"]) for s in track(out, "bgm")["sg"]] == [
        (0, 30000, 0.35), (30000, 10000, 0.2), (40000, 20000, 0.35)]
    main = apply(d, {"op": "set_volume", "volume": 1.5, "start_ms": 0, "end_ms": 5000}, MEDIA)
    assert spans(track(main, "main")) == [(0, 5000, 1.5), (5000, 55000, 1.0)]
    assert track(main, "main").get("volume", 1.0) == 1.0


def test_all_tracks_in_a_range_and_a_range_running_past_the_end_stops_there() -> None:
    d = sample_draft(music="music.mp3")
    out = apply(d, {"op": "mute", "track": "all", "start_ms": 50000, "end_ms": 90000}, MEDIA)
    assert spans(track(out, "main"))[-1] == (50000, 10000, 0.0)
    assert [(s["start"], s["d"], s["volume"]) for s in track(out, "bgm")["sg"]][-1] == (50000, 10000, 0.0)


def test_looping_music_split_past_its_length_wraps_its_in_point() -> None:
    d = sample_draft(["clip.mp4", "clip.mp4", "clip.mp4"], music="music.mp3")  # 180 s, 120 s song
    out = apply(d, {"op": "mute", "track": "bgm", "start_ms": 130000, "end_ms": 140000}, MEDIA)
    assert [s["in"] for s in track(out, "bgm")["sg"]] == [0, 10000, 20000]


def test_range_round_trips_through_the_typed_draft_and_unmute_restores_the_level() -> None:
    d = sample_draft(music="music.mp3")
    out = apply(d, {"op": "mute", "start_ms": 10000, "end_ms": 20000}, MEDIA)
    assert TypedDraft.decode(out).to_json() == out
    seg = TypedDraft.decode(out).main.segments[1]  # type: ignore[union-attr]
    assert seg.gain == 0.0
    back = apply(out, {"op": "mute", "muted": False, "start_ms": 10000, "end_ms": 20000}, MEDIA)
    assert [s["volume"] for s in track(back, "main")["sg"]] == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("fields", [{"start_ms": 1000}, {"end_ms": 1000},
                                    {"start_ms": 2000, "end_ms": 2000}, {"start_ms": 3000, "end_ms": 1000}])
def test_a_range_needs_both_ends_in_order(fields: dict[str, int]) -> None:
    with pytest.raises((ValidationError, OpError)):
        apply(sample_draft(), {"op": "mute", **fields}, MEDIA)
    with pytest.raises((ValidationError, OpError)):
        apply(sample_draft(), {"op": "set_volume", "volume": 0.5, **fields}, MEDIA)


def test_a_range_past_the_programme_end_is_a_clear_error() -> None:
    with pytest.raises(OpError, match="only 60 s long"):
        apply(sample_draft(), {"op": "mute", "start_ms": 70000, "end_ms": 80000}, MEDIA)
    with pytest.raises(OpError, match="no background music"):
        apply(sample_draft(), {"op": "mute", "track": "bgm", "start_ms": 0, "end_ms": 1000}, MEDIA)
