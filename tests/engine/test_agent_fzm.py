"""fzm (issue 9): a kept range said in new ways ("the only usable bit is A to B", "keep N of it starting at
A", "能用的就A到B那段"), "right at the start" as a time and not the right side, and long Chinese requests with
a story before the edits ("没啥用" is no question, "特别" no negation, "开头写上：X" a title, "左右番过来" a
flip, "弄完直接导出" no words to show)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

CASES: list[tuple[str, list[tuple[str, dict[str, Any]]], dict[str, Any] | None]] = [
    # a kept range, named first or by its length
    ("the only usable bit is 0:18 to 0:37", [("keep_range", {"start_ms": 18000, "end_ms": 37000})], None),
    ("the only good part is 0:05 to 0:40", [("keep_range", {"start_ms": 5000, "end_ms": 40000})], None),
    ("keep half a minute of it starting at 0:10",
     [("keep_range", {"start_ms": 10000, "end_ms": 40000})], None),
    ("keep 15 seconds of it starting at 0:40", [("keep_range", {"start_ms": 40000, "end_ms": 55000})], None),
    ("能用的就0:18到0:37那段", [("keep_range", {"start_ms": 18000, "end_ms": 37000})], None),
    # "right at the start": a time, not the side
    ("huge title 'NIGHT DRIVE' right at the start", [("add_title", {"text": "NIGHT DRIVE", "size": 192,
                                                                     "pos": "center"})], None),
    ("put a title 'HELLO' right at the start", [("add_title", {"text": "HELLO", "pos": "center"})], None),
    # a story before the edits
    ("老师让我把答辩录屏发群里 开头那5秒我在调ppt没啥用 帮我剪掉 然后加个字幕 弄完直接导出mp4就行 谢谢谢谢",
     [("trim", {"head_ms": 5000}), ("add_subtitles", {})], {"format": "mp4"}),
    ("我孙子过生日拍的视屏 想给他配个音乐 就用music.mp3那个 开头写上：乐乐三岁啦",
     [("add_music", {"media_id": "music.mp3"}), ("add_title", {"text": "乐乐三岁啦"})], None),
    ("开头写上：新年快乐", [("add_title", {"text": "新年快乐"})], None),
    ("这期科普录的时候状态不好 停顿特别多还老是嗯啊嗯啊的 你帮我把停顿跟嗯啊都剪了 然后字幕给我出个srt文件 "
     "别烧到画面里 b站字幕我要自己传",
     [("remove_silences", {}), ("remove_fillers", {}), ("add_subtitles", {"burn": False, "sidecar": "srt"})],
     None),
    ("左右番过来 再弄成黑白的 像老相片那样",
     [("flip", {"direction": "horizontal"}), ("color", {"gray": True})], None),
    ("上下番过来", [("flip", {"direction": "vertical"})], None),
]


@pytest.mark.parametrize(("text", "ops", "export"), CASES)
def test_read(text: str, ops: list[tuple[str, dict[str, Any]]], export: dict[str, Any] | None) -> None:
    plan = _plan(text, music="music.mp3" not in text)
    assert_edits(plan, ops)
    if export is None:
        assert plan.export is None
    else:
        got_export = plan.export.model_dump() if hasattr(plan.export, "model_dump") else dict(plan.export)
        for k, v in export.items():
            assert got_export[k] == v


@pytest.mark.parametrize(("text", "pos"), [
    ("put the title 'HELLO' on the right", "right"),   # the side, said as a side
    ("text 'go' on the right at the end", "right"),    # the side, then when
    ("title 'X' top right at the start", "top-right"),
])
def test_right_side_still_read(text: str, pos: str) -> None:
    plan = _plan(text)
    assert plan.ops and plan.ops[0].model_dump().get("pos") == pos


def test_negatives() -> None:
    # "the only problem is …": not the part wanted - nothing is kept on a guess
    assert not any(o.op == "keep_range" for o in _plan("the only problem is 0:18 to 0:37").ops)
    # a real question with 啥 still asks
    plan = _plan("这段有啥用")
    assert not plan.ops
    # "打上字幕 做好自己": words after the subtitles are still the words shown
    assert [o.op for o in _plan("打上字幕 做好自己").ops] == ["add_text"]
    # "别剪多了" is still a negation next to the removal
    assert [o.op for o in _plan("把停顿剪掉 别剪多了").ops] == ["remove_silences"]
