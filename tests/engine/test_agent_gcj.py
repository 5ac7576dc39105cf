"""gcj (issue 9): sound said in new ways - a stretch of the music muted with "bgm" or 别出声 (never the
video cut there); a part from a point on said to be muted ("everything after 0:40 should be muted") is that
part, never the whole sound; a cut taken back for a mute of the same time ("剪掉前6秒 哦不对 是前6秒静音")
mutes it, the picture kept; 半秒 as the corrected amount; repeats said to stay with the fillers cut; a level
beside a denoise; a volume change beside a refused stem separation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]


def _bgm(a: int, b: int) -> Ops:
    return [("mute", {"track": "bgm", "start_ms": a, "end_ms": b})]


def _main(a: int, b: int) -> Ops:
    return [("mute", {"track": "main", "start_ms": a, "end_ms": b})]


MUSIC_CASES: list[tuple[str, Ops]] = [
    ("5秒到12秒音乐别出声", _bgm(5000, 12000)),
    ("0:20到0:26 bgm不要", _bgm(20000, 26000)),
    ("8秒到14秒bgm别出声", _bgm(8000, 14000)),
    ("背景音乐在20秒到30秒别响", _bgm(20000, 30000)),
]

CASES: list[tuple[str, Ops, bool]] = [
    # a part from a point on, said as how it is to be
    ("everything after 0:40 needs to be muted", _main(40000, 60000), False),
    ("everything after 0:40 should be silent", _main(40000, 60000), False),
    ("the audio past 0:35 has to be completely silent", _main(35000, 60000), False),
    # a cut taken back for a mute of the same time
    ("剪掉前6秒 哦不对 不是剪 是前6秒静音 画面要留着", _main(0, 6000), False),
    ("剪掉前6秒 哦不对 前6秒静音", _main(0, 6000), False),
    ("删掉0:10到0:15 哦不对 0:10到0:15静音就行", _main(10000, 15000), False),
    ("删掉0:10到0:15 不对 是0:10到0:15静音", _main(10000, 15000), False),
    # 半秒 as the corrected amount
    ("加个1秒的转场 不对 半秒就够了", [("crossfade", {"duration_ms": 500})], True),
    ("转场2秒 算了 半秒吧", [("crossfade", {"duration_ms": 500})], True),
    # repeats said to stay
    ("remove the filler words but not the repeats, i repeat the counts on purpose",
     [("remove_fillers", {"fillers": True, "repeats": False})], False),
    ("cut out the ums except the repetitions",
     [("remove_fillers", {"fillers": True, "repeats": False})], False),
    ("去掉语气词 但重复的不要删", [("remove_fillers", {"fillers": True, "repeats": False})], False),
    # a level beside a denoise
    ("lower the sound to 50% and remove the hum, my mum says its awful",
     [("set_volume", {"track": "main", "volume": 0.5}), ("denoise", {"on": True})], False),
]


@pytest.mark.parametrize(("text", "ops"), MUSIC_CASES)
def test_music_stretch_muted(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True), ops)


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    assert_edits(_plan(text, clips3=clips3), ops)


def test_bgm_stretch_never_cuts() -> None:
    plan = _plan("0:20到0:26 bgm不要", music=True)
    assert not any(o.op in ("remove_range", "remove_ranges", "trim") for o in plan.ops)


@pytest.mark.parametrize(("text", "volume"), [
    ("separate the vocals from the music. also make the whole video louder", 1.5),
    ("split the singing from the music. and make the whole video 30% louder", 1.3),
])
def test_stems_refused_volume_done(text: str, volume: float) -> None:
    plan = _plan(text)
    assert plan.refusal
    assert [o.op for o in plan.ops] == ["set_volume"]
    assert plan.ops[0].model_dump()["volume"] == volume


def test_stems_level_bound_to_refusal() -> None:
    plan = _plan("separate the vocals from the music, and make them louder")
    assert plan.refusal and not plan.ops
