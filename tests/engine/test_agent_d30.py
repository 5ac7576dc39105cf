"""Refusals and questions that used to apply something (session d30).

Picture edits on one thing in the picture or on its detail - sharpening, picture noise (`denoise` is the
audio's), stabilising, tracking a thing, text behind a person, one thing recoloured, a watermark that came
with downloaded footage - are refused with no side edit. A wrong word in the subtitles, or a name to show
that is not given, is asked. "crop the logo out" adds no logo. A term's meaning checked ("a j-cut means
..., right?") is answered from the glossary.
"""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import apply, parse_operation
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str, draft: dict | None = None) -> s.Plan:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, draft or sample_draft(["clip.mp4"], None))


def _refused_alone(text: str) -> str:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and plan.export is None and not plan.question, plan
    return plan.refusal


@pytest.mark.parametrize("text", [
    "make the stars sharper and get rid of the sensor noise in the picture",
    "get rid of the sensor noise in the picture",
    "the picture is grainy, clean up the noise in the video",
    "denoise the video, its really grainy",
    "remove the grain from the night shots",
    "sharpen the video a bit",
    "画面噪点太多了 帮我去一下",
    "视频降噪，画面全是噪点",
    "夜景的噪点能去掉吗",
    "把画面锐化一下",
])
def test_the_pictures_noise_or_sharpness_is_refused_and_no_audio_denoise_stands_in(text: str) -> None:
    reply = _refused_alone(text)
    assert "audio only" in reply or "只对声音" in reply


def test_a_sound_named_beside_the_picture_noise_keeps_its_denoise() -> None:
    plan = _plan("denoise the audio and the picture is grainy can you fix that too")
    assert [type(op) for op in plan.ops] == [s.Denoise] and plan.refusal


@pytest.mark.parametrize("text", ["remove the background noise", "去掉背景噪音", "denoise the audio"])
def test_sound_noise_is_still_denoised(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Denoise] and not plan.refusal


@pytest.mark.parametrize("text", [
    "stabilize this shaky footage", "smooth out the camera shake", "steady the footage please",
    "this footage is so shaky", "帮我把抖动的画面稳定一下", "画面太晃了 帮我处理一下",
    "视频有点晃，能稳定一下吗",
    "加个防抖",
])
def test_stabilising_is_refused_with_options(text: str) -> None:
    reply = _refused_alone(text)
    assert "0:12-0:15" in reply


def test_a_stabilise_wish_beside_an_edit_is_refused_and_the_edit_done() -> None:
    plan = _plan("stabilize it and cut the last 3 seconds")
    [op] = plan.ops
    assert isinstance(op, s.Trim) and op.tail_ms == 3000 and plan.refusal


@pytest.mark.parametrize(("text", "kind"), [
    ("cut 0:10 to 0:15, the camera shake is bad there", s.RemoveRange),
    ("the first 5 seconds are shaky, cut them", s.Trim),
    ("cut the shaky part at 0:10-0:12", s.RemoveRange),
])
def test_shake_said_as_the_reason_leaves_the_edit_alone(text: str, kind: type) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [kind] and not plan.refusal and not plan.question


@pytest.mark.parametrize("text", [
    "track the sea turtle with a circle as it swims", "track the skateboarder with an arrow",
    "motion track the text to the car", "make the text follow the dancer", "追踪画面里的小狗",
    "让文字跟着人走",
])
def test_tracking_a_thing_is_refused(text: str) -> None:
    _refused_alone(text)


@pytest.mark.parametrize("text", ["make it 9:16 and follow the speaker as he walks", "竖屏，跟踪人脸"])
def test_following_a_face_is_still_a_crop(text: str) -> None:
    plan = _plan(text)
    [op] = plan.ops
    assert isinstance(op, s.SetAspect) and op.fit == "face" and not plan.refusal


@pytest.mark.parametrize("text", [
    "把抖音下载的视频水印去掉", "把快手上下载的视频水印去掉",
    "remove the watermark from the tiktok i downloaded",
    "get rid of the watermark on this downloaded reel",
])
def test_a_downloaded_watermark_is_refused_without_a_platform_preset(text: str) -> None:
    _refused_alone(text)


@pytest.mark.parametrize("text", [
    "put the text behind the person so it looks like they walk in front of it",
    "put the title behind me like the capcut text behind effect", "can you do the text behind effect",
    "把标题放在人物后面，做出人从字前面走过的效果", "文字被人挡住的那种效果",
])
def test_text_behind_a_person_is_refused(text: str) -> None:
    reply = _refused_alone(text)
    assert "segmentation" in reply or "人像分割" in reply


@pytest.mark.parametrize("text", ["把狗狗的毛色换成白色", "把猫的毛色改成橘色", "把猫的颜色改成黑色"])
def test_one_thing_recoloured_is_refused(text: str) -> None:
    _refused_alone(text)


@pytest.mark.parametrize("text", [
    "字幕那里改一下，有错字", "字幕有个错别字 改一下", "字幕写错了一个字",
    "there's a typo in the subtitles, fix it",
    "fix the typo in the captions", "the subtitles spelled her name wrong, can you fix that",
])
def test_a_wrong_word_in_the_subtitles_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and not plan.refusal
    assert "wrong" in plan.question or "错" in plan.question


@pytest.mark.parametrize("text", [
    "show my name on screen", "put my name at the bottom", "add my instagram handle at the end",
    "加上我的名字", "在开头显示我的名字",
])
def test_a_name_not_given_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


def test_a_name_given_is_shown() -> None:
    plan = _plan("put my name Jenny Park as a lower third")
    [op] = plan.ops
    assert isinstance(op, s.AddText) and op.text == "Jenny Park"


@pytest.mark.parametrize("text", ["crop just the logo out", "crop the watermark out", "把logo裁掉"])
def test_a_logo_cropped_out_adds_none(text: str) -> None:
    _refused_alone(text)


def test_a_logo_cropped_out_with_one_added_asks_which() -> None:
    logo = parse_operation({"op": "add_logo", "media_id": "logo.png"})
    draft = apply(sample_draft(["clip.mp4"], None), logo, SAMPLE_MEDIA)
    plan = _plan("crop the logo out", draft)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "said"), [
    ("so a j-cut means the sound comes first, right?", "J-cut"),
    ("is a j-cut when the audio starts early?", "J-cut"),
    ("so an l-cut is when the sound keeps going after the cut?", "L-cut"),
    ("j-cut就是声音先出来对吧", "J-cut"),
    ("J剪辑是不是指声音先进来？", "J-cut"),
])
def test_a_terms_meaning_checked_is_answered(text: str, said: str) -> None:
    plan = _plan(text)
    assert plan.answer and said in plan.answer and not plan.ops and not plan.question


def test_the_difference_of_two_terms_names_both() -> None:
    plan = _plan("whats the difference between a j cut and an l cut")
    assert plan.answer and "J-cut" in plan.answer and "L-cut" in plan.answer


def test_typos_said_as_why_the_subtitles_go_leave_the_removal() -> None:
    for text in ("把字幕删了，识别得全是错别字", "remove the subtitles, they're full of typos"):
        plan = _plan(text)
        [op] = plan.ops
        assert isinstance(op, s.RemoveText) and op.track == "subtitle" and not plan.question


def test_a_smoother_look_from_a_transition_is_no_stabilising() -> None:
    plan = _plan("can you add a transition to make it look smoother")
    assert not plan.refusal
