"""Session 32: an end's silence said with its length to stay beside pause removal stays (never trimmed,
never a mute of all the sound); the pauses and an end's silence both named go by removing the silences;
an end muted with no length, or a part said to be silent, is a part mute said plainly (never the whole
sound muted, never only that part kept); an edit followed by "would that sound weird?" is answered, not
done; "second 10" / "minute 1" are times; unevenness told beside normalising is why; "the middle bit"
after two splits is the clip between them; 从A开始，到B结束 alone keeps that part."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

MEDIA = list(SAMPLE_MEDIA.values())


def _plan(text: str) -> Plan:
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    return parse(text, "zh" if zh else "en", MEDIA, sample_draft())


def _ops(p: Plan) -> list[dict[str, Any]]:
    return [o.model_dump(exclude_defaults=True) | {"op": o.op} for o in p.ops]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("text", "keep"), [
    ("中间的停顿都去掉，开头那几秒静音别动", "start"),
    ("去掉停顿，开头3秒的静音别动", "start"),
    ("剪掉停顿 结尾那5秒静音保留", "end"),
    ("把停顿剪掉，结尾这几秒的空白别删", "end"),
])
def test_an_end_silence_said_with_its_length_to_stay_stays(text: str, keep: str) -> None:
    assert _ops(_plan(text)) == [{"op": "remove_silences", "keep_ends": keep}]


@pytest.mark.parametrize("text", ["删掉停顿和结尾的静音", "remove the pauses and the silence at the end"])
def test_pauses_and_an_end_silence_both_go_by_removing_silences(text: str) -> None:
    assert _ops(_plan(text)) == [{"op": "remove_silences"}]


@pytest.mark.parametrize("text", ["把结尾静音", "开头静音一下吧",
                                  "keep the first 3 seconds silent for the intro music",
                                  "leave the last 4 sec without sound"])
def test_a_part_muted_is_refused_plainly_and_nothing_changes(text: str) -> None:
    p = _plan(text)
    if p.refusal:  # an end with no length ("把结尾静音"): its times asked
        assert p.ops == [] and ("静音" in p.refusal or "mute" in p.refusal)
        return
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", ["cut all the ums, would that sound weird?",
                                  "remove the pauses, will it look choppy?",
                                  "speed it up 2x - would that look too rushed?"])
def test_an_edit_then_its_consequence_asked_is_answered_not_done(text: str) -> None:
    p = _plan(text)
    assert p.ops == [] and p.answer and p.question is None


def test_cutting_the_fillers_without_a_question_still_cuts() -> None:
    assert _ops(_plan("cut all the ums")) == [{"op": "remove_fillers"}]


@pytest.mark.parametrize(("text", "expected"), [
    ("cut from second 5 to second 9", [{"op": "remove_range", "start_ms": 5000, "end_ms": 9000}]),
    ("freeze the frame at minute 1", [{"op": "freeze_frame", "at_ms": 60000}]),
    ("normalize the audio pls, some parts are way louder", [{"op": "loudnorm"}]),
    ("split at 0:10 and 0:20, then delete the middle bit",
     [{"op": "split", "at_ms": 10000}, {"op": "split", "at_ms": 20000},
      {"op": "delete_segment", "index": 2}]),
    ("从10秒开始，到40秒结束", [{"op": "keep_range", "start_ms": 10000, "end_ms": 40000}]),
])
def test_plans(text: str, expected: list[dict[str, Any]]) -> None:
    assert _ops(_plan(text)) == expected


def test_a_gif_between_two_named_seconds() -> None:
    assert _plan("gif from second 10 to second 20 pls").export == {"format": "gif", "start_ms": 10000,
                                                                   "end_ms": 20000}


def test_the_middle_bit_of_one_clip_is_no_clip() -> None:
    # "speed up the middle bit from 0:15 to 0:45": a stretch of the one clip, by its times
    ops = _ops(_plan("speed up the middle bit from 0:15 to 0:45 4x"))
    assert ops[-1] == {"op": "speed", "factor": 4.0, "index": 2}


THREE = sample_draft(["clip.mp4", "b.mp4", "c.mp4"], music="music.mp3")


@pytest.mark.parametrize(("text", "expected"), [
    ("put c.mp4 first then b.mp4", [{"op": "reorder", "order": [3, 2, 1]}]),
    ("b.mp4 goes first and c.mp4 second", [{"op": "reorder", "order": [2, 3, 1]}]),
    ("repeat the video 3 times", [{"op": "loop", "times": 3}]),
    ("duplicate clip 3", [{"op": "duplicate_segment", "index": 3}]),
    ("move c.mp4 to the start", [{"op": "move_segment", "index": 3, "to_index": 1}]),
])
def test_three_clips(text: str, expected: list[dict[str, Any]]) -> None:
    assert _ops(parse(text, "en", MEDIA, THREE)) == expected


WITH_MUSIC = sample_draft(["clip.mp4"], music="music.mp3")


@pytest.mark.parametrize("text", ["原声都静音 只要音乐", "静音原声，只留下bgm", "声音都关掉 就留背景音乐"])
def test_the_clip_sound_muted_with_the_music_kept_never_mutes_the_music(text: str) -> None:
    assert _ops(parse(text, "zh", MEDIA, WITH_MUSIC)) == [{"op": "mute"}]


@pytest.mark.parametrize(("text", "start"), [("把结尾那段做成8秒的预告", 52_000),
                                             ("用片尾剪成6秒的短视频", 54_000)])
def test_a_short_version_made_of_the_end_keeps_the_last_seconds(text: str, start: int) -> None:
    assert _ops(_plan(text)) == [{"op": "keep_range", "start_ms": start}]


def test_a_short_version_of_the_start_keeps_the_first_seconds() -> None:
    assert _ops(_plan("把开头那段做成10秒的预告")) == [{"op": "keep_range", "end_ms": 10_000}]
