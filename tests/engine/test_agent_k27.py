"""Known weak readings fixed as classes (session k27, /tmp/fix/known27.txt): a part's bounds said after its
verb, a preamble before a range, and the other classes below."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str, clips: int = 1, music: bool | None = None) -> Any:
    names = ["clip.mp4", "b.mp4", "c.mp4"][:clips]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    with_music = clips > 1 if music is None else music
    return parse(text, lang, UPLOADS, sample_draft(names, "music.mp3" if with_music else None))


def _ops(text: str, clips: int = 1, music: bool | None = None) -> list[dict[str, Any]]:
    plan = _plan(text, clips, music)
    assert not plan.question and not plan.refusal, (plan.question, plan.refusal)
    return [op.model_dump(exclude_unset=True) | {"op": op.op} for op in plan.ops]


# --- a part's start and end said after the verb are that part's --------------------------------------

@pytest.mark.parametrize(("text", "op", "start", "end"), [
    ("cut the part, it starts at 0:10 and ends at 0:14", "remove_range", 10000, 14000),
    ("remove the bit that starts at 0:10 and ends at 0:14", "remove_range", 10000, 14000),
    ("cut it, starting at 0:10 and ending at 0:14", "remove_range", 10000, 14000),
    ("delete the part - it begins at 0:10, ends at 0:14", "remove_range", 10000, 14000),
    ("cut from 0:10, it ends at 0:14", "remove_range", 10000, 14000),
    ("get rid of the part that runs from 0:10 to 0:14", "remove_range", 10000, 14000),
    ("剪掉那段，从第10秒开始到第14秒结束", "remove_range", 10000, 14000),
    ("那段不要了，它从0:10开始，0:14结束", "remove_range", 10000, 14000),
    ("keep the part that starts at 0:10 and ends at 0:20", "keep_range", 10000, 20000),
    ("the intro starts at 0:02 and ends at 0:05, cut it", "remove_range", 2000, 5000),
    ("the blooper starts at 0:10 and ends at 0:14, remove it", "remove_range", 10000, 14000),
    ("the video starts at 0:10 and ends at 0:50", "keep_range", 10000, 50000),
    # said of the video itself: its new start and end (kept)
    ("make it start at 0:10 and end at 0:50", "keep_range", 10000, 50000),
])
def test_a_parts_bounds_said_after_its_verb(text: str, op: str, start: int, end: int) -> None:
    assert _ops(text) == [{"op": op, "start_ms": start, "end_ms": end}]


# --- a preamble before a range does not hide it ----------------------------------------------------------

@pytest.mark.parametrize(("text", "op"), [
    ("my notes say 0:05 to 0:25, keep only that", "keep_range"),
    ("according to my notes it's 0:05 to 0:25. keep only that bit", "keep_range"),
    ("my notes say 0:05 to 0:25, cut that", "remove_range"),
])
def test_notes_are_no_negation(text: str, op: str) -> None:
    assert _ops(text) == [{"op": op, "start_ms": 5000, "end_ms": 25000}]


def test_not_still_negates() -> None:
    plan = _plan("not the music, just add subtitles")
    assert [o.op for o in plan.ops] == ["add_subtitles"]


# --- a complaint about music the timeline does not have adds none ----------------------------------------

@pytest.mark.parametrize("text", [
    "when i exported it, the music got too loud, fix it",
    "when i exported it the song got way too loud, fix it",
    "after export the music is way too loud",
    "导出以后背景音乐太吵了，帮我弄一下",
])
def test_music_complained_about_with_none_adds_none(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question
    assert plan.answer and ("no background music" in plan.answer or "没有背景音乐" in plan.answer)
    assert "original audio" in plan.answer or "原声" in plan.answer  # what can be done instead


@pytest.mark.parametrize("text", [
    "when i exported it, the music got too loud, fix it",
    "when i exported it the song got way too loud - fix it",
])
def test_music_complained_about_is_turned_down(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.export is None
    assert _ops(text, music=True) == [{"op": "set_volume", "track": "bgm", "volume": 0.175}]


@pytest.mark.parametrize("text", ["export it", "trim the first 5 seconds and export", "剪掉前5秒然后导出",
                                  "导出后发给我"])
def test_an_export_asked_for_is_still_one(text: str) -> None:
    assert _plan(text).export is not None


# --- several quoted texts, each with its own place or time, are each added ------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("add 'A' at the top at 0:05 and 'B' at the bottom at 0:10",
     [("A", 5000, "top"), ("B", 10000, "bottom")]),
    ("add 'A' at the top and 'B' at the bottom", [("A", None, "top"), ("B", None, "bottom")]),
    ("第5秒在顶部加「A」，第10秒在底部加「B」", [("A", 5000, "top"), ("B", 10000, "bottom")]),
    ("加字幕「A」在顶部第5秒，「B」在底部第10秒", [("A", 5000, "top"), ("B", 10000, "bottom")]),
])
def test_several_quoted_texts_each_added(text: str, want: list[tuple[str, int | None, str]]) -> None:
    ops = _ops(text)
    assert [(o["text"], o.get("start_ms"), o.get("pos")) for o in ops] == want
    assert all(o["op"] == "add_text" for o in ops)


@pytest.mark.parametrize(("text", "end"), [("前5秒加文字「A」", 5000), ("开头5秒加文字「A」", 5000)])
def test_a_first_n_seconds_text_still_ends_there(text: str, end: int) -> None:
    assert _ops(text) == [{"op": "add_text", "text": "A", "end_ms": end}]


# --- a picture property named takes the amount said for it -----------------------------------------------

@pytest.mark.parametrize(("text", "key", "value"), [
    ("turn the saturation down a little, to 0.9", "saturation", 0.9),
    ("turn the saturation down to 0.9", "saturation", 0.9),
    ("turn the contrast up a bit, to 1.2", "contrast", 1.2),
    ("bring the brightness down slightly to -0.1", "brightness", -0.1),
    ("lower the saturation a touch, make it 0.8", "saturation", 0.8),
    ("turn the saturation down a little, to 90%", "saturation", 0.9),
    ("饱和度稍微降一点，到0.9", "saturation", 0.9),
])
def test_a_property_named_takes_its_amount(text: str, key: str, value: float) -> None:
    assert _ops(text) == [{"op": "color", key: value}]


# --- a colour property said to stay is not set -----------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("make it black and white without changing the brightness", {"gray": True}),
    ("make it black and white, brightness stays the same", {"gray": True}),
    ("黑白，但亮度不要变", {"gray": True}),
    ("more contrast, leave the saturation alone", {"contrast": 1.2}),
    ("brighten it but keep the contrast as is", {"brightness": 0.15}),
])
def test_a_colour_property_said_to_stay_is_not_set(text: str, want: dict[str, Any]) -> None:
    assert _ops(text) == [{"op": "color", **want}]


# --- flip / rotate for part of the time ask -------------------------------------------------------------

@pytest.mark.parametrize("text", ["flip the last 10 seconds", "mirror 0:10 to 0:20",
                                  "rotate the first 5 seconds 90 degrees", "最后10秒翻转一下"])
def test_flip_or_rotate_for_a_part_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
    assert "whole video" in plan.question or "整个视频" in plan.question


@pytest.mark.parametrize(("text", "ops"), [
    ("flip it and cut the first 10 seconds", ["flip", "trim"]),
    ("rotate 90 degrees", ["rotate"]),
])
def test_flip_or_rotate_beside_a_timed_edit_is_done(text: str, ops: list[str]) -> None:
    assert [o["op"] for o in _ops(text)] == ops


# --- subtitles said not to be burned in, in other words --------------------------------------------------

@pytest.mark.parametrize("text", ["加字幕，取消烧录", "加字幕，不烧录", "加字幕，要软字幕，不要硬字幕",
                                  "add captions, no burn-in", "add soft subtitles",
                                  "add subtitles, just the file, not on the picture"])
def test_subtitles_not_burned_in_other_words(text: str) -> None:
    assert _ops(text) == [{"op": "add_subtitles", "burn": False, "sidecar": "srt"}]


@pytest.mark.parametrize(("text", "want"), [
    ("burn in subtitles", {"op": "add_subtitles"}),
    ("add subtitles and an srt too", {"op": "add_subtitles", "sidecar": "srt"}),
])
def test_subtitles_burned_in_still_are(text: str, want: dict[str, Any]) -> None:
    assert _ops(text) == [want]


# --- split into N parts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "points"), [
    ("split the 60s into 3 parts", [20000, 40000]),
    ("split it into 3 parts", [20000, 40000]),
    ("cut the video into 4 pieces", [15000, 30000, 45000]),
    ("把视频平均分成三段", [20000, 40000]),
    ("split into 3 parts of 20 seconds", [20000, 40000]),
    ("split the first 30 seconds into 3 parts", [10000, 20000]),
    ("split it into two", [30000]),
    ("split at 0:20", [20000]),
])
def test_split_into_n_parts(text: str, points: list[int]) -> None:
    assert _ops(text) == [{"op": "split", "at_ms": p} for p in points]


# --- warmth is no operation: refused with what colour can do ---------------------------------------------

@pytest.mark.parametrize("text", ["make the colors warmer", "画面偏冷，调暖一点", "warm up the skin tones",
                                  "give it cooler tones"])
def test_warmth_is_refused_with_alternatives(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question
    assert "auto" in plan.refusal or "自动校色" in plan.refusal


@pytest.mark.parametrize("text", ["make it cooler", "it's cold outside, add subtitles", "auto white balance"])
def test_cool_and_cold_said_otherwise_are_no_warmth(text: str) -> None:
    assert not _plan(text).refusal


# --- the sound of an end, with no length, said to go -------------------------------------------------

@pytest.mark.parametrize(("text", "cut"), [
    ("片头那段原声太吵了 帮我去掉", "剪掉前5秒"),
    ("结尾的原声不要了", "剪掉最后5秒"),
    ("mute the intro", "cut the first 5 seconds"),
    ("remove the sound from the ending", "cut the last 5 seconds"),
])
def test_an_ends_sound_removed_is_refused_with_choices(text: str, cut: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question
    assert cut in plan.refusal


@pytest.mark.parametrize("text", ["原声去掉", "mute the original audio"])
def test_the_whole_original_sound_still_mutes(text: str) -> None:
    assert _ops(text) == [{"op": "mute", "track": "main"}]


# --- a beat-synced cut is refused ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["剪成卡点视频", "卡点剪辑一下", "跟着音乐节奏剪一下", "cut it on the beat"])
def test_a_beat_synced_cut_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.question
