"""Known weak readings fixed as classes (session known): times said after an earlier cut in the same
request for every timed op, and the other classes below."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import apply
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str, language: str = "en", music: str | None = None) -> Any:
    return parse(text, language, UPLOADS, sample_draft(music=music))


def _draft(text: str, language: str = "en", music: str | None = None) -> dict[str, Any] | None:
    plan = _plan(text, language, music)
    if plan.question:
        assert not plan.ops
        return None
    draft: dict[str, Any] = sample_draft(music=music)
    for op in plan.ops:
        draft = apply(draft, op, SAMPLE_MEDIA)
    return draft


def kept(text: str, language: str = "en") -> list[tuple[int, int, float]] | None:
    """The source ranges (and speed) of the clips left after the plan's ops (None when it asked)."""
    draft = _draft(text, language)
    if draft is None:
        return None
    return [(g["in"], g["in"] + round(g["d"] * float(g.get("speed", 1.0))), float(g.get("speed", 1.0)))
            for g in draft["t"][0]["sg"]]


# --- 1. every timed op said after an earlier cut is on the video as it was ---------------------------

@pytest.mark.parametrize(("text", "language", "want"), [
    # a head trim said as "everything before T" after a head cut: source 0-20 goes, not 0-30
    ("cut the first 10 seconds then remove everything before 0:20", "en", [(20000, 60000, 1.0)]),
    ("lose the opening 2 seconds and then cut everything up to 0:12", "en", [(12000, 60000, 1.0)]),
    ("剪掉前10秒，然后把20秒之前的都删掉", "zh-CN", [(20000, 60000, 1.0)]),
    # a split after a head cut splits at the said moment of the source
    ("trim 5s off the start and split at 0:30", "en", [(5000, 30000, 1.0), (30000, 60000, 1.0)]),
    ("先剪掉前5秒，再在第20秒处分割", "zh-CN", [(5000, 20000, 1.0), (20000, 60000, 1.0)]),
    # a part sped up after a cut: the said part, and its clip number on the timeline the cut left
    ("trim the first 5 seconds and speed up 0:30-0:40 2x", "en",
     [(5000, 30000, 1.0), (30000, 40000, 2.0), (40000, 60000, 1.0)]),
    ("remove 0:10-0:20 then slow down 0:30 to 0:40 to half speed", "en",
     [(0, 10000, 1.0), (20000, 30000, 1.0), (30000, 40000, 0.5), (40000, 60000, 1.0)]),
    ("remove 0:10-0:20 then speed up everything after 0:40 2x", "en",
     [(0, 10000, 1.0), (20000, 40000, 1.0), (40000, 60000, 2.0)]),
    # a freeze after a cut holds the said frame
    ("remove the first 8 seconds, then freeze the frame at 0:30 for 2 seconds", "en",
     [(8000, 30000, 1.0), (30000, 32000, 1.0), (30000, 60000, 1.0)]),
    # a length (not a place) after a cut is of what is left, as before
    ("cut the first 10 seconds then trim 5 seconds off the start", "en", [(15000, 60000, 1.0)]),
    # a tail cut moves nothing earlier: a split before the cut point stays as said
    ("trim the last 10 seconds then split at 0:30", "en", [(0, 30000, 1.0), (30000, 50000, 1.0)]),
])
def test_times_of_every_timed_op_on_the_video_as_it_was(text: str, language: str,
                                                       want: list[tuple[int, int, float]]) -> None:
    assert kept(text, language) == want


@pytest.mark.parametrize(("text", "language", "start", "end"), [
    ("cut the first 6 seconds and put the text 'Day 1' from 0:10 to 0:15", "en", 4000, 9000),
    ("cut the first 5 seconds and add text 'hey' at 0:20 for 3 seconds", "en", 15000, 18000),
    ("剪掉开头3秒，然后在15秒的地方加标题「第一天」", "zh-CN", 12000, 15000),
])
def test_text_times_on_the_video_as_it_was(text: str, language: str, start: int, end: int) -> None:
    draft = _draft(text, language)
    assert draft is not None
    items = [g for t in draft["t"] if t.get("role") in ("text", "title") for g in t["sg"]]
    assert [(g["start"], g["start"] + g["d"]) for g in items] == [(start, end)]


def test_the_reply_says_where_the_time_is_now() -> None:
    plan = _plan("cut the first 10 seconds then remove everything before 0:20")
    assert any("0:20" in n and "0:10" in n for n in plan.notes)
    plan = _plan("先剪掉前5秒，再在第20秒处分割", "zh-CN")
    assert any("0:20" in n and "0:15" in n and "原视频" in n for n in plan.notes)


@pytest.mark.parametrize(("text", "language"), [
    ("trim the first 10 seconds then add a title 'X' at 0:05", "en"),
    ("cut the first 10 seconds and split at 0:04", "en"),
])
def test_time_inside_the_part_cut_first_is_asked(text: str, language: str) -> None:
    assert kept(text, language) is None


# --- 3. a head cut said with a target length: both are done ------------------------------------------

@pytest.mark.parametrize(("text", "language", "want"), [
    ("cut the first 5 seconds and make it 20 seconds", "en", [(5000, 25000, 1.0)]),
    ("trim 3 seconds off the start and get it down to 30 seconds", "en", [(3000, 33000, 1.0)]),
    ("前5秒剪掉，然后剪成20秒", "zh-CN", [(5000, 25000, 1.0)]),
    # a length said of the first part alone is still the first part
    ("trim it to the first 20 seconds", "en", [(0, 20000, 1.0)]),
])
def test_head_cut_then_target_length(text: str, language: str, want: list[tuple[int, int, float]]) -> None:
    assert kept(text, language) == want
    plan = _plan(text, language)
    if len(plan.ops) == 2:
        assert any(("0:05" in n or "0:03" in n) for n in plan.notes)


# --- 4. "the rest" after a split is the part after it ------------------------------------------------

@pytest.mark.parametrize(("text", "language", "want"), [
    ("cut it at 0:40 and speed the rest up 2x", "en", [(0, 40000, 1.0), (40000, 60000, 2.0)]),
    ("split at 0:15, speed up everything after that 2x", "en", [(0, 15000, 1.0), (15000, 60000, 2.0)]),
    ("在20秒处切开，后面的加速2倍", "zh-CN", [(0, 20000, 1.0), (20000, 60000, 2.0)]),
    # no split said: the whole video
    ("speed up the rest 2x", "en", [(0, 60000, 2.0)]),
])
def test_speed_of_the_part_after_a_split(text: str, language: str,
                                        want: list[tuple[int, int, float]]) -> None:
    assert kept(text, language) == want


# --- 5. an undo said apart from "black and white" does not turn the grey off -------------------------

@pytest.mark.parametrize(("text", "language", "want"), [
    ("undo, then make it black and white instead", "en", ["undo", ("color", True)]),
    ("undo that and make it black and white", "en", ["undo", ("color", True)]),
    ("no music, make it black and white", "en", [("color", True)]),
    ("remove the black and white filter", "en", [("color", False)]),
    ("black and white off, back to color", "en", [("color", False)]),
    ("取消黑白", "zh-CN", [("color", False)]),
])
def test_undo_apart_from_grey(text: str, language: str, want: list[Any]) -> None:
    plan = _plan(text, language)
    got = [(op.op, op.gray) if op.op == "color" else op.op for op in plan.ops]
    assert got == want


# --- 6. a colour splash is refused, never the whole picture greyed -----------------------------------

@pytest.mark.parametrize(("text", "language", "ops"), [
    ("make everything except the cat black and white", "en", []),
    ("keep only the red dress in colour, rest black and white", "en", []),
    ("除了猫以外都变成黑白", "zh-CN", []),
    ("只保留花的颜色，其他变黑白", "zh-CN", []),
    ("cut the first 3 seconds and make everything but the car black and white", "en", ["trim"]),
])
def test_colour_splash_refused(text: str, language: str, ops: list[str]) -> None:
    plan = _plan(text, language)
    assert plan.refusal and not plan.question
    assert ("black and white" in plan.refusal) or ("黑白" in plan.refusal)
    assert [op.op for op in plan.ops] == ops


def test_whole_picture_grey_still_done() -> None:
    assert [(op.op, op.gray) for op in _plan("make the cat black and white").ops] == [("color", True)]


# --- 7. ducking said with a fade-out at a time far from the end: ducked, the fade asked ---------------

def test_duck_done_and_fade_place_asked() -> None:
    plan = _plan("duck the music and fade it out at 0:20", music="music.mp3")
    assert [op.op for op in plan.ops] == ["duck_music"]
    assert not plan.question
    assert any("0:20" in n for n in plan.notes)
    near = _plan("duck the music and fade it out at 0:55", music="music.mp3")
    assert [op.op for op in near.ops] == ["duck_music", "fade_music"]


# --- 8. an intro or outro to cut with no length: how long is it --------------------------------------

@pytest.mark.parametrize(("text", "language", "words"), [
    ("delete the intro part", "en", ["intro", "first 5 seconds"]),
    ("remove the outro", "en", ["outro", "last 5 seconds"]),
    ("片头不要", "zh-CN", ["片头", "前5秒"]),
    ("片尾删掉", "zh-CN", ["片尾", "最后5秒"]),
])
def test_intro_length_asked(text: str, language: str, words: list[str]) -> None:
    plan = _plan(text, language)
    assert not plan.ops and plan.question
    assert all(w in plan.question for w in words)


def test_intro_question_said_with_other_edits() -> None:
    plan = _plan("delete the intro part and add subtitles")
    assert [op.op for op in plan.ops] == ["add_subtitles"]
    assert any("intro" in n for n in plan.notes)


# --- 9. "sound like a pro": asked with denoise and loudness, not refused ------------------------------

@pytest.mark.parametrize("text", ["make my voice sound like a pro",
                                  "make his voice sound like a pro announcer"])
def test_voice_like_a_pro_asked_with_tools(text: str) -> None:
    plan = _plan(text)
    assert not plan.refusal and not plan.ops
    assert plan.question and "noise" in plan.question and "LUFS" in plan.question


def test_voice_like_someone_else_still_refused() -> None:
    assert _plan("make my voice sound like a woman").refusal


# --- 11. a fade-out said to stay is left as it is ----------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("音乐的淡入去掉 淡出留着", "zh-CN"),
    ("remove the fade in on the music but keep the fade out", "en"),
    ("把音乐淡入删掉，淡出不变", "zh-CN"),
])
def test_fade_out_said_to_stay(text: str, language: str) -> None:
    plan = _plan(text, language, music="music.mp3")
    assert [op.model_dump(exclude={"op"}) for op in plan.ops] == [{"fade_in_ms": 0, "fade_out_ms": None}]


# --- holdout23: a corner said without its side is the right one --------------------------------------

@pytest.mark.parametrize(("text", "pos"), [
    ("cut 'SALE ENDS FRIDAY' into the bottom corner for the whole thing", "bottom-right"),
    ("put 'live' in the top corner", "top-right"),
    ("add logo.png to the bottom left corner", "bottom-left"),
])
def test_corner_without_side(text: str, pos: str) -> None:
    assert [op.pos for op in _plan(text).ops] == [pos]


# --- holdout23: "it's for a … reel" said after an edit is the reason, not a reframe --------------------

@pytest.mark.parametrize(("text", "want"), [
    ("loop the candle pour 4 times, its for a relaxing asmr reel", ["loop"]),
    ("add captions, this is for my cooking short", ["add_subtitles"]),
    ("make it vertical, its for tiktok", ["platform"]),
])
def test_its_for_a_reel_is_the_reason(text: str, want: list[str]) -> None:
    assert [op.op for op in _plan(text).ops] == want


# --- holdout23: an end kept "for the intro" names what that end is ------------------------------------

@pytest.mark.parametrize(("text", "keep"), [
    ("cut the silences but keep the quiet bit at the start for the intro", "start"),
    ("remove the pauses but leave the silence at the end for the outro", "end"),
    ("cut the silences but keep the silence at the beginning as my intro", "start"),
])
def test_end_kept_for_the_intro(text: str, keep: str) -> None:
    assert [(op.op, op.keep_ends) for op in _plan(text).ops] == [("remove_silences", keep)]


# --- 3b. a length reached by speed after a cut: worked out on what the cut leaves --------------------

@pytest.mark.parametrize(("text", "language", "factor"), [
    ("cut the first 5 seconds and make it 30 seconds long by speeding it up", "en", 1.8333),
    ("剪掉前10秒，然后加速压到25秒", "zh-CN", 2.0),
    ("remove 0:10-0:30, then speed it up so the whole thing is 20 seconds", "en", 2.0),
    ("make it 30 seconds by speeding it up", "en", 2.0),
])
def test_speed_to_a_length_after_a_cut(text: str, language: str, factor: float) -> None:
    speeds = [op.factor for op in _plan(text, language).ops if op.op == "speed"]
    assert speeds == [factor]
