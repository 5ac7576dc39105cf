"""Readings added for classes holdout33/holdout34 missed (session 34, helper h34d): each class through the
whole parser, with phrasings that are not rows of the evaluation set."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, draft: dict[str, Any] | None = None, lang: str = "en") -> Plan:
    return parse(text, lang, MEDIA, draft if draft is not None else sample_draft())


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


def factor(p: Plan) -> float | None:
    found = [o["factor"] for o in ops(p) if o["op"] == "speed"]
    return found[0] if len(found) == 1 and len(p.ops) == 1 else None


@pytest.mark.parametrize(("text", "want"), [
    ("apply a 3x slowdown", 0.333),
    ("slowdown 2 times please", 0.5),
    ("play it at 3 times normal speed", 3.0),
    ("run it at half the normal speed", 0.5),
    ("整段慢放一倍", 0.5),
    ("快放一倍", 2.0),
])
def test_speed_said_as_slowdown_times_normal_or_by_as_much_again(text: str, want: float) -> None:
    p = plan(text, lang="zh" if "倍" in text else "en")
    assert factor(p) == want and p.export is None, (text, ops(p))


def test_back_to_normal_speed_is_still_normal() -> None:
    assert factor(plan("put it back to normal speed")) == 1.0


@pytest.mark.parametrize(("text", "want"), [
    ("make the timelapse last 20 seconds by speeding it up", 3.0),
    ("make my cooking video run 30 seconds by playing it faster", 2.0),
    ("squeeze the whole 60 seconds into 20 by speeding it up", 3.0),
    ("cram 1 minute into 30 seconds by speeding up", 2.0),
    ("speed it up so it fits in a 15 second video", 4.0),
])
def test_a_length_reached_by_speed(text: str, want: float) -> None:
    assert factor(plan(text)) == want, (text, ops(plan(text)))


def test_a_length_by_speed_past_the_limit_is_asked_never_cut() -> None:
    p = plan("speed it up so the whole thing fits in a 5 second video")
    assert p.question and not p.ops


def test_the_last_seconds_made_faster_stay_a_part() -> None:
    got = ops(plan("make the last 10 seconds faster"))
    assert got[0] == {"op": "split", "at_ms": 50000}, got


@pytest.mark.parametrize(("text", "head", "tail"), [
    ("trim both ends by 2 seconds", 2000, 2000),
    ("shave each end by 0.5s", 500, 500),
    ("trim the beginning and end by 3 sec", 3000, 3000),
    ("it's dark for the first and last 2 sec, trim both ends by 2 seconds", 2000, 2000),
    ("掐头2秒去尾3秒", 2000, 3000),
    ("掐头4秒", 4000, 0),
    ("去尾巴1秒", 0, 1000),
])
def test_both_ends_by_an_amount(text: str, head: int, tail: int) -> None:
    got = ops(plan(text, lang="zh" if "秒" in text else "en"))
    assert got == [{"op": "trim", "head_ms": head, "tail_ms": tail}] or (
        got == [{"op": "trim", "head_ms": head}] and tail == 0) or (
        got == [{"op": "trim", "tail_ms": tail}] and head == 0), (text, got)


def test_ending_by_a_time_still_ends_there() -> None:
    got = ops(plan("start at 0:05 and end by 0:40"))
    assert got == [{"op": "keep_range", "start_ms": 5000, "end_ms": 40000}]


@pytest.mark.parametrize(("text", "at"), [
    ("在2分05秒分割…不对 是0分35秒", 35000),
    ("40秒处分割，哦不对，是0分30秒", 30000),
    ("在1分10秒切一刀 不对 在0分20秒", 20000),
])
def test_a_chinese_clock_time_corrected_gives_way(text: str, at: int) -> None:
    assert ops(plan(text, lang="zh")) == [{"op": "split", "at_ms": at}], text


def test_the_output_video_named_is_no_export() -> None:
    p = plan("make the output video 1.5x faster")
    assert p.export is None and factor(p) == 1.5
    assert plan("output it as webm").export is not None
