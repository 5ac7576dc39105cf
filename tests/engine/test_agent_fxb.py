"""Session 33 (fxb) classes:
- the music said not to be changed (音乐不要换) is no removal and no swap; a level said with it is that level;
- "clip" listed by its bare name with another clip (clip和c) is clip.mp4, joined with it;
- a still's length said right after its file (插一张photo1.jpg 5秒) is how long it shows;
- a whole-video change said of one clip by its bare letter (b那段静音, b这个片段调亮, b静音) is asked
  about, as "mute clip b" is;
- a GIF of a clip named by its place (第二段) takes that clip's times;
- a cut, a space, then an addition with its place said first (先剪掉前2秒 结尾加字幕「完」) are two edits;
- two clips on the timeline named in the order to play (先放c.mp4，再放b.mp4) are reordered, never added
  again;
- a boxed style said in a clause of its own (，要有背景框 / 加个黑色底框) is boxed, the colour the box's.
"""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan
from vidai_nb.engine.agent import Plan
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg")]


def _plan(text: str, music: bool = False, clips3: bool = False) -> Plan:
    return plan(text, music, clips3, UPLOADS)


@pytest.mark.parametrize(("text", "music"), [
    ("音乐不要换", True),
    ("背景音乐不要换", True),
    ("背景音乐不要替换", True),
    ("音乐不要换", False),
])
def test_music_said_not_to_change_is_left_alone(text: str, music: bool) -> None:
    plan = _plan(text, music=music)
    assert plan.ops == [] and not plan.question and not plan.refusal


@pytest.mark.parametrize(("text", "volume"), [
    ("音乐不要换，把音量调小一点", 0.175),
    ("音乐别换，调小一点", 0.175),
    ("音乐不用换了，音量调到20%", 0.2),
])
def test_music_kept_with_a_level_is_only_that_level(text: str, volume: float) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.track, op.volume) for op in plan.ops] == [(s.SetVolume, "bgm", volume)]
    assert not plan.notes


@pytest.mark.parametrize(("text", "ids"), [
    ("clip和c拼到一块儿", ["clip.mp4", "c.mp4"]),
    ("c和clip拼到一起", ["c.mp4", "clip.mp4"]),
    ("把clip、c两个拼到一块儿", ["clip.mp4", "c.mp4"]),
    ("join clip and c", ["clip.mp4", "c.mp4"]),
    ("把b、c两个拼到一块儿", ["b.mp4", "c.mp4"]),
])
def test_clip_listed_by_its_bare_name_is_joined(text: str, ids: list[str]) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.media_ids) for op in plan.ops] == [(s.Concat, ids)]


@pytest.mark.parametrize(("text", "at", "ms"), [
    ("开头插一张photo1.jpg 5秒", "start", 5000),
    ("开头插一张photo1.jpg，放5秒", "start", 5000),
    ("开头插入photo1.jpg 停留2秒", "start", 2000),
    ("结尾插一张photo1.jpg 4秒", "end", 4000),
])
def test_still_length_said_after_its_file(text: str, at: str, ms: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.media_ids, op.at, op.image_ms) for op in plan.ops] == \
        [(s.AddClips, ["photo1.jpg"], at, ms)]


@pytest.mark.parametrize("text", [
    "b那段静音",
    "b这个片段调亮一点",
    "c那段变成黑白",
    "b这段调亮",
    "b静音",
    "mute clip b",
])
def test_whole_video_change_for_one_clip_by_letter_is_asked(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.ops == [] and plan.question is not None
    assert "整个视频" in plan.question or "whole video" in plan.question


def test_clip_by_letter_before_its_part_still_takes_a_speed() -> None:
    plan = _plan("b那段调成0.5倍速", clips3=True)
    assert [(type(op), op.factor, op.index) for op in plan.ops] == [(s.Speed, 0.5, 2)]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("把b那段做成gif", 60000, 90000),
    ("把第二段做成gif", 60000, 90000),
    ("第3段导出成gif", 90000, 110000),
    ("make a gif of the second clip", 60000, 90000),
])
def test_gif_of_a_clip_by_letter_or_place(text: str, start: int, end: int) -> None:
    plan = _plan(text, clips3=True)
    assert plan.export == {"format": "gif", "start_ms": start, "end_ms": end}


@pytest.mark.parametrize(("text", "said"), [
    ("先剪掉前2秒 最后结尾加个字幕「完」", "完"),
    ("先剪掉前2秒 结尾加字幕「完」", "完"),
    ("剪掉前2秒 最后在结尾加上文字「谢谢观看」", "谢谢观看"),
])
def test_cut_then_space_then_text_at_the_end(text: str, said: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Trim, s.AddText]
    assert plan.ops[0].head_ms == 2000
    alone = _plan(f"结尾加字幕「{said}」").ops[0]
    text_op = plan.ops[1]
    assert (text_op.text, text_op.start_ms, text_op.end_ms) == (said, alone.start_ms, alone.end_ms)


@pytest.mark.parametrize(("text", "order"), [
    ("先放c.mp4，再放b.mp4", [3, 2, 1]),
    ("先c.mp4再b.mp4", [3, 2, 1]),
    ("先放c再放b", [3, 2, 1]),
    ("first c.mp4 then b.mp4", [3, 2, 1]),
    ("先放b.mp4，然后c.mp4", [2, 3, 1]),
])
def test_clips_there_named_in_order_are_reordered(text: str, order: list[int]) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.order) for op in plan.ops] == [(s.Reorder, order)]


@pytest.mark.parametrize("text", [
    "加一行字「限时优惠」，要带底框的",
    "加文字「限时优惠」，要有背景框",
    "加一行字「限时优惠」，加个黑色底框",
    "add the text 'SALE', with a black box behind it",
])
def test_boxed_said_after_a_comma_is_boxed_in_the_letters_colour(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.style, op.color) for op in plan.ops] == [(s.AddText, "boxed", "#FFFFFF")]
    assert not plan.notes
