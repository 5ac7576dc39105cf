"""gbr (issue 9): answers and no-change requests, text after a colon, a logo overlay, zh trims with 个, the
end made black, a neutral speed word with a target length, a platform's back-end as a place - a count of
edits back is why saved versions are asked for ("2 edits ago"); whether it does all another editor does
(剪映能做的你这都能做吗) is answered; someone's dislike said after a declined edit ("the pastor hates it") is
a reason; capitals and "!" after a colon open the line ("text: CUT! that's a wrap"); "logo overlay" is the
logo, never text; 掐个500毫秒 trims; 最后弄成黑屏 fades out; 调速让它刚好40秒 is speed; b站后台自己传 is
where a file is uploaded."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import apply, parse_operation
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    # text after a colon: capitals, "!", then the rest of the line
    ("add text: CUT! that's a wrap", [("add_text", {"text": "CUT! that's a wrap"})]),
    ("title: GAME DAY! let's go", [("add_title", {"text": "GAME DAY! let's go"})]),
    ("add text: SALE! fade out at the end",
     [("add_text", {"text": "SALE"}), ("fade", {"fade_out_ms": 1000})]),
    # zh trims: 个 before the amount, 掐 bare after an end
    ("片头掐掉1.5秒 片尾再掐个500毫秒 衔接太生硬了", [("trim", {"head_ms": 1500, "tail_ms": 500})]),
    ("片尾再掐个500毫秒", [("trim", {"head_ms": 0, "tail_ms": 500})]),
    ("开头剪个2秒", [("trim", {"head_ms": 2000, "tail_ms": 0})]),
    # the end made black
    ("最后弄成黑屏结束 别硬切", [("fade", {"fade_out_ms": 1000})]),
    ("结尾搞成黑屏", [("fade", {"fade_out_ms": 1000})]),
    # a neutral speed word and a target length
    ("别删内容 调速让它刚好40秒", [("speed", {"factor": 1.5})]),
    ("调速让它刚好90秒", [("speed", {"factor": 0.6667})]),
    ("change the speed so it's exactly 40 seconds", [("speed", {"factor": 1.5})]),
    # a platform's back-end, where a file is uploaded
    ("字幕要 但是别压在画面上 单独导一个srt给我 b站后台自己传",
     [("add_subtitles", {"burn": False, "sidecar": "srt"})]),
    ("给我导一个srt 抖音后台我自己上传", [("add_subtitles", {"burn": False, "sidecar": "srt"})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize("text", [
    "list the versions i saved, i think i messed something up 2 edits ago",
    "剪映能做的你这都能做吗",
    "必剪能做的你这都能做吗",
])
def test_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question and plan.export is None


def test_version_number_still_restores() -> None:
    assert [o.op for o in _plan("go back to version 2").ops] == ["restore_version"]


@pytest.mark.parametrize("text", [
    "dont add any text please, the pastor hates it",
    "no text please, my boss hates it",
    "别加音乐 客户讨厌这个",
])
def test_declined_with_reason(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and not plan.refusal and plan.export is None


def test_declined_reason_then_edit_is_done() -> None:
    plan = _plan("don't add text, the client hates it, cut the first 5s")
    assert_edits(plan, [("trim", {"head_ms": 5000})])


@pytest.mark.parametrize("text", [
    "get rid of the logo overlay i stuck on earlier, client wants it clean",
    "remove the logo overlay please",
])
def test_logo_overlay_is_the_logo(text: str) -> None:
    logo = parse_operation({"op": "add_logo", "media_id": "logo.png"})
    draft = apply(sample_draft(["clip.mp4"], None), logo, SAMPLE_MEDIA)
    assert_edits(_plan(text, draft=draft), [("remove_logo", {})])
