"""Session 33 (fxm): a take-back ending the turn with "that last one" undoes the last change; the music
"brought back on" after a mute said by mistake is unmuted; a transition going into one clip named by its
file or bare letter goes into that clip, and "the others can hard cut" cuts no clip; keeping from a time to
the end with the head before it told about ("the first 8 sec is just ...") keeps only that; "the <what>
montage" naming the video on the timeline joins no clips again; a thing in the picture taken "out of the
background / shot / sky" is refused; "show me every change i made" is answered with the history."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text", [
    "scratch that last one",
    "nix that last one!",
    "ugh, scrap that last one",
    "forget that last step",
])
def test_take_back_of_that_last_one_undoes(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.Undo] and plan.question is None


@pytest.mark.parametrize("text", [
    "bring the music back on, i hit mute on it by mistake",
    "get the bgm back on please, i muted it by accident",
    "can you bring the background music back on? muting it was a mistake",
    "bring it back on, i muted the song by accident",
])
def test_music_brought_back_on_is_unmuted(text: str) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.track, op.muted) for op in plan.ops] == [(s.Mute, "bgm", False)]


@pytest.mark.parametrize(("text", "index"), [
    ("put a dissolve just going into c, the others can hard cut", 3),
    ("put a dissolve just going into c.mp4, the others can hard cut", 3),
    ("just one crossfade going into b, everything else can hard cut", 2),
    ("i want a transition only going into c", 3),
])
def test_transition_into_one_named_clip(text: str, index: int) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.index) for op in plan.ops] == [(s.Crossfade, index)]


@pytest.mark.parametrize(("text", "start"), [
    ("keep from 0:08 to the end, the first 8 sec is just the clerk fixing the camera", 8000),
    ("keep 0:10 to the end - the first 10s is dead air", 10000),
    ("keep from 0:06 till the end, the first 6 seconds are just me adjusting the tripod", 6000),
    ("keep 0:05 to the end, first 5 sec was just the countdown", 5000),
])
def test_head_told_about_is_not_kept(text: str, start: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.start_ms, op.end_ms) for op in plan.ops] == [(s.KeepRange, start, None)]


@pytest.mark.parametrize("text", [
    "make the hike montage 4:5 for my instagram",
    "make my bday montage a bit louder",
    "crop our road trip montage to 1:1",
    "make the hike montage black and white",
])
def test_montage_named_joins_nothing_again(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.ops and not any(isinstance(op, s.Concat) for op in plan.ops)


@pytest.mark.parametrize("text", [
    "make a montage of all three clips",
    "turn these into a montage",
])
def test_montage_asked_for_still_joins(text: str) -> None:
    # (fzp: the three clips already on the timeline, in that order, are joined already - read as the join,
    # nothing rebuilt, and the reply says so)
    plan = _plan(text, clips3=True)
    assert not plan.ops and not plan.question
    assert "already joined" in " ".join([plan.answer or "", *plan.notes])


@pytest.mark.parametrize("text", [
    "take the glowing exit sign out of the background",
    "take the trash can out of the background",
    "get that ugly power line out of the sky",
    "can you take the parked car out of the shot",
])
def test_thing_taken_out_of_the_picture_is_refused(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.refusal


@pytest.mark.parametrize("text", [
    "can you show me every change i made to this so far, my supervisor wants a log",
    "list every edit i did so far",
    "show me each change i've made, i need it for my notes",
    "can u show me every single edit i made to the video today",
])
def test_every_change_made_listed_is_answered(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.answer and plan.question is None
