"""gas (issue 9): a bare start said in a clause of its own ("从第25秒开始"), then a part edited by its own
times, is where the video starts - never a length kept from it; a vague order beside a done edit is named
as not done; 剪下来 said of an end with its length keeps that end (as 剪出来 does); 发微信 / 发群里 is what
the export is for; 模糊边去掉 fills the frame; 排第三的 is the place after a reorder said before it; 原声切掉
mutes; "slowmo"; 剪几段精彩的 asks which."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a bare start, then a part by its own times (times on the timeline before the request)
    ("从第25秒开始 第50到55秒加速",
     [("trim", {"head_ms": 25000}), ("split", {"at_ms": 25000}), ("split", {"at_ms": 30000}),
      ("speed", {"factor": 1.5, "index": 2})], False, False),
    ("从10秒开始要 20到30秒放慢",
     [("trim", {"head_ms": 10000}), ("split", {"at_ms": 10000}), ("split", {"at_ms": 20000}),
      ("speed", {"index": 2})], False, False),
    ("start from 0:10 and speed up 0:30-0:40",
     [("trim", {"head_ms": 10000}), ("split", {"at_ms": 20000}), ("split", {"at_ms": 30000}),
      ("speed", {"index": 2})], False, False),
    # 剪下来 of an end with its length: kept, as 剪出来
    ("把开头5秒剪下来", [("keep_range", {"start_ms": 0, "end_ms": 5000})], False, False),
    ("把结尾5秒剪下来", [("keep_range", {"start_ms": 55000, "end_ms": None})], False, False),
    # the blurred edges gone: the frame filled
    ("改竖屏 上下那种模糊边去掉 直接铺满", [("set_aspect", {"ratio": "9:16", "fit": "crop"})], False, False),
    ("改成9:16 不要模糊边", [("set_aspect", {"ratio": "9:16", "fit": "crop"})], False, False),
    ("改竖屏 模糊边太丑了", [("set_aspect", {"ratio": "9:16", "fit": "solid"})], False, False),
    # the place in the order after a reorder
    ("顺序倒过来 321 然后排第三的那段不要了",
     [("reorder", {"order": [3, 2, 1]}), ("delete_segment", {"index": 3})], True, False),
    ("倒序 然后排在第一的那个删掉",
     [("reorder", {"order": [3, 2, 1]}), ("delete_segment", {"index": 1})], True, False),
    # the sound cut away: muted
    ("把原声切掉 只留背景音乐", [("mute", {"track": "main"})], False, True),
    ("b in slowmo, leave the others alone", [("speed", {"factor": 0.5, "index": 2})], True, False),
    ("slowmo on c", [("speed", {"factor": 0.5, "index": 3})], True, False),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


def test_start_after_the_part_asks() -> None:
    # the part said lies before the start: which timeline the times are on is asked, nothing kept on a guess
    plan = _plan("从第25秒开始 第10到15秒加速")
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "words"), [
    ("剪掉前5秒 然后那个弄一下好看点", "弄一下好看点"),
    ("剪掉前5秒 再整个酷炫点的", "酷炫"),
    ("cut the first 5 seconds and then make it pop", "make it pop"),
    ("删掉最后3秒，然后弄得高级一点", "高级"),
])
def test_vague_clause_named_not_done(text: str, words: str) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == ["trim"] and not plan.question
    assert any(words in n and ("没看懂" in n or "didn't understand" in n) for n in plan.notes)


@pytest.mark.parametrize("text", [
    "导出个480p的 发微信省流量",      # 480p not offered: asked, never refused as a post
    "导出个480p的，发群里省流量",
    "茶园直播录屏太长了 帮我剪几段精彩的出来发快手",  # which parts: asked
    "剪几段精彩的出来发抖音",
    "把开头剪下来",                     # no length: asked
])
def test_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and not plan.refusal and not plan.answer


@pytest.mark.parametrize("text", ["导出720p发群里", "导出来我发微信"])
def test_purpose_exports(text: str) -> None:
    plan = _plan(text)
    assert plan.export is not None and not plan.refusal and not plan.question
