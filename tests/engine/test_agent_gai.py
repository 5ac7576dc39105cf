"""gai (issue 9): a number, a level or a ratio corrected in the same breath ("loop it 4 times, hmm no, 3",
"music at 40%... nah 25%", "改成9:16…还是1:1吧"); 剪出来 / 剪下来 / 抠出来 after a part of the time extract
it (keep; 剪掉 / 剪出去 remove it); 变快 said bare is a speed-up; a part said after a cut with words of its
own (another edit, or what it is) is never cut with the list ("剪掉前25秒，第50到55秒倒放"), while a
part listed bare is."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

_SKI = [("trim", {"head_ms": 25000}), ("split", {"at_ms": 25000}), ("split", {"at_ms": 30000}),
        ("speed", {"factor": 1.5, "index": 2})]

CASES: list[tuple[str, Ops, bool]] = [
    # corrections: the value said second replaces the first
    ("loop it 4 times, hmm no, 3", [("loop", {"times": 3})], False),
    ("loop it 5 times... nah 2", [("loop", {"times": 2})], False),
    ("speed it up 3x, hmm no, 2x", [("speed", {"factor": 2.0})], False),
    ("music at 40%... nah 25%", [("set_volume", {"track": "bgm", "volume": 0.25})], True),
    ("背景音乐调到50%…还是30%吧", [("set_volume", {"track": "bgm", "volume": 0.3})], True),
    ("循环5次…还是2次吧", [("loop", {"times": 2})], False),
    ("改成9:16…还是1:1吧 发朋友圈的", [("set_aspect", {"ratio": "1:1"})], False),
    ("make it 4:5... hmm no, 1:1", [("set_aspect", {"ratio": "1:1"})], False),
    # extraction verbs keep the part; removal verbs remove it
    ("把5秒到20秒那段剪出来", [("keep_range", {"start_ms": 5000, "end_ms": 20000})], False),
    ("把0:12到0:30剪下来", [("keep_range", {"start_ms": 12000, "end_ms": 30000})], False),
    ("把5到20秒抠出来", [("keep_range", {"start_ms": 5000, "end_ms": 20000})], False),
    ("帮我把15到40秒的部分单独剪出来", [("keep_range", {"start_ms": 15000, "end_ms": 40000})], False),
    ("把开头6秒剪出来", [("keep_range", {"start_ms": 0, "end_ms": 6000})], False),
    ("把5秒到20秒那段剪掉", [("remove_range", {"start_ms": 5000, "end_ms": 20000})], False),
    ("把5秒到20秒剪出去", [("remove_range", {"start_ms": 5000, "end_ms": 20000})], False),
    # where the footage starts, then another edit of a part
    ("我是滑雪教练 从第25秒开始才是滑的 第50到55秒加速", _SKI, False),
    ("从第25秒开始才是滑的 第50到55秒变快", _SKI, False),
    ("the actual skiing only starts at 0:25, speed up 0:50 to 0:55", _SKI, False),
    ("第40到45秒变快", [("split", {"at_ms": 40000}), ("split", {"at_ms": 45000}),
                       ("speed", {"factor": 1.5, "index": 2})], False),
    # a part with words of its own after a cut is not cut; a part listed bare is
    ("剪掉前20秒，第40到45秒是重点", [("trim", {"head_ms": 20000})], False),
    ("cut the first 10 seconds, 0:30 to 0:35 is the best part", [("trim", {"head_ms": 10000})], False),
    ("剪掉前25秒，第50到55秒", [("remove_ranges", {"ranges": [{"start_ms": 0, "end_ms": 25000},
                                                         {"start_ms": 50000, "end_ms": 55000}]})], False),
    ("cut 0:05-0:08, 0:20-0:22 and 0:50-0:55",
     [("remove_ranges", {"ranges": [{"start_ms": 5000, "end_ms": 8000}, {"start_ms": 20000, "end_ms": 22000},
                                    {"start_ms": 50000, "end_ms": 55000}]})], False),
]


@pytest.mark.parametrize(("text", "ops", "music"), CASES)
def test_read(text: str, ops: Ops, music: bool) -> None:
    plan = _plan(text, music=music)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "剪掉前25秒，第50到55秒倒放",
    "前25秒不要，第50到55秒搞个特写",
    "从第25秒开始才是滑的 第50到55秒是重点",
])
def test_part_of_another_edit_is_not_cut(text: str) -> None:
    plan = _plan(text)
    cut = [o.model_dump() for o in plan.ops if o.op in ("remove_range", "remove_ranges", "keep_range",
                                                          "keep_ranges")]
    assert not cut, cut  # only the head goes (a trim), never 0:50-0:55


def test_a_ratio_asked_between_is_no_correction() -> None:
    plan = _plan("9:16还是1:1好？")
    assert not any(o.op == "set_aspect" and o.model_dump().get("ratio") == "1:1" for o in plan.ops)
