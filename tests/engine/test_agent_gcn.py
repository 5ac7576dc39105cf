"""gcn (issue 9): answers, refusals and the end on black said in new ways - texting spellings ("u", "wat")
and a doubled question mark keep a question a question; a polite "abeg" / "please" before a yes/no question
("do I need to…") asks nothing to be done; the asker's own doubt ("I keep getting it wrong") or when it is
asked ("asking before I start, for the team") after the question ends it; a person told apart by where they
walk or stand is removed from the picture (refused, never a cut); a thing put "behind me" is imagery
(refused); "make the ending go to black" is a fade out at the end."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]


@pytest.mark.parametrize(("text", "music"), [
    ("can u make gifs from this??", False),
    ("can u do picture in picture?!", False),
    ("wat does normalize even do", False),
    ("wat does ducking even mean", True),
    ("Abeg do I need to pay for music before I post on Instagram? I don't want them to pull it down o", True),
    ("abeg should I add subtitles before posting on tiktok?", False),
    ("insta portrait is 4:5 right? or is it 3:4 now, I keep getting it wrong", False),
    ("vertical for reels is 9:16 right? or 4:5, I always mix them up", False),
    ("is it possible to get subtitles as a separate file instead of burned in? asking before I start, "
     "for the accessibility team", False),
    ("能单独导出字幕文件吗？开工前先问问 给无障碍组的", False),
])
def test_answered(text: str, music: bool) -> None:
    p = _plan(text, music=music)
    assert p.answer and not p.ops and p.export is None and not p.question and not p.refusal


@pytest.mark.parametrize(("text", "clips3"), [
    ("remove the visitor walking in front of the painting at 0:12", False),
    ("get rid of the lady standing behind the counter", False),
    ("put a lambo in the background behind me", True),
    ("add a private jet behind me", False),
    ("把0:12在画前面走过的那个游客去掉", False),
    ("在我身后放一辆兰博基尼", False),
    ("背景里给我加架直升机", False),
])
def test_refused(text: str, clips3: bool) -> None:
    p = _plan(text, clips3=clips3)
    assert p.refusal and not p.ops and not p.question


@pytest.mark.parametrize(("text", "ops", "music"), [
    ("make the ending go to black", [("fade", {"fade_out_ms": 1000})], False),
    ("the outro should fade to black", [("fade", {"fade_out_ms": 1000})], False),
    ("have the final shot dip to black", [("fade", {"fade_out_ms": 1000})], False),
    # the edit's own things behind the speaker are no imagery; "u" in quoted words stays as said
    ("put some music in the background behind me", [("add_music", {"media_id": "music.mp3"})], True),
    ('add a title "wat u doing"', [("add_title", {"text": "wat u doing"})], False),
    ("abeg add music", [("add_music", {"media_id": "music.mp3"})], True),
])
def test_edits(text: str, ops: Ops, music: bool) -> None:
    assert_edits(_plan(text, music=music), ops)
