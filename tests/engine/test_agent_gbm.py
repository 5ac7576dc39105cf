"""gbm (issue 9): words quoted as what someone says in the video (说了句「…」, 喊「…」, "i yell 'CUT!'",
"the end's just me saying …") are speech, never text to show - and the times said with them are when they
are said, not when a title shows; an amount corrected after a sound of thinking (加速1.5倍 嗯 还是1.25吧)
is the last one; an ask taken back after 等等 / 算了 adds nothing (no words 等等, no title removed); a title
and a second quoted line below it said after a Chinese lead; a title taken off with 去了 while other text
stays (and a kind said to stay is never "all"); the clips counted (三段视频) looped as the whole video."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # quoted speech
    ("新郎说了句「这段剪掉莫播」是开玩笑的 别当真 就给我加个字幕", [("add_subtitles", {})], False, False),
    ("有跑友在视频里喊「把我剪了」 别理他哈哈 整体淡入淡出就行",
     [("fade", {"fade_in_ms": 1000, "fade_out_ms": 1000})], True, False),
    ("他吼了一声「再来一遍」 不用管 视频加速1.5倍", [("speed", {"factor": 1.5})], False, False),
    ("i yell 'CUT!' at the end of every take haha, anyway add a title 'Scene 3 - Take 2'",
     [("add_title", {"text": "Scene 3 - Take 2", "start_ms": 0})], False, False),
    ("we always shout 'rolling!' at the start lol, just add a title 'Day 4 - Kitchen'",
     [("add_title", {"text": "Day 4 - Kitchen"})], False, False),
    ("everything but the last 10 seconds stays, the end's just me saying g'day to the camera",
     [("trim", {"tail_ms": 10000})], False, False),
    ("cut the first 5 seconds, the intro's just me saying hi to everyone", [("trim", {"head_ms": 5000})],
     False, False),
    # text still shown when a person is not the one "saying"
    ("他说\"别拍了\" 加个标题「第一天」", [("add_title", {"text": "第一天"})], False, False),
    ("底部写着「关注我」", [("add_text", {"text": "关注我", "pos": "bottom"})], False, False),
    ("he shouts 'goal' at 0:30, add text 'GOAL!!' at the top from 0:30 to 0:35",
     [("add_text", {"text": "GOAL!!", "start_ms": 30000, "end_ms": 35000, "pos": "top"})], False, False),
    # corrections
    ("加速1.5倍 嗯 还是1.25吧 别太快", [("speed", {"factor": 1.25})], False, False),
    ("加速2倍 嗯 还是1.5吧", [("speed", {"factor": 1.5})], False, False),
    ("音乐调到40% 呃 还是25%吧", [("set_volume", {"track": "bgm", "volume": 0.25})], False, True),
    # titles and text
    ("课程预告开头加标题「周三晚 阴瑜伽」 底下一行小字「前台报名 电话见简介」",
     [("add_title", {"text": "周三晚 阴瑜伽"}), ("add_text", {"text": "前台报名 电话见简介", "pos": "bottom",
                                                          "size": 40})], False, False),
    ("标题去了 其他文字留着", [("remove_text", {"track": "title"})], False, False),
    ("文字都删了 标题留着", [("remove_text", {"track": "text"})], False, False),
    ("跑步的三段视频整个循环三遍", [("loop", {"times": 3})], True, False),
    ("这几段视频循环三遍", [("loop", {"times": 3})], True, False),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    plan = _plan(text, music=music, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "加个字幕 等等 还是不要了",
    "加个标题「开业大吉」 等等 还是不要了",
    "加个标题「你好」 算了 还是不要了",
    "加个字幕 等下 还是不加了",
])
def test_taken_back_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and not plan.refusal
    assert plan.answer and "没有变" in plan.answer


def test_two_clips_of_three_are_not_the_whole() -> None:
    plan = _plan("两段视频循环三遍", clips3=True)
    assert not any(o.op == "loop" for o in plan.ops)
