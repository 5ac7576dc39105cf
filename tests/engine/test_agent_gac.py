"""gac (issue 9): the sound, the music and searches of the speech - only the music wanted with the clip's
own sound not (只要音乐 不要原声, "just the music, no original audio") mutes the clip's sound, never the
music; how people watch (静音刷视频, 静音刷抖音) said as the reason for captions mutes nothing and names no
preset; the words searched are the topic after the last verb of mentioning (讲课里提到“报名费”); a bare
level after the music's step is the music's; a second verb joined by "or" after "don't" ("don't normalize
or make it louder") and "any louder" are declined; the sound said to stay quiet (保持小声) is no change; one
word of the subtitles to correct (字幕有个字不对 改成“张三”) is refused with what can be done, never the
subtitles removed; 不不 takes back, and the sound named again and kept (原声留着) undoes its removal."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # only the music wanted (music on the timeline): the clip's own sound muted, the music stays
    ("只要音乐 不要原声 拍的时候旁边游客太吵了", [("mute", {"track": "main"})], True),
    ("只留音乐 不要人声", [("mute", {"track": "main"})], True),
    ("just the music, no original audio, the crowd was way too loud", [("mute", {"track": "main"})], True),
    ("only the music, none of the original sound", [("mute", {"track": "main"})], True),
    # how people watch, said as the reason
    ("很多人静音刷视频 所以加个字幕", [("add_subtitles", {})], False),
    ("好多人都是静音刷抖音的 加个字幕吧", [("add_subtitles", {})], False),
    ("现在大家刷快手都不开声音 加个字幕", [("add_subtitles", {})], False),
    ("most people scroll tiktok on mute so add captions", [("add_subtitles", {})], False),
    # the topic after the last verb of mentioning
    ("把我讲课里提到“报名费”的那几句剪掉 今年又涨了", [("cut_sentences", {"query": "报名费", "keep": False})],
     False),
    ("只保留采访里提到“非遗”的那几句", [("cut_sentences", {"query": "非遗", "keep": True})], False),
    ("in my lecture, cut where i talk about \"the fee\" pls",
     [("cut_sentences", {"query": "the fee", "keep": False})], False),
    # a bare level after the music's step is the music's, the mute declined is no edit
    ("原声不要静音 音乐小点 调到10%", [("set_volume", {"track": "bgm", "volume": 0.1})], True),
    ("原声保留 音乐小点 调到20%吧", [("set_volume", {"track": "bgm", "volume": 0.2})], True),
    # louder / normalize declined
    ("so i do asmr unboxings and the fridge hums the whole time. can you reduce the background noise "
     "but DONT normalize or make it louder, asmr has to stay quiet. thx", [("denoise", {"on": True})], False),
    ("denoise it, don't make it any louder", [("denoise", {"on": True})], False),
    # kept quiet: no level
    ("助眠视频要保持小声 降个噪", [("denoise", {"on": True})], False),
    ("声音保持小声 加字幕", [("add_subtitles", {})], False),
    # 不不, then the thing kept
    ("背景音乐去掉…不不 留着 调小到15%", [("set_volume", {"track": "bgm", "volume": 0.15})], True),
]


@pytest.mark.parametrize(("text", "ops", "music"), CASES)
def test_read(text: str, ops: Ops, music: bool) -> None:
    plan = _plan(text, music=music)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "字幕有个字不对 改成“张三”",
    "字幕里有个名字错了 应该是“李四”",
    "字幕里的“张散”改成“张三”",
    "one word in the captions is wrong, it should say \"Anna\"",
])
def test_subtitle_word_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops  # never the subtitles removed nor the word put on the picture


def test_kept_quiet_changes_nothing() -> None:
    plan = _plan("助眠视频要保持小声")
    assert not plan.ops


@pytest.mark.parametrize("text", ["原声删了吧…不不 原声留着", "静音吧…不对 原声保留"])
def test_sound_kept_after_take_back(text: str) -> None:
    plan = _plan(text, music=True)
    assert not plan.ops and not plan.question
