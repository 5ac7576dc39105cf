"""Readings added for the classes holdout28's English rows missed (session 28, helper h28en): each class
through the whole parser, with phrasings that are not rows of the evaluation set."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())
THREE = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])


def plan(text: str, draft: dict[str, Any] | None = None) -> Plan:
    return parse(text, "en", MEDIA, draft if draft is not None else sample_draft())


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


def untouched_answer(p: Plan) -> bool:
    return bool(p.answer) and not p.ops and p.export is None and not p.question and not p.refusal


@pytest.mark.parametrize("text", [
    "mov or mp4 for the client's screening room? they only said 'a normal file'",
    "720p or 1080p for the school portal? the upload limit is small",
    "square or vertical for the ad? we run it on both",
    "podcast clip -> reels: crop to the speaker or do the blurred background? only the guest talks",
    "cut the silences or speed the whole thing up? its a 40 min lecture",
])
def test_an_either_or_asked_is_answered_never_done(text: str) -> None:
    assert untouched_answer(plan(text)), text


@pytest.mark.parametrize("text", [
    "can we put our logo on the stock footage clips or is that a licensing problem",
    "could we use music.mp3 in the paid ad or would that be a copyright issue?",
])
def test_whether_it_is_allowed_is_answered(text: str) -> None:
    assert untouched_answer(plan(text)), text


def test_an_order_with_or_in_it_is_still_done() -> None:
    assert ops(plan("crop to 9:16 and add captions")) == [
        {"op": "set_aspect", "ratio": "9:16", "fit": "crop"}, {"op": "add_subtitles"}]
    assert plan("export mp4 or mov, whichever is smaller").export == {"format": "mp4"}


@pytest.mark.parametrize(("text", "version"), [
    ("scrap version 4, take me back to 2", 2),
    ("ditch v3 and go back to 1", 1),
    ("toss draft 5 and bring it back to 3", 3),
])
def test_the_version_thrown_away_is_not_the_one_restored(text: str, version: int) -> None:
    assert ops(plan(text)) == [{"op": "restore_version", "version": version}], text


def test_a_version_thrown_away_alone_is_not_restored() -> None:
    p = plan("scrap version 5")
    assert not p.ops and p.question


@pytest.mark.parametrize("text", [
    "turn the noise reduction off it makes me sound like im underwater",
    "the noise suppression makes my voice thin, turn it off",
    "shut the denoise off",
])
def test_the_noise_filter_switched_off(text: str) -> None:
    assert ops(plan(text)) == [{"op": "denoise", "on": False}], text


def test_the_audio_cleaned_with_no_noise_named_is_asked() -> None:
    p = plan("clean up the audio a little?")
    assert not p.ops and p.question and "noise" in p.question
    assert ops(plan("there's traffic noise, clean up the sound")) == [{"op": "denoise"}]


def test_the_music_wanted_alone_beside_a_mute_is_kept_not_added() -> None:
    assert ops(plan("kill the camera sound, just want the music")) == [{"op": "mute"}]
    assert ops(plan("i want music")) == [{"op": "add_music", "media_id": "music.mp3"}]


def test_a_flip_named_as_a_thing_is_no_flip() -> None:
    assert ops(plan("slow it down 2x, its only the flip turn")) == [{"op": "speed", "factor": 0.5}]
    assert ops(plan("flip it horizontally")) == [{"op": "flip"}]


def test_words_counted_in_described_speech_are_no_text() -> None:
    assert ops(plan("cut my uhs, i say uh every 4 words")) == [{"op": "remove_fillers"}]


def test_a_transition_complained_about_beside_a_cut_adds_none() -> None:
    assert ops(plan("get rid of 0:30 to 0:35, the transition there is janky")) == [
        {"op": "remove_range", "start_ms": 30000, "end_ms": 35000}]


def test_a_clip_repeated_a_number_of_times() -> None:
    assert ops(plan("repeat clip 3 two more times", THREE)) == [
        {"op": "duplicate_segment", "index": 3}, {"op": "duplicate_segment", "index": 3}]
    assert ops(plan("play clip 1 3 times", THREE)) == [
        {"op": "duplicate_segment", "index": 1}, {"op": "duplicate_segment", "index": 1}]
    assert ops(plan("play the middle clip twice", THREE)) == [{"op": "duplicate_segment", "index": 2}]


def test_the_copy_moved_to_an_end() -> None:
    assert ops(plan("duplicate the second clip then move the copy to the very end", THREE)) == [
        {"op": "duplicate_segment", "index": 2}, {"op": "move_segment", "index": 3, "to_index": 4}]


def test_a_range_of_frames_is_a_range_of_times() -> None:
    assert ops(plan("remove frames 150 to 300")) == [
        {"op": "remove_range", "start_ms": 5000, "end_ms": 10000}]


def test_a_pasted_subtitle_cue_is_text_over_its_times() -> None:
    assert ops(plan("00:00:02,500 --> 00:00:06,000 Step 1: unplug it")) == [
        {"op": "add_text", "text": "Step 1: unplug it", "start_ms": 2500, "end_ms": 6000}]
    assert ops(plan("00:00:02,500 --> 00:00:06,000 cut this bit")) == [
        {"op": "remove_range", "start_ms": 2500, "end_ms": 6000}]


def test_a_minute_by_its_number() -> None:
    assert ops(plan("only keep the second minute", THREE)) == [
        {"op": "keep_range", "start_ms": 60000, "end_ms": 120000}]
    assert not plan("the second minute has a cough, cut it", THREE).ops


def test_a_length_of_the_whole_wanted() -> None:
    assert ops(plan("need exactly 40 seconds total for the screen")) == [
        {"op": "keep_range", "end_ms": 40000}]


def test_a_question_word_is_a_whole_word() -> None:
    p = plan("whole thing has to be under a minute, make it 50s", THREE)
    assert not p.answer and p.ops


def test_the_halves_either_side_of_the_one_split_said() -> None:
    assert ops(plan("split at 0:20 then speed up the second half 2x")) == [
        {"op": "split", "at_ms": 20000}, {"op": "speed", "factor": 2.0, "index": 2}]


def test_the_rest_after_a_cut_is_everything_left() -> None:
    assert ops(plan("cut 0:00-0:08 where i set up, speed the rest up 1.5x")) == [
        {"op": "remove_range", "end_ms": 8000}, {"op": "speed", "factor": 1.5}]


def test_the_music_judged_is_asked_about() -> None:
    p = plan("the music in our trailer is meh, make it better?")
    assert not p.ops and p.question and not p.answer


def test_the_music_lowered_when_someone_named_talks() -> None:
    assert ops(plan("lower the music automatically when the tour guide talks", sample_draft(
        music="music.mp3"))) == [{"op": "duck_music"}]


def test_a_picture_cut_to_a_shape_is_refused() -> None:
    p = plan("make my webcam a circle with a white border")
    assert p.refusal and not p.ops


def test_burnt_in_subtitles_wanted_as_a_file_instead() -> None:
    assert ops(plan("get rid of the burned in subtitles, i want an srt file instead")) == [
        {"op": "remove_text", "track": "subtitle"}, {"op": "add_subtitles", "burn": False, "sidecar": "srt"}]
    assert plan("remove the burned-in subtitles from this clip").refusal


def test_the_audio_cleaned_with_the_noise_named_after_it() -> None:
    assert ops(plan("clean up the sound, theres traffic noise")) == [{"op": "denoise"}]


def test_the_clip_sound_taken_away_is_muted() -> None:
    assert ops(plan("remove the video audio")) == [{"op": "mute"}]


def test_how_the_voice_sounds_now_is_no_voice_change() -> None:
    p = plan("turn the denoise off, i sound like a robot")
    assert ops(p) == [{"op": "denoise", "on": False}] and not p.refusal
    assert plan("make me sound like a robot").refusal
