"""Sound: per-track mute and volume, background music, ducking, denoise, loudness."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .base import (
    TT_AUDIO,
    Draft,
    IdMaker,
    OpError,
    Track,
    ensure_track,
    find_track,
    finish,
    main_track,
    media_ref,
    programme_ms,
    require_main,
    tracks,
)
from .fields import Ms
from .registry import Media, OpBase, operation
from .words import fades, pct

AudioTrack = Literal["main", "bgm", "all"]
TRACK_WORDS = {"main": "the original audio", "bgm": "the music", "all": "all audio"}
TRACK_WORDS_ZH = {"main": "原声", "bgm": "背景音乐", "all": "所有声音"}


def _fx(draft: Draft) -> dict[str, Any]:
    fx: dict[str, Any] = draft.setdefault("m", {}).setdefault("fx", {})
    return fx


def _audio_tracks(draft: Draft, which: str) -> list[Track]:
    if which == "main":
        return [require_main(draft)]
    if which == "bgm":
        bgm = find_track(draft, "bgm")
        if bgm is None or not bgm.get("sg"):
            raise OpError("there is no background music yet — upload an audio file and ask to add it")
        return [bgm]
    return [t for t in tracks(draft) if t.get("role") in {"main", "bgm"} or t is main_track(draft)]


class Mute(OpBase):
    op: Literal["mute"] = "mute"
    track: AudioTrack = "main"
    muted: bool = True
    description = "Mute (or unmute) a track's audio: main = the clips' own sound, bgm = music."
    example = "mute the original audio"


@operation(Mute, ask="mute the sound",
           said=lambda o, _: ("muted " if o.muted else "unmuted ") + TRACK_WORDS[o.track],
           ask_zh="静音", said_zh=lambda o, _: ("静音了" if o.muted else "恢复了") + TRACK_WORDS_ZH[o.track])
def mute(draft: Draft, op: Mute, media: Media) -> Draft:
    for tr in _audio_tracks(draft, op.track):
        tr["muted"] = op.muted
    return finish(draft)


class SetVolume(OpBase):
    op: Literal["set_volume"] = "set_volume"
    track: AudioTrack = "main"
    volume: float = Field(ge=0.0, le=4.0)  # 1.0 = unchanged
    description = "Set a track's volume (1.0 = as recorded; 0.3 = 30%)."
    example = "music volume 30%"


@operation(SetVolume, ask="change the volume",
           said=lambda o, _: f"set {TRACK_WORDS[o.track]} to {pct(o.volume)}",
           ask_zh="调整音量", said_zh=lambda o, _: f"把{TRACK_WORDS_ZH[o.track]}音量调到 {pct(o.volume)}")
def set_volume(draft: Draft, op: SetVolume, media: Media) -> Draft:
    for tr in _audio_tracks(draft, op.track):
        if tr.get("role") == "bgm":
            for seg in tr["sg"]:  # music volume lives on its segments (docs/draft.md)
                seg["volume"] = op.volume
        else:
            tr["volume"] = op.volume
        tr["muted"] = False if op.volume > 0 else tr.get("muted", False)
    return finish(draft)


class AddMusic(OpBase):
    op: Literal["add_music"] = "add_music"
    media_id: str
    volume: float = Field(default=0.3, ge=0.0, le=4.0)
    fade_in_ms: Ms = 0
    fade_out_ms: Ms = 0
    loop: bool = True
    description = "Put an uploaded audio file under the video as background music (replaces any)."
    example = "add music.mp3 as background music at 30%"


@operation(AddMusic, ask="add the music",
           said=lambda o, n: f"added {n.get(o.media_id, o.media_id)} as background music at {pct(o.volume)}",
           ask_zh="添加背景音乐", said_zh="添加了背景音乐")
def add_music(draft: Draft, op: AddMusic, media: Media) -> Draft:
    ref = media_ref(media, op.media_id, {"audio", "video"})
    length = programme_ms(draft) or ref.duration_ms
    if not op.loop:
        length = min(length, ref.duration_ms)
    bgm = ensure_track(draft, "bgm", TT_AUDIO, "BGM")
    bgm["sg"] = [{"id": IdMaker(draft)(), "start": 0, "d": length, "src": ref.media_id, "name": ref.name,
                  "in": 0, "volume": op.volume, "fade_in": op.fade_in_ms, "fade_out": op.fade_out_ms,
                  "loop": op.loop, "duck": False}]
    bgm["muted"] = False
    return finish(draft)


class RemoveMusic(OpBase):
    op: Literal["remove_music"] = "remove_music"
    description = "Remove the background music."
    example = "remove the music"


@operation(RemoveMusic, ask="remove the music", said="removed the background music",
           ask_zh="删除背景音乐", said_zh="删除了背景音乐")
def remove_music(draft: Draft, op: RemoveMusic, media: Media) -> Draft:
    if find_track(draft, "bgm") is None:
        raise OpError("there is no background music to remove")
    draft["t"] = [t for t in tracks(draft) if t.get("role") != "bgm" and t.get("id") != "bgm"]
    return finish(draft)


class FadeMusic(OpBase):
    op: Literal["fade_music"] = "fade_music"
    fade_in_ms: Ms | None = None  # None = leave as it is
    fade_out_ms: Ms | None = None
    description = "Fade the background music in and/or out."
    example = "fade out the music over 3 seconds"


@operation(FadeMusic, ask="fade the music",
           said=lambda o, _: fades("the music", o.fade_in_ms, o.fade_out_ms),
           ask_zh="给音乐加淡入淡出", said_zh="给音乐加了淡入淡出")
def fade_music(draft: Draft, op: FadeMusic, media: Media) -> Draft:
    (bgm,) = _audio_tracks(draft, "bgm")
    for seg in bgm["sg"]:
        if op.fade_in_ms is not None:
            seg["fade_in"] = min(op.fade_in_ms, int(seg["d"]))
        if op.fade_out_ms is not None:
            seg["fade_out"] = min(op.fade_out_ms, int(seg["d"]))
    return finish(draft)


class DuckMusic(OpBase):
    op: Literal["duck_music"] = "duck_music"
    duck: bool = True
    description = "Lower the music automatically while someone speaks."
    example = "duck the music under the voice"


@operation(DuckMusic, ask="lower the music under speech",
           said=lambda o, _: ("made the music dip while someone speaks" if o.duck
                              else "stopped the music dipping under speech"),
           ask_zh="人声时压低音乐", said_zh="人声时自动压低音乐")
def duck_music(draft: Draft, op: DuckMusic, media: Media) -> Draft:
    (bgm,) = _audio_tracks(draft, "bgm")
    for seg in bgm["sg"]:
        seg["duck"] = op.duck
    return finish(draft)


class Denoise(OpBase):
    op: Literal["denoise"] = "denoise"
    on: bool = True
    description = "Reduce background noise in the clips' audio."
    example = "remove background noise"


@operation(Denoise, ask="reduce the background noise",
           said=lambda o, _: "reduced background noise" if o.on else "turned noise reduction off",
           ask_zh="降噪", said_zh=lambda o, _: "降低了背景噪音" if o.on else "关闭了降噪")
def denoise(draft: Draft, op: Denoise, media: Media) -> Draft:
    require_main(draft)
    _fx(draft)["denoise"] = op.on
    return finish(draft)


class Loudnorm(OpBase):
    op: Literal["loudnorm"] = "loudnorm"
    target_lufs: float = Field(default=-14.0, ge=-40.0, le=-5.0)
    description = "Normalise loudness to target_lufs (−14 LUFS suits social platforms)."
    example = "normalize the audio"


def loudness_words(lufs: float) -> str:
    """-14 -> "evened out the loudness for social platforms" (no LUFS in a reply)."""
    if -14.5 <= lufs <= -13.0:
        return "evened out the loudness for social platforms"
    if -16.5 <= lufs < -14.5:  # a touch quieter than -14: the usual podcast / Apple level
        return "evened out the loudness to podcast level (a touch quieter than social platforms)"
    if -25.0 <= lufs <= -22.0:
        return "evened out the loudness to broadcast level"
    return "evened out the loudness, " + ("louder than usual" if lufs > -13.0 else "on the quiet side")


@operation(Loudnorm, ask="even out the loudness", said=lambda o, _: loudness_words(o.target_lufs),
           ask_zh="统一响度", said_zh=lambda o, _: "统一了响度" + (
               "（播客标准，比社交平台略轻）" if -16.5 <= o.target_lufs < -14.5 else ""))
def loudnorm(draft: Draft, op: Loudnorm, media: Media) -> Draft:
    require_main(draft)
    _fx(draft)["loudnorm"] = op.target_lufs
    return finish(draft)
