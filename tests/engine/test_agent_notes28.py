"""A question asked before anything is done says what would be done ("I'd remove …", "是要删除…"), never
what was done; a reply says "I didn't understand …" only of words that carried an edit left undone."""

from __future__ import annotations

import re

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import MediaRef, proposed
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


def uploads(text: str) -> list[MediaRef]:
    """The clip on the timeline, the music, logo and photos every request may use, and b.mp4 when named."""
    names = {"clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg"}
    return [m for k, m in SAMPLE_MEDIA.items() if k in names or k in text]


def _zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _plan(text: str, clips: tuple[str, ...] = ("clip.mp4",)):  # type: ignore[no-untyped-def]
    return parse(text, "zh" if _zh(text) else "en", uploads(text), sample_draft(list(clips), None))


def _unread(text: str) -> str:
    plan = _plan(text)
    assert plan.ops or plan.export or plan.question, plan
    return " ".join(n for n in plan.notes if n.startswith(("I didn't understand", "这部分我没看懂")))


# --- questions say what would be done ---------------------------------------------------------------------

_CLAIMED_EN = r"\b(?:removed|deleted|kept|added|made|trimmed|muted|set it|read this as)\b"
_CLAIMED_ZH = r"了|我理解的是"


@pytest.mark.parametrize("op, en, zh", [
    (s.RemoveRange(start_ms=60000, end_ms=None), "remove 1:00–end", "删除 1:00–end"),
    (s.KeepRange(start_ms=2000, end_ms=10000), "keep 0:02–0:10", "保留 0:02–0:10"),
    (s.Color(gray=True), "make it black and white", "把画面变成黑白"),
    (s.Undo(steps=2), "undo the last 2 changes", "撤销2步"),
    (s.Export(format="mp4"), "export as MP4", "导出为 MP4"),
])
def test_proposed_words_say_what_would_be_done(op: s.OpBase, en: str, zh: str) -> None:
    assert proposed(op, "en") == en
    assert proposed(op, "zh") == zh


def test_proposed_words_leave_the_persons_quoted_text_as_written() -> None:
    assert proposed(s.AddText(text="我们成功了"), "zh") == "添加文字“我们成功了”"
    assert proposed(s.AddTitle(text="we made it"), "en") == "add the title “we made it”"


@pytest.mark.parametrize("text", [
    "cut everything after 1:00 but not the good stuff",
    "remove 0:10 to 0:20 except the bit with grandma",
    "delete from 1:00 to the end but not the ending song part",
])
def test_a_question_about_an_unread_keep_proposes_the_cut(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops, plan
    assert plan.question.startswith("I'd remove "), plan.question
    assert not re.search(_CLAIMED_EN, plan.question), plan.question


@pytest.mark.parametrize("text, clips", [
    ("把第二段变成黑白", ("clip.mp4", "b.mp4")),
    ("make the second clip black and white", ("clip.mp4", "b.mp4")),
    ("mute clip 2", ("clip.mp4", "b.mp4")),
])
def test_a_whole_video_question_proposes_the_edit(text: str, clips: tuple[str, ...]) -> None:
    plan = _plan(text, clips)
    assert plan.question and not plan.ops, plan
    assert not re.search(_CLAIMED_ZH if _zh(text) else _CLAIMED_EN, plan.question), plan.question


# --- words that say again what the reading does --------------------------------------------------------

@pytest.mark.parametrize("text, clips", [
    # how often a copied clip plays, said beside the copy
    ("duplicate the first clip, i want the reveal twice", ("clip.mp4",)),
    ("duplicate clip 2, i want the chorus to play twice", ("clip.mp4", "b.mp4", "c.mp4")),
    ("copy clip 3 one more time", ("clip.mp4", "b.mp4", "c.mp4")),
    ("duplicate the last clip so the ending plays twice", ("clip.mp4", "b.mp4")),
    # where the thing acted on is, said by the reading
    ("put the title 'Chapter One' at the very beginning", ("clip.mp4",)),
    ("remove the title at the start, leave the video itself alone", ("clip.mp4",)),
    # the timeline made again from the clips named
    ("start over with c.mp4 then b.mp4", ("clip.mp4",)),
    ("start again with b.mp4 then c.mp4, ditch my original clip", ("clip.mp4",)),
])
def test_words_the_reading_says_again_are_not_named(text: str, clips: tuple[str, ...]) -> None:
    plan = _plan(text, clips)
    assert plan.ops and not plan.question, plan
    assert not [n for n in plan.notes if n.startswith(("I didn't understand", "这部分我没看懂"))], plan.notes


@pytest.mark.parametrize("text, clips, named", [
    # an edit said beside the copy is still named when it is not done
    ("duplicate clip 2, i want the reveal twice and the title should start later", ("clip.mp4", "b.mp4"),
     "start"),
    # "start" said of something no reading places stays named
    ("remove the title at the start, the music should start at 0:05", ("clip.mp4",), "start at 5s"),
    ("start over with c.mp4 then b.mp4, and make the intro sparkle", ("clip.mp4",), "intro"),
])
def test_real_leftovers_beside_restated_words_stay_named(text: str, clips: tuple[str, ...],
                                                          named: str) -> None:
    plan = _plan(text, clips)
    notes = " ".join(n for n in plan.notes if n.startswith(("I didn't understand", "这部分我没看懂")))
    assert named in notes, plan


@pytest.mark.parametrize("text", [
    "delete the watermark text i added and keep the logo",
    "take the watermark words off and keep my logo",
    "把水印文字删掉，logo保留",
])
def test_the_watermark_said_to_be_text_is_the_text_removed(text: str) -> None:
    plan = _plan(text)
    assert [op.model_dump() for op in plan.ops] == [{"op": "remove_text", "track": "text"}], plan
    assert not _unread(text), plan.notes


def test_a_watermark_image_still_named_beside_removed_text() -> None:
    # a watermark not said to be text, left undone, is still named: "the tiktok watermark" is refused
    plan = _plan("remove the watermark text and the tiktok watermark")
    assert plan.refusal or _unread("remove the watermark text and the tiktok watermark"), plan


@pytest.mark.parametrize("text", [
    "cut the engine noise volume down to 20%",
    "lower the crowd noise volume to 50%",
    "drop the generator hum volume to 30%",
])
def test_the_sound_named_by_what_makes_it_is_the_sound_whose_level_is_set(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.SetVolume], plan
    assert not _unread(text), plan.notes


def test_an_edit_beside_the_noise_level_is_still_named() -> None:
    assert "start" in _unread("lower the crowd noise volume to 50%, the title should start later")


@pytest.mark.parametrize("text", [
    "etsy listing videos have to be 5 to 15 seconds and mine is a minute. just keep the first 15",
    "1分钟太长了，做成20秒的",
    "用加速把60秒变成20秒",
    "delete 1m5s... wait the vid is 60s. delete 0:50 to 0:55",
    "my video is a minute now, trim 5 seconds off the start",
])
def test_the_videos_length_now_told_beside_the_edit_is_not_named(text: str) -> None:
    assert not _unread(text)


def test_an_amount_equal_to_the_length_asked_for_is_still_named() -> None:
    # the sample clip is 60 s long: 60 s of silence asked to be added is an edit left undone
    assert "60s of silence" in _unread("mine is a minute, keep the first 15 and then add 60s of silence")


@pytest.mark.parametrize("text", [
    "kill the music but NOT my voice",
    "cut the noise not the talking lol - theres a fan in the background",
    "remove background noise (not the talking lol)",
    "clean up the hum but not my voice",
])
def test_the_sound_spared_by_a_sound_edit_is_not_named(text: str) -> None:
    assert not _unread(text)


def test_an_edit_beside_the_sound_spared_is_still_named() -> None:
    assert "speed the intro up" in _unread("mute the music but not the voice, then speed the intro up")
