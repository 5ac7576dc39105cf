"""Session 33 (fxl, holdout46 English misses): a video called "the/my/our … montage" is the video named, not
clips to join; "fade in at the start and out at the end" is both fades; the speeches given a level are the
voice's; pauses "where I'm not saying anything" are the silences removed; a platform as the subject of a fact
("shorts add a second") is the reason for a length, no preset; a thing recoloured "X instead of Y" and an
object followed as it moves are refused; a ringtone, an alarm or a song played in the scene taken out with the
voice kept are refused; what a platform does checked with "right? … do i even need to bother" and whether two
things "count the same … or no" are answered."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize(("text", "volume"), [
    ("add music.mp3 under the hike montage but keep it low like 20%", 0.2),
    ("lay music.mp3 under our beach montage, keep it quiet like 15%", 0.15),
])
def test_montage_named_is_the_video_not_a_join(text: str, volume: float) -> None:
    plan = _plan(text)
    assert not plan.refusal
    assert [(type(op), op.volume) for op in plan.ops] == [(s.AddMusic, volume)]


def test_montage_as_a_thing_to_make_still_refused_with_one_clip() -> None:
    assert _plan("make a montage").refusal


@pytest.mark.parametrize("text", [
    "fade in from black at the very start and out at the very end of the whole thing, like a curtain",
    "fade in at the very start and out at the very end",
    "fade in from black at the start and out at the end",
    "fade in at the beginning and then out again at the end of the whole video",
])
def test_fade_in_then_out_at_the_end_is_both(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert len(plan.ops) == 1 and isinstance(plan.ops[0], s.Fade)
    assert plan.ops[0].fade_in_ms == 1000 and plan.ops[0].fade_out_ms == 1000


def test_fade_in_alone_stays_in() -> None:
    plan = _plan("fade in at the start", clips3=True)
    assert isinstance(plan.ops[0], s.Fade) and plan.ops[0].fade_out_ms is None


@pytest.mark.parametrize("text", [
    "music at 25% and the speeches at 100%",
    "music 20%, speeches 100%",
    "song at 15% and the speeches at full volume",
    "keep the speeches at 100% and the music at 30%",
])
def test_speeches_level_is_the_voice(text: str) -> None:
    plan = _plan(text, music=True)
    assert sorted((op.track, type(op)) for op in plan.ops) == [("bgm", s.SetVolume), ("main", s.SetVolume)]
    assert next(op for op in plan.ops if op.track == "main").volume == 1.0


@pytest.mark.parametrize("text", [
    "cut out all the long pauses on the climb where im not saying anything",
    "remove the pauses where i'm not talking",
    "cut the gaps where nobody is talking",
    "trim the silences when we aren't saying anything",
])
def test_pauses_where_nobody_talks_are_the_silences(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.RemoveSilences]
    assert not plan.question


@pytest.mark.parametrize(("text", "end"), [
    ("apparently shorts add a second to the length so get it down to 59 s", 59000),
    ("shorts adds an extra second so cut it to 59 s", 59000),
    ("i read that reels round up the length so trim it to 89 seconds", 89000),
    ("heard tiktok adds a few frames at the end, get it to 59 s please", 59000),
])
def test_platform_fact_is_the_reason_for_a_length(text: str, end: int) -> None:
    plan = _plan(text, clips3=True)
    assert [type(op) for op in plan.ops] == [s.KeepRange]
    assert plan.ops[0].end_ms == end


def test_platform_for_a_ratio_still_applied() -> None:
    assert [type(op) for op in _plan("make it 9:16 for shorts").ops] == [s.SetAspect]


@pytest.mark.parametrize("text", [
    "can you make the dance floor lights purple instead of orange",
    "turn the stage lights blue instead of red",
    "make the walls green rather than white",
    "paint those balloons pink instead of silver",
    # an object followed as it moves
    "zoom in and follow the wrench around as i move it",
    "zoom in and follow the ball as it rolls",
    "track the cup as i slide it across the table",
    # one sound out of the recording, the voice kept
    "some guys phone goes off right in the middle of my reception speech, can you take out just the ringtone "
    "and leave my voice",
    "take out just the phone ringing and keep the speech",
    "my alarm went off during the toast, remove only the alarm and keep everyone talking",
    "erase the notification sounds but keep my voice",
    "cut out the honking and leave my narration",
    "another hiker had a bluetooth speaker blasting a song behind me, erase just the song and keep my "
    "narration",
    "the neighbours stereo was playing music the whole time, can you remove just the music and keep our vows",
    "some guy's speaker was blaring a song at the beach, take out only the song but leave my talking",
])
def test_refused(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal and not plan.ops


def test_own_text_recoloured_is_not_refused() -> None:
    assert not _plan("make the text white instead of yellow").refusal


def test_speaker_follow_still_a_face_crop() -> None:
    assert not _plan("follow the speaker as he walks").refusal


@pytest.mark.parametrize("text", [
    "youtube normalizes everything to -14 anyway right? so do i even need to bother",
    "spotify normalizes to -14 lufs anyway right? so is there any point",
    "youtube normalizes the loudness anyway right? do i still need to normalize it",
    "do closed captions and burned in captions count the same for accessibility or no",
    "does an srt file and burned in subs count the same for youtube or not",
    "do hardcoded subtitles and closed captions work the same for deaf viewers or no",
])
def test_answered_not_done(text: str) -> None:
    plan = _plan(text)
    assert plan.answer and not plan.ops and not plan.question
