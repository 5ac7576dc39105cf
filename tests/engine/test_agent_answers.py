"""Questions and advice (answers.py, glossary.py): recognised as questions and answered on their topic, in the
request's language, with the draft untouched."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.agent.answers import GENERIC, is_question
from vidai_nb.engine.agent.normalize import normalize
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh-CN" if zh else "en", MEDIA, sample_draft())


def answered(p: Plan) -> bool:
    return bool(p.answer) and not p.ops and p.export is None and not p.question and not p.refusal


@pytest.mark.parametrize(("text", "topic"), [
    # two options, then "which …" with any verb, no question mark
    ("mov or mp4 for uploading to youtube, which keeps more quality", "MP4"),
    ("mp4 or webm for my portfolio site, which plays on more browsers", "WebM"),
    ("720p or 1080p for instagram, which looks sharper", "1080p"),
    # two values of one setting either side of 还是
    ("导出720p还是1080p", "1080p"),
    ("用30帧还是60帧拍vlog", "30 帧"),
    ("旅行vlog用4:5还是9:16发小红书", "小红书"),
])
def test_a_choice_between_two_options_is_answered(text: str, topic: str) -> None:
    p = plan(text)
    assert answered(p) and p.answer not in GENERIC and topic in (p.answer or ""), p


@pytest.mark.parametrize("text", ["算了还是9:16吧", "改成9:16", "mp4 please, or mov if mp4 is too big"])
def test_one_option_named_is_still_an_edit(text: str) -> None:
    p = plan(text)
    assert not p.answer and (p.ops or p.export), p


@pytest.mark.parametrize(("text", "topic"), [
    # the value asked without "what", the doubt said after
    ("rough % for background music under someone talking? i never know", "10–20 %"),
    ("ballpark volume for bgm under a voiceover? never sure", "10–20 %"),
    ("rough length for a youtube intro, i never know", "intro"),
    ("背景音乐一般调到百分之多少啊 我总是拿不准", "10%–20%"),
    # a statement, then whether it holds more widely
    ("tiktok wants -14 lufs too or is that only a youtube thing", "−14 LUFS"),
    ("youtube needs captions too or is that only a tiktok thing", "captions"),
    ("抖音也是-14 LUFS吗 还是只有youtube这样", "−14 LUFS"),
])
def test_a_hedged_question_is_answered(text: str, topic: str) -> None:
    p = plan(text)
    assert answered(p) and topic in (p.answer or ""), p


@pytest.mark.parametrize(("text", "topic"), [
    ("can you explain how velocity edits work? everyone on skate tok does them", "speed ramp"),
    ("can you explain how speed ramps work?", "slow down 0:03-0:05"),
    ("how do j-cuts work?", "J-cut"),
    ("explain how ducking works pls", "Ducking"),
    ("曲线变速是怎么做的", "曲线变速"),
])
def test_explain_how_a_term_works_is_answered_from_the_glossary(text: str, topic: str) -> None:
    p = plan(text)
    assert answered(p) and topic in (p.answer or ""), p


@pytest.mark.parametrize(("text", "topic"), [
    ("添加配乐是不是都要付费啊 我做带货视频用的", "授权"),
    ("配乐要付费吗 做带货用", "授权"),
    ("封面选哪一帧比较吸引人 宠物店的", "截第5秒做封面"),
    ("which frame makes the best thumbnail for a cooking video?", "0:05"),
])
def test_paying_for_music_and_picking_a_cover_are_answered(text: str, topic: str) -> None:
    p = plan(text)
    assert answered(p) and topic in (p.answer or ""), p


def test_the_cover_answer_suggests_words_that_save_that_frame() -> None:
    assert plan("截第5秒做封面").export == {"format": "jpg", "at_ms": 5000}


def test_a_few_clips_named_before_an_edit_is_no_how_many_question() -> None:
    text = "几段素材换个顺序吧"
    assert not is_question(normalize(text).text, text)
    assert is_question(normalize("视频分成几段比较好？").text, "视频分成几段比较好？")
