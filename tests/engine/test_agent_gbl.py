"""gbl (issue 9, round 11): a refusal never contradicts an edit that was done, and an impossible ask never
edits. 配音 naming the footage ("学生配音作业", "三个学生配音") is no voice-over asked; a film
look only likened to beside a colour change ("有点胶片感那种") is that change, its grain said in
the details; the general "I can't do that" beside an edit names the part not done; a watermark taken
off with other verbs (抠掉, 擦掉, scrub out) is never a logo added; scrolling text, 打码 said on its
own and a creeper exploding are refused."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import apply, parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

Ops = list[tuple[str, dict[str, Any]]]

EDITS: list[tuple[str, Ops, bool]] = [
    # 配音 naming what was uploaded: the edit on it stands, nothing refused
    ("学生配音作业 前面十几秒都在调麦 帮我把开头没说话那段去掉",
     [("trim_dead_air", {"ends": "start"})], False),
    ("英语配音作业 开头空白那段去掉", [("trim_dead_air", {"ends": "start"})], False),
    ("三个学生配音按c b clip的顺序拼起来", [("reorder", {"order": [3, 2, 1]})], True),
    # a film look likened to beside the colour change: done, no refusal
    ("学习vlog整体调成黑白的 有点胶片感那种", [("color", {"gray": True})], False),
    ("整体调成黑白 带点老电影感", [("color", {"gray": True})], False),
    ("make it black and white, kinda like a vintage film", [("color", {"gray": True})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), EDITS)
def test_edit_without_refusal(text: str, ops: Ops, clips3: bool) -> None:
    assert_edits(_plan(text, clips3=clips3), ops)


def test_likened_look_said_in_details() -> None:
    plan = _plan("学习vlog整体调成黑白的 有点胶片感那种")
    assert any("胶片" in n and "没有加" in n for n in plan.notes)


@pytest.mark.parametrize(("text", "op", "part"), [
    ("剪掉前3秒 再加个配音", "trim", "加个配音"),
    ("cut the first 3 seconds and add film grain", "trim", "add film grain"),
])
def test_generic_refusal_beside_edit_names_the_part(text: str, op: str, part: str) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == [op]
    assert plan.refusal and part in plan.refusal
    assert "目前做不到——本地引擎没有对应的模型或效果。我可以" not in plan.refusal
    assert "I can't do that here yet" not in plan.refusal


@pytest.mark.parametrize("text", [
    "加一段配音",
    "给我配个AI配音,甜美女声那种",
    "把我的普通话配音换成粤语",
])
def test_voice_over_asked_still_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", [
    "右下角那个快手号水印帮我抠掉",
    "左下角的抖音水印帮我擦掉",
    "右下角那个小红书水印给我清掉",
    "scrub out the tiktok watermark in the corner",
])
def test_watermark_taken_off_is_refused_never_added(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["把右上角那个logo抠掉", "wipe the logo off"])
def test_own_logo_taken_off(text: str) -> None:
    logo = parse_operation({"op": "add_logo", "media_id": "logo.png"})
    draft = apply(sample_draft(["clip.mp4"], None), logo, SAMPLE_MEDIA)
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    plan = parse(text, lang, list(SAMPLE_MEDIA.values()), draft)
    assert_edits(plan, [("remove_logo", {})])


@pytest.mark.parametrize("text", [
    "做个抖音那种滚动字幕 从右往左飘",
    "做个跑马灯字幕 从左往右滚",
    "add a news ticker scrolling across the bottom",
    "0:05到0:09那里露了我手机号 打个码",
    "1:10到1:15那里拍到了我家门牌 打个码吧",
    "add a creeper exploding behind me at the start lol",
])
def test_impossible_refused_without_edit(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question


def test_scrolling_words_given_are_put_on() -> None:
    assert_edits(_plan("底部加一行滚动字幕 “欢迎入住山间小院 预订请私信”"),
                 [("add_text", {"text": "欢迎入住山间小院 预订请私信", "pos": "bottom"})])
