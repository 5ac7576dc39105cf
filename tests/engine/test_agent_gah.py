"""gah (issue 9): fades, target lengths by speed, freezes, undo and ends said in other words - the end
asked to be black with the recording named in a few words ("end the vhs transfer on black") or 用黑屏收个尾
is a fade out; the music faded in at the start "and out at the end" is both of the music's fades, the clips
named as the place never the picture's; "start and end right where i'm talking" / 在我说话的地方开始和结束
trims the dead air; a longer length "stretched" by slowing is the speed; a length where not one shot may
go (一个镜头都不想丢) is the speed, never a cut; "during 1.5 second" after a freeze is how long; 往回倒三步 /
"rewind three steps" undoes three."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

# (text, ops, music, clips3)
CASES: list[tuple[str, Ops, bool, bool]] = [
    # the end asked to be black: a fade out
    ("end the vhs transfer on black like the old tapes did", [("fade", {"fade_out_ms": 1000})], False, False),
    ("end my dad's tape transfer on black", [("fade", {"fade_out_ms": 1000})], False, False),
    ("结尾用黑屏收个尾", [("fade", {"fade_out_ms": 1000})], False, False),
    ("最后用黑屏收一下尾", [("fade", {"fade_out_ms": 1000})], False, False),
    # the music's fades, the clips named as where they go
    ("fade the music in at the start and out at the end of the halftime clips",
     [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 2000})], True, True),
    ("fade the song in at the beginning and then out at the very end",
     [("fade_music", {"fade_in_ms": 2000, "fade_out_ms": 2000})], True, False),
    # the ends where the speech is
    ("make it start and end right where i'm talking", [("trim_dead_air", {"ends": "both"})], False, True),
    ("trim it so it starts where i'm talking", [("trim_dead_air", {"ends": "start"})], False, True),
    ("cut it so it ends where she's talking", [("trim_dead_air", {"ends": "end"})], False, True),
    ("开头结尾都卡在我说话的地方", [("trim_dead_air", {"ends": "both"})], False, True),
    ("让视频在我说话的地方开始和结束", [("trim_dead_air", {"ends": "both"})], False, True),
    # a length reached by speed
    ("stretch it to 80 seconds by slowing it down", [("speed", {"factor": 0.75})], False, False),
    ("拉长到80秒 放慢一点", [("speed", {"factor": 0.75})], False, False),
    ("想让整条变成40秒 但是一个镜头都不想丢", [("speed", {"factor": 1.5})], False, False),
    ("压到30秒 一秒也不能少", [("speed", {"factor": 2.0})], False, False),
    ("make the whole thing 40 seconds, no shot can be lost", [("speed", {"factor": 1.5})], False, False),
    ("get it down to 30 seconds without dropping a single frame", [("speed", {"factor": 2.0})], False, False),
    # "during" a length
    ("please stop the picture at 00:00:07 during 1.5 second",
     [("freeze_frame", {"at_ms": 7000, "duration_ms": 1500})], False, False),
    # steps undone, said as a rewind
    ("往回倒三步 改乱了", [("undo", {"steps": 3})], True, False),
    ("倒回去两步", [("undo", {"steps": 2})], False, False),
    ("rewind three steps, i messed it up", [("undo", {"steps": 3})], False, False),
    ("back up two steps please", [("undo", {"steps": 2})], False, False),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    plan = _plan(text, music=music, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "stretch it to 30 seconds by slowing it down",  # slowing cannot shorten: asked, never cut
])
def test_length_the_way_cannot_reach_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "在我说话的地方开始加字幕",  # where the subtitles start, no trim
])
def test_not_a_trim(text: str) -> None:
    plan = _plan(text)
    assert not any(o.op == "trim_dead_air" for o in plan.ops)
