"""Sound: per-track mute and volume, background music, ducking, denoise, loudness."""

from __future__ import annotations

import itertools
from typing import Any, Literal

from pydantic import Field, model_validator

from .base import (
    CONTINUES,
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
from .timemap import source_offset
from .words import clock, fades, pct

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


class _AudioRange(OpBase):
    """Optional part of the timeline (ms) an audio op applies to: both or neither; None = whole track."""

    start_ms: Ms | None = None
    end_ms: Ms | None = None

    @model_validator(mode="after")
    def _both_ordered(self) -> _AudioRange:
        if (self.start_ms is None) != (self.end_ms is None):
            raise ValueError("give both start_ms and end_ms, or neither")
        if self.start_ms is not None and self.end_ms is not None and self.end_ms <= self.start_ms:
            raise ValueError("end_ms must be after start_ms")
        return self

    def span(self) -> str:
        """" from 0:10 to 0:20" for a reply ("" for the whole track)."""
        return "" if self.start_ms is None else f" from {clock(self.start_ms)} to {clock(self.end_ms)}"

    def span_zh(self) -> str:
        return "" if self.start_ms is None else f"{clock(self.start_ms)}到{clock(self.end_ms)}"


def _checked_range(draft: Draft, op: _AudioRange) -> tuple[int, int] | None:
    if op.start_ms is None or op.end_ms is None:
        return None
    total = programme_ms(draft)
    if op.start_ms >= total:
        raise OpError(f"the video is only {total / 1000:g} s long — {op.start_ms / 1000:g} s is past its end")
    return op.start_ms, min(op.end_ms, total)  # a range running past the end stops at the end


def _range_pieces(draft: Draft, tr: Track, lo: int, hi: int, media: Media) -> list[dict[str, Any]]:
    """Split `tr`'s segments at lo and hi (timeline ms) and return the pieces inside [lo, hi).

    Why a split and per-segment volume: the draft has no volume envelope (docs/draft.md), but every
    segment already carries a `volume` that the renderer applies (main: clip gain, tt 1: music gain), so
    a range is expressed with keys any client round-trips. Picture is never cut: the main track's pieces
    stay contiguous with matching in-points (an invisible split), and music pieces keep playing where
    the music was (in-point advanced, wrapped for looping music)."""
    new_id = IdMaker(draft)
    out: list[dict[str, Any]] = []
    inside: list[dict[str, Any]] = []
    is_main = tr is main_track(draft)
    for seg in tr.get("sg", []):
        a, d = int(seg.get("start", 0)), int(seg.get("d", 0))
        b = a + d
        cuts = [x for x in (lo, hi) if a < x < b]
        if not cuts:
            out.append(seg)
            if lo <= a and b <= hi and d > 0:
                inside.append(seg)
            continue
        edges = [a, *cuts, b]
        for k, (p0, p1) in enumerate(itertools.pairwise(edges)):
            piece = dict(seg)
            piece["start"], piece["d"] = p0, p1 - p0
            if k > 0:
                piece["id"] = new_id()
                piece.pop("transition", None)  # a cross-fade belongs to the clip's real start only
                if is_main:
                    piece[CONTINUES] = True  # still the same clip to the user (base.CONTINUES)
                if "fade_in" in piece:
                    piece["fade_in"] = 0
                if "in" in seg:
                    offset = source_offset(seg, p0 - a) if is_main else p0 - a
                    src_in = int(seg["in"]) + offset
                    ref = media.get(str(seg.get("src")))
                    dur = int(getattr(ref, "duration_ms", 0) or 0)
                    if not is_main and seg.get("loop") and dur > 0:
                        src_in %= dur  # looping music: the same place in the next pass
                    piece["in"] = src_in
            if k < len(edges) - 2 and "fade_out" in piece:
                piece["fade_out"] = 0
            out.append(piece)
            if lo <= p0 and p1 <= hi:
                inside.append(piece)
    tr["sg"] = out
    return inside


def _range_tracks(draft: Draft, which: str) -> list[Track]:
    """Tracks a range op touches: for "all", only those with segments (an empty bgm is skipped)."""
    return [t for t in _audio_tracks(draft, which) if t.get("sg")]


class Mute(_AudioRange):
    op: Literal["mute"] = "mute"
    track: AudioTrack = "main"
    muted: bool = True
    description = ("Mute (or unmute) a track's audio: main = the clips' own sound, bgm = music; "
                   "with start_ms/end_ms only that part of the timeline (the picture is kept).")
    example = "mute the original audio"


@operation(Mute, ask="mute the sound",
           said=lambda o, _: ("muted " if o.muted else "unmuted ") + TRACK_WORDS[o.track] + o.span(),
           ask_zh="静音",
           said_zh=lambda o, _: o.span_zh() + ("静音了" if o.muted else "恢复了") + TRACK_WORDS_ZH[o.track])
def mute(draft: Draft, op: Mute, media: Media) -> Draft:
    rng = _checked_range(draft, op)
    if rng is None:
        for tr in _audio_tracks(draft, op.track):
            tr["muted"] = op.muted
        return finish(draft)
    for tr in _range_tracks(draft, op.track):
        for seg in _range_pieces(draft, tr, *rng, media):
            seg["volume"] = 0.0 if op.muted else 1.0
    return finish(draft)


class SetVolume(_AudioRange):
    op: Literal["set_volume"] = "set_volume"
    track: AudioTrack = "main"
    volume: float = Field(ge=0.0, le=4.0)  # 1.0 = unchanged
    description = ("Set a track's volume (1.0 = as recorded; 0.3 = 30%); with start_ms/end_ms only "
                   "for that part of the timeline.")
    example = "music volume 30%"


@operation(SetVolume, ask="change the volume",
           said=lambda o, _: f"set {TRACK_WORDS[o.track]} to {pct(o.volume)}{o.span()}",
           ask_zh="调整音量",
           said_zh=lambda o, _: f"把{o.span_zh()}{TRACK_WORDS_ZH[o.track]}音量调到 {pct(o.volume)}")
def set_volume(draft: Draft, op: SetVolume, media: Media) -> Draft:
    rng = _checked_range(draft, op)
    if rng is not None:
        for tr in _range_tracks(draft, op.track):
            for seg in _range_pieces(draft, tr, *rng, media):
                seg["volume"] = op.volume  # a segment's gain, on top of the track's own volume
        return finish(draft)
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
