"""gbt (issue 9): corrections, take-backs and undo said in one message - a removal taken back leaves the
content alone (a reason after the keep, 还是要的, "no actually", a dash before the marker, the clip named
again), and the edit said after the take-back is of the clip kept (its speed, its place); a value corrected
in the same breath is said once, with the second value ("overkill", "too fast", "make that", 等下, half a
second, a reason before new quoted words); 撤一下 is an undo, "undo 3 times, the speed change …" counts
undos (no speed), and "c isn't needed anymore" deletes c."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # a take-back, then another edit of the clip kept
    ("c不要了…哦等下还是要的，把它放第一个吧", [("move_segment", {"index": 3, "to_index": 1})], True),
    ("b不要了…等下还是留着吧，把它放最后", [("move_segment", {"index": 2, "to_index": 3})], True),
    ("第二段删掉 算了还是留着 把它调快一倍", [("speed", {"factor": 2.0, "index": 2})], True),
    ("get rid of clip 2, actually keep it but move it to the end",
     [("move_segment", {"index": 2, "to_index": 3})], True),
    ("delete b... nah keep it, make it 2x faster", [("speed", {"factor": 2.0, "index": 2})], True),
    ("remove c, wait no, keep it and slow it down to half speed", [("speed", {"factor": 0.5, "index": 3})],
     True),
    # a value corrected: the second one, once
    ("loop it 4 times, hmm thats overkill, 3", [("loop", {"times": 3})], False),
    ("add 1 sec crossfades between the clips, actually half a sec is enough",
     [("crossfade", {"duration_ms": 500})], True),
    ("speed it up 3x, hmm too fast, 2", [("speed", {"factor": 2.0})], False),
    ("volume to 80%, make that 60%", [("set_volume", {"volume": 0.6})], False),
    ("volume to 80% — make that 60%", [("set_volume", {"volume": 0.6})], False),
    ("title 'Spring Recital 2024' — oh wait it's the winter one, 'Winter Recital 2024'",
     [("add_title", {"text": "Winter Recital 2024"})], False),
    ("循环5次 等下 3次就够了", [("loop", {"times": 3})], False),
    ("倍速2倍 等下 1.5倍", [("speed", {"factor": 1.5})], False),
    # undo, and a clip no longer needed
    ("撤一下 刚那步不对", [("undo", {"steps": 1})], False),
    ("undo 3 times, the speed change screwed up the audio", [("undo", {"steps": 3})], False),
    ("c isn't needed anymore", [("delete_segment", {"index": 3})], True),
    ("clip 2 isn't needed", [("delete_segment", {"index": 2})], True),
]


KEPT: list[tuple[str, bool]] = [
    # a take-back: nothing removed, nothing asked
    ("cut the intro, no wait, keep it, because the sponsor needs it", False),
    ("mute the whole thing — no actually leave the sound, it's the interview", False),
    ("mute it - nah keep the sound", False),
    ("第三段不要了…哦等下还是要的", True),
    ("第三段不要了 等下还是要的", True),
    ("把c删了，不对不对，c要留着，因为是结尾", True),
]


@pytest.mark.parametrize(("text", "clips3"), KEPT)
def test_taken_back_changes_nothing(text: str, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert not plan.ops and not plan.question and not plan.refusal


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", ["把字幕撤一下", "把logo撤一下"])
def test_object_before_che_is_no_undo(text: str) -> None:
    # 撤 with a thing named before it takes that thing off - no step is undone
    plan = _plan(text)
    assert not any(o.op == "undo" for o in plan.ops)
