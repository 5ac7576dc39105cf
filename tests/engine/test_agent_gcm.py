"""gcm (issue 9): sound ranges, clips, times after a deletion - a part's times, then what is in it, then its
sound turned off is a ranged mute ("0:20-0:25那段有人骂街 声音关掉就行"); a part said not to be cut, then only
the music there off is a ranged music mute; a cut, then a range or time with its own edit is the next step
on the shortened timeline ("剪掉前5秒 0:15到0:20加字", "第一段不要了 1:40那里定格"); a level said "for that
bit" is that stretch's; a bare letter put as picture in picture (a music level beside it is no pip size);
"do the crossfades" is an order and "c.mp4 goes second" a move; two clips each with a speed; 只用 X和Y is a
timeline of those alone; 降噪+声音标准化 both."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a ranged mute, what is in the part said between
    ("0:20-0:25那段有人骂街 声音关掉就行 画面留着",
     [("mute", {"start_ms": 20000, "end_ms": 25000, "track": "main"})], False, False),
    ("0:12-0:16有段杂音 声音关了就行", [("mute", {"start_ms": 12000, "end_ms": 16000})], False, False),
    # a ranged music mute, the part said not to be cut
    ("0:30到0:36不用删 只把那里的背景音乐关掉",
     [("mute", {"track": "bgm", "start_ms": 30000, "end_ms": 36000})], True, False),
    ("0:20-0:30不要剪 把那段的背景音乐静音", [("mute", {"track": "bgm", "start_ms": 20000, "end_ms": 30000})],
     True, False),
    # times after a deletion
    ("剪掉前5秒 0:15到0:20加字「限时优惠」",
     [("trim", {"head_ms": 5000}), ("add_text", {"text": "限时优惠", "start_ms": 10000, "end_ms": 15000})],
     False, False),
    ("剪掉前4秒 0:30到0:35静音",
     [("trim", {"head_ms": 4000}), ("mute", {"start_ms": 26000, "end_ms": 31000})], False, False),
    ("第一段不要了 1:40那里定格两秒",
     [("delete_segment", {"index": 1}), ("freeze_frame", {"at_ms": 40000, "duration_ms": 2000})],
     False, True),
    # a level for that bit
    ("mute 0:20 to 0:25 and put the music at 50% for that bit",
     [("mute", {"start_ms": 20000, "end_ms": 25000}),
      ("set_volume", {"track": "bgm", "volume": 0.5, "start_ms": 20000, "end_ms": 25000})], True, False),
    ("silence 0:30-0:34 and set the bgm to 20% during that bit",
     [("mute", {"start_ms": 30000, "end_ms": 34000}),
      ("set_volume", {"track": "bgm", "volume": 0.2, "start_ms": 30000, "end_ms": 34000})], True, False),
    # an order, a place as an ordinal
    ("ok do the crossfades 0.5 sec, and c.mp4 goes second",
     [("crossfade", {"duration_ms": 500}), ("move_segment", {"index": 3, "to_index": 2})], False, True),
    ("b.mp4 should go third", [("move_segment", {"index": 2, "to_index": 3})], False, True),
    # each clip its own speed
    ("make the first clip 2x speed and the last clip slow mo",
     [("speed", {"factor": 2.0, "index": 1}), ("speed", {"factor": 0.5, "index": 3})], False, True),
    ("make the second clip 1.5x and the last clip half speed",
     [("speed", {"factor": 1.5, "index": 2}), ("speed", {"factor": 0.5, "index": 3})], False, True),
    # only the files named
    ("只用b.mp4和c.mp4 先放c再放b", [("concat", {"media_ids": ["c.mp4", "b.mp4"]})], False, True),
    ("只要c.mp4和b.mp4 先b后c", [("concat", {"media_ids": ["b.mp4", "c.mp4"]})], False, True),
    # both sound fixes
    ("降噪+声音标准化 导出720p的mp4", [("denoise", {}), ("loudnorm", {})], True, False),
    ("降噪和声音标准化", [("denoise", {}), ("loudnorm", {})], True, False),
]


@pytest.mark.parametrize(("text", "ops", "music", "clips3"), CASES)
def test_read(text: str, ops: Ops, music: bool, clips3: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


_WITH_CLIPS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


@pytest.mark.parametrize(("text", "ops"), [
    ("put b picture in picture top right and music quieter at 12%",
     [("pip", {"media_id": "b.mp4", "pos": "top-right", "scale": 0.3}),
      ("set_volume", {"track": "bgm", "volume": 0.12})]),
    ("put c as pip top right and the music quieter at 10%",
     [("pip", {"media_id": "c.mp4", "pos": "top-right", "scale": 0.3}),
      ("set_volume", {"track": "bgm", "volume": 0.1})]),
])
def test_pip_letter(text: str, ops: Ops) -> None:
    assert_edits(_plan(text, music=True, uploads=_WITH_CLIPS), ops)


def test_cut_still_cuts() -> None:
    # a second range cut after the first is still a cut (the split is only before an edit of its own)
    plan = _plan("删掉0:05到0:08 0:15到0:20也删掉")
    assert [o.op for o in plan.ops] == ["remove_ranges"]
