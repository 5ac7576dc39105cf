"""holdout29's English misses, each a class (h29en): dead air described beside silence removal is what the
silences are, ..."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def plan(text: str, language: str = "en", music: bool = False) -> Plan:
    return parse(text, language, MEDIA, sample_draft(["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [{**o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}),
             "op": getattr(o, "op", "")} for o in p.ops]


@pytest.mark.parametrize("text", [
    "remove the silences, its a lecture so theres loads of dead air",
    "cut the pauses, so much dead air in this podcast",
    "theres a lot of dead air, cut the silent parts",
    "tighten up the pauses, my interview has tons of dead air"])
def test_dead_air_described_beside_silence_removal_is_the_silences(text: str) -> None:
    assert ops(plan(text)) == [{"op": "remove_silences"}]


@pytest.mark.parametrize(("text", "want"), [
    ("remove the dead air", ["trim_dead_air"]),
    ("trim the dead air, remove silences over 700ms", ["trim_dead_air", "remove_silences"]),
    ("remove the silences, theres dead air at the start too", ["remove_silences", "trim_dead_air"])])
def test_dead_air_asked_for_or_at_an_end_still_trims_the_ends(text: str, want: list[str]) -> None:
    assert [o["op"] for o in ops(plan(text))] == want


@pytest.mark.parametrize(("text", "want"), [
    ("keep the music but kill the clip's own sound, the grinder is so loud", "main"),
    ("remove the video's own audio and keep the song", "main"),
    ("mute only the music", "bgm"),
    ("keep my voice, mute only the music", "bgm"),
    ("leave my talking alone and silence only the background music", "bgm"),
    ("mute the sound, i want just the music", "main")])
def test_which_sound_is_muted(text: str, want: str) -> None:
    got = ops(plan(text, music=True))
    assert [o["op"] for o in got] == ["mute"] and got[0].get("track", "main") == want


@pytest.mark.parametrize(("text", "want"), [
    ("no fades please, just normalize the audio", [{"op": "loudnorm"}]),
    ("without any fading, just add music.mp3", [{"op": "add_music", "media_id": "music.mp3"}]),
    ("no fades, just make it black and white", [{"op": "color", "gray": True}]),
    ("fade in and out", [{"op": "fade", "fade_in_ms": 1000, "fade_out_ms": 1000}])])
def test_fades_declined_add_none(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want


@pytest.mark.parametrize(("text", "gray"), [
    ("make it black and white and remove the music", True), ("remove the black and white", False),
    ("black and white off, back to colour", False), ("no black and white", False)])
def test_black_and_white_taken_off_only_when_said_of_it(text: str, gray: bool) -> None:
    got = [o for o in ops(plan(text, music=True)) if o["op"] == "color"]
    assert got and got[0].get("gray", False) is gray


@pytest.mark.parametrize(("text", "want"), [
    ("dont speed it up, the haircut timelapse is fine as is", []),
    ("add music.mp3 to my timelapse", [{"op": "add_music", "media_id": "music.mp3"}]),
    ("make it a timelapse", [{"op": "speed", "factor": 4.0}]),
    ("turn my haircut video into a timelapse", [{"op": "speed", "factor": 4.0}])])
def test_the_footage_named_a_timelapse_is_no_speed_change(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want
