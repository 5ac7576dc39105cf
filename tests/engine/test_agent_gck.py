"""gck (issue 9): a quicker pace with no speed named is asked about, never a silent 1.5x; a term's meaning
checked (就是…对吧？) with a remark after the tag is answered; an edit held off until someone else is asked
(等我问问老板, "i need to ask my boss first") is no question; a blur complained of beside a higher
resolution is refused with no resize; a place and a picture after a quoted title are the picture's; a
resolution listed first with spaces, then another edit, then the export, is the resolution op; an end on
black asked with 给我 / 帮我 is a fade out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

CASES: list[tuple[str, Ops]] = [
    # a place and a picture after a quoted title: the picture's place
    ("加标题「阿香」 右上角放logo.png",
     [("add_title", {"text": "阿香", "pos": "center"}),
      ("add_logo", {"media_id": "logo.png", "pos": "top-right"})]),
    ("加个标题「周末市集」 左下角贴个logo.png",
     [("add_title", {"text": "周末市集", "pos": "center"}),
      ("add_logo", {"media_id": "logo.png", "pos": "bottom-left"})]),
    # a resolution listed apart from the export, with spaces: the resolution op
    ("720p 1.5倍速 导出webm", [("resolution", {"max_height": 720}), ("speed", {"factor": 1.5})]),
    ("1080p 加字幕 导出mov", [("resolution", {"max_height": 1080}), ("add_subtitles", {})]),
    # an end on black, asked with 给我 / 帮我
    ("最后给我弄个黑屏结束", [("fade", {"fade_out_ms": 1000})]),
    ("结尾帮我加个黑屏", [("fade", {"fade_out_ms": 1000})]),
]


@pytest.mark.parametrize(("text", "ops"), CASES)
def test_read(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


def test_export_keeps_resolution_said_with_it() -> None:
    p = _plan("4k 导出mp4")
    assert not p.ops and p.export is not None


@pytest.mark.parametrize("text", [
    "quicker pace pls it drags",
    "make the pace quicker",
    "faster pacing please, people scroll off",
])
def test_quicker_pace_asks(text: str) -> None:
    p = _plan(text, clips3=True)
    assert p.question and not p.ops


def test_speed_named_with_pace_is_done() -> None:
    p = _plan("speed it up, the pace is slow")
    assert_edits(p, [("speed", {"factor": 1.5})])


@pytest.mark.parametrize("text", [
    "叠化就是两个画面叠在一起慢慢换过去对吧？婚礼片子里常见那种",
    "j-cut就是声音先出来对吧？访谈节目里老见到",
])
def test_term_checked_with_remark_answered(text: str) -> None:
    p = _plan(text)
    assert p.answer and not p.ops and not p.question


@pytest.mark.parametrize("text", [
    "先别动比例啊 等我问问老板再说",
    "先别改颜色 等我跟老板商量",
    "don't change the ratio yet, i need to ask my boss first",
])
def test_held_off_for_someone_else(text: str) -> None:
    p = _plan(text)
    assert p.answer and not p.ops and not p.question


def test_held_off_does_not_drop_the_edit() -> None:
    assert_edits(_plan("剪掉开头5秒 等我问问老板"), [("trim", {"head_ms": 5000})])


@pytest.mark.parametrize("text", [
    "画质好糊 帮我变成高清的 最好4k",
    "it's blurry, make it hd, 4k if possible",
])
def test_blur_with_higher_resolution_refused(text: str) -> None:
    p = _plan(text)
    assert p.refusal and not p.ops


def test_blurred_background_is_no_blur_complaint() -> None:
    p = _plan("9:16 with blurry background, 1080p")
    assert [o.op for o in p.ops] == ["set_aspect", "resolution"]
