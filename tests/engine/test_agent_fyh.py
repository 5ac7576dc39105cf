"""Session fyh (holdout48, Chinese): too fast to see is the speed's reason, not darkness; the whole named
before a fade after other edits is the video's fade; a still's time said last with 放/停留/显示 is how long
it shows; 发朋友圈预热 said after the edit is what it is for; 一分二十 is a clock (1:20); music pressed down
by itself when someone talks is ducking; a bare 这个 before a speed change with several clips is asked;
整成/搞成 N秒 is a target length; the step just undone brought back (no 的) is redo."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

PHOTOS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg")]


@pytest.mark.parametrize("text", [
    "整体慢放2倍 扣篮太快了根本看不清",
    "慢放一半 动作太快了完全看不清",
    "慢放两倍吧 太快都看不清",
])
def test_too_fast_to_see_is_no_brightening(text: str) -> None:
    plan = _plan(text)
    assert [op.op for op in plan.ops] == ["speed"] and plan.ops[0].factor == 0.5  # type: ignore[attr-defined]


def test_too_dark_to_see_still_brightens() -> None:
    assert [op.op for op in _plan("画面太暗了根本看不清").ops] == ["color"]


@pytest.mark.parametrize("text", [
    "bgm调到15% 原声调到120% 再整体淡入淡出",
    "背景音乐调小到30% 然后整个视频淡入淡出",
    "音乐调到40% 再整体淡入淡出",
])
def test_whole_fade_after_music_level_is_the_videos(text: str) -> None:
    ops = _plan(text, music=True).ops
    assert any(op.op == "fade" for op in ops) and not any(op.op == "fade_music" for op in ops)


@pytest.mark.parametrize("text", ["bgm整体淡入淡出", "音乐调到20% 然后淡出"])
def test_music_fade_stays_the_musics(text: str) -> None:
    ops = _plan(text, music=True).ops
    assert any(op.op == "fade_music" for op in ops) and not any(op.op == "fade" for op in ops)


@pytest.mark.parametrize(("text", "photo", "ms"), [
    ("结尾加上photo2.jpg 门店照片 放4秒", "photo2.jpg", 4000),
    ("开头加上photo1.jpg 这是店铺招牌 停留3秒", "photo1.jpg", 3000),
    ("最后加photo2.jpg 活动海报 显示5秒就行", "photo2.jpg", 5000),
    ("片尾加上photo1.jpg 团队合照 放个6秒", "photo1.jpg", 6000),
])
def test_still_time_said_last(text: str, photo: str, ms: int) -> None:
    plan = _plan(text, uploads=PHOTOS)
    assert [op.op for op in plan.ops] == ["add_clips"]
    assert plan.ops[0].media_ids == [photo] and plan.ops[0].image_ms == ms  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "start", "end"), [
    ("用结尾那部分剪个10秒预告 发朋友圈预热", 50000, None),
    ("剪个15秒的预告 发抖音宣传", 0, 15000),
    ("截前10秒 发视频号引流", 0, 10000),
])
def test_posted_for_a_purpose_is_no_refusal(text: str, start: int, end: int | None) -> None:
    plan = _plan(text)
    assert not plan.refusal and [op.op for op in plan.ops] == ["keep_range"]
    assert plan.ops[0].start_ms == start and plan.ops[0].end_ms == end  # type: ignore[attr-defined]


def test_asked_to_post_still_refused() -> None:
    assert _plan("剪个10秒预告 帮我发朋友圈").refusal


@pytest.mark.parametrize(("text", "start", "end"), [
    ("一分二十到一分半那段删了", 80000, 90000),
    ("一分十秒到一分二十那段删了", 70000, 80000),
    ("把一分四十到一分五十删掉", 100000, 110000),
])
def test_chinese_clock_without_seconds_word(text: str, start: int, end: int) -> None:
    plan = _plan(text, clips3=True)
    assert [op.op for op in plan.ops] == ["remove_range"]
    assert (plan.ops[0].start_ms, plan.ops[0].end_ms) == (start, end)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", [
    "普法口播 我一开口bgm就自己往下压 不说话再回来",
    "我一说话音乐就自己降下来 停了再升回去",
    "主播一开口背景音乐就自动压下去",
    "人一讲话bgm自己就低下去",
])
def test_pressed_down_when_talking_is_ducking(text: str) -> None:
    plan = _plan(text, music=True)
    assert [op.op for op in plan.ops] == ["duck_music"] and plan.ops[0].duck  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["这个给我慢放两倍", "这个加速1.5倍", "这个帮我放慢一半"])
def test_bare_this_with_several_clips_is_asked(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops


def test_bare_this_with_one_clip_is_the_clip() -> None:
    plan = _plan("这个给我慢放两倍")
    assert [op.op for op in plan.ops] == ["speed"] and not plan.question


@pytest.mark.parametrize(("text", "ms"), [
    ("朋友圈只能发1分钟 这几段加起来太长了 给我整成60秒", 60000),
    ("给我整成30秒", 30000),
    ("太长了 帮我搞成45秒", 45000),
])
def test_colloquial_made_into_length(text: str, ms: int) -> None:
    plan = _plan(text, clips3=True)
    assert [op.op for op in plan.ops] == ["keep_range"]
    assert (plan.ops[0].start_ms, plan.ops[0].end_ms) == (0, ms)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["刚撤销那个再恢复回来", "刚才撤掉那步重新做回来", "撤回那个给我恢复回来",
                                  "刚撤销那一步再还原回来"])
def test_undone_step_brought_back_is_redo(text: str) -> None:
    assert [op.op for op in _plan(text).ops] == ["redo"]


@pytest.mark.parametrize("text", ["撤销那个", "撤销"])
def test_plain_undo_stays_undo(text: str) -> None:
    assert [op.op for op in _plan(text).ops] == ["undo"]
