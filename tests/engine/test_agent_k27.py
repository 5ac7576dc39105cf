"""Known weak readings fixed as classes (session k27, /tmp/fix/known27.txt): a part's bounds said after its
verb, a preamble before a range, and the other classes below."""

from __future__ import annotations

from typing import Any

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str, clips: int = 1, music: bool | None = None) -> Any:
    names = ["clip.mp4", "b.mp4", "c.mp4"][:clips]
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    with_music = clips > 1 if music is None else music
    return parse(text, lang, UPLOADS, sample_draft(names, "music.mp3" if with_music else None))


def _ops(text: str, clips: int = 1, music: bool | None = None) -> list[dict[str, Any]]:
    plan = _plan(text, clips, music)
    assert not plan.question and not plan.refusal, (plan.question, plan.refusal)
    return [op.model_dump(exclude_unset=True) | {"op": op.op} for op in plan.ops]


# --- a part's start and end said after the verb are that part's --------------------------------------

@pytest.mark.parametrize(("text", "op", "start", "end"), [
    ("cut the part, it starts at 0:10 and ends at 0:14", "remove_range", 10000, 14000),
    ("remove the bit that starts at 0:10 and ends at 0:14", "remove_range", 10000, 14000),
    ("cut it, starting at 0:10 and ending at 0:14", "remove_range", 10000, 14000),
    ("delete the part - it begins at 0:10, ends at 0:14", "remove_range", 10000, 14000),
    ("cut from 0:10, it ends at 0:14", "remove_range", 10000, 14000),
    ("get rid of the part that runs from 0:10 to 0:14", "remove_range", 10000, 14000),
    ("剪掉那段，从第10秒开始到第14秒结束", "remove_range", 10000, 14000),
    ("那段不要了，它从0:10开始，0:14结束", "remove_range", 10000, 14000),
    ("keep the part that starts at 0:10 and ends at 0:20", "keep_range", 10000, 20000),
    # said of the video itself: its new start and end (kept)
    ("make it start at 0:10 and end at 0:50", "keep_range", 10000, 50000),
])
def test_a_parts_bounds_said_after_its_verb(text: str, op: str, start: int, end: int) -> None:
    assert _ops(text) == [{"op": op, "start_ms": start, "end_ms": end}]


# --- a preamble before a range does not hide it ----------------------------------------------------------

@pytest.mark.parametrize(("text", "op"), [
    ("my notes say 0:05 to 0:25, keep only that", "keep_range"),
    ("according to my notes it's 0:05 to 0:25. keep only that bit", "keep_range"),
    ("my notes say 0:05 to 0:25, cut that", "remove_range"),
])
def test_notes_are_no_negation(text: str, op: str) -> None:
    assert _ops(text) == [{"op": op, "start_ms": 5000, "end_ms": 25000}]


def test_not_still_negates() -> None:
    plan = _plan("not the music, just add subtitles")
    assert [o.op for o in plan.ops] == ["add_subtitles"]
