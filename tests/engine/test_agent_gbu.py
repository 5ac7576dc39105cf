"""gbu (issue 9): sound said in new ways - the first / last N seconds named as the place of a mute or a
level after a cut is that sound edit's place, never a cut (and is on the timeline left by the cut); a fade
of "it" where "it" is the music on the timeline, or a music fade said beside a picture fade, is the music's;
a noise named as why the clip's own sound is set to a level adds no denoise (and the level is the clip's,
not the music's); the clip's sound and the music switched off together is a mute of all tracks."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool]] = [
    # the place of a sound edit after a cut: never cut; on the timeline the cut leaves (60 s - 5 s)
    ("cut the first 5 seconds, then lower the volume of the last 10 seconds to 50%",
     [("trim", {"head_ms": 5000, "tail_ms": 0}),
      ("set_volume", {"volume": 0.5, "start_ms": 45000, "end_ms": 55000, "track": "main"})], False),
    ("删掉12到18秒 最后10秒静音",
     [("remove_range", {"start_ms": 12000, "end_ms": 18000}),
      ("mute", {"start_ms": 44000, "end_ms": 54000, "track": "main"})], False),
    ("剪掉前5秒 最后10秒音量调到50%",
     [("trim", {"head_ms": 5000, "tail_ms": 0}),
      ("set_volume", {"volume": 0.5, "start_ms": 45000, "end_ms": 55000})], False),
    ("get rid of the first 5 seconds then silence the final 10 seconds",
     [("trim", {"head_ms": 5000, "tail_ms": 0}), ("mute", {"start_ms": 45000, "end_ms": 55000})], False),
    ("the last 10 seconds should be at 50% volume, and cut the first 5 seconds",
     [("set_volume", {"volume": 0.5, "start_ms": 50000, "end_ms": 60000}),
      ("trim", {"head_ms": 5000, "tail_ms": 0})], False),
    ("cut the first 5 seconds and lower the last 10 seconds to 50%",
     [("trim", {"head_ms": 5000, "tail_ms": 0}),
      ("set_volume", {"volume": 0.5, "start_ms": 45000, "end_ms": 55000})], False),
    ("前5秒删了 后10秒静音",
     [("trim", {"head_ms": 5000, "tail_ms": 0}), ("mute", {"start_ms": 45000, "end_ms": 55000})], False),
    # an end named in the level's own words is where the level goes
    ("make the last 10 seconds quieter, like 50%",
     [("set_volume", {"volume": 0.5, "start_ms": 50000, "end_ms": 60000})], False),
    ("turn the first 8 seconds down to 30%",
     [("set_volume", {"volume": 0.3, "start_ms": 0, "end_ms": 8000})], False),
    # still cuts: both ends listed after one cut verb
    ("cut the first 5 seconds and the last 10 seconds", [("trim", {"head_ms": 5000, "tail_ms": 10000})],
     False),
    ("cut the first 5 s, the last 3 s too", [("trim", {"head_ms": 5000, "tail_ms": 3000})], False),
    # the clip's sound and the music switched off together
    ("把原声和音乐全部关掉", [("mute", {"track": "all", "start_ms": None})], False),
    ("mute the original sound and the music", [("mute", {"track": "all"})], False),
    ("mute the music and bring my voice up to 120%",
     [("mute", {"track": "bgm"}), ("set_volume", {"track": "main", "volume": 1.2})], False),
    # a noise named as why a level is asked
    ("kindly add music.mp3 and reduce the original sound to 50%, my students are complaining of the fan "
     "noise",
     [("add_music", {"media_id": "music.mp3", "volume": 0.3}),
      ("set_volume", {"track": "main", "volume": 0.5})], False),
    ("turn the camera audio down to 40% because of the fan noise",
     [("set_volume", {"track": "main", "volume": 0.4})], False),
    ("remove the fan noise", [("denoise", {"on": True})], False),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    assert_edits(_plan(text, clips3=clips3), ops)


MUSIC_CASES: list[tuple[str, Ops]] = [
    ("music needs to come in slowly, fade it in over 6 seconds", [("fade_music", {"fade_in_ms": 6000})]),
    ("the bgm ends abruptly, can you fade it out over 5 sec", [("fade_music", {"fade_out_ms": 5000})]),
    ("fade the music out over 4 sec and fade the video to black at the end too",
     [("fade_music", {"fade_out_ms": 4000}), ("fade", {"fade_out_ms": 1000})]),
    ("fade in the music 3 s and fade out the whole video at the end",
     [("fade_music", {"fade_in_ms": 3000, "fade_out_ms": None}), ("fade", {"fade_out_ms": 1000})]),
    ("turn the music off during the interview 0:20-0:30",
     [("mute", {"track": "bgm", "start_ms": 20000, "end_ms": 30000})]),
    ("原声跟背景音乐都静音", [("mute", {"track": "all"})]),
    ("turn the camera sound and the song off", [("mute", {"track": "all"})]),
]


@pytest.mark.parametrize(("text", "ops"), MUSIC_CASES)
def test_music_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True), ops)


def test_it_faded_without_music_is_the_picture() -> None:
    # no music on the timeline: "it" is the video
    assert_edits(_plan("the video ends abruptly, fade it out over 2 seconds"),
                 [("fade", {"fade_out_ms": 2000})])


def test_music_off_past_the_end_says_the_length() -> None:
    plan = _plan("turn the music off during the interview 1:00-1:30", music=True)
    assert not plan.ops and plan.refusal and "only 1:00 long" in plan.refusal
