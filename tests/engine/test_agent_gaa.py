"""gaa (issue 9): questions are not edits, and what cannot be done is refused rather than asked - a
capability question followed by why it is asked ("can you do slow motion here? asking bc i want to check
my swimmers flip turns"), asked of the tool by name ("can this thing give me an srt file?"); a term set equal
to what it means and checked ("so ducking = the music dips when someone talks, right?"); the edits so far,
listed ("list what i've changed so far, i lost track"); a clip named by what someone does in it ("delete
the clip where the kid false starts") asked about; one thing in the picture recoloured or erased, in
Chinese ("把杯子上的釉色换成天青色", "前面那根电线杆挡着了 把它去掉") or with the rest said to stay
("…, leave the skin alone"), refused; a removal of the watermark only declined ("不用去水印"), no change."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan

CLIPS3 = {"clips3": True}


@pytest.mark.parametrize("text", [
    "can you do slow motion here? asking bc i want to check my swimmers flip turns frame by frame",
    "could you do slow motion here? asking cuz my coach wants to flip through the dive frame by frame",
    "can you do slow mo here? asking because i want to cut together the gymnasts landings later",
    "can this thing give me an srt file of the captions? our accessibility policy needs one",
    "can this app give me a vtt file? our LMS only takes vtt",
])
def test_capability_with_reason_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and plan.export is None
    assert not plan.question and not plan.refusal


def test_slow_motion_answer_says_slow() -> None:
    # the example in the answer slows it down, never the catalogue's speed-up
    plan = _plan("can you do slow motion here? asking bc i want to check my swimmers flip turns")
    assert plan.answer is not None and "slow it down" in plan.answer


def test_reason_then_order_is_still_an_order() -> None:
    # "if so …" after the reason asks for the edit
    plan = _plan("can you do slow motion here? asking bc i want to check, if so slow the first 3s")
    assert plan.ops and not plan.answer


@pytest.mark.parametrize("text", [
    "so ducking = the music dips when someone talks, right?",
    "so a crossfade = both clips overlap for a sec, right?",
    "b-roll = the extra shots over the talking, yeah?",
    "so fit blur = the blurry bars on the sides, right",
    "闪避=有人说话的时候音乐自动变小 对吧",
    "画中画 = 小窗口里放另一段视频 是吧？",
])
def test_term_equated_and_checked(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.answer and not plan.ops and not plan.question and not plan.refusal


@pytest.mark.parametrize(("text", "op"), [
    ("volume = 50%", "set_volume"),   # a value, not a meaning checked
    ("duck the music = lower it under the voice", "duck_music"),
])
def test_equals_sign_in_an_order(text: str, op: str) -> None:
    plan = _plan(text, music=True)
    assert [o.op for o in plan.ops] == [op]


@pytest.mark.parametrize("text", [
    "list what i've changed so far, i lost track",
    "show me what i've edited so far, i lost track",
    "what changes have i made so far?",
    "列一下我都改了哪些 我忘了",
    "我都改了什么来着？",
])
def test_history_listed(text: str) -> None:
    plan = _plan(text)
    assert plan.show == "versions" and not plan.ops and plan.answer


@pytest.mark.parametrize("text", [
    "delete the clip where the kid false starts",
    "cut the heat where my swimmer false starts",
    "delete the clip where the kid stutters",
])
def test_clip_named_by_what_happens_asked(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question and not plan.ops and not plan.refusal


def test_false_starts_of_the_speech_still_cleaned() -> None:
    plan = _plan("remove the false starts")
    assert [o.op for o in plan.ops] == ["remove_fillers"]


@pytest.mark.parametrize("text", [
    "把杯子上的釉色换成天青色 其他都别动",
    "把花瓶的釉色改成墨绿色 别的不动",
    "把沙发的布料颜色换成米色",
    "前面那根电线杆挡着了 把它去掉",
    "那棵树挡着了 把它去掉",
    "右边那辆车挡住镜头了 去掉它",
    "make the ink colours pop on just the tattoo, leave the skin alone",
    "more saturation only on the dress, keep the background as is",
])
def test_one_thing_in_the_picture_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops and not plan.question


@pytest.mark.parametrize("text", [
    "开头那段太长了 把它去掉",        # a part of the timeline, not a thing in the picture
    "把字幕颜色换成黄色",              # the subtitles' own refusal, not a thing's
    "can you make the colours pop on the bike but not the sky",   # still asked
])
def test_not_a_thing_refusal(text: str) -> None:
    plan = _plan(text)
    assert "画面里的东西" not in (plan.refusal or "")
    assert "colour here changes the whole picture" not in (plan.refusal or "")


@pytest.mark.parametrize("text", ["不用去水印", "水印就不用去了", "no need to remove the watermark"])
def test_watermark_removal_declined(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and not plan.refusal and not plan.question and plan.export is None


def test_watermark_declined_beside_an_edit() -> None:
    plan = _plan("别去水印 加个字幕就行")
    assert [o.op for o in plan.ops] == ["add_subtitles"] and not plan.refusal and not plan.question
