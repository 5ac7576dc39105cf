"""holdout33/34's sound, filler and text misses, each a class: a noise named and then taken away (also asked
"how can i get rid of it"), fillers listed or quoted, a how-to asked before a request said last, the clip's
own sound described then taken away, and what is said after 加字幕 that is no text to show."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, music: bool = False) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    draft = sample_draft(["clip.mp4"], "music.mp3" if music else None)
    return parse(text, "zh-CN" if zh else "en", MEDIA, draft)


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump() for o in p.ops]


def want_ops(want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [parse_operation(w).model_dump() for w in want]


@pytest.mark.parametrize(("text", "want"), [
    ("filter out words like um, ah, eh", [{"op": "remove_fillers"}]),
    ("wipe out the ums please", [{"op": "remove_fillers"}]),
    ("把“嗯”“呃”这些口头禅剪掉 其他别动", [{"op": "remove_fillers", "repeats": False}]),
    ("把“嗯”删掉", [{"op": "remove_fillers"}]),
])
def test_fillers_listed_or_quoted_are_the_fillers_cut(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert ops(p) == want_ops(want), p
    assert not p.notes, p.notes


def test_a_filler_quoted_to_show_is_still_text() -> None:
    assert ops(plan("put 'um' on screen at 3s")) == want_ops([{"op": "add_text", "text": "um",
                                                                "start_ms": 3000}])


@pytest.mark.parametrize("text", [
    "wipe out the noise from the fridge hum",
    "scrub out the buzz from the amp",
    "the audio has a tremendous hum, intermittent but very loud at some points. is there an easy way to "
    "reduce it",
    "used the camera mic and theres an ongoing fan noise in the background, how can i get rid of it",
    "too much noise removal makes it tinny, but there's hiss drowning out my interviewee's voice. reduce the "
    "background noise",
    "屋里空调的底噪太大了 人声都听不清 去一下噪音",
    "录音里有电流杂声，处理掉",
    "讲课时不时冒出刺耳的杂音，帮我降噪",
])
def test_a_noise_named_and_taken_away_is_denoised_only(text: str) -> None:
    p = plan(text)
    assert ops(p) == want_ops([{"op": "denoise"}]), p
    assert p.answer is None


def test_a_voice_too_quiet_without_noise_is_still_louder() -> None:
    assert ops(plan("i can't hear my voice, turn it up")) == want_ops(
        [{"op": "set_volume", "track": "main", "volume": 1.5}])


def test_how_to_asked_alone_is_still_answered() -> None:
    for text in ("how do i add music?", "怎么加转场 帮我推荐一个", "视频太长了 帮我看看剪多少合适"):
        p = plan(text)
        assert p.answer and not p.ops, (text, p)


@pytest.mark.parametrize(("text", "want"), [
    ("抖音怎么加字幕 直接帮我把字幕加上", [{"op": "add_subtitles"}]),
    ("怎么给视频加字幕？帮我加上", [{"op": "add_subtitles"}]),
    ("剪辑怎么消除原声？这个外卖vlog原声全是车声 帮我去掉", [{"op": "mute", "track": "main"}]),
    ("原声有点吵 不要了", [{"op": "mute", "track": "main"}]),
])
def test_a_request_said_after_a_how_to_is_done(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert ops(p) == want_ops(want), p


@pytest.mark.parametrize(("text", "want"), [
    ("加字幕 用描边样式 网课用", [{"op": "add_subtitles", "style": "outline"}]),
    ("降噪+响度标准化+加字幕 考研课用", [{"op": "denoise"}, {"op": "loudnorm"}, {"op": "add_subtitles"}]),
    ("打上字幕 谢谢观看", [{"op": "add_text", "text": "谢谢观看", "pos": "bottom"}]),
])
def test_what_follows_subtitles_is_how_or_what_for_not_words(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want_ops(want)


@pytest.mark.parametrize(("text", "want"), [
    ("online folks keep saying the music is way too loud, drop it to 10%",
     [{"op": "set_volume", "track": "bgm", "volume": 0.1}]),
    ("online members texting 'can't hear him!' and 'the music is way too loud!' — turn the music down to "
     "like 15% under the pastor", [{"op": "set_volume", "track": "bgm", "volume": 0.15}]),
    ("mute the music dont delete it, i might want it back for the reel version",
     [{"op": "mute", "track": "bgm"}]),
    ("we've been told 3-4 min max and no music for the recruiting reel. take the music off",
     [{"op": "remove_music"}]),
])
def test_what_people_say_and_the_reel_named_are_no_edits(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text, music=True)) == want_ops(want)


def test_a_reel_asked_for_is_still_the_format() -> None:
    for text in ("make it a reel", "insta reel format"):
        assert ops(plan(text)) == want_ops([{"op": "platform", "name": "reels"}]), text


@pytest.mark.parametrize(("text", "want"), [
    ("music.mp3 in the background with volume at 30% and fade in/out 2s",
     [{"op": "add_music", "media_id": "music.mp3", "volume": 0.3, "fade_in_ms": 2000, "fade_out_ms": 2000}]),
    ("add music.mp3 but dont duck it, keep it at 40%", [{"op": "add_music", "media_id": "music.mp3",
                                                        "volume": 0.4}]),
    ("add music.mp3 and duck it under my voice", [{"op": "add_music", "media_id": "music.mp3"},
                                                  {"op": "duck_music"}]),
])
def test_music_added_with_its_fade_and_no_ducking(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want_ops(want)


@pytest.mark.parametrize(("text", "want"), [
    ("place the logo watermark on my movie pls, logo.png", [{"op": "add_logo", "media_id": "logo.png"}]),
    ("视频角落加上我们民宿的logo，再在左下角加个地址：大理古城洱海门旁",
     [{"op": "add_logo", "media_id": "logo.png"},
      {"op": "add_text", "text": "大理古城洱海门旁", "pos": "bottom-left"}]),
    ("视频右下角加个日期水印 2024.05.01", [{"op": "add_text", "text": "2024.05.01", "pos": "bottom-right"}]),
    ("加个水印 logo.png", [{"op": "add_logo", "media_id": "logo.png"}]),
    ("title: Van Life Ep 3 — top of screen, yellow",
     [{"op": "add_title", "text": "Van Life Ep 3", "pos": "top", "color": "#FFFF00"}]),
])
def test_logos_and_words_on_the_picture(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want_ops(want)


def test_a_logo_on_a_thing_filmed_is_not_added() -> None:
    assert not any(o["op"] == "add_logo" for o in ops(plan("the logo on my shirt is backwards, flip it")))


@pytest.mark.parametrize("text", [
    "the tapping noise of my note taking is really annoying, delete only the typing sound but leave the "
    "tutor's voice intact",
    "把打字声去掉 人声留着",
])
def test_one_sound_out_of_the_mix_is_refused_with_alternatives(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops, p
    assert "denois" in p.refusal or "降噪" in p.refusal


def test_the_quietness_fixed_is_the_loudness_evened_out() -> None:
    text = ("our online audio is either too quiet or sounds like a tin can, can you at least fix the too "
            "quiet part")
    assert ops(plan(text)) == want_ops([{"op": "loudnorm"}])
    assert ops(plan("my voice is too quiet, turn it up")) == want_ops(
        [{"op": "set_volume", "track": "main", "volume": 1.5}])


def test_a_fade_said_after_music_in_a_slideshow_is_the_videos() -> None:
    p = plan("make a slideshow of photo1.jpg photo2.jpg 3s each, add music.mp3 and fade in/out 1 sec")
    assert [o["op"] for o in ops(p)] == ["slideshow", "add_music", "fade"], p
    p = plan("make a slideshow w photo1 and photo2, 3s each, then add music.mp3 with a 1 sec fade in")
    assert [o["op"] for o in ops(p)] == ["slideshow", "add_music"], p
