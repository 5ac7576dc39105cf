"""gcf (issue 9, round 16): clips, cuts and times said in new ways - a clip called by its description
("the long one", "the longest clip can go") is the longest clip, and "b then c is fine" said beside it is the
order kept, never one more clip deleted; a range said first, then the music dropped, is a ranged music mute,
never a cut; a short made of the last piece (最后一截) keeps the end; "cut the first 10 sec and everything
after 0:40 should be 2x faster" is a cut and then a speed change (0:40 moved by the cut); "leave everything
apart from X" removes X; 来个mov after a cut is an export."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

_MUTED = [("mute", {"track": "bgm", "start_ms": 20000, "end_ms": 26000})]
_REMOVED = [("remove_range", {"start_ms": 10000, "end_ms": 20000})]


@pytest.mark.parametrize("text", [
    "drop the long one, b then c is fine",
    "the longest clip can go",
    "lose the longest one, b then c stays",
    "get rid of clip, b then c is fine",
    "最长那段不要了，b然后c就行",
    "最长的那个删掉，b接c就好",
])
def test_described_clip_alone_goes(text: str) -> None:
    assert_edits(_plan(text, clips3=True), [("delete_segment", {"index": 1})])


def test_clips_listed_still_go() -> None:
    assert_edits(_plan("delete b and c", clips3=True),
                 [("delete_segment", {"index": 3}), ("delete_segment", {"index": 2})])


@pytest.mark.parametrize("text", [
    "From 0:20, for 6 seconds, drop the music",
    "for 6 seconds from 0:20, lose the music",
    "from 0:20 to 0:26, get rid of the music",
    "0:20-0:26, mute the music",
    "从0:20开始的6秒，音乐去掉",
    "0:20到0:26，把音乐去掉",
    "从20秒起持续6秒，不要音乐",
])
def test_range_then_music_dropped_is_a_ranged_mute(text: str) -> None:
    assert_edits(_plan(text, music=True), _MUTED)


def test_range_then_cut_is_still_a_cut() -> None:
    assert_edits(_plan("from 0:20 to 0:26, cut it"), [("remove_range", {"start_ms": 20000, "end_ms": 26000})])


@pytest.mark.parametrize(("text", "start"), [
    ("最后一截剪成10秒的短视频", 50000),
    ("最后一块做成15秒的预告", 45000),
    ("the last bit made into a 10 s short", 50000),
    ("make the ending into a 10 second short", 50000),
])
def test_short_of_the_end_keeps_the_end(text: str, start: int) -> None:
    assert_edits(_plan(text), [("keep_range", {"start_ms": start, "end_ms": None})])


def test_bare_short_is_the_start() -> None:
    assert_edits(_plan("a 10 second short please"), [("keep_range", {"start_ms": 0, "end_ms": 10000})])


@pytest.mark.parametrize(("text", "ops"), [
    ("cut the first 10 sec and everything after 0:40 should be 2x faster",
     [("trim", {"head_ms": 10000, "tail_ms": 0}), ("split", {"at_ms": 30000}),
      ("speed", {"factor": 2.0, "index": 2})]),
    ("trim 5 seconds off the start and everything after 0:30 should be half speed",
     [("trim", {"head_ms": 5000, "tail_ms": 0}), ("split", {"at_ms": 25000}),
      ("speed", {"factor": 0.5, "index": 2})]),
    ("trim 5s off the start, everything from 0:30 should be in slow motion",
     [("trim", {"head_ms": 5000, "tail_ms": 0}), ("split", {"at_ms": 25000}),
      ("speed", {"factor": 0.5, "index": 2})]),
    # the part after a time said to go is still the cut's
    ("cut the first 10 sec and everything after 0:40 should go",
     [("trim", {"head_ms": 10000, "tail_ms": 20000})]),
])
def test_cut_and_a_part_given_another_edit(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize("text", [
    "leave everything apart from 10s-20s",
    "leave everything except 0:10-0:20",
    "leave in everything but 10 to 20 seconds",
])
def test_leave_everything_but_a_range(text: str) -> None:
    assert_edits(_plan(text), _REMOVED)


@pytest.mark.parametrize(("text", "fmt", "ops"), [
    ("剪掉前3秒 来个mov", "mov", [("trim", {"head_ms": 3000, "tail_ms": 0})]),
    ("剪掉前3秒 给我个mov", "mov", [("trim", {"head_ms": 3000, "tail_ms": 0})]),
    ("剪掉前3秒 导出mov", "mov", [("trim", {"head_ms": 3000, "tail_ms": 0})]),
    ("去掉最后5秒 来个mp4", "mp4", [("trim", {"head_ms": 0, "tail_ms": 5000})]),
])
def test_cut_then_file_by_format(text: str, fmt: str, ops: Ops) -> None:
    plan = _plan(text)
    assert_edits(plan, ops)
    assert plan.export == {"format": fmt}


def test_export_of_a_part_still_asks() -> None:
    plan = _plan("导出前3秒")
    assert plan.question and not plan.ops and not plan.export
