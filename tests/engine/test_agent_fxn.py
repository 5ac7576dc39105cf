"""Session 33 (fxn): a part of one clip said by its bare letter in Chinese ("b的前5秒去掉") is cut inside that
clip, never at the programme's start; whether a GIF can be made, asked with no subject and 不/么, is answered;
a format said with a short verb ("导成webm") is the export and a resolution compressed in its own clause
before it is the picture's; the other half said to stay at normal speed leaves the half named changed; 副歌
(the chorus) adds no music; viewers said not to like a long video is the reason for a keep; 那 between an end
and its length ("开头那3秒") is that end's part; a word of the subtitles recognised wrong is asked about."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan


def _ops(plan: Any) -> list[dict[str, Any]]:
    return [{"op": op.op, **op.model_dump(exclude_defaults=True)} for op in plan.ops]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("b的前5秒去掉 那是我在调麦克风", 60000, 65000),
    ("c的最后3秒剪掉", 107000, 110000),
    ("把b开头2秒删了", 60000, 62000),
    ("c结尾那两秒不要", 108000, 110000),
    ("b前面3秒删掉吧", 60000, 63000),
])
def test_part_of_one_clip_by_bare_letter_zh(text: str, start: int, end: int) -> None:
    plan = _plan(text, clips3=True)
    assert _ops(plan) == [{"op": "remove_range", "start_ms": start, "end_ms": end}]


@pytest.mark.parametrize("text", [
    "能做gif不 想给村里群发个动图", "能做动图吗", "可以导出gif么 想发朋友圈", "能做gif不",
])
def test_gif_capability_asked_bare_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question


@pytest.mark.parametrize(("text", "ops", "fmt"), [
    ("先压成720p 再1.5倍速 最后导成webm",
     [{"op": "resolution", "max_height": 720}, {"op": "speed", "factor": 1.5}], "webm"),
    ("先压缩到720p 然后静音 最后存成mov", [{"op": "resolution", "max_height": 720}, {"op": "mute"}], "mov"),
    ("1.5倍速 导成webm", [{"op": "speed", "factor": 1.5}], "webm"),
    ("转成webm格式", [], "webm"),
])
def test_short_export_verb_and_compressed_resolution(text: str, ops: list[dict[str, Any]], fmt: str) -> None:
    plan = _plan(text)
    assert [{k: v for k, v in o.items() if k != "index"} for o in _ops(plan)] == ops
    assert plan.export and plan.export.get("format") == fmt and "resolution" not in plan.export


@pytest.mark.parametrize(("text", "factor", "index"), [
    ("后半段加速一下 前面搭帐篷的正常速度", 1.5, 2),
    ("后半段加速 前半段正常速度", 1.5, 2),
    ("前半段放慢一点 后面的保持原速", 0.8, 1),
    ("后半段快一点 前面还是原速", 1.25, 2),
])
def test_other_half_at_normal_speed(text: str, factor: float, index: int) -> None:
    plan = _plan(text)
    assert _ops(plan) == [{"op": "split", "at_ms": 30000}, {"op": "speed", "factor": factor, "index": index}]


@pytest.mark.parametrize(("text", "index"), [
    ("副歌是b那段 让b再放一遍", 2), ("副歌在b里 b重复一次", 2), ("副歌那段是c 让c连着播两遍", 3),
])
def test_chorus_adds_no_music(text: str, index: int) -> None:
    assert _ops(_plan(text, clips3=True)) == [{"op": "duplicate_segment", "index": index}]


@pytest.mark.parametrize(("text", "end"), [
    ("只要15秒 多了团购群的人不爱看", 15000), ("只留20秒 长了大家不爱看", 20000),
    ("只要前10秒 太长粉丝不想看", 10000), ("剪到30秒 长了客户不喜欢看", 30000),
])
def test_viewers_not_liking_long_is_the_reason(text: str, end: int) -> None:
    plan = _plan(text)
    assert _ops(plan) == [{"op": "keep_range", "end_ms": end}] and not plan.question


@pytest.mark.parametrize(("text", "op"), [
    ("除了最前面那3秒 别的全都留着哈", {"op": "trim", "head_ms": 3000}),
    ("删掉开头那3秒", {"op": "trim", "head_ms": 3000}),
    ("只留开头那10秒", {"op": "keep_range", "end_ms": 10000}),
    ("除了最后那5秒 其他都留着", {"op": "trim", "tail_ms": 5000}),
])
def test_pointer_between_end_and_length(text: str, op: dict[str, Any]) -> None:
    assert _ops(_plan(text)) == [op]


@pytest.mark.parametrize("text", [
    "字幕有个字识别错了 帮我改下", "字幕里有两个字识别错了 改一下", "字幕识别得不对 有个名字错了 帮忙改改",
])
def test_subtitle_word_recognised_wrong_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
