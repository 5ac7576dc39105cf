"""gbb (issue 9): "middle" said before an explicit range only says where it is (never a second, centred
range; "mute the middle 10 seconds" is that length centred, never the whole sound); a clip said to stay
("b那个别删", "b stays", "keep b and c") is never the one deleted; "the 2nd half" is a half; a flip trick
named in a description ("that's the 360 flip") is no flip; N equal parts of the recording named by any
words; the ends put where the voice is ("start and end where my voice does"); subtitles asked for with a
purpose or a vague look after a space are no words shown."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # "middle" before a range
    ("把中间0:20到0:30删了", [("remove_range", {"start_ms": 20000, "end_ms": 30000})], False),
    ("delete the middle 0:20-0:30", [("remove_range", {"start_ms": 20000, "end_ms": 30000})], False),
    ("中间那段10到15秒删掉", [("remove_range", {"start_ms": 10000, "end_ms": 15000})], False),
    ("删掉中间20秒", [("remove_range", {"start_ms": 20000, "end_ms": 40000})], False),
    ("mute the middle bit 0:10-0:20", [("mute", {"track": "main", "start_ms": 10000, "end_ms": 20000})],
     False),
    ("mute the middle 10 seconds", [("mute", {"track": "main", "start_ms": 25000, "end_ms": 35000})], False),
    # a clip said to stay
    ("b那个别删 删掉c", [("delete_segment", {"index": 3})], True),
    ("b留着 删掉c", [("delete_segment", {"index": 3})], True),
    ("删掉c b别删", [("delete_segment", {"index": 3})], True),
    ("b stays, remove c", [("delete_segment", {"index": 3})], True),
    ("keep b, delete c", [("delete_segment", {"index": 3})], True),
    ("keep b and c, delete clip.mp4", [("delete_segment", {"index": 1})], True),
    ("b和c别删 删掉第一段", [("delete_segment", {"index": 1})], True),
    ("remove b and c", [("delete_segment", {"index": 3}), ("delete_segment", {"index": 2})], True),
    # a half numbered in digits
    ("speed up the 2nd half, its just me scrolling settings",
     [("split", {"at_ms": 30000}), ("speed", {"factor": 1.5, "index": 2})], False),
    ("mute the 2nd half", [("mute", {"track": "main", "start_ms": 30000, "end_ms": 60000})], False),
    # a flip trick, described
    ("slo-mo on the c clip only, that's the 360 flip", [("speed", {"factor": 0.5, "index": 3})], True),
    ("slow down c, that's the double flip", [("speed", {"factor": 0.75, "index": 3})], True),
    ("slow down c and flip it",
     [("speed", {"factor": 0.75, "index": 3}), ("flip", {"direction": "horizontal"})], True),
    ("mirror it", [("flip", {"direction": "horizontal"})], False),
    # N equal parts of the recording
    ("chop the yoga flow into 4 equal parts so each pose is its own segment",
     [("split", {"at_ms": 15000}), ("split", {"at_ms": 30000}), ("split", {"at_ms": 45000})], False),
    ("split my cooking demo into 3 equal pieces", [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000})],
     False),
    # the ends where the voice is
    ("make the video start and end right where my voice does", [("trim_dead_air", {"ends": "both"})], False),
    ("make it start where my voice starts", [("trim_dead_air", {"ends": "start"})], False),
    # subtitles, then a purpose or a vague look
    ("加个字幕 发给同事看一下", [("add_subtitles", {})], False),
    ("加字幕 弄得好看一点", [("add_subtitles", {})], False),
    ("打上字幕 谢谢观看", [("add_text", {"text": "谢谢观看"})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


def test_vague_look_reported_not_done() -> None:
    plan = _plan("加字幕 弄得好看一点")
    assert any("好看一点" in n for n in plan.notes)


def test_middle_longer_than_video_not_muted() -> None:
    plan = _plan("mute the middle 2 minutes")
    assert not plan.ops and plan.refusal
