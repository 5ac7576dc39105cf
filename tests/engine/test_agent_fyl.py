"""Helper fyl (holdout49, Chinese): "cut" / 咔 as a Chinese verb of cutting away; a part or a sound said to
stay beside a trim; a negation in one clause not carried to the next; a share cut off a volume; a freeze
point taken back in the same breath; a format change beside a text added; "the rest" said to go after a
keep; two texts each with its place; the split verb 加个速; northern 甭; the picture's noise with the sound
said not to be meant."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("开头cut掉1.5秒 结尾再cut 500毫秒 中间别碰", 1500, 500),
    ("前5秒cut掉", 5000, 0),
    ("结尾cut掉2秒", 0, 2000),
    ("开头咔掉3秒", 3000, 0),
    ("最后3秒咔嚓掉", 0, 3000),
    ("剪掉开头2秒 中间不要动", 2000, 0),
    ("开头去掉1秒 结尾去掉2秒 中间那段别碰", 1000, 2000),
])
def test_cut_as_chinese_verb_and_middle_said_to_stay(text: str, head: int, tail: int) -> None:
    plan = _plan(text)
    assert plan.question is None and plan.refusal is None
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim)
    assert (plan.ops[0].head_ms, plan.ops[0].tail_ms) == (head, tail)


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("前10秒咔掉 bgm保持原样别动它", 10000, 0),
    ("剪掉最后4秒 背景音乐维持原样别动哈", 0, 4000),
])
def test_music_said_to_stay_beside_a_trim_asks_nothing(text: str, head: int, tail: int) -> None:
    plan = _plan(text, music=True)
    assert plan.question is None
    assert [(type(op), op.head_ms, op.tail_ms) for op in plan.ops] == [(s.Trim, head, tail)]  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "fade_in", "fade_out"), [
    ("音乐别cut掉 结尾淡出3秒就行", None, 3000),
    ("音乐别剪 结尾淡出2秒", None, 2000),
    ("音乐不要剪 开头淡入3秒", 3000, None),
    ("bgm不用剪掉 最后淡出4秒", None, 4000),
])
def test_negation_with_its_own_verb_stays_in_its_clause(text: str, fade_in: int | None,
                                                        fade_out: int | None) -> None:
    plan = _plan(text, music=True)
    assert plan.answer is None and plan.question is None
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.FadeMusic)
    assert (plan.ops[0].fade_in_ms, plan.ops[0].fade_out_ms) == (fade_in, fade_out)


@pytest.mark.parametrize(("text", "volume"), [
    ("原声音量砍掉30%", 0.7),
    ("人声砍掉20%", 0.8),
    ("声音削减40%", 0.6),
    ("原声音量减掉30%", 0.7),
])
def test_share_cut_off_the_volume_lowers_it_by_that_share(text: str, volume: float) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.SetVolume)
    assert plan.ops[0].track == "main" and plan.ops[0].volume == pytest.approx(volume)


@pytest.mark.parametrize(("text", "at"), [
    ("第8秒定格 哦不对 是第9秒 宝宝笑的那下", 9000),
    ("第5秒定格，不对，第6秒", 6000),
    ("在3秒处定格 说错了 是4秒", 4000),
    ("在1分05秒定格 呃不对 是1分10秒", 70000),
])
def test_freeze_point_taken_back_freezes_at_the_new_one(text: str, at: int) -> None:
    plan = _plan(text)
    assert plan.question is None
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.FreezeFrame)
    assert plan.ops[0].at_ms == at and plan.ops[0].duration_ms == 2000


@pytest.mark.parametrize(("text", "ratio", "words", "pos"), [
    ("改成9:16 上面加一行「老板娘亲自炒的茶」", "9:16", "老板娘亲自炒的茶", "top"),
    ("改成1:1 下面加一行「扫码关注」", "1:1", "扫码关注", "bottom"),
    ("改成4:5 底部加一行字「限时三天」", "4:5", "限时三天", "bottom"),
    ("画面改成16:9 中间写「年会快乐」", "16:9", "年会快乐", "center"),
])
def test_format_change_beside_a_text_removes_no_text(text: str, ratio: str, words: str, pos: str) -> None:
    plan = _plan(text)
    assert not any(isinstance(op, s.RemoveText) for op in plan.ops)
    assert [type(op) for op in plan.ops] == [s.SetAspect, s.AddText]
    assert plan.ops[0].ratio == ratio  # type: ignore[union-attr]
    assert (plan.ops[1].text, plan.ops[1].pos) == (words, pos)  # type: ignore[union-attr]


def test_format_change_logo_and_text() -> None:
    plan = _plan("改成9:16 上面加一行「老板娘亲自炒的茶」 再把logo.png放左上角")
    assert [type(op) for op in plan.ops] == [s.SetAspect, s.AddText, s.AddLogo]


@pytest.mark.parametrize(("text", "ranges"), [
    ("保留3-8秒和20-30秒 别的都不要", [(3000, 8000), (20000, 30000)]),
    ("只要5到12秒 别的全都不要", [(5000, 12000)]),
    ("保留0:05到0:15和0:40到0:50 其他的都不要了", [(5000, 15000), (40000, 50000)]),
])
def test_the_rest_said_to_go_after_a_keep_asks_nothing(text: str, ranges: list[tuple[int, int]]) -> None:
    plan = _plan(text)
    assert plan.question is None and len(plan.ops) == 1
    op = plan.ops[0]
    if isinstance(op, s.KeepRanges):
        assert [(r.start_ms, r.end_ms) for r in op.ranges] == ranges
    else:
        assert isinstance(op, s.KeepRange) and [(op.start_ms, op.end_ms)] == ranges


def test_trim_then_the_rest_said_to_go_still_asks() -> None:
    assert _plan("剪掉前3秒 别的都不要").question


@pytest.mark.parametrize(("text", "texts"), [
    ("加两行字 上面「母婴好物」 下面「链接在评论区」", [("母婴好物", "top"), ("链接在评论区", "bottom")]),
    ("左上角写「第3集」 右下角「关注我」", [("第3集", "top-left"), ("关注我", "bottom-right")]),
    ("加两行字 顶部「周年庆」 底部「全场五折」", [("周年庆", "top"), ("全场五折", "bottom")]),
    ("上面一行「早安」 下面一行「打卡第1天」", [("早安", "top"), ("打卡第1天", "bottom")]),
])
def test_two_texts_each_with_its_place(text: str, texts: list[tuple[str, str]]) -> None:
    plan = _plan(text)
    assert all(isinstance(op, s.AddText) for op in plan.ops)
    assert [(op.text, op.pos) for op in plan.ops] == texts  # type: ignore[union-attr]
    assert not plan.notes


@pytest.mark.parametrize(("text", "factor", "index"), [
    ("后半段太慢了 加个速", 1.5, 2),
    ("后半段加个速", 1.5, 2),
    ("后半段加一下速", 1.5, 2),
])
def test_split_verb_speed_up_a_half(text: str, factor: float, index: int) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Split, s.Speed]
    assert plan.ops[0].at_ms == 30000  # type: ignore[union-attr]
    assert (plan.ops[1].factor, plan.ops[1].index) == (factor, index)  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["中间那块给我加个速", "中间那块拖拖拉拉的 给我加个速呗"])
def test_vague_middle_piece_sped_up_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize(("text", "music"), [
    ("画面比例先甭改哈 别的我再琢磨琢磨", False),
    ("画幅先甭改 我再想想", False),
    ("速度甭动 其他的等我想想", False),
    ("音乐甭换了", True),
])
def test_northern_beng_declines(text: str, music: bool) -> None:
    plan = _plan(text, music=music)
    assert not plan.ops and plan.question is None and plan.refusal is None


@pytest.mark.parametrize("text", [
    "晚上拍的画面噪点好多 把画面降噪一下 不是声音哈",
    "画面降噪 声音别动",
    "视频降噪，画面全是噪点，不是说声音",
    "the picture is grainy, denoise the video, not the audio",
])
def test_picture_noise_with_sound_said_not_meant_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_sound_noise_named_with_picture_noise_still_denoises() -> None:
    plan = _plan("降噪 声音有杂音 画面也有噪点")
    assert any(isinstance(op, s.Denoise) for op in plan.ops)
