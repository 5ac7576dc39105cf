"""fzi (issue 9): words to show without quotes and where they go; what is said beside an edit is no edit.

- words in capitals after put / flash, then how big ("put SEND IT big from 0:08 to 0:10"), and Chinese words
  after 写上大字 / 打上大字 / 放大字 and a space, are the words shown - the look is their size
- a position said with the text, and another thing placed after it with its own ("add text 'Link in bio' at
  the top and logo.png bottom right", "文字「A」在顶部 logo.png放右下角"), is the text's: one position to a
  thing; the words end where another thing put on begins ("限时特惠 右下角放logo.png")
- a platform named in what the video is for ("放抖音上引流", "throw it on tiktok to drive traffic") is no
  reframe
- not seeing what happens beside a slow-down ("学员说看不清") is why it is slowed - no brightness
- a loudness complaint beside a normalize ("because spotify said it was too quiet") is why - no volume change
- a ratio typed with a space ("make it 9 16") is that ratio; an export put off ("ill export later",
  "晚点再导出") is no export
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

# a field nothing in the request set: the operation's default
DEFAULT = object()

# (text, the ops in order, fields of each op that must hold)
CASES: list[tuple[str, list[str], list[dict[str, Any]]]] = [
    # words in capitals, then how big
    ("put SEND IT big from 0:08 to 0:10", ["add_text"],
     [{"text": "SEND IT", "start_ms": 8000, "end_ms": 10000, "size": 96}]),
    ("put GAME OVER big from 0:50 to 0:55", ["add_text"],
     [{"text": "GAME OVER", "start_ms": 50000, "end_ms": 55000, "size": 96}]),
    ("flash GOAL big at 0:12", ["add_text"], [{"text": "GOAL", "start_ms": 12000, "size": 96}]),
    ("put SALE big at the top", ["add_text"], [{"text": "SALE", "pos": "top", "size": 96}]),
    ("put SEND IT big at the top", ["add_text"], [{"text": "SEND IT", "pos": "top", "size": 96}]),
    ("put 50% OFF big from 0:02 to 0:05", ["add_text"],
     [{"text": "50% OFF", "start_ms": 2000, "end_ms": 5000, "size": 96}]),
    ("0:03到0:06写上大字 半价", ["add_text"],
     [{"text": "半价", "start_ms": 3000, "end_ms": 6000, "size": 96}]),
    ("8秒到10秒打上大字 冲冲冲", ["add_text"],
     [{"text": "冲冲冲", "start_ms": 8000, "end_ms": 10000, "size": 96}]),
    ("在0:15到0:18放大字 欢迎回家", ["add_text"],
     [{"text": "欢迎回家", "start_ms": 15000, "end_ms": 18000, "size": 96}]),
    ("顶部写个大字 限时特惠", ["add_text"], [{"text": "限时特惠", "pos": "top", "size": 96}]),
    # one position to a thing
    ("add text 'Link in bio' at the top and logo.png bottom right", ["add_text", "add_logo"],
     [{"text": "Link in bio", "pos": "top"}, {"pos": "bottom-right"}]),
    ("add the title 'Open House' at the top, logo.png bottom right", ["add_title", "add_logo"],
     [{"text": "Open House", "pos": "top"}, {"pos": "bottom-right"}]),
    ("put text 'Follow for more' at the bottom and logo.png in the top right corner",
     ["add_text", "add_logo"],
     [{"pos": "bottom"}, {"pos": "top-right"}]),
    ("加文字「关注我」在顶部 logo.png放右下角", ["add_text", "add_logo"],
     [{"text": "关注我", "pos": "top"}, {"pos": "bottom-right"}]),
    ("右上角放logo.png 顶部加标题「周末特惠」", ["add_logo", "add_title"],
     [{"pos": "top-right"}, {"text": "周末特惠", "pos": "top"}]),
    ("在顶部加文字 限时特惠 右下角放logo.png", ["add_text", "add_logo"],
     [{"text": "限时特惠", "pos": "top"}, {"pos": "bottom-right"}]),
    ("顶部加一行字 关注我 logo.png放右下角", ["add_text", "add_logo"],
     [{"text": "关注我", "pos": "top"}, {"pos": "bottom-right"}]),
    # a platform in what the video is for
    ("剪个30秒的预告 放抖音上引流", ["keep_range"], [{"start_ms": 0, "end_ms": 30000}]),
    ("截前30秒 挂抖音上给直播间引流", ["keep_range"], [{"start_ms": 0, "end_ms": 30000}]),
    ("cut a 30 second teaser, gonna throw it on tiktok to drive traffic", ["keep_range"],
     [{"start_ms": 0, "end_ms": 30000}]),
    ("make a 20s trailer to promote the full video on tiktok", ["keep_range"],
     [{"start_ms": 0, "end_ms": 20000}]),
    # not seeing what happens, beside a slow-down
    ("深蹲示范整体慢放两倍 学员说看不清", ["speed"], [{"factor": 0.5}]),
    ("慢放两倍吧 大家都说看不清楚", ["speed"], [{"factor": 0.5}]),
    ("slow the whole squat demo down 2x, students say they cant see anything", ["speed"], [{"factor": 0.5}]),
    # a loudness complaint beside a normalize
    ("ok so for ep 14 can you remove the ums, cut every pause over 0.8s and then normalize everything to -14 "
     "because last time spotify said it was too quiet", ["remove_fillers", "remove_silences", "loudnorm"],
     [{}, {"min_ms": 800}, {"target_lufs": -14.0}]),
    ("normalize everything, people said it was too loud last time", ["loudnorm"], [{}]),
    ("音量标准化 上次有人说太吵", ["loudnorm"], [{}]),
    # a ratio with a space; an export put off
    ("on the train rn so quick pls cut frist 4 sec add musci and make it 9 16 wifi is bad so ill export "
     "later",
     ["trim", "add_music", "set_aspect"], [{"head_ms": 4000}, {"media_id": "music.mp3"}, {"ratio": "9:16"}]),
    ("crop to 4 5 for the feed", ["set_aspect"], [{"ratio": "4:5"}]),
    ("改成9 16 加个音乐", ["set_aspect", "add_music"], [{"ratio": "9:16"}, {}]),
    ("add music, i'll export later", ["add_music"], [{}]),
    ("加个音乐 晚点再导出", ["add_music"], [{}]),
    ("加字幕 回头我自己导出", ["add_subtitles"], [{}]),
]


def _holds(op: Any, want: dict[str, Any]) -> None:
    """Each field wanted holds (DEFAULT: the operation's own default - nothing was said for it)."""
    got = op.model_dump()
    for k, v in want.items():
        expected = type(op).model_fields[k].default if v is DEFAULT else v
        assert got.get(k) == expected, (k, got)


@pytest.mark.parametrize(("text", "ops", "fields"), CASES)
def test_read_as_meant(text: str, ops: list[str], fields: list[dict[str, Any]]) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal and plan.answer is None and plan.export is None
    assert [o.op for o in plan.ops] == ops
    for op, want in zip(plan.ops, fields, strict=True):
        _holds(op, want)


@pytest.mark.parametrize("text", [
    "ok so for ep 14 can you remove the ums, cut every pause over 0.8s and then normalize everything to -14",
    "第14期 去掉嗯啊",
    "lesson 4, add subtitles",
    "cut a 30 second teaser, gonna throw it on tiktok to drive traffic",
])
def test_said_beside_is_not_reported_as_not_understood(text: str) -> None:
    assert not any("understand" in n or "没看懂" in n for n in _plan(text).notes)


def test_export_put_off_says_so() -> None:
    plan = _plan("add music, i'll export later")
    assert plan.export is None and any("export" in n for n in plan.notes)


# near phrasings that ARE what they look like: a light word said with "can't see", a level said beside the
# normalize, an export asked now, a platform's frame asked, the first place of two things that sit together
NEGATIVE: list[tuple[str, list[str], list[dict[str, Any]]]] = [
    ("慢放两倍 画面太暗看不清 调亮点", ["speed", "color"], [{"factor": 0.5}, {"brightness": 0.15}]),
    ("画面太暗看不清 调亮一点", ["color"], [{"brightness": 0.15}]),
    ("make it 9:16 for tiktok to drive traffic", ["set_aspect"], [{"ratio": "9:16"}]),
    ("做成抖音竖屏", ["platform"], [{"name": "tiktok"}]),
    ("logo.png top right and title 'X'", ["add_logo", "add_title"], [{"pos": "top-right"}, {"pos": DEFAULT}]),
    ("put 'Sale' at the bottom and the logo top left", ["add_text", "add_logo"],
     [{"pos": "bottom"}, {"pos": "top-left"}]),
    ("底部加文字 新logo上线", ["add_text"], [{"text": "新logo上线", "pos": "bottom"}]),
]


@pytest.mark.parametrize(("text", "ops", "fields"), NEGATIVE)
def test_edit_of_its_own_stays(text: str, ops: list[str], fields: list[dict[str, Any]]) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == ops
    for op, want in zip(plan.ops, fields, strict=True):
        _holds(op, want)


@pytest.mark.parametrize("text", ["add music and export", "加字幕 然后导出",
                                  "add captions then export as mp4", "加个音乐 然后导出来"])
def test_export_asked_now_is_made(text: str) -> None:
    assert _plan(text).export is not None


def test_level_said_beside_normalize_is_still_set() -> None:
    plan = _plan("normalize to -14 and turn the voice up to 150%")
    assert [o.op for o in plan.ops] == ["loudnorm", "set_volume"]


def test_numbers_with_a_unit_are_no_ratio() -> None:
    # "9 16 seconds": two numbers of time, never 9:16
    assert not any(o.op == "set_aspect" for o in _plan("make it 9 16 seconds long").ops)
