"""Session 41 (f3): a music level said with music playing changes that music (no second music); the music
said to stay is not the sound turned down; a crossfade's length is not a fade's said in another part (and
that fade is done); a bare fade as the next item of a list of video edits that adds music is the video's;
a part kept for music that comes later adds no music."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4", "music.mp3", "logo.png")]


def _plan(text: str, music: bool = False, clips: int = 1):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    names = ["clip.mp4", "b.mp4", "c.mp4"][:clips]
    return parse(text, "zh" if zh else "en", UPLOADS, sample_draft(names, "music.mp3" if music else None))


@pytest.mark.parametrize(("text", "level"), [
    ("fade in and out and put the music down to 15%", 0.15),
    ("put the music at 30% and cut the first 3 seconds", 0.3),
    ("play the song at 10%", 0.1),
])
def test_a_level_said_of_the_playing_music_changes_it(text: str, level: float) -> None:
    plan = _plan(text, music=True)
    assert not any(isinstance(op, s.AddMusic) for op in plan.ops)
    vols = [op for op in plan.ops if isinstance(op, s.SetVolume)]
    assert len(vols) == 1 and vols[0].track == "bgm" and vols[0].volume == pytest.approx(level)


def test_a_level_with_no_music_playing_still_adds_it() -> None:
    plan = _plan("put the music at 30%")
    assert [op.op for op in plan.ops] == ["add_music"]


def test_the_fade_beside_the_level_is_the_videos() -> None:
    plan = _plan("fade in and out and put the music down to 15%", music=True)
    fades = [op for op in plan.ops if isinstance(op, s.Fade)]
    assert len(fades) == 1 and fades[0].fade_in_ms == 1000 and fades[0].fade_out_ms == 1000


@pytest.mark.parametrize("text", [
    "音乐不用动，把原声调小一点", "背景音乐不要动，原声调小一点", "音乐别改，原声小一点",
    "leave the music alone, turn the original sound down",
    "don't touch the music, just turn the original audio down to 50%",
])
def test_the_music_said_to_stay_is_not_turned_down(text: str) -> None:
    plan = _plan(text, music=True)
    assert [(op.op, op.track) for op in plan.ops] == [("set_volume", "main")]


@pytest.mark.parametrize(("text", "cross_ms", "other"), [
    ("add crossfades, then music.mp3 with a 2 sec fade out", None, ("add_music", 2000)),
    ("add 1s crossfades and a 3s fade out at the end", 1000, ("fade", 3000)),
    ("add crossfades of 1s and a 3s fade out at the end", 1000, ("fade", 3000)),
    ("片段之间加转场，然后加music.mp3，结尾淡出3秒", None, ("add_music", 3000)),
])
def test_a_crossfade_keeps_its_own_length(text: str, cross_ms: int | None, other: tuple[str, int]) -> None:
    plan = _plan(text, clips=3)
    cross = [op for op in plan.ops if isinstance(op, s.Crossfade)]
    assert len(cross) == 1
    if cross_ms is None:
        assert "duration_ms" not in cross[0].model_fields_set
    else:
        assert cross[0].duration_ms == cross_ms
    rest = [op for op in plan.ops if op.op == other[0]]
    assert len(rest) == 1 and rest[0].model_dump()["fade_out_ms"] == other[1]


def test_a_crossfade_and_a_fade_in_another_part_are_both_done() -> None:
    plan = _plan("crossfade the clips, fade in and out", clips=3)
    assert sorted(op.op for op in plan.ops) == ["crossfade", "fade"]


@pytest.mark.parametrize("text", [
    "make it 9:16, add music.mp3 quietly and fade in and out",
    "trim the first 5s, add music.mp3 at 20% and fade in and out",
    "竖屏9:16，加上music.mp3小声一点，淡入淡出",
])
def test_a_bare_fade_listed_after_other_edits_is_the_videos(text: str) -> None:
    plan = _plan(text)
    music = [op for op in plan.ops if isinstance(op, s.AddMusic)]
    assert len(music) == 1 and not music[0].fade_in_ms and not music[0].fade_out_ms
    assert any(isinstance(op, s.Fade) and op.fade_in_ms and op.fade_out_ms for op in plan.ops)


@pytest.mark.parametrize("text", [
    "make it square, add music.mp3 and fade it in and out",
    "add music.mp3 and fade in/out 3s",
])
def test_a_fade_said_of_the_music_stays_the_musics(text: str) -> None:
    plan = _plan(text)
    music = [op for op in plan.ops if isinstance(op, s.AddMusic)]
    assert len(music) == 1 and music[0].fade_in_ms and music[0].fade_out_ms
    assert not any(isinstance(op, s.Fade) for op in plan.ops)


@pytest.mark.parametrize("text", [
    "remove the pauses but keep the silence at the end for the outro music",
    "cut the pauses but keep the silence at the end for the outro music",
])
def test_a_part_kept_for_music_adds_none(text: str) -> None:
    plan = _plan(text)
    assert [op.op for op in plan.ops] == ["remove_silences"]


@pytest.mark.parametrize("text", [
    "the music should end at 0:40", "the song stops at 0:40", "音乐到0:40就停", "stop the music at 0:40",
])
def test_music_said_to_end_at_a_time_is_refused_never_cut(text: str) -> None:
    # (since gat: the music from 0:40 on is muted - never the video cut, never all the music removed)
    plan = _plan(text, music=True)
    assert [(o.op, o.track, o.start_ms) for o in plan.ops] == [("mute", "bgm", 40000)]  # type: ignore[attr-defined]
    assert not plan.refusal


def test_music_said_to_end_with_none_playing_removes_nothing() -> None:
    plan = _plan("stop the music at 0:40")
    assert not plan.ops and not plan.refusal
