"""Session 33 (fxk) classes:
- a clip named by its bare letter after a space, then its place or its deletion, is a clause of its own;
- a bare 翻 after its direction is a flip;
- 推流 / 推荐 said of the platform is why, not a post asked of me or a question;
- when a text shows and its colour, set apart by spaces after its words, are not the words;
- quoted words after a place and 再加 keep their own place;
- old quoted words changed to new ones are replaced (removed, then the new added);
- half speed said as 一半速度 / 原来的一半 is 0.5x;
- the music said to stay as it is, beside another thing added, is not added again;
- an edit taken back in the same message (算了还是留着) is no change;
- after an undo, 丑死了 / 难看死了 is why it is undone."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


def _ops(plan) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return [{"op": op.op, **op.model_dump(exclude_defaults=True)} for op in plan.ops]


@pytest.mark.parametrize(("text", "want"), [
    ("c放第一个 b删掉 然后导出", [(3, 1), 3]),
    ("b排最后 c删掉", [(2, 3), 2]),
    ("c放最前面 b不要了", [(3, 1), 3]),
    ("c挪到第一个 b不要了", [(3, 1), 3]),
    ("b删掉 c放第一个", [2, (2, 1)]),
])
def test_bare_letter_after_space_is_its_own_clause(text: str, want: list[object]) -> None:
    plan = _plan(text, clips3=True)
    got: list[object] = [(op.index, op.to_index) if isinstance(op, s.MoveSegment) else op.index
                         for op in plan.ops if isinstance(op, s.MoveSegment | s.DeleteSegment)]
    assert got == want
    assert len(plan.ops) == len(want)


@pytest.mark.parametrize(("text", "want"), [
    ("手机拍倒了 先转180度 再左右翻一下", [("rotate", None), ("flip", "horizontal")]),
    ("转180度 再左右翻一下", [("rotate", None), ("flip", "horizontal")]),
    ("上下翻一下", [("flip", "vertical")]),
    ("画面倒了 转180度，再水平翻过来", [("rotate", None), ("flip", "horizontal")]),
])
def test_bare_fan_after_direction_is_a_flip(text: str, want: list[tuple[str, str | None]]) -> None:
    plan = _plan(text)
    assert [(op.op, getattr(op, "direction", None)) for op in plan.ops] == want


@pytest.mark.parametrize("text", [
    "能不能做成2分钟的 听说长一点推流好",
    "做成2分钟的 听说长一点推荐多",
    "弄成90秒 听说长视频推流多",
    "做成3分钟的吧 平台推流会好一点",
])
def test_platform_push_is_a_reason_not_a_post(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.refusal and not plan.ops


def test_live_push_asked_is_still_refused() -> None:
    assert _plan("帮我推流").refusal
    assert _plan("推流到b站").refusal


@pytest.mark.parametrize(("text", "want"), [
    ("底部加一行字：预约电话8888-6666 第3秒到第10秒 黄色", ("预约电话8888-6666", 3000, 10000, "#FFFF00")),
    ("加文字：欢迎光临 3秒到8秒 红色", ("欢迎光临", 3000, 8000, "#FF0000")),
    ("顶部加文字：周末特惠 红色", ("周末特惠", 0, None, "#FF0000")),
])
def test_time_and_colour_after_spaces_are_not_the_words(text: str, want: tuple[object, ...]) -> None:
    (op,) = _plan(text).ops
    assert isinstance(op, s.AddText)
    assert (op.text, op.start_ms, op.end_ms, op.color) == want


def test_words_with_spaces_inside_keep_their_space() -> None:
    (op,) = _plan("底部加字：新店开业 全场八折 第2秒到第6秒 白色").ops
    assert isinstance(op, s.AddText) and op.text == "新店开业 全场八折"


@pytest.mark.parametrize(("text", "want"), [
    ("顶部加「动漫社 欢迎你」 右下角再加「扫码入社」",
     [("动漫社 欢迎你", "top"), ("扫码入社", "bottom-right")]),
    ("左上角加「周末特惠」 右下角再加「地址：xx路」",
     [("周末特惠", "top-left"), ("地址：xx路", "bottom-right")]),
    ("顶部加“新品上市” 右下角也加“扫码购买”", [("新品上市", "top"), ("扫码购买", "bottom-right")]),
])
def test_each_quoted_text_keeps_its_place(text: str, want: list[tuple[str, str]]) -> None:
    plan = _plan(text)
    assert [(op.text, op.pos) for op in plan.ops if isinstance(op, s.AddText)] == want
    assert len(plan.ops) == len(want)


@pytest.mark.parametrize(("text", "new"), [
    ("把「样片」那几个字删了 换成「薇拉婚纱 秋冬新款」", "薇拉婚纱 秋冬新款"),
    ("把“样片”两个字去掉 改成“秋冬新款”", "秋冬新款"),
    ("把「DEMO」删了 换成「正式版」", "正式版"),
    ("delete the 'SAMPLE' text and replace it with 'Fall Collection'", "Fall Collection"),
])
def test_old_quoted_words_replaced_by_new(text: str, new: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveText, s.AddText]
    assert plan.ops[1].text == new


@pytest.mark.parametrize(("text", "part"), [
    ("3秒到5秒那里放慢到一半速度 别的不动", True),
    ("3秒到5秒那段放慢到一半速度", True),
    ("第10秒到第14秒用一半的速度播放", True),
    ("整个视频放慢到一半速度", False),
    ("放慢到原来的一半", False),
])
def test_half_speed_in_words(text: str, part: bool) -> None:
    plan = _plan(text)
    speed = [op for op in plan.ops if isinstance(op, s.Speed)]
    assert len(speed) == 1 and speed[0].factor == 0.5
    assert (speed[0].index is not None) == part


@pytest.mark.parametrize("text", [
    "别加速 音乐也别动 就加个字幕",
    "音乐别动 加个字幕",
    "音乐先不用管 就加个字幕",
    "音乐不要动，只加字幕",
])
def test_music_left_alone_is_not_added_again(text: str) -> None:
    plan = _plan(text, music=True)
    assert [type(op) for op in plan.ops] == [s.AddSubtitles]


@pytest.mark.parametrize("text", [
    "前5秒剪了吧…算了还是留着",
    "前5秒剪了吧，算了还是留着",
    "把结尾3秒删了 算了还是不删了",
    "加个字幕…算了不加了",
])
def test_edit_taken_back_in_the_same_message_is_no_change(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and plan.export is None


def test_correction_after_take_back_still_applies() -> None:
    (op,) = _plan("剪掉前5秒…算了还是剪3秒吧").ops
    assert isinstance(op, s.Trim) and op.head_ms == 3000


@pytest.mark.parametrize("text", [
    "刚才那步撤了 字幕颜色丑死了",
    "撤销 标题丑爆了",
    "刚才那步撤了，字幕颜色难看死了",
])
def test_undo_with_judgement_is_only_the_undo(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Undo]
