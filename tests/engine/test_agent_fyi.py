"""Session fyi (holdout49, English changes of mind inside one message): a bare number corrected after a share
or factor keeps it, and "on second thought N" corrects like "actually N"; after an undo, "i messed up X" is
why; "X — scratch that, <new edit>" is a take-back, and the music's fade then is its own 2 s; "just <one of
the edits said>" after a take-back keeps that one and "dont <other>" takes the other back; removing what was
just taken back is the taking back itself; a bare "actually / hmm" then a setting of the same kind replaces
the setting said before it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan


def _ops(text: str, music: bool = False, clips3: bool = False) -> list[dict[str, Any]]:
    plan = _plan(text, music=music, clips3=clips3)
    assert not plan.question and not plan.refusal
    return [{"op": op.op, **op.model_dump(exclude_unset=True, exclude={"op"})} for op in plan.ops]


@pytest.mark.parametrize(("text", "music", "want"), [
    ("music to 50%, hmm make that 30", True, [{"op": "set_volume", "track": "bgm", "volume": 0.3}]),
    ("music to 40%, hmm make that 20", True, [{"op": "set_volume", "track": "bgm", "volume": 0.2}]),
    ("set the music volume to 60%, actually make it 35", True, [{"op": "set_volume", "track": "bgm",
                                                                 "volume": 0.35}]),
    ("speed it up 2x, hmm make that 3", False, [{"op": "speed", "factor": 3.0}]),
    ("fade the video out over 2 seconds, on second thought 3, and leave the music alone", True,
     [{"op": "fade", "fade_out_ms": 3000}]),
    ("fade in over 3 seconds, on second thought 1", False, [{"op": "fade", "fade_in_ms": 1000}]),
])
def test_number_corrected_keeps_its_kind(text: str, music: bool, want: list[dict[str, Any]]) -> None:
    got = _ops(text, music=music)
    assert [{k: v for k, v in o.items() if k in w} for o, w in zip(got, want, strict=True)] == want


@pytest.mark.parametrize(("text", "steps"), [
    ("undo that twice, i messed up the crossfades", 2),
    ("undo that, i messed up the subtitles", 1),
    ("undo twice, i screwed up the transitions", 2),
    ("undo the last 3, we totally messed up the fade out", 3),
])
def test_messed_up_is_why_undone(text: str, steps: int) -> None:
    assert _ops(text, clips3=True) == [{"op": "undo", "steps": steps}]


@pytest.mark.parametrize(("text", "want"), [
    ("cut the music entirely — scratch that, just fade it out at the end", {"fade_out_ms": 2000}),
    ("remove the music — scratch that, just fade it out", {"fade_out_ms": 2000}),
    ("delete the bgm - scratch that, fade it in at the start", {"fade_in_ms": 2000}),
    ("remove the music, actually no, just fade it out over 4 sec at the end", {"fade_out_ms": 4000}),
])
def test_scratch_that_then_music_fade(text: str, want: dict[str, int]) -> None:
    got = _ops(text, music=True)
    assert len(got) == 1 and got[0]["op"] == "fade_music"
    assert {k: v for k, v in got[0].items() if v and k != "op"} == want


def test_scratch_that_with_nothing_after_takes_back() -> None:
    plan = _plan("cut the music entirely — scratch that, thanks", music=True)
    assert not plan.ops and plan.answer and not plan.question


@pytest.mark.parametrize(("text", "want"), [
    ("flip it vertical and rotate 180 — wait no, just rotate 180, dont flip", ["rotate"]),
    ("flip it vertical and rotate 180 — wait no, just rotate 180", ["rotate"]),
    ("rotate 90 and flip it, wait no, just flip it, dont rotate", ["flip"]),
    ("flip it horizontally and add subtitles, actually no, just the subtitles, no flip", ["add_subtitles"]),
    ("speed it up 2x and add music.mp3, actually no, just speed it up", ["speed"]),
    ("add logo.png top left and make it 9:16, wait no, just the logo", ["add_logo"]),
    ("add a crossfade and flip it — scratch that, dont flip", ["crossfade"]),
])
def test_just_one_kept_after_take_back(text: str, want: list[str]) -> None:
    got = _ops(text, clips3="crossfade" in text)
    assert [o["op"] for o in got] == want
    if want == ["speed"]:
        assert got[0]["factor"] == 2.0


@pytest.mark.parametrize(("text", "want"), [
    ("add logo.png bottom right, hmm on second thought remove the logo and put logo.png top left smaller",
     [{"op": "add_logo", "media_id": "logo.png", "pos": "top-left", "scale": 0.1}]),
    ("add logo.png top right, wait no, remove the logo and put logo.png bottom left",
     [{"op": "add_logo", "media_id": "logo.png", "pos": "bottom-left"}]),
    ("put 'Round 1' at the top from 0 to 10 sec, actually no, delete that text and make it a title 'Round 1' "
     "instead", [{"op": "add_title", "text": "Round 1"}]),
    ("add the text 'Sale' at the bottom, actually no, remove that text and make it a title 'Sale' instead",
     [{"op": "add_title", "text": "Sale"}]),
])
def test_removal_of_what_was_taken_back(text: str, want: list[dict[str, Any]]) -> None:
    assert _ops(text) == want


def test_logo_put_smaller_is_small() -> None:
    assert _ops("put logo.png top left smaller")[0]["scale"] == 0.1


@pytest.mark.parametrize(("text", "want"), [
    ("make it 16:9 for youtube, actually make it 4:5, and add subtitles",
     [{"op": "set_aspect", "ratio": "4:5"}, {"op": "add_subtitles"}]),
    ("make it 1:1, hmm, make it 9:16 instead", [{"op": "set_aspect", "ratio": "9:16"}]),
    ("rotate it 90 degrees, hmm, rotate it 180", [{"op": "rotate", "degrees": 180}]),
    ("speed it up 2x, actually slow it down to 0.5x", [{"op": "speed", "factor": 0.5}]),
])
def test_same_kind_setting_replaced(text: str, want: list[dict[str, Any]]) -> None:
    got = _ops(text)
    assert [{k: v for k, v in o.items() if k in w} for o, w in zip(got, want, strict=True)] == want


@pytest.mark.parametrize("text", [
    "make it 9:16, actually also add subtitles",
    "add text 'A' at the top, actually add text 'B' too",
])
def test_added_alongside_not_replaced(text: str) -> None:
    assert len(_ops(text)) == 2


def test_tiktok_then_instagram_keeps_the_last() -> None:
    got = _ops("make it 9:16 for tiktok, actually make it square for the instagram grid, and add subtitles")
    assert [o["op"] for o in got] == ["platform", "add_subtitles"] and got[0]["name"] == "instagram"
