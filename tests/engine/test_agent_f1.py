"""Session 31 (f1): a share described beside a part said by its times is no part; 剪开 at a time is a split;
whether an edit would sound wrong, asked, is answered; a glitch or stutter in the footage, told, is no effect
asked and no speech cleanup."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize("text,start", [
    ("keep from 0:30 on, the first half is just setup", 30000),
    ("keep from 0:20 on, the first half is just setup", 20000),
    ("keep everything after 0:40, the first half is boring", 40000),
    ("保留0:30之后的，前一半都是铺垫", 30000),
])
def test_a_described_share_beside_a_keep_is_no_part(text: str, start: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.KeepRange)
    assert plan.ops[0].start_ms == start and plan.ops[0].end_ms is None


def test_a_described_share_beside_a_cut_is_not_cut() -> None:
    plan = _plan("cut 0:40 to 0:50, the first half is just setup")
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.RemoveRange)
    assert (plan.ops[0].start_ms, plan.ops[0].end_ms) == (40000, 50000)
    plan = _plan("删掉0:20之前的，前一半都是废话")
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim) and plan.ops[0].head_ms == 20000


def test_a_described_share_alone_is_the_part() -> None:
    plan = _plan("the first half is just setup, cut it")
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim) and plan.ops[0].head_ms == 30000


@pytest.mark.parametrize("text,at", [
    ("从00:00:12那里剪开", 12000), ("在0:25那里剪开", 25000), ("从第40秒这儿剪开", 40000),
    ("0:18剪开", 18000), ("在0:12处剪开", 12000),
])
def test_cut_open_at_a_time_is_a_split(text: str, at: int) -> None:
    plan = _plan(text)
    assert [type(o) for o in plan.ops] == [s.Split] and plan.ops[0].at_ms == at


@pytest.mark.parametrize("text", [
    "把口头禅全剪掉会不会听起来很不自然？", "把嗯啊都删掉会不会很怪？", "把停顿都去掉会不会太赶？",
    "口头禅都剪了的话会不会很假", "嗯啊都删了听起来会很怪吗", "if i cut all the ums would it sound weird?",
])
def test_whether_an_edit_sounds_wrong_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question and not plan.refusal


def test_the_edit_itself_is_still_done() -> None:
    assert [o.op for o in _plan("把口头禅都删掉").ops] == ["remove_fillers"]


@pytest.mark.parametrize("text", [
    "cut 0:12 to 0:18, the video glitches there", "remove 0:30-0:35, the stream stutters there",
    "there's a glitch at 0:20, cut 0:19 to 0:22",
])
def test_a_glitch_told_is_no_effect_asked(text: str) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == ["remove_range"] and not plan.refusal


def test_a_glitch_effect_asked_is_refused() -> None:
    assert _plan("give the intro a glitch effect").refusal
    assert [o.op for o in _plan("remove my stutters").ops] == ["remove_fillers"]


@pytest.mark.parametrize("text,op,steps", [
    ("actually redo both of those", s.Redo, 2), ("redo those two", s.Redo, 2), ("两个都重做", s.Redo, 2),
    ("undo both of those", s.Undo, 2), ("undo those 3", s.Undo, 3), ("redo", s.Redo, 1),
])
def test_an_undo_or_redo_counted_takes_that_many_steps(text: str, op: type, steps: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], op) and plan.ops[0].steps == steps


@pytest.mark.parametrize("text", ["去掉我刚加的logo", "删掉刚才加的logo", "把刚加的那个标志删了"])
def test_the_logo_just_added_is_removed(text: str) -> None:
    plan = _plan(text)
    assert [type(o) for o in plan.ops] == [s.RemoveLogo] and not plan.refusal


@pytest.mark.parametrize("text,factor", [
    ("reduce the speed to half, the goalie save is too fast", 0.5), ("bring the speed down to half", 0.5),
    ("increase the speed to double", 2.0), ("速度降到一半", 0.5), ("把播放速度减到一半，太快了", 0.5),
])
def test_the_speed_to_half_or_double(text: str, factor: float) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Speed) and plan.ops[0].factor == factor


@pytest.mark.parametrize("text", [
    "trim the footage to where the pastor starts and stops talking",
    "trim it to where i start and stop talking",
    "从我开始说话剪到我说完", "只保留从老师开始讲话到讲完的部分",
])
def test_both_ends_named_by_the_speech_trim_the_silent_ends(text: str) -> None:
    plan = _plan(text)
    assert [type(o) for o in plan.ops] == [s.TrimDeadAir] and plan.ops[0].ends == "both"
