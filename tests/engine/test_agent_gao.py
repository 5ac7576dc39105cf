"""gao (issue 9): a correction said inside one English message - only the corrected edit happens: a clip's
place said again ("delete the second clip — wait, i mean the third one"), a range said again after "only" /
"just", the speed said to stay as it is ("wait no, keep the speed normal"), a share corrected with "no, N% is
better", a trim amount corrected to milliseconds ("make it 800ms"); and "remove the mute from the music" is
an unmute, never a second mute."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a clip's place corrected: only the clip said second is edited
    ("delete the second clip — wait, i mean the third one", [("delete_segment", {"index": 3})], True, False),
    ("delete the third clip, wait no, the second one", [("delete_segment", {"index": 2})], True, False),
    ("remove the first clip... sorry, the last one", [("delete_segment", {"index": 3})], True, False),
    # no marker: two clips named, both deleted
    ("delete the second clip and the third one",
     [("delete_segment", {"index": 3}), ("delete_segment", {"index": 2})], True, False),
    # a range corrected with "only" / "just": only the new range
    ("remove 0:10 to 0:20, hmm actually only 0:10 to 0:15",
     [("remove_range", {"start_ms": 10000, "end_ms": 15000})], False, False),
    ("cut 0:05 to 0:30, wait no, just 0:05 to 0:12",
     [("remove_range", {"start_ms": 5000, "end_ms": 12000})], False, False),
    # the speed kept as it is: the speed change is taken back, the rest stays
    ("speed it up 1.5x and take out the ums — wait no, keep the speed normal, just the ums",
     [("remove_fillers", {"fillers": True, "repeats": True})], False, False),
    ("speed it up 2x and add subtitles, actually keep the speed as is",
     [("add_subtitles", {})], False, False),
    # the mute taken off: switched back on
    ("Please remove the mute from the music, I have muted it by mistake",
     [("mute", {"track": "bgm", "muted": False})], False, True),
    ("take the mute off the music", [("mute", {"track": "bgm", "muted": False})], False, True),
    ("remove the music", [("remove_music", {})], False, True),
    # a share corrected: the new share
    ("music at 30%, no, 20% is better", [("set_volume", {"track": "bgm", "volume": 0.2})], False, True),
    ("bgm at 60%, no, 45% is better", [("set_volume", {"track": "bgm", "volume": 0.45})], False, True),
    # an amount corrected to milliseconds
    ("trim 1.5 sec off the start — no wait, make it 800ms", [("trim", {"head_ms": 800})], False, False),
    ("cut 2 seconds from the end, actually make it 500 milliseconds",
     [("trim", {"tail_ms": 500})], False, False),
    ("trim 1500ms off the start, no wait, make it 800ms", [("trim", {"head_ms": 800})], False, False),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)
