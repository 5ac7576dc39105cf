"""Session 33 (fxg): clip.mp4 named "clip" first in a list with 、 before a deletion is one of the clips that
go; a clip said to go, then the others joined, joins those; a GIF of the first / last seconds of one clip is
those seconds of that clip on the timeline; a mark placed in one clause and its file named in the next is one
logo at that place; a music level said bare beside subtitles is no text; whether a GIF can be made, asked
before a part is asked to be exported, makes that part a GIF; the music's fade-in said to start at a point is
asked about, never the picture's fade; the sound of one clip said to go is asked about, never the whole video
muted."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "gone"), [
    ("clip、c删掉", {1, 3}),
    ("把clip、b删掉", {1, 2}),
    ("c、clip都不要了", {1, 3}),
    ("clip、b都去掉", {1, 2}),
])
def test_clip_stem_listed_before_a_deletion_goes_too(text: str, gone: set[int]) -> None:
    plan = _plan(text, clips3=True)
    assert all(isinstance(op, s.DeleteSegment) for op in plan.ops)
    assert {op.index for op in plan.ops} == gone


@pytest.mark.parametrize(("text", "joined"), [
    ("b.mp4不要了 把c和clip拼到一起", ["c.mp4", "clip.mp4"]),
    ("clip.mp4不要了 把b和c拼到一起", ["b.mp4", "c.mp4"]),
    ("c不要了 把clip和b接起来", ["clip.mp4", "b.mp4"]),
])
def test_clip_dropped_then_others_joined(text: str, joined: list[str]) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.media_ids) for op in plan.ops] == [(s.Concat, joined)]


@pytest.mark.parametrize(("text", "span"), [
    ("把第二段的前3秒做成gif", (60000, 63000)),
    ("第三段的前5秒导出成gif", (90000, 95000)),
    ("把b那段的前2秒做成gif", (60000, 62000)),
    ("第二段最后3秒做成gif", (87000, 90000)),
])
def test_gif_of_the_first_seconds_of_one_clip(text: str, span: tuple[int, int]) -> None:
    plan = _plan(text, clips3=True)
    assert plan.export is not None and plan.export["format"] == "gif"
    assert (plan.export["start_ms"], plan.export["end_ms"]) == span


def test_gif_of_the_first_seconds_with_no_clip_named_is_the_video_start() -> None:
    plan = _plan("把前3秒做成gif", clips3=True)
    assert plan.export == {"format": "gif", "start_ms": 0, "end_ms": 3000}


@pytest.mark.parametrize(("text", "pos"), [
    ("左上角加个水印 用logo.png", "top-left"),
    ("右下角加水印 用logo.png", "bottom-right"),
    ("put a watermark in the top left, use logo.png", "top-left"),
])
def test_mark_placed_then_its_file_named_is_one_logo(text: str, pos: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.media_id, op.pos) for op in plan.ops] == [(s.AddLogo, "logo.png", pos)]


@pytest.mark.parametrize("text", ["加字幕 背景音乐音量30%", "加字幕 音乐30%"])
def test_music_level_said_bare_beside_subtitles_is_no_text(text: str) -> None:
    plan = _plan(text, music=True)
    assert [type(op) for op in plan.ops] == [s.AddSubtitles, s.SetVolume]
    assert plan.ops[1].volume == 0.3


def test_music_level_with_none_playing_adds_it_at_that_level() -> None:
    plan = _plan("加字幕 音乐调到30%")
    assert [type(op) for op in plan.ops] == [s.AddSubtitles, s.AddMusic]
    assert plan.ops[1].volume == 0.3 and "volume" in plan.ops[1].model_fields_set


@pytest.mark.parametrize(("text", "span"), [
    ("你能导出gif吗 帮我导出前3秒", (0, 3000)),
    ("可以导出gif吗？导出前3秒", (0, 3000)),
    ("能导出gif吗 导出0:05到0:08", (5000, 8000)),
    ("can you export a gif? export the first 3 seconds", (0, 3000)),
])
def test_gif_asked_about_then_a_part_exported_is_a_gif(text: str, span: tuple[int, int]) -> None:
    plan = _plan(text)
    assert plan.question is None and plan.export is not None
    assert (plan.export["format"], plan.export["start_ms"], plan.export["end_ms"]) == ("gif", *span)


def test_a_part_exported_with_no_gif_named_is_still_asked() -> None:
    assert _plan("导出前3秒").question is not None


@pytest.mark.parametrize(("text", "music"), [
    ("从第5秒开始音乐淡入", True),
    ("从第5秒开始音乐淡入", False),
    ("音乐从第5秒开始淡入", True),
    ("背景音乐从第4秒开始慢慢淡入", True),
])
def test_music_fade_in_from_a_point_is_asked(text: str, music: bool) -> None:
    plan = _plan(text, music=music)
    assert plan.question is not None and "音乐" in plan.question
    assert not any(isinstance(op, s.Fade) for op in plan.ops)


@pytest.mark.parametrize("text", ["第5秒音乐淡入", "fade the music in at 0:05"])
def test_music_fade_in_at_a_point_stays_its_length(text: str) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.fade_in_ms) for op in plan.ops] == [(s.FadeMusic, 5000)]


@pytest.mark.parametrize("text", ["b静音", "把b的声音关掉", "b那段不要声音", "把c的声音去掉", "c没声音了要"])
def test_sound_of_one_clip_is_asked_never_the_whole_video_muted(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question is not None
    assert not any(isinstance(op, s.Mute | s.DeleteSegment | s.Trim) for op in plan.ops)
