"""Session 33 (fxi): a clip said to go by its bare letter, then why ("get rid of c its blurry"), is deleted;
music the person will put on themselves later, said beside a mute, adds no music now; a bare fade in and out
said as its own item before music.mp3 is added is the video's fade; the whole said as "it all" brought down
to a length without cutting anything is sped up to fit; "start fading to black at T" is the video's fade-out
from T; "dont speed anything up" with a reason after it asks for no change."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "index"), [
    ("get rid of c its blurry", 3),
    ("delete b because its shaky", 2),
    ("remove c, it's out of focus", 3),
    ("drop b since it looks awful", 2),
])
def test_clip_said_to_go_then_why_is_deleted(text: str, index: int) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question is None
    assert [(type(op), op.index) for op in plan.ops] == [(s.DeleteSegment, index)]


@pytest.mark.parametrize("text", [
    "mute the original sound, im putting a track over it later",
    "mute the original sound, i'll put a track over it later",
    "mute the original sound, im going to add my own music later",
    "mute the clip audio, i will add a song later",
])
def test_music_put_on_later_by_the_person_adds_none(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.track) for op in plan.ops] == [(s.Mute, "main")]


@pytest.mark.parametrize(("text", "volume"), [
    ("fade in and out, add music.mp3 at 30%, and loop it twice", 0.3),
    ("fade in and out and add music.mp3", 0.3),
    ("fade in/out, then add music.mp3 at 20%", 0.2),
    ("fade in and out, then put music.mp3 under it", 0.3),
])
def test_bare_fade_said_before_music_added_is_the_videos(text: str, volume: float) -> None:
    plan = _plan(text)
    fade, music = plan.ops[0], plan.ops[1]
    assert isinstance(fade, s.Fade) and (fade.fade_in_ms, fade.fade_out_ms) == (1000, 1000)
    assert isinstance(music, s.AddMusic) and music.volume == volume
    assert not music.fade_in_ms and not music.fade_out_ms


def test_fade_with_the_music_stays_the_musics() -> None:
    plan = _plan("fade in and out with music.mp3")
    assert [type(op) for op in plan.ops] == [s.AddMusic] and plan.ops[0].fade_in_ms


@pytest.mark.parametrize("text", [
    "get it all down to 55 seconds without cutting anything",
    "bring it all down to 55 seconds without cutting anything out",
    "get it all down to 55 seconds by speeding it up",
])
def test_it_all_brought_to_a_length_without_cuts_is_sped_up(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.factor) for op in plan.ops] == [(s.Speed, 2.0)]


@pytest.mark.parametrize(("text", "ms"), [
    ("start fading to black at 0:55", 5000),
    ("begin fading to black at the 52 second mark", 8000),
    ("slowly fading to black from 0:50", 10000),
])
def test_fading_to_black_from_a_point_fades_out_to_the_end(text: str, ms: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.fade_in_ms, op.fade_out_ms) for op in plan.ops] == [(s.Fade, None, ms)]


def test_fading_to_black_far_from_the_end_is_asked() -> None:
    plan = _plan("start fading to black at 0:20")
    assert plan.question and not plan.ops


@pytest.mark.parametrize("text", [
    "please dont speed anything up, the choreography has to match",
    "don't speed anything up pls, the choreo needs to match",
    "dont slow anything down, the dance has to match the count",
    "please don't speed any of it up, the moves have to match",
])
def test_nothing_sped_up_with_a_reason_changes_nothing(text: str) -> None:
    plan = _plan(text)
    assert not plan.ops and plan.question is None and plan.refusal is None and plan.export is None
