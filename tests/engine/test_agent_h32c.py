"""holdout32's misses about sound, silences, subtitles and framing (helper h32c), each a class: the dead
air before a recording's real start is that end's, a Chinese topic never runs across a clause, pauses kept
under a length, loudness made even, ducking beside level changes, blurred-background fills, subtitle files,
taken-back subtitles, fades declined at one end, greyscale turned off."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())
THREE = ["clip.mp4", "b.mp4", "c.mp4"]


def plan(text: str, clips: list[str] | None = None, music: bool = False) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh-CN" if zh else "en", MEDIA,
                 sample_draft(clips or ["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump() for o in p.ops]


def want_ops(want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [parse_operation(w).model_dump() for w in want]


@pytest.mark.parametrize(("text", "ends"), [
    ("lecture recording has multiple minutes of silence/setup before the actual beginning, trim "
     "that", "start"),
    ("webinar has a few minutes of waiting before the speaker starts, cut that out", "start"),
    ("theres like a minute of dead air after the service ends, remove it", "end"),
    ("remove the dead air before the sermon actually starts and after it ends", "both"),
    ("绘本讲读的视频，把开头和结尾没说话的部分修掉", "both"),
    ("说书视频，把结尾没讲话的部分删掉", "end"),
    ("儿童故事的录像，把开头和结尾没有人说话的部分去掉", "both"),
])
def test_dead_air_before_the_real_start_is_that_ends(text: str, ends: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "trim_dead_air", "ends": ends}])


def test_a_chinese_topic_is_still_searched() -> None:
    want = [{"op": "cut_sentences", "query": "价格", "keep": False}]
    assert ops(plan("把我讲价格的那几句删掉")) == want_ops(want)


@pytest.mark.parametrize(("text", "want"), [
    ("leave a minimum of pauses - cut out the dead air but preserve pauses under 1 second so it sounds "
     "natural",
     {"min_ms": 1000}),
    ("cut the silent stretches but leave silences shorter than a second alone, cutting every small breath "
     "sounds unnatural", {"min_ms": 1000}),
    ("remove silences but preserve the ones shorter than 1 second", {"min_ms": 1000}),
    ("不到1秒的停顿保留，其余的停顿都剪掉", {"min_ms": 1000}),
    ("story time recording: i take really long pauses between sentences. cut them out without speeding up "
     "the whole thing", {}),
    ("remove silence ≥ 0.7s with 100ms padding", {"min_ms": 700, "margin_ms": 100}),
    ("automatically detect when the audio is under a certain level, add 500 milliseconds of padding and cut "
     "there", {"margin_ms": 500}),
])
def test_pauses_kept_under_a_length_and_other_settings(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == want_ops([{"op": "remove_silences", **want}])


def test_silences_and_fillers_gone_with_settings() -> None:
    p = plan("silences, fillers (um / uh) and stutters gone pls, silence ≥ 0.4s with 50ms pad")
    assert ops(p) == want_ops([{"op": "remove_silences", "min_ms": 400, "margin_ms": 50},
                               {"op": "remove_fillers"}])


def test_pauses_said_to_stay_still_stay() -> None:
    assert not plan("remove the ums but keep the pauses").ops[1:]
    assert plan("leave the pauses alone").ops == []


@pytest.mark.parametrize("text", [
    "i want everyone on the recording roughly volume matched, no one noticeably louder or quieter than "
    "everyone else",
    "match the loudness of every clip so nobody is louder than the rest",
    "make the volume uniform across all the clips",
    "音量别过大或过小，统一标准化一下",
    "声音别太大也别太小，归一化一下",
])
def test_loudness_made_even_is_normalised(text: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "loudnorm"}])


def test_an_easy_fix_asked_after_a_trouble_is_done() -> None:
    p = plan("the amplitude from one clip to another isnt the same. is there something real easy like select "
             "all > "
             "make amplitude uniform", THREE)
    assert ops(p) == want_ops([{"op": "loudnorm"}])


def test_narration_with_its_level_is_the_voice_not_refused() -> None:
    p = plan("旁白的音量大一点，背景音乐降低一点，说话的时候自动压低音乐", music=True)
    assert not p.refusal
    assert ops(p) == want_ops([{"op": "set_volume", "track": "main", "volume": 1.5},
                               {"op": "set_volume", "track": "bgm", "volume": 0.175}, {"op": "duck_music"}])
    assert plan("帮我配个旁白").refusal


@pytest.mark.parametrize(("text", "want"), [
    ("for reels i dont want instagram to letterbox it with black bars or center-crop it, pad it with a "
     "blurred "
     "background", {"op": "platform", "name": "reels", "fit": "blur"}),
    ("tiktok wants 9:16, mine is 16:9. letterboxing with black bars looks lazy so do the blurred background "
     "thing",
     {"op": "set_aspect", "ratio": "9:16", "fit": "blur"}),
    ("横屏视频发抖音不想有黑边，也不想被裁剪，用模糊背景填充",
     {"op": "platform", "name": "tiktok", "fit": "blur"}),
    ("抖音的竖屏视频转成youtube横屏，两侧用模糊背景填充",
     {"op": "platform", "name": "youtube", "fit": "blur"}),
    ("横屏素材发快手，不要黑边也不要裁剪，模糊背景填充", {"op": "platform", "name": "tiktok", "fit": "blur"}),
    ("4:5 for instagram feed, crop it dont "
     "blur", {"op": "set_aspect", "ratio": "4:5", "fit": "crop"}),
    ("black bars instead of the blurry background, 9:16",
     {"op": "set_aspect", "ratio": "9:16", "fit": "solid", "bg": "#000000"}),
])
def test_a_blurred_fill_beside_fits_turned_down(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == want_ops([want])


@pytest.mark.parametrize(("text", "ratio"), [
    ("竖屏视频转成横屏", "16:9"),
    ("把横屏视频改成竖屏", "9:16"),
    ("mine is 16:9, make it 9:16", "9:16"),
    ("its 16:9 now, i need 1:1", "1:1"),
    ("make it so its 9:16", "9:16"),
])
def test_the_shape_it_has_now_is_not_the_one_asked(text: str, ratio: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "set_aspect", "ratio": ratio}])


@pytest.mark.parametrize(("text", "want"), [
    ("can u add subtitles with an srt file too, some families need captions", {"sidecar": "srt"}),
    ("subtitles in spanish please, plain style, not burned in, just a vtt",
     {"style": "plain", "burn": False, "sidecar": "vtt", "language": "es"}),
    ("加字幕，再导出一个srt文件", {"sidecar": "srt"}),
    ("add subtitles and give me a separate srt", {"sidecar": "srt"}),
    ("加字幕，别烧进画面，单独给我一个srt", {"burn": False, "sidecar": "srt"}),
])
def test_subtitles_said_twice_are_one_set(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == want_ops([{"op": "add_subtitles", **want}])


def test_the_music_named_after_add_music_is_added_with_its_fades() -> None:
    assert ops(plan("加音乐music.mp3，淡入2秒淡出2秒，音量20%")) == want_ops(
        [{"op": "add_music", "media_id": "music.mp3", "volume": 0.2, "fade_in_ms": 2000,
          "fade_out_ms": 2000}])


@pytest.mark.parametrize("text", ["取消字幕", "把字幕取消", "把字幕关掉", "turn off the captions",
                                  "disable the subtitles"])
def test_subtitles_called_off_are_removed(text: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "remove_text", "track": "subtitle"}])


@pytest.mark.parametrize(("text", "want"), [
    ("no fades at the start, fade out 2s at the end", {"fade_out_ms": 2000}),
    ("no fade at the end, fade in 1s at the start", {"fade_in_ms": 1000}),
    ("开头不要淡入，结尾淡出2秒", {"fade_out_ms": 2000}),
])
def test_a_fade_declined_at_one_end(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == want_ops([{"op": "fade", **want}])


@pytest.mark.parametrize(("text", "gray"), [
    ("greyscale off", False), ("turn off greyscale", False), ("不要黑白了", False), ("黑白效果关掉", False),
    ("make it black and white", True), ("黑白", True),
])
def test_greyscale_switched_off(text: str, gray: bool) -> None:
    assert [o for o in ops(plan(text))] == want_ops([{"op": "color", "gray": gray}])


@pytest.mark.parametrize(("text", "ratio"), [
    ("i have a horizontal video and need a vertical one", "9:16"),
    ("convert vertical to horizontal", "16:9"),
    ("i've got a landscape video, i need it vertical", "9:16"),
])
def test_the_shape_had_or_changed_from(text: str, ratio: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "set_aspect", "ratio": ratio}])


@pytest.mark.parametrize("text", ["去掉颜色 变成黑白的 老照片风",
                                  "remove the colour and make it black and white"])
def test_the_colour_taken_out_for_grey_is_grey(text: str) -> None:
    assert ops(plan(text)) == want_ops([{"op": "color", "gray": True}])
