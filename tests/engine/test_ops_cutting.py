"""Time operations on real drafts: timeline time maps back to source in-points across segments and speeds."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from vidai_nb.engine.ops import MediaRef, OpError, apply, build_draft, describe, parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

SIX = MediaRef("m6", "six.mp4", "video", 6000, 320, 240, True)
FOUR = MediaRef("m4", "four.mp4", "video", 4000, 320, 240, True)
MEDIA = {SIX.media_id: SIX, FOUR.media_id: FOUR, **SAMPLE_MEDIA}


def main(d: dict[str, Any]) -> list[dict[str, Any]]:
    return next(t for t in d["t"] if t.get("role") == "main")["sg"]


def spans(d: dict[str, Any]) -> list[tuple[int, int, int]]:
    """(start, in, d) per main segment."""
    return [(s["start"], s["in"], s["d"]) for s in main(d)]


def track(d: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return next(t for t in d["t"] if t.get("role") == role)["sg"]


def test_remove_middle_of_single_clip_gives_two_segments() -> None:
    d = build_draft([SIX])
    out = apply(d, {"op": "remove_range", "start_ms": 2000, "end_ms": 4000}, MEDIA)
    assert spans(out) == [(0, 0, 2000), (2000, 4000, 2000)]
    assert out["d"] == 4000
    assert main(out)[0]["id"] != main(out)[1]["id"]


def test_input_draft_is_never_mutated_and_unknown_keys_survive() -> None:
    d = build_draft([SIX])
    d["custom"] = {"x": 1}
    main(d)[0]["mine"] = "keep me"
    before = copy.deepcopy(d)
    out = apply(d, {"op": "remove_range", "start_ms": 2000, "end_ms": 4000}, MEDIA)
    assert d == before
    assert out["custom"] == {"x": 1}
    assert all(s["mine"] == "keep me" for s in main(out))


def test_keep_range_head_tail_and_to_end() -> None:
    d = build_draft([SIX])
    assert spans(apply(d, {"op": "keep_range", "start_ms": 1000, "end_ms": 3000}, MEDIA)) == [(0, 1000, 2000)]
    assert spans(apply(d, {"op": "keep_range", "start_ms": 4500}, MEDIA)) == [(0, 4500, 1500)]


def test_trim_head_and_tail() -> None:
    out = apply(build_draft([SIX]), {"op": "trim", "head_ms": 1000, "tail_ms": 500}, MEDIA)
    assert spans(out) == [(0, 1000, 4500)]
    with pytest.raises(OpError, match="only 6 s"):
        apply(build_draft([SIX]), {"op": "trim", "head_ms": 4000, "tail_ms": 2000}, MEDIA)


def test_remove_range_across_two_clips_maps_each_source() -> None:
    d = build_draft([SIX, FOUR])  # six 0-6000, four 6000-10000
    out = apply(d, {"op": "remove_range", "start_ms": 5000, "end_ms": 7000}, MEDIA)
    assert spans(out) == [(0, 0, 5000), (5000, 1000, 3000)]
    assert [s["src"] for s in main(out)] == ["m6", "m4"]


def test_several_ranges_refer_to_the_same_timeline() -> None:
    d = build_draft([SIX])
    out = apply(
        d,
        {
            "op": "remove_ranges",
            "ranges": [{"start_ms": 4000, "end_ms": 5000}, {"start_ms": 1000, "end_ms": 2000}],
        },
        MEDIA,
    )
    assert spans(out) == [(0, 0, 1000), (1000, 2000, 2000), (3000, 5000, 1000)]
    kept = apply(
        d,
        {
            "op": "keep_ranges",
            "ranges": [{"start_ms": 0, "end_ms": 1000}, {"start_ms": 5000, "end_ms": None}],
        },
        MEDIA,
    )
    assert spans(kept) == [(0, 0, 1000), (1000, 5000, 1000)]


def test_cuts_respect_speed() -> None:
    d = apply(build_draft([SIX]), {"op": "speed", "factor": 2.0}, MEDIA)
    assert spans(d) == [(0, 0, 3000)]
    out = apply(d, {"op": "remove_range", "start_ms": 1000, "end_ms": 2000}, MEDIA)
    # 1 s of timeline at 2x is 2 s of source
    assert spans(out) == [(0, 0, 1000), (1000, 4000, 1000)]


def test_text_and_music_follow_the_cut() -> None:
    d = sample_draft(music="music.mp3")
    d = apply(d, {"op": "add_title", "text": "Hi", "start_ms": 10000, "end_ms": 20000}, MEDIA)
    out = apply(d, {"op": "remove_range", "start_ms": 0, "end_ms": 5000}, MEDIA)
    title = track(out, "title")[0]
    assert (title["start"], title["d"]) == (5000, 10000)
    bgm = track(out, "bgm")
    assert [(s["start"], s["d"], s["in"]) for s in bgm] == [(0, 55000, 5000)]
    # a title spanning a removed middle shrinks but stays one piece
    out2 = apply(d, {"op": "remove_range", "start_ms": 12000, "end_ms": 14000}, MEDIA)
    t2 = track(out2, "title")
    assert [(s["start"], s["d"]) for s in t2] == [(10000, 8000)]


def test_text_inside_removed_range_disappears() -> None:
    d = apply(sample_draft(), {"op": "add_title", "text": "Gone", "start_ms": 1000, "end_ms": 2000}, MEDIA)
    out = apply(d, {"op": "remove_range", "start_ms": 0, "end_ms": 3000}, MEDIA)
    assert not any(t.get("role") == "title" for t in out["t"])


def test_range_beyond_the_end_is_an_error() -> None:
    with pytest.raises(OpError, match="only 6 s"):
        apply(build_draft([SIX]), {"op": "remove_range", "start_ms": 7000, "end_ms": 8000}, MEDIA)
    with pytest.raises(OpError):
        apply(build_draft([SIX]), {"op": "keep_range", "start_ms": 0, "end_ms": -5}, MEDIA)


def test_trim_dead_air_trims_each_clip() -> None:
    d = build_draft([SIX, FOUR])
    out = apply(d, {"op": "trim_dead_air", "bounds": {"m6": [500, 5500], "m4": [1000, 4000]}}, MEDIA)
    assert spans(out) == [(0, 500, 5000), (5000, 1000, 3000)]
    with pytest.raises(OpError):
        apply(d, {"op": "trim_dead_air"}, MEDIA)


def test_trim_dead_air_at_one_end_only_keeps_the_other() -> None:
    d = build_draft([SIX, FOUR])
    bounds = {"m6": [500, 5500], "m4": [1000, 4000]}
    head = apply(d, {"op": "trim_dead_air", "ends": "start", "bounds": bounds}, MEDIA)
    assert spans(head) == [(0, 500, 5500), (5500, 1000, 3000)]
    tail = apply(d, {"op": "trim_dead_air", "ends": "end", "bounds": bounds}, MEDIA)
    assert spans(tail) == [(0, 0, 5500), (5500, 0, 4000)]
    said = describe(parse_operation({"op": "trim_dead_air", "ends": "start"}))
    assert said == "trimmed the dead air at the start"


def test_remove_silences_can_keep_the_silence_at_the_end() -> None:
    d = build_draft([SIX])
    silences = {"m6": [(0, 1000), (2000, 3000), (5000, 6000)]}
    every = apply(d, {"op": "remove_silences", "margin_ms": 0, "silences": silences}, MEDIA)
    assert spans(every) == [(0, 1000, 1000), (1000, 3000, 2000)]
    op = {"op": "remove_silences", "margin_ms": 0, "silences": silences}
    kept = apply(d, op | {"keep_ends": "end"}, MEDIA)
    assert spans(kept) == [(0, 1000, 1000), (1000, 3000, 3000)]
    both = apply(d, op | {"keep_ends": "both"}, MEDIA)
    assert spans(both) == [(0, 0, 2000), (2000, 3000, 3000)]


def test_remove_silences_keeps_margins() -> None:
    d = build_draft([SIX])
    out = apply(
        d,
        {
            "op": "remove_silences",
            "margin_ms": 100,
            "min_ms": 500,
            "silences": {"m6": [[1000, 2000], [3000, 3300]]},
        },
        MEDIA,
    )
    # the 300 ms pause is shorter than min_ms and stays; the 1 s one loses 800 ms
    assert spans(out) == [(0, 0, 1100), (1100, 1900, 4100)]


def test_split_delete_move_duplicate_reorder() -> None:
    d = build_draft([SIX, FOUR])
    split = apply(d, {"op": "split", "at_ms": 2000}, MEDIA)
    assert spans(split) == [(0, 0, 2000), (2000, 2000, 4000), (6000, 0, 4000)]
    deleted = apply(d, {"op": "delete_segment", "index": 1}, MEDIA)
    assert [s["src"] for s in main(deleted)] == ["m4"] and deleted["d"] == 4000
    moved = apply(d, {"op": "move_segment", "index": 2, "to_index": 1}, MEDIA)
    assert spans(moved) == [(0, 0, 4000), (4000, 0, 6000)]
    dup = apply(d, {"op": "duplicate_segment", "index": 2}, MEDIA)
    assert [s["src"] for s in main(dup)] == ["m6", "m4", "m4"] and dup["d"] == 14000
    assert len({s["id"] for s in main(dup)}) == 3
    re = apply(d, {"op": "reorder", "order": [2, 1]}, MEDIA)
    assert [s["src"] for s in main(re)] == ["m4", "m6"]
    with pytest.raises(OpError, match="exactly once"):
        apply(d, {"op": "reorder", "order": [1, 1]}, MEDIA)
    with pytest.raises(OpError, match="only 2 clips"):
        apply(d, {"op": "delete_segment", "index": 3}, MEDIA)
    with pytest.raises(OpError, match="only clip"):
        apply(build_draft([SIX]), {"op": "delete_segment", "index": 1}, MEDIA)


def test_concat_add_clips_and_slideshow() -> None:
    d = build_draft([SIX])
    out = apply(d, {"op": "concat", "media_ids": ["m4", "m6"]}, MEDIA)
    assert [(s["src"], s["start"], s["d"]) for s in main(out)] == [("m4", 0, 4000), ("m6", 4000, 6000)]
    added = apply(d, {"op": "add_clips", "media_ids": ["m4"], "at": "start"}, MEDIA)
    assert [s["src"] for s in main(added)] == ["m4", "m6"]
    show = apply(d, {"op": "slideshow", "media_ids": ["photo1.jpg", "photo2.jpg"], "image_ms": 2000}, MEDIA)
    assert [(s["kind"], s["d"]) for s in main(show)] == [("image", 2000), ("image", 2000)]
    with pytest.raises(OpError, match="can't find"):
        apply(d, {"op": "concat", "media_ids": ["nope"]}, MEDIA)
    with pytest.raises(OpError, match="audio"):
        apply(d, {"op": "concat", "media_ids": ["music.mp3"]}, MEDIA)


def test_looping_music_follows_a_longer_programme() -> None:
    d = build_draft([SIX, SAMPLE_MEDIA["music.mp3"]])
    out = apply(d, {"op": "add_clips", "media_ids": ["m4"]}, MEDIA)
    assert track(out, "bgm")[0]["d"] == 10000 == out["d"]


def test_speed_of_one_segment_and_bounds() -> None:
    d = build_draft([SIX, FOUR])
    out = apply(d, {"op": "speed", "factor": 0.5, "index": 2}, MEDIA)
    assert spans(out) == [(0, 0, 6000), (6000, 0, 8000)]
    assert main(out)[1]["speed"] == 0.5
    with pytest.raises(OpError):
        apply(d, {"op": "speed", "factor": 5}, MEDIA)


def test_freeze_frame_inserts_a_still() -> None:
    title = {"op": "add_title", "text": "Later", "start_ms": 4000, "end_ms": 5000}
    d = apply(build_draft([SIX]), title, MEDIA)
    out = apply(d, {"op": "freeze_frame", "at_ms": 3000, "duration_ms": 2000}, MEDIA)
    sg = main(out)
    assert [(s["start"], s["in"], s["d"], bool(s.get("freeze"))) for s in sg] == [
        (0, 0, 3000, False),
        (3000, 3000, 2000, True),
        (5000, 3000, 3000, False),
    ]
    assert out["d"] == 8000
    assert track(out, "title")[0]["start"] == 6000  # moved by the still's length


def test_every_cut_keeps_main_track_contiguous() -> None:
    d = build_draft([SIX, FOUR])
    for op in (
        {"op": "remove_range", "start_ms": 100, "end_ms": 9000},
        {"op": "keep_ranges", "ranges": [{"start_ms": 1, "end_ms": 2}, {"start_ms": 7000}]},
        {"op": "split", "at_ms": 6500},
    ):
        out = apply(d, op, MEDIA)
        pos = 0
        for s in main(out):
            assert s["start"] == pos
            pos += s["d"]
        assert out["d"] == pos
