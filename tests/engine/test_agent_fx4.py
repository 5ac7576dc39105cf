"""Session 32 (fx4): the music named as part of everything muted mutes all; one level said for the voice and
the music both sets each; a sound said to stay as it is beside a cut asks nothing; times said to be written
as in an srt add no subtitles; the music's fade said before its ducking is the music's; the shot held at a
time for a while is a freeze; a noise described then "clean it up" denoises; the footage trimmed on every
clip trims the dead air; the logo taken off for an image file put in its place is our logo swapped."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]
CLIPS3 = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4")]


def _plan(text: str, music: bool = False, clips3: bool = False):  # type: ignore[no-untyped-def]
    zh = any("\u4e00" <= c <= "\u9fff" for c in text)
    if clips3:
        return parse(text, "zh" if zh else "en", CLIPS3, sample_draft(["clip.mp4", "b.mp4", "c.mp4"], None))
    draft = sample_draft(["clip.mp4"], music="music.mp3") if music else sample_draft(["clip.mp4"], None)
    return parse(text, "zh" if zh else "en", UPLOADS, draft)


@pytest.mark.parametrize("text", [
    "mute everything incl. the music",
    "mute everything including the background music",
    "连背景音乐一起静音",
])
def test_music_named_in_everything_muted_mutes_all(text: str) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.track) for op in plan.ops] == [(s.Mute, "all")]


@pytest.mark.parametrize("text", [
    "put my voice and the bgm both at 60%",
    "人声和音乐都调到60%",
    "both the audio and the music to 60% please",
])
def test_one_level_for_voice_and_music_sets_each(text: str) -> None:
    plan = _plan(text, music=True)
    assert [(type(op), op.track, op.volume) for op in plan.ops] == [
        (s.SetVolume, "main", 0.6), (s.SetVolume, "bgm", 0.6)]


def test_level_said_before_both_named_is_the_music_only() -> None:
    plan = _plan("turn the music down to 20% so both voice and music are clear", music=True)
    assert [(type(op), op.track) for op in plan.ops] == [(s.SetVolume, "bgm")]


@pytest.mark.parametrize("text", [
    "trim the last 5 seconds but leave the audio alone",
    "cut the last 5 seconds but keep the music untouched",
    "剪掉最后5秒 音乐别动",
])
def test_sound_left_as_it_is_beside_a_cut_asks_nothing(text: str) -> None:
    plan = _plan(text, music=True)
    assert plan.question is None
    assert [type(op) for op in plan.ops] == [s.Trim] and plan.ops[0].tail_ms == 5000


@pytest.mark.parametrize("text", [
    "keep 00:00:02,500 --> 00:00:07,000, the times are in srt format",
    "keep 00:00:02,500 --> 00:00:07,000 just like in my subtitle file",
])
def test_srt_written_times_add_no_subtitles(text: str) -> None:
    plan = _plan(text)
    assert [type(op) for op in plan.ops] == [s.KeepRange]


@pytest.mark.parametrize(("text", "fin", "fout"), [
    ("fade the bgm in over 3s and duck it under the narration", 3000, None),
    ("fade the song out over 4s and duck it when i talk", None, 4000),
])
def test_music_fade_before_ducking_is_the_musics(text: str, fin: int | None, fout: int | None) -> None:
    plan = _plan(text, music=True)
    assert [type(op) for op in plan.ops] == [s.FadeMusic, s.DuckMusic]
    assert plan.ops[0].fade_in_ms == fin and plan.ops[0].fade_out_ms == fout


@pytest.mark.parametrize("text", [
    "hold the picture at 0:20 for 3 seconds",
    "hold the shot at 0:20 for 3 sec, keep everything after it",
])
def test_shot_held_at_a_time_is_a_freeze(text: str) -> None:
    plan = _plan(text)
    assert [(type(op), op.at_ms, op.duration_ms) for op in plan.ops] == [(s.FreezeFrame, 20000, 3000)]


@pytest.mark.parametrize("text", [
    "tons of traffic noise, clean it up pls",
    "so much street noise in this, can you tidy that up",
])
def test_noise_described_then_cleaned_denoises(text: str) -> None:
    assert [type(op) for op in _plan(text).ops] == [s.Denoise]


@pytest.mark.parametrize("text", ["trim the clips in each of them", "trim the footage on all 3 clips"])
def test_footage_trimmed_on_every_clip_trims_dead_air(text: str) -> None:
    plan = _plan(text, clips3=True)
    assert plan.question is None and [type(op) for op in plan.ops] == [s.TrimDeadAir]


@pytest.mark.parametrize("text", [
    "take the logo off and put logo.png in the bottom right",
    "把logo去掉 换成logo.png 放右下角",
])
def test_logo_swapped_for_an_image_file(text: str) -> None:
    plan = _plan(text)
    assert plan.refusal is None
    assert [type(op) for op in plan.ops] == [s.RemoveLogo, s.AddLogo]


def test_watermark_removed_beside_a_logo_added_is_still_refused() -> None:
    assert _plan("remove the watermark and add logo.png").refusal


@pytest.mark.parametrize(("text", "export"), [
    ("make a gif of the whole c clip", {"format": "gif", "start_ms": 90000, "end_ms": 110000}),
    ("make a gif of b.mp4", {"format": "gif", "start_ms": 60000, "end_ms": 90000}),
    ("thumbnail from the first frame of b", {"format": "jpg", "at_ms": 60000}),
    ("make a gif of the first 3 seconds", {"format": "gif", "start_ms": 0, "end_ms": 3000}),
])
def test_gif_or_still_of_a_named_clip_takes_its_times(text: str, export: dict[str, int | str]) -> None:
    plan = _plan(text, clips3=True)
    assert plan.export == export
