"""fzj (issue 9): which sound and how loud - a relative step of a level is exact (0.35 x 1.5 = 0.525, half of
it 0.175; never rounded to 2 places); the voice taken away with the music kept mutes the clip's own sound; a
backing track is the music; a music fade-in said to start later is asked about; "no text, just X" with none
shown removes nothing; a thing left alone with the choice put off is no edit."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

CASES: list[tuple[str, list[dict[str, Any]]]] = [
    # a step from the music's level (0.35 in the sample draft), exact
    ("louder music please", [{"op": "set_volume", "track": "bgm", "volume": 0.525}]),
    ("the music is drowning out my voice", [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),
    ("cut the music volume in half", [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),
    ("背景音乐大声一点", [{"op": "set_volume", "track": "bgm", "volume": 0.525}]),
    ("音乐音量减半", [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),
    # a level said outright is that level
    ("music at 20%", [{"op": "set_volume", "track": "bgm", "volume": 0.2}]),
    # the voice / the clip's own sound taken away, the music kept
    ("get rid of my voice, just the music", [{"op": "mute", "track": "main"}]),
    ("remove my narration, keep the music", [{"op": "mute", "track": "main"}]),
    ("把我说话声去掉，音乐留着", [{"op": "mute", "track": "main"}]),
    ("现场原声太吵了 去掉吧 就留着背景音乐", [{"op": "mute", "track": "main"}]),
    # a backing track is the music
    ("take the backing track off completely", [{"op": "remove_music"}]),
    ("lower the backing music", [{"op": "set_volume", "track": "bgm", "volume": 0.175}]),
    # no text wanted and none shown: only the edit asked for
    ("no text on it, just fade in and out", [{"op": "fade", "fade_in_ms": 1000, "fade_out_ms": 1000}]),
    ("no titles, just trim the first 5 seconds", [{"op": "trim", "head_ms": 5000, "tail_ms": 0}]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_sound_and_level(text: str, ops: list[dict[str, Any]]) -> None:
    plan = _plan(text, music=True)
    assert not plan.question and not plan.refusal and plan.export is None
    got = [o.model_dump(exclude_none=True) for o in plan.ops]
    assert len(got) == len(ops), got
    for g, want in zip(got, ops, strict=True):
        for k, v in want.items():
            assert g[k] == v, (k, g)


@pytest.mark.parametrize("text", ["bgm等到第6秒再慢慢进来", "音乐到第5秒再淡入",
                                  "wait until 0:06 and then fade the music in",
                                  "fade the music in after 6 seconds"])
def test_music_fade_in_later_is_asked(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", ["leave the aspect ratio alone for now, i'll decide later",
                                  "keep the music as is, i'll think about it"])
def test_left_alone_and_put_off(text: str) -> None:
    plan = _plan(text, music=True)
    assert not plan.ops and not plan.question and not plan.refusal and plan.export is None


def test_remove_my_voice_alone_is_not_a_mute() -> None:
    # negative: the voice taken away with no music said to stay may be a wish to isolate it - never a mute
    plan = _plan("remove my voice", music=True)
    assert not any(o.op == "mute" for o in plan.ops)


def test_fade_in_over_a_length_is_that_fade() -> None:
    # negative: a length of the fade ("over 6 seconds") is no later start
    plan = _plan("fade the music in over 6 seconds", music=True)
    assert not plan.question
    assert [o.model_dump(exclude_none=True).get("fade_in_ms") for o in plan.ops] == [6000]


def test_no_text_alone_still_removes() -> None:
    # "no text" said alone with no text on the video declines it - nothing to remove (gaw: holdout59
    # 61168); said with a word of taking it off, it is still the text taken off
    plan = _plan("no text", music=True)
    assert plan.ops == []
    plan = _plan("no text anymore, remove it", music=True)
    assert [o.op for o in plan.ops] == ["remove_text"]
