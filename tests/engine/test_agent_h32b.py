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


@pytest.mark.parametrize(("text", "clips", "want"), [
    ("take out 1m05s-1m15s, the runner fell and asked me not to post it", THREE,
     [{"op": "remove_range", "start_ms": 65000, "end_ms": 75000}]),
    ("cut 0:10 to 0:20, my cousin asked me not to post that bit", None,
     [{"op": "remove_range", "start_ms": 10000, "end_ms": 20000}]),
    ("remove the last 5 seconds, i can't post it with the license plate showing", None,
     [{"op": "trim", "tail_ms": 5000}]),
    ("its a haul video, cut it down to 30 sec, sellers say shorter sells", None,
     [{"op": "keep_range", "start_ms": 0, "end_ms": 30000}]),
    ("make it 20 sec, experts say short clips do better", None,
     [{"op": "keep_range", "start_ms": 0, "end_ms": 20000}]),
    ("trim the start of the kite launch by 1.5s and the end by 500ms, the camera wobbles", None,
     [{"op": "trim", "head_ms": 1500, "tail_ms": 500}]),
    ("shorten the beginning of my wedding toast by 3s, the mic pops", None,
     [{"op": "trim", "head_ms": 3000}]),
])
def test_a_reason_after_the_edit_is_no_edit_and_no_post(text: str, clips: list[str] | None,
                                                        want: list[dict[str, Any]]) -> None:
    p = plan(text, clips)
    assert p.refusal is None and p.question is None
    assert ops(p) == want_ops(want)


@pytest.mark.parametrize(("text", "want"), [
    ("slow it down by half, the stars move too fast", [{"op": "speed", "factor": 0.5}]),
    ("slow the timelapse down by half", [{"op": "speed", "factor": 0.5}]),
    ("slow it by 50%", [{"op": "speed", "factor": 0.5}]),
    ("slow it by 25%", [{"op": "speed", "factor": 0.75}]),
    ("cut down the saturation a bit, to 0.85, her red looks orange", [{"op": "color", "saturation": 0.85}]),
    ("reduce the contrast slightly, to 0.9", [{"op": "color", "contrast": 0.9}]),
])
def test_an_amount_said_is_the_amount(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want_ops(want)


def test_still_posting_asked_is_refused() -> None:
    assert plan("post it on tiktok").refusal


@pytest.mark.parametrize(("text", "clips", "lang", "at"), [
    ("chop it at 0:45", None, "en", 45000),
    ("chop the clip at 0:20", None, "en", 20000),
    ("chop it at 1:10", THREE, "en", 70000),
    ("从40秒那里分开", None, "zh-CN", 40000),
    ("在第15秒的地方断开", None, "zh-CN", 15000),
])
def test_chop_or_part_at_a_time_is_a_split(text: str, clips: list[str] | None, lang: str, at: int) -> None:
    assert ops(plan(text, clips, lang=lang)) == want_ops([{"op": "split", "at_ms": at}])


@pytest.mark.parametrize(("text", "lang"), [
    ("make the last 10 seconds black and white", "en"),
    ("black and white except the first 5 seconds", "en"),
    ("make 0:10 to 0:20 black and white", "en"),
    ("make the first 5 seconds brighter", "en"),
    ("最后10秒变成黑白", "zh-CN"),
    ("speed up the end part", "en"),
    ("slow down the beginning", "en"),
    ("slow down the ending part", "en"),
])
def test_a_whole_video_change_for_part_of_the_time_is_asked(text: str, lang: str) -> None:
    p = plan(text, lang=lang)
    assert p.question and not p.ops


def test_a_colour_said_beside_a_cut_is_still_the_whole_videos() -> None:
    assert ops(plan("cut the first 5 seconds and make it black and white")) == want_ops(
        [{"op": "trim", "head_ms": 5000}, {"op": "color", "gray": True}])
    assert ops(plan("speed up after 0:40")) == want_ops(
        [{"op": "split", "at_ms": 40000}, {"op": "speed", "factor": 1.5, "index": 2}])


def test_texts_each_at_its_own_time_follow_each_other() -> None:
    assert ops(plan("add 'Step 1' at 0:05 and 'Step 2' at 0:20")) == want_ops([
        {"op": "add_text", "text": "Step 1", "start_ms": 5000, "end_ms": 20000},
        {"op": "add_text", "text": "Step 2", "start_ms": 20000}])
    assert ops(plan("add 'Hi' at 0:05")) == want_ops([{"op": "add_text", "text": "Hi", "start_ms": 5000}])
