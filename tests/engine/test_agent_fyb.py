"""fyb (issue 9): the words of a Chinese on-screen text given without quotes are told apart from the words
that say where, how big, what colour and when - after 放个大字 / 画面上打, after 标题：/ 加个标题 / 加一行字
with the place, size, colour or time set apart by spaces after them, or said between the noun and the colon
(加一段免责声明 放底部全程 字小一点：…); a number in words at the start of the words keeps no colon; a
countdown whose words are quoted is that text, said to stay fixed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


def _one(text: str, **kw: Any) -> Any:
    plan = _plan(text, **kw)
    assert not plan.question and not plan.refusal and not plan.answer, plan
    assert len(plan.ops) == 1, plan.ops
    return plan.ops[0]


@pytest.mark.parametrize(("text", "kind", "fields"), [
    # put on in big / small letters, or 打 after the place: the words after the space
    ("第2秒到第6秒放个大字 全场五折", s.AddText,
     {"text": "全场五折", "start_ms": 2000, "end_ms": 6000, "size": 96}),
    ("第3秒到第8秒放个大字 限时秒杀", s.AddText,
     {"text": "限时秒杀", "start_ms": 3000, "end_ms": 8000, "size": 96}),
    ("右下角放个小字 仅供参考", s.AddText,
     {"text": "仅供参考", "pos": "bottom-right", "size": 40}),
    ("0:05到0:08 画面上打 ¥39.9 五斤包邮", s.AddText,
     {"text": "¥39.9 五斤包邮", "start_ms": 5000, "end_ms": 8000}),
    ("左上角打 今日特价", s.AddText,
     {"text": "今日特价", "pos": "top-left"}),
    # the place, size, colour or time after the words, set apart by spaces
    ("标题：街舞社招新啦 放顶上 红色", s.AddTitle,
     {"text": "街舞社招新啦", "pos": "top", "color": "#FF0000"}),
    ("标题：周末露营日记 放底部 黄色", s.AddTitle,
     {"text": "周末露营日记", "pos": "bottom", "color": "#FFFF00"}),
    ("加个标题 我家傻狗的一天 字大一点", s.AddTitle,
     {"text": "我家傻狗的一天", "size": 144}),
    ("加个标题 毕业快乐 字小一点", s.AddTitle,
     {"text": "毕业快乐", "size": 48}),
    ("底部加一行字 扫码进群 从头到尾都要有", s.AddText,
     {"text": "扫码进群", "pos": "bottom"}),
    ("标题：春季上新 放左上角", s.AddTitle,
     {"text": "春季上新", "pos": "top-left"}),
    # said between the noun and the colon
    ("加一段免责声明 放底部全程 字小一点：本视频仅作科普 不构成医疗建议", s.AddText,
     {"text": "本视频仅作科普 不构成医疗建议", "pos": "bottom", "size": 40}),
    ("加一行免责声明 放顶部 字大一点：剧情纯属虚构", s.AddText,
     {"text": "剧情纯属虚构", "pos": "top", "size": 96}),
    ("加个标题 放顶部 红色：新店开业", s.AddTitle, {"text": "新店开业", "pos": "top", "color": "#FF0000"}),
    # a number in words first: as typed, no colon
    ("加个标题：三分钟剪完一条vlog", s.AddTitle, {"text": "三分钟剪完一条vlog"}),
    ("加个标题：两分钟学会做蛋糕", s.AddTitle, {"text": "两分钟学会做蛋糕"}),
    ("底部加一行字：五分钟搞定早餐", s.AddText, {"text": "五分钟搞定早餐", "pos": "bottom"}),
])
def test_words_apart_from_how(text: str, kind: type, fields: dict[str, Any]) -> None:
    op = _one(text)
    assert isinstance(op, kind)
    for k, v in fields.items():
        assert getattr(op, k) == v, (k, op)
    assert "start_ms" in fields or not op.start_ms


def test_whole_time_is_the_whole_video() -> None:
    op = _one("底部加一行字 扫码进群 从头到尾都要有")
    assert op.end_ms in (None, 60000)


@pytest.mark.parametrize(("text", "words", "fields"), [
    ("右上角放个倒计时「30s」 从0:10到0:40", "30s", {"start_ms": 10000, "end_ms": 40000, "pos": "top-right"}),
    ("左下角放个倒计时「10」 从0:20到0:30", "10", {"start_ms": 20000, "end_ms": 30000, "pos": "bottom-left"}),
    ("右上角加个倒计时“3”", "3", {"pos": "top-right"}),
])
def test_countdown_with_words_is_text(text: str, words: str, fields: dict[str, Any]) -> None:
    plan = _plan(text, music=True)
    assert not plan.refusal and len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddText)
    op = plan.ops[0]
    assert op.text == words
    for k, v in fields.items():
        assert getattr(op, k) == v
    assert any("不会自己倒数" in n for n in plan.notes)


@pytest.mark.parametrize("text", ["加个倒计时", "右上角放个倒计时 从0:10到0:40"])
def test_countdown_without_words_still_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["画面上打 马赛克", "右下角打 码"])
def test_mosaic_is_no_words(text: str) -> None:
    plan = _plan(text)
    assert not any(isinstance(op, (s.AddText, s.AddTitle)) for op in plan.ops)


def test_place_alone_is_no_words() -> None:
    plan = _plan("加个标题 放顶上")
    assert plan.question and not plan.ops


def test_size_alone_is_no_words() -> None:
    plan = _plan("加字幕 字大一点")
    assert not any(isinstance(op, (s.AddText, s.AddTitle)) for op in plan.ops)
