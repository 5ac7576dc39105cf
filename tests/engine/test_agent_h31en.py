"""holdout31's English misses, each a class: what the person did not mean to do, what a part shows and
what a relative says are reasons, not edits; a part said to play twice beside a duplicate is the copy."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())
THREE = ["clip.mp4", "b.mp4", "c.mp4"]


def plan(text: str, clips: list[str] | None = None, music: bool = False) -> Plan:
    return parse(text, "en", MEDIA, sample_draft(clips or ["clip.mp4"], "music.mp3" if music else None))


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump() for o in p.ops]


def want_ops(want: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [parse_operation(w).model_dump() for w in want]


@pytest.mark.parametrize(("text", "music", "want"), [
    ("unmute the original audio, i didnt mean to mute it", False,
     [{"op": "mute", "track": "main", "muted": False}]),
    ("unmute the music, we didn't mean to mute it", True, [{"op": "mute", "track": "bgm", "muted": False}]),
    ("i didnt mean to mute the music, turn it back on", True,
     [{"op": "mute", "track": "bgm", "muted": False}]),
    ("speed it back to normal, i didn't mean to speed it up", False, [{"op": "speed", "factor": 1.0}]),
])
def test_what_was_not_meant_said_as_the_reason_is_no_edit(text: str, music: bool,
                                                          want: list[dict[str, Any]]) -> None:
    assert ops(plan(text, music=music)) == want_ops(want)


@pytest.mark.parametrize(("text", "clips", "want"), [
    ("delete the last clip, its me saying bye awkwardly", THREE, [{"op": "delete_segment", "index": 3}]),
    ("delete clip 2, it's just him saying sorry over and over", THREE,
     [{"op": "delete_segment", "index": 2}]),
    ("cut the first 3 seconds, thats me saying hello twice", None, [{"op": "trim", "head_ms": 3000}]),
    ("my sister says the intro is too long, trim the first 5 seconds", None,
     [{"op": "trim", "head_ms": 5000}]),
])
def test_what_someone_says_in_the_part_is_not_text_to_add(text: str, clips: list[str] | None,
                                                          want: list[dict[str, Any]]) -> None:
    assert ops(plan(text, clips)) == want_ops(want)


def test_a_relatives_words_reported_then_a_vague_part_asks() -> None:
    p = plan("grandpa says the middle drags, can u speed up the middle part")
    assert p.question and not p.ops


def test_text_saying_words_is_still_added() -> None:
    assert [o["op"] for o in ops(plan("add a caption saying bye everyone"))] == ["add_text"]


@pytest.mark.parametrize(("text", "index"), [
    ("duplicate the first clip, i want the reveal to play twice", 1),
    ("duplicate clip 2, i want the jump to play twice", 2),
    ("duplicate the first clip, the goal should play twice", 1),
])
def test_a_part_to_play_twice_beside_a_duplicate_is_the_copy(text: str, index: int) -> None:
    assert ops(plan(text, THREE)) == want_ops([{"op": "duplicate_segment", "index": index}])


def test_the_video_to_play_twice_is_still_a_loop() -> None:
    assert [o["op"] for o in ops(plan("i want the video to play 3 times"))] == ["loop"]


@pytest.mark.parametrize(("text", "index"), [
    ("speed up just the second clip 2x and crossfade into the third", 3),
    ("add a crossfade into the second", 2),
    ("trim the first 2 seconds and crossfade into the last", 3),
    ("put a transition before the third", 3),
])
def test_an_ordinal_after_into_is_the_clip_the_crossfade_goes_into(text: str, index: int) -> None:
    fades = [o for o in plan(text, THREE).ops if getattr(o, "op", "") == "crossfade"]
    assert len(fades) == 1 and getattr(fades[0], "index", None) == index


def test_into_the_second_half_is_no_clip() -> None:
    got = plan("crossfade into the second half", THREE).ops
    fades = [o for o in got if getattr(o, "op", "") == "crossfade"]
    assert all(getattr(f, "index", None) is None for f in fades)


@pytest.mark.parametrize(("text", "want"), [
    ("music volume 30% and original 120%, the commentary is too quiet",
     [{"op": "set_volume", "track": "bgm", "volume": 0.3},
      {"op": "set_volume", "track": "main", "volume": 1.2}]),
    ("music 30% and original 50%",
     [{"op": "set_volume", "track": "bgm", "volume": 0.3},
      {"op": "set_volume", "track": "main", "volume": 0.5}]),
    ("original 120% please", [{"op": "set_volume", "track": "main", "volume": 1.2}]),
])
def test_original_said_bare_before_its_level_is_the_clips_sound(text: str,
                                                                 want: list[dict[str, Any]]) -> None:
    assert ops(plan(text, music=True)) == want_ops(want)


@pytest.mark.parametrize(("text", "want"), [
    ("text in yellow at the top: Public Comment Period",
     {"op": "add_text", "text": "Public Comment Period", "pos": "top", "color": "#FFFF00"}),
    ("text in yellow: Open Today", {"op": "add_text", "text": "Open Today", "color": "#FFFF00"}),
    ("a title in red at the bottom: Big Sale",
     {"op": "add_title", "text": "Big Sale", "pos": "bottom", "color": "#FF0000"}),
    ("text at the bottom in white: Thanks for watching",
     {"op": "add_text", "text": "Thanks for watching", "pos": "bottom", "color": "#FFFFFF"}),
])
def test_a_look_said_before_the_colon_is_the_texts(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == want_ops([want])


@pytest.mark.parametrize(("text", "want"), [
    ("add text: Little Wins", {"op": "add_text", "text": "Little Wins"}),
    ("title at the top: Huge News", {"op": "add_title", "text": "Huge News", "pos": "top"}),
])
def test_a_size_word_in_the_words_shown_is_no_size(text: str, want: dict[str, Any]) -> None:
    assert ops(plan(text)) == want_ops([want])


def test_big_letters_said_apart_from_the_words_is_still_a_size() -> None:
    got = plan("put CUT THE CAKE!! in big letters").ops
    assert len(got) == 1 and getattr(got[0], "size", None) == 96


@pytest.mark.parametrize(("text", "length"), [
    ("make it 30 sec for the gym's story", 30000),
    ("make it 30 sec for my mom's page", 30000),
    ("can it be a 10 second clip? the council only allows 10s promos", 10000),
    ("could this be a 15 sec video? its for the school feed", 15000),
    ("can it be 20 seconds long?", 20000),
])
def test_a_target_length_asked_or_with_a_possessive_reason_keeps_the_first_part(text: str,
                                                                                 length: int) -> None:
    assert ops(plan(text)) == want_ops([{"op": "keep_range", "start_ms": 0, "end_ms": length}])


def test_can_it_be_longer_than_the_video_asks() -> None:
    p = plan("can it be 2 minutes?")
    assert p.question and not p.ops


@pytest.mark.parametrize(("text", "head", "cut"), [
    ("cut the first 10s, then in the NEW version remove 0:05 to 0:08", 10000, (5000, 8000)),
    ("delete the first 5s. then on the new version, remove 0:03-0:04", 5000, (3000, 4000)),
    ("cut the first 20 seconds and then on the new timeline cut 0:10 to 0:15", 20000, (10000, 15000)),
])
def test_times_said_on_the_new_version_are_read_there(text: str, head: int, cut: tuple[int, int]) -> None:
    p = plan(text)
    assert not p.question
    assert ops(p) == want_ops([{"op": "trim", "head_ms": head},
                               {"op": "remove_range", "start_ms": cut[0], "end_ms": cut[1]}])


def test_times_said_plainly_after_a_cut_are_still_on_the_video_as_it_was() -> None:
    assert ops(plan("cut the first 10s, then remove 0:20 to 0:25")) == want_ops(
        [{"op": "trim", "head_ms": 10000}, {"op": "remove_range", "start_ms": 10000, "end_ms": 15000}])


@pytest.mark.parametrize("text", ["replace my voice with a robot voice for the toy review",
                                  "replace the voice with a chipmunk voice",
                                  "change the narration to a deep voice for the trailer",
                                  "add a robot voice effect to my lines"])
def test_a_voice_swapped_for_another_kind_is_refused(text: str) -> None:
    p = plan(text)
    assert p.refusal and not p.ops and not p.question


@pytest.mark.parametrize(("text", "clips"), [
    ("can we do a transition there", ["clip.mp4", "b.mp4"]),
    ("add a crossfade here", THREE),
    ("put a dissolve at this point pls", THREE),
])
def test_a_transition_put_there_with_nothing_named_asks_where(text: str, clips: list[str]) -> None:
    p = plan(text, clips)
    assert p.question and not p.ops


@pytest.mark.parametrize("text", ["add crossfades there are three clips",
                                  "crossfade here between clip 1 and 2", "add transitions between all clips"])
def test_a_transition_with_its_place_or_a_there_is_is_added(text: str) -> None:
    assert [o["op"] for o in ops(plan(text, THREE))] == ["crossfade"]


@pytest.mark.parametrize("text", ["louder", "a bit quieter pls", "volume up pls"])
def test_a_bare_level_change_with_music_under_asks_which_sound(text: str) -> None:
    p = plan(text, music=True)
    assert p.question and not p.ops


@pytest.mark.parametrize(("text", "music", "track"), [("louder", False, "main"),
                                                      ("make it louder", True, "main"),
                                                      ("music louder", True, "bgm")])
def test_a_level_change_with_its_sound_or_without_music_is_done(text: str, music: bool, track: str) -> None:
    got = plan(text, music=music).ops
    assert len(got) == 1 and getattr(got[0], "track", None) == track


@pytest.mark.parametrize("text", ["make the ending better somehow?", "make the ending better?",
                                  "fix the intro somehow?", "make it look better somehow??"])
def test_a_vague_ask_with_a_question_mark_is_asked_about_not_answered(text: str) -> None:
    p = plan(text)
    assert p.question and not p.ops and not p.answer
