"""Canvas and picture: aspect and platform presets, resolution, rotation, fades, colour, overlays."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import schemas as s
from .base import (
    TT_VIDEO,
    Draft,
    IdMaker,
    MediaRef,
    OpError,
    ensure_track,
    finish,
    media_ref,
    programme_ms,
    require_main,
)

Media = Mapping[str, MediaRef]

RATIO_SIZES: dict[str, tuple[int, int]] = {
    "9:16": (1080, 1920), "16:9": (1920, 1080), "1:1": (1080, 1080), "4:5": (1080, 1350),
}
PLATFORMS: dict[str, str] = {
    "tiktok": "9:16", "reels": "9:16", "shorts": "9:16", "youtube": "16:9",
    "instagram": "1:1", "instagram_portrait": "4:5",
}
SOCIAL_LUFS = -14.0


def _meta(draft: Draft) -> dict[str, Any]:
    m: dict[str, Any] = draft.setdefault("m", {})
    return m


def _fx(draft: Draft) -> dict[str, Any]:
    fx: dict[str, Any] = _meta(draft).setdefault("fx", {})
    return fx


def _set_canvas(draft: Draft, ratio: str, fit: str, bg: str | None = None) -> None:
    m = _meta(draft)
    m["width"], m["height"] = RATIO_SIZES[ratio]
    # "face" is a crop that follows the face; the renderer reads m.focus
    m["fit"] = "crop" if fit == "face" else fit
    if fit in {"crop", "face"}:
        m["focus"] = "face" if fit == "face" else "center"
    else:
        m.pop("focus", None)
    if bg is not None:
        m["bg"] = bg


def set_aspect(draft: Draft, op: s.SetAspect, media: Media) -> Draft:
    _set_canvas(draft, op.ratio, op.fit, op.bg)
    _meta(draft).pop("preset", None)
    return finish(draft)


def platform(draft: Draft, op: s.Platform, media: Media) -> Draft:
    _set_canvas(draft, PLATFORMS[op.name], op.fit)
    _meta(draft)["preset"] = op.name
    _fx(draft)["loudnorm"] = SOCIAL_LUFS
    return finish(draft)


def resolution(draft: Draft, op: s.Resolution, media: Media) -> Draft:
    _fx(draft)["max_height"] = op.max_height
    return finish(draft)


def rotate(draft: Draft, op: s.Rotate, media: Media) -> Draft:
    fx = _fx(draft)
    fx["rotate"] = (int(fx.get("rotate", 0)) + op.degrees) % 360
    return finish(draft)


def flip(draft: Draft, op: s.Flip, media: Media) -> Draft:
    key = "hflip" if op.direction == "horizontal" else "vflip"
    fx = _fx(draft)
    fx[key] = not bool(fx.get(key, False))  # flipping twice restores the picture
    return finish(draft)


def fade(draft: Draft, op: s.Fade, media: Media) -> Draft:
    total = programme_ms(draft)
    fx = _fx(draft)
    fade_in = int(fx.get("fade_in", 0)) if op.fade_in_ms is None else op.fade_in_ms
    fade_out = int(fx.get("fade_out", 0)) if op.fade_out_ms is None else op.fade_out_ms
    if fade_in + fade_out > total:
        raise OpError(f"the fades are longer than the video ({total / 1000:g} s)")
    fx["fade_in"], fx["fade_out"] = fade_in, fade_out
    return finish(draft)


def crossfade(draft: Draft, op: s.Crossfade, media: Media) -> Draft:
    sg = require_main(draft)["sg"]
    if len(sg) < 2:
        raise OpError("there is only one clip — crossfades go between clips")
    targets = range(1, len(sg)) if op.index is None else [op.index - 1]
    for i in targets:
        if i >= len(sg):
            raise OpError(f"there are only {len(sg)} clips")
        # a crossfade can be at most half of either clip
        d = min(op.duration_ms, int(sg[i]["d"]) // 2, int(sg[i - 1]["d"]) // 2)
        if d <= 0:
            sg[i].pop("transition", None)
        else:
            sg[i]["transition"] = {"type": "fade", "d": d}
    return finish(draft)


def color(draft: Draft, op: s.Color, media: Media) -> Draft:
    require_main(draft)
    c = _fx(draft).setdefault("color", {"brightness": 0.0, "contrast": 1.0, "saturation": 1.0,
                                        "gray": False, "auto": False})
    for key in ("brightness", "contrast", "saturation", "gray", "auto"):
        value = getattr(op, key)
        if value is not None:
            c[key] = value
    return finish(draft)


def add_logo(draft: Draft, op: s.AddLogo, media: Media) -> Draft:
    ref = media_ref(media, op.media_id, {"image", "video"})
    total = programme_ms(draft)
    if total <= 0:
        raise OpError("there is no video on the timeline yet — upload a clip first")
    tr = ensure_track(draft, "overlay", TT_VIDEO, "Logo")
    tr["sg"] = [x for x in tr["sg"] if x.get("src") != ref.media_id]
    tr["sg"].append({"id": IdMaker(draft)(), "start": 0, "d": total, "src": ref.media_id, "name": ref.name,
                     "kind": ref.kind, "in": 0, "pos": op.pos, "scale": op.scale, "opacity": op.opacity,
                     **({"loop": True} if ref.kind == "video" else {})})
    return finish(draft)


def pip(draft: Draft, op: s.PictureInPicture, media: Media) -> Draft:
    ref = media_ref(media, op.media_id, {"video", "image"})
    total = programme_ms(draft)
    if op.start_ms >= total:
        raise OpError(f"the video is only {total / 1000:g} s long")
    end = min(total, op.end_ms if op.end_ms is not None else op.start_ms + (
        ref.duration_ms if ref.kind == "video" else total))
    tr = ensure_track(draft, "pip", TT_VIDEO, "Picture in picture")
    tr["sg"].append({"id": IdMaker(draft)(), "start": op.start_ms, "d": end - op.start_ms,
                     "src": ref.media_id, "name": ref.name, "kind": ref.kind, "in": 0, "speed": 1.0,
                     "pos": op.pos, "scale": op.scale, "opacity": 1.0, "volume": 0.0})
    return finish(draft)
