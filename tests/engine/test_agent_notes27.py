"""A reply says "I didn't understand …" only of words that really carried an edit left undone: a reason told
beside the edit, a purpose after "so …" and a time said again are accounted for, not named."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import MediaRef
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


def uploads(row: dict[str, str]) -> list[MediaRef]:
    """The clip on the timeline, the music, logo and photos every request may use, and b.mp4 when named."""
    names = {"clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg"}
    return [m for k, m in SAMPLE_MEDIA.items() if k in names or k in row["text"]]


def _unread(text: str) -> str:
    plan = parse(text, "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en",
                 uploads({"text": text}), sample_draft(["clip.mp4"], None))
    assert plan.ops or plan.export or plan.question, plan
    return " ".join(n for n in plan.notes if n.startswith(("I didn't understand", "这部分我没看懂")))


@pytest.mark.parametrize("text", [
    # a reason told, with its own subject and a verb that is no order
    "cut 0:12 to 0:15, the dog barks there",
    "turn the denoise off, it makes the music sound muffled",
    "remove my filler words, i say like every other word",
    "undo that, the title looked bad",
    "trim the first 3 seconds, my sister asked me not to post that part",
    "make it 9:16, its a 45 sec clip",
    # a purpose after "so …"
    "slow it down to half speed so students can follow the steps",
    "cap it at 720p so it uploads faster",
    "mirror it so the writing on the sign reads right",
    # a time said again that the reading holds
    "剪成20秒 就20秒",
    "stop the video at 0:40, the show ends at 0:40",
])
def test_a_reason_a_purpose_or_a_time_said_again_is_not_named_as_not_understood(text: str) -> None:
    assert _unread(text) == ""


@pytest.mark.parametrize(("text", "word"), [
    ("cut 0:40 to 0:44, the title should be red", "red"),           # asked with "should": an order
    ("make it 9:16 and mute the music, also the sky purple", "purple"),
    ("cut 0:40 to 0:44 so it's 30 seconds", "30"),                  # a time in the purpose, not held
    ("mute the music so the sky is purple", "purple"),              # a colour is an edit, never a purpose
])
def test_words_that_carry_an_undone_edit_are_still_named(text: str, word: str) -> None:
    assert word in _unread(text)


@pytest.mark.parametrize("text", [
    # a count of the things named, with what they are or pointing back at them
    "put a dissolve between the 3 beach clips",
    "make a slideshow of the two wedding photos, 4 seconds each",
    "add crossfades between all 4",
    # words that say what the reading does: the sound turned up, the logo's size, what the inset is
    "turn the camera audio up to 150%",
    "put logo.png top right, a bit smaller, like 10% of the width",
    "put b.mp4 in the top left corner picture in picture, its my webcam",
    "burn the captions into the video",
])
def test_a_count_or_a_word_restating_the_reading_is_not_named(text: str) -> None:
    assert _unread(text) == ""


@pytest.mark.parametrize("text", ["speed up the dull bit in the middle", "slow down the ending part"])
def test_where_the_part_asked_about_is_is_not_named_beside_the_question(text: str) -> None:
    plan = parse(text, "en", uploads({"text": text}), sample_draft(["clip.mp4"], None))
    assert plan.question and not plan.ops
    assert _unread(text) == ""


def test_the_burned_in_subtitles_asked_away_are_still_named() -> None:
    # taking burned-in subtitles off the picture is not done by making a file of them
    assert "burned" in _unread("get rid of the burned in subtitles, i want an srt file instead")


@pytest.mark.parametrize("text", [
    # why the last change is taken back, told beside the undo
    "撤回上一步 字幕挡住了脸",
    "撤销上一步，刚才那个转场太难看了",
    "whoops go back, undo that",
    # what the video is for, said after the edit
    "add crossfades between the clips for the wedding slideshow",
    "normalize the audio for the school upload",
    "make it black and white for my grandpa's 90th",
])
def test_why_an_undo_or_what_the_video_is_for_is_not_named(text: str) -> None:
    assert _unread(text) == ""


@pytest.mark.parametrize(("text", "word"), [
    ("撤销上一步 再加个标题", "标题"),                     # an order beside the undo, not a reason
    ("undo that, the sky should be purple", "purple"),
])
def test_an_order_or_a_place_beside_them_is_still_named(text: str, word: str) -> None:
    assert word in _unread(text)
