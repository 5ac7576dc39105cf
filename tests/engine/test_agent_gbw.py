"""gbw (issue 9): the fallback - my opinion of the video asked ("be honest, do you think …", "thoughts on
…", "…, what do you reckon", "你觉得…好不好") is answered, never the generic "what would you like to
change"; how one thing in the picture looks (glossier paint, marks or stains on it) is refused with what can
be done; the speech handed to me as text is the transcript, never add_text; a reorder with no order named
("几段的顺序帮我调调", "shuffle the shots around") asks which order; a value named in a reason clause ("the
server chokes on 1080") is no second change of that setting; "tiny" / "big" give a picture in picture's
scale."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent.answers import GENERIC
from vidai_nb.engine.agent.rules.meta import QUESTIONS

Ops = list[tuple[str, dict[str, Any]]]


@pytest.mark.parametrize("text", [
    "be honest, do you think 20 seconds of warm-up is too long an intro for a game reel?",
    "what do you reckon — would the drone shots work better at the start?",
    "would a 9:16 version work better for tiktok, what do you reckon",
    "thoughts on the pacing?",
    "does the colour look off to you?",
    "你觉得片尾那段黑屏留着好不好？",
])
def test_opinion_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question and not plan.refusal
    assert plan.answer not in GENERIC  # the opinion answer or a topic's, never "I can't answer that"


def test_intro_length_judged_gets_the_intro_rule_of_thumb() -> None:
    plan = _plan("be honest, do you think 20 seconds of warm-up is too long an intro for a game reel?")
    assert plan.answer and "intro" in plan.answer


def test_order_with_opinion_tail_is_still_done() -> None:
    assert_edits(_plan("cut the first 5 seconds, what do you think?"), [("trim", {"head_ms": 5000})])


@pytest.mark.parametrize("text", [
    "can you make the paint look glossier and get rid of the swirl marks on the bonnet",
    "make the leather look newer and hide the scuffs",
    "clean up the stains on the carpet",
    "can you make the burger look juicier",
    "remove the fingerprints on the glass cabinet",
    "把车漆弄得更有光泽",
    "去掉玻璃上的指纹",
])
def test_look_of_a_thing_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question


@pytest.mark.parametrize("text", [
    "make the text look cleaner",
    "make this tiktok look more polished",
    "把视频弄得干净一点",
])
def test_own_things_look_is_not_refused(text: str) -> None:
    assert not _plan(text).refusal


@pytest.mark.parametrize("text", [
    "can you show me everything i said in the lecture as text, i want to copy bits into my notes",
    "send me all the stuff i talked about as text so i can make notes",
    "give me the words from the interview, i want to quote her",
    "i need everything the guest said written down",
    "把我说的话都转成文字给我",
])
def test_transcript_handed_over(text: str) -> None:
    plan = _plan(text)
    assert plan.show == "transcript" and not plan.ops


@pytest.mark.parametrize("text", ["几段的顺序帮我调调", "几段视频的顺序给我换换",
                                  "shuffle the shots around a bit"])
def test_reorder_without_order_asks_which(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops
    assert plan.question not in QUESTIONS["generic"]
    assert "3" in plan.question


CASES: list[tuple[str, Ops, bool]] = [
    ("cap the resolution at 720p, the uni server chokes on 1080",
     [("resolution", {"max_height": 720})], False),
    ("speed it up to 1.5x, 2x was way too fast last time", [("speed", {"factor": 1.5})], False),
    ("make it 4:5, 16:9 looks tiny on phones", [("set_aspect", {"ratio": "4:5"})], False),
    ("music down to 15%, 40% was drowning out the speech",
     [("set_volume", {"track": "bgm", "volume": 0.15})], False),
    # an order said after the reason, in its clause: done
    ("music to 20%, the voice is too quiet so make it 150%",
     [("set_volume", {"track": "bgm", "volume": 0.2}),
      ("set_volume", {"track": "main", "volume": 1.5})], False),
    # a value asked for before, named again: that version, not a reason
    ("make it 9:16 and 1:1, the 1:1 one has to be ready first",
     [("set_aspect", {"ratio": "9:16"}), ("set_aspect", {"ratio": "1:1"})], False),
    ("put b.mp4 in the top right corner as picture in picture, tiny",
     [("pip", {"media_id": "b.mp4", "pos": "top-right", "scale": 0.2})], True),
    ("画中画放b.mp4 右下角 小小的",
     [("pip", {"media_id": "b.mp4", "pos": "bottom-right", "scale": 0.2})], True),
    ("put c.mp4 in the top right as pip, nice and big",
     [("pip", {"media_id": "c.mp4", "pos": "top-right", "scale": 0.45})], True),
    ("put b.mp4 small in the corner", [("pip", {"media_id": "b.mp4", "scale": 0.3})], True),
]


@pytest.mark.parametrize(("text", "ops", "clips3"), CASES)
def test_read(text: str, ops: Ops, clips3: bool) -> None:
    plan = _plan(text, music="music" in text, clips3=clips3)
    assert_edits(plan, ops)
    assert not any("understand" in n for n in plan.notes)
