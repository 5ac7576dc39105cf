"""Readings a docs review found wrong: a smaller amount said to be enough replaces the first, an uploaded
clip already on the timeline is moved (not added twice), a music fade "at" a time, vague wishes asked
about concretely, questions answered, and replies that say what really happened."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())
THREE = sample_draft(["clip.mp4", "b.mp4", "c.mp4"])
WITH_MUSIC = sample_draft(["clip.mp4"], music="music.mp3")


def plan(text: str, draft: dict[str, Any] | None = None, language: str = "en") -> Plan:
    return parse(text, language, MEDIA, draft if draft is not None else sample_draft())


def ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True, exclude={"bounds", "silences"}) | {"op": o.op}  # type: ignore[attr-defined]
            for o in p.ops]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("剪掉前5秒，别删太多，3秒就行", "zh", {"head_ms": 3000}),
    ("删掉最后10秒，太多了，5秒就够了", "zh", {"tail_ms": 5000}),
    ("把开头剪掉八秒，不用那么多，剪三秒就好", "zh", {"head_ms": 3000}),
    ("cut 5s off the start, actually that's too much, 3 is fine", "en", {"head_ms": 3000}),
    ("cut the first 5 seconds, no, only 3", "en", {"head_ms": 3000}),
    ("trim 5 seconds from the start, just 3 is enough", "en", {"head_ms": 3000}),
    ("remove the last 10 seconds, that's too much, make it 4", "en", {"tail_ms": 4000}),
])
def test_a_smaller_amount_said_to_be_enough_replaces_the_first(text: str, language: str,
                                                               expected: dict[str, int]) -> None:
    p = plan(text, language=language)
    assert ops(p) == [{"op": "trim", **expected}]
    assert not p.notes


def test_a_second_number_for_something_else_is_no_correction() -> None:
    assert ops(plan("cut the first 5 seconds and add subtitles"))[0] == {"op": "trim", "head_ms": 5000}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("begin with b.mp4", "en", {"index": 2, "to_index": 1}),
    ("open the video with c.mp4", "en", {"index": 3, "to_index": 1}),
    ("b.mp4 should be the first thing people see", "en", {"index": 2, "to_index": 1}),
    ("end with clip.mp4", "en", {"index": 1, "to_index": 3}),
    ("用b.mp4开头", "zh", {"index": 2, "to_index": 1}),
    ("把c.mp4放在第一个", "zh", {"index": 3, "to_index": 1}),
])
def test_a_clip_already_on_the_timeline_is_moved_not_added_again(text: str, language: str,
                                                                  expected: dict[str, int]) -> None:
    assert ops(plan(text, THREE, language)) == [{"op": "move_segment", **expected}]


def test_a_file_not_on_the_timeline_is_still_added_and_an_explicit_add_stays_an_add() -> None:
    assert ops(plan("begin with b.mp4")) == [{"op": "add_clips", "media_ids": ["b.mp4"], "at": "start"}]
    assert ops(plan("add b.mp4 at the start", THREE)) == [
        {"op": "add_clips", "media_ids": ["b.mp4"], "at": "start"}]


@pytest.mark.parametrize(("text", "language", "fade_out_ms"), [
    ("fade the music out at 0:50", "en", 10000),
    ("fade out the song at the 55 second mark", "en", 5000),
    ("背景音乐在52秒的时候淡出", "zh", 8000),
])
def test_a_music_fade_out_at_a_time_near_the_end_runs_from_there(text: str, language: str,
                                                                 fade_out_ms: int) -> None:
    assert ops(plan(text, WITH_MUSIC, language)) == [{"op": "fade_music", "fade_out_ms": fade_out_ms}]


@pytest.mark.parametrize(("text", "language"), [
    ("fade the music out at 0:20", "en"),
    ("音乐在20秒的时候淡出", "zh"),
    ("add music.mp3 and fade it out at 0:25", "en"),
])
def test_a_music_fade_out_at_a_time_far_from_the_end_is_asked(text: str, language: str) -> None:
    p = plan(text, WITH_MUSIC, language)
    assert not p.ops and p.question and ("0:2" in p.question)


def test_a_music_fade_over_the_last_seconds_is_kept_with_the_music_added() -> None:
    assert ops(plan("add music.mp3 at 40% and fade it out over the last 5s")) == [
        {"op": "add_music", "media_id": "music.mp3", "volume": 0.4, "fade_out_ms": 5000}]


@pytest.mark.parametrize(("text", "language", "draft", "words"), [
    ("everything after the 4 sec mark", "en", None, ["0:04", "keep", "remove"]),
    ("10秒之后的部分", "zh", None, ["0:10", "保留", "删掉"]),
    ("两边裁掉", "zh", None, ["9:16", "1:1"]),
    ("crop the sides off", "en", None, ["9:16", "1:1"]),
    ("the music should cover the original sound", "en", WITH_MUSIC, ["mute", "turned down"]),
    ("节奏太慢了", "zh", None, ["加速", "停顿"]),
    ("it drags", "en", None, ["faster", "pauses"]),
])
def test_a_vague_wish_gets_a_specific_question_with_options(text: str, language: str,
                                                            draft: dict[str, Any] | None,
                                                            words: list[str]) -> None:
    p = plan(text, draft, language)
    assert not p.ops and p.question
    assert all(w in p.question for w in words), p.question


@pytest.mark.parametrize(("text", "language", "said"), [
    ("要不要加个标题", "zh", "加标题"),
    ("should i add a title?", "en", "add a title"),
    ("add subtitles? just asking", "en", "add subtitles"),
    ("加字幕吗？先问问", "zh", "加字幕"),
])
def test_an_edit_asked_about_only_is_answered_with_how_to_ask_for_it(text: str, language: str,
                                                                     said: str) -> None:
    p = plan(text, language=language)
    assert not p.ops and not p.question and p.answer and said in p.answer


@pytest.mark.parametrize(("text", "language"), [
    ("can i use a song i bought on itunes?", "en"),
    ("can I use music I purchased on amazon in my vlog?", "en"),
    ("我在苹果音乐买的歌能放视频里吗", "zh"),
])
def test_a_bought_song_asked_about_is_answered_about_buying_not_streaming(text: str, language: str) -> None:
    p = plan(text, language=language)
    assert not p.ops and p.answer
    assert ("Buying a song" in p.answer) if language == "en" else ("买了一首歌" in p.answer)


@pytest.mark.parametrize(("text", "language", "draft"), [
    ("delete all the clips and add b.mp4", "en", None),
    ("delete all the clips and add b.mp4", "en", THREE),
    ("删掉所有片段，加上b.mp4", "zh", THREE),
    ("remove all clips then put c.mp4", "en", THREE),
    ("clear the timeline", "en", THREE),
])
def test_every_clip_said_to_go_is_asked_before_anything_is_done(text: str, language: str,
                                                                draft: dict[str, Any] | None) -> None:
    p = plan(text, draft, language)
    assert not p.ops and p.question and not p.notes


def test_a_deletion_of_all_but_one_or_of_their_audio_is_no_clearing() -> None:
    assert "Replace everything" not in (plan("delete all the clips except b.mp4", THREE).question or "")
    assert "empty" not in (plan("delete all the clips' audio", THREE).question or "")


def test_the_clips_a_whole_video_edit_is_asked_about_are_not_reported_unread() -> None:
    p = plan("mute clip 2 and clip 3", THREE)
    assert p.question and not p.ops and not p.notes


@pytest.mark.parametrize("text", ["a 20 second version to post on instagram",
                                  "make a 15 second version to upload to youtube"])
def test_a_platform_it_is_posted_on_is_its_purpose_not_an_unread_word(text: str) -> None:
    p = plan(text)
    assert p.ops and not any("understand" in n for n in p.notes)


def test_declining_with_nothing_said_before_is_not_a_take_back() -> None:
    assert plan("don't let it loop").answer == "OK — I'll leave it as it is; nothing was changed."
    taken = plan("cut the first 5 seconds, no wait, keep them")
    assert taken.answer == "OK, taken back — nothing was changed."


def test_replies_say_how_many_steps_and_which_loudness() -> None:
    from vidai_nb.engine.ops import describe

    assert describe({"op": "undo", "steps": 2}) == "undid the last 2 changes"
    assert describe({"op": "undo"}) == "undid the last change"
    quieter = describe({"op": "loudnorm", "target_lufs": -16})
    assert quieter != describe({"op": "loudnorm", "target_lufs": -14})


def test_a_sound_wished_on_top_is_asked_and_a_complaint_still_lowers_the_music() -> None:
    wished = plan("the song should drown out the original audio", WITH_MUSIC)
    assert not wished.ops and wished.question and "mute" in wished.question
    assert ops(plan("the music drowns out my voice", WITH_MUSIC))[0]["op"] == "set_volume"


@pytest.mark.parametrize(("text", "language", "kept"), [
    ("只用b.mp4，其他的都不要", "zh", (60000, 90000)),
    ("just c.mp4, get rid of the others", "en", (90000, 110000)),
    ("keep b.mp4 and delete the rest", "en", (60000, 90000)),
])
def test_the_clip_named_before_the_others_go_is_the_one_kept(text: str, language: str,
                                                             kept: tuple[int, int]) -> None:
    assert ops(plan(text, THREE, language)) == [{"op": "keep_range", "start_ms": kept[0], "end_ms": kept[1]}]
    assert ops(plan("delete b.mp4", THREE)) == [{"op": "delete_segment", "index": 2}]
