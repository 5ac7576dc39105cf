"""Helper fyc (issue 9, holdout47 zh): a mute said to be a slip, then "把静音去掉", switches that
sound back on; a mark taken off then said to be the person's own is their logo removed; a size said
with 发<平台>用 is what it is for; a share at one end (前三分之一) trims that end; a range told with
what happens in it (开始讲到) or with the rest said to go is kept; a length limit with the platform's
reason asks nothing; the length now before 压成/缩短到 is no cut; 加字幕 before another edit and 一条龙
are no caption; a capability question then what they want to make of it is answered; the few best
parts to pick is asked about, not counted."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan


def _ops(p: Any) -> list[dict[str, Any]]:
    return [o.model_dump() | {"op": o.op} for o in p.ops]


def _edit_only(p: Any) -> None:
    assert not p.question and not p.refusal and not p.answer and p.export is None


@pytest.mark.parametrize(("text", "music", "track"), [
    ("把静音去掉 刚才手滑把原声静音了", False, "main"),
    ("刚才不小心把音乐静音了 把静音取消", True, "bgm"),
    ("不小心静音了 帮我把静音去掉", False, "main"),
    ("原声被我误静音了，静音去掉吧", False, "main"),
    ("去掉静音 刚刚手抖把背景音乐静音了", True, "bgm"),
])
def test_slip_mute_taken_back_is_unmute(text: str, music: bool, track: str) -> None:
    p = _plan(text, music=music)
    _edit_only(p)
    ops = _ops(p)
    assert [o["op"] for o in ops] == ["mute"]
    assert ops[0]["muted"] is False and ops[0]["track"] == track


def test_bare_remove_silence_still_cuts_pauses() -> None:
    assert [o["op"] for o in _ops(_plan("把静音去掉"))] == ["remove_silences"]


@pytest.mark.parametrize("text", [
    "删掉水印 就我自己刚加的那个logo",
    "把logo去掉，是我刚才加上的",
    "去掉台标 我之前自己加的那个",
    "水印删掉 就是我刚加的水印",
])
def test_own_mark_said_after_is_removed(text: str) -> None:
    p = _plan(text, clips3=True)
    _edit_only(p)
    assert [o["op"] for o in _ops(p)] == ["remove_logo"]


def test_bare_watermark_still_refused() -> None:
    assert _plan("删掉水印", clips3=True).refusal


@pytest.mark.parametrize(("text", "field", "value"), [
    ("1080x1080 发朋友圈用", "ratio", "1:1"),
    ("9:16 发抖音用的", "ratio", "9:16"),
    ("1080x1920 发小红书用", "ratio", "9:16"),
    ("720p 发微信群用", "max_height", 720),
])
def test_size_for_a_platform_is_no_upload(text: str, field: str, value: Any) -> None:
    p = _plan(text)
    _edit_only(p)
    ops = _ops(p)
    assert len(ops) == 1 and ops[0][field] == value


def test_post_asked_still_refused() -> None:
    assert _plan("帮我发朋友圈").refusal


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("前三分之一不要", 20000, 0),
    ("剪掉前三分之一", 20000, 0),
    ("前1/3删掉", 20000, 0),
    ("后三分之一不要", 0, 20000),
    ("最后四分之一剪掉", 0, 15000),
    ("cut the first 1/3", 20000, 0),
])
def test_end_share_trims_that_end(text: str, head: int, tail: int) -> None:
    p = _plan(text)
    _edit_only(p)
    ops = _ops(p)
    assert [o["op"] for o in ops] == ["trim"]
    assert ops[0]["head_ms"] == head and ops[0]["tail_ms"] == tail


@pytest.mark.parametrize(("text", "op", "a", "b"), [
    ("课从0:08开始讲到0:52 前后都是我在调设备 只要中间", "keep_range", 8000, 52000),
    ("从10秒开始唱到50秒 只要这段", "keep_range", 10000, 50000),
    ("他从0:20开始讲到0:45 这段留着", "keep_range", 20000, 45000),
    ("从0:05到0:40 其他不要", "keep_range", 5000, 40000),
    ("0:05开始说到0:40 其他都不要", "keep_range", 5000, 40000),
    ("0:08起到0:52 删掉", "remove_range", 8000, 52000),
])
def test_range_told_with_what_happens(text: str, op: str, a: int, b: int) -> None:
    p = _plan(text)
    _edit_only(p)
    ops = _ops(p)
    assert [o["op"] for o in ops] == [op]
    assert ops[0]["start_ms"] == a and ops[0]["end_ms"] == b


@pytest.mark.parametrize(("text", "end"), [
    ("最多45s 超了平台不给推", 45000),
    ("最多30秒 超了抖音不让发", 30000),
    ("不能超过50秒 超出了视频号不给过", 50000),
    ("剪到40秒 长了平台不推", 40000),
])
def test_platform_reason_asks_nothing(text: str, end: int) -> None:
    p = _plan(text)
    _edit_only(p)
    ops = _ops(p)
    assert [o["op"] for o in ops] == ["keep_range"]
    assert ops[0]["start_ms"] == 0 and ops[0]["end_ms"] == end


@pytest.mark.parametrize(("text", "factor"), [
    ("1分钟压成30秒 别删动作 整体加速", 2.0),
    ("60秒缩短到40秒 加速就行", 1.5),
    ("压成30秒 别删 加速", 2.0),
    ("缩成20秒 内容全都要保留", 3.0),
])
def test_length_now_then_target_by_speed(text: str, factor: float) -> None:
    p = _plan(text)
    _edit_only(p)
    ops = _ops(p)
    assert [o["op"] for o in ops] == ["speed"]
    assert ops[0]["factor"] == factor


@pytest.mark.parametrize(("text", "ops"), [
    ("去掉停顿 加字幕 音量标准化 一条龙", ["remove_silences", "add_subtitles", "loudnorm"]),
    ("加字幕 响度统一", ["add_subtitles", "loudnorm"]),
    ("加字幕 去掉停顿 一条龙搞定", ["add_subtitles", "remove_silences"]),
    ("降噪 加字幕 音量统一 一条龙服务", ["denoise", "add_subtitles", "loudnorm"]),
])
def test_subtitles_then_another_edit(text: str, ops: list[str]) -> None:
    p = _plan(text)
    _edit_only(p)
    assert [o["op"] for o in _ops(p)] == ops


def test_caption_words_after_subtitles_still_text() -> None:
    ops = _ops(_plan("加字幕 你好世界"))
    assert [o["op"] for o in ops] == ["add_text"] and ops[0]["text"] == "你好世界"


@pytest.mark.parametrize("text", [
    "能导出gif吗 想把猫猫做成表情包",
    "可以做动图吗 想把狗狗做成表情包",
    "能做gif不 我想把宝宝的笑脸做成表情包",
])
def test_capability_then_wish_answered(text: str) -> None:
    p = _plan(text)
    assert p.answer and not p.ops and p.export is None and not p.question and not p.refusal


def test_capability_then_part_still_exported() -> None:
    p = _plan("能导出gif吗 想把前三秒做成表情包")
    assert p.export is not None and p.export["format"] == "gif" and p.export["end_ms"] == 3000


@pytest.mark.parametrize("text", [
    "做个精彩集锦 把猫猫最可爱的几段挑出来",
    "剪个高光集锦 把进球的几段挑出来",
    "把最精彩的几段挑出来",
    "挑出最好看的几段做个合集",
])
def test_best_parts_to_pick_asked(text: str) -> None:
    p = _plan(text)
    assert p.question and not p.ops and not p.answer and p.export is None


def test_how_many_clips_still_answered() -> None:
    assert "1 段" in (_plan("时间线上有几段").answer or "")
