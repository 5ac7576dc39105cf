"""gak (issue 9): a mute of a span said with during / for / over / 期间 / 的时候 is refused (never the whole
track muted); an end said to stay in a clause of its own while the edit cuts that end is asked (an end the
edit leaves is kept: "delete b, keep the intro"); "i only want the music, not the original audio" mutes the
clip's own sound (the music on the timeline is not added again); a title said wrong and changed, then
"加字幕 / add subtitles" - the later edit still done; "add a title, write 'X'" a title; "打一行字 不要…" the
words after the line are the text."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]


@pytest.mark.parametrize("text", [
    "mute the sound during 10 seconds to 20 seconds",
    "silence the audio during 0:42 to 0:48",
    "mute it for 1:05-1:12, my cousin swears there",
    "mute the music during 0:10 to 0:20",
    "10秒到20秒期间静音",
    "把0:30到0:40的时候静音",
    "把10秒到20秒静音",
])
def test_part_mute_refused(text: str) -> None:
    p = _plan(text, music=True)
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "clips3"), [
    ("delete clip.mp4, keep the intro", True),
    ("delete the first clip, keep the intro", True),
    ("get rid of c, keep the ending", True),
    ("cut the first 10 seconds, keep the intro", False),
    ("cut 0:00 to 0:05, keep the intro", False),
    ("删掉第一段，保留片头", True),
    ("删掉c，片尾留着", True),
    ("剪掉前10秒，开头别动", False),
])
def test_end_kept_but_cut_asks(text: str, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert plan.question and not plan.ops and plan.export is None


CASES: list[tuple[str, Ops, bool, bool]] = [
    # an end the edit leaves, said to stay: done
    ("delete b, keep the intro", [("delete_segment", {"index": 2})], True, False),
    ("删掉b，保留片头", [("delete_segment", {"index": 2})], True, False),
    ("cut the last 10 seconds, keep the intro", [("trim", {"head_ms": 0, "tail_ms": 10000})], False, False),
    ("cut the silence at the beginning, leave the end alone", [("trim_dead_air", {"ends": "start"})], False,
     False),
    # the music wanted alone: the clip's own sound muted, the music not added again
    ("i only want the music, not the original audio", [("mute", {"track": "main"})], False, True),
    ("music only, not the camera audio", [("mute", {"track": "main"})], False, True),
    ("i just want to hear the music, not the clip's audio", [("mute", {"track": "main"})], False, True),
    ("我只要音乐 不要视频原来的声音", [("mute", {"track": "main"})], False, True),
    ("只要背景音乐 不要相机的声音", [("mute", {"track": "main"})], False, True),
    # a title corrected, then another edit
    ("刚才标题加错了 改成“张三” 加字幕",
     [("remove_text", {"track": "title"}), ("add_title", {"text": "张三"}), ("add_subtitles", {})],
     False, False),
    ("标题改成“王五” 加字幕",
     [("remove_text", {"track": "title"}), ("add_title", {"text": "王五"}), ("add_subtitles", {})],
     False, False),
    ("标题写错了，改成“李四”，再调亮一点",
     [("remove_text", {"track": "title"}), ("add_title", {"text": "李四"}), ("color", {"brightness": 0.15})],
     False, False),
    ('the title is wrong, change it to "Bob", add subtitles',
     [("remove_text", {"track": "title"}), ("add_title", {"text": "Bob"}), ("add_subtitles", {})],
     False, False),
    ('change the title to "Grand Opening" and add captions',
     [("remove_text", {"track": "title"}), ("add_title", {"text": "Grand Opening"}), ("add_subtitles", {})],
     False, False),
    ("添加字幕「谢谢观看」", [("add_text", {"text": "谢谢观看", "pos": "bottom"})], False, False),
    # a title, its words quoted after a verb of writing
    ('add a title, write "Happy Birthday"', [("add_title", {"text": "Happy Birthday"})], False, False),
    ("put a title on it, write 'Day 1'", [("add_title", {"text": "Day 1"})], False, False),
    ('add a title that says "Hi"', [("add_title", {"text": "Hi"})], False, False),
    # a line of words opening with 不要 / 别
    ("打一行字 不要剪我的毛", [("add_text", {"text": "不要剪我的毛"})], False, False),
    ("写一行字 别偷吃我的零食", [("add_text", {"text": "别偷吃我的零食"})], False, False),
    ("打一行字：不要剪我的毛！", [("add_text", {"text": "不要剪我的毛！"})], False, False),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    plan = _plan(text, clips3=clips3, music=music)
    assert_edits(plan, ops)
