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


@pytest.mark.parametrize(("text", "yes"), [
    ("can you go faster than 2x? i read atempo only does 0.5 to 2", True), ("can it go beyond 2x?", True),
    ("could you slow it down below 0.5x?", True), ("可以超过2倍速吗", True), ("速度能低于0.5倍吗", True),
    ("can you go faster than 4x?", False), ("can it go beyond 8x?", False),
    ("can it go slower than 0.25x?", False),
    ("可以超过5倍吗", False)])
def test_whether_a_speed_limit_can_be_passed_is_answered_with_the_real_limit(text: str, yes: bool) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal
    # the engine chains atempo (render/audio.atempo_chain): 0.25x to 4x
    assert plan.answer and plan.answer.startswith(("Yes", "可以") if yes else ("No", "不行"))


@pytest.mark.parametrize(("text", "factor"), [("can you go faster, 2x?", 2.0), ("能不能加速2倍", 2.0),
                                              ("can you speed it up 3x?", 3.0)])
def test_a_speed_asked_for_politely_is_set(text: str, factor: float) -> None:
    assert _ops(text) == [{"op": "speed", "factor": factor, "index": None}]


@pytest.mark.parametrize("text", ["剪映识别字幕准确率到底有多高？我说话带点口音", "识别字幕准确率有多高",
                                  "自动字幕有多准？我说四川话", "字幕识别能有多准确"])
def test_how_much_of_a_quality_is_asked(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and plan.answer


@pytest.mark.parametrize("text", ["导出用1080p还是4K，手机拍的", "导出用720P还是1080P", "用MP4还是MOV导出",
                                  "竖屏发抖音用1080P还是4K好"])
def test_a_choice_between_export_values_in_capitals_is_asked(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and plan.answer


def test_one_export_value_in_capitals_is_the_export() -> None:
    plan = _plan("导出1080P")
    assert plan.export == {"format": "mp4", "resolution": "1080p"} and not plan.answer


@pytest.mark.parametrize(("text", "language"), [("把字幕改成英文", "en"), ("字幕换成英文的", "en"),
                                              ("字幕改成粤语吧", "yue"), ("字幕改成中文", "zh")])
def test_subtitles_changed_to_a_language_are_subtitles_in_it(text: str, language: str) -> None:
    assert _ops(text) == [{"op": "add_subtitles", "language": language}]


def test_subtitles_changed_to_words_show_the_words() -> None:
    assert next(o for o in _ops("把字幕改成：欢迎光临") if o["op"] == "add_text")["text"] == "欢迎光临"


@pytest.mark.parametrize("text", ["剪映识别字幕准确率到底有多高？我说话带点口音",
                                  "is capcut accurate with accents?"])
def test_another_tools_subtitle_accuracy_is_answered_with_this_ones(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.answer and "Whisper" in plan.answer
