"""Session 33 (fxo): an edit taken back with 算了/不对 + 还是留着 leaves the edit said after it
to happen (and a bare level said after the kept music is the music's); "X以外的都保留" keeps
everything but X (X goes) and "X以外的都删掉" keeps X; a part's own sound named before the mute
verb ("25秒到30秒那段原声静音") is a part-only mute, refused plainly with the alternatives; a
subtitle style named then described ("卡拉ok那种一个字一个字变色") is the subtitles' style, not
words to show; a share of the length at one end said removed ("前20%去掉") trims that
end."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "volume"), [
    ("bgm删了吧…算了还是留着 调到20%", 0.2),
    ("bgm删掉…算了还是留着，调到30%", 0.3),
    ("音乐删掉 算了 还是留着吧，音量调到30%", 0.3),
    ("把配乐去掉 算了 留着吧 降到10%", 0.1),
    ("背景音乐去掉…不对，留着，调到20%", 0.2),
])
def test_music_kept_back_then_level_set(text: str, volume: float) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.track, op.volume) for op in plan.ops] == [(s.SetVolume, "bgm", volume)]


def test_edit_kept_back_then_other_edit_done() -> None:
    plan = _plan("前5秒剪了吧…算了还是留着，加个字幕", music=True)
    assert [type(op) for op in plan.ops] == [s.AddSubtitles]


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("最后10秒以外的都保留", 0, 10000),
    ("最后10秒以外都留着", 0, 10000),
    ("前5秒之外 其他都保留", 5000, 0),
    ("开头3秒以外的全部留着", 3000, 0),
])
def test_everything_but_a_part_kept_cuts_that_part(text: str, head: int, tail: int) -> None:
    plan = _plan(text, clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim)
    assert (plan.ops[0].head_ms or 0, plan.ops[0].tail_ms or 0) == (head, tail)


@pytest.mark.parametrize("text", ["前5秒以外的都不要", "最后10秒以外的都删掉"])
def test_everything_but_a_part_removed_keeps_that_part(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert [type(op) for op in plan.ops] == [s.KeepRange]


@pytest.mark.parametrize("text", [
    "25秒到30秒那段原声静音 有学员骂脏话",
    "0:40到0:45的原声静音一下",
    "10秒到15秒这段声音静音",
    "把1分10秒到1分15秒的原声消音 有人说脏话",
])
def test_part_sound_muted_is_refused(text: str) -> None:
    p = _plan(text)
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "style"), [
    ("加字幕 卡拉ok那种一个字一个字变色", "karaoke"),
    ("加字幕 卡拉OK那样 逐字变色", "karaoke"),
    ("字幕加上 描边样式 白字黑边", "outline"),
])
def test_subtitle_style_described_is_a_style(text: str, style: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.style) for op in plan.ops] == [(s.AddSubtitles, style)]


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("前20%去掉 太啰嗦了", 12000, 0),
    ("最后10%删掉", 0, 6000),
    ("开头的25%剪掉吧", 15000, 0),
    ("结尾的10%不要了", 0, 6000),
    ("cut the first 20%", 12000, 0),
])
def test_share_at_an_end_removed_trims_it(text: str, head: int, tail: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim)
    assert (plan.ops[0].head_ms or 0, plan.ops[0].tail_ms or 0) == (head, tail)
