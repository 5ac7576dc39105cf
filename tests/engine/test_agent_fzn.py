"""fzn (issue 9): the sound and the music - "it" after a correction is the sound just named, and a mute said
after a level of that sound replaces the level ("music at 10%... actually just mute it"); 静音 as a noun (the
silent parts) said to be left alone mutes nothing; a sound said to have been muted by mistake and asked back
on is unmuted; one sound described (a fan's hum) taken out is denoised, never the whole sound muted; a noise
said to stay is not denoised; the clip's own sound lowered with music still to come keeps its level (配音乐
is music, no voice-over refusal); "the music is killing my voice" lowers the music; the fade named on / of
the music is the music's; a share said of a sound word is its level, never the programme's length; a thing
no longer needed (用不上了, "dont need the music anymore") is removed; the voice taken away with only the
music kept, music on the timeline, mutes the clip's own sound."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan


def _bgm(v: float) -> list[tuple[str, dict[str, Any]]]:
    return [("set_volume", {"track": "bgm", "volume": v})]


def _main(v: float) -> list[tuple[str, dict[str, Any]]]:
    return [("set_volume", {"track": "main", "volume": v})]


# (text, music under the video, three clips, the ops as (op, fields))
CASES: list[tuple[str, bool, bool, list[tuple[str, dict[str, Any]]]]] = [
    # "it" after a correction: the sound just named; the mute replaces the level
    ("music at 10%... actually just mute it", True, False, [("mute", {"track": "bgm", "muted": True})]),
    ("set the music to 15%... no wait, just mute it", True, False, [("mute", {"track": "bgm"})]),
    ("the song at 20%, actually mute it", True, False, [("mute", {"track": "bgm"})]),
    ("the music is too loud, just mute it", True, False, [("mute", {"track": "bgm"})]),
    ("mute the music, actually set it to 20%", True, False, _bgm(0.2)),
    ("把音乐调到10% 算了 直接静音吧", True, False, [("mute", {"track": "bgm"})]),
    ("bgm调到10%……算了 还是静音吧", True, False, [("mute", {"track": "bgm"})]),
    # the silent parts left alone
    ("静音那几段不用管 把背景音乐调到20%就行", True, False, _bgm(0.2)),
    ("静音的部分不用管，背景音乐调到30%", True, False, _bgm(0.3)),
    ("中间静音的几段别动 背景音乐调小点", True, False, _bgm(0.175)),
    # muted by mistake, asked back on
    ("音乐刚才不小心被我静音了 打开吧", True, False, [("mute", {"track": "bgm", "muted": False})]),
    ("背景音乐刚刚不小心被静音了 恢复一下", True, False, [("mute", {"track": "bgm", "muted": False})]),
    ("原声之前手滑被我关掉了 帮我打开", False, False, [("mute", {"track": "main", "muted": False})]),
    # a machine's hum taken out: denoised
    ("声音里有电扇嗡嗡的声音也去掉", False, False, [("denoise", {"on": True})]),
    ("把风扇的声音去掉", False, False, [("denoise", {"on": True})]),
    ("空调嗡嗡的声音也去掉 加字幕", False, False, [("denoise", {}), ("add_subtitles", {})]),
    # the clip's own sound lowered, music to come
    ("原声别关 调小到六成就行 上面要配音乐的", True, False, _main(0.6)),
    ("原声调到六成 后面要配音乐", True, False, _main(0.6)),
    ("turn the original audio down to 60% since i'm adding music on top", True, False,
     _main(0.6)),
    # a noise said to stay
    ("不用降噪 蜜蜂嗡嗡声就是要留着的 整体声音大一点", False, False,
     _main(1.5)),
    ("the buzzing should stay, make it louder", False, False, _main(1.5)),
    # the music ruining the voice
    ("the music is killing my voice", True, False, _bgm(0.175)),
    ("the song keeps stepping on the dialogue", True, False, _bgm(0.175)),
    # the music's fade
    ("shorten the fade out on the music to 1 sec", True, False, [("fade_music", {"fade_out_ms": 1000})]),
    ("change the fade out of the music to 4s", True, False, [("fade_music", {"fade_out_ms": 4000})]),
    ("b加速到2倍 然后音乐淡入淡出一下", True, True,
     [("speed", {"factor": 2.0, "index": 2}), ("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 2000})]),
    # a share of a sound is its level
    ("配乐声音砍掉一半吧", True, False, _bgm(0.175)),
    ("背景音乐砍掉一半", True, False, _bgm(0.175)),
    ("把配乐的声音砍掉一半", True, False, _bgm(0.175)),
    # no longer needed: removed
    ("字幕用不上了", False, False, [("remove_text", {"track": "subtitle"})]),
    ("音乐用不上了", True, False, [("remove_music", {})]),
    ("i dont need music anymore", True, False, [("remove_music", {})]),
    ("we no longer need the music", True, False, [("remove_music", {})]),
    # the voice away, only the music kept
    ("人声去掉 只留背景音乐", True, False, [("mute", {"track": "main"})]),
    ("去掉人声 只要背景音乐", True, False, [("mute", {"track": "main"})]),
    # an end, what is there, how long, then 这段去掉
    ("开头他手抖拍到地板了 大概4秒 这段去掉", False, False, [("trim", {"head_ms": 4000})]),
]


@pytest.mark.parametrize(("text", "music", "clips3", "expected"), CASES)
def test_sound_and_music(text: str, music: bool, clips3: bool,
                         expected: list[tuple[str, dict[str, Any]]]) -> None:
    plan = _plan(text, music=music, clips3=clips3) if clips3 else _plan(text, music=music)
    assert not plan.question and not plan.refusal and plan.export is None
    assert [o.op for o in plan.ops] == [op for op, _ in expected]
    for op, (_, fields) in zip(plan.ops, expected, strict=True):
        got = op.model_dump()
        for k, v in fields.items():
            assert got[k] == v, (k, got)


# near phrasings that must keep their reading
def test_near_phrasings_keep_their_reading() -> None:
    # the music just added is not what "mute it" takes away
    ops = _plan("add music.mp3 and mute it").ops
    assert [(o.op, o.model_dump().get("track")) for o in ops] == [("add_music", None), ("mute", "main")]
    # the camera's own sound, described with 的, still goes
    assert [(o.op, o.model_dump()["track"]) for o in _plan("相机录的声音不要了 画面一点都别剪").ops] == \
        [("mute", "main")]
    # noise taken away beside a voice left alone is still denoised
    assert [o.op for o in _plan("去掉背景里的杂音，人声别动").ops] == ["denoise"]
    # the programme's length halved is still a length
    assert [o.op for o in _plan("时长砍一半").ops] == ["keep_range"]
    # a voice-over asked for is still refused; "the music is killing it" is praise
    assert _plan("帮我配音").refusal
    assert not _plan("the music is killing it", music=True).ops
    # the voice out of a song (no music track to keep) is still refused
    assert _plan("歌里的人声去掉 只留伴奏", music=True).refusal
    # "i dont need music" (no "anymore") removes nothing
    assert not _plan("i dont need music", music=True).ops
    # 静音 as a verb still mutes
    assert [o.op for o in _plan("音乐太吵了 静音吧", music=True).ops] == ["mute"]
