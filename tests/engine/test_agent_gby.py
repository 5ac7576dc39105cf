"""gby (issue 9): sound said in new ways - the music taken out of a stretch (to the end, from a time on, or
between two times with 先 before the verb) is a ranged mute of the music, never the video cut nor all the
music removed; "from X for N seconds" (从X秒开始…N秒, …持续N秒) is X..X+N for any ranged edit; a sound change
during a clip is ranged over that clip; the music said to stay, then a bare level, is the music's level;
a pause word (等下) before a keep takes the removal back; 音量再标准化 after subtitles is loudnorm;
停顿/嗯啊 "去了" are removed; "fade it up" / "bring the music up slowly" is a fade in."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import CLIPS3, UPLOADS, assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

Ops = list[tuple[str, dict[str, Any]]]


def _clips_music(text: str) -> Plan:
    """Three clips (60 s, 30 s, 20 s) with music.mp3 under them."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    return parse(text, lang, [*CLIPS3, SAMPLE_MEDIA["music.mp3"]],
                 sample_draft(["clip.mp4", "b.mp4", "c.mp4"], "music.mp3"))


MUSIC_CASES: list[tuple[str, Ops]] = [
    # the music out of a stretch: a ranged mute of the music (the 60 s clip keeps every second)
    ("take the music out from 0:30 till the end, keep the video",
     [("mute", {"track": "bgm", "start_ms": 30000, "end_ms": 60000})]),
    ("remove the music from 0:30 to the end",
     [("mute", {"track": "bgm", "start_ms": 30000, "end_ms": 60000})]),
    ("no song after 0:45 please", [("mute", {"track": "bgm", "start_ms": 45000, "end_ms": 60000})]),
    ("get rid of the bgm from 0:20 onwards",
     [("mute", {"track": "bgm", "start_ms": 20000, "end_ms": 60000})]),
    ("音乐在20秒到30秒之间先静音 那里我在讲话",
     [("mute", {"track": "bgm", "start_ms": 20000, "end_ms": 30000})]),
    ("背景音乐从35秒到结尾都不要了 画面别动",
     [("mute", {"track": "bgm", "start_ms": 35000, "end_ms": 60000})]),
    ("50秒以后的音乐去掉", [("mute", {"track": "bgm", "start_ms": 50000, "end_ms": 60000})]),
    # the music said to stay, then a bare level: the music's
    ("bgm别删啊 声音放到两成就行", [("set_volume", {"track": "bgm", "volume": 0.2})]),
    ("don't delete the music, just put the sound at 20%", [("set_volume", {"track": "bgm", "volume": 0.2})]),
    ("keep the song, volume 25% is enough", [("set_volume", {"track": "bgm", "volume": 0.25})]),
    # a take-back before a keep cancels the removal
    ("音乐删了吧…哎等下 还是留着 调到10%", [("set_volume", {"track": "bgm", "volume": 0.1})]),
    ("bgm不要了 等一下 还是保留 音量调到15%", [("set_volume", {"track": "bgm", "volume": 0.15})]),
    ("delete the song, actually no, keep it and turn it to 10%",
     [("set_volume", {"track": "bgm", "volume": 0.1})]),
    # up is in
    ("fade the music up", [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": None})]),
    ("bring the music up slowly", [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": None})]),
    ("slowly bring the song up", [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": None})]),
    ("fade the music up over 4 seconds", [("fade_music", {"fade_in_ms": 4000})]),
    ("音乐开头慢慢推上来", [("fade_music", {"fade_in_ms": 2000})]),
]


@pytest.mark.parametrize(("text", "ops"), MUSIC_CASES)
def test_music(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True), ops)


CASES: list[tuple[str, Ops]] = [
    # from X for N seconds: X..X+N, for any ranged edit
    ("mute from 0:33 for 4 seconds", [("mute", {"start_ms": 33000, "end_ms": 37000})]),
    ("silence the audio starting at 0:12 for 3 seconds", [("mute", {"start_ms": 12000, "end_ms": 15000})]),
    ("drop the volume to 40% from 0:05 for the next 10 seconds",
     [("set_volume", {"volume": 0.4, "start_ms": 5000, "end_ms": 15000})]),
    ("cut from 0:20 for 5 seconds", [("remove_range", {"start_ms": 20000, "end_ms": 25000})]),
    ("从25秒开始静音3秒", [("mute", {"start_ms": 25000, "end_ms": 28000})]),
    ("从第8秒起 音量调到50% 持续4秒", [("set_volume", {"volume": 0.5, "start_ms": 8000, "end_ms": 12000})]),
    # a freeze keeps its length as how long it holds
    ("freeze from 0:10 for 2 seconds", [("freeze_frame", {"at_ms": 10000, "duration_ms": 2000})]),
    # loudness and the speech cleanup said beside subtitles
    ("改成竖屏 加字幕 音量再标准化一下",
     [("set_aspect", {"ratio": "9:16"}), ("add_subtitles", {}), ("loudnorm", {})]),
    ("加个字幕 声音也统一一下", [("add_subtitles", {}), ("loudnorm", {})]),
    ("把停顿和嗯啊都去了 再加个字幕 考研up主的日常哈哈",
     [("remove_silences", {}), ("remove_fillers", {}), ("add_subtitles", {})]),
    ("停顿和语气词全去了 然后加字幕",
     [("remove_silences", {}), ("remove_fillers", {}), ("add_subtitles", {})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize(("text", "ops"), [
    ("turn the music down to 10% during the first clip",
     [("set_volume", {"track": "bgm", "volume": 0.1, "start_ms": 0, "end_ms": 60000})]),
    ("mute the song throughout clip 3", [("mute", {"track": "bgm", "start_ms": 90000, "end_ms": 110000})]),
    ("第一段的时候背景音乐调到20%",
     [("set_volume", {"track": "bgm", "volume": 0.2, "start_ms": 0, "end_ms": 60000})]),
])
def test_during_a_clip(text: str, ops: Ops) -> None:
    assert_edits(_clips_music(text), ops)


@pytest.mark.parametrize("text", ["remove the music from 0:30 to 0:50", "把20秒到30秒的音乐去掉",
                                  "take the music out from 0:30 till the end"])
def test_no_music_nothing_cut(text: str) -> None:
    # no music on the timeline: said so, nothing cut from the video
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    got = parse(text, lang, UPLOADS, sample_draft(["clip.mp4"], None))
    assert not got.ops and got.answer
