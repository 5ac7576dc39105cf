"""gax (issue 9, holdout59): a format asked about as 能导出gif动图吗 is answered, never
exported; a half said 后面一半 / 前边的一半 is that half (split at the middle); the music said
保持不变 / 不要变 beside an edit needs no op; an object filmed (自拍杆, 三脚架, 电线杆) taken
out of the picture is refused; 我也不知道咋弄 after a vague 帮我剪剪 is no question of its
own; 发给X看看 after an edit or export is who it is for, never an upload."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

EDITS: list[tuple[str, Ops, bool]] = [
    # a half of the programme, said with 面 / 边
    ("后面一半太慢了 加速一下", [("split", {"at_ms": 30000}), ("speed", {"factor": 1.5, "index": 2})], False),
    ("前边的一半放慢点", [("split", {"at_ms": 30000}), ("speed", {"factor": 0.75, "index": 1})], False),
    ("后边一半加速到2倍", [("split", {"at_ms": 30000}), ("speed", {"factor": 2.0, "index": 2})], False),
    # the music kept as it is, beside the edit
    ("前10秒剪了 bgm保持不变啊", [("trim", {"head_ms": 10000, "tail_ms": 0})], True),
    ("剪掉最后5秒 背景音乐别变", [("trim", {"head_ms": 0, "tail_ms": 5000})], True),
    ("加速1.5倍 音乐保持不变", [("speed", {"factor": 1.5})], True),
    # a request, then not knowing how to do it: the request is done
    ("帮我把前3秒剪掉 我不会弄", [("trim", {"head_ms": 3000})], False),
    # sent to someone to look at, after an edit: the person sends it
    ("剪掉前3秒 发给我妈看看", [("trim", {"head_ms": 3000})], False),
    ("改成竖屏 发给同学看一下", [("set_aspect", {"ratio": "9:16"})], False),
]


@pytest.mark.parametrize(("text", "ops", "music"), EDITS)
def test_edit(text: str, ops: Ops, music: bool) -> None:
    assert_edits(_plan(text, music=music), ops)


@pytest.mark.parametrize("text", ["能导出gif动图吗", "可以做成gif动图么", "你这能导出动图gif吗",
                                  "能导出gif格式吗"])
def test_gif_capability_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question


@pytest.mark.parametrize("text", ["把自拍杆去掉 看着很出戏", "把三脚架P掉", "画面里的自拍杆抹掉",
                                  "把灯架擦掉吧 好丑"])
def test_object_in_picture_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and "画面" in plan.refusal and not plan.ops and plan.export is None


@pytest.mark.parametrize("text", ["这条口播帮我剪剪呗 我也不知道要咋弄", "这段采访帮我剪剪，我也不知道咋弄好",
                                  "导出最后15秒发给客户看看", "导出前30秒 发给老板过目"])
def test_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops and plan.export is None and not plan.refusal and not plan.answer


def test_send_asked_of_me_refused() -> None:
    plan = _plan("帮我发给客户看看")
    assert plan.refusal and not plan.ops and plan.export is None
