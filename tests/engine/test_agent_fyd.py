"""Session fyd: a head kept beside a time "to the end" is two parts (never a range between them); a length
said after a platform's limit (or "for shorts") is the length cut to; 「A」删掉，换成「B」 without 把 replaces
the text; subtitles only judged ("字幕颜色丑死了") are asked about, never made; "the beat drop is at 0:31"
names a moment, never music added; the best plays of a game are the person's to pick; a colour change for a
scene named by what is in it is asked about; a video pulled from someone's link is refused; music "blasting
over my voice" is music too loud."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("keep the first 10 seconds and 0:40 to the end", 10000, 40000),
    ("keep the first 8 seconds and 0:45 to the end", 8000, 45000),
    ("keep the first 5 sec and from 0:30 till the end", 5000, 30000),
    ("only keep the first 12s and 0:50 to the very end", 12000, 50000),
    ("只要前10秒和40秒到结尾", 10000, 40000),
    ("保留前5秒和第30秒到最后", 5000, 30000),
])
def test_head_and_to_the_end_kept(text: str, head: int, tail: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.KeepRanges), plan.ops
    got = [(r.start_ms, r.end_ms) for r in plan.ops[0].ranges]
    assert got in ([(0, head), (tail, None)], [(0, head), (tail, 60000)]), got


@pytest.mark.parametrize(("text", "end"), [
    ("shorts have to be under a minute so get it down to 58 seconds", 58000),
    ("tiktok has to be under a minute so cut it to 55 seconds", 55000),
    ("shorts need to be under a minute, so cut it to 59 seconds", 59000),
    ("reels have to be under 90 seconds so trim it to 45s", 45000),
    ("短视频要在一分钟以内，所以剪到58秒", 58000),
    ("make it 59 s for shorts", 59000),
    ("make it 58 seconds for youtube shorts", 58000),
    ("make it 29s for reels", 29000),
    ("make it 15 sec for my tiktok", 15000),
])
def test_length_for_platform(text: str, end: int) -> None:
    plan = _plan(text)
    cuts = [op for op in plan.ops if isinstance(op, s.KeepRange)]
    assert len(cuts) == 1 and cuts[0].start_ms == 0 and cuts[0].end_ms == end, plan.ops
    assert not plan.question and not plan.refusal and not plan.answer


@pytest.mark.parametrize(("text", "music"), [
    ("put music.mp3 under my travel montage at 30%", 0.3),
    ("put music.mp3 under my cooking vlog at 20%", 0.2),
    ("lay music.mp3 under the whole wedding video at 25%", 0.25),
    ("把music.mp3放在我的旅行视频下面，音量30%", 0.3),
])
def test_music_under_a_named_video_keeps_its_level(text: str, music: float) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddMusic), plan.ops
    assert plan.ops[0].volume == music


@pytest.mark.parametrize(("text", "new"), [
    ("「样片」删掉，换成「限时特价」", "限时特价"),
    ("「样片」去掉，改成「限时特价」", "限时特价"),
    ("“原价99”不要了 换成“今天只要59”", "今天只要59"),
    ("画面上的「DEMO」删了，换成「正式版」", "正式版"),
    ("「样片」换成「限时特价」", "限时特价"),
])
def test_quoted_text_replaced_without_ba(text: str, new: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveText, s.AddText], plan.ops
    assert plan.ops[1].text == new


def test_correction_of_text_being_added_still_one_text() -> None:
    plan = _plan("加个标题「第一期」，改成「第二期」")
    assert [type(op) for op in plan.ops] == [s.AddTitle] and plan.ops[0].text == "第二期"


@pytest.mark.parametrize("text", [
    "字幕颜色丑死了",
    "字幕颜色太丑了",
    "字幕字体好丑",
    "字幕样式好土啊",
    "subtitle font looks awful",
    "the captions look awful",
])
def test_subtitles_judged_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


def test_subtitles_judged_after_undo_only_undo() -> None:
    plan = _plan("刚才那步撤了 字幕颜色丑死了")
    assert [type(op) for op in plan.ops] == [s.Undo] and not plan.question


@pytest.mark.parametrize(("text", "at"), [
    ("the beat drop is at 0:31, freeze it there", 31000),
    ("beat drop at 0:31 - freeze frame it", 31000),
    ("the bass drop is at 0:25, freeze it there", 25000),
    ("the drop is at 0:40, freeze frame it there", 40000),
    ("the beat drop hits at 0:18, freeze it there", 18000),
    ("freeze it at 0:31, that's where the beat drops", 31000),
    ("freeze at 0:20 thats where the beat drops", 20000),
])
def test_beat_drop_is_a_moment(text: str, at: int) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.FreezeFrame], plan.ops
    assert plan.ops[0].at_ms == at


@pytest.mark.parametrize("text", [
    "pull the best plays out of this vod into a montage",
    "make a montage of my sickest kills",
    "cut the best goals from this match into a reel",
])
def test_best_plays_asked(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "make the flashback scene black and white",
    "make the dream sequence black and white",
    "brighten the night scene",
])
def test_scene_colour_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "pull the meeting video from our granicus link and edit that one instead",
    "grab the recording from the vimeo link and cut the first minute",
    "download the footage from my google drive",
])
def test_pulled_from_a_link_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_music_blasting_over_voice() -> None:
    plan = _plan("the export came out with the music blasting over my voice, can you fix that", music=True)
    assert [(type(op), getattr(op, "track", None)) for op in plan.ops] == [(s.SetVolume, "bgm")]
    plan = _plan("the export came out with the music blasting over my voice, can you fix that")
    assert plan.answer and not plan.ops


def test_beat_drop_without_time_still_refused() -> None:
    plan = _plan("cut it where the beat drops")
    assert plan.refusal and not plan.ops
