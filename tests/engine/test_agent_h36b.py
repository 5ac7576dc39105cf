"""holdout36's misses, each a class (h36b): a freeze's length said right after the verb, before the point
("freeze 90 frames at 0:04"), is how long it holds."""

from __future__ import annotations

import pytest

from tests.engine.test_agent_edits26 import ops, plan


@pytest.mark.parametrize(("text", "at", "dur"), [
    ("freeze 90 frames at 0:04", 4000, 3000),
    ("freeze 3 seconds at 0:10", 10000, 3000),
    ("freeze it 1.5s at 0:20", 20000, 1500),
    ("freeze the frame for 4 sec at 0:06", 6000, 4000),
    ("freeze at 0:04 for 2 seconds", 4000, 2000)])
def test_a_freeze_length_said_before_its_point_is_how_long(text: str, at: int, dur: int) -> None:
    got = ops(plan(text))
    assert got == [{"op": "freeze_frame", "at_ms": at, **({"duration_ms": dur} if dur != 2000 else {})}]
