"""gbn (issue 9): corrections and take-backs inside one request - a cut taken back by a keep whose reason
("thats where pastor says good morning") is said after it leaves the video as it is (no part kept by
those words); a clip removal taken back with "scratch that" / "never mind" and a move of "it" said
after is the move only; a speed found too fast / too slow and a new factor said after it is that
factor only; an export format corrected with 还是…吧 after a sound of thinking is the new format."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

EDITS: list[tuple[str, Ops, bool]] = [
    # a clip removal taken back, then a move of the clip named before
    ("delete the 3rd clip — scratch that, just move it to the front",
     [("move_segment", {"index": 3, "to_index": 1})], True),
    ("delete clip 1... never mind, move it to the end",
     [("move_segment", {"index": 1, "to_index": 3})], True),
    ("drop the last clip - on second thought, just move it to the front",
     [("move_segment", {"index": 3, "to_index": 1})], True),
    # the edit said again after "just" still stands (the others taken back)
    ("flip it vertical and rotate 180 — wait no, just rotate 180", [("rotate", {"degrees": 180})], False),
    # a speed complained of, then a new one
    ("2倍速 emm太快了 1.5倍吧", [("speed", {"factor": 1.5})], False),
    ("慢放0.5倍 嗯太慢了 0.8倍吧", [("speed", {"factor": 0.8})], False),
    ("speed it up 3x... too fast, 2x", [("speed", {"factor": 2.0})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), EDITS)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    assert_edits(_plan(text, clips3=clips3), ops)


@pytest.mark.parametrize("text", [
    "cut the first 5 seconds... no wait, keep them, thats where pastor says good morning",
    "remove the last 5 seconds... no wait keep them, thats where i say subscribe",
    "mute the first 3 seconds — wait no, keep them, its where the bell rings",
])
def test_kept_with_reason_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal


@pytest.mark.parametrize(("text", "fmt"), [
    ("导出mp4 嗯…还是mov吧", "mov"),
    ("导出gif 呃…还是mp4吧", "mp4"),
    ("导出webm 嗯 还是mp4吧", "mp4"),
])
def test_export_corrected(text: str, fmt: str) -> None:
    plan = _plan(text, music=True)
    assert not plan.ops and plan.export is not None and plan.export["format"] == fmt


def test_format_choice_with_space_only_is_not_settled() -> None:
    # "导出mp4 还是mov吧" said with no pause may still ask which one: never read as a second export
    plan = _plan("导出mp4 还是mov吧")
    assert plan.export is None or plan.export["format"] != "mp4"
