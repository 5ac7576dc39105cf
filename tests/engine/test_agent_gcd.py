"""gcd (issue 9): a clip called by a description ("原来那个长的", "the long one", "the first one I uploaded")
is resolved to that clip - never another clip named beside it deleted; clips "all I need" stay; a level said
right after a song file being added is that song's; the music taken back from going owns the bare level
after it; an order listed with 、 is one order; an export asked as "给我个webm" / "最后要webm"; 上个大字 puts
big text on; "black out the sound" mutes a range; "the front" / "the tail" are the ends trimmed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a clip called by a description: the longest / the original one (clip.mp4, 60 s)
    ("原来那个长的不用了 b后面接c就行", [("delete_segment", {"index": 1})], True, False),
    ("最长的那段不要了 后面两个接着放就行", [("delete_segment", {"index": 1})], True, False),
    ("lose the long one, b and c are all I need", [("delete_segment", {"index": 1})], True, False),
    ("get rid of the first one I uploaded", [("delete_segment", {"index": 1})], True, False),
    ("drop clip 1, b and c are all I need", [("delete_segment", {"index": 1})], True, False),
    # the level of the song being added
    ("原声不要静音 把music.mp3加进来 15%", [("add_music", {"media_id": "music.mp3", "volume": 0.15})],
     False, False),
    ("原声保留 把music.mp3放进来 音量10%", [("add_music", {"media_id": "music.mp3", "volume": 0.1})], False,
     False),
    # the music taken back from going: the bare level is its own
    ("bgm删了吧…不对还是留着 小声点 10%", [("set_volume", {"track": "bgm", "volume": 0.1})], False, True),
    ("delete the music... actually keep it, quieter, like 10%",
     [("set_volume", {"track": "bgm", "volume": 0.1})], False, True),
    # an order listed with 、
    ("三段顺序调一下 按2、3、1来排", [("reorder", {"order": [2, 3, 1]})], True, False),
    ("片段顺序换成2、1、3吧", [("reorder", {"order": [2, 1, 3]})], True, False),
    # big text put on with 上
    ("2秒到6秒上个大字 全场五折",
     [("add_text", {"text": "全场五折", "start_ms": 2000, "end_ms": 6000, "size": 96})], False, False),
    # a range muted by "black out"
    ("black out the sound from 0:12 to 0:14 where the impact wrench screams",
     [("mute", {"start_ms": 12000, "end_ms": 14000})], False, False),
    ("blank the sound between 0:30 and 0:33", [("mute", {"start_ms": 30000, "end_ms": 33000})], False, False),
    # the front and the tail
    ("trim the front by 2.5s and the tail by 750ms pls", [("trim", {"head_ms": 2500, "tail_ms": 750})], False,
     False),
    ("cut the front by 3 seconds and the back by 1 second", [("trim", {"head_ms": 3000, "tail_ms": 1000})],
     False, False),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


@pytest.mark.parametrize(("text", "fmt"), [
    ("先限制720p 再开1.25倍速 最后给我个webm", "webm"),
    ("调成720p 最后要webm", "webm"),
    ("剪掉前3秒 然后给我个mov", "mov"),
])
def test_export_by_format(text: str, fmt: str) -> None:
    plan = _plan(text)
    assert plan.export is not None and plan.export.get("format") == fmt


def test_black_out_the_screen_is_no_mute() -> None:
    plan = _plan("black out the screen from 0:12 to 0:14")
    assert not any(o.op == "mute" for o in plan.ops)
