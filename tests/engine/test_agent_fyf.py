"""Session fyf: what an editing term means, asked last after what led to it or with a hedge ("what even is
a j-cut"), is answered; the audience leaving ("people drop off in the first minute") is why, never a cut;
"company wide" is how far a video goes, never a 16:9 picture; one thing made glossier is refused like one
thing recoloured; footage said not filmed ("we didn't manage to film one") is refused, never a speed-up;
a name or date and its place said before a colon, then the words, is that text; "fade in the music over 3
seconds and fade it out over 5": the second length is the music's fade-out."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text", [
    "my co-host keeps saying we need more j-cuts in the episode… what even is a j-cut",
    "my editor keeps saying we need more j-cuts… what even is a j-cut",
    "my boss wants more b-roll in it. what exactly is b-roll",
    "wtf is an l-cut",
    "everyone keeps telling me to use more b-roll, what actually is b-roll",
])
def test_term_asked_last_is_answered(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question and not plan.refusal, plan


@pytest.mark.parametrize("text", [
    "make the intro punchier, its a podcast ep and people drop off in the first minute",
    "make the intro punchier, we lose people in the first minute",
    "make the intro punchier, people skip the first minute",
    "make the intro snappier, listeners drop out after 30 seconds",
    "tighten the opening, viewers click away in the first 20 seconds",
])
def test_audience_leaving_is_no_cut(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question, plan


@pytest.mark.parametrize("text", [
    "make it look more professional, it's going to all new starters company wide",
    "make it look more professional, it goes out company-wide",
    "make it nicer, we're sharing it team wide",
    "make it look more polished, it's being shown school-wide",
])
def test_company_wide_is_no_aspect(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question, plan


def test_wide_alone_is_still_16_9() -> None:
    plan = _plan("make it wide")
    assert [op.op for op in plan.ops] == ["set_aspect"] and plan.ops[0].ratio == "16:9"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "make just the car paint look glossier, not the background",
    "make only the car look shinier",
    "make only the table look more polished, leave the rest",
    "make just her hair shinier",
])
def test_one_thing_glossier_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops, plan


@pytest.mark.parametrize("text", [
    "add a sunset timelapse at the end, we didn't manage to film one",
    "add a timelapse of the city, we never filmed one",
    "add a city timelapse at the start, we never filmed one",
    "add a drone shot of the beach at the end, we didn't manage to get one",
    "put a sunrise timelapse at the start, i couldn't film it",
])
def test_footage_not_filmed_refused(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.refusal and not plan.ops, plan


@pytest.mark.parametrize(("text", "words"), [
    ("put the class name along the bottom: Year 4 Oak Class", "Year 4 Oak Class"),
    ("add the date at the top: 12 May 2026", "12 May 2026"),
    ("put the team name along the top: Red Lions", "Red Lions"),
    ("put text along the bottom: Summer Fair", "Summer Fair"),
    ("put the school name at the bottom: Hillside Primary", "Hillside Primary"),
])
def test_named_words_after_colon(text: str, words: str) -> None:
    plan = _plan(text)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.AddText), plan.ops
    assert plan.ops[0].text == words
    assert not plan.question and not plan.refusal


@pytest.mark.parametrize(("text", "fin", "fout"), [
    ("fade in the music over 3 seconds and fade it out over 5", 3000, 5000),
    ("fade in the song over 2s and fade it out over 4s", 2000, 4000),
    ("fade the music in over 3 seconds and fade it out over 5 seconds", 3000, 5000),
    ("fade the music in over 2 secs and out over 4", 2000, 4000),
    ("fade in the music over 1 second and fade it out over 6", 1000, 6000),
])
def test_music_fade_out_length_second(text: str, fin: int, fout: int) -> None:
    plan = _plan(text, music=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.FadeMusic), plan.ops
    assert (plan.ops[0].fade_in_ms, plan.ops[0].fade_out_ms) == (fin, fout)
    assert not plan.question and not plan.notes, plan


def test_video_fade_times_still_read() -> None:
    plan = _plan("fade in for 2s, fade out for 6")
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Fade), plan.ops
    assert (plan.ops[0].fade_in_ms, plan.ops[0].fade_out_ms) == (2000, 6000)
