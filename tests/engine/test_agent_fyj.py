"""Session fyj (holdout49): a whole-video operation said of one clip called by its place and what it shows is
asked about; words in capitals put "there" (a part said to start at a time) or at times are the text shown,
never a cut; "the first N of b.mp4 and the last N of c.mp4" cuts each clip's own end; a moment that cannot be
heard is why the level changes; the music wanted over the pictures beside the clip's sound muted adds nothing;
a recording named in any words squeezed into a length by speed is sped up."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text", [
    "can u mute just the second trail cam clip, the wind noise on it is brutal",
    "mute the third drone clip, the props are so loud",
    "make the last beach shot black and white",
    "can you denoise just the first interview clip",
    "rotate the second phone video, its sideways",
])
def test_whole_only_op_on_described_clip_asks(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops and not plan.refusal


@pytest.mark.parametrize(("text", "words", "start", "end"), [
    ("the sale part starts at 0:20, put TODAY ONLY 50% OFF HONEY there until 0:26",
     "TODAY ONLY 50% OFF HONEY", 20000, 26000),
    ("the promo bit starts at 0:40, show 2 FOR 1 DEAL there until 0:45", "2 FOR 1 DEAL", 40000, 45000),
    ("the toast starts at 0:35, put JUST MARRIED there until 0:41", "JUST MARRIED", 35000, 41000),
    ("flash SALE ENDS SOON from 0:10 to 0:14", "SALE ENDS SOON", 10000, 14000),
    ("the chorus starts at 0:12, put SING ALONG there until 0:18", "SING ALONG", 12000, 18000),
])
def test_capitals_put_there_are_text(text: str, words: str, start: int, end: int) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddText), plan.ops
    op = plan.ops[0]
    assert (op.text, op.start_ms, op.end_ms) == (words, start, end)
    assert not plan.question


def test_part_start_alone_is_unchanged() -> None:
    # a part said to start at a time with nothing put there keeps its reading (the video starts there)
    plan = _plan("the good part starts at 0:20")
    assert [op.op for op in plan.ops] == ["trim"]


@pytest.mark.parametrize(("text", "ranges"), [
    ("trim the first 2 seconds of b.mp4 and the last 2 of c.mp4", [(60000, 62000), (108000, 110000)]),
    ("cut the first 3 seconds of c.mp4 and the last 1 second of b.mp4", [(89000, 90000), (90000, 93000)]),
    ("remove the first 5 seconds of b.mp4 and the last 5 seconds of c.mp4",
     [(60000, 65000), (105000, 110000)]),
])
def test_each_end_of_its_named_clip(text: str, ranges: list[tuple[int, int]]) -> None:
    plan = _plan(text, clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.RemoveRanges), plan.ops
    assert [(r.start_ms, r.end_ms) for r in plan.ops[0].ranges] == ranges


def test_named_ends_of_programme_stay_a_trim() -> None:
    plan = _plan("trim the first 2 seconds of clip.mp4 and the last 2 of c.mp4", clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Trim)
    assert (plan.ops[0].head_ms, plan.ops[0].tail_ms) == (2000, 2000)


@pytest.mark.parametrize(("text", "volume"), [
    ("cut the music down to 20% pls, grandpa cant hear the toast", 0.2),
    ("music to 30%, nobody can hear the speech", 0.3),
    ("bring the music down to 25%, we cant hear the vows", 0.25),
    ("turn the song down to 15% so people can hear the toast", 0.15),
])
def test_moment_not_heard_is_why(text: str, volume: float) -> None:
    plan = _plan(text, music=True)
    assert not plan.question
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.SetVolume)
    assert (plan.ops[0].track, plan.ops[0].volume) == ("bgm", volume)


def test_part_during_moment_still_asked() -> None:
    plan = _plan("turn the music down during the toast", music=True)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "kill the original audio, we just want the music over the trick clips",
    "mute the camera sound, i only want the song playing over the drone shots",
    "cut the clip audio, we just want the music under the footage",
    "kill the sound, just want the music over the skate clips",
])
def test_music_wanted_over_pictures_is_kept(text: str) -> None:
    plan = _plan(text, music=True)
    assert not plan.question
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Mute) and plan.ops[0].track == "main"


@pytest.mark.parametrize("text", [
    "squeeze the whole session recap into 55 seconds without cutting, just speed it up",
    "compress the whole tutorial into 55 seconds, just speed it up",
    "fit my vlog into 55 seconds without cutting anything",
    "condense the entire lecture into 55 seconds by speeding it up",
])
def test_named_recording_squeezed_by_speed(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Speed) and plan.ops[0].factor == 2.0
    assert not plan.notes


def test_named_recording_squeezed_unsaid_how_is_not_cut() -> None:
    plan = _plan("squeeze the recap into 55 seconds", clips3=True)
    assert not any(isinstance(op, s.Trim | s.KeepRange | s.RemoveRange) for op in plan.ops)
