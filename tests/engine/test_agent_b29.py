"""Session 29 (helper b29), from holdout38's misses: a noise taken off a voiceover already recorded is
noise reduction (38113, 38164); a recording parted "in two at T" and a point counted from a time are one
split (38115); "i only need 30 seconds of this" is a target length, 结束 an end (38225); 成 as tenths of a
level (38254); a clip shown with a bare corner is picture in picture (38274); a title's words end before
"put it at …" and a bracketed aside (38121)."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str) -> object:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize("text", [
    "kill the background hiss on the physio voiceover", "get rid of the hum on the cooking voiceover",
    "remove the buzz from my old narration", "how can i cut out the fan noise in the background",
    "how do i get rid of the hum in this clip",
])
def test_noise_off_a_recorded_voiceover_is_denoise(text: str) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal and not plan.answer  # type: ignore[attr-defined]
    assert [type(op) for op in plan.ops] == [s.Denoise]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["add a voiceover", "how do i remove background noise",
                                  "how do i avoid the fridge hum next time i film"])
def test_a_new_voiceover_and_a_general_how_to_are_not_denoised(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "at"), [
    ("chop the set in two at 0:30", 30000), ("cut my vlog in half at 0:40", 40000),
    ("在0:30处一分为二", 30000), ("把视频一分为二", 30000), ("split 2 seconds before 0:50", 48000),
    ("split 3 s after the 0:20 mark", 23000), ("在0:50前2秒分割", 48000),
])
def test_one_split_where_said(text: str, at: int) -> None:
    plan = _plan(text)
    assert [(type(op), getattr(op, "at_ms", None)) for op in plan.ops] == [(s.Split, at)]  # type: ignore


def test_two_points_said_are_two_splits() -> None:
    plan = _plan("split at 0:10 and 0:20")
    assert [op.at_ms for op in plan.ops] == [10000, 20000]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "end"), [
    ("i only need 30 seconds of this", 30000), ("we just need 20 seconds of it", 20000),
    ("all i need is 45 seconds", 45000),
])
def test_a_length_needed_keeps_the_first_part(text: str, end: int) -> None:
    [op] = _plan(text).ops  # type: ignore[attr-defined]
    assert isinstance(op, s.KeepRange) and (op.start_ms, op.end_ms) == (0, end)


@pytest.mark.parametrize("text", ["i only need 5 seconds to think", "i only need 30 seconds of the intro"])
def test_a_length_of_something_else_is_no_cut(text: str) -> None:
    assert not _plan(text).ops  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("开始3秒结束2秒都剪掉", 3000, 2000), ("开始2秒结束3秒都删掉", 2000, 3000), ("剪掉结束前2秒", 0, 2000),
    ("剪掉结尾前3秒", 0, 3000),
])
def test_both_ends_named_with_jieshu(text: str, head: int, tail: int) -> None:
    [op] = _plan(text).ops  # type: ignore[attr-defined]
    assert isinstance(op, s.Trim) and (op.head_ms, op.tail_ms) == (head, tail)


@pytest.mark.parametrize(("text", "volume"), [
    ("音量调到原来的八成", 0.8), ("把声音调到七成", 0.7), ("音量降到原来的三成", 0.3), ("原声保留五成", 0.5),
])
def test_tenths_of_a_level(text: str, volume: float) -> None:
    [op] = _plan(text).ops  # type: ignore[attr-defined]
    assert isinstance(op, s.SetVolume) and op.volume == pytest.approx(volume)


def test_bacheng_as_probably_sets_nothing() -> None:
    assert not _plan("八成是音乐太大了").ops  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "media", "pos", "span"), [
    ("show b.mp4 bottom right only from 0:10 to 0:20", "b.mp4", "bottom-right", (10000, 20000)),
    ("put c.mp4 top left from 0:05 to 0:15", "c.mp4", "top-left", (5000, 15000)),
    ("display c.mp4 top right", "c.mp4", "top-right", (0, None)),
])
def test_a_clip_shown_in_a_bare_corner_is_pip(text: str, media: str, pos: str, span: tuple) -> None:
    [op] = _plan(text).ops  # type: ignore[attr-defined]
    assert isinstance(op, s.PictureInPicture)
    assert (op.media_id, op.pos, (op.start_ms, op.end_ms)) == (media, pos, span)


@pytest.mark.parametrize(("text", "words"), [
    ("title: Delete Your Ex  (thats the name of my bit) put it at the start", "Delete Your Ex"),
    ("title: Night Shift put it at the beginning", "Night Shift"),
    ("title: Lost & Found (the name of my podcast)", "Lost & Found"),
    ("add a title that says Lake Days (it's our family trip) at the start", "Lake Days"),
    ("title: Part 2 (final)", "Part 2 (final)"),
    ("title: Put It On Me", "Put It On Me"),
])
def test_a_title_ends_before_an_aside(text: str, words: str) -> None:
    [op] = _plan(text).ops  # type: ignore[attr-defined]
    assert isinstance(op, s.AddTitle) and op.text == words
