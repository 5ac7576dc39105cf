"""holdout29's English misses, each a class (h29en): dead air described beside silence removal is what the
silences are, ..."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.test_agent_edits26 import ops, plan


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


@pytest.mark.parametrize(("text", "want"), [
    ("add «Before» from 0:00 to 0:04 and «After» from 0:30 to 0:34",
     [{"op": "add_text", "text": "Before", "end_ms": 4000},
      {"op": "add_text", "text": "After", "start_ms": 30000, "end_ms": 34000}]),
    ("text on screen: step 1 - sand the edges, from 3s to 8s",
     [{"op": "add_text", "text": "step 1 - sand the edges", "start_ms": 3000, "end_ms": 8000}]),
    ("title: How I Cut 10 Seconds Off Every Groom",
     [{"op": "add_title", "text": "How I Cut 10 Seconds Off Every Groom"}]),
    ("add @kneadtoknow top left", [{"op": "add_text", "text": "@kneadtoknow", "pos": "top-left"}]),
    ("put my tiktok handle @sam_cuts in the bottom left for the first 5 seconds",
     [{"op": "add_text", "text": "@sam_cuts", "end_ms": 5000, "pos": "bottom-left"}])])
def test_text_said_in_more_ways(text: str, want: list[dict[str, Any]]) -> None:
    got = [{k: v for k, v in o.items() if not (k == "start_ms" and v == 0)} for o in ops(plan(text))]
    assert got == want


@pytest.mark.parametrize(("text", "want"), [
    ("cut the saturation in half, going for a muted moody look for this thriller review", 0.5),
    ("give it muted colours", 0.7), ("make the colors more muted", 0.7)])
def test_a_muted_look_is_less_saturation_not_the_sound_muted(text: str, want: float) -> None:
    assert ops(plan(text)) == [{"op": "color", "saturation": want}]


def test_muted_sound_is_still_muted() -> None:
    assert [o["op"] for o in ops(plan("the video is muted, unmute it"))] == ["mute"]


@pytest.mark.parametrize(("text", "want"), [
    ("loop it 3 times, its a satisfying dog shake", [{"op": "loop", "times": 3}]),
    ("cut the wind noise, the bike audio is all whoosh", [{"op": "denoise"}]),
    ("denoise it, the mic is just hiss and whoosh", [{"op": "denoise"}])])
def test_what_the_footage_is_described_is_no_effect_refused(text: str, want: list[dict[str, Any]]) -> None:
    p = plan(text)
    assert not p.refusal and ops(p) == want


@pytest.mark.parametrize("text", ["add a whoosh on every transition", "its a dog, make it a cat"])
def test_an_effect_asked_for_is_still_refused(text: str) -> None:
    assert plan(text).refusal


@pytest.mark.parametrize(("text", "want"), [
    ("add music.mp3 but dont make it loud, like 10%", 0.1), ("add music.mp3, not too loud, 20%", 0.2),
    ("put music.mp3 under it but don't let it get loud, 10% is fine", 0.1)])
def test_not_loud_said_with_a_level_is_that_level(text: str, want: float) -> None:
    assert ops(plan(text)) == [{"op": "add_music", "media_id": "music.mp3", "volume": want}]


@pytest.mark.parametrize(("text", "fade"), [
    ("remove 0:10-0:15 and 0:40-0:45 (original times), then 1s fade out at the end", {"fade_out_ms": 1000}),
    ("cut 0:05-0:10, then 2 second fade out", {"fade_out_ms": 2000}),
    ("delete 0:20 to 0:25 and 0:30 to 0:35, then a 2s fade in", {"fade_in_ms": 2000})])
def test_a_fade_length_after_a_cut_with_clock_times(text: str, fade: dict[str, int]) -> None:
    got = ops(plan(text))
    assert [o["op"] for o in got][-1] == "fade" and {k: v for k, v in got[-1].items() if k != "op"} == fade
    assert got[0]["op"] in ("remove_range", "remove_ranges")


def test_a_clock_time_before_a_fade_out_is_still_where_it_starts() -> None:
    assert plan("0:55 fade out").ops[0].model_dump()["fade_out_ms"] == 5000


@pytest.mark.parametrize(("text", "want"), [
    ("delete frames 300 to 450, thats where the ladder wobbles",
     [{"op": "remove_range", "start_ms": 10000, "end_ms": 15000}]),
    ("cut 300 to 450 frames", [{"op": "remove_range", "start_ms": 10000, "end_ms": 15000}]),
    ("remove frames 90-180", [{"op": "remove_range", "start_ms": 3000, "end_ms": 6000}])])
def test_a_range_of_frames_is_a_range_of_times(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want


@pytest.mark.parametrize("text", ["cut out the ums and uhs, i say um like every 5 words",
                                  "remove filler words, i say like every other word"])
def test_how_often_a_filler_is_said_is_no_text(text: str) -> None:
    assert [o["op"] for o in ops(plan(text))] == ["remove_fillers"]


def test_text_that_says_words_is_still_text() -> None:
    assert [o["op"] for o in ops(plan("add text that says hi every 5 words"))] == ["add_text"]


@pytest.mark.parametrize(("text", "end"), [("cut it down to a 10s preview", 10000),
                                           ("trim it to a 20 second clip", 20000),
                                           ("cut it down to a 30s version for stories", 30000)])
def test_a_length_said_as_what_is_made_is_the_length_asked(text: str, end: int) -> None:
    assert ops(plan(text)) == [{"op": "keep_range", "end_ms": end}]


@pytest.mark.parametrize("text", ["the first 10 sec and 0:40-0:50 are the good bits, keep only those",
                                  "keep only the first 10 sec and 0:40-0:50"])
def test_the_first_seconds_beside_a_range_are_both_kept(text: str) -> None:
    assert ops(plan(text)) == [{"op": "keep_ranges", "ranges": [{"start_ms": 0, "end_ms": 10000},
                                                                {"start_ms": 40000, "end_ms": 50000}]}]


def test_the_best_parts_unsaid_are_still_asked() -> None:
    p = plan("keep the best parts")
    assert p.question and not p.ops


@pytest.mark.parametrize("text", ["take the audience laughing out but keep my voice", "mute the clapping"])
def test_peoples_sounds_under_the_voice_are_refused(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops


def test_a_sound_with_its_time_said_is_that_part_cut() -> None:
    assert ops(plan("cut out the laughing at 0:10-0:15")) == [
        {"op": "remove_range", "start_ms": 10000, "end_ms": 15000}]


@pytest.mark.parametrize(("text", "want"), [
    ("change it from 16:9 to 9:16", [{"op": "set_aspect", "ratio": "9:16"}]),
    ("from 9:16 to 16:9 for youtube", [{"op": "set_aspect", "ratio": "16:9"}]),
    ("change it from 16:9 to 9:16 for reels, crop it dont do blurry bars",
     [{"op": "set_aspect", "ratio": "9:16", "fit": "crop"}])])
def test_a_frame_changed_from_one_to_another_is_the_second(text: str, want: list[dict[str, Any]]) -> None:
    assert ops(plan(text)) == want


def test_an_insta_story_version_is_no_square_feed_preset() -> None:
    got = ops(plan("a third of the length pls, insta story version"))
    assert got == [{"op": "keep_range", "end_ms": 20000}]

