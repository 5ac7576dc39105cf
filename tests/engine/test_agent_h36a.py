"""Classes fixed from holdout36 (helper h36a): a head skipped and then kept till a time, a cut followed by
"and keep" something else, and the others below."""

from __future__ import annotations

import pytest

from tests.engine.test_agent_h34f import _ops, _plan


@pytest.mark.parametrize(("text", "start", "end"), [
    ("skip first 5 seconds and keep till 0:50", 5000, 50000),
    ("skip the first 5 seconds and keep until 0:50", 5000, 50000),
    ("cut the first 3s, keep up to 0:40", 3000, 40000),
    ("drop the first 2 seconds and end it at 0:45", 2000, 45000),
    ("lose the opening 4 seconds then keep it till 0:30", 4000, 30000)])
def test_a_head_skipped_then_kept_till_a_time_is_the_range_between(text: str, start: int, end: int) -> None:
    assert _ops(text) == [{"op": "keep_range", "start_ms": start, "end_ms": end}]


@pytest.mark.parametrize("text", ["cut the first 5 seconds and keep the subtitles",
                                  "skip first 5 seconds and keep the subtitles"])
def test_a_cut_and_something_else_kept_still_cuts_the_head(text: str) -> None:
    ops = _ops(text)
    assert ops[0] == {"op": "trim", "head_ms": 5000, "tail_ms": 0}


@pytest.mark.parametrize("text", ["hw long is my climbing vid atm", "hw long is my wedding vid atm",
                                  "how long is my dog video so far",
                                  "hw long is the whole thing at the moment"])
def test_the_length_at_the_moment_is_answered(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.question and plan.answer and "1:00" in plan.answer


def test_how_long_one_should_be_is_advice_not_the_length() -> None:
    plan = _plan("how long should a tiktok be atm")
    assert plan.answer and "right now" not in plan.answer
