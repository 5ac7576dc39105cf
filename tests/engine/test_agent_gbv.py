"""gbv (issue 9): times, ranges, cuts and exports said in new ways - an SRT range said to go ("… needs to
go", "… 不要了") is a removal, never text; a piece the splits leave thrown away by its place ("bin the
middle bit"); a hold on the frame is a freeze, later times moved by its length; the empty ends described
by who is not talking there; 导mp4 said short after the edits; a GIF or thumbnail said after a cut takes
its own times on the shortened video (the cut's range is not its part); "后两段对调" with a split said
after; "砍一个3秒"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # an SRT range said to go
    ("00:00:06,000 --> 00:00:09,500 needs to go", [("remove_range", {"start_ms": 6000, "end_ms": 9500})],
     False),
    ("00:00:12,000 --> 00:00:15,250 has to go", [("remove_range", {"start_ms": 12000, "end_ms": 15250})],
     False),
    ("00:00:20,000 --> 00:00:24,000 不要了", [("remove_range", {"start_ms": 20000, "end_ms": 24000})], False),
    ("00:00:12,250 --> 00:00:16,000 Hand hygiene: 20 seconds minimum",
     [("add_text", {"text": "Hand hygiene: 20 seconds minimum", "start_ms": 12250})], False),
    # a piece the splits leave, thrown away by its place
    ("split at 0:20 and 0:40 and bin the middle bit",
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 40000}), ("delete_segment", {"index": 2})], False),
    ("split at 0:20 and 0:45 and lose the last piece",
     [("split", {"at_ms": 20000}), ("split", {"at_ms": 45000}), ("delete_segment", {"index": 3})], False),
    ("split at 0:12 and bin the first bit", [("split", {"at_ms": 12000}), ("delete_segment", {"index": 1})],
     False),
    # a hold on the frame
    ("a 2 sec hold on the frame at 0:03 for the before shot, then mute 0:30 to 0:33 (dryer noise)",
     [("freeze_frame", {"at_ms": 3000, "duration_ms": 2000}), ("mute", {"start_ms": 32000, "end_ms": 35000})],
     False),
    ("hold on that frame at 0:10 for 2 seconds and then cut 0:30-0:35",
     [("freeze_frame", {"at_ms": 10000, "duration_ms": 2000}),
      ("remove_range", {"start_ms": 32000, "end_ms": 37000})], False),
    # the empty ends
    ("trim the dead bits at the start and end where nobody's talking yet",
     [("trim_dead_air", {"ends": "both"})], False),
    ("lose the silent parts at the start and end where no one's speaking", [("trim_dead_air", {})], False),
    # exports said short, files after a cut
    ("0:05-0:15删了 然后0:20到0:23做个gif", [("remove_range", {"start_ms": 5000, "end_ms": 15000})], False),
    ("remove 0:00-0:04 and grab a thumbnail at 0:20", [("remove_range", {"start_ms": 0, "end_ms": 4000})],
     False),
    # each step of a list
    ("后两段对调一下, 分成两段, 结尾再砍一个3秒",
     [("reorder", {"order": [1, 3, 2]}), ("split", {}), ("trim", {"tail_ms": 3000})], True),
    ("在0:20那里切一刀 分成两段", [("split", {"at_ms": 20000})], False),
    ("婚礼视频 用片尾给我整个15秒的预告", [("keep_range", {"start_ms": 45000})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize(("text", "fmt"), [
    ("分辨率先压到720p 然后导mp4", "mp4"),
    ("分辨率压到720p 最后导个mp4", "mp4"),
    ("亮度调高一点 再导mov", "mov"),
])
def test_short_export(text: str, fmt: str) -> None:
    plan = _plan(text)
    assert plan.export is not None and plan.export.get("format") == fmt
    assert plan.ops and not plan.question
    assert "resolution" not in plan.export


@pytest.mark.parametrize(("text", "export"), [
    ("remove 0:00-0:04 and grab a thumbnail at 0:20", {"format": "jpg", "at_ms": 16000}),
    ("0:05-0:15删了 然后0:20到0:23做个gif", {"format": "gif", "start_ms": 10000, "end_ms": 13000}),
    ("删掉0:05-0:15 然后0:20到0:23做个gif", {"format": "gif", "start_ms": 10000, "end_ms": 13000}),
])
def test_file_after_cut(text: str, export: dict[str, Any]) -> None:
    plan = _plan(text)
    assert plan.export == export
    assert [o.op for o in plan.ops] == ["remove_range"]
