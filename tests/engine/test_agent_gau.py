"""gau (issue 9): questions and advice never change the draft. Whether the tool can do a thing, asked as
"quick q can it …" / "问下能不能…", of videos in general ("can you flip videos?"), with "even" / "wondering
if it can", "… ? asking because …", "automatically" / 自动, or "能不能X 还是说…"; advice asked as "would X
help", "会更好吗", a statement checked with ", right?" / "应该…吧？", "是不是要X", "can i X later" - all
answered, nothing done. A polite request stays an edit ("can you flip the video?", "能帮我自动加字幕吗",
"make it 16:9, right?"), and no answer claims an edit happened."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

ASKED = [
    "quick q can it do slow motion",
    "quick question: can you add subtitles to videos",
    "问一下 你们能做慢动作吗",
    "想问下可以加背景音乐吗",
    "can you flip videos?",
    "could you speed up a clip?",
    "can it add captions to vids",
    "can it even add subtitles",
    "could you even do slow mo?",
    "wondering if this app can rotate stuff",
    "can you add captions? asking because my teacher wants them on every upload",
    "can you speed things up? asking since my reels drag",
    "can it add subtitles automatically?",
    "is it possible to cut the ums automatically?",
    "能自动去掉嗯啊吗",
    "可以自动加字幕不",
    "能不能倒放啊 还是说只能加速",
    "可以加字幕吗 还是说只能自己打",
    "能不能改成竖屏 还是说只支持横屏",
    "would adding subtitles help",
    "would slow mo look better on the jump",
    "加个字幕会更好吗",
    "放慢一点会不会更好看",
    "16:9 = widescreen, right?",
    "music at 25% is normal for a vlog, right?",
    "captions help on tiktok, right?",
    "背景音乐15%应该够了吧？",
    "是不是要加字幕才好",
    "发抖音是不是得改成竖屏",
    "can i add subtitles later",
    "could i add text later or only now?",
]


@pytest.mark.parametrize("text", ASKED)
def test_asked_is_answered_not_done(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.answer and not plan.ops and not plan.question and plan.export is None
    # the answer never says an edit was made
    assert not any(w in plan.answer for w in ("I've ", "I have ", "已经", "已", "Done", "done —"))


def test_limit_after_haishishuo_is_not_the_operation() -> None:
    # "还是说只能加速" says what it may be limited to: the question is about 倒放, which cannot be done
    plan = _plan("能不能倒放啊 还是说只能加速")
    assert plan.answer and plan.answer.startswith("不行") and "倒放" in plan.answer and not plan.ops


REQUESTS: list[tuple[str, list[tuple[str, dict[str, Any]]]]] = [
    ("can you flip the video?", [("flip", {"direction": "horizontal"})]),
    ("能帮我自动加字幕吗", [("add_subtitles", {})]),
    ("make it 16:9, right?", [("set_aspect", {"ratio": "16:9"})]),
    ("can you trim the first 5 sec?", [("trim", {"head_ms": 5000})]),
    ("quick q can you trim the first 5 sec", [("trim", {"head_ms": 5000})]),
]


@pytest.mark.parametrize(("text", "ops"), REQUESTS)
def test_polite_request_is_an_edit(text: str, ops: list[tuple[str, dict[str, Any]]]) -> None:
    assert_edits(_plan(text), ops)
