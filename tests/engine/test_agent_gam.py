"""gam (issue 9): a level said for the music after its removal is taken back ("dont delete the music, just
drop it to 15%", "音乐删了吧 算了 还是留着 调小到10%"); the music said to be silent, turned back on; a song
named by a word of its own faded in ("fade the worship music in"); a machine noise named (电钻声, "the drill
sound") is noise reduction; a slow-down with the seeing it is for said bare ("看清楚怎么落的"); the length
the whole runs for, reached by speed ("slow it so the whole thing takes 80 seconds"); "no blur on the
sides" fills the frame; a harsh cut between two clips, softened, is a crossfade into the later one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

# (text, ops, music, clips3)
CASES: list[tuple[str, Ops, bool, bool]] = [
    # a level after a taken-back removal
    ("dont delete the music, just drop it to 15%", [("set_volume", {"track": "bgm", "volume": 0.15})], True,
     False),
    ("don't delete the song, just bring it down to 30%", [("set_volume", {"track": "bgm", "volume": 0.3})],
     True, False),
    ("dont cut the music, just set it to 25%", [("set_volume", {"track": "bgm", "volume": 0.25})], True,
     False),
    ("音乐删了吧 算了 还是留着 调小到10%", [("set_volume", {"track": "bgm", "volume": 0.1})], True, False),
    ("bgm不要了 算了 还是留着 调大到80%", [("set_volume", {"track": "bgm", "volume": 0.8})], True, False),
    # the music said to be silent, switched back on
    ("the music is silent now, turn it back on pls", [("mute", {"track": "bgm", "muted": False})], True,
     False),
    ("the audio is silent now, turn it back on", [("mute", {"track": "main", "muted": False})], False, False),
    # a song named by a word of its own, faded in (never out)
    ("fade the worship music in over 3 seconds", [("fade_music", {"fade_in_ms": 3000, "fade_out_ms": None})],
     True, False),
    ("fade the wedding song in over 4 seconds", [("fade_music", {"fade_in_ms": 4000, "fade_out_ms": None})],
     True, False),
    ("fade the worship song out over 3 seconds", [("fade_music", {"fade_in_ms": None, "fade_out_ms": 3000})],
     True, False),
    # a machine noise named
    ("把录音里的电钻声去掉 人说话留着", [("denoise", {})], False, False),
    ("去掉楼上装修的声音", [("denoise", {})], False, False),
    ("get rid of the drill sound, keep the voices", [("denoise", {})], False, False),
    ("cut out the construction sounds but keep my voice", [("denoise", {})], False, False),
    # a slow-down, what it is for said bare
    ("小球下落那个实验整体慢放2倍 看清楚怎么落的", [("speed", {"factor": 0.5})], False, False),
    ("跳水那个动作整体慢放3倍 看清楚怎么翻的", [("speed", {"factor": 0.333})], False, False),
    # the length the whole runs for, reached by speed
    ("slow it so the whole thing takes 80 seconds", [("speed", {"factor": 0.75})], False, False),
    ("slow it down until it lasts 90 seconds", [("speed", {"factor": 0.6667})], False, False),
    ("speed it up so it runs 30 seconds", [("speed", {"factor": 2.0})], False, False),
    # no blur on the sides: the frame filled (a plain fill said still wins)
    ("make it 9:16, no blur on the sides", [("set_aspect", {"ratio": "9:16", "fit": "crop"})], False, False),
    ("改成9:16 两边不要模糊", [("set_aspect", {"ratio": "9:16", "fit": "crop"})], False, False),
    ("9:16 pls but no blur on the sides, black is fine", [("set_aspect", {"ratio": "9:16", "fit": "solid"})],
     False, False),
    ("make it 9:16 but no blurry sides", [("set_aspect", {"ratio": "9:16", "fit": "solid"})], False, False),
    # a harsh cut between clips, softened
    ("the cut from the first clip into the second is too harsh, soften it", [("crossfade", {"index": 2})],
     False, True),
    ("the jump from b into c feels too abrupt, can you smooth it", [("crossfade", {"index": 3})], False,
     True),
    ("第一段切第二段那里太生硬了 柔和一点", [("crossfade", {"index": 2})], False, True),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    plan = _plan(text, music=music, clips3=clips3)
    assert_edits(plan, ops)


@pytest.mark.parametrize("text", [
    "slow it so it takes 30 seconds",    # slowing cannot make a 60 s video 30 s: asked
])
def test_wrong_way_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops
