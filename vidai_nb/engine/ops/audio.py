"""Sound: per-track mute and volume, background music, ducking, denoise, loudness."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import schemas as s
from .base import (
    TT_AUDIO,
    Draft,
    IdMaker,
    MediaRef,
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

Media = Mapping[str, MediaRef]


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


def mute(draft: Draft, op: s.Mute, media: Media) -> Draft:
    for tr in _audio_tracks(draft, op.track):
        tr["muted"] = op.muted
    return finish(draft)


def set_volume(draft: Draft, op: s.SetVolume, media: Media) -> Draft:
    for tr in _audio_tracks(draft, op.track):
        if tr.get("role") == "bgm":
            for seg in tr["sg"]:  # music volume lives on its segments (docs/draft.md)
                seg["volume"] = op.volume
        else:
            tr["volume"] = op.volume
        tr["muted"] = False if op.volume > 0 else tr.get("muted", False)
    return finish(draft)


def add_music(draft: Draft, op: s.AddMusic, media: Media) -> Draft:
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


def remove_music(draft: Draft, op: s.RemoveMusic, media: Media) -> Draft:
    if find_track(draft, "bgm") is None:
        raise OpError("there is no background music to remove")
    draft["t"] = [t for t in tracks(draft) if t.get("role") != "bgm" and t.get("id") != "bgm"]
    return finish(draft)


def fade_music(draft: Draft, op: s.FadeMusic, media: Media) -> Draft:
    (bgm,) = _audio_tracks(draft, "bgm")
    for seg in bgm["sg"]:
        if op.fade_in_ms is not None:
            seg["fade_in"] = min(op.fade_in_ms, int(seg["d"]))
        if op.fade_out_ms is not None:
            seg["fade_out"] = min(op.fade_out_ms, int(seg["d"]))
    return finish(draft)


def duck_music(draft: Draft, op: s.DuckMusic, media: Media) -> Draft:
    (bgm,) = _audio_tracks(draft, "bgm")
    for seg in bgm["sg"]:
        seg["duck"] = op.duck
    return finish(draft)


def denoise(draft: Draft, op: s.Denoise, media: Media) -> Draft:
    require_main(draft)
    _fx(draft)["denoise"] = op.on
    return finish(draft)


def loudnorm(draft: Draft, op: s.Loudnorm, media: Media) -> Draft:
    require_main(draft)
    _fx(draft)["loudnorm"] = op.target_lufs
    return finish(draft)
