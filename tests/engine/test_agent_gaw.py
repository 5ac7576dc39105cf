"""gaw (issue 9): a bare "no text / subtitles / music" with none on the video declines it (nothing removed;
a word of taking it off is still the removal); a learner's "play two time" is twice; words after "add on
top:" are the text put there; a length the video "must be" / "exactly N seconds"; a GIF's bare "start 0:30";
a ratio said in numbers is set_aspect - the platform beside it, in any clause, only what it is for (a platform
named alone is its preset)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # declining what is not there: nothing removed
    ("no text anymore, remove it", [("remove_text", {"track": "text"})], False),
    ("get rid of the text", [("remove_text", {"track": "text"})], False),
    ("no subtitles anymore, take them off", [("remove_text", {"track": "subtitle"})], False),
    # a learner's "two time"
    ("the clip 2 i want play two time, is the trick shot", [("duplicate_segment", {"index": 2})], True),
    ("clip 3 i want it play 2 time", [("duplicate_segment", {"index": 3})], True),
    # the words after "add on top:"
    ("please add on top: Welcome to my kitchen",
     [("add_text", {"text": "Welcome to my kitchen", "pos": "top"})], False),
    ("add at the bottom: Subscribe for more", [("add_text", {"text": "Subscribe for more", "pos": "bottom"})],
     False),
    ("add on top: logo.png", [("add_logo", {"media_id": "logo.png"})], False),
    # a length required
    ("video must be 45 second. please do", [("keep_range", {"start_ms": 0, "end_ms": 45000})], False),
    ("exactly 59 seconds for shorts pls, they count an extra second",
     [("keep_range", {"start_ms": 0, "end_ms": 59000})], False),
    ("the video has to be 20 sec", [("keep_range", {"start_ms": 0, "end_ms": 20000})], False),
    # a ratio in numbers wins over the platform
    ("make it 4:5, the listing goes on the instagram feed as a portrait post",
     [("set_aspect", {"ratio": "4:5"})], False),
    ("make it 4:5 for the insta feed post", [("set_aspect", {"ratio": "4:5"})], False),
    ("trim the first 3 seconds, add subtitles and make it 9:16 for reels",
     [("trim", {"head_ms": 3000}), ("add_subtitles", {}), ("set_aspect", {"ratio": "9:16"})], False),
    ("make it 9:16 for tiktok but dont crop me out, use blur",
     [("set_aspect", {"ratio": "9:16", "fit": "blur"})], False),
    ("from 9:16 to 16:9 for youtube", [("set_aspect", {"ratio": "16:9"})], False),
    ("make it 9:16, its for tiktok", [("set_aspect", {"ratio": "9:16"})], False),
    ("做成9:16的，发抖音用", [("set_aspect", {"ratio": "9:16"})], False),
    # a platform alone: its preset
    ("make it vertical for tiktok", [("platform", {"name": "tiktok"})], False),
    ("make it square for instagram", [("platform", {"name": "instagram"})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", ["no text on this one please", "no subtitles please",
                                  "no captions on this video"])
def test_declined_absent_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal
    assert plan.answer and "nothing was changed" in plan.answer


@pytest.mark.parametrize("text", ["no music on this one", "no music please", "no music for this video pls"])
def test_no_music_when_none_plays_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.refusal and "nothing was changed" in plan.refusal


def test_declined_present_music_is_removed() -> None:
    plan = _plan("no music on this one", music=True)
    assert_edits(plan, [("remove_music", {})])


@pytest.mark.parametrize(("text", "start", "end"), [("i want gif, start 0:30", 30000, 33000),
                                                    ("a gif, start 0:30, 5 seconds long", 30000, 35000),
                                                    ("gif please, starts at 1:05", 65000, 68000)])
def test_gif_start(text: str, start: int, end: int) -> None:
    plan = _plan(text)
    assert plan.export is not None and plan.export["format"] == "gif"
    assert (plan.export["start_ms"], plan.export["end_ms"]) == (start, end)
