"""gbz (issue 9): cutting said in new ways - "keep everything outside X" / 只保留X以外的 removes X (a time
range or a clip); another editor's name ("final cut", "cap cut") is no cut of the last clip; a still, cover
or thumbnail asked for after a cut (in the same clause, or after a space in Chinese) takes its moment on
the timeline the cut leaves; a fade from a time after a Chinese cut (50秒以后淡出) keeps the cut; the first
or last N seconds made into a teaser keep that part (把最后15秒剪成预告片 is never a cut of it); a part
named by its topic (那块, "the section on", "go over") is searched in the speech."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # what lies outside the part is kept: the part goes
    ("只保留第10到20秒以外的内容", [("remove_range", {"start_ms": 10000, "end_ms": 20000})], False),
    ("只要10到20秒之外的部分", [("remove_range", {"start_ms": 10000, "end_ms": 20000})], False),
    ("keep everything outside 0:10-0:20", [("remove_range", {"start_ms": 10000, "end_ms": 20000})], False),
    ("keep the part filmed outside from 0:10 to 0:20",
     [("keep_range", {"start_ms": 10000, "end_ms": 20000})], False),
    ("只保留第三段以外的", [("delete_segment", {"index": 3})], True),
    ("只留b以外的视频", [("delete_segment", {"index": 2})], True),
    ("只保留第三段", [("keep_range", {"start_ms": 90000, "end_ms": 110000})], True),
    # another editor's name
    ("export mov, my mate edits in final cut", [], True),
    ("导出mov 我朋友用final cut剪", [], True),
    ("cut the first 5 sec, then export a mov for final cut pro", [("trim", {"head_ms": 5000})], True),
    # a picture of a moment after a cut
    ("trim the first 10 sec and take a thumbnail at 0:25", [("trim", {"head_ms": 10000})], False),
    ("trim 10s off the front and snap a still at 0:25", [("trim", {"head_ms": 10000})], False),
    ("前10秒删掉 25秒的画面当封面", [("trim", {"head_ms": 10000})], False),
    ("剪掉开头10秒 封面用第25秒", [("trim", {"head_ms": 10000})], False),
    # a fade from a time after a cut
    ("前10秒不要 第50秒开始淡出到结尾",
     [("trim", {"head_ms": 10000}), ("fade", {"fade_out_ms": 10000})], False),
    ("去掉开头10秒 50秒以后淡出",
     [("trim", {"head_ms": 10000, "tail_ms": 0}), ("fade", {"fade_out_ms": 10000})], False),
    ("50秒以后淡出", [("fade", {"fade_out_ms": 10000})], False),
    # an end made into a teaser
    ("把结尾最后10秒单独弄成个预告", [("keep_range", {"start_ms": 50000, "end_ms": None})], False),
    ("把最后15秒剪成一个预告片", [("keep_range", {"start_ms": 45000, "end_ms": None})], False),
    ("turn the first 15 secs into a trailer", [("keep_range", {"start_ms": 0, "end_ms": 15000})], False),
    # a part named by its topic
    ("把我讲学费那块删了 价格变了", [("cut_sentences", {"query": "学费", "keep": False})], False),
    ("把我讲学费那段留着 其他删掉", [("cut_sentences", {"query": "学费", "keep": True})], False),
    ("take out the section on tuition, the price changed",
     [("cut_sentences", {"query": "tuition", "keep": False})], False),
    ("chop it into 4 equal parts so i can go over each round",
     [("split", {"at_ms": 15000}), ("split", {"at_ms": 30000}), ("split", {"at_ms": 45000})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize(("text", "at_ms"), [
    ("trim the first 10 sec and take a thumbnail at 0:25", 15000),
    ("drop the first 10 seconds and take a cover image from 0:25", 15000),
    ("前10秒删掉 25秒的画面当封面", 15000),
    ("snap a still at 0:25", 25000),
])
def test_thumbnail_after_cut(text: str, at_ms: int) -> None:
    plan = _plan(text)
    assert plan.export == {"format": "jpg", "at_ms": at_ms}


@pytest.mark.parametrize("text", [
    "export mov, my mate edits in final cut",
    "render it out as mov, editor is on final cut pro x",
])
def test_app_name_is_no_cut(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.ops and plan.export == {"format": "mov"}


@pytest.mark.parametrize("text", [
    "把我讲学费那段留着",  # 留着 alone, nothing said to go: never a keep of that part only
    "the final cut is done in davinci",
])
def test_nothing_removed(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.ops
