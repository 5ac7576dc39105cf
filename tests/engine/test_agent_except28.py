"""An exception said in the clause after a removal of a stretch of time ("把0:10到0:20删掉，除了奶奶说话那里",
"cut 0:10 to 0:40, but not the part with grandma"): what is to stay is a part named by what it shows, which no
reading can place, so the turn asks instead of removing the whole stretch (session 28)."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


def _plan(text: str) -> Any:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return parse(text, lang, UPLOADS, sample_draft(["clip.mp4"], None))


@pytest.mark.parametrize("text", ["把0:10到0:20删掉，除了奶奶说话那里", "删掉0:10到0:40，但是不要删奶奶那段",
                                  "cut 0:10 to 0:40, except where grandma talks",
                                  "cut 0:10 to 0:40, but not the part with grandma",
                                  "remove 0:05-0:30, apart from the bit where the dog jumps"])
def test_exception_after_a_removal_asks(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question
    # the question proposes; it never says the removal was done
    assert "removed" not in plan.question and "删除了" not in plan.question


@pytest.mark.parametrize(("text", "op"), [
    ("remove the last 10 seconds, not the first", "trim"),
    ("把停顿剪掉，别剪到字", "remove_silences"),
    ("trim silence from the beginning and end only, don't touch the silences inside", "trim_dead_air"),
    ("cut 0:10 to 0:20, dont add music", "remove_range"),
])
def test_how_a_removal_is_done_is_not_an_exception(text: str, op: str) -> None:
    plan = _plan(text)
    assert not plan.question, plan.question
    assert [o.op for o in plan.ops] == [op]
