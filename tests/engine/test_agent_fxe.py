"""Session 33 (fxe): the clip named as the one kept, with the others counted ("其他两个不要了"), is kept -
never the named one deleted; a length asked for with the end it is made from said after a space keeps the last
part; what is over a length said to go ("多的不要") asks nothing; a file said to go before the join of the
others is not joined; two quoted texts each after its place, split by a space, are each shown there; words
after "加字幕" that ask for something else (an srt, the music's level) are no words shown, and the music
playing set to a level is never a second music added; "能…吗" said without a question mark, then why, is
answered; an upscale asked with the footage's own resolution and the sharpness wanted said beside it is
refused with no resize; a thing's colour said without 的 ("把指甲颜色换成酒红色") is refused."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "span"), [
    ("只要b.mp4 其他两个不要了", (60000, 90000)),
    ("只留c.mp4 另外两个都删掉", (90000, 110000)),
    ("只要clip.mp4 剩下那两段不要了", (0, 60000)),
    ("只要b.mp4 其余两段删掉", (60000, 90000)),
])
def test_clip_kept_with_the_others_counted_to_go(text: str, span: tuple[int, int]) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.start_ms, op.end_ms) for op in plan.ops] == [(s.KeepRange, *span)]


@pytest.mark.parametrize(("text", "clips3", "start"), [
    ("做个10秒的预告 用结尾那段", True, 100000),
    ("剪个15秒的预告片 用最后那部分", True, 95000),
    ("来个8秒的短视频 拿片尾的部分就行", True, 102000),
    ("做个10秒的预告，用结尾那段", False, 50000),
])
def test_length_made_from_the_end_said_after_it(text: str, clips3: bool, start: int) -> None:
    plan = _plan(text, clips3=clips3)
    assert [(type(op), op.start_ms, op.end_ms) for op in plan.ops] == [(s.KeepRange, start, None)]


@pytest.mark.parametrize(("text", "end"), [
    ("总长剪到55秒 多的不要", 55000),
    ("剪到45秒 多余的不要了", 45000),
    ("控制在30秒 超出的部分不要", 30000),
    ("视频剪成20秒 多出来的都不要", 20000),
])
def test_excess_over_a_length_said_to_go_asks_nothing(text: str, end: int) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question is None
    assert [(type(op), op.start_ms, op.end_ms) for op in plan.ops] == [(s.KeepRange, 0, end)]


@pytest.mark.parametrize(("text", "ids"), [
    ("clip.mp4不用了 只要c和b拼一起 c放前面", ["c.mp4", "b.mp4"]),
    ("clip.mp4不用了 c.mp4和b.mp4拼起来 c在前面", ["c.mp4", "b.mp4"]),
    ("clip.mp4不用了 只要c和b拼一起", ["c.mp4", "b.mp4"]),
    ("b.mp4不要了 clip.mp4和c.mp4拼起来", ["clip.mp4", "c.mp4"]),
])
def test_file_said_to_go_before_the_join_is_not_joined(text: str, ids: list[str]) -> None:
    plan = _plan(text, clips3=True)
    assert [op.media_ids for op in plan.ops if isinstance(op, s.Concat)] == [ids]
    assert not [op for op in plan.ops if isinstance(op, s.DeleteSegment) and op.index != 1]


@pytest.mark.parametrize(("text", "texts"), [
    ("上面加「第3期」 下面加「合同违约怎么赔」", [("第3期", "top"), ("合同违约怎么赔", "bottom")]),
    ("顶部加「第5集」 底部加「关注我不迷路」", [("第5集", "top"), ("关注我不迷路", "bottom")]),
    ("上面写“周末特惠” 下面写“到店有礼”", [("周末特惠", "top"), ("到店有礼", "bottom")]),
    ("左上角加「第2期」 底部加「点赞关注」", [("第2期", "top-left"), ("点赞关注", "bottom")]),
])
def test_two_texts_each_after_its_place(text: str, texts: list[tuple[str, str]]) -> None:
    plan = _plan(text)
    assert [(op.text, op.pos) for op in plan.ops if isinstance(op, s.AddText)] == texts
    assert len(plan.ops) == 2


@pytest.mark.parametrize("text", [
    "加字幕 顺便到个srt给我 b站要传",
    "加字幕 顺便导个srt给我",
    "加字幕 同时出一个srt文件 要传b站",
    "加字幕 另外导出srt文件",
])
def test_subtitles_then_an_srt_asked_beside_them(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.sidecar) for op in plan.ops] == [(s.AddSubtitles, "srt")]


@pytest.mark.parametrize(("text", "level"), [
    ("改成抖音竖屏 加字幕 bgm调到20%", 0.2),
    ("加字幕 音乐调到30%", 0.3),
    ("加字幕，bgm调到20%", 0.2),
    ("加个标题「夏天」 音乐调到40%", 0.4),
])
def test_music_playing_set_to_a_level_after_subtitles(text: str, level: float) -> None:
    plan = _plan(text, music=True)
    assert not [op for op in plan.ops if isinstance(op, s.AddText | s.AddMusic)]
    assert [(op.track, op.volume) for op in plan.ops if isinstance(op, s.SetVolume)] == [("bgm", level)]


def test_plain_subtitles_words_after_a_space_are_still_shown() -> None:
    plan = _plan("打上字幕 谢谢观看")
    assert [(type(op), op.text) for op in plan.ops] == [(s.AddText, "谢谢观看")]


@pytest.mark.parametrize("text", [
    "你能导出gif吗 想做个美甲动图放小红书",
    "这里可以导出gif吗 想放在店铺首页",
    "你们这个能导出gif吗 公司周报要用",
    "你能导出动图吗 想给公众号配个图",
])
def test_capability_asked_without_a_mark_then_why_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None


@pytest.mark.parametrize("text", [
    "素材是720p的 能帮我超分成4k吗 车评要高清",
    "原片是1080p 帮我超分到4k 要很清楚",
    "素材都是720的 超分一下到1080p 客户要高清",
    "footage is 720p, can you upscale it to 4k? the client wants hd",
])
def test_upscale_with_the_footage_and_sharpness_said_is_refused_alone(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and plan.export is None


@pytest.mark.parametrize("text", [
    "把指甲颜色换成酒红色的 看看效果",
    "把杯子颜色改成蓝色",
    "把美甲颜色换成裸粉色 想看看效果",
    "把沙发颜色换成灰色的",
])
def test_a_things_colour_said_without_de_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["把画面颜色调成黑白", "把这段颜色调成黑白"])
def test_the_pictures_colour_is_still_an_edit(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Color]
