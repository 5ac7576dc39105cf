"""gaf (issue 9): parts kept and words shown, said in new ways - "trim <my thing> from A to B" keeps A-B
whatever the recording is called ("my vhs capture"); 剪到A到B with 前后…的不要 keeps it, as 截 / 剪出 before a
range; a text noun with its kind ("promo text") and unquoted words with a time range is text, never a cut of
its OFF; words typed in capitals said first with a place; a place (and how long) said first, then a colon and
the words; words after a colon keep the user's own characters (不要剪…, never the normaliser's 别剪…) and
their closing ！; the silence at an end kept, with what goes there said after it ("thats where my outro
goes", 我要放片尾), stays."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # trim <thing> from A to B keeps
    ("trim my vhs capture from 0:04 to 0:56", [("keep_range", {"start_ms": 4000, "end_ms": 56000})], False),
    ("trim the old family tape from 0:04 to 0:56", [("keep_range", {"start_ms": 4000, "end_ms": 56000})],
     False),
    ("cut my vhs capture down to 0:04-0:56", [("keep_range", {"start_ms": 4000, "end_ms": 56000})], False),
    ("trim the bit from 0:04 to 0:10", [("remove_range", {"start_ms": 4000, "end_ms": 10000})], False),
    # 剪到A到B 前后不要, 截 / 剪出 a range
    ("把相声这段剪到0:08到0:52 前后候场的不要", [("keep_range", {"start_ms": 8000, "end_ms": 52000})], False),
    ("0:08到0:52，两头的都删掉", [("keep_range", {"start_ms": 8000, "end_ms": 52000})], False),
    ("截1m05s到1m20s那段", [("keep_range", {"start_ms": 65000, "end_ms": 80000})], True),
    ("截5秒到20秒那段", [("keep_range", {"start_ms": 5000, "end_ms": 20000})], False),
    ("剪出5秒到20秒那段", [("keep_range", {"start_ms": 5000, "end_ms": 20000})], False),
    ("截掉5秒到20秒", [("remove_range", {"start_ms": 5000, "end_ms": 20000})], False),
    # a text noun, unquoted words, a range
    ("promo text 50% OFF FIRST STAY along the bottom, 3s to 9s",
     [("add_text", {"text": "50% OFF FIRST STAY", "pos": "bottom", "start_ms": 3000, "end_ms": 9000})],
     False),
    ("促销文字 全场五折 放底部 3秒到9秒",
     [("add_text", {"text": "全场五折", "pos": "bottom", "start_ms": 3000, "end_ms": 9000})], False),
    # capitals first, then a place
    ("BEFORE in the top left corner for the first 5 sec, nice and big",
     [("add_text", {"text": "BEFORE", "pos": "top-left", "size": 96, "end_ms": 5000})], False),
    ("LOGO in the top right corner", [("add_logo", {"pos": "top-right"})], False),
    # a place, then a colon and the words
    ("at the top for the whole video: 2BR · 1BA · Sleeps 4",
     [("add_text", {"text": "2BR · 1BA · Sleeps 4", "pos": "top"})], False),
    ("底部：关注我不迷路", [("add_text", {"text": "关注我不迷路", "pos": "bottom"})], False),
    ("at the top right: logo.png", [("add_logo", {"pos": "top-right"})], False),
    # the user's own characters
    ("打一行字：不要剪我的毛！", [("add_text", {"text": "不要剪我的毛！"})], False),
    ("标题：不要删我的视频！", [("add_title", {"text": "不要删我的视频！"})], False),
    ("加个标题：你好呀。", [("add_title", {"text": "你好呀"})], False),
    # the silence at an end kept, what goes there said after
    ("remove the pauses but leave the silence at the very end, thats where my outro goes",
     [("remove_silences", {"keep_ends": "end"})], False),
    ("删停顿，最后的静音别动，我要放片尾", [("remove_silences", {"keep_ends": "end"})], False),
    ("remove the pauses and the silence at the end", [("remove_silences", {"keep_ends": "none"})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "文字 太小了",          # a complaint about the letters, no words to show
    "促销文字 太小了",
])
def test_no_words_shown(text: str) -> None:
    plan = _plan(text)
    assert not any(o.op == "add_text" for o in plan.ops)
