"""Session 33 (fxh): dead air said between sentences or words is the pauses inside the talk (silences
removed, no ends trimmed); the beat drop said at a time is only that time (the edit there is done, no
beat sync refused, no music added); each clip said to start and end when the speaker starts and stops
talking trims the dead air; someone's name asked on screen without the words asks which words; one thing
in the picture made more golden / brighter / warmer alone is refused; lyrics or a quote put behind the
person is refused (segmentation); whether the tool can stabilise or do karaoke lyrics, asked of it, is
answered; "a second cam" is another camera, never one second; a question led by "quick q for the bakery
page," is answered."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text", [
    "remove the dead air between sentences in the podcast clip",
    "cut the dead air in between my sentences",
    "get rid of all the dead air between the questions and answers",
    "trim out the dead air between words in the interview",
])
def test_dead_air_between_sentences_removes_the_silences(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveSilences]


@pytest.mark.parametrize("text", [
    "remove the dead air",
    "remove the dead air at the start and end only, leave the pauses in the middle",
])
def test_dead_air_alone_still_trims_the_ends(text: str) -> None:
    assert [type(op) for op in _plan(text).ops] == [s.TrimDeadAir]


@pytest.mark.parametrize(("text", "op", "at"), [
    ("the beat drops at 0:20, freeze the frame right there for 1.5 sec", s.FreezeFrame, 20000),
    ("ok the beat drops at 0:45 - freeze frame there for 1 second", s.FreezeFrame, 45000),
    ("the beat drops right at 0:08 so split it there", s.Split, 8000),
    ("beat drops at 0:12, split it there", s.Split, 12000),
])
def test_beat_drop_at_a_time_is_that_time(text: str, op: type, at: int) -> None:
    plan = _plan(text)
    assert plan.refusal is None
    assert [(type(o), o.at_ms) for o in plan.ops] == [(op, at)]


def test_freeze_when_the_beat_drops_without_a_time_is_still_refused() -> None:
    assert _plan("freeze the frame when the beat drops").refusal


@pytest.mark.parametrize("text", [
    "ok now make each clip start and end right when i start and stop talking",
    "make each clip start and end when i start and stop talking",
    "make every video start and end exactly when i start and stop speaking",
    "now make each one start and end right when i start and stop talking",
])
def test_each_clip_starting_and_ending_at_the_speech_trims_dead_air(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question is None
    assert [type(op) for op in plan.ops if not isinstance(op, s.Concat)] == [s.TrimDeadAir]


@pytest.mark.parametrize("text", [
    "put the new hire's name up on screen when she introduces herself",
    "add the speaker's name on screen when he starts talking",
    "put the guest's name at the bottom when she comes on",
    "show my daughter's name on screen at the start",
])
def test_someones_name_unsaid_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question


@pytest.mark.parametrize("text", [
    "make just the cake look more golden, leave the rest alone",
    "make only the flowers a bit brighter, the rest stays",
    "make just the sunset more vibrant and leave everything else",
    "make only the bread look warmer",
])
def test_one_thing_toned_alone_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal


@pytest.mark.parametrize("text", [
    "put the lyrics behind me so it looks like i'm standing in front of them",
    "can the lyrics go behind my head like im in front of them",
    "put the quote behind the dancer",
    "i want to be walking in front of the lyrics",
])
def test_lyrics_behind_the_person_is_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal


@pytest.mark.parametrize("text", [
    "can you stabilize footage in here or nah",
    "can you stabilize shaky footage here?",
    "could u stabilise clips in this app?",
    "can you stabilize videos here or not",
])
def test_whether_it_can_stabilise_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal is None and plan.answer and plan.answer.startswith("No.")


def test_stabilising_this_video_is_still_refused() -> None:
    assert _plan("can you stabilize this, its super shaky from my phone").refusal


@pytest.mark.parametrize("text", [
    "can it do karaoke style lyrics where the words light up as i sing?",
    "can this do karaoke lyrics?",
    "does it support karaoke captions?",
    "can it do karaoke lyrics where each word lights up?",
])
def test_whether_it_does_karaoke_lyrics_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question is None and plan.answer and "karaoke" in plan.answer


@pytest.mark.parametrize("text", [
    "can you do picture in picture? asking before i film a lesson with a second cam on my hands",
    "can you do picture in picture? i'm going to record with a second camera on the whiteboard",
    "does this support picture in picture? planning to shoot with a second phone on my hands",
    "can you do pip? asking before i film with a second angle of the keyboard",
])
def test_capability_then_a_second_camera_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question is None and plan.answer


def test_a_second_is_still_one_second() -> None:
    assert [(type(op), op.tail_ms) for op in _plan("cut a second off the end").ops] == [(s.Trim, 1000)]


@pytest.mark.parametrize("text", [
    "quick q for the bakery page, whats the best size for a reel? mine keep getting cropped weird on the "
    "grid",
    "question for my shop account: what size should a reel be? they keep cropping",
    "quick question for the church channel - how long should a youtube short be?",
    "quick q for our cafe page, is 4:5 or 9:16 better for reels?",
])
def test_question_led_by_what_it_is_for_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.export is None and plan.answer
