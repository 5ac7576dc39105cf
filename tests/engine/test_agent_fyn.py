"""Helper fyn (holdout50, Chinese): the speed said halved (速度砍一半) is half speed, never the first
half kept; the part just cut asked back is an undo; a place said as 最上面 after a text's words; how big
the letters are said right after a title's closing ！; the length left said beside a trim that agrees with
it; a file asked for with 导个/出个; the music taken down with 撤."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text", [
    "速度砍一半", "速度砍半", "把速度减一半", "播放速度砍掉一半", "速度降一半吧", "速度减半",
])
def test_speed_halved_is_half_speed_never_a_cut(text: str) -> None:
    plan = _plan(text)
    assert plan.question is None and plan.refusal is None
    assert [type(op) for op in plan.ops] == [s.Speed]
    assert plan.ops[0].factor == 0.5  # type: ignore[attr-defined]


def test_length_halved_still_keeps_the_first_half() -> None:
    plan = _plan("时长砍一半")
    assert [type(op) for op in plan.ops] == [s.KeepRange]


@pytest.mark.parametrize("text", [
    "把刚删掉的那段给我弄回来", "把刚才剪掉的那段恢复", "把刚剪掉的放回去", "刚刚切掉的部分加回来",
    "刚才删的内容帮我找回来",
])
def test_part_just_cut_asked_back_is_undo(text: str) -> None:
    plan = _plan(text)
    assert plan.question is None and plan.refusal is None
    assert [type(op) for op in plan.ops] == [s.Undo]


@pytest.mark.parametrize(("text", "words", "pos"), [
    ("加文字：第三期少儿街舞班招生中 放最上面", "第三期少儿街舞班招生中", "top"),
    ("加文字：周六晚场电影 放在最上面", "周六晚场电影", "top"),
    ("加文字：扫码领取优惠券，放最下面", "扫码领取优惠券", "bottom"),
    ("加一行字：本店今日休息 放最顶上", "本店今日休息", "top"),
])
def test_topmost_place_after_the_words_is_the_position(text: str, words: str, pos: str) -> None:
    plan = _plan(text)
    assert plan.question is None
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddText)
    assert (plan.ops[0].text, plan.ops[0].pos) == (words, pos)


@pytest.mark.parametrize(("text", "words", "size"), [
    ("开头加个大标题：乐高城堡完工！字要大", "乐高城堡完工！", 144),
    ("加个标题：毕业快乐！字要大", "毕业快乐！", 144),
    ("开头加标题：新年好！字大一点", "新年好！", 144),
    ("加个标题：我们结婚啦！字小一点", "我们结婚啦！", 48),
])
def test_letter_size_after_closing_exclamation_is_the_size(text: str, words: str, size: int) -> None:
    plan = _plan(text)
    assert plan.question is None
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddTitle)
    assert (plan.ops[0].text, plan.ops[0].size) == (words, size)


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("最后8s不要 一分钟整的视频留52秒就行", 0, 8000),
    ("最后8秒不要 剩52秒", 0, 8000),
    ("结尾剪掉5秒 一分钟的视频留55秒", 0, 5000),
    ("开头10秒不要 总共1分钟留50秒就行", 10000, 0),
])
def test_length_left_agreeing_with_the_trim_is_the_same_edit(text: str, head: int, tail: int) -> None:
    plan = _plan(text)
    assert plan.question is None and not plan.notes
    assert [(type(op), op.head_ms, op.tail_ms) for op in plan.ops] == [(s.Trim, head, tail)]  # type: ignore[union-attr]


def test_length_left_that_disagrees_is_not_read_as_agreeing() -> None:
    plan = _plan("最后8秒不要 留40秒就行")
    assert plan.notes or plan.question


@pytest.mark.parametrize(("text", "fmt", "res"), [
    ("导个1080p的mp4出来", "mp4", "1080p"),
    ("导个mp4出来", "mp4", None),
    ("导一个720p的mp4出来", "mp4", "720p"),
    ("出个1080p的mp4", "mp4", "1080p"),
    ("导个4k的mov", "mov", "4k"),
])
def test_file_asked_with_short_verb_and_count_is_export(text: str, fmt: str, res: str | None) -> None:
    plan = _plan(text)
    assert plan.question is None and not plan.ops
    assert plan.export is not None and plan.export["format"] == fmt
    assert plan.export.get("resolution") == res


def test_asking_for_an_idea_is_no_export() -> None:
    assert _plan("帮我出个主意").export is None


@pytest.mark.parametrize("text", [
    "背景音乐撤了吧 露营测评要听原声", "背景音乐撤了吧", "bgm撤下来吧 要听原声", "配乐撤走 只留原声",
])
def test_music_taken_down_with_che_is_removed(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.question is None
    assert [type(op) for op in plan.ops] == [s.RemoveMusic]
