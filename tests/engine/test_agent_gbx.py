"""gbx (issue 9): answers and refusals - questions never change the draft. My view of a music level asked
without "do you" ("reckon 30% is too loud …?"); two values of one setting and what they are for, no verb
("1080p or 4k for the projector"); a term's meaning checked with 是这意思吧 / 我理解得对吗; whether the tool
posts it or they upload it themselves; what others usually do; the saved versions with "the earlier one" said
as why; made longer with no new footage; an opinion lead-in with no comma; an old-film look refused with what
comes closest; a blurry picture asked sharp with 看不清 said of it: refused, no brightness beside it."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.agent.answers import GENERIC

ANSWERED: list[tuple[str, bool, bool]] = [  # (text, music, clips3)
    ("reckon 30% is too loud for music under talking? never know what to set it at", True, False),
    ("u think 40% music is too loud under my voiceover?", True, False),
    ("1080p or 4k for the projector at church, its pretty old", True, False),
    ("720 or 1080 for youtube?", False, False),
    ("30fps or 60fps for gameplay clips on tiktok", False, False),
    ("淡入淡出就是开头慢慢亮起来 结尾慢慢变黑 是这意思吧", False, False),
    ("画中画就是小窗口里再放一个视频 我理解得对吗", False, False),
    ("so a fade in is when it starts from black, did i get that right?", False, False),
    ("剪完能直接帮我同步到抖音吗？还是得我自己传", False, False),
    ("can you post it to tiktok for me or do i upload it myself?", False, False),
    ("do podcast ppl usually keep music under the whole episode or only intro and outro?", True, False),
    ("背景音乐是全程放还是只放片头片尾？", True, False),
    ("can u list the versions ive saved so far, the principal wants the earlier one maybe", False, True),
    ("is it possible to make the fishing video go longer without filming more of it?", False, False),
    ("素材不够 不补拍能把视频拉长点吗", False, False),
    ("be straight with me, does the music feel too loud?", True, False),
    ("be honest is the title too big", False, False),
]


@pytest.mark.parametrize(("text", "music", "clips3"), ANSWERED)
def test_question_is_answered(text: str, music: bool, clips3: bool) -> None:
    plan = _plan(text, music=music, clips3=clips3)
    assert plan.answer and not plan.ops and plan.export is None and not plan.question and not plan.refusal
    assert plan.answer not in GENERIC


def test_upload_answer_says_it_cannot_post() -> None:
    assert "不行" in (_plan("能帮我直接发到快手吗 还是要我自己发").answer or "")
    said = _plan("will it auto publish to instagram or do i have to upload it myself").answer
    assert "can't upload" in (said or "")


def test_fade_meaning_and_longer_ways() -> None:
    assert "淡入" in (_plan("淡入淡出就是开头慢慢亮起来 结尾慢慢变黑 是这意思吧").answer or "")
    assert "freeze" in (_plan("can i make it longer without reshooting?").answer or "")
    assert "Podcasts" in (_plan("do most youtubers run bgm the whole way through or just in the intro?",
                                music=True).answer or "")


@pytest.mark.parametrize("text", [
    "make it look like old film with scratches and grain",
    "vintage VHS look with tracking lines",
    "make it look like an 8mm home movie",
    "做成老电影那种划痕效果",
])
def test_old_film_look_refused_with_what_is_closest(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question
    assert "黑白" in plan.refusal or "black and white" in plan.refusal


@pytest.mark.parametrize("text", [
    "拍得有点糊 能不能AI修复下变清晰 学员车牌都看不清",
    "画面模糊 能不能AI变清晰 看不清车牌",
    "录得很糊 能用AI修复变清楚吗 黑板上的字看不清",
])
def test_blur_refusal_has_no_side_edit(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize(("text", "ops"), [
    # still edits: the light said, an order, a choice handed to me, film footage trimmed, the fade asked for
    ("画面太暗了看不清", [("color", {"brightness": 0.15})]),
    ("1080p or 4k for youtube, you pick",
     [("resolution", {"max_height": 1080}), ("platform", {"name": "youtube"})]),
    ("this is old film footage from my grandad, trim the first 5 seconds", [("trim", {"head_ms": 5000})]),
    ("开头淡入 结尾淡出", [("fade", {"fade_in_ms": 1000, "fade_out_ms": 1000})]),
])
def test_still_edits(text: str, ops: list[tuple[str, dict[str, object]]]) -> None:
    assert_edits(_plan(text), ops)


def test_going_back_is_not_a_listing() -> None:
    plan = _plan("list the versions, then go back to version 1", clips3=True)
    assert [o.op for o in plan.ops] == ["restore_version"]
