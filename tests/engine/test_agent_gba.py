"""gba (issue 9): questions never change the draft - "can you X or only Y?", "kindly advise whether …",
"please what is the meaning of 'X'"; "no music on the <named> one, it's a <kind of video>" with none playing
declines it; a part named by the beat drop asks for its times; the voice separated from music played in the
scene is refused; words quoted as what a person says are no text; a length of time inside the words after a
text's colon is the text; "please add the title X and under it the text Y" gives both."""

from __future__ import annotations

from typing import Any

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan

Ops = list[tuple[str, dict[str, Any]]]


def _answered(text: str, music: bool = False) -> str:
    plan = _plan(text, music=music)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal, plan
    assert plan.answer
    return plan.answer


@pytest.mark.parametrize("text", ["can you make gifs out of my skate clips or only videos?",
                                  "can you add subtitles or only music?",
                                  "could you do transitions or just hard cuts?",
                                  "can u make gifs out of our dance vids or is it only mp4?"])
def test_capability_or_only(text: str) -> None:
    assert _answered(text).startswith("Yes")


def test_or_only_with_a_part_named_is_still_the_export() -> None:
    plan = _plan("can you make a gif of the first 3 seconds or only videos?")
    assert plan.export is not None and plan.export["format"] == "gif"


@pytest.mark.parametrize("text", [
    "Kindly advise whether subtitles are compulsory for the hand hygiene module, some of our staff are "
    "hard of hearing",
    "Please advise if captions are necessary for the safety induction video",
    "I want to know whether subtitles are mandatory for our training videos"])
def test_advise_whether_subtitles(text: str) -> None:
    assert "captions" in _answered(text)


def test_advise_whether_i_should_is_their_call() -> None:
    assert "your call" in _answered("kindly advise if I should add music", music=True)


@pytest.mark.parametrize(("text", "word"), [
    ("Please what is the meaning of 'ducking' in this app? My oga said I should use it for the church video",
     "Ducking"),
    ("Sir please what is the meaning of 'j-cut'?", "A J-cut"),
    ("Please what does b-roll mean? my director keeps saying it", "B-roll")])
def test_polite_meaning_asked(text: str, word: str) -> None:
    assert _answered(text).startswith(word)


def test_please_how_do_i_is_answered() -> None:
    assert "plain words" in _answered("please how do I add background music?", music=True)


@pytest.mark.parametrize("text", ["please add music", "please if you can, add music"])
def test_please_order_still_an_order(text: str) -> None:
    assert_edits(_plan(text), [("add_music", {})])


@pytest.mark.parametrize("text", ["no music on the hand hygiene one please, it's a clinical module",
                                  "no music on the memorial video please, it's for a funeral",
                                  "no music please, it's a serious training video"])
def test_no_music_declined_with_reason(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.export is None and not plan.question and not plan.refusal
    assert plan.answer and "nothing was changed" in plan.answer


def test_no_music_with_music_playing_removes_it() -> None:
    assert_edits(_plan("no music on the hand hygiene one please, it's a clinical module", music=True),
                 [("remove_music", {})])


@pytest.mark.parametrize("text", ["cut the part where the beat drops", "remove the bit when the beat drops",
                                  "slow down the part where the beat drops"])
def test_part_named_by_the_drop_asks_times(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.question and not plan.ops and not plan.refusal


def test_cut_on_the_beat_drops_still_refused() -> None:
    plan = _plan("cut on the beat drops", music=True)
    assert plan.refusal and not plan.ops


@pytest.mark.parametrize("text", ["separate my voice from the DJ music so only the speech stays",
                                  "isolate the speech from the band music so we only hear the toasts",
                                  "separate our vows from the DJ's music please"])
def test_voice_from_scene_music_refused(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.refusal and not plan.ops and not plan.question
    assert "mute" in plan.refusal  # the alternatives are said


@pytest.mark.parametrize("text", [
    "the interviewee jokes 'cut!' at 0:20, don't cut anything there, just add subtitles",
    "my dad yells 'action' at 0:05, just add subtitles",
    "she shouts 'surprise!' at 0:12, add captions please"])
def test_spoken_quote_is_no_text(text: str) -> None:
    assert_edits(_plan(text), [("add_subtitles", {})])


def test_text_beside_spoken_quote_still_added() -> None:
    assert_edits(_plan("she says 'hi' at 0:03, put 'Welcome' on screen at 0:05"),
                 [("add_text", {"text": "Welcome", "start_ms": 5000})])


@pytest.mark.parametrize(("text", "ops"), [
    ("add text at the top for the whole video: Wash for 20 seconds",
     [("add_text", {"text": "Wash for 20 seconds", "pos": "top"})]),
    ("caption at the bottom: Stir for 2 minutes",
     [("add_text", {"text": "Stir for 2 minutes", "pos": "bottom"})]),
    ("title: Bake for 25 minutes", [("add_title", {"text": "Bake for 25 minutes"})]),
    # a timing set apart after the words stays a timing
    ("caption: Thanks for watching – last 5 seconds",
     [("add_text", {"text": "Thanks for watching", "start_ms": 55000})]),
    ("add text at the top for the first 5 seconds: Stretch 1 of 4",
     [("add_text", {"text": "Stretch 1 of 4", "end_ms": 5000})]),
])
def test_duration_in_colon_words(text: str, ops: Ops) -> None:
    assert_edits(_plan(text), ops)


@pytest.mark.parametrize(("text", "title", "words"), [
    ("Please add the title 'Happy Birthday Lily!' and under it the text 'Love, Grandma'",
     "Happy Birthday Lily!", "Love, Grandma"),
    ("kindly put the title 'Graduation Day' and below it the caption 'Class of 2025'", "Graduation Day",
     "Class of 2025"),
])
def test_polite_title_and_text(text: str, title: str, words: str) -> None:
    assert_edits(_plan(text), [("add_title", {"text": title}), ("add_text", {"text": words})])
