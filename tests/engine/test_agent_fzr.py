"""fzr (issue 9): speed, target lengths, times and units, loops, freezes and where text goes, said in
new ways - a moment the one clip shows slowed by an exact amount is the whole clip ("slow the catch down
by 2x"); a purpose said with 让 is no question; a half placed by the edit with a part named beside it as
what it shows ("the replay part drags"); a half of one named clip; a length for "booktok", or reached by
speed ("让它刚好75秒"); "~7 s"; a magnification ("at 40x") is no speed; 切 / 砍 bare before an amount
cut; "cut 9 16" a shape; b站 the youtube preset; 连着播3遍; "and hold the frame at A for N" its own
freeze; words shown after "the hook:" ("me reading X" is no words), their last stop kept; 下面再来一行
小字 places the second line."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # a moment the one clip shows, with an exact speed: the whole clip
    ("slow the catch down by 2x", [("speed", {"factor": 0.5, "index": None})], False),
    ("speed the dunk up 2x", [("speed", {"factor": 2.0, "index": None})], False),
    ("slow the demo down by half", [("speed", {"factor": 0.5})], False),
    ("slow down the first 10 seconds by half",
     [("split", {"at_ms": 10000}), ("speed", {"factor": 0.5, "index": 1})], False),
    ("整个视频放慢两倍 让学生看清楚小球是怎么落下来的", [("speed", {"factor": 0.5})], False),
    # a half placed, a part named beside it as what it shows
    ("speed up the second half 2x, the replay part drags",
     [("split", {"at_ms": 30000}), ("speed", {"factor": 2.0, "index": 2})], False),
    ("后半段加速2倍 回放那段太拖了",
     [("split", {"at_ms": 30000}), ("speed", {"factor": 2.0, "index": 2})], False),
    ("前半段放慢", [("split", {"at_ms": 30000}), ("speed", {"factor": 0.75, "index": 1})], False),
    ("speed up the second half of clip.mp4",
     [("split", {"at_ms": 30000}), ("speed", {"factor": 1.5, "index": 2})], True),
    ("b.mp4的后半段加速2倍",
     [("split", {"at_ms": 75000}), ("speed", {"factor": 2.0, "index": 3})], True),
    # a length
    ("make it 15 seconds for booktok", [("keep_range", {"start_ms": 0, "end_ms": 15000})], False),
    ("一点都别剪 放慢 让它刚好75秒", [("speed", {"factor": 0.8})], False),
    ("slow it down so it lasts exactly 75 seconds", [("speed", {"factor": 0.8})], False),
    # times and units
    ("context: 60s recording of paramecium at 40x. the first ~7 s are me adjusting focus and the last 5 "
     "are me reaching for the slide. cut both please", [("trim", {"head_ms": 7000, "tail_ms": 5000})],
     False),
    ("显微镜下放大400倍拍的草履虫 开头5秒剪掉", [("trim", {"head_ms": 5000})], False),
    ("开头切掉1.5s 结尾切500ms 就这样", [("trim", {"head_ms": 1500, "tail_ms": 500})], False),
    ("结尾砍3秒", [("trim", {"head_ms": 0, "tail_ms": 3000})], False),
    ("cut 9 16", [("set_aspect", {"ratio": "9:16"})], False),
    ("要发b站 改成横屏", [("platform", {"name": "youtube"})], False),
    # loops
    ("这个视频让它连着播3遍", [("loop", {"times": 3})], False),
    ("一口气放5遍", [("loop", {"times": 5})], False),
    # a freeze after another edit
    ("i want to slow down 0:14-0:20 to half speed and hold the frame at 0:14 for 3 seconds",
     [("split", {"at_ms": 14000}), ("split", {"at_ms": 20000}), ("speed", {"factor": 0.5, "index": 2}),
      ("freeze_frame", {"at_ms": 14000, "duration_ms": 3000})], False),
    # words shown, and where
    ("booktok author here, my romantasy drops friday!! this is me reading the first line. put the hook on "
     "screen for the first 4 seconds at the top: he said he'd burn the world for her. he lied.",
     [("add_text", {"text": "he said he'd burn the world for her. he lied.", "end_ms": 4000, "pos": "top"})],
     False),
    ("this is me reading chapter one. put the quote at the bottom: she never came back",
     [("add_text", {"text": "she never came back", "pos": "bottom"})], False),
    ("add text at the top: see you soon.", [("add_text", {"text": "see you soon", "pos": "top"})], False),
    ("顶部加一行字：他说他会为她烧掉世界。他骗了她。",
     [("add_text", {"text": "他说他会为她烧掉世界。他骗了她。"})], False),
    ("加标题「家长会 初二3班」 下面再来一行小字「2024秋季学期」",
     [("add_title", {"text": "家长会 初二3班", "pos": "center"}),
      ("add_text", {"text": "2024秋季学期", "size": 40})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "slow down the trick",            # no amount: which part the trick is, asked
    "slow down the jump part 2x",     # a part said as a part
    "speed up the crash a bit",
])
def test_moment_without_amount_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
