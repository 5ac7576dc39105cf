"""gcg (issue 9): sound, music and answers said in new ways - "小声一点 20%" is a bit quieter, then the level
(一点 is no decimal point there) and "小声20%" is quieter by the share; the sound kept ("声音不用静音") with a
song added after a space is the song added; "the music needs to go" takes the music out; "删掉b的声音" asks
(the sound of one clip of several); whether to have music is answered about music (not the frame of the
platform named); a level said of a refused stem separation ("make them louder") is no whole-video change;
subtitles the person will make in another app or later are not made here."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # "a bit quieter", then the level; "quieter by" the share
    ("小声一点 20%", [("set_volume", {"track": "main", "volume": 0.2})], False, False),
    ("轻一点 30%", [("set_volume", {"track": "main", "volume": 0.3})], False, False),
    ("小声20%", [("set_volume", {"track": "main", "volume": 0.8})], False, False),
    ("大声20%", [("set_volume", {"track": "main", "volume": 1.2})], False, False),
    ("一点五倍速", [("speed", {"factor": 1.5})], False, False),
    # the sound kept, a song added after it
    ("声音不用静音 music.mp3加上 30%", [("add_music", {"media_id": "music.mp3", "volume": 0.3})], True,
     False),
    ("原声不要静音 music.mp3加上 30%", [("add_music", {"media_id": "music.mp3", "volume": 0.3})], False,
     False),
    ("原声不要静音 把music.mp3加进来 15%", [("add_music", {"media_id": "music.mp3", "volume": 0.15})], False,
     False),
    ("don't mute the sound, add music.mp3 at 30%", [("add_music", {"media_id": "music.mp3", "volume": 0.3})],
     True, False),
    # the music said to go
    ("the music needs to go", [("remove_music", {})], True, False),
    ("the song has to go", [("remove_music", {})], True, False),
    ("the bgm has got to go, its copyrighted", [("remove_music", {})], True, False),
    ("the music track must be removed", [("remove_music", {})], True, False),
    # the video's own sound taken away
    ("删掉视频的声音", [("mute", {"track": "main"})], False, False),
    # subtitles the person makes elsewhere: only the rest is done
    ("export mp4, I'll add the subtitles in capcut", [], False, False),
    ("cut the first 5 seconds, i'll add the subtitles in capcut", [("trim", {"head_ms": 5000})], False,
     False),
    ("剪掉前5秒，字幕我自己在剪映里加", [("trim", {"head_ms": 5000})], False, False),
    ("export it, subtitles i'll do myself", [], False, False),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    plan = _plan(text, music=music, clips3=clips3)
    assert_edits(plan, ops)


def test_own_subtitles_export_kept() -> None:
    plan = _plan("导出mp4 字幕我自己加")
    assert plan.export is not None and not plan.ops


def test_music_going_at_a_time_is_not_removed() -> None:
    plan = _plan("the music has to go at 0:30", music=True)
    assert not any(o.op == "remove_music" for o in plan.ops)


@pytest.mark.parametrize("text", ["add subtitles", "i'll want subtitles later",
                                  "add subtitles, i'll post it later"])
def test_subtitles_asked_for_still_made(text: str) -> None:
    assert [o.op for o in _plan(text).ops] == ["add_subtitles"]


@pytest.mark.parametrize("text", ["删掉b的声音", "去掉c的音频", "删掉b.mp4的声音", "mute b's audio"])
def test_one_clip_sound_asks(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops
    assert "整个视频" in plan.question or "whole video" in plan.question


@pytest.mark.parametrize("text", ["删掉风的声音", "删掉music.mp3的声音"])
def test_named_sound_not_whole_mute(text: str) -> None:
    plan = _plan(text, music=True)
    assert not any(o.op == "mute" and getattr(o, "track", None) == "main" for o in plan.ops)


@pytest.mark.parametrize("text", ["should our insta stories have music?",
                                  "does a travel vlog need background music?",
                                  "is background music really necessary for tiktok?",
                                  "我的抖音视频要不要加配乐？"])
def test_music_advice_is_about_music(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops
    assert ("music" in plan.answer or "音乐" in plan.answer) and "4:5" not in plan.answer


@pytest.mark.parametrize("text", ["separate the vocals from the music, and make them louder",
                                  "extract the vocals and make them louder",
                                  "isolate the singer and turn it up",
                                  "把人声和音乐分开，人声调大"])
def test_level_of_refused_stems_is_no_edit(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_plain_louder_beside_refusal_stays() -> None:
    plan = _plan("extract the vocals, make the whole thing louder")
    assert plan.refusal and [o.op for o in plan.ops] == ["set_volume"]
