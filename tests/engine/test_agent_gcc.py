"""gcc (issue 9, round 15): cutting and times said in new ways - the part after a time given another edit
("40秒以后的部分加速2倍") is where that edit goes, never a cut of the tail; a teaser of the end piece
(结尾那块) keeps the end; an end's sound turned off (最后5秒把声音关了) or a range's few seconds (那几秒)
muted is a ranged mute; a whole-video picture change said of "just the bit" is asked, never a keep; a place
said after a cut's time with something added there is the addition's, moved by the cut; 劈一刀 is a split."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # the part after a time, edited: its place, not a cut (the time moved by the head cut)
    ("前10秒不要了 40秒以后的部分加速2倍",
     [("trim", {"head_ms": 10000, "tail_ms": 0}), ("split", {"at_ms": 30000}),
      ("speed", {"factor": 2.0, "index": 2})], False),
    ("前5秒不要了 30秒以后的部分加速3倍",
     [("trim", {"head_ms": 5000, "tail_ms": 0}), ("split", {"at_ms": 25000}),
      ("speed", {"factor": 3.0, "index": 2})], False),
    ("drop the first 5 seconds and slow down everything after 0:30 to half speed",
     [("trim", {"head_ms": 5000, "tail_ms": 0}), ("split", {"at_ms": 25000}),
      ("speed", {"factor": 0.5, "index": 2})], False),
    # ... while the part after a time said to go is still cut
    ("lose the first 10 sec and anything past 0:55", [("trim", {"head_ms": 10000, "tail_ms": 5000})], False),
    # a teaser of the end piece
    ("结尾那块做成8秒的预告", [("keep_range", {"start_ms": 52000, "end_ms": None})], False),
    ("片尾那块弄成6秒的短片", [("keep_range", {"start_ms": 54000, "end_ms": None})], False),
    ("开头那块做成8秒的预告", [("keep_range", {"start_ms": 0, "end_ms": 8000})], False),
    # an end's sound turned off: that part muted, the picture kept
    ("最后5秒把声音关了就行 画面要留着", [("mute", {"start_ms": 55000, "end_ms": 60000})], False),
    ("开头3秒把原声给关掉 画面保留", [("mute", {"start_ms": 0, "end_ms": 3000})], False),
    # a range's few seconds muted (after a clip deleted, the time moved)
    ("删掉第二段 再把1分35到1分40那几秒静音",
     [("delete_segment", {"index": 2}), ("mute", {"start_ms": 65000, "end_ms": 70000})], True),
    ("30秒到35秒这几秒静音一下", [("mute", {"start_ms": 30000, "end_ms": 35000})], False),
    # a place for an addition after a cut's time
    ("开头剪8秒 结尾剪2秒 第50秒那里加个标题「下期见」",
     [("trim", {"head_ms": 8000, "tail_ms": 2000}),
      ("add_title", {"text": "下期见", "start_ms": 42000})], False),
    ("前5秒删了 在30秒的地方加个文字「注意」",
     [("trim", {"head_ms": 5000}), ("add_text", {"text": "注意", "start_ms": 25000})], False),
    # one stroke of the blade
    ("1分05秒那里帮我劈一刀 后面要单独调", [("split", {"at_ms": 65000})], True),
    ("20秒那儿砍一刀", [("split", {"at_ms": 20000})], False),
    # a part kept when nothing else is said of it
    ("keep just the part from 0:40 on", [("keep_range", {"start_ms": 40000, "end_ms": None})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "mirror just the bit from 0:40 on",
    "flip only the part after 0:40",
    "rotate just the part from 0:40 on",
    "make just the bit from 0:30 on black and white",
])
def test_picture_change_of_a_part_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
