"""gci (issue 9): cutting, times, undo and target lengths said in new ways - the British "bar" (= except)
after all of it names the part that goes; "别的我全都要留着" (who keeps it, and 要, before the keeping) is
the rest kept; a bare take-back ("ah nah forget it") after an edit asked for in the same message takes that
edit back, never the previous turn; "scratch the last thing you did" is an undo; 倒数N秒 is the last N
seconds; a platform named with how length fares on it is the reason for the length (no platform op);
"半分钟以内就行" is a target length; 停 at a point with how long is a freeze frame; a space before a clip
letter and 段 ("c段2倍速 b段慢动作") starts the next clip's edit."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    # "bar" = except: the part named goes (never a keep of it)
    ("everything bar the last 8 seconds stays", [("trim", {"head_ms": 0, "tail_ms": 8000})]),
    ("keep it all bar the first 4 seconds", [("trim", {"head_ms": 4000, "tail_ms": 0})]),
    ("everything barring the final 6 secs can stay", [("trim", {"tail_ms": 6000})]),
    # the rest kept, with who wants it
    ("除了最前面3秒 别的我全都要留着", [("trim", {"head_ms": 3000, "tail_ms": 0})]),
    ("除了最后5秒 其余的我都要保留", [("trim", {"head_ms": 0, "tail_ms": 5000})]),
    # undo said with a throw-away verb
    ("nope, scratch the last thing you did", [("undo", {})]),
    ("nix whatever you just did", [("undo", {})]),
    # 倒数N秒
    ("倒数10秒加一句「关注我 下期教倒车入库」",
     [("add_text", {"text": "关注我 下期教倒车入库", "start_ms": 50000, "end_ms": 60000})]),
    ("倒数5秒静音", [("mute", {"start_ms": 55000, "end_ms": 60000})]),
    # a platform as the reason for the length
    ("做成15秒的 快手上短点好", [("keep_range", {"start_ms": 0, "end_ms": 15000})]),
    ("cut it to 20 seconds, nobody on tiktok watches long stuff",
     [("keep_range", {"start_ms": 0, "end_ms": 20000})]),
    # a length within which it is enough
    ("半分钟以内就行 抖音太长没人看", [("keep_range", {"start_ms": 0, "end_ms": 30000})]),
    ("总长20秒之内就好", [("keep_range", {"start_ms": 0, "end_ms": 20000})]),
    # 停 at a point: a freeze
    ("在四十五秒那儿停两秒半", [("freeze_frame", {"at_ms": 45000, "duration_ms": 2500})]),
    ("在第10秒停留三秒", [("freeze_frame", {"at_ms": 10000, "duration_ms": 3000})]),
    # (a freeze said already: 停 only says how long)
    ("定格0:03 停一秒 突出一下那个表情", [("freeze_frame", {"at_ms": 3000, "duration_ms": 1000})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize(("text", "ops"), [
    ("c段2倍速 b段慢动作", [("speed", {"factor": 2.0, "index": 3}), ("speed", {"factor": 0.5, "index": 2})]),
    ("c段删掉 b段加速", [("delete_segment", {"index": 3}), ("speed", {"index": 2})]),
])
def test_clip_letters(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, clips3=True), ops)


@pytest.mark.parametrize("text", [
    "trim a wee bit off the end — ah nah forget it, it's grand as it is",
    "cut a little off the start... nah forget it",
    "trim the end slightly. hmm scratch that",
])
def test_take_back_in_message_is_no_undo(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.answer and not plan.question


@pytest.mark.parametrize("text", ["forget it", "the fade looks weird, forget it"])
def test_take_back_alone_is_undo(text: str) -> None:
    assert [o.op for o in _plan(text).ops] == ["undo"]
