"""Issue 9: a thing in the video said to start at a time ("the kiss starts at 0:30") names a place, never
where the video starts (it had cut the first 30 s); an edit "from there" runs from that time to the end
(it had applied to the whole video), "from there to 0:20" to the time said."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    ("the sparkler exit starts at 0:30, slow it down from there",
     [("split", {"at_ms": 30000}), ("speed", {"factor": 0.75, "index": 2})]),
    ("the kiss starts at 0:30, make it slow motion from there",
     [("split", {"at_ms": 30000}), ("speed", {"factor": 0.5, "index": 2})]),
    ("the chorus begins at 0:15, speed it up 1.5x from there on",
     [("split", {"at_ms": 15000}), ("speed", {"factor": 1.5, "index": 2})]),
    ("he falls off the board at 0:12, mute from that point on",
     [("mute", {"start_ms": 12000, "end_ms": 60000})]),
    ("the intro ends at 0:10, cut from there to 0:20",
     [("remove_range", {"start_ms": 10000, "end_ms": 20000})]),
    # still the video's own start
    ("start at 0:30", [("trim", {"head_ms": 30000})]),
    ("the drone takes off at 0:07, start the video there", [("trim", {"head_ms": 7000})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize("text", ["the kiss starts at 0:30", "the first dance begins at 0:40"])
def test_a_thing_starting_cuts_nothing(text: str) -> None:
    plan = _plan(text)
    assert not any(o.op in ("trim", "keep_range", "remove_range") for o in plan.ops)
