"""fyg (issue 9): unquoted on-screen words end where an edit said not to be done, another edit with its
joining word or the subtitle file wanted begins (a price written at a place is the words); a second quoted
text with its place said before 再加 takes that place; edits said not to be done beside a wanted one
(别X 也别Y 就Z) do Z, and no text wanted changes nothing; the music said not to be touched beside a cut is
accounted for, and music with a rights risk said to go is removed; karaoke subtitles named as ktv or by how
they look."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


def _done(text: str, **kw: Any) -> Any:
    plan = _plan(text, **kw)
    assert not plan.question and not plan.refusal, plan
    return plan


@pytest.mark.parametrize(("text", "kind", "fields"), [
    ("2秒到6秒加个大字 全场五折 别给我剪东西啊", s.AddText,
     {"text": "全场五折", "start_ms": 2000, "end_ms": 6000, "size": 96}),
    ("3秒到7秒加个大字 限时秒杀 别剪我东西", s.AddText,
     {"text": "限时秒杀", "start_ms": 3000, "end_ms": 7000, "size": 96}),
    ("加个大字 买一送一 千万别动我的音乐", s.AddText, {"text": "买一送一", "size": 96}),
    ("左上角写个¥39.9 从3秒到8秒 黄色的", s.AddText,
     {"text": "¥39.9", "pos": "top-left", "start_ms": 3000, "end_ms": 8000, "color": "#FFFF00"}),
    ("右上角写个¥19.9 红色的", s.AddText, {"text": "¥19.9", "pos": "top-right", "color": "#FF0000"}),
    ("右下角打个$9.99 从2秒到5秒", s.AddText,
     {"text": "$9.99", "pos": "bottom-right", "start_ms": 2000, "end_ms": 5000}),
    ("加字幕 要srt文件 别烧到画面里", s.AddSubtitles, {"burn": False, "sidecar": "srt"}),
    ("加字幕 要vtt文件 别烧进画面", s.AddSubtitles, {"burn": False, "sidecar": "vtt"}),
    # karaoke named as ktv, or by how it looks
    ("字幕要ktv那种 唱到哪个字哪个字变色 加上", s.AddSubtitles, {"style": "karaoke"}),
    ("字幕要ktv那种 加上", s.AddSubtitles, {"style": "karaoke"}),
    ("加字幕 唱到哪个字哪个字就亮", s.AddSubtitles, {"style": "karaoke"}),
])
def test_one_edit_read(text: str, kind: type, fields: dict[str, Any]) -> None:
    plan = _done(text)
    assert len(plan.ops) == 1, plan.ops
    op = plan.ops[0]
    assert isinstance(op, kind), op
    for k, v in fields.items():
        assert getattr(op, k) == v, (k, op)


@pytest.mark.parametrize(("text", "title", "words", "pos"), [
    ("加个大标题「第7期 野钓翘嘴」 下面再加一行文字「坐标：千岛湖」", "第7期 野钓翘嘴", "坐标：千岛湖",
     "bottom"),
    ("加标题「开业大吉」 右下角再加一行文字「电话：8888」", "开业大吉", "电话：8888", "bottom-right"),
    ("加标题「周末市集」 底部再加一行字「地址：人民路」", "周末市集", "地址：人民路", "bottom"),
])
def test_second_text_takes_its_place(text: str, title: str, words: str, pos: str) -> None:
    plan = _done(text)
    assert [type(op) for op in plan.ops] == [s.AddTitle, s.AddText], plan.ops
    assert plan.ops[0].text == title and plan.ops[0].pos == "center"
    assert plan.ops[1].text == words and plan.ops[1].pos == pos


@pytest.mark.parametrize(("text", "music", "head", "tail"), [
    ("别加速 也别加字幕 就把开头5秒剪了", False, 5000, 0),
    ("别加速 也别加滤镜 就把结尾3秒剪了", False, 0, 3000),
    ("不要加字幕 也别调色 就把开头2秒剪掉", False, 2000, 0),
    ("前10秒剪掉 bgm别碰 我卡好点了", True, 10000, 0),
    ("前5秒剪掉 音乐别碰", True, 5000, 0),
    ("结尾3秒剪掉 背景音乐不动 我对好拍子了", True, 0, 3000),
])
def test_only_the_wanted_cut(text: str, music: bool, head: int, tail: int) -> None:
    plan = _done(text, music=music)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim), plan.ops
    assert (plan.ops[0].head_ms, plan.ops[0].tail_ms) == (head, tail)


@pytest.mark.parametrize("text", ["不要加任何文字哈 干干净净的就行", "不要放任何标题 清爽点就好",
                                  "别加任何文字 干干净净的就好"])
def test_no_text_wanted_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and not plan.question and not plan.refusal and plan.answer


@pytest.mark.parametrize("text", ["bgm有版权风险 不要了 删掉", "背景音乐有版权风险 删掉",
                                  "这个配乐怕被下架 去掉吧"])
def test_music_with_a_rights_risk_goes(text: str) -> None:
    plan = _done(text, music=True)
    assert [type(op) for op in plan.ops] == [s.RemoveMusic], plan.ops


def test_music_level_beside_kept_music_still_read() -> None:
    plan = _done("音乐别换，调小一点", music=True)
    assert [type(op) for op in plan.ops] == [s.SetVolume], plan.ops
