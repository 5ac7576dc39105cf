"""holdout32's misses about parts, ranges and times, each a class: get / take before a part keeps it, the
first / last second is one second, the middle half is that share centred, a start skipped and a length
taken from there keeps that length."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())
THREE = ["clip.mp4", "b.mp4", "c.mp4"]


def plan(text: str, clips: list[str] | None = None, music: bool = False, lang: str = "en") -> Plan:
    return parse(text, lang, MEDIA, sample_draft(clips or ["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump() for o in p.ops]


def want_ops(want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [parse_operation(w).model_dump() for w in want]


@pytest.mark.parametrize(("text", "want"), [
    ("just get the first half", [{"op": "keep_range", "start_ms": 0, "end_ms": 30000}]),
    ("just take the first 15 seconds", [{"op": "keep_range", "start_ms": 0, "end_ms": 15000}]),
    ("get the last 10 sec, the rest is boring", [{"op": "keep_range", "start_ms": 50000, "end_ms": None}]),
    ("keep only the first second", [{"op": "keep_range", "start_ms": 0, "end_ms": 1000}]),
    ("keep only the last second", [{"op": "keep_range", "start_ms": 59000, "end_ms": None}]),
    ("only get the middle third", [{"op": "keep_range", "start_ms": 20000, "end_ms": 40000}]),
    ("get me the middle half - skip 25% from the beginning and the end",
     [{"op": "keep_range", "start_ms": 15000, "end_ms": 45000}]),
    ("skip the first 10 seconds and take 20 sec from there",
     [{"op": "keep_range", "start_ms": 10000, "end_ms": 30000}]),
])
def test_get_or_take_a_part_keeps_it(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want_ops(want)


def test_a_part_taken_off_or_for_another_edit_is_no_keep() -> None:
    assert ops(plan("take the first 3 seconds off")) == want_ops([{"op": "trim", "head_ms": 3000}])
    gif = plan("take the first 3 seconds and make a gif")
    assert not gif.ops and gif.export is not None
    moved = plan("take the last 5 seconds and move them to the start")
    assert not any(o.op in ("keep_range", "trim", "remove_range") for o in moved.ops)


def test_an_ordinal_second_in_a_list_is_no_time() -> None:
    assert not any(o.op == "keep_range" for o in plan("keep the first second and third clips", THREE).ops)
