"""Classes fixed from holdout37 (session 28, helper h37a): questions and refusals - what happened while
filming said as the reason for an edit, speech dubbed into another language, what an effect will do to the
result asked."""

from __future__ import annotations

import pytest

from tests.engine.test_agent_h34f import _ops, _plan


@pytest.mark.parametrize(("text", "start", "end"), [
    ("cut 0:03-0:15 from the vet video, the dog was misbehaving", 3000, 15000),
    ("delete 0:10 to 0:20, my cat kept jumping on the table", 10000, 20000),
    ("cut 0:05-0:09, it started to rain", 5000, 9000),
    ("cut 0:20 to 0:30, the fireworks went off late", 20000, 30000),
    ("remove 0:40-0:45 because the puppy ran off", 40000, 45000)])
def test_what_happened_said_after_the_edit_is_its_reason(text: str, start: int, end: int) -> None:
    assert _ops(text) == [{"op": "remove_range", "start_ms": start, "end_ms": end}]


@pytest.mark.parametrize("text", ["add fireworks at the end, the crowd cheered", "make the dog fly"])
def test_imagery_asked_for_is_still_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["把视频里的普通话配成粤语", "把老师讲话换成英文", "这段四川话配成普通话",
                                  "make the vet speak spanish", "change the audio language to french",
                                  "dub it into german"])
def test_speech_into_another_language_is_refused_with_subtitles_offered(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question
    assert plan.refusal and ("subtitles" in plan.refusal or "字幕" in plan.refusal)


@pytest.mark.parametrize(("text", "language"), [("加粤语字幕", "yue"), ("add spanish subtitles", "es")])
def test_subtitles_in_a_language_are_done(text: str, language: str) -> None:
    assert _ops(text) == [{"op": "add_subtitles", "language": language}]


@pytest.mark.parametrize("text", [
    "will AI noise removal make my voice sound weird? recorded the training debrief next to a running engine",
    "will noise removal make my voice sound weird?", "would the denoiser make the singing sound robotic?",
    "can noise reduction ruin the audio?", "will the fan noise removal make the lecture sound thin?"])
def test_what_denoising_does_is_answered_truthfully(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal
    # the denoiser is a fixed spectral filter (afftdn), no AI model: the answer never claims one
    assert plan.answer and "not an AI model" in plan.answer


def test_a_polite_imperative_is_still_the_edit() -> None:
    assert _ops("could you make my voice louder?") == [{"op": "set_volume", "track": "main", "volume": 1.5}]
