"""fzl (issue 9): answers, refusals and reason clauses - "X or do I have to Y" and "…的话 …是不是…啊"
ask how an edit works; cuts synced to drum hits, a named wobble, bilibili posting and "只剩纯伴奏" are
refused; "so i can email it" is the person's plan; a moment told ("那一下太快", "the dog barks at 0:22,
leave that in") is a reason beside an edit of the whole video or another range."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

ANSWERS = [
    "can you do auto captions or do i have to type them all out",
    "can you make subtitles automatically or do i need to write them myself",
    "能自动生成字幕吗 还是得我自己一个字一个字打",
    "横屏改竖屏的话 画面两边是不是会被切掉啊",
    "16:9改成1:1的话 上下会不会被裁掉啊",
]

REFUSALS: list[tuple[str, bool]] = [
    ("sync all the cuts to my kick drum hits", False),
    ("line the cuts up with the snare hits", False),
    ("每个镜头都卡在底鼓上切", False),
    ("fix the rolling shutter wobble on the pans", False),
    ("get rid of the annoying jitter on the zoom", False),
    ("航拍的果冻效应能修一下吗", False),
    ("弄好了直接帮我发b站", False),
    ("剪好了直接帮我传b站", False),
    ("这首bgm带歌词的 能不能把唱的人声抽掉 只剩纯伴奏", True),
    ("bgm有人唱歌 能不能只剩纯伴奏", True),
    ("email it to my boss", False),
]

EDITS: list[tuple[str, list[str], dict[str, Any]]] = [
    ("cap it at 720p so i can email it to the new hires", ["resolution"], {"max_height": 720}),
    ("drop it to 720p so we can send it on whatsapp", ["resolution"], {"max_height": 720}),
    ("中鱼那一下太快了看不清 整个视频慢放2倍", ["speed"], {"factor": 0.5}),
    ("the ending goes by too fast, slow the whole video down to half speed", ["speed"], {"factor": 0.5}),
    ("the dog barks at 0:22, leave that in, just remove 0:40 to 0:45", ["remove_range"],
     {"start_ms": 40000, "end_ms": 45000}),
    ("theres a cough at 0:12, leave it in, but cut 0:20 to 0:25", ["remove_range"],
     {"start_ms": 20000, "end_ms": 25000}),
    ("0:15有个笑声 留着 只删掉0:50到0:55", ["remove_range"], {"start_ms": 50000, "end_ms": 55000}),
    # negatives: the near phrasing that asks for the edit
    ("can you add captions", ["add_subtitles"], {}),
    ("改成竖屏 加个字幕", ["set_aspect", "add_subtitles"], {}),
    ("改成竖屏的话 加个字幕", ["set_aspect", "add_subtitles"], {}),
]


@pytest.mark.parametrize("text", ANSWERS)
def test_how_it_works_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.refusal and not plan.question


@pytest.mark.parametrize(("text", "music"), REFUSALS)
def test_refused(text: str, music: bool) -> None:
    plan = _plan(text, music=music)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize(("text", "ops", "fields"), EDITS)
def test_reason_beside_edit(text: str, ops: list[str], fields: dict[str, Any]) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal
    assert [o.op for o in plan.ops] == ops
    got = plan.ops[0].model_dump()
    for k, v in fields.items():
        assert got[k] == v, (k, got)


def test_kept_moment_inside_removal_still_asked() -> None:
    # the moment said to stay lies inside the removal: what to keep is unclear - asked, nothing cut
    plan = _plan("theres a cough at 0:22, leave it in, but cut 0:20 to 0:25")
    assert plan.question and not plan.ops


def test_laugh_asked_for_still_refused() -> None:
    assert _plan("每个笑点后面加个笑声").refusal
