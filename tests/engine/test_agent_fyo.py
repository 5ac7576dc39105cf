"""fyo (issue 9): words to show said without quotes - after put / add typed with a capital, after the noun
that names them (text, label, caption, verse) or after a colon that follows when the title shows - end where
the place, time, size, colour or look begins; a chapter and verse after a name stays in them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import plan as _plan

CASES: list[tuple[str, str, dict[str, Any]]] = [
    # put / add, then words typed with a capital, then where
    ("put Spring Open House at the top", "add_text", {"text": "Spring Open House", "pos": "top"}),
    ("add Doors open at 6pm at the bottom", "add_text", {"text": "Doors open at 6pm", "pos": "bottom"}),
    ("put Visit riverbend.com at the bottom for the whole video", "add_text",
     {"text": "Visit riverbend.com", "pos": "bottom"}),
    ("put Donate at hopehaven.org at the bottom the whole video", "add_text",
     {"text": "Donate at hopehaven.org", "pos": "bottom"}),
    # the noun that names the words, then the words, then where / when / how big
    ("label Finish line at 0:41", "add_text", {"text": "Finish line", "start_ms": 41000}),
    ("label Endpoint reached at 00:00:41,000 --> 00:00:45,500", "add_text",
     {"text": "Endpoint reached", "start_ms": 41000, "end_ms": 45500}),
    ("add text Keep your elbows in from 0:05 to 0:09 at the top", "add_text",
     {"text": "Keep your elbows in", "pos": "top", "start_ms": 5000, "end_ms": 9000}),
    ("add text Check your mirrors! from 0:12 to 0:15 in the middle, big", "add_text",
     {"text": "Check your mirrors!", "pos": "center", "size": 96, "start_ms": 12000, "end_ms": 15000}),
    ("caption Welcome to Lisbon at the top, small", "add_text", {"text": "Welcome to Lisbon", "pos": "top"}),
    ("put the verse John 3:16 at the bottom from 0:05 to 0:20", "add_text",
     {"text": "John 3:16", "pos": "bottom", "start_ms": 5000, "end_ms": 20000}),
    ("put the verse Philippians 4:13 at the top for the whole video", "add_text",
     {"text": "Philippians 4:13", "pos": "top"}),
    # when the title shows, a colon, then the words and their look
    ("add a title at the beginning: Smith Family Reunion 2025, yellow", "add_title",
     {"text": "Smith Family Reunion 2025", "color": "#FFFF00"}),
    ("Please add a title at the start: Hope Haven Gala 2024 — white, boxed", "add_title",
     {"text": "Hope Haven Gala 2024", "style": "boxed"}),
    ("put a heading at the start of the video: Chapter One — boxed", "add_title",
     {"text": "Chapter One", "style": "boxed"}),
    ("add text at the end: Thanks for watching — bold text", "add_text",
     {"text": "Thanks for watching", "style": "bold"}),
]


@pytest.mark.parametrize(("text", "op", "fields"), CASES)
def test_unquoted_words(text: str, op: str, fields: dict[str, Any]) -> None:
    plan = _plan(text)
    assert not plan.question and not plan.refusal and plan.export is None
    assert [o.op for o in plan.ops] == [op]
    got = plan.ops[0].model_dump()
    for k, v in fields.items():
        assert got[k] == v, (k, got)
    assert not any(o.op in ("trim", "cut", "delete_clip") for o in plan.ops)


@pytest.mark.parametrize(("text", "words"), [
    ("add Sunday 10AM • All Welcome at the bottom and fade in and out", "Sunday 10AM • All Welcome"),
    ("add Tickets on sale Friday in the middle and fade out at the end", "Tickets on sale Friday"),
])
def test_words_then_another_edit(text: str, words: str) -> None:
    plan = _plan(text, music=True)
    assert [o.op for o in plan.ops] == ["add_text", "fade"]
    assert plan.ops[0].model_dump()["text"] == words


def test_bare_point_after_words_is_when() -> None:
    plan = _plan("label Goal 1:30")
    assert [o.op for o in plan.ops] == ["add_text"]
    assert plan.ops[0].model_dump()["text"] == "Goal" and plan.ops[0].model_dump()["start_ms"] == 90000


def test_song_words_not_text() -> None:
    plan = _plan("put the music at the bottom", music=True)
    assert not any(o.op in ("add_text", "add_title") for o in plan.ops)
