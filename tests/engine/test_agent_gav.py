"""gav (issue 9): holdout59 misreadings - the music said to stay and not to go (bgm保留别删) beside a mute is
never the sound muted; a slideshow named as what the video is ("its a memorial slideshow") is not built from
the photos; a clip said to go, then the others placed 放前面 / 放后面 and joined; a mute, then a level said
after another verb ("and bring my voice up to 120%"); a removal taken back with "hmm no"; a number
corrected with a bare "no make it N"; how long the music is (音乐太短了) said as a reason adds none; the
clip's own sound named with its level after a music clause (音乐…淡出 原声大一点)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import UPLOADS, assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

Ops = list[tuple[str, dict[str, Any]]]
PHOTOS = [*UPLOADS, SAMPLE_MEDIA["photo1.jpg"], SAMPLE_MEDIA["photo2.jpg"]]

MUSIC_CASES: list[tuple[str, Ops]] = [
    # the music kept (and said not to go) beside a mute: the clip's own sound is muted
    ("原声静音就行 bgm保留别删", [("mute", {"track": "main"})]),
    ("原声静音 bgm别删", [("mute", {"track": "main"})]),
    ("静音就好 配乐留着别动", [("mute", {"track": "main"})]),
    ("现场声音静音 bgm千万别删", [("mute", {"track": "main"})]),
    ("just mute it, keep the bgm, do not delete the bgm", [("mute", {"track": "main"})]),
    ("keep the music but mute it", [("mute", {"track": "bgm"})]),  # "it" after the music kept is the music
    ("bgm先关了 原声留着", [("mute", {"track": "bgm"})]),
    # a mute, then a level said after another verb
    ("mute the music and bring my voice up to 120%",
     [("mute", {"track": "bgm"}), ("set_volume", {"track": "main", "volume": 1.2})]),
    ("音乐静音 然后人声调到120%",
     [("mute", {"track": "bgm"}), ("set_volume", {"track": "main", "volume": 1.2})]),
    ("drop the original audio to 50%", [("set_volume", {"track": "main", "volume": 0.5})]),
    # a removal taken back with a hesitation and "no"
    ("remove the music... hmm no, just turn it down to 15%",
     [("set_volume", {"track": "bgm", "volume": 0.15})]),
    ("delete the music.. uh no just lower it to 10%", [("set_volume", {"track": "bgm", "volume": 0.1})]),
    # the clip's own sound named with its level, after a music clause
    ("音乐从第45秒开始淡出 原声大一点",
     [("fade_music", {"fade_out_ms": 15000}), ("set_volume", {"track": "main", "volume": 1.5})]),
    ("背景音乐淡入 原声小一点",
     [("fade_music", {"fade_in_ms": 2000}), ("set_volume", {"track": "main", "volume": 0.5})]),
    ("原声保留 音乐小点", [("set_volume", {"track": "bgm"})]),
]


@pytest.mark.parametrize(("text", "ops"), MUSIC_CASES)
def test_with_music(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True), ops)


CASES: list[tuple[str, Ops]] = [
    # a number corrected with a bare "no"
    ("fade out 3 sec no make it 5", [("fade", {"fade_out_ms": 5000})]),
    ("speed it up 2x no make it 3x", [("speed", {"factor": 3.0})]),
    # the keep after a take-back names the edit taken back - the other one stands
    ("slow it down to 0.5x and remove the silences... hmm no, leave the speed alone",
     [("remove_silences", {})]),
    # how long the music is, said as a reason: no music added
    ("视频循环3遍 哦不对 两遍就行 广场舞音乐太短了", [("loop", {"times": 2})]),
    ("视频重复放三遍 因为音乐太长了", [("loop", {"times": 3})]),
    ("加个音乐", [("add_music", {"media_id": "music.mp3"})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_alone(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize(("text", "ops"), [
    ("black and white please, its a memorial slideshow", [("color", {"gray": True})]),
    ("brighten it, it's going to be a slideshow for grandma", [("color", {"brightness": 0.15})]),
    ("调成黑白的 这是给奶奶的纪念相册", [("color", {"gray": True})]),
    # a slideshow asked for is still built
    ("turn the photos into a slideshow", [("slideshow", {"media_ids": ["photo1.jpg", "photo2.jpg"]})]),
    ("its a slideshow, make the photos 3 seconds each", [("slideshow", {"image_ms": 3000})]),
])
def test_slideshow_named(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, uploads=PHOTOS), ops)


@pytest.mark.parametrize(("text", "ops"), [
    ("clip.mp4不要了 c.mp4放前面b.mp4放后面拼一起", [("concat", {"media_ids": ["c.mp4", "b.mp4"]})]),
    ("不要clip.mp4了 c.mp4放前面 b.mp4放最后 合并", [("concat", {"media_ids": ["c.mp4", "b.mp4"]})]),
    ("clip.mp4不用了 c.mp4放b.mp4前面 拼起来", [("concat", {"media_ids": ["c.mp4", "b.mp4"]})]),
    ("merge b.mp4 and c.mp4, b.mp4 goes last, drop clip.mp4",
     [("concat", {"media_ids": ["c.mp4", "b.mp4"]})]),
    ("put c.mp4 before b.mp4", [("move_segment", {"index": 3, "to_index": 2})]),
])
def test_clips_dropped_and_placed(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, clips3=True), ops)
