"""fzh (issue 9): cutting, times and units said in new ways - a European decimal comma ("12,5 s"), the head
and tail as 头上 / 尾部, "除了X不要 其他都留着", shortened by half ("剪短一半"), split "in 3" / into thirds /
三等分, a frame number held for a while, edits counted and stepped back over, a video said to start / end
with seconds of nothing, a kept search with the rest said to go, and the part where an ad is read."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent.normalize import normalize

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, bool, Ops]] = [
    # a decimal comma with a unit said (at either end of a range)
    ("Delete the part between 12,5 and 17 seconds.", False,
     [("remove_range", {"start_ms": 12500, "end_ms": 17000})]),
    ("cut from 12,5 to 20 seconds", False, [("remove_range", {"start_ms": 12500, "end_ms": 20000})]),
    ("trim 2,5 s off the start", False, [("trim", {"head_ms": 2500, "tail_ms": 0})]),
    ("speed the whole thing up to 1,5x", False, [("speed", {"factor": 1.5})]),
    ("remove between 3,25 and 4,75 seconds please", False,
     [("remove_range", {"start_ms": 3250, "end_ms": 4750})]),
    # the head and tail said as 头上 / 头部 / 尾上 / 尾部
    ("头上切掉1.5s 尾巴切掉半秒", False, [("trim", {"head_ms": 1500, "tail_ms": 500})]),
    ("头部剪掉2秒 尾部剪掉1秒", False, [("trim", {"head_ms": 2000, "tail_ms": 1000})]),
    ("尾部切掉0.5秒 头上切掉1秒", False, [("trim", {"head_ms": 1000, "tail_ms": 500})]),
    # 除了X不要, the rest kept: X goes
    ("除了最后10秒不要 其他都留着", False, [("trim", {"head_ms": 0, "tail_ms": 10000})]),
    ("除了前5秒删掉，剩下的都要", False, [("trim", {"head_ms": 5000, "tail_ms": 0})]),
    ("除了0:20到0:30不要 其他都留着", False, [("remove_range", {"start_ms": 20000, "end_ms": 30000})]),
    # shortened by half: the first half kept
    ("剪短一半", False, [("keep_range", {"start_ms": 0, "end_ms": 30000})]),
    ("视频弄短一半", False, [("keep_range", {"start_ms": 0, "end_ms": 30000})]),
    ("shorten it by half", False, [("keep_range", {"start_ms": 0, "end_ms": 30000})]),
    ("cut the runtime in half", False, [("keep_range", {"start_ms": 0, "end_ms": 30000})]),
    # N equal parts said "in N", as a share, or 三等分 / 一分为三
    ("split it in 3 and delete the middle piece", False,
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000}), ("delete_segment", {"index": 2})]),
    ("cut it into thirds and drop the last one", False,
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000}), ("delete_segment", {"index": 3})]),
    ("三等分 删掉中间那段", False,
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000}), ("delete_segment", {"index": 2})]),
    ("一分为三 中间那段不要", False,
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000}), ("delete_segment", {"index": 2})]),
    # a frame held for a while
    ("hold frame 210 for 60 frames, right when the board flips", False,
     [("freeze_frame", {"at_ms": 7000, "duration_ms": 2000})]),
    ("pause on frame 90 for 2 seconds", False, [("freeze_frame", {"at_ms": 3000, "duration_ms": 2000})]),
    # edits counted, stepped back over
    ("step back three edits", False, [("undo", {"steps": 3})]),
    ("roll back 2 steps", False, [("undo", {"steps": 2})]),
    ("take back the last two edits, both were wrong", False, [("undo", {"steps": 2})]),
    ("scrap the last two edits", False, [("undo", {"steps": 2})]),
    # the video said to start / end with seconds of nothing, those ends tightened
    ("each clip starts and ends with a few seconds of nothing before we talk, tighten those ends", True,
     [("trim_dead_air", {"ends": "both"})]),
    ("every video starts with like 5 seconds of black, cut that", True,
     [("trim_dead_air", {"ends": "start"})]),
    ("the recording ends with 10 seconds of silence, trim it", False, [("trim_dead_air", {"ends": "end"})]),
    ("每段开头结尾都有几秒没人说话 帮我收紧一下", True, [("trim_dead_air", {"ends": "both"})]),
    ("开头结尾都有几秒空白 剪掉", False, [("trim_dead_air", {"ends": "both"})]),
    # a kept search, the rest said to go
    ("for the infection control module i only want the sentences where i talk about gloves, everything else "
     "can go", False, [("cut_sentences", {"query": "gloves", "keep": True})]),
    ("keep just the bits where she mentions the budget, drop the rest", False,
     [("cut_sentences", {"query": "budget", "keep": True})]),
    # the part where an ad is read: whose ad it is is searched
    ("cut the part where we read the sponsor ad", False,
     [("cut_sentences", {"query": "sponsor", "keep": False})]),
    ("cut the part where i do the patreon plug", False,
     [("cut_sentences", {"query": "patreon", "keep": False})]),
    ("把我们念赞助商广告的那段剪掉", False, [("cut_sentences", {"query": "赞助商", "keep": False})]),
    ("cut the part where i talk about the sponsor discount, that deal ended", False,
     [("cut_sentences", {"query": "sponsor discount", "keep": False})]),
]


@pytest.mark.parametrize(("text", "clips3", "ops"), CASES)
def test_said_in_new_ways(text: str, clips3: bool, ops: Ops) -> None:
    plan = _plan(text, clips3=clips3)
    assert not plan.question and not plan.refusal and not plan.answer, plan
    assert [o.op for o in plan.ops] == [op for op, _ in ops], plan.ops
    for got, (_, fields) in zip(plan.ops, ops, strict=True):
        dumped = got.model_dump()
        for k, v in fields.items():
            assert dumped[k] == v, (k, dumped)


@pytest.mark.parametrize("text", [
    "cut it in half",  # parted in two or halved - asked, never the first half kept on a guess
    "除了最后10秒不要",  # which is kept is unsaid - asked
    "split it in 3 places",  # three points, none said - asked
    "it starts with 3 seconds of black",  # said, nothing asked for
])
def test_still_asked(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops


@pytest.mark.parametrize(("text", "op", "fields"), [
    # the opposite: the part kept alone
    ("除了最后10秒 其他都不要", "keep_range", {"start_ms": 50000}),
    # an SRT time's milliseconds keep their comma reading
    ("00:00:06,000 --> 00:00:09,500 delete", "remove_range", {"start_ms": 6000, "end_ms": 9500}),
])
def test_near_phrasings(text: str, op: str, fields: dict[str, Any]) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == [op]
    dumped = plan.ops[0].model_dump()
    for k, v in fields.items():
        assert dumped[k] == v, (k, dumped)


def test_not_a_decimal() -> None:
    # a list of numbers, thousands, or numbers of things listed are no decimals
    assert "1.2" not in normalize("delete clips 1,2,3").text
    assert "1.0" not in normalize("cut 1,000 frames").text
    assert "2.3" not in normalize("delete clips 2,3 and 4 seconds").text


def test_not_read_as() -> None:
    # an ad read with no one named is no search for "ad"
    assert not any(o.op == "cut_sentences" and o.model_dump().get("query") == "ad"
                   for o in _plan("remove the part where we do the ad read").ops)
    assert not any(o.op == "freeze_frame" for o in _plan("stop at frame 900").ops)
    assert not any(o.op == "undo" for o in _plan("move the title back 2 seconds").ops)
    # how long an intro should be, asked: still answered
    assert _plan("开头一般留几秒").answer
