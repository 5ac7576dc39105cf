"""gap (issue 9): ranges and lengths said in new ways - a part said to stay ("everything after 0:50
stays, the rest can go") is kept, never cut; the part before the last N s (after the first N s) ends
(starts) N s from that end ("最后10秒之前的全要"); a time to the end said to go ("everything from 0:48 to
the end goes"); 修掉 cuts at an end and "别的不碰" beside a trim is no question; 调快到 a length is a
speed-up to it; 加快点 is the default speed-up; slowing down to a shorter length asks."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    # a part said to stay, the rest to go: kept
    ("everything after 0:50 stays, the rest can go", [("keep_range", {"start_ms": 50000, "end_ms": None})]),
    ("everything before 0:35 stays, the rest goes", [("keep_range", {"start_ms": 0, "end_ms": 35000})]),
    ("everything after 0:06 stays, just lose the fumbling before it", [("trim", {"head_ms": 6000})]),
    # the part before the last N s / after the first N s
    ("最后10秒之前的全要", [("keep_range", {"start_ms": 0, "end_ms": 50000})]),
    ("keep everything before the last 8 seconds", [("keep_range", {"start_ms": 0, "end_ms": 52000})]),
    ("cut everything before the last 15 seconds", [("trim", {"head_ms": 45000, "tail_ms": 0})]),
    ("前6秒之后的都要", [("keep_range", {"start_ms": 6000, "end_ms": None})]),
    ("cut the last 10 seconds", [("trim", {"head_ms": 0, "tail_ms": 10000})]),
    ("只保留最后10秒", [("keep_range", {"start_ms": 50000, "end_ms": None})]),
    # a time to the end said to go
    ("everything from 0:48 to the end goes", [("remove_range", {"start_ms": 48000, "end_ms": None})]),
    ("from 0:52 onwards goes", [("remove_range", {"start_ms": 52000, "end_ms": None})]),
    # 修掉 at an end; the rest said untouched beside a trim
    ("头上修掉1.5秒 尾巴修掉半秒 别的不碰", [("trim", {"head_ms": 1500, "tail_ms": 500})]),
    ("开头修掉2秒", [("trim", {"head_ms": 2000, "tail_ms": 0})]),
    # 调快到 a length
    ("不删任何内容 整体调快到40秒左右", [("speed", {"factor": 1.5})]),
    ("整体调快到45秒左右", [("speed", {"factor": 1.3333})]),
    # 加快点: the default step; 快一点 / 加快一点 the small one
    ("后半段加快点 前面不动", [("split", {"at_ms": 30000}), ("speed", {"factor": 1.5, "index": 2})]),
    ("后半段加快一点", [("split", {"at_ms": 30000}), ("speed", {"factor": 1.25, "index": 2})]),
    ("稍微快一点", [("speed", {"factor": 1.25})]),
    # slowed to a longer length: done
    ("slow the dance clip down to 90 seconds", [("speed", {"factor": 0.6667})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize("text", ["slow the physio demo down to 40 seconds",
                                  "slow the cooking clip down to 30 seconds",
                                  "整体调快到90秒"])
def test_wrong_way_to_length_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
