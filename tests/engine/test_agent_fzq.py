"""Session 37 (fzq): what is not an edit - a question to ask, a refusal, a reason or a story beside the edit
(never an edit of its own, never shown as text, never a search query)."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str, music: bool = False):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    draft = sample_draft(["clip.mp4"], "music.mp3" if music else None)
    return parse(text, "zh" if zh else "en", UPLOADS, draft)


@pytest.mark.parametrize("text", [
    "how can i shorten this? it drags at the start",
    "怎么剪短一点 太长了 家里老人看不完",
    "there's an error in the captions, pls fix",
    "字幕有个错误 帮我改一下",
])
def test_a_fault_or_how_to_with_nothing_said_of_how_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and not plan.refusal


@pytest.mark.parametrize("text", [
    "remove the power strip you can see under the desk",
    "get rid of the lamp in the background",
    "change the jacket the host is wearing to blue",
    "make the model's hoodie red",
    "把那件毛衣改成蓝色 看看效果",
    "把主播身上的外套换成黑色",
    "post it on my insta @sunny.bakes",
    "帮我发到抖音 @小鹿的日常",
])
def test_what_cannot_be_done_is_refused_with_nothing_else(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question


@pytest.mark.parametrize("text,kind", [
    ("压到720p 发家族群", s.Resolution),
    ("剪成15秒 传到小红书上宣传一下", s.KeepRange),
    ("加字幕 准备发朋友圈", s.AddSubtitles),
    ("add subtitles, im posting it on tiktok", s.AddSubtitles),
    ("加字幕 学生都能看懂", s.AddSubtitles),
    ("add captions, so my grandma can read them", s.AddSubtitles),
    ("剪掉0:20-0:25 我口误了", s.RemoveRange),
    ("去水印那个不用了 把logo.png加到右下角", s.AddLogo),
    ("the watermark removal, i dont want that. put logo.png bottom right", s.AddLogo),
])
def test_a_reason_or_plan_beside_the_edit_is_no_edit(text: str, kind: type) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [kind]
    assert not plan.refusal and not plan.question


@pytest.mark.parametrize("text", [
    "please don't speed it up, the last guy made it too fast and the students couldn't follow",
    "不要加速 之前那版太快了 大家都看不清",
])
def test_too_fast_to_follow_is_no_light_to_change(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.refusal


def test_a_story_of_old_videos_cuts_nothing() -> None:
    plan = _plan("baker here, i film every batch coming out of the oven. the first 2 minutes of my old "
                 "videos were always preheating so now i keep it short. just add music.mp3 at 25%")
    assert [type(op) for op in plan.ops] == [s.AddMusic] and not plan.refusal


@pytest.mark.parametrize("text,query,level", [
    ("音乐太大声 盖住我说话了 调到20% 再把我说地址那段删了", "地址", 0.2),
    ("the music is drowning me out, turn it down to 15% then cut the part where i talk about shipping",
     "shipping", 0.15),
])
def test_a_search_is_read_in_its_own_clause(text: str, query: str, level: float) -> None:
    plan = _plan(text, music=True)
    assert [type(op) for op in plan.ops] == [s.SetVolume, s.CutSentences] and not plan.question
    assert plan.ops[0].volume == level and plan.ops[1].query == query
