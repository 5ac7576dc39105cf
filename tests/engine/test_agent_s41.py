"""'silence' before a time is the verb: that stretch is muted, and a cut verb said later for the music
("drop the music to 40%") never turns it into the pauses cut plus the stretch removed (it did both)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    ("silence 0:05 to 0:09, and drop the music to 40%",
     [("mute", {"start_ms": 5000, "end_ms": 9000, "track": "main"}),
      ("set_volume", {"track": "bgm", "volume": 0.4})]),
    ("silence 0:05-0:09 and cut the music to 40%",
     [("mute", {"start_ms": 5000, "end_ms": 9000}), ("set_volume", {"track": "bgm", "volume": 0.4})]),
    ("silence between 0:20 and 0:23, and drop music to 20%",
     [("mute", {"start_ms": 20000, "end_ms": 23000}), ("set_volume", {"track": "bgm", "volume": 0.2})]),
    # the pauses named are still cut
    ("remove the silences and drop the music to 40%",
     [("remove_silences", {}), ("set_volume", {"track": "bgm", "volume": 0.4})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True), ops)
