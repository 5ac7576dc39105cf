"""Session 41 (f4): a feature of another editor, which place to post, subtitles with no speech and how to
film are answered with no edit; a quoted word that says how the video feels is never text to show; a
picture said to be a logo card is the clip itself; the look said before two texts is said of each; the
scene behind replaced is refused."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png", "photo2.jpg")]


def _plan(text: str):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize("text", [
    "can you do speed ramps like capcut's curve speed, fast-slow-fast inside one clip?",
    "能像剪映那样做曲线变速吗",
    "for our robotics reveal, youtube or youtube shorts? the video is like a minute of driving and shooting",
    "tiktok or reels for a bakery's 30 second clip?",
    "这条一分钟的机器人视频发B站还是抖音好？",
    "would subtitles even work if there's no talking, just birdsong and wind?",
    "没人说话只有鸟叫，加字幕还有用吗？",
    "filming the detailing bay — should we shoot vertical or horizontal if it goes on both reels and "
    "youtube?",
    "我们拍洗车店，横着拍还是竖着拍？要发视频号和B站",
])
def test_advice_answered_no_edit(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question and not plan.refusal


def test_other_editor_feature_says_what_cannot_be_done() -> None:
    plan = _plan("can you do speed ramps like capcut's curve speed?")
    assert plan.answer and "can't" in plan.answer and not plan.answer.startswith("Yes")


def test_no_speech_subtitles_answer() -> None:
    assert "speech" in (_plan("would subtitles even work if there's no talking?").answer or "")


@pytest.mark.parametrize("text", ['the pastor says the replay feels "off", just fix it',
                                  "the intro feels kinda 'slow' to me, sort it out",
                                  '结尾感觉"怪怪的"，帮我弄一下'])
def test_quoted_feeling_is_not_text(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question


def test_quoted_words_still_added_as_text() -> None:
    plan = _plan("add text that says the food is \"amazing\"")
    assert [op.text for op in plan.ops if isinstance(op, s.AddText)] == ["amazing"]


@pytest.mark.parametrize("text", ["add photo2.jpg at the start for 2 seconds, its our team logo card",
                                  "把photo2.jpg放到开头2秒，这是我们的logo页"])
def test_logo_card_is_the_clip(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.AddClips]


def test_look_said_of_each_text() -> None:
    plan = _plan("boxed text 'Before' from 0:00 to 0:05 and 'After' from 0:30 to 0:35")
    texts = [op for op in plan.ops if isinstance(op, s.AddText)]
    assert [t.text for t in texts] == ["Before", "After"] and all(t.style == "boxed" for t in texts)


@pytest.mark.parametrize("text", ["replace the garage background with a clean white studio",
                                  "swap out the office backdrop for a beach", "换掉后面的背景，要纯白的"])
def test_background_swap_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_background_music_swap_still_an_edit() -> None:
    plan = _plan("replace the background music with music.mp3")
    assert any(isinstance(op, s.AddMusic) for op in plan.ops)


@pytest.mark.parametrize("text", ["把口头禅全剪掉会不会听起来很不自然？", "把停顿全部剪掉会不会很突兀？"])
def test_what_an_edit_would_sound_like_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops


def test_asked_edit_with_side_worry_still_done() -> None:
    assert _plan("把口头禅全剪掉").ops


@pytest.mark.parametrize("text", ["去掉我刚加的logo", "把刚才加的台标去掉"])
def test_own_logo_by_when_added_is_removed(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveLogo] and not plan.refusal
