"""gay (issue 9): English corrections, clip references, undo and levels - a clip said to stay ("only c.mp4
is worth keeping", "b stays") is never one of the clips deleted, and the clips named after the delete verb
are what goes; "c goes" / "b can go" deletes the clip named before the verb; a place corrected after a
marker ("put c first, no actually put it second") replaces the place, and a bare ordinal after a clip is
its place; "scratch that — the crossfade looked cheesy" is an undo; "take me back two steps" undoes two;
with music on the timeline "the dj track" is that music, and a fade of "it" after its removal was taken
back with "no" fades the music; "the whole mix" turned down is every sound; a length compared with a song
adds no music."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CLIPS3: list[tuple[str, Ops]] = [
    # a clip said to stay is never deleted
    ("honestly only c.mp4 is worth keeping, drop clip and b from the timeline",
     [("delete_segment", {"index": 2}), ("delete_segment", {"index": 1})]),
    ("remove c, b stays", [("delete_segment", {"index": 3})]),
    ("clip.mp4 is the keeper, delete b and c",
     [("delete_segment", {"index": 3}), ("delete_segment", {"index": 2})]),
    ("b is shaky, delete it", [("delete_segment", {"index": 2})]),
    # the verb said after the clip
    ("b stays, c goes", [("delete_segment", {"index": 3})]),
    ("c has to go", [("delete_segment", {"index": 3})]),
    ("c is out, b stays", [("delete_segment", {"index": 3})]),
    # a place corrected
    ("put c first, no actually put it second", [("move_segment", {"index": 3, "to_index": 2})]),
    ("put b first, no wait, third", [("move_segment", {"index": 2, "to_index": 3})]),
    ("move b to the front, hmm no make it third", [("move_segment", {"index": 2, "to_index": 3})]),
    ("put c second", [("move_segment", {"index": 3, "to_index": 2})]),
]


@pytest.mark.parametrize(("text", "ops"), CLIPS3)
def test_clips(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, clips3=True), ops)


ONE: list[tuple[str, Ops, bool]] = [
    ("nah, scratch that — the crossfade looked cheesy", [("undo", {})], False),
    ("scratch that - the music sounds off", [("undo", {})], False),
    ("take me back two steps, both of those edits were mistakes", [("undo", {"steps": 2})], False),
    ("take us back 3 steps pls", [("undo", {"steps": 3})], False),
    ("remove the dj track... no scratch that, just fade it out at the end of the recap",
     [("fade_music", {"fade_out_ms": 2000})], True),
    ("remove the music. no scratch that, just fade it out", [("fade_music", {"fade_out_ms": 2000})], True),
    ("remove the dj track", [("remove_music", {})], True),
    ("dj set is clipping, turn the whole mix down to 70%", [("set_volume", {"track": "all", "volume": 0.7})],
     True),
    ("turn everything down to 80%", [("set_volume", {"track": "all", "volume": 0.8})], True),
    ("slow it down so it lasts 1:20, same as the song", [("speed", {"factor": 0.75})], False),
    ("trim it to 30 seconds, as long as the track", [("keep_range", {"start_ms": 0, "end_ms": 30000})],
     False),
]


@pytest.mark.parametrize(("text", "ops", "music"), ONE)
def test_one_clip(text: str, ops: Ops, music: bool) -> None:
    assert_edits(_plan(text, music=music), ops)


def test_dj_music_in_the_recording_still_refused() -> None:
    # no music on the timeline: the DJ's music is in the recorded sound - nothing separates it
    plan = _plan("remove the dj track")
    assert plan.refusal and not plan.ops
