"""fzd (issue 9): Chinese colloquial phrasings of simple edits - a sound said to be off already, then
asked back on, is switched on (never muted again); a take-back ("不对不对", "不是", "说错了", "no no no")
between two amounts corrects the first; the pinyin input's near-misses for editing words (标提, 视屏,
背静音乐, 竖频 ...) are read as the word meant, the words to show kept as typed; a bare fade ("淡一下",
"fade it") after the end it is for fades in / out / both; the end asked to close on black ("收个黑屏") is
a fade out; how the footage was recorded ("横着拍的") is what it is now, beside the platform and its
frame."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

CASES: list[tuple[str, bool, list[tuple[str, dict[str, Any]]]]] = [
    # a sound said to be off already, asked back on
    ("我不小心把原声给静音了 帮我开回来", False, [("mute", {"track": "main", "muted": False})]),
    ("刚才手滑把声音关了 帮我打开", False, [("mute", {"muted": False})]),
    ("声音被我关掉了 再开回来", False, [("mute", {"muted": False})]),
    ("我把原声静音了 现在想要回来", False, [("mute", {"muted": False})]),
    ("不小心把音乐静音了 帮我取消", True, [("mute", {"track": "bgm", "muted": False})]),
    ("不小心把背景音乐关了 帮我恢复一下", True, [("mute", {"track": "bgm", "muted": False})]),
    ("oops I muted the audio, bring the sound back", False, [("mute", {"muted": False})]),
    ("I accidentally muted the original audio, can you bring it back", False, [("mute", {"muted": False})]),
    # a take-back between two amounts
    ("开头剪3秒 不对不对 剪2秒就够了", False, [("trim", {"head_ms": 2000, "tail_ms": 0})]),
    ("开头剪5秒 不是 剪4秒", False, [("trim", {"head_ms": 4000})]),
    ("结尾剪4秒 不对不对 3秒", False, [("trim", {"head_ms": 0, "tail_ms": 3000})]),
    ("开头剪5秒 说错了 剪4秒", False, [("trim", {"head_ms": 4000})]),
    ("开头去掉4秒 不是不是 去掉2秒", False, [("trim", {"head_ms": 2000})]),
    ("cut the first 4 seconds no no no 3 seconds", False, [("trim", {"head_ms": 3000})]),
    # near-misses of the pinyin input
    ("加个标提：幸福广场舞蹈队", False, [("add_title", {"text": "幸福广场舞蹈队"})]),
    ("加个标体：欢迎回家", False, [("add_title", {"text": "欢迎回家"})]),
    ("做成竖频", False, [("set_aspect", {"ratio": "9:16"})]),
    ("加点背静音乐", False, [("add_music", {"media_id": "music.mp3"})]),
    ("降燥一下", False, [("denoise", {})]),
    ("调成2被速", False, [("speed", {"factor": 2.0})]),
    # a bare fade, placed by the ends said
    ("音乐开头结尾太突然了 都淡一下", True, [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 2000})]),
    ("音乐开头太突然了 淡一下", True, [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": None})]),
    ("背景音乐结尾断得太生硬 淡一下", True, [("fade_music", {"fade_in_ms": None, "fade_out_ms": 2000})]),
    ("the music starts and ends too abruptly, fade it", True,
     [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 2000})]),
    ("fade the music at the start and end", True,
     [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 2000})]),
    ("开头结尾都淡一下", False, [("fade", {"fade_in_ms": 1000, "fade_out_ms": 1000})]),
    # the end closed on black
    ("最后收个黑屏", False, [("fade", {"fade_out_ms": 1000})]),
    ("结尾来个黑场", False, [("fade", {"fade_out_ms": 1000})]),
    ("片尾黑屏就行", False, [("fade", {"fade_out_ms": 1000})]),
    ("wrap it up with a black screen", False, [("fade", {"fade_out_ms": 1000})]),
    # how it was recorded, beside the platform
    ("我这条探店是横着拍的 要发抖音 帮我改成竖屏 然后字幕加上", False,
     [("platform", {"name": "tiktok"}), ("add_subtitles", {})]),
    ("I shot this horizontally, posting it on tiktok, make it vertical", False,
     [("platform", {"name": "tiktok"})]),
    ("shot it vertical, need it for youtube", False, [("platform", {"name": "youtube"})]),
]


@pytest.mark.parametrize(("text", "music", "want"), CASES)
def test_colloquial_edit(text: str, music: bool, want: list[tuple[str, dict[str, Any]]]) -> None:
    plan = _plan(text, music=music)
    assert not plan.question and not plan.refusal and not plan.answer
    assert [o.op for o in plan.ops] == [op for op, _ in want]
    for o, (_, fields) in zip(plan.ops, want, strict=True):
        got = o.model_dump()
        for k, v in fields.items():
            assert got[k] == v, (k, got)


# near phrasings that must NOT be read these ways
NEGATIVE: list[tuple[str, bool, list[tuple[str, dict[str, Any]]]]] = [
    # a mute asked for, not a story of one
    ("把原声静音了", False, [("mute", {"track": "main", "muted": True})]),
    # two amounts, no take-back: both stand
    ("开头剪3秒 结尾剪2秒", False, [("trim", {"head_ms": 3000, "tail_ms": 2000})]),
    # the words to show are the person's, kept as typed
    ("加个标题：我的视屏日记", False, [("add_title", {"text": "我的视屏日记"})]),
    # black footage at the end named to go is cut, not faded to
    ("结尾黑屏，去掉", False, [("trim_dead_air", {"ends": "end"})]),
    ("把结尾的黑屏剪掉", False, [("trim_dead_air", {"ends": "end"})]),
    # a platform with no preset of its own: the shape said
    ("我是横着拍的 发快手 改成竖屏", False, [("set_aspect", {"ratio": "9:16"})]),
    # "bring the sound back up": a level, not an unmute
    ("bring the sound back up to 80%", False, [("set_volume", {"volume": 0.8})]),
]


@pytest.mark.parametrize(("text", "music", "want"), NEGATIVE)
def test_near_phrasing_not_misread(text: str, music: bool, want: list[tuple[str, dict[str, Any]]]) -> None:
    test_colloquial_edit(text, music, want)


def test_bare_fade_with_no_end_is_asked() -> None:
    plan = _plan("淡一下")
    assert not plan.ops and plan.question
