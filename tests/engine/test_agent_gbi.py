"""gbi (issue 9): the music and the clip's own sound - "only" / "out of" said with a stretch limits a music
removal to a ranged mute of the music (never all of it removed, nor the video cut); a music removal taken
back inside the message ("... wait, just make it lower, like 10%") leaves only the level, with the level said
in the next clause; 原声全部关掉 with the music said to stay mutes the clip's sound only; "can you remove
the music or just lower it?" asks which (nothing done); a Chinese level for a part ("把1:00到1:30的原声调到
150%") is a ranged set_volume."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]


def _bgm_mute(a: int, b: int) -> Ops:
    return [("mute", {"track": "bgm", "start_ms": a, "end_ms": b, "muted": True})]


def _bgm_level(v: float) -> Ops:
    return [("set_volume", {"track": "bgm", "volume": v, "start_ms": None, "end_ms": None})]


MUSIC_CASES: list[tuple[str, Ops]] = [
    # a stretch said with "only" / "out of": the music of that stretch muted
    ("take the music out of the first 10 seconds only, the speech needs to be clear there",
     _bgm_mute(0, 10000)),
    ("remove the music only for the first 10 seconds", _bgm_mute(0, 10000)),
    ("remove the music but only for the first 10 seconds", _bgm_mute(0, 10000)),
    ("ditch the song for just the last 5 seconds", _bgm_mute(55000, 60000)),
    ("take the song out of 0:10 to 0:20 only", _bgm_mute(10000, 20000)),
    # a removal taken back inside the message: only the level
    ("pls remove the bgm po... ay wait, just make it lower, like 10%", _bgm_level(0.1)),
    ("remove the music, wait, just lower it to 10%", _bgm_level(0.1)),
    ("remove the music... actually no, just make it lower, like 10%", _bgm_level(0.1)),
    ("kill the song - oh wait, just make it quieter", _bgm_level(0.175)),
    # the clip's own sound all off, the music said to stay
    ("原声全部关掉 只留音乐", [("mute", {"track": "main", "start_ms": None})]),
    ("原声全都关了 只要背景音乐", [("mute", {"track": "main"})]),
    ("mute all the original audio, keep the music", [("mute", {"track": "main"})]),
    # a Chinese level for a part of the music
    ("把0:05到0:15的背景音乐调到20%",
     [("set_volume", {"track": "bgm", "volume": 0.2, "start_ms": 5000, "end_ms": 15000})]),
]


@pytest.mark.parametrize(("text", "ops"), MUSIC_CASES)
def test_music_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True), ops)


CLIP_CASES: list[tuple[str, Ops]] = [
    ("b.mp4那段别删!!只是声音太小 把1:00到1:30的原声调到150%",
     [("set_volume", {"track": "main", "volume": 1.5, "start_ms": 60000, "end_ms": 90000})]),
    ("把0:10到0:20的声音调到50%",
     [("set_volume", {"track": "main", "volume": 0.5, "start_ms": 10000, "end_ms": 20000})]),
    ("前10秒的原声调到80%",
     [("set_volume", {"track": "main", "volume": 0.8, "start_ms": 0, "end_ms": 10000})]),
    # the times of a cut said before the level are the cut's - the level is of the whole
    ("剪掉0:10到0:20 音量调到50%",
     [("remove_range", {"start_ms": 10000, "end_ms": 20000}),
      ("set_volume", {"track": "main", "volume": 0.5, "start_ms": None})]),
]


@pytest.mark.parametrize(("text", "ops"), CLIP_CASES)
def test_clip_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, clips3=True), ops)


@pytest.mark.parametrize("text", [
    "can you remove the music or just lower it?",
    "could u mute the music or only turn it down a bit?",
    "remove the music or lower it?",
    "背景音乐能删掉还是只调小一点？",
])
def test_two_edits_offered_asks(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.question and not plan.ops and plan.export is None


@pytest.mark.parametrize(("text", "track"), [
    ("把声音全部关掉", "all"),
    ("mute everything", "all"),
    ("原声关掉", "main"),
])
def test_whole_sound_still_all(text: str, track: str) -> None:
    assert_edits(_plan(text, music=True), [("mute", {"track": track})])


def test_capability_or_only_still_answered() -> None:
    plan = _plan("can you make gifs from my gaming clips or only videos?")
    assert plan.answer and not plan.ops and not plan.question
