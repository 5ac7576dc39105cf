"""gaj (issue 9): a capability question with a remark that another editor does it ("is it possible to
remove silences automatically? i heard capcut does that", "能自动去掉停顿吗？听说剪映有这个功能") is
answered - never done, and what cannot be done is said as the refusal says it; a question said up front
("quick q can you do picture in picture", "问一下 能做画中画吗") is answered, no clip asked for; a thing
said to lie or lean somewhere in the scene ("the garden hose lying on the lawn", "草坪上那根水管") taken out
is refused; 原声直接关了 is a mute; with no music on the timeline, a level said after its add is the added
music's; the logo 加上去的 is the person's own, removed."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan


@pytest.mark.parametrize("text", [
    "is it possible to remove silences automatically? i heard capcut does that",
    "is it possible to remove the silences automatically, i heard descript does it",
    "can it cut out the pauses? apparently premiere has that",
    "能自动去掉停顿吗？听说剪映有这个功能",
    "可以自动删掉没声音的地方吗 剪映好像就可以",
    "quick q can you do picture in picture",
    "quick question: can you make gifs",
    "问一下 能做画中画吗",
])
def test_capability_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.export and not plan.question and not plan.refusal


def test_capability_answer_names_the_words() -> None:
    assert "remove the silences" in (_plan("does it remove dead air automatically? capcut does").answer or "")
    assert "去掉停顿" in (_plan("能不能自动把停顿剪掉？我朋友说剪映就有").answer or "")


@pytest.mark.parametrize("text", [
    "can it sync the cuts to the beat? i heard capcut does that",
    "can it stabilize footage? capcut does that",
])
def test_capability_of_what_cannot_be_done_says_no(text: str) -> None:
    plan = _plan(text)
    assert (plan.answer or "").startswith("No.") and not plan.ops


@pytest.mark.parametrize("text", [
    "can u sync the cuts to the beat of the song like capcut does",  # a comparison inside the request
])
def test_comparison_inside_request_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", [
    "remove the silences",
    "quick q trim the first 5 seconds",
    "remove the silences like capcut does",
])
def test_orders_stay_orders(text: str) -> None:
    plan = _plan(text)
    assert plan.ops and not plan.answer


@pytest.mark.parametrize("text", [
    "remove the garden hose lying on the lawn in the after shot",
    "get rid of the bike leaning against the fence",
    "erase the ladder propped against the house",
    "把草坪上那根水管去掉",
    "把靠在墙边的自行车去掉",
])
def test_thing_in_scene_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", [
    "remove the photo sitting at the end",  # a place on the timeline, not in the scene
    "草地上的那段去掉",                      # a stretch, asked
    "放在最后的那张照片去掉",
])
def test_timeline_place_not_refused_as_object(text: str) -> None:
    plan = _plan(text)
    assert not plan.refusal


@pytest.mark.parametrize("text", ["店里太吵 原声直接关了 只听背景音乐就好", "原声干脆关掉吧 只留音乐"])
def test_mute_with_adverb(text: str) -> None:
    plan = _plan(text, music=True)
    assert [(o.op, o.model_dump().get("track")) for o in plan.ops] == [("mute", "main")]


@pytest.mark.parametrize(("text", "volume"), [
    ("原声别静音哈 加上music.mp3 音量20%", 0.2),
    ("原声保留 配上music.mp3 音量调成30%", 0.3),
    ("原声留着 加上music.mp3 音量小一点", 0.15),
])
def test_level_of_added_music(text: str, volume: float) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == ["add_music"]
    assert plan.ops[0].model_dump()["volume"] == pytest.approx(volume)


@pytest.mark.parametrize("text", ["把我加上去的那个logo撤掉", "贴上去的水印去掉", "把刚才放上去的logo撤掉"])
def test_logo_put_on_removed(text: str) -> None:
    plan = _plan(text)
    assert [o.op for o in plan.ops] == ["remove_logo"] and not plan.refusal
