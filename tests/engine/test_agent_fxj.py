"""Session 33 (fxj), holdout45 Chinese misses:
- each end of a trim said with its own clip (第一段开头…最后一段结尾) is that clip's end;
- the sides given up to fill a vertical frame with an adverb between (两边直接裁掉) crop;
- the clips named after 除了 / except with the rest said to stay are deleted;
- a clip by its bare letter played twice (让b连着播两遍) is duplicated;
- 歌词 put on the picture is text, not music;
- the logo said to be added earlier with whose it is between (之前加的那个店铺logo) is our logo removed;
- 不然看不清 after an edit is its reason, no brightening;
- a part named by a flaw in it (唱跑调那句) said to go is asked about, not refused as a repair;
- 发朋友圈那种 after an edit is the kind of video, not a post;
- a capability question followed by what is meant for another time (以后想…) is answered."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("第一段开头剪掉1.5秒 最后一段结尾再剪500ms", 1500, 500),
    ("第一段开头剪掉2秒 最后一段结尾再剪1秒", 2000, 1000),
    ("最后一段结尾剪掉800毫秒 第一段开头剪掉3秒", 3000, 800),
])
def test_first_clip_start_and_last_clip_end_trim_the_programme(text: str, head: int, tail: int) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.head_ms, op.tail_ms) for op in plan.ops] == [(s.Trim, head, tail)]


@pytest.mark.parametrize(("text", "spans"), [
    ("第二段开头剪掉1秒 最后一段结尾剪掉2秒", [(60000, 61000), (108000, 110000)]),
    ("cut 1.5s off the start of the first clip and 1s off the end of the second clip",
     [(0, 1500), (89000, 90000)]),
])
def test_each_end_is_its_own_clips(text: str, spans: list[tuple[int, int]]) -> None:
    plan = _plan(text, clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.RemoveRanges)
    assert [(r.start_ms, r.end_ms) for r in plan.ops[0].ranges] == spans


@pytest.mark.parametrize("text", [
    "改成竖屏 左右两边直接裁掉 不要模糊背景",
    "改成9:16 两边直接裁掉",
    "转成竖版 左右就裁掉吧 不要模糊背景",
])
def test_sides_cut_off_with_an_adverb_crop(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.ratio, op.fit) for op in plan.ops] == [(s.SetAspect, "9:16", "crop")]


@pytest.mark.parametrize(("text", "gone"), [
    ("除了c 其他都留着", [3]),
    ("除了b 其他的都保留", [2]),
    ("除了第三段 其他都保留", [3]),
    ("第二段以外都留着", [2]),
    ("keep everything except c", [3]),
    ("除了b和c 其他都留着", [3, 2]),
])
def test_clips_named_after_except_go(text: str, gone: list[int]) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.index) for op in plan.ops] == [(s.DeleteSegment, i) for i in gone]


@pytest.mark.parametrize(("text", "index"), [
    ("海边那段是b 让b连着播两遍", 2),
    ("让c连着播两遍", 3),
    ("c连续播两次", 3),
    ("第二段连着播两次", 2),
])
def test_bare_letter_played_twice_is_duplicated(text: str, index: int) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.index) for op in plan.ops] == [(s.DuplicateSegment, index)]


@pytest.mark.parametrize("text", [
    "00:00:04,000 --> 00:00:07,500 这段打上歌词「我们的夏天」",
    "4秒到7秒打上歌词「我们的夏天」",
    "0:10-0:15 显示歌词「后来」",
])
def test_lyrics_are_text_not_music(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.AddText]


def test_a_song_is_still_music() -> None:
    assert [type(op) for op in _plan("加首歌").ops] == [s.AddMusic]


@pytest.mark.parametrize("text", [
    "之前加的那个店铺logo去掉吧 挡住蛋糕了",
    "刚才加的公司logo拿掉",
    "把我之前放的那个品牌台标删了 太大了",
])
def test_own_logo_with_whose_it_is_removed(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveLogo] and plan.refusal is None


@pytest.mark.parametrize("text", [
    "两个小球碰撞那一下放慢十倍 不然根本看不清",
    "扣篮那一下放慢十倍 不然根本看不清",
    "进球那一下慢放八倍 否则看不清",
])
def test_too_slow_refused_without_brightening_or_asking(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and plan.question is None


def test_reason_not_to_brighten_beside_a_part_speed() -> None:
    plan = _plan("第三段放慢一半 不然看不清", clips3=True)
    assert [(type(op), op.index) for op in plan.ops] == [(s.Speed, 3)]


def test_too_dark_to_see_still_brightens() -> None:
    assert [type(op) for op in _plan("画面太暗了看不清").ops] == [s.Color]


@pytest.mark.parametrize("text", [
    "把我唱跑调那句删了 太丢人了",
    "跑调的那段剪掉",
    "他咳嗽那句删掉",
    "cut the part where i sing off key",
])
def test_part_named_by_a_flaw_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["给我的翻唱修一下音准", "fix the flat notes in the solo", "把咳嗽声删掉"])
def test_repair_itself_still_refused(text: str) -> None:
    assert _plan(text).refusal


@pytest.mark.parametrize("text", [
    "帮我俩剪个旅行回忆混剪 发朋友圈那种 甜一点",
    "剪个毕业混剪 发抖音那种",
    "帮我们剪个婚礼快剪 发小红书那种的 温馨一点",
])
def test_the_kind_for_a_platform_is_no_post(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.refusal


@pytest.mark.parametrize("text", [
    "你这能导gif吗 以后想把猫咪打针不哭的片段做成表情包",
    "你们这能导出gif吗 以后想做表情包",
    "这里能导出动图吗？我以后想把狗狗的片段做成动图",
    "你这能加字幕吗 下次想把采访的视频加上字幕",
])
def test_capability_then_a_later_wish_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None


def test_capability_then_an_order_now_is_done() -> None:
    plan = _plan("你这能导gif吗 把前3秒导出来")
    assert plan.export is not None and plan.export["format"] == "gif"
