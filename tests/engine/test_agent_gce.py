"""gce (issue 9): English answers, refusals, picture and small forms said in new ways - gifs asked about
"from this" or with 能不能…的 are answered; posts asked whether they need captions are advice; one instrument
pulled out of "the mix" and a thing made pinker are refused; "remove the colour" is black and white; "shave
20% off the saturation" lowers it; a reason told by "ms says" / "legal says" is never text; a title added
and corrected in one message is added once, nothing replaced; "need this down to 30 sec" keeps 30 s; "needs
binned" removes; Scots "dinnae" negates; "scratch that lol" undoes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]

EDITS: list[tuple[str, Ops, bool]] = [
    # whole-picture colour
    ("remove the colour, want it looking auld", [("color", {"gray": True})], False),
    ("strip all the color out, old-timey vibe", [("color", {"gray": True})], False),
    ("把颜色去掉 要老照片的感觉", [("color", {"gray": True})], False),
    ("shave 20% off the saturation, the reds are screaming", [("color", {"saturation": 0.8})], False),
    ("knock 10% off the brightness", [("color", {"brightness": -0.1})], False),
    ("take 15 percent off the contrast please", [("color", {"contrast": 0.85})], False),
    # a reason clause is never text
    ("remove the logo we put on, ms says it's too distracting", [("remove_logo", {})], False),
    ("mute the music, mrs patel said it's too loud", [("mute", {"track": "bgm"})], True),
    ("cut the first 5 s, legal says we can't show that", [("trim", {"head_ms": 5000})], False),
    # words corrected in the message that added them: added once, nothing replaced
    ("add the title 'Lions of the Mara'... hmm change that to 'Big Cats of the Mara', and music.mp3 at 25%",
     [("add_title", {"text": "Big Cats of the Mara"}),
      ("add_music", {"media_id": "music.mp3", "volume": 0.25})],
     False),
    ("put text 'Sale' at the top, no wait make it 'Big Sale'", [("add_text", {"text": "Big Sale"})], False),
    ("加个标题“狮子” 算了改成“大猫”", [("add_title", {"text": "大猫"})], False),
    # small forms
    ("need this down to 30 sec for the waiting room screen",
     [("keep_range", {"start_ms": 0, "end_ms": 30000})], False),
    ("want it down to 45 seconds for insta", [("keep_range", {"start_ms": 0, "end_ms": 45000})], False),
    ("00:00:15,500 --> 00:00:21,000 needs binned", [("remove_range", {"start_ms": 15500, "end_ms": 21000})],
     False),
    ("0:15 to 0:21 needs binned", [("remove_range", {"start_ms": 15000, "end_ms": 21000})], False),
    ("00:00:03,000 --> 00:00:07,250 wants deleted", [("remove_range", {"start_ms": 3000, "end_ms": 7250})],
     False),
    ("nvm scratch that lol", [("undo", {})], False),
    ("ugh scrap that haha", [("undo", {})], False),
]


@pytest.mark.parametrize(("text", "ops", "music"), EDITS)
def test_read(text: str, ops: Ops, music: bool) -> None:
    assert_edits(_plan(text, music=music), ops)


@pytest.mark.parametrize(("text", "music"), [
    ("dinnae change the colours, they're spot on", False),
    ("don't touch the music, it's perfect", True),
    ("dinnae add any text", False),
])
def test_nothing_asked(text: str, music: bool) -> None:
    # only declined, the rest praised as it is: nothing done, nothing asked back
    plan = _plan(text, music=music)
    assert not plan.ops and not plan.question and not plan.refusal and plan.export is None


@pytest.mark.parametrize("text", [
    "can you make gifs from this? asking before i bother filming more",
    "could you make gifs out of this? want some for slack",
    "能不能导出gif的 想发家长群",
    "能不能导出gif 想发到班级群",
    "do hospital social posts need captions for accessibility? what's the usual guideline",
    "should charity posts have subtitles?",
])
def test_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question


@pytest.mark.parametrize("text", [
    "separate the bass out of the mix so it's louder than the guitars",
    "take the drums out of the mix please",
    "make the frosting pinker, it came out kinda orange on camera",
    "can you get the icing a bit redder",
])
def test_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question


@pytest.mark.parametrize("text", [
    "remove the colour filter",
    "take the colour down a bit",
    "make the text pinker",
    "replace the 'DRAFT' text with 'FINAL'",
])
def test_not_overread(text: str) -> None:
    plan = _plan(text)
    assert not any(o.op == "color" and getattr(o, "gray", False) for o in plan.ops)
    assert not plan.refusal
