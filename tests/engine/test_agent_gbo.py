"""gbo (issue 9): sound said with times - 那块 / 这部分 between a part's times and its sound switched off keep
the part (a ranged mute, never the whole sound); 静音 right after a part's times is the mute verb, never
the silences cut, and the last N s after a cut are the last of what is left; the music said to fade out
from a time to the end is a fade, never a cut; the music's fade said in Chinese before the ducking stays;
a level with a clause saying what is wrong with the sound ("it clips in the loud parts") is the whole
track's level, no part asked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

# (text, ops, music, clips3)
CASES: list[tuple[str, Ops, bool, bool]] = [
    # a part pointed back at with 那块 / 这部分: that part's sound only
    ("第20到25秒那块声音关了 画面留着", [("mute", {"start_ms": 20000, "end_ms": 25000})], False, False),
    ("10到15秒这部分静音", [("mute", {"start_ms": 10000, "end_ms": 15000})], False, False),
    ("最后5秒那块声音关掉", [("mute", {"start_ms": 55000, "end_ms": 60000})], False, False),
    ("第20到25秒那块声音调小一点", [("set_volume", {"start_ms": 20000, "end_ms": 25000})], False, False),
    # 静音 as the verb after a cut; the last N s of what the cut leaves
    ("把第12到18秒删了 再把最后10秒静音",
     [("remove_range", {"start_ms": 12000, "end_ms": 18000}),
      ("mute", {"start_ms": 44000, "end_ms": 54000})], False, False),
    ("cut 0:12-0:18 then mute the last 10 seconds",
     [("remove_range", {"start_ms": 12000, "end_ms": 18000}),
      ("mute", {"start_ms": 44000, "end_ms": 54000})], False, False),
    ("mute the last 10 seconds and cut 0:12-0:18",  # muted first: nothing to move
     [("mute", {"start_ms": 50000, "end_ms": 60000}),
      ("remove_range", {"start_ms": 12000, "end_ms": 18000})], False, False),
    ("删掉停顿 然后把最后3秒静音",
     [("remove_silences", {}), ("mute", {"start_ms": 57000, "end_ms": 60000})], False, False),
    # a music fade from a time to the end
    ("remove 0:05-0:07 and have the music fade out from 0:50 to the end",
     [("remove_range", {"start_ms": 5000, "end_ms": 7000}), ("fade_music", {"fade_out_ms": 10000})],
     True, False),
    ("cut 0:10-0:12 and fade the music out from 0:45 onwards",
     [("remove_range", {"start_ms": 10000, "end_ms": 12000}), ("fade_music", {"fade_out_ms": 15000})],
     True, False),
    # the music's fade said before the ducking, in Chinese
    ("音乐结尾淡出3秒 我说话的时候让音乐自动压低",
     [("fade_music", {"fade_out_ms": 3000}), ("duck_music", {"duck": True})], True, True),
    ("背景音乐开头淡入2秒 有人说话的时候音乐自动变小",
     [("fade_music", {"fade_in_ms": 2000}), ("duck_music", {"duck": True})], True, False),
    # a level with what is wrong with the sound said beside it
    ("drop the volume by 30%, it clips in the loud parts", [("set_volume", {"volume": 0.7})], False, False),
    ("lower the audio to 80% because it peaks in some places", [("set_volume", {"volume": 0.8})], False,
     False),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


@pytest.mark.parametrize("text", [
    "剪掉停顿 结尾那5秒静音保留",  # a silence at the end, said to stay: no mute
])
def test_silence_kept_is_no_mute(text: str) -> None:
    plan = _plan(text)
    assert not any(o.op == "mute" for o in plan.ops)


@pytest.mark.parametrize("text", [
    "turn down the loud parts",                      # the part is what changes: asked
    "turn the volume down, the intro is too loud",   # a part named as the one too loud
])
def test_part_still_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
