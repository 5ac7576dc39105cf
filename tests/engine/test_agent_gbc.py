"""gbc (issue 9): a ranged mute/volume splits a clip invisibly (the inside piece gets its own volume); the
pieces stay ONE clip to the user. They carry `"continues": true` (docs/draft.md), and everything that
counts clips - the index of delete/move/duplicate/speed/crossfade/reorder, the planner's "the second
clip", the timeline table's `clip` column - counts a clip with its pieces once and acts on all of them.
Before: "delete the second clip" after "mute 0:10 to 0:20" on one clip deleted the muted part."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import CLIPS3, UPLOADS, assert_edits
from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import OpError, apply
from vidai_nb.engine.ops.base import clip_count, clip_groups
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA as MEDIA
from vidai_nb.engine.ops.examples import sample_draft
from vidai_nb.timeline import to_frame
from vidai_nb.timeline.model import Draft as TypedDraft

Draft = dict[str, Any]


def main(d: Draft) -> list[dict[str, Any]]:
    return next(t for t in d["t"] if t.get("role") == "main")["sg"]


def muted_one() -> Draft:
    """clip.mp4 (60 s) alone, muted from 0:10 to 0:20: three segments, one clip."""
    return apply(sample_draft(), {"op": "mute", "start_ms": 10000, "end_ms": 20000}, MEDIA)


def muted_three() -> Draft:
    """clip.mp4 (0-60 s), b.mp4 (60-90 s), c.mp4 (90-110 s); b muted from 1:10 to 1:20 (three pieces)."""
    d = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
    return apply(d, {"op": "mute", "start_ms": 70000, "end_ms": 80000}, MEDIA)


def test_the_pieces_are_marked_and_round_trip_through_the_typed_draft() -> None:
    d = muted_one()
    assert [s.get("continues") for s in main(d)] == [None, True, True]
    assert clip_count(d) == 1 and len(main(d)) == 3
    assert TypedDraft.decode(d).to_json() == d
    segs = TypedDraft.decode(d).main.segments  # type: ignore[union-attr]
    assert [s.continues for s in segs] == [None, True, True]


@pytest.mark.parametrize("op", [{"op": "delete_segment", "index": 2},
                                {"op": "move_segment", "index": 3, "to_index": 1},
                                {"op": "duplicate_segment", "index": 2},
                                {"op": "speed", "factor": 2.0, "index": 2},
                                {"op": "crossfade", "index": 2}])
def test_one_clip_with_a_muted_part_is_still_one_clip(op: dict[str, Any]) -> None:
    with pytest.raises(OpError, match=r"only (?:1|one) clip"):
        apply(muted_one(), op, MEDIA)


def test_delete_the_second_of_three_clips_deletes_all_its_pieces() -> None:
    out = apply(muted_three(), {"op": "delete_segment", "index": 2}, MEDIA)
    assert [s["src"] for s in main(out)] == ["clip.mp4", "c.mp4"]
    assert out["d"] == 80000 and clip_count(out) == 2


def test_speed_of_a_clip_speeds_every_piece_and_keeps_the_muted_part_muted() -> None:
    out = apply(muted_one(), {"op": "speed", "factor": 2.0, "index": 1}, MEDIA)
    assert [(s["start"], s["d"], s["volume"], s["speed"]) for s in main(out)] == [
        (0, 5000, 1.0, 2.0), (5000, 5000, 0.0, 2.0), (10000, 20000, 1.0, 2.0)]
    assert out["d"] == 30000 and clip_count(out) == 1


def test_move_duplicate_reorder_and_crossfade_act_on_whole_clips() -> None:
    d = muted_three()
    moved = apply(d, {"op": "move_segment", "index": 2, "to_index": 1}, MEDIA)
    assert [(s["name"], s["volume"]) for s in main(moved)][:3] == [("b.mp4", 1.0), ("b.mp4", 0.0),
                                                                   ("b.mp4", 1.0)]
    assert clip_count(moved) == 3
    back = apply(d, {"op": "reorder", "order": [3, 2, 1]}, MEDIA)
    assert [s["name"] for s in main(back)] == ["c.mp4", "b.mp4", "b.mp4", "b.mp4", "clip.mp4"]
    twice = apply(d, {"op": "duplicate_segment", "index": 2}, MEDIA)
    assert clip_count(twice) == 4 and [len(g) for g in clip_groups(main(twice))] == [1, 3, 3, 1]
    faded = apply(d, {"op": "crossfade"}, MEDIA)
    assert ["transition" in s for s in main(faded)] == [False, True, False, False, True]


def test_an_explicit_split_makes_real_clips_and_the_second_part_can_be_sped_up() -> None:
    d = apply(muted_one(), {"op": "split", "at_ms": 30000}, MEDIA)
    assert clip_count(d) == 2
    out = apply(d, {"op": "speed", "factor": 2.0, "index": 2}, MEDIA)
    assert [s.get("speed", 1.0) for s in main(out)] == [1.0, 1.0, 1.0, 2.0]
    at_the_cut = apply(muted_one(), {"op": "split", "at_ms": 10000}, MEDIA)  # where a piece starts
    assert clip_count(at_the_cut) == 2 and len(main(at_the_cut)) == 3


def test_a_piece_whose_clip_was_cut_away_does_not_join_the_clip_before() -> None:
    out = apply(muted_three(), {"op": "remove_range", "start_ms": 60000, "end_ms": 70000}, MEDIA)
    assert clip_count(out) == 3  # b's muted piece is now b's start, not part of clip.mp4


def test_the_timeline_table_numbers_the_clip_of_each_row() -> None:
    frame = to_frame(muted_three())
    rows = frame[frame["track_role"] == "main"]
    assert list(rows["clip"]) == [1, 2, 2, 2, 3]
    assert list(rows["volume"]) == [1.0, 1.0, 0.0, 1.0, 1.0]
    assert frame[frame["track_role"] != "main"]["clip"].isna().all()


def test_the_planner_counts_clips_not_pieces() -> None:
    d3 = muted_three()
    assert_edits(parse("delete the last clip", "en", CLIPS3, d3), [("delete_segment", {"index": 3})])
    assert_edits(parse("swap the first and last clips", "en", CLIPS3, d3),
                 [("reorder", {"order": [3, 2, 1]})])
    assert_edits(parse("speed up the last clip", "en", CLIPS3, d3), [("speed", {"index": 3})])
    said = parse("how long is my video right now", "en", CLIPS3, d3).answer or ""
    assert "3 clip" in said
    d1 = muted_one()
    plan = parse("delete the last clip", "en", UPLOADS, d1)
    assert [o.model_dump().get("index") for o in plan.ops] in ([], [1])
    second = parse("delete the second clip", "en", UPLOADS, d1)
    for op in second.ops:  # there is no second clip: the muted part is never what gets deleted
        with pytest.raises(OpError, match=r"only (?:1|one) clip"):
            apply(d1, op, MEDIA)
