"""Answers, questions and refusals that must leave the draft alone: where the footage came from (a live
stream) is no broadcast asked of me; posting, a stream's chat and content made up with AI are refused with
what can be done instead; which parts matter is asked."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str) -> Plan:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    return parse(text, "zh-CN" if zh else "en", MEDIA, sample_draft())


def refused(p: Plan) -> bool:
    return bool(p.refusal) and not p.ops and p.export is None and not p.question


def asked(p: Plan) -> bool:
    return bool(p.question) and not p.ops and p.export is None and not p.refusal


@pytest.mark.parametrize(("text", "op"), [
    ("直播间风扇声太大了 降个噪", "denoise"),
    ("直播回放里有电流声，帮我降噪", "denoise"),
    ("这段直播切片加个字幕", "add_subtitles"),
    ("denoise my livestream recording, the fan is loud", "denoise"),
])
def test_a_live_stream_named_as_the_footage_is_no_broadcast(text: str, op: str) -> None:
    p = plan(text)
    assert not p.refusal and not p.question
    assert [o.op for o in p.ops] == [op]


@pytest.mark.parametrize("text", [
    "帮我直播", "剪好直接帮我发抖音", "弄好以后帮我发小红书", "livestream this",
    "livestream it to my youtube channel tonight", "post it directly to my tiktok account when you're done",
])
def test_a_broadcast_or_post_asked_of_me_is_refused(text: str) -> None:
    assert refused(plan(text))


def test_an_upload_to_a_channel_applies_no_platform_format() -> None:
    p = plan("upload this straight to our church youtube channel when its done")
    assert refused(p)
    # said with an edit, the edit stands next to the refusal
    p = plan("make it 9:16 and post it straight to tiktok")
    assert p.refusal and [o.op for o in p.ops] == ["set_aspect"]


@pytest.mark.parametrize("text", [
    "把直播间的弹幕也抓下来做成字幕", "把弹幕同步到视频里", "pull the twitch chat in as captions",
    "add the live chat messages on the side of the video",
])
def test_a_streams_chat_is_refused_with_what_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "字幕" in (p.refusal or "") or "subtitles" in (p.refusal or "")


@pytest.mark.parametrize("text", [
    "把直播里的重点片段截出来", "把录屏里的干货部分剪出来", "clip out the key moments from the stream",
    "just keep the important bits from the livestream",
])
def test_the_key_parts_are_asked_never_guessed(text: str) -> None:
    p = plan(text)
    assert asked(p)
    assert "0:05" in (p.question or "")


@pytest.mark.parametrize("text", [
    "make the kitchen look renovated with ai, new cabinets etc",
    "swap the grey sky for a blue one in the exterior shots",
    "virtually stage the empty living room with some furniture",
    "turn the living room into a scandinavian style with ai",
    "用AI给这套房子换个北欧装修风格", "把阴天换成蓝天", "空房间里加点虚拟家具",
])
def test_content_made_or_altered_by_ai_is_refused_with_what_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "colour" in (p.refusal or "") or "调色" in (p.refusal or "")


@pytest.mark.parametrize("text", [
    "make the guest sound like morgan freeman for a joke", "read the intro in my dads voice",
    "clone my voice and have it say the outro", "模仿周杰伦的声音唱一句", "让嘉宾的声音像周星驰一样",
])
def test_a_voice_imitated_is_refused_with_what_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "text" in (p.refusal or "") or "文字" in (p.refusal or "")


@pytest.mark.parametrize(("text", "op"), [
    ("add captions with ai", "add_subtitles"),
    ("clean up the audio with ai", "denoise"),
])
def test_an_edit_done_with_ai_that_exists_here_stays_an_edit(text: str, op: str) -> None:
    p = plan(text)
    assert not p.refusal and [o.op for o in p.ops] == [op]


def answered(p: Plan) -> bool:
    return bool(p.answer) and not p.ops and p.export is None and not p.question and not p.refusal


@pytest.mark.parametrize(("text", "topic"), [
    ("sorry dumb question whats LUFS and why -14", "LUFS"),
    ("sorry silly question - whats a j cut", "J-cut"),
    ("dumb q but why is my export so big", "1080p"),
    ("婚礼快剪一般剪几分钟合适", "3–5 分钟"),
    ("毕业旅行的快剪做几分钟合适", "分钟"),
])
def test_an_apology_before_a_question_or_a_length_in_minutes_is_answered(text: str, topic: str) -> None:
    p = plan(text)
    assert answered(p)
    assert topic in (p.answer or "")


@pytest.mark.parametrize("text", [
    "make it like those viral realtor reels", "make it look like those aesthetic cafe tiktoks",
    "剪得像那些探店抖音一样", "做成那种爆款美食抖音的感觉",
])
def test_other_peoples_videos_as_the_model_are_asked_not_reframed(text: str) -> None:
    assert asked(plan(text))


@pytest.mark.parametrize("text", ["make it 9:16 for reels", "做成抖音那种竖屏"])
def test_a_platform_named_for_its_frame_still_reframes(text: str) -> None:
    p = plan(text)
    assert not p.question and [o.op for o in p.ops] == ["platform"]


@pytest.mark.parametrize("text", ["zoom in on the good part", "zoom into the funny part please"])
def test_a_zoom_on_a_vague_part_is_refused_with_the_crop_instead(text: str) -> None:
    p = plan(text)
    assert refused(p)
    assert "crop" in (p.refusal or "")
