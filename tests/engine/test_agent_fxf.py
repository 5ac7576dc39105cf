"""Session 33 (fxf): the speech put on screen as words ("the text of what i say on screen as captions") is
subtitles; one subtitle word to correct, the right word quoted, is said plainly to be impossible (never
subtitles again nor the word added as text); quoted text said to come off ("pull 'WIP' down") is removed;
several clips named to speed up ("take b and c and speed them up", "clips 2 and 3") are each sped up, "both"
of three is asked; a volume for part of the video is refused with the choices (never the whole track set); a
still's length said after its place ("at the start 5s") is its length; music declined beside other edits
("add subtitles but not the music") is neither added nor said not understood."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan
from vidai_nb.engine.agent import Plan
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png", "photo1.jpg", "photo2.jpg")]


def _plan(text: str, music: bool = False, clips3: bool = False) -> Plan:
    return plan(text, music, clips3, UPLOADS)


def _unread(plan) -> list[str]:  # type: ignore[no-untyped-def]
    return [n for n in plan.notes if "didn't understand" in n]


@pytest.mark.parametrize("text", [
    "put the text of what i say on screen as captions",
    "put what i say on screen as captions",
    "show the text of what he says on screen",
    "put my words on screen as text",
])
def test_speech_put_on_screen_is_subtitles(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.AddSubtitles]
    assert not _unread(plan)


@pytest.mark.parametrize("text", [
    "a word in the subtitles is wrong, it should say 'Anna' not 'Ana'",
    "the subtitles say 'Ana' but it should be 'Anna'",
    "the captions spelled her name wrong, it's 'Anna'",
    "change 'Ana' to 'Anna' in the captions",
])
def test_one_subtitle_word_to_correct_is_refused_plainly(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.refusal and "subtitles" in plan.refusal


@pytest.mark.parametrize("text", [
    "delete the subtitles theyre wrong",
    "caption should say 'Remove Before Flight' from 0:10 to 0:14",
])
def test_subtitle_removal_and_text_caption_unchanged(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal is None and plan.ops


@pytest.mark.parametrize("text", [
    "pull 'WIP' down",
    "take the 'WIP' text off",
    "get 'DRAFT' off the screen",
    "knock the 'old price' text off pls",
])
def test_quoted_text_said_to_come_off_is_removed(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.track) for op in plan.ops] == [(s.RemoveText, "text")]


@pytest.mark.parametrize(("text", "factor"), [
    ("take b and c and speed them up", 1.5),
    ("speed up b.mp4 and c.mp4", 1.5),
    ("slow b and c down to half speed", 0.5),
    ("speed up clips 2 and 3", 1.5),
])
def test_several_clips_named_are_each_sped_up(text: str, factor: float) -> None:
    plan = _plan(text, clips3=True)
    assert [(type(op), op.factor, op.index) for op in plan.ops] == [
        (s.Speed, factor, 2), (s.Speed, factor, 3)]


def test_both_of_three_clips_is_asked_which() -> None:
    plan = _plan("speed both up", clips3=True)
    assert plan.ops == [] and plan.question and "clips" in plan.question


def test_one_clip_named_still_one_index() -> None:
    plan = _plan("speed up clip 2", clips3=True)
    assert [(op.factor, op.index) for op in plan.ops] == [(1.5, 2)]


@pytest.mark.parametrize(("text", "music"), [
    ("turn the volume down to 50% from 0:05 on", False),
    ("music at 20% between 0:10 and 0:20", True),
    ("lower the volume from 0:05", False),
    ("make it quieter after 0:30", False),
])
def test_volume_for_part_of_the_video_is_refused_with_choices(text: str, music: bool) -> None:
    p = _plan(text, music=music)
    assert not p.refusal and p.export is None
    assert (p.question and not p.ops) or (
        p.ops and all(o.op in ("mute", "set_volume") and o.start_ms is not None for o in p.ops)), p  # type: ignore[attr-defined]


def test_volume_beside_a_cut_is_still_set() -> None:
    plan = _plan("cut 0:05-0:10 and turn the volume to 50%")
    assert [type(op) for op in plan.ops] == [s.RemoveRange, s.SetVolume]


@pytest.mark.parametrize(("text", "at", "ms"), [
    ("add photo1.jpg at the start 5s", "start", 5000),
    ("put photo2.jpg at the end 4 sec", "end", 4000),
    ("add photo1.jpg at the beginning, 2s", "start", 2000),
])
def test_still_length_after_its_place(text: str, at: str, ms: int) -> None:
    plan = _plan(text)
    assert [(type(op), op.at, op.image_ms) for op in plan.ops] == [(s.AddClips, at, ms)]
    assert not _unread(plan)


@pytest.mark.parametrize(("text", "music", "kinds"), [
    ("make it 9:16 and add subtitles but not the music", False, [s.SetAspect, s.AddSubtitles]),
    ("add subtitles but skip the music", False, [s.AddSubtitles]),
    ("add captions and fade it in but skip the music for now", False, [s.AddSubtitles, s.Fade]),
    ("add subtitles but not music", True, [s.AddSubtitles]),
])
def test_music_declined_is_not_added_nor_unread(text: str, music: bool, kinds: list[type]) -> None:
    plan = _plan(text, music=music)
    assert [type(op) for op in plan.ops] == kinds
    assert not _unread(plan)
    assert any("I left that alone" in n for n in plan.notes)


@pytest.mark.parametrize("text", [
    "add music.mp3 but not the music from the start",
    "add music.mp3 but dont start it from the beginning",
])
def test_song_said_not_to_play_from_the_start_is_asked(text: str) -> None:
    plan = _plan(text)
    assert plan.ops == [] and plan.question and "start" in plan.question
