"""gca (issue 9): clip order, take-backs, rotation and undo said in new ways - a bare 删 before a clip deletes
it, and a clip corrected with a slip owned (手滑, 打错了, 口误, "my bad", "typo") is the one said last; two
clips named trade places said as 换下位置 / 调个位置 / 前后换一下 / 掉个个 / "switch b and c"; a picture said
upside down and turned (倒的 … 转一下), or 转180° with the degree sign, is a half turn; undo counted in goes
(连着撤三下, 撤两次, "go back 3", "undo x2"); a thing said not needed or taken down with 撤 (把字幕撤一下,
"subtitles aren't needed", "no need for the music") is removed, never added."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops, bool, bool]] = [
    # a bare 删 before a clip, and a clip corrected
    ("删c", [("delete_segment", {"index": 3})], True, False),
    ("删第二段", [("delete_segment", {"index": 2})], True, False),
    ("删c 噢不对 删b 手滑", [("delete_segment", {"index": 2})], True, False),
    ("删掉c 打错了 删掉b", [("delete_segment", {"index": 2})], True, False),
    ("删b 啊不是 删c 打错字了", [("delete_segment", {"index": 3})], True, False),
    ("把第三段删了 不对 第二段 手滑", [("delete_segment", {"index": 2})], True, False),
    ("delete c, my bad, b", [("delete_segment", {"index": 2})], True, False),
    ("remove c, sorry i meant b", [("delete_segment", {"index": 2})], True, False),
    # two clips trade places
    ("b和c换下位置", [("reorder", {"order": [1, 3, 2]})], True, False),
    ("b c调个位置", [("reorder", {"order": [1, 3, 2]})], True, False),
    ("b和c前后调一下", [("reorder", {"order": [1, 3, 2]})], True, False),
    ("b和c换个顺序", [("reorder", {"order": [1, 3, 2]})], True, False),
    ("switch b and c", [("reorder", {"order": [1, 3, 2]})], True, False),
    ("顺序反一下", [("reorder", {"order": [3, 2, 1]})], True, False),  # no clip named: the whole order
    # a half turn
    ("手机拍的时候拿反了 整个画面是倒的 给转个180°", [("rotate", {"degrees": 180})], False, False),
    ("转180°", [("rotate", {"degrees": 180})], False, False),
    ("画面是倒的 转一下", [("rotate", {"degrees": 180})], False, False),
    ("拍倒了 转过来", [("rotate", {"degrees": 180})], False, False),
    ("转90°", [("rotate", {"degrees": 90})], False, False),
    # undo counted
    ("完了改乱了 连着撤三下", [("undo", {"steps": 3})], False, False),
    ("撤销三下", [("undo", {"steps": 3})], False, False),
    ("一连撤了四下", [("undo", {"steps": 4})], False, False),
    ("撤一下", [("undo", {"steps": 1})], False, False),
    ("go back 3", [("undo", {"steps": 3})], False, False),
    ("undo x3", [("undo", {"steps": 3})], False, False),
    ("返回上一步", [("undo", {"steps": 1})], False, False),
    # not needed: removed
    ("把字幕撤一下", [("remove_text", {"track": "subtitle"})], False, False),
    ("subtitles aren't needed", [("remove_text", {"track": "subtitle"})], False, False),
    ("the title isn't needed anymore", [("remove_text", {"track": "title"})], False, False),
    ("no need for the music", [("remove_music", {})], False, True),
    ("don't need the music anymore", [("remove_music", {})], False, True),
    ("音乐撤下来吧", [("remove_music", {})], False, True),
    ("音乐不需要了", [("remove_music", {})], False, True),
]


@pytest.mark.parametrize(("text", "ops", "clips3", "music"), CASES)
def test_read(text: str, ops: Ops, clips3: bool, music: bool) -> None:
    assert_edits(_plan(text, music=music, clips3=clips3), ops)


@pytest.mark.parametrize("text", [
    "删b的声音",      # something taken out of the clip, never the clip
    "删b里的音乐",
    "别删c",
])
def test_bare_delete_not_whole_clip(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert not any(o.op == "delete_segment" for o in plan.ops)


def test_no_need_to_add_is_not_a_removal() -> None:
    plan = _plan("no need to add music, just normalize", music=True)
    assert [o.op for o in plan.ops] == ["loudnorm"]
