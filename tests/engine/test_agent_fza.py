"""fza (issue 9): a question about what the editor can do is answered, not carried out - a kind of
output asked of "it" ("can it spit out an srt file?"), the subtitles' language asked of them ("can the
subtitles come out in spanish?"), a format made with 能…吗 and no part or 帮我 ("这个能做成动图发微信群吗");
what cannot be done is refused - music played in the recorded scene taken out with the voices kept ("take
the DJ music out of the vows audio"), something worn put on a face or a pet ("给猫脸上加个墨镜 要跟着它动
的那种"); and the person's own plan to upload ("我要传到学校的平台上") is what the edit is for, not an
upload asked of me."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

ANSWERED = [
    "can it spit out an srt file for the interview recordings?",
    "can it give me an srt file for the lecture recordings?",
    "could it export subtitles as a vtt file? our LMS wants one",
    "can it turn videos into gifs for my blog?",
    "is it possible to get an srt file out of it for the webinar series?",
    "can it output a separate caption file for the training videos?",
    "can it spit out gifs? want a few for the team slack",
    "can the subtitles come out in spanish? half my class are ESL",
    "can the captions come out in french? some of my viewers are in quebec",
    "can the subtitles be in german? my grandparents don't speak english",
    "字幕可以做成日语的吗 客户是日本人",
    "这个能做成动图发微信群吗",
    "这个能做成gif发朋友圈吗",
    "这个可以转成动图放公众号吗",
    "能导出srt字幕文件吗",
    "这个能出vtt字幕文件不 网课平台要用",
    "你这个能导出srt字幕文件不？我想传b站当外挂字幕",
]


@pytest.mark.parametrize("text", ANSWERED)
def test_capability_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None
    assert not plan.question and not plan.refusal


@pytest.mark.parametrize(("text", "words"), [
    ("can it spit out an srt file for the interview recordings?", "save an srt"),
    ("could it export subtitles as a vtt file? our LMS wants one", "save a vtt"),
    ("这个能出vtt字幕文件不 网课平台要用", "导出vtt"),
    ("这个能做成动图发微信群吗", "动图"),
])
def test_answer_says_yes_and_how(text: str, words: str) -> None:
    answer = _plan(text).answer or ""
    assert answer.startswith(("Yes", "可以")) and words in answer


@pytest.mark.parametrize("text", ["can the subtitles come out in spanish? half my class are ESL",
                                  "字幕可以做成日语的吗 客户是日本人"])
def test_language_answered_as_transcribed(text: str) -> None:
    answer = _plan(text).answer or ""
    assert "not translated" in answer or "不翻译" in answer


# polite requests and questions that name a part are still done
DONE: list[tuple[str, str | None, dict[str, Any]]] = [
    ("can you put spanish subtitles on it?", "add_subtitles", {"language": "es"}),
    ("能帮我导出srt字幕文件吗", "add_subtitles", {"burn": False, "sidecar": "srt"}),
    ("can you add subtitles?", "add_subtitles", {}),
    ("可以给视频加个字幕吗", "add_subtitles", {}),
    ("can it be 20 seconds long?", "keep_range", {"end_ms": 20000}),
    ("这个能做成动图吗 要前3秒", None, {"format": "gif", "start_ms": 0, "end_ms": 3000}),
    ("can it export a gif of the first 3 seconds?", None, {"format": "gif", "start_ms": 0, "end_ms": 3000}),
]


@pytest.mark.parametrize(("text", "op", "fields"), DONE)
def test_requests_still_done(text: str, op: str | None, fields: dict[str, Any]) -> None:
    plan = _plan(text)
    assert not plan.answer and not plan.question and not plan.refusal
    if op is None:
        assert not plan.ops and plan.export is not None
        for k, v in fields.items():
            assert plan.export[k] == v, (k, plan.export)
        return
    assert [o.op for o in plan.ops] == [op]
    got = plan.ops[0].model_dump()
    for k, v in fields.items():
        assert got[k] == v, (k, got)


@pytest.mark.parametrize("text", [
    "take the DJ music out of the vows audio but keep the voices",
    "take the band music out of the reception audio but keep the speeches",
    "remove the DJ's music from the ceremony recording, i only want the vows",
    "get the live music out of the toast audio and keep the talking",
    "strip the background song out of the interview audio, keep our voices",
    "把婚礼录音里DJ放的音乐去掉 只留说话的声音",
])
def test_music_in_the_recording_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and plan.export is None
    assert "music" in plan.refusal or "音乐" in plan.refusal


@pytest.mark.parametrize("text", ["take the music out of the video but keep the voices",
                                  "take the music out but keep my voice", "把背景音乐去掉，我的声音留着"])
def test_background_music_still_removed(text: str) -> None:
    plan = _plan(text, music=True)
    assert [o.op for o in plan.ops] == ["remove_music"] and not plan.refusal


@pytest.mark.parametrize("text", [
    "给猫脸上加个墨镜 要跟着它动的那种",
    "put sunglasses on my dog's face that follow him around",
    "add a party hat on her head that moves with her",
    "stick a crown on the baby's head and make it track her",
    "给狗狗头上加个帽子 要跟着它动",
    "给宝宝脸上贴个腮红贴纸 跟着脸走的那种",
])
def test_worn_on_a_face_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question
    assert "AR" in plan.refusal


@pytest.mark.parametrize(("text", "fields"), [
    ("竖屏 跟着人脸走", {"ratio": "9:16", "fit": "face"}),
    ("make it 9:16 following the face", {"ratio": "9:16", "fit": "face"}),
])
def test_face_crop_not_refused(text: str, fields: dict[str, Any]) -> None:
    plan = _plan(text)
    assert not plan.refusal and [o.op for o in plan.ops] == ["set_aspect"]
    got = plan.ops[0].model_dump()
    for k, v in fields.items():
        assert got[k] == v, (k, got)


@pytest.mark.parametrize(("text", "op"), [
    ("加字幕 要srt文件 别烧进画面里 我要传到学校的平台上", "add_subtitles"),
    ("字幕单独导出srt 我要传到b站", "add_subtitles"),
    ("改成竖屏 我们要传到视频号", "set_aspect"),
    ("字幕单独导出srt 我打算传到课程平台", "add_subtitles"),
    ("剪掉前5秒 我要上传到学校平台", "trim"),
])
def test_own_upload_plan_not_refused(text: str, op: str) -> None:
    plan = _plan(text)
    assert not plan.refusal and [o.op for o in plan.ops] == [op]


def test_upload_asked_of_me_still_refused() -> None:
    plan = _plan("字幕单独导出srt 然后帮我传到b站")
    assert plan.refusal and [o.op for o in plan.ops] == ["add_subtitles"]
