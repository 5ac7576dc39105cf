"""gag (issue 9): when to answer, ask or refuse - the speech of anyone named asked to be seen as text is the
transcript; a platform's length limit asked with a length said is answered (never the preset); the best
plays of a named game made into a montage ask which moments; one clip's sound level (with several clips,
or a clip uploaded but not on the timeline) is the whole track's, so asked; a fade "starting 0:35" far from
the end asks (never a 35 s fade); a part said to be there but not where ("中间有一段…", "there's a part
that drags") asks before speeding; tape damage in the picture (tracking lines, static) is refused, never a
denoise; text put behind a thing in the scene is refused; "the download" (the file they got) orders no
export."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import UPLOADS, plan
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA


@pytest.mark.parametrize("text", [
    "can i see the text of everything the mechanic says in the video",
    "could i get the words of what my guest said in the interview",
    "师傅在视频里说的每句话 能给我看看文字吗",
    "能把老师讲的内容用文字发我吗",
])
def test_transcript_shown(text: str) -> None:
    p = plan(text)
    assert p.answer and p.show == "transcript" and not p.ops and p.export is None


@pytest.mark.parametrize("text", [
    "put the text of everything he says on screen",
    "把他说的话用文字打在视频下面给我看看效果",
])
def test_words_on_the_picture_not_transcript(text: str) -> None:
    assert plan(text).show != "transcript"


@pytest.mark.parametrize("text", [
    "can youtube shorts be 3 minutes long now or is it still 60 sec",
    "can instagram reels be 3 min long now",
    "do tiktoks go up to 10 minutes or is it still 3",
])
def test_platform_length_answered(text: str) -> None:
    p = plan(text)
    assert p.answer and "limit" in p.answer and not p.ops and p.export is None


@pytest.mark.parametrize("text", [
    "make a montage of my best roblox plays",
    "compile my sickest fortnite kills into one video",
    "用我最燃的几个击杀做个混剪",
    "把我玩原神最秀的操作剪成一个集锦",
])
def test_best_plays_asked(text: str) -> None:
    p = plan(text, clips3=True)
    assert p.question and not p.ops and not p.refusal
    assert "0:05-0:10" in p.question


@pytest.mark.parametrize("text", [
    "turn down just the b clip audio",
    "lower the volume of the second clip only",
    "把第二段的声音调小",
])
def test_one_clip_volume_asked(text: str) -> None:
    p = plan(text, clips3=True)
    assert p.question and not p.ops


@pytest.mark.parametrize("text", ["turn down just the b.mp4 audio", "mute b.mp4", "把b.mp4的声音调小一点"])
def test_clip_not_on_timeline_asked(text: str) -> None:
    p = plan(text, uploads=[*UPLOADS, SAMPLE_MEDIA["b.mp4"]])
    assert p.question and "b.mp4" in p.question and not p.ops


def test_clip_added_then_muted_done() -> None:
    p = plan("add b.mp4 at the end and mute it", uploads=[*UPLOADS, SAMPLE_MEDIA["b.mp4"]])
    assert [o.op for o in p.ops] == ["add_clips", "mute"] and not p.question


def test_whole_volume_still_done() -> None:
    p = plan("turn the volume down", clips3=True)
    assert [type(o) for o in p.ops] == [s.SetVolume] and not p.question


@pytest.mark.parametrize("text", ["fade out starting 0:35", "fade out beginning 0:20", "淡出从0:35开始",
                                  "fade in starting 0:05"])
def test_fade_starting_far_from_the_end_asked(text: str) -> None:
    p = plan(text)
    assert p.question and not p.ops


def test_fade_starting_near_the_end_done() -> None:
    p = plan("fade to black starting 0:52")
    assert [o.model_dump().get("fade_out_ms") for o in p.ops] == [8000]


@pytest.mark.parametrize("text", ["中间有一段拖拖拉拉的 给它加个速", "后面有一段太慢了 快进一下",
                                  "there's a part in the middle that drags, speed it up",
                                  "one section drags a bit, can you speed that up"])
def test_part_not_named_asked(text: str) -> None:
    p = plan(text)
    assert p.question and not p.ops


def test_a_while_is_no_part() -> None:
    p = plan("有一段时间没剪了 帮我加速2倍")
    assert [o.op for o in p.ops] == ["speed"]


@pytest.mark.parametrize("text", ["get rid of the vhs tracking lines and the static",
                                  "remove the tracking lines from my camcorder footage",
                                  "clean up the static on this old vhs tape",
                                  "去掉录像带的雪花和条纹"])
def test_tape_damage_refused(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops and p.export is None
    assert "denoise" in p.refusal or "降噪" in p.refusal


@pytest.mark.parametrize("text", ["remove the static", "remove the tape hiss"])
def test_sound_static_still_denoised(text: str) -> None:
    p = plan(text)
    assert [o.op for o in p.ops] == ["denoise"] and not p.refusal


@pytest.mark.parametrize("text", ["make the title go behind the house like in those capcut edits",
                                  "put the words behind the tree so the branches cover them",
                                  "标题放到房子后面 像剪映那种"])
def test_text_behind_a_thing_refused(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops and not p.question


@pytest.mark.parametrize("text", ["remove the medal watermark in the corner, it came with the download",
                                  "the watermark came with my download, remove it",
                                  "水印是下载的时候带的 帮我去掉"])
def test_the_download_orders_no_export(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops and p.export is None


@pytest.mark.parametrize("text", ["cut the first 5 sec then download", "download"])
def test_download_said_as_a_verb_exports(text: str) -> None:
    assert plan(text).export is not None
