"""Session 32 (fx2): words set apart by spaces between 把 and where they go are text; stills made into a video
are a slideshow; the music's cut-off end faded is the music's fade; a level said with the music added beside a
voice not to be covered is the music's; a clip removal with someone's wish as the reason is done; plays
counted then music added loop the video; start and end at the speech trims both ends; noise named beside a
mute is why; one fade at both ends fades in and out; the frame filled is the crop fit; a cut said not to be
wanted then text shows the text; two clips joined with the other said to go is their join; a line of text
pointed at is removed; a length with all the content kept is reached by speed; 最后 closing a list of steps is
no end of the video; the whole faded after music is the video's fade; a slideshow of the photos with
music added after it is both."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

CLIPS3 = ["clip.mp4", "b.mp4", "c.mp4"]
UPLOADS = ["clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg"]


def _ops(text: str, clips: list[str] | None = None, music: bool = False) -> list[dict[str, Any]]:
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    names = clips or ["clip.mp4"]
    plan = parse(text, "zh" if zh else "en", [SAMPLE_MEDIA[m] for m in UPLOADS],
                 sample_draft(names, "music.mp3" if music else None))
    assert not plan.question and not plan.refusal, plan
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in plan.ops]


@pytest.mark.parametrize(("text", "words", "pos"), [
    ("把 新品到店 全场8折 放在画面顶部", "新品到店 全场8折", "top"),
    ("把 欢迎光临 放画面中间", "欢迎光临", "center"),
])
def test_words_set_apart_before_where_they_go_are_text(text: str, words: str, pos: str) -> None:
    ops = _ops(text)
    assert [o["op"] for o in ops] == ["add_text"]
    assert (ops[0]["text"], ops[0]["pos"]) == (words, pos)


def test_a_file_put_somewhere_is_no_text() -> None:
    assert [o["op"] for o in _ops("把 logo.png 放右下角")] == ["add_logo"]


@pytest.mark.parametrize(("text", "each"), [
    ("把photo1.jpg和photo2.jpg做成一个小视频 每张4秒", 4000),
    ("turn photo1.jpg and photo2.jpg into a video, 5 seconds each", 5000),
])
def test_stills_made_into_a_video_are_a_slideshow(text: str, each: int) -> None:
    ops = _ops(text)
    assert ops == [{"media_ids": ["photo1.jpg", "photo2.jpg"], "image_ms": each, "op": "slideshow"}]


@pytest.mark.parametrize("text", ["最后音乐突然停了很突兀，让它淡出3秒",
                                  "at the end the music just stops dead, fade it out over 3s"])
def test_the_music_cut_off_at_the_end_fades(text: str) -> None:
    assert _ops(text, CLIPS3, music=True) == [{"fade_out_ms": 3000, "op": "fade_music"}]


def test_the_picture_fade_stays_the_pictures() -> None:
    assert [o["op"] for o in _ops("画面最后淡出到黑 音乐不要淡出", music=True)] == ["fade"]


@pytest.mark.parametrize(("text", "level"), [("配上music.mp3 音量20% 别盖住我讲解的声音", 0.2),
                                             ("加music.mp3 15%音量 免得压住人声", 0.15)])
def test_a_level_said_beside_a_voice_kept_heard_is_the_musics(text: str, level: float) -> None:
    assert _ops(text) == [{"media_id": "music.mp3", "volume": level, "op": "add_music"}]


@pytest.mark.parametrize(("text", "index"), [("c那段客户说不能用 c不要了", 3),
                                             ("第二段有个同事不想出镜 删掉第二段", 2)])
def test_someones_wish_is_the_reason_for_the_removal(text: str, index: int) -> None:
    assert _ops(text, CLIPS3) == [{"index": index, "op": "delete_segment"}]


def test_plays_counted_then_music_loop_the_video() -> None:
    ops = _ops("重复播放3次，配上music.mp3")
    assert ops[0] == {"times": 3, "op": "loop"} and ops[1]["op"] == "add_music" and len(ops) == 2


@pytest.mark.parametrize("text", ["从我开口讲话开始，讲完就结束吧", "让视频从老师开口讲话开始，讲完就结束"])
def test_start_and_end_at_the_speech_trims_both_ends(text: str) -> None:
    assert _ops(text) == [{"op": "trim_dead_air"}]


@pytest.mark.parametrize("text", ["现场声音全是噪音，直接静音", "the audio is full of hiss, just mute it"])
def test_noise_named_beside_a_mute_is_why(text: str) -> None:
    assert [o["op"] for o in _ops(text)] == ["mute"]


def test_a_noise_asked_to_go_beside_a_voice_kept_is_denoised() -> None:
    assert [o["op"] for o in _ops("把电流声去掉，别把我说话的声音也去掉")] == ["denoise"]


@pytest.mark.parametrize("text", ["首尾都加淡出", "fade to black at the start and the end", "片头片尾都渐黑"])
def test_one_fade_at_both_ends_fades_in_and_out(text: str) -> None:
    assert _ops(text) == [{"fade_in_ms": 1000, "fade_out_ms": 1000, "op": "fade"}]


@pytest.mark.parametrize(("text", "ratio"), [("转成正方形，画面撑满", "1:1"),
                                             ("改成9:16竖屏 不要留黑边", "9:16")])
def test_the_frame_filled_is_the_crop_fit(text: str, ratio: str) -> None:
    assert _ops(text) == [{"ratio": ratio, "fit": "crop", "op": "set_aspect"}]


@pytest.mark.parametrize(("text", "words", "start"), [
    ("不要剪，从第30秒到结尾显示「扫码关注」", "扫码关注", 30000),
    ("I don't want to cut it, from 0:45 to the end show 'Call us'", "Call us", 45000),
])
def test_a_cut_said_not_wanted_then_text_is_the_text_only(text: str, words: str, start: int) -> None:
    assert _ops(text) == [{"text": words, "start_ms": start, "op": "add_text"}]


@pytest.mark.parametrize(("text", "ids"), [("把c和b拼一起 clip那段删掉", ["c.mp4", "b.mp4"]),
                                           ("b和c接一块，clip.mp4不要了", ["b.mp4", "c.mp4"])])
def test_two_joined_and_the_other_gone_is_their_join(text: str, ids: list[str]) -> None:
    assert _ops(text, CLIPS3) == [{"media_ids": ids, "op": "concat"}]


@pytest.mark.parametrize("text", ["把那行字去掉 老板说太丑", "这行字不要了 客户不喜欢"])
def test_a_line_of_text_pointed_at_is_removed(text: str) -> None:
    assert _ops(text) == [{"track": "text", "op": "remove_text"}]


@pytest.mark.parametrize("text", ["压到60秒，一点内容都不能少",
                                  "get it down to 60 seconds, keep all of the content"])
def test_a_length_with_all_content_kept_is_reached_by_speed(text: str) -> None:
    assert _ops(text, ["clip.mp4", "b.mp4"]) == [{"factor": 1.5, "op": "speed"}]


def test_finally_in_a_list_of_steps_is_no_end_of_the_video() -> None:
    ops = _ops("先剪掉开头3秒，再调亮一点，最后加标题「开箱」")
    assert ops[-1] == {"text": "开箱", "op": "add_title"}


def test_the_end_said_still_places_the_text() -> None:
    assert "start_ms" in _ops("最后加一行字「谢谢观看」")[0]


@pytest.mark.parametrize("text", ["加上music.mp3 然后全片淡出",
                                  "add music.mp3 and fade the whole thing out at the end"])
def test_the_whole_faded_after_music_is_the_videos_fade(text: str) -> None:
    assert _ops(text) == [{"media_id": "music.mp3", "op": "add_music"}, {"fade_out_ms": 1000, "op": "fade"}]


@pytest.mark.parametrize("text", ["make a slideshow of the photos and add music.mp3",
                                  "照片做成幻灯片，配上music.mp3"])
def test_a_slideshow_with_music_added_after_it(text: str) -> None:
    assert _ops(text) == [{"media_ids": ["photo1.jpg", "photo2.jpg"], "op": "slideshow"},
                          {"media_id": "music.mp3", "op": "add_music"}]
