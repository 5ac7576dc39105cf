"""gbj (issue 9): destructive cutting and clip readings - the rest said to stay, then one part removed, is a
removal of that part (never a keep of it); a start said after words put on screen is the text's start
(never a cut of the first seconds); a transition said before / after one named clip goes at that junction
only (never a keep of the clip); "the first / second half" after a split is one of the two pieces; the topic
searched is what follows the speaker's verb (对谈 / 访谈 / 讲座 name the recording); a clip taken back and
another named is the only one edited; clips placed by ordinals are reordered (never added again); clips
given names by what they show are called by those names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # the rest said to stay first, then the one part that goes
    ("其他的都留着 只把0:25到0:31我接电话那段拿掉",
     [("remove_range", {"start_ms": 25000, "end_ms": 31000})], False),
    ("其他都留着 把0:05到0:09删了", [("remove_range", {"start_ms": 5000, "end_ms": 9000})], False),
    ("everything else stays, only remove 0:33 to 0:37",
     [("remove_range", {"start_ms": 33000, "end_ms": 37000})], False),
    # (the part named first, then the rest going, is still the part kept)
    ("0:10到0:20那段留着 其他都不要", [("keep_range", {"start_ms": 10000, "end_ms": 20000})], False),
    # a start said after words put on screen
    ("vlog最后加一句「上岸！」 大字 放中间 从55秒开始",
     [("add_text", {"text": "上岸！", "start_ms": 55000, "pos": "center", "size": 96})], False),
    ("结尾加一句「谢谢观看」 放底部 从0:52开始",
     [("add_text", {"text": "谢谢观看", "start_ms": 52000, "pos": "bottom"})], False),
    ("从10秒开始", [("trim", {"head_ms": 10000})], False),
    # a transition before / after one named clip
    ("三段中间加转场 只要c前面那个", [("crossfade", {"index": 3})], True),
    ("三段中间加转场 只要b后面那个", [("crossfade", {"index": 3})], True),
    ("b前面加个转场", [("crossfade", {"index": 2})], True),
    ("只要c", [("keep_range", {"start_ms": 90000, "end_ms": 110000})], True),
    # the halves after a split are the pieces
    ("trim 2 secs from the beginning, split at 0:32 and delete the second half",
     [("trim", {"head_ms": 2000}), ("split", {"at_ms": 30000}), ("delete_segment", {"index": 2})], False),
    ("split at 0:20 and delete the first half",
     [("split", {"at_ms": 20000}), ("delete_segment", {"index": 1})], False),
    ("delete the second half", [("trim", {"tail_ms": 30000})], False),
    # the topic after the speaker's verb
    ("对谈里我俩聊八卦的那段不要了", [("cut_sentences", {"query": "八卦", "keep": False})], False),
    ("讲座里我说广告的那几句删了", [("cut_sentences", {"query": "广告", "keep": False})], False),
    # a clip taken back
    ("把b删掉 哦不 删c", [("delete_segment", {"index": 3})], True),
    ("delete b, oh no, c", [("delete_segment", {"index": 3})], True),
    # places by ordinals
    ("put c second and b first", [("reorder", {"order": [2, 3, 1]})], True),
    ("put c first", [("move_segment", {"index": 3, "to_index": 1})], True),
    # clips named by what they show
    ("婚宴视频 clip是接亲 b是敬酒 c是吃席 把吃席放最前头",
     [("move_segment", {"index": 3, "to_index": 1})], True),
    ("clip是接亲 b是敬酒 c是吃席 把b删掉", [("delete_segment", {"index": 2})], True),
    ("b is the toast, c is the dinner. move the dinner to the start",
     [("move_segment", {"index": 3, "to_index": 1})], True),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)
