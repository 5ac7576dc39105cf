"""Chinese colour amounts said with 低/小/弱一点 lower the property; a space ends a Chinese clause."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import sample_draft


def _colour(text: str) -> dict[str, object]:
    plan = parse(text, "zh-CN", {}, sample_draft(["clip.mp4"], None))
    ops = [{k: v for k, v in op.model_dump().items() if v is not None} for op in plan.ops]
    assert len(ops) == 1 and ops[0]["op"] == "color", ops
    return {k: v for k, v in ops[0].items() if k != "op"}


@pytest.mark.parametrize(("text", "want"), [
    ("亮度低一点", {"brightness": -0.15}),
    ("对比度低一些", {"contrast": 0.8}),
    ("饱和度弱一点", {"saturation": 0.7}),
    ("亮度高一点", {"brightness": 0.15}),
    ("对比度调高一点", {"contrast": 1.2}),
])
def test_a_property_said_low_is_lowered(text: str, want: dict[str, object]) -> None:
    assert _colour(text) == want


def test_each_phrase_after_a_space_keeps_its_own_direction() -> None:
    assert _colour("亮度低一些 对比度高一点") == {"brightness": -0.15, "contrast": 1.2}
    assert _colour("对比度减弱一点 亮度高一点") == {"brightness": 0.15, "contrast": 0.8}
