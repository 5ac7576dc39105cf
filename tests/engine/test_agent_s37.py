"""s37 (issue 9): a removal said and then taken back with 不去了 / 别去了
("配乐先去掉吧 算了还是不去了") leaves the music where it is - before, only 不删了 / 留着 were heard
as taking it back and the music was removed."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan


@pytest.mark.parametrize("text", ["配乐先去掉吧 算了还是不去了", "背景音乐去掉 算了 别去了",
                                  "音乐拿掉吧…算了 不去掉了"])
def test_removal_taken_back_keeps_the_music(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.ops == []
    assert plan.question is None and plan.refusal is None


def test_a_removal_not_taken_back_still_happens() -> None:
    plan = _plan("配乐先去掉吧", music=True)
    assert [o.op for o in plan.ops] == ["remove_music"]
