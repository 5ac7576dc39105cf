"""gbp (issue 9): a time said in a request is on the video before it, so an op or an export said after an
edit that moves the timeline is moved with it - an export said with "and" as well as with "then"; a time
after a freeze frame (the still is inserted: later by its length, but a stretch said over the still keeps
its place); a time after a clip deleted (earlier by its length); in Chinese a trim then text at a time
said after a space ("去掉开头8秒 在50秒的地方加「X」一直到结尾"), and a trim then 再 and a split said after
a space ("剪掉前3秒 再从第33秒切开")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # times after a freeze frame
    ("freeze at 0:05 for 2 sec then text 'WOW' at 0:10-0:12",
     [("freeze_frame", {"at_ms": 5000, "duration_ms": 2000}),
      ("add_text", {"text": "WOW", "start_ms": 12000, "end_ms": 14000})], False, False),
    ("freeze at 0:10 for 2 sec and mute 0:40 to 0:45",
     [("freeze_frame", {"at_ms": 10000}), ("mute", {"start_ms": 42000, "end_ms": 47000})], False, False),
    # a stretch said over the still keeps its place
    ("freeze at 0:15 for 2s and put 'PR' on it from 0:15 to 0:17",
     [("freeze_frame", {"at_ms": 15000}), ("add_text", {"text": "PR", "start_ms": 15000, "end_ms": 17000})],
     False, False),
    # times after a clip deleted
    ("delete b and put 'GG' top-left at 1:35-1:40",
     [("delete_segment", {"index": 2}),
      ("add_text", {"text": "GG", "pos": "top-left", "start_ms": 65000, "end_ms": 70000})], True, False),
    ("remove b.mp4 then split at 1:40", [("delete_segment", {"index": 2}), ("split", {"at_ms": 70000})],
     True, False),
    # a time inside the clip deleted first is not moved out of it: see test_inside_deleted_clip_asks
    # Chinese: a trim, then text at a time after a space
    ("去掉开头8秒 在50秒的地方加「记得点赞」一直到结尾",
     [("trim", {"head_ms": 8000}), ("add_text", {"text": "记得点赞", "start_ms": 42000})], False, False),
    ("剪掉开头5秒 在30秒的地方加「关注我」",
     [("trim", {"head_ms": 5000}), ("add_text", {"text": "关注我", "start_ms": 25000})], False, False),
    # Chinese: a trim, then 再 and a split after a space
    ("剪掉前3秒 再从第33秒切开 后面那段2倍速",
     [("trim", {"head_ms": 3000}), ("split", {"at_ms": 30000}), ("speed", {"factor": 2.0, "index": 2})],
     False, True),
    ("剪掉前5秒 再从第25秒切开", [("trim", {"head_ms": 5000}), ("split", {"at_ms": 20000})], False, False),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    plan = _plan(text, clips3=clips3, music=music)
    assert_edits(plan, ops)


@pytest.mark.parametrize(("text", "export"), [
    ("cut 0:00-0:03 and make a thumbnail from 0:10", {"format": "jpg", "at_ms": 7000}),
    ("trim 3s from the start and give me a gif of 0:10 to 0:13",
     {"format": "gif", "start_ms": 7000, "end_ms": 10000}),
    ("remove 0:10-0:15 and 0:40-0:45, also thumbnail from 0:30", {"format": "jpg", "at_ms": 25000}),
    ("cut the first 5 seconds, then a gif from 0:30 to 0:34", {"format": "gif", "start_ms": 25000,
                                                                "end_ms": 29000}),
])
def test_export_time_moved(text: str, export: dict[str, Any]) -> None:
    plan = _plan(text)
    assert not plan.question and plan.ops
    assert plan.export == export


def test_inside_deleted_clip_asks() -> None:
    plan = _plan("delete b and add text 'hi' at 1:10-1:15", clips3=True)
    assert plan.question and not plan.ops
