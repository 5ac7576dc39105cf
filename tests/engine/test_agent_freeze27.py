"""定格第N秒 / 在第N秒定格: the Nth second is where the frame freezes, never how long it holds."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import sample_draft


def _freeze(text: str) -> tuple[int, int] | str | None:
    plan = parse(text, "zh-CN", {}, sample_draft(["clip.mp4"], None))
    if plan.question:
        return plan.question
    [op] = [o.model_dump() for o in plan.ops]
    assert op["op"] == "freeze_frame"
    return op["at_ms"], op["duration_ms"]


@pytest.mark.parametrize(("text", "want"), [
    ("定格第10秒", (10000, 2000)),
    ("在第8秒定格", (8000, 2000)),
    ("在第20秒定格3秒", (20000, 3000)),
    ("第10秒定格2秒", (10000, 2000)),
])
def test_the_nth_second_is_the_point(text: str, want: tuple[int, int]) -> None:
    assert _freeze(text) == want


def test_a_length_alone_still_asks_where() -> None:
    # "定格3秒" says how long, not where: asked, never frozen at 0:03 silently
    assert isinstance(_freeze("定格3秒"), str)
