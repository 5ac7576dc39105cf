"""gbs (issue 9): destructive misreadings of holdout63 - a number taken back with "no sorry" ("trim the
first 6 seconds — no sorry, 4"); a clip's removal taken back with "等下还是要的" before it is moved; the
sound taken away over a stretch is a mute there, never a cut ("lose the sound for the first 3 secs, keep
the picture"); a moment named before its range ("during the mayor's speech 0:20-0:35") is where the range
is, never a cut beside a ducking; a score inside unquoted capitals ("FINAL SCORE 21-14") is a word of
the text, never a second range cut."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a number corrected after "no sorry"
    ("trim the first 6 seconds — no sorry, 4", [("trim", {"head_ms": 4000, "tail_ms": 0})], False, False),
    ("speed it up 3x — no sorry, 2x", [("speed", {"factor": 2.0})], False, False),
    ("fade out over 3 seconds — no oops, 5", [("fade", {"fade_out_ms": 5000})], False, False),
    # a clip's removal taken back, then moved
    ("c不要了…哦等下还是要的，把它放第一个吧", [("move_segment", {"index": 3, "to_index": 1})], False, True),
    ("b不要了…等等还是要的，把它放第一个", [("move_segment", {"index": 2, "to_index": 1})], False, True),
    # the sound taken away over a stretch: a mute
    ("lose the sound for the first 3 secs only, keep the picture",
     [("mute", {"track": "main", "start_ms": 0, "end_ms": 3000})], False, False),
    ("kill the audio from 0:10 to 0:20, picture stays",
     [("mute", {"track": "main", "start_ms": 10000, "end_ms": 20000})], False, False),
    # a moment named, then its range
    ("kill the music during the mayor's speech 0:20-0:35 then bring it back",
     [("mute", {"track": "bgm", "start_ms": 20000, "end_ms": 35000})], True, False),
    ("cut the music during the vows 0:30-0:50",
     [("mute", {"track": "bgm", "start_ms": 30000, "end_ms": 50000})], True, False),
    # a score inside unquoted capitals
    ("delete 0:10-0:15 and put FINAL SCORE 21-14 from 0:50 to 0:55",
     [("remove_range", {"start_ms": 10000, "end_ms": 15000}),
      ("add_text", {"text": "FINAL SCORE 21-14", "start_ms": 45000, "end_ms": 50000})], False, False),
    ("put HALF TIME 2-1 from 0:20 to 0:25",
     [("add_text", {"text": "HALF TIME 2-1", "start_ms": 20000, "end_ms": 25000})], False, False),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


@pytest.mark.parametrize("text", [
    "cut the audio from the video",   # no stretch: the whole sound muted, nothing cut
    "lose the sound",
])
def test_sound_taken_away_is_no_cut(text: str) -> None:
    plan = _plan(text)
    assert plan.ops and all(o.op == "mute" for o in plan.ops)
