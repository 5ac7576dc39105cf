"""A question asked before anything is done says what would be done ("I'd remove …", "是要删除…"), never
what was done; a reply says "I didn't understand …" only of words that carried an edit left undone."""

from __future__ import annotations

import re

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import MediaRef, proposed
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


def uploads(text: str) -> list[MediaRef]:
    """The clip on the timeline, the music, logo and photos every request may use, and b.mp4 when named."""
    names = {"clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg"}
    return [m for k, m in SAMPLE_MEDIA.items() if k in names or k in text]


def _zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _plan(text: str, clips: tuple[str, ...] = ("clip.mp4",)):  # type: ignore[no-untyped-def]
    return parse(text, "zh" if _zh(text) else "en", uploads(text), sample_draft(list(clips), None))


def _unread(text: str) -> str:
    plan = _plan(text)
    assert plan.ops or plan.export or plan.question, plan
    return " ".join(n for n in plan.notes if n.startswith(("I didn't understand", "这部分我没看懂")))


# --- questions say what would be done ---------------------------------------------------------------------

_CLAIMED_EN = r"\b(?:removed|deleted|kept|added|made|trimmed|muted|set it|read this as)\b"
_CLAIMED_ZH = r"了|我理解的是"


@pytest.mark.parametrize("op, en, zh", [
    (s.RemoveRange(start_ms=60000, end_ms=None), "remove 1:00–end", "删除 1:00–end"),
    (s.KeepRange(start_ms=2000, end_ms=10000), "keep 0:02–0:10", "保留 0:02–0:10"),
    (s.Color(gray=True), "make it black and white", "把画面变成黑白"),
    (s.Undo(steps=2), "undo the last 2 changes", "撤销2步"),
    (s.Export(format="mp4"), "export as MP4", "导出为 MP4"),
])
def test_proposed_words_say_what_would_be_done(op: s.OpBase, en: str, zh: str) -> None:
    assert proposed(op, "en") == en
    assert proposed(op, "zh") == zh


def test_proposed_words_leave_the_persons_quoted_text_as_written() -> None:
    assert proposed(s.AddText(text="我们成功了"), "zh") == "添加文字“我们成功了”"
    assert proposed(s.AddTitle(text="we made it"), "en") == "add the title “we made it”"


@pytest.mark.parametrize("text", [
    "cut everything after 1:00 but not the good stuff",
    "remove 0:10 to 0:20 except the bit with grandma",
    "delete from 1:00 to the end but not the ending song part",
])
def test_a_question_about_an_unread_keep_proposes_the_cut(text: str) -> None:
    plan = _plan(text)
    assert plan.question and not plan.ops, plan
    assert plan.question.startswith("I'd remove "), plan.question
    assert not re.search(_CLAIMED_EN, plan.question), plan.question


@pytest.mark.parametrize("text, clips", [
    ("把第二段变成黑白", ("clip.mp4", "b.mp4")),
    ("make the second clip black and white", ("clip.mp4", "b.mp4")),
    ("mute clip 2", ("clip.mp4", "b.mp4")),
])
def test_a_whole_video_question_proposes_the_edit(text: str, clips: tuple[str, ...]) -> None:
    plan = _plan(text, clips)
    assert plan.question and not plan.ops, plan
    assert not re.search(_CLAIMED_ZH if _zh(text) else _CLAIMED_EN, plan.question), plan.question
