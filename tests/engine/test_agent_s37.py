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


@pytest.mark.parametrize(("text", "head_ms"), [
    ("the intro ends at 0:06, cut everything before it", 6000),
    ("the intro part ends at 0:08 so delete everything before that", 8000),
])
def test_a_part_that_ends_at_a_time_is_not_the_video_ending_there(text: str, head_ms: int) -> None:
    # it had kept only the intro (keep_range 0..6000): the end said of a part is that part's end
    plan = _plan(text)
    assert [(o.op, o.model_dump().get("head_ms")) for o in plan.ops] == [("trim", head_ms)]


@pytest.mark.parametrize("text", ["make it end at 0:45", "end it at 0:45", "the video should end at 0:45"])
def test_the_video_said_to_end_at_a_time_still_ends_there(text: str) -> None:
    plan = _plan(text)
    assert [(o.op, o.model_dump().get("end_ms")) for o in plan.ops] == [("keep_range", 45000)]


@pytest.mark.parametrize("text", ["bgm先关了 原声留着", "音乐先关了 原声留着", "把bgm关了 原声保留"])
def test_the_music_switched_off_is_the_music_not_the_sound_said_to_stay(text: str) -> None:
    # it had muted the clip's own sound ("关了 原声" read across the two clauses)
    plan = _plan(text, music=True)
    assert [(o.op, o.model_dump().get("track")) for o in plan.ops] == [("mute", "bgm")]
