"""gab (issue 9): a person changing their mind inside one message - only the corrected edit happens.

Words to show corrected after "sorry typo" / "不对 还是叫"; a range corrected bare after "wait i mean" /
"不对 是"; a length corrected after how long the video is anyway ("视频本来就一分钟"); a direction taken
back across "…算了 还是"; a removal taken back by 算了 set off on its own, for a level ("背景音乐不要了…
算了 调小到10%吧"); after an undo, what the undone edit did ("the crossfade made it look mushy") is the
reason, no new edit; "fade in n out" is "in and out"; "把第二段删了 啊不对 是第三段" the third;
"…actually nvm leave them in" keeps them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # words to show, corrected: one text with the words said second
    ("add title 'Harmony Choir' — sorry typo, 'Harmonia Choir'", [("add_title", {"text": "Harmonia Choir"})],
     False, False),
    ('add title "Spring Recitle"... sorry, typo - "Spring Recital"',
     [("add_title", {"text": "Spring Recital"})], False, False),
    ("加个标题「腊月橙香」…不对 还是叫「赣南冬橙」吧", [("add_title", {"text": "赣南冬橙"})], False, False),
    ("加个标题「春季新频」…打错了 是「春季新品」", [("add_title", {"text": "春季新品"})], False, False),
    # a range corrected bare: the new range, the edit once
    ("slow down 0:10-0:15 to half speed... wait i mean 0:10-0:16",
     [("split", {"at_ms": 10000}), ("split", {"at_ms": 16000}), ("speed", {"factor": 0.5, "index": 2})],
     False, False),
    ("0:05到0:12慢放一半…不对 是0:05到0:14",
     [("split", {"at_ms": 5000}), ("split", {"at_ms": 14000}), ("speed", {"factor": 0.5, "index": 2})],
     False, False),
    # a length corrected after how long the video is
    ("试听课只要前1分钟…不对 视频本来就一分钟 那就前45秒吧",
     [("keep_range", {"start_ms": 0, "end_ms": 45000})], False, False),
    ("只要前1分钟…哦视频总共才一分钟，那就前30秒",
     [("keep_range", {"start_ms": 0, "end_ms": 30000})], False, False),
    # a direction taken back: the later one
    ("整体调暗一点…算了 还是亮一点吧 阴天拍的", [("color", {"brightness": 0.15})], False, False),
    ("调亮一点…算了 还是暗一点吧", [("color", {"brightness": -0.15})], False, False),
    ("make it darker... actually no, brighter", [("color", {"brightness": 0.15})], False, False),
    # a removal taken back by 算了: the level, nothing removed
    ("背景音乐不要了…算了 调小到10%吧", [("set_volume", {"track": "bgm", "volume": 0.1})], True, False),
    ("bgm删掉…算了 降到15%吧", [("set_volume", {"track": "bgm", "volume": 0.15})], True, False),
    # 算了 takes back the subtitles; never their words
    ("加字幕 算了 音乐不要了", [("remove_music", {})], True, False),
    ("加字幕 音乐不要了", [("add_subtitles", {}), ("remove_music", {})], True, False),
    # 算了 glued on ("just mute it") or before 再 takes nothing back
    ("直接静音算了 再加个字幕", [("mute", {"track": "main"}), ("add_subtitles", {})], False, False),
    # after an undo, what the undone edit did is why
    ("ugh undo the last thing, the crossfade made the heats look mushy", [("undo", {})], False, True),
    ("撤销上一步 那个转场让画面变糊了", [("undo", {})], False, True),
    ("撤回吧 刚加的转场看着太乱了", [("undo", {})], False, True),
    # "n" / "'n'" / "&" for "and"
    ("fade in n out pls", [("fade", {"fade_in_ms": 1000, "fade_out_ms": 1000})], False, False),
    ("fade in 'n' out", [("fade", {"fade_in_ms": 1000, "fade_out_ms": 1000})], False, False),
    ("fade in & out please", [("fade", {"fade_in_ms": 1000, "fade_out_ms": 1000})], False, False),
    ("trim the start n end by 2s", [("trim", {"head_ms": 2000, "tail_ms": 2000})], False, False),
    # a clip named, then corrected bare in Chinese
    ("把第二段删了 啊不对 是第三段", [("delete_segment", {"index": 3})], False, True),
    ("把第二段加速两倍 啊不对 是第三段", [("speed", {"factor": 2.0, "index": 3})], False, True),
    # words to show keep their own "&" / "n"
    ("add title 'In & Out'", [("add_title", {"text": "In & Out"})], False, False),
    ('add text "in n out burger"', [("add_text", {"text": "in n out burger"})], False, False),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    plan = _plan(text, music=music, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "trim off the first 10 sec... actually nvm leave them in",
    "cut the first 8 sec... nvm leave them in",
])
def test_cut_taken_back_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.answer and not plan.question


@pytest.mark.parametrize("text", [
    "背景音乐不要了…算了 调小到10%吧",
    "背景音乐删了吧…算了 调到20%",
    "bgm删掉…算了 降到15%吧",
])
def test_taken_back_removal_keeps_music(text: str) -> None:
    plan = _plan(text, music=True)
    assert not any(o.op == "remove_music" for o in plan.ops)
