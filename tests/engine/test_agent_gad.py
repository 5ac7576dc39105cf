"""gad (issue 9): clips, parts, text and lengths said in new ways - N equal parts of a recording named by
what it is ("chop the talk into 3 equal parts"); words in capitals put across the video; a deleted clip
with the clips kept named after it; a clip wished first ("i want c first") and "that one" after a move is
the moved clip; a target length from a chosen end with the person's praise of it as the reason; a part
played N times is no speed (asked); a title's words after "write"; "one by one" is no 1:1 shape."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # N equal parts of a recording named by what it is
    ("chop the talk into 3 equal parts so i can post them seperately",
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000})], False),
    ("cut my podcast into 4 equal pieces",
     [("split", {"at_ms": 15000}), ("split", {"at_ms": 30000}), ("split", {"at_ms": 45000})], False),
    # "one by one" is one after another - no square
    ("split it at 0:30 so i can post them one by one", [("split", {"at_ms": 30000})], False),
    ("make it one by one", [("set_aspect", {"ratio": "1:1"})], False),
    # capitals put on the picture, then where
    ("slap NO REPS NO GLORY across the whole video", [("add_text", {"text": "NO REPS NO GLORY"})], False),
    ("put SOLD OUT at the top", [("add_text", {"text": "SOLD OUT", "pos": "top"})], False),
    # a clip deleted, the ones kept named
    ("kill b, keep clip and c", [("delete_segment", {"index": 2})], True),
    ("remove the second clip, keep the first and third", [("delete_segment", {"index": 2})], True),
    # a clip wished first; "that one" is the clip moved, where it went
    ("I want c first since that's our fastest swimmer and the one everyone wants to copy, then slow that "
     "one to half speed so people can actually see the catch",
     [("move_segment", {"index": 3, "to_index": 1}), ("speed", {"factor": 0.5, "index": 1})], True),
    ("move b to the end and speed that one up 2x",
     [("move_segment", {"index": 2, "to_index": 3}), ("speed", {"factor": 2.0, "index": 3})], True),
    ("put c first, then copy it",
     [("move_segment", {"index": 3, "to_index": 1}), ("duplicate_segment", {"index": 1})], True),
    # a length from a chosen end, praised
    ("make a 10 sec teaser from the end of the concert, the finale is the best bit",
     [("keep_range", {"start_ms": 50000, "end_ms": None})], False),
    # a part sped up on a longer programme
    ("speed up 1:00-1:20 to 1.5x",
     [("split", {"at_ms": 80000}), ("speed", {"factor": 1.5, "index": 2})], True),
    # a title's words after "write"
    ("add a title, write Happy Birthday, make it big",
     [("add_title", {"text": "Happy Birthday", "size": 144})], False),
    ("add a title, type Summer Camp 2024", [("add_title", {"text": "Summer Camp 2024"})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "play the part at 0:10 three times",   # how many plays of a part: never a speed, never the whole looped
    "repeat the bit at 0:40 twice",
    "play 0:10-0:15 three times",
    "keep the best bit",                   # which part is best is still the person's call
])
def test_part_played_again_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops


def test_whole_video_still_loops() -> None:
    plan = _plan("play it three times")
    assert [o.op for o in plan.ops] == ["loop"]
