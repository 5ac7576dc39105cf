"""gbk (issue 9): times said after a cut in the same message are moved onto the timeline the cut leaves
for every op with a place on it - a part muted or set to a level, a part sped up, a GIF's stretch and a
thumbnail's moment (an export said alongside the edits, not after them, keeps its time); "放慢一半" is a
speed, not a length; "speed up the middle 10 seconds" is that part centred (asked when the video is
shorter), never the whole clip."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    # a part muted / set to a level after a cut: moved
    ("drop the first 12 seconds, then mute 0:30 to 0:35",
     [("trim", {"head_ms": 12000}), ("mute", {"start_ms": 18000, "end_ms": 23000})]),
    ("先把第10到15秒删掉，再把第30到35秒静音",
     [("remove_range", {"start_ms": 10000, "end_ms": 15000}),
      ("mute", {"start_ms": 25000, "end_ms": 30000})]),
    ("remove 0:10-0:15 and then turn the volume down to 40% from 0:30 to 0:40",
     [("remove_range", {"start_ms": 10000, "end_ms": 15000}),
      ("set_volume", {"start_ms": 25000, "end_ms": 35000, "volume": 0.4})]),
    # a part sped up after a cut: its splits moved ("放慢一半" is the speed)
    ("前5秒不要 然后第25到第35秒放慢一半",
     [("trim", {"head_ms": 5000}), ("split", {"at_ms": 20000}), ("split", {"at_ms": 30000}),
      ("speed", {"factor": 0.5, "index": 2})]),
    # a mute before the cut stays as said
    ("mute 0:30 to 0:35, then cut the first 5 seconds",
     [("mute", {"start_ms": 30000, "end_ms": 35000}), ("trim", {"head_ms": 5000})]),
    # the middle N seconds: centred
    ("speed up the middle 10 seconds",
     [("split", {"at_ms": 25000}), ("split", {"at_ms": 35000}), ("speed", {"factor": 1.5, "index": 2})]),
    ("中间10秒加速2倍",
     [("split", {"at_ms": 25000}), ("split", {"at_ms": 35000}), ("speed", {"factor": 2.0, "index": 2})]),
    ("slow down the middle 20 seconds to half speed",
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000}), ("speed", {"factor": 0.5, "index": 2})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize(("text", "export"), [
    ("trim 3s off both ends, then give me a thumbnail from 0:10", {"format": "jpg", "at_ms": 7000}),
    ("remove 0:05-0:09, then make a gif from 0:20 to 0:24",
     {"format": "gif", "start_ms": 16000, "end_ms": 20000}),
    ("删掉第15到20秒 再把第50秒那帧导出来当封面", {"format": "jpg", "at_ms": 45000}),
    # said alongside ("also") too: a said time is on the video before the request (gbp)
    ("remove 0:10-0:15 and 0:40-0:45, also thumbnail from 0:30", {"format": "jpg", "at_ms": 25000}),
])
def test_export_moved(text: str, export: dict[str, Any]) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal
    assert plan.export == export
    assert [o.op for o in plan.ops] in (["trim"], ["remove_range"], ["remove_ranges"])


def test_export_inside_the_cut_asks() -> None:
    plan = _plan("remove 0:05-0:09, then make a gif from 0:07 to 0:12")
    assert plan.question and not plan.ops and plan.export is None


def test_middle_longer_than_video_asks() -> None:
    plan = _plan("speed up the middle 2 minutes")
    assert plan.question and not plan.ops
