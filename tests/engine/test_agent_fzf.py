"""fzf (issue 9): which sound is meant and what is left alone - the camera's own sound (原声, "the sound from
the camera", typed "orignal") is the main track, never a length cut or the music; a level said right after
原声 / the camera audio is that sound's even with the music named before it; the music taken off (拿掉,
"take this song off") is removed; "不是把声音去掉" / "not the whole sound" beside a noise removal mutes
nothing; a music fade-in said to start at a later time is asked (fade_music has no start); "leave the speed
as it is", "先别换", "先不加", "hold off on" change nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

# (text, music under the video, the ops as (op, fields))
CASES: list[tuple[str, bool, list[tuple[str, dict[str, Any]]]]] = [
    # the camera's own sound goes; nothing is cut
    ("Cut out nothing, only the sound from the camera should go away.", False, [("mute", {"track": "main"})]),
    ("dont cut anything, only the audio from the camera has to go", False, [("mute", {"track": "main"})]),
    ("i just want the camera sound gone", False, [("mute", {"track": "main"})]),
    ("kill the orignal sound keep the music", True, [("mute", {"track": "main"})]),
    ("kill the origional audio, keep the song", True, [("mute", {"track": "main"})]),
    ("get rid of the orginal sound but leave the music in", True, [("mute", {"track": "main"})]),
    ("画面不剪 只把相机的原声去掉", False, [("mute", {"track": "main"})]),
    # the level said after 原声 / the camera audio is the clip's own sound's
    ("bgm开头淡入2秒 结尾淡出4秒 原声调到80%", True,
     [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 4000}),
      ("set_volume", {"track": "main", "volume": 0.8})]),
    ("bgm淡入3秒 原声调到70%", True,
     [("fade_music", {"fade_in_ms": 3000}), ("set_volume", {"track": "main", "volume": 0.7})]),
    ("fade the bgm in over 2s and put the original sound at 80%", True,
     [("fade_music", {"fade_in_ms": 2000}), ("set_volume", {"track": "main", "volume": 0.8})]),
    ("音乐不要了 孩子们朗诵都听不清，原声调到120%", True,
     [("remove_music", {}), ("set_volume", {"track": "main", "volume": 1.2})]),
    # the music taken off
    ("这首bgm直接拿掉吧 不搭", True, [("remove_music", {})]),
    ("这首歌拿掉吧 不好听", True, [("remove_music", {})]),
    ("take this song off, it doesnt fit", True, [("remove_music", {})]),
    ("lose the bgm, doesnt match the vibe", True, [("remove_music", {})]),
    # a noise taken out, the sound itself said to stay
    ("去掉背景那个嗡嗡声 不是把声音去掉哈", False, [("denoise", {})]),
    ("把背景的电流声去掉 不是把声音全去掉", False, [("denoise", {})]),
    ("remove the humming in the background, not the whole sound", False, [("denoise", {})]),
    ("get rid of the background buzz - i dont mean mute it", False, [("denoise", {})]),
    # something put off, the edit said beside it done
    ("字幕先不加 先把开头3秒剪掉", False, [("trim", {"head_ms": 3000})]),
]


@pytest.mark.parametrize(("text", "music", "expected"), CASES)
def test_which_sound_and_what_stays(text: str, music: bool,
                                    expected: list[tuple[str, dict[str, Any]]]) -> None:
    plan = _plan(text, music=music)
    assert not plan.question and not plan.refusal and plan.export is None
    assert [o.op for o in plan.ops] == [op for op, _ in expected]
    for op, (_, fields) in zip(plan.ops, expected, strict=True):
        got = op.model_dump()
        for k, v in fields.items():
            assert got[k] == v, (k, got)


@pytest.mark.parametrize(("text", "music"), [
    ("leave the speed as it is, no fast forward on this one", False),
    ("keep the speed as it is, no speeding up this one", False),
    ("bgm先别换 字幕也先不加 我问下老板再说", True),
    ("dont change the song for now and hold off on captions, need to ask my boss", True),
    ("标题先不加 字幕也先别弄", False),
    ("cut out nothing", False),
])
def test_left_as_it_is(text: str, music: bool) -> None:
    plan = _plan(text, music=music)
    assert plan.ops == [] and plan.export is None and not plan.question and not plan.refusal
    assert plan.answer


@pytest.mark.parametrize("text", [
    "从第10秒那开始让bgm淡入", "音乐从20秒那里开始慢慢淡入", "fade the music in starting at 0:10",
    "make the bgm fade in from the 15 second mark",
])
def test_music_fade_in_from_a_later_point_is_asked(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.ops == [] and plan.question and "0:" in plan.question


# near phrasings that must not be read the new way
def test_near_phrasings_keep_their_reading() -> None:
    # a noise named as a sound is denoised, never the sound muted
    assert [o.op for o in _plan("the humming sound should go away").ops] == ["denoise"]
    # a thing in the picture is still refused
    assert _plan("remove the car in the background").refusal
    # a level said of the music alone stays the music's
    vol = _plan("turn the music down to 20%, keep the original sound", music=True).ops
    assert [(o.op, o.model_dump()["track"]) for o in vol] == [("set_volume", "bgm")]
    # a fade-in with a length (not a point) is done
    fade = _plan("fade the music in over 3 seconds", music=True).ops
    assert [(o.op, o.model_dump()["fade_in_ms"]) for o in fade] == [("fade_music", 3000)]
    # "no music" is still the music's own reading (nothing plays, nothing added)
    assert not _plan("no music please, just add subtitles").question
    # a misspelling of "originally" is not read as "original"
    assert not _plan("i orignally wanted it longer, cut the first 3 seconds").question
