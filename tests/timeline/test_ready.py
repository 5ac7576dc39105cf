"""readiness / is_ready: PROTOCOL.md §4 (some track with a non-empty sg)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.timeline.drafts import example
from vidai_nb.timeline import empty_draft, is_ready, readiness


def test_example_is_ready() -> None:
    ok, reason = readiness(example())
    assert ok is True
    assert reason == "ready to export: 3 segments on 3 tracks"
    assert is_ready({"draft": example()})


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        (None, "there is no draft yet (nothing has been edited)"),
        ({}, "there is no draft yet (nothing has been edited)"),
        (empty_draft(), "the draft has no tracks yet"),
        ({"t": "x"}, "the draft's track list (t) is not a list"),
        ({"t": [{"tt": 0, "sg": []}, {"tt": 1}]}, "no track has any segments (2 empty tracks)"),
        ({"t": [{"tt": 0, "sg": {}}]}, "no track has any segments (1 empty track)"),
    ],
)
def test_not_ready_reasons(draft: Any, reason: str) -> None:
    assert readiness(draft) == (False, reason)
    assert is_ready(draft) is False


def test_one_segment_anywhere_is_enough() -> None:
    assert is_ready({"t": [{"tt": 0, "sg": []}, {"tt": 7, "sg": [{"text": "x"}]}]})
