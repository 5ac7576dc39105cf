"""gae (issue 9): long Chinese requests with a story around the edits, and target lengths with a chosen
end - a wish to post it said between the edits ("想发朋友圈") is what the edit is for, no publish order; a
search never swallows a clause that names a time; a bare fade listed before the music is added is the
video's; "给客户剪个15秒的预告 用结尾那段" and "用最后15秒做预告" keep that end; "最后黑的那3秒" is the
tail; "标题 写 X" writes X (and the size said after it stays the title's); 十几秒 is no "how many";
"第25秒开始才是滑的" / "从第15秒开始就行" / "from 0:15 on is fine" cut what is before; "后面第40到45秒"
is that part, never "the rest"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    # a wish to post, told between the edits
    ("我们是拍婚纱照的 这个是客人在三亚海边的花絮 客户说太长了 想发朋友圈 前5秒是我在调设备那段你帮我剪掉 "
     "结尾给个淡出 再加上music.mp3 音量30%",
     [("trim", {"head_ms": 5000}), ("fade", {"fade_out_ms": 1000}),
      ("add_music", {"media_id": "music.mp3", "volume": 0.3, "fade_out_ms": 0})]),
    ("客户说太长了 想发朋友圈 开头3秒剪掉", [("trim", {"head_ms": 3000})]),
    # a bare fade before the music is added
    ("开头淡入 然后配上music.mp3 音量20%",
     [("fade", {"fade_in_ms": 1000}), ("add_music", {"media_id": "music.mp3", "fade_in_ms": 0})]),
    # a length made of a chosen end
    ("给客户剪个15秒的预告 用结尾那段", [("keep_range", {"start_ms": 45000, "end_ms": None})]),
    ("用最后15秒做预告", [("keep_range", {"start_ms": 45000, "end_ms": None})]),
    ("拿开头8秒剪个片段", [("keep_range", {"start_ms": 0, "end_ms": 8000})]),
    ("use the last 12 seconds as a teaser", [("keep_range", {"start_ms": 48000, "end_ms": None})]),
    # an end described, then its length
    ("别删我的视频啊 就把最后黑的那3秒去掉", [("trim", {"head_ms": 0, "tail_ms": 3000})]),
    ("开头晃的那2秒剪掉", [("trim", {"head_ms": 2000, "tail_ms": 0})]),
    # 写 before the title's words
    ("帮我把声音弄大一点 再在最前面加个标题 写 夕阳红舞蹈队 字大一点 谢谢啊",
     [("set_volume", {"track": "main", "volume": 1.5}),
      ("add_title", {"text": "夕阳红舞蹈队", "size": 144})]),
    ("加标题，写 春日限定", [("add_title", {"text": "春日限定"})]),
    # where the footage worth keeping starts
    ("明天开班会要放这个视频 是我们班运动会拍的 前面十几秒是我在调三脚架 没啥用 从第15秒开始就行 "
     "家长会也要放 所以加个标题「高二(3)班 运动会」 声音也大点 后排听不见",
     [("trim", {"head_ms": 15000}), ("add_title", {"text": "高二(3)班 运动会"}),
      ("set_volume", {"track": "main", "volume": 1.5})]),
    ("前面是我在架机器 第12秒开始才是正片", [("trim", {"head_ms": 12000, "tail_ms": 0})]),
    ("starting at 0:09 is fine, then add music.mp3",
     [("trim", {"head_ms": 9000}), ("add_music", {"media_id": "music.mp3"})]),
    # "later on" before a part given by its times
    ("后面第40到45秒剪掉", [("remove_range", {"start_ms": 40000, "end_ms": 45000})]),
    ("20秒之后才开始跳 后面第40到45秒也剪了吧",
     [("trim", {"head_ms": 20000}), ("remove_range", {"start_ms": 20000, "end_ms": 25000})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    plan = _plan(text)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "帮我发朋友圈",             # asked to post it: still refused
    "想发朋友圈",               # the wish alone, said first: read as it stands
])
def test_post_asked_still_refused(text: str) -> None:
    assert _plan(text).refusal



def test_question_not_a_start() -> None:
    # "第25秒开始才是正片吗": whether it starts there, asked - nothing is cut
    plan = _plan("第25秒开始才是正片吗")
    assert not any(o.op in ("trim", "remove_range", "keep_range") for o in plan.ops)
