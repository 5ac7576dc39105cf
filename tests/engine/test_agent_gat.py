"""gat (issue 9): the sound of a part of the timeline muted or set to a level by its times (mute /
set_volume with start_ms/end_ms) - "mute 0:10 to 0:20", "silence the music between 5s and 12s", "turn the
music down to 20% from 0:30 to 0:40", "第10秒到第20秒静音", "10到20秒把音乐关掉". A range mute never cuts the
picture and never removes the music; a part named only by what is in it has its times asked; a part past
the end is asked about."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]


def _mute(track: str, a: int, b: int) -> Ops:
    return [("mute", {"track": track, "start_ms": a, "end_ms": b, "muted": True})]


CASES: list[tuple[str, Ops, bool]] = [
    # the clip's own sound, a part
    ("mute 0:10 to 0:20", _mute("main", 10000, 20000), False),
    ("mute the sound from 10s to 20s", _mute("main", 10000, 20000), False),
    ("bleep out the swear at 0:32-0:34", _mute("main", 32000, 34000), False),
    ("第10秒到第20秒静音", _mute("main", 10000, 20000), False),
    ("mute the last 3 seconds", _mute("main", 57000, 60000), False),
    ("mute the first half of the video", _mute("main", 0, 30000), False),
    # the music, a part: muted, never removed
    ("silence the music between 5s and 12s", _mute("bgm", 5000, 12000), True),
    ("10到20秒把音乐关掉", _mute("bgm", 10000, 20000), True),
    ("cut the music out from 0:10 to 0:20", _mute("bgm", 10000, 20000), True),
    # a level for a part
    ("turn the music down to 20% from 0:30 to 0:40",
     [("set_volume", {"track": "bgm", "volume": 0.2, "start_ms": 30000, "end_ms": 40000})], True),
    ("turn the volume down to 50% from 0:05 on",
     [("set_volume", {"track": "main", "volume": 0.5, "start_ms": 5000, "end_ms": 60000})], False),
]


@pytest.mark.parametrize(("text", "ops", "music"), CASES)
def test_read(text: str, ops: Ops, music: bool) -> None:
    plan = _plan(text, music=music)
    assert_edits(plan, ops)


def test_whole_track_mute_has_no_range() -> None:
    (op,) = _plan("mute the original audio").ops
    assert op.op == "mute" and op.start_ms is None and op.end_ms is None  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["mute the part where he swears", "bleep the bit where my uncle swears"])
def test_part_named_by_what_is_in_it_asks_for_its_times(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.refusal and "times" in plan.refusal


def test_a_part_past_the_end_is_asked_about() -> None:
    plan = _plan("把1:05到1:10的声音静音")
    assert not plan.ops and plan.question and "1:00" in plan.question
