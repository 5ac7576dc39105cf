"""The parse context's scans of the request's own words (agent/context.py)."""

from __future__ import annotations

import threading

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.agent.context import trailing_marks
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


@pytest.mark.parametrize(("text", "tail"), [
    ("WAIT FOR IT...", "..."),
    ("cut here ✂️", "✂️"),
    ("sale !! ??", "!! ??"),
    ("no marks", ""),
    ("ends with a space ! ", ""),
    ("", ""),
    ("...", "..."),
])
def test_the_marks_after_the_last_word(text: str, tail: str) -> None:
    assert trailing_marks(text) == tail


@pytest.mark.parametrize("text", [
    "title: " + "." * 60 + "x",
    "text: hi" + "?!" * 40 + " and cut the first 2 seconds",
    "加文字：" + "…" * 80 + "加字幕",
    "title: " + "'" * 50 + " x",
])
def test_a_long_run_of_marks_is_read_at_once(text: str) -> None:
    # The regex the scan replaced took exponential time here (20 marks: 0.4 s, 30: minutes), and the
    # planner runs in the engine: one such message froze every request. A thread, so a regression
    # fails this test instead of hanging the run.
    done: list[bool] = []
    lang = "zh-CN" if text.startswith("加") else "en"
    worker = threading.Thread(
        target=lambda: done.append(bool(parse(text, lang, list(SAMPLE_MEDIA.values()), sample_draft()))),
        daemon=True,
    )
    worker.start()
    worker.join(30)
    assert done, f"parsing {text[:30]!r}… did not finish in 30 s"
