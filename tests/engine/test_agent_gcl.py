"""gcl (issue 9): a change of mind inside one message - the last word wins, the first edit is dropped and
never done twice: "keep only b, no wait keep b and c" keeps the two clips side by side (one stretch);
"删掉第二段 等下 删第三段才对" deletes the third clip once (等下 before the clip said again, 才对 after it);
"no, put b first" / "no i mean duplicate b" replace the edit said before; 嗯… before a count said
enough with 次; 倍速 as the unit of the factor corrected; "no actually" before a value said again; "on second
thoughts" before a new export format; "bin" / "chuck" the music is its removal (taken back there)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # a keep taken back and said again: the last keep only, two clips side by side one stretch
    ("keep only b.mp4, no wait keep b and c", [("keep_range", {"start_ms": 60000, "end_ms": 110000})], True),
    ("keep just c, scratch that, keep b and c", [("keep_range", {"start_ms": 60000, "end_ms": 110000})],
     True),
    ("keep only b and c", [("keep_range", {"start_ms": 60000, "end_ms": 110000})], True),
    ("keep only b.mp4, no wait keep c", [("keep_range", {"start_ms": 90000, "end_ms": 110000})], True),
    # a clip deleted, corrected with 等下 … 才对: the clip said last, deleted once
    ("删掉第二段 等下 删第三段才对", [("delete_segment", {"index": 3})], True),
    ("删掉第一段 等等 删第二段吧", [("delete_segment", {"index": 2})], True),
    # a bare "no" before the edit said again, "no i mean": the edit said last only
    ("put c first... no, put b first", [("move_segment", {"index": 2, "to_index": 1})], True),
    ("move c to the front... nope, move b to the front",
     [("move_segment", {"index": 2, "to_index": 1})], True),
    ("loop b 2 times — no i mean just duplicate b once", [("duplicate_segment", {"index": 2})], True),
    # a count or a factor corrected in Chinese
    ("循环4次 嗯…3次就够了", [("loop", {"times": 3})], False),
    ("循环5次 呃…2次就够了", [("loop", {"times": 2})], False),
    ("1.5倍速 哦不 1.25就行", [("speed", {"factor": 1.25})], False),
    ("2倍速 不对 1.5就好", [("speed", {"factor": 1.5})], False),
    # a value said again after "no actually"
    ("make it 9:16, no actually square is better for the feed", [("set_aspect", {"ratio": "1:1"})], False),
    ("make it 16:9, no actually 9:16 for tiktok", [("set_aspect", {"ratio": "9:16"})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "bin the music... no wait, just turn it down to 10% so the speeches are clear",
    "chuck the music... no wait, just turn it down to 10% so the vows are clear",
])
def test_music_kept_and_lowered(text: str) -> None:
    # the music said to go, taken back: its level is what changes (never the speech's)
    assert_edits(_plan(text, music=True), [("set_volume", {"track": "bgm", "volume": 0.1})])


@pytest.mark.parametrize(("text", "fmt"), [
    ("export as mov, on second thoughts mp4 is fine", "mp4"),
    ("export as webm, on second thoughts mov is better", "mov"),
])
def test_export_format_corrected(text: str, fmt: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is not None and plan.export.get("format") == fmt
