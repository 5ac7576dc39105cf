"""gaq (issue 9): answers, refusals, loudness standards and the music switched off - who is asking said
first ("podcast duo here - …"); a condition on a thing of the video, then whether viewers can do something;
the whole transcript asked to be seen; an unnamed piece made into a gif, asked; split screen is not
picture-in-picture (never "the same thing"); 关了 said of the music mutes it; "only the song should play"
adds no second music; a platform's loudness standard is a loudnorm target; "and afterwards" splits; a
person told apart by their clothes erased, or one thing on another recoloured, is refused."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

ANSWERED = [
    "podcast duo here - how long should a tiktok clip be to actually get views",
    "teacher here, how long should a youtube short be?",
    "quick q if the captions are burned in can ppl still turn them off",
    "if the captions are hardcoded, can people turn them off?",
    "can i see what we actually said in the episode as text? like the whole transcript",
    "能给我看完整的文字稿吗",
    "is it possible to turn a piece of this into a gif for the library newsletter?",
    "想问下画中画和分屏是一回事不 我们乐队想做个合奏的效果",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question and not plan.refusal and plan.export is None


def test_split_screen_is_not_pip() -> None:
    plan = _plan("画中画和分屏是一回事吗")
    assert plan.answer and "不完全一样" in plan.answer
    plan = _plan("is split screen the same as your picture in picture?")
    assert plan.answer and plan.answer.startswith("Not quite")


CASES: list[tuple[str, Ops, bool]] = [
    ("原声别静音 把背景音乐关了就行", [("mute", {"track": "bgm"})], True),
    ("关闭背景音乐", [("mute", {"track": "bgm"})], True),
    ("mute the original sound, only the song should play", [("mute", {"track": "main"})], True),
    ("mute the clip audio so just the song will play", [("mute", {"track": "main"})], True),
    ("Denoise the audio and afterwards bring the loudness to youtube standard",
     [("denoise", {}), ("loudnorm", {"target_lufs": -14.0})], False),
    ("normalize to podcast standard", [("loudnorm", {"target_lufs": -16.0})], False),
    ("响度按油管的标准来", [("loudnorm", {"target_lufs": -14.0})], False),
]


@pytest.mark.parametrize(("text", "ops", "with_music"), CASES)
def test_read(text: str, ops: Ops, with_music: bool) -> None:
    plan = _plan(text, clips3=with_music) if not with_music else _music3(text)
    assert_edits(plan, ops)


def _music3(text: str) -> Any:
    """The three clips with music.mp3 under them (the rows' own timeline)."""
    from vidai_nb.engine.agent import parse
    from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    media = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3")]
    return parse(text, lang, media, sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3"))


@pytest.mark.parametrize("text", [
    "remove the hiker in the red jacket from the shot",
    "erase the guy with the blue cap from the frame",
    "change the frosting on the cake to pink",
    "turn the roof of the barn to red",
])
def test_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_text_on_a_title_is_no_recolour_refusal() -> None:
    assert not _plan("change the text on the title to pink").refusal
