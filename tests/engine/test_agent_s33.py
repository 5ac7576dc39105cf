"""Session 33 (own fixes): a Chinese start said with another edit ("从第10秒开始加音乐",
"音量调到50% 从第5秒开始") is that edit's start, never a cut of the opening; clip.mp4 called "clip" beside
a mute (clip那段静音) is that clip, asked about like any one-clip mute, never "clip the silences"; "the
other few" said to go beside a named clip (就用b.mp4 其他几段都去掉) keeps the named clip and is no
question about how many clips there are."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text,kind", [
    ("从第10秒开始加音乐", s.AddMusic),
    ("从第5秒开始显示字幕", s.AddSubtitles),
    ("从第5秒开始音量调到50%", s.SetVolume),
    ("音量调到50% 从第5秒开始", s.SetVolume),
])
def test_a_start_said_with_another_edit_cuts_nothing(text: str, kind: type) -> None:
    plan = _plan(text)
    assert not any(isinstance(op, s.Trim | s.KeepRange | s.RemoveRange) for op in plan.ops)
    assert any(isinstance(op, kind) for op in plan.ops)


@pytest.mark.parametrize("text,head", [
    ("从第5秒开始", 5000),
    ("视频从第5秒开始播放", 5000),
    ("加字幕，视频从第5秒开始", 5000),
    ("音量调到50%，从第5秒开始剪", 5000),
])
def test_the_video_said_to_start_later_still_trims(text: str, head: int) -> None:
    plan = _plan(text)
    assert [op.head_ms for op in plan.ops if isinstance(op, s.Trim)] == [head]


@pytest.mark.parametrize("text", ["clip那段静音", "clip这段静音", "clip的声音静音", "clip那段调成黑白"])
def test_clip_named_by_its_stem_is_one_clip_asked_about(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.ops == [] and plan.question and "整个视频" in plan.question


def test_clip_muted_when_it_is_the_whole_video() -> None:
    assert [type(op) for op in _plan("clip的声音静音").ops] == [s.Mute]


@pytest.mark.parametrize("text,span", [
    ("就用b.mp4 其他几段都去掉", (60000, 90000)),
    ("就留c.mp4 其他的删掉", (90000, 110000)),
    ("保留b.mp4 别的都去掉", (60000, 90000)),
])
def test_the_named_clip_kept_when_the_others_go(text: str, span: tuple[int, int]) -> None:
    plan = _plan(text, clips3=True)
    assert not plan.question and not getattr(plan, "answer", None)
    assert [(op.start_ms, op.end_ms) for op in plan.ops if isinstance(op, s.KeepRange)] == [span]


def test_how_many_clips_is_still_answered() -> None:
    plan = _plan("一共几段？", clips3=True)
    assert plan.ops == [] and plan.answer and "3" in plan.answer


@pytest.mark.parametrize("text", ["c不要删", "不要删掉b", "b不用删", "c.mp4不要删", "c别删"])
def test_a_clip_said_not_to_go_stays(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.ops == [] and not plan.question


@pytest.mark.parametrize("text,move", [
    ("c别删 挪到最前面", (3, 1)),
    ("c不要删 放到最前面", (3, 1)),
    ("b别删了，放最后", (2, 3)),
])
def test_a_clip_kept_then_moved_is_only_moved(text: str, move: tuple[int, int]) -> None:
    plan = _plan(text, clips3=True)
    assert [(op.index, op.to_index) for op in plan.ops] == [move]
    assert all(isinstance(op, s.MoveSegment) for op in plan.ops)


def test_one_clip_kept_and_another_deleted() -> None:
    plan = _plan("b不要删，把c删了", clips3=True)
    assert [(type(op), op.index) for op in plan.ops] == [(s.DeleteSegment, 3)]


@pytest.mark.parametrize("text", ["is it possible to get a gif out of this for my slides?",
                                  "is it possible to make a thumbnail?",
                                  "would it be possible to export gifs?"])
def test_whether_an_output_is_possible_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.export is None and plan.answer


def test_a_possible_gif_of_a_part_is_made() -> None:
    plan = _plan("is it possible to get a gif of the last 3 seconds?")
    assert plan.export == {"format": "gif", "start_ms": 57000, "end_ms": None}
