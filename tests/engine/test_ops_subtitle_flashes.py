"""Edits never leave a text as a flash: a cue or title cut to under 0.3 s is dropped (issue 15)."""

from __future__ import annotations

from typing import Any

from vidai_nb.engine.ops import MediaRef, apply, build_draft
from vidai_nb.engine.ops.timemap import FLASH_MS

TEN = MediaRef("m10", "talk.mp4", "video", 10_000, 320, 240, True)
MEDIA = {TEN.media_id: TEN}
CUES = [(0, 1500, "Hi."), (1600, 5090, "Welcome to the first lesson."), (5200, 7000, "Today: knots."),
        (7100, 7350, "Yes."), (7400, 9950, "Let's start.")]


def subtitled() -> dict[str, Any]:
    cues = [{"start_ms": a, "end_ms": b, "text": t} for a, b, t in CUES]
    return apply(build_draft([TEN]), {"op": "add_subtitles", "cues": cues}, MEDIA)


def cues(d: dict[str, Any]) -> list[tuple[int, int, str]]:
    sg = next(t for t in d["t"] if t.get("role") == "subtitle")["sg"]
    return [(c["start"], c["start"] + c["d"], c["text"]) for c in sg]


def test_cutting_the_first_5_seconds_leaves_no_flash_at_0() -> None:
    out = apply(subtitled(), {"op": "trim", "head_ms": 5000}, MEDIA)
    # the 0.09 s left of "Welcome ..." is gone; the next cue is intact
    assert cues(out) == [(200, 2000, "Today: knots."), (2100, 2350, "Yes."), (2400, 4950, "Let's start.")]


def test_a_cue_short_before_the_edit_stays_and_no_cut_cue_is_a_flash() -> None:
    d = subtitled()
    for start, end in [(1000, 5000), (0, 7200), (6900, 7450), (4800, 9800)]:
        out = apply(d, {"op": "remove_range", "start_ms": start, "end_ms": end}, MEDIA)
        original = {t: b - a for a, b, t in CUES}
        for a, b, text in cues(out):
            assert b - a >= FLASH_MS or b - a == original[text], (start, end, text, b - a)
    # "Yes." (0.25 s) is untouched by cutting 0–1 s and stays
    out = apply(d, {"op": "remove_range", "start_ms": 0, "end_ms": 1000}, MEDIA)
    assert (6100, 6350, "Yes.") in cues(out)


def test_a_cut_tail_and_a_title_are_not_left_as_flashes() -> None:
    d = apply(subtitled(), {"op": "add_title", "text": "Knots", "start_ms": 0, "end_ms": 3000}, MEDIA)
    out = apply(d, {"op": "trim", "tail_ms": 150}, MEDIA)  # "Let's start." keeps 2.4 s: stays
    assert cues(out)[-1] == (7400, 9850, "Let's start.")
    out = apply(d, {"op": "keep_range", "start_ms": 2800, "end_ms": 9000}, MEDIA)
    title = [t for t in out["t"] if t.get("role") == "title"]
    assert not title or not title[0]["sg"]  # 0.2 s of the title would have flashed
    assert cues(out)[0] == (0, 2290, "Welcome to the first lesson.")
