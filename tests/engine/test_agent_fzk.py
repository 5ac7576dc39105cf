"""fzk (issue 9): clips added, repeated, dropped and reordered, and overlays taken off - a file "cut
in" or put after ("cut b.mp4 in at the end", "b.mp4放后面", "硬接b.mp4") is added; a clip "played again"
("第三段再放一次") is duplicated; the clips left after one is dropped ("剩下的前后对调") are the two
swapped; an overlay taken off ("撤掉", "自动生成的字幕删掉") is removed, never added again."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import UPLOADS
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

WITH_CLIPS = [*UPLOADS, SAMPLE_MEDIA["b.mp4"], SAMPLE_MEDIA["c.mp4"]]

# (text, on the three clips, [(op, fields), ...])
CASES: list[tuple[str, bool, list[tuple[str, dict[str, Any]]]]] = [
    ("cut b.mp4 in at the end", False, [("add_clips", {"media_ids": ["b.mp4"], "at": "end"})]),
    ("cut c.mp4 in after it", False, [("add_clips", {"media_ids": ["c.mp4"], "at": "end"})]),
    ("splice b.mp4 in at the start", False, [("add_clips", {"media_ids": ["b.mp4"], "at": "start"})]),
    ("不要转场 直接硬接 b.mp4放后面", False, [("add_clips", {"media_ids": ["b.mp4"], "at": "end"})]),
    ("c.mp4放后面", False, [("add_clips", {"media_ids": ["c.mp4"], "at": "end"})]),
    ("第三段再放一次", True, [("duplicate_segment", {"index": 3})]),
    ("第二段再播一次", True, [("duplicate_segment", {"index": 2})]),
    ("play the second clip again", True, [("duplicate_segment", {"index": 2})]),
    ("b不要了 剩下的前后对调一下", True, [("delete_segment", {"index": 2}), ("reorder", {"order": [2, 1]})]),
    ("drop c, then swap the rest", True, [("delete_segment", {"index": 3}), ("reorder", {"order": [2, 1]})]),
    ("之前加的logo.png撤掉 不好看", False, [("remove_logo", {})]),
    ("刚加的台标撤下来吧", False, [("remove_logo", {})]),
    ("自动生成的字幕删掉 我想自己重新弄", False, [("remove_text", {"track": "subtitle"})]),
    ("把识别出来的字幕删了 错太多", False, [("remove_text", {"track": "subtitle"})]),
]


@pytest.mark.parametrize(("text", "clips3", "want"), CASES)
def test_clips_and_overlays(text: str, clips3: bool, want: list[tuple[str, dict[str, Any]]]) -> None:
    plan = _plan(text, clips3=clips3) if clips3 else _plan(text, uploads=WITH_CLIPS)
    assert not plan.question and not plan.refusal and plan.export is None
    assert [o.op for o in plan.ops] == [op for op, _ in want]
    for o, (_, fields) in zip(plan.ops, want, strict=True):
        got = o.model_dump()
        for k, v in fields.items():
            assert got[k] == v, (k, got)


@pytest.mark.parametrize("text", ["cut c.mp4 in half", "cut c.mp4 in at the start"])
def test_cut_in_never_deletes(text: str) -> None:
    # a clip "cut in half" / "cut in" is split or put in - never deleted
    plan = _plan(text, clips3=True)
    assert not any(o.op == "delete_segment" for o in plan.ops)


@pytest.mark.parametrize("text", ["自动生成的字幕", "生成字幕"])
def test_subtitles_made_still_added(text: str) -> None:
    assert [o.op for o in _plan(text).ops] == ["add_subtitles"]


def test_music_again_is_no_repeat() -> None:
    # "play the music again" is the song, not a clip copied
    plan = _plan("第三段再放一次音乐", clips3=True)
    assert not any(o.op == "duplicate_segment" for o in plan.ops)


def test_rest_without_a_drop_is_no_swap() -> None:
    # "the rest" with nothing dropped is not the two left
    assert not any(o.op == "reorder" for o in _plan("剩下的前后对调一下", clips3=True).ops)
