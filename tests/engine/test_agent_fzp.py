"""Issue 9 (fzp): edits of the clips on a timeline of several - a file dropped in is put in; an order listed
again after the word for an order is the order; a copy right after itself is a duplicate; a look complained
of beside a clip said to go is why it goes; 调到 / 第N个 moves; a speed said of one clip stays with it; a
transition between two clips named; joining the clips already there is no edit; 不用了 deletes a clip and a
file said to go is in no order."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

CLIPS3 = ["clip.mp4", "b.mp4", "c.mp4"]


def _ops(text: str, clips: list[str]) -> list[dict[str, Any]]:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in text)
    media = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]
    plan = parse(text, "zh-CN" if zh else "en", media, sample_draft(clips, None))
    assert plan.question is None and plan.refusal is None
    return [o.model_dump() for o in plan.ops]


def _want(*ops: dict[str, Any]) -> list[dict[str, Any]]:
    return [parse_operation(o).model_dump() for o in ops]


@pytest.mark.parametrize("text,clips,expected", [
    ("drop b.mp4 in at the start", ["clip.mp4"],
     _want({"op": "add_clips", "media_ids": ["b.mp4"], "at": "start"})),
    ("pop c.mp4 in at the start", ["clip.mp4"],
     _want({"op": "add_clips", "media_ids": ["c.mp4"], "at": "start"})),
    ("drop c.mp4 in at the start", CLIPS3, _want({"op": "move_segment", "index": 3, "to_index": 1})),
    ("we filmed it on 3 cameras (clip, b, c). put them in order c, clip, b please", CLIPS3,
     _want({"op": "concat", "media_ids": ["c.mp4", "clip.mp4", "b.mp4"]})),
    ("b那段复制一份 接在它后面", CLIPS3, _want({"op": "duplicate_segment", "index": 2})),
    ("duplicate b and put the copy right after it", CLIPS3, _want({"op": "duplicate_segment", "index": 2})),
    ("把b复制一份放到最前面", CLIPS3, _want({"op": "duplicate_segment", "index": 2},
                                    {"op": "move_segment", "index": 3, "to_index": 1})),
    ("b那段删了吧 光线太暗", CLIPS3, _want({"op": "delete_segment", "index": 2})),
    ("get rid of c, it's way too dark", CLIPS3, _want({"op": "delete_segment", "index": 3})),
    ("把c调到第一个", CLIPS3, _want({"op": "move_segment", "index": 3, "to_index": 1})),
    ("把c挪到第2个", CLIPS3, _want({"op": "move_segment", "index": 3, "to_index": 2})),
    ("b加速2倍 c再来一遍", CLIPS3, _want({"op": "speed", "factor": 2.0, "index": 2},
                                    {"op": "duplicate_segment", "index": 3})),
    ("speed b up 2x, play c twice", CLIPS3, _want({"op": "speed", "factor": 2.0, "index": 2},
                                                  {"op": "duplicate_segment", "index": 3})),
    ("b和c加速2倍", CLIPS3, _want({"op": "speed", "factor": 2.0, "index": 2},
                               {"op": "speed", "factor": 2.0, "index": 3})),
    ("第一段和b之间加个转场", CLIPS3, _want({"op": "crossfade", "index": 2})),
    ("第二段和c之间加个转场", CLIPS3, _want({"op": "crossfade", "index": 3})),
    ("把这三段剪一起", CLIPS3, []),
    ("b不用了", CLIPS3, _want({"op": "delete_segment", "index": 2})),
    ("clip.mp4不用了 只要b.mp4和c.mp4 先放c再放b", CLIPS3, _want({"op": "delete_segment", "index": 1},
                                                             {"op": "reorder", "order": [2, 1]})),
    ("drop clip.mp4 and put c first then b", CLIPS3, _want({"op": "delete_segment", "index": 1},
                                                          {"op": "reorder", "order": [2, 1]})),
])
def test_clip_edits_on_a_timeline_of_several(text: str, clips: list[str],
                                             expected: list[dict[str, Any]]) -> None:
    assert _ops(text, clips) == expected


def test_a_look_asked_for_in_its_own_words_is_still_done() -> None:
    ops = _ops("删掉b 然后整体调亮一点 太暗了", CLIPS3)
    assert ops[0] == _want({"op": "delete_segment", "index": 2})[0]
    assert any(o.get("brightness", 0) > 0 for o in ops[1:])


@pytest.mark.parametrize("text", ["join the three clips", "join everything together"])
def test_joining_the_clips_there_says_so(text: str) -> None:
    # (was in test_agent_degrees' unexplained-note list expecting a concat: the clips already there, in
    # that order, are joined - nothing to rebuild, every word read, and the reply says so)
    media = [SAMPLE_MEDIA[m] for m in (*CLIPS3, "music.mp3")]
    plan = parse(text, "en", media, sample_draft(CLIPS3, "music.mp3"))
    assert not plan.ops
    assert not [n for n in plan.notes if n.startswith("I didn't understand")]
    assert "already joined" in " ".join([plan.answer or "", *plan.notes])
