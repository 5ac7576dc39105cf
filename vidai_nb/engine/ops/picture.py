"""Canvas and picture: aspect and platform presets, resolution, rotation, fades, colour, overlays."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from .base import (
    TT_VIDEO,
    Draft,
    IdMaker,
    OpError,
    clip_groups,
    ensure_track,
    finish,
    media_ref,
    programme_ms,
    require_main,
    tracks,
)
from .fields import POS_WORDS, POS_WORDS_ZH, HexColor, Ms, Pos
from .registry import Media, Names, OpBase, operation
from .words import fades, joined, secs

Ratio = Literal["9:16", "16:9", "1:1", "4:5"]
Fit = Literal["blur", "solid", "crop", "face"]

RATIO_SIZES: dict[str, tuple[int, int]] = {
    "9:16": (1080, 1920), "16:9": (1920, 1080), "1:1": (1080, 1080), "4:5": (1080, 1350),
}
PLATFORMS: dict[str, str] = {
    "tiktok": "9:16", "reels": "9:16", "shorts": "9:16", "youtube": "16:9",
    "instagram": "1:1", "instagram_portrait": "4:5",
}
SOCIAL_LUFS = -14.0

RATIO_WORDS = {"9:16": "9:16 (vertical)", "16:9": "16:9 (widescreen)", "1:1": "1:1 (square)",
               "4:5": "4:5 (portrait)"}
HEIGHT_WORDS = {720: "720p", 1080: "1080p", 2160: "4K"}
PLATFORM_WORDS = {"tiktok": "TikTok", "reels": "Instagram Reels", "shorts": "YouTube Shorts",
                  "youtube": "YouTube", "instagram": "Instagram (square)",
                  "instagram_portrait": "Instagram (portrait)"}


def fit_words(fit: str, bg: str = "#000000") -> str:
    """How the picture fills a canvas of another shape, as people say it."""
    return {"blur": "a blurred copy of the picture fills the gaps",
            "solid": f"{'black' if bg.upper() == '#000000' else 'coloured'} bars fill the gaps",
            "crop": "cropped to fill the frame", "face": "cropped to follow the face"}[fit]


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


class SetAspect(OpBase):
    op: Literal["set_aspect"] = "set_aspect"
    ratio: Ratio
    fit: Fit = "blur"
    bg: HexColor = "#000000"
    description = "Change the canvas shape: fit (blurred or solid pad) or fill (crop centred / on the face)."
    example = "make it 9:16"


@operation(SetAspect, ask="change the aspect",
           said=lambda o, _: f"changed the aspect to {RATIO_WORDS[o.ratio]}, {fit_words(o.fit, o.bg)}",
           ask_zh="改变画面比例", said_zh=lambda o, _: f"把画面比例改为 {o.ratio}")
def set_aspect(draft: Draft, op: SetAspect, media: Media) -> Draft:
    _set_canvas(draft, op.ratio, op.fit, op.bg)
    _meta(draft).pop("preset", None)
    return finish(draft)


class Platform(OpBase):
    op: Literal["platform"] = "platform"
    name: Literal["tiktok", "reels", "shorts", "youtube", "instagram", "instagram_portrait"]
    fit: Fit = "blur"
    description = ("Platform preset: canvas size (TikTok/Reels/Shorts 1080×1920, YouTube 1920×1080, "
                   "Instagram 1080×1080 or 1080×1350) and −14 LUFS loudness for social platforms.")
    example = "make it for tiktok"


@operation(Platform, ask="set it up for the platform",
           said=lambda o, _: (f"set it up for {PLATFORM_WORDS[o.name]}: {RATIO_WORDS[PLATFORMS[o.name]]}, "
                              "loudness evened out"),
           ask_zh="应用平台预设", said_zh=lambda o, _: f"应用了 {PLATFORM_WORDS[o.name]} 预设")
def platform(draft: Draft, op: Platform, media: Media) -> Draft:
    _set_canvas(draft, PLATFORMS[op.name], op.fit)
    _meta(draft)["preset"] = op.name
    _fx(draft)["loudnorm"] = SOCIAL_LUFS
    return finish(draft)


class Resolution(OpBase):
    op: Literal["resolution"] = "resolution"
    max_height: Literal[720, 1080, 2160]
    description = "Cap the output resolution (720p, 1080p or 4K)."
    example = "make it 720p"


@operation(Resolution, ask="change the resolution",
           said=lambda o, _: "capped the resolution at " + HEIGHT_WORDS[o.max_height],
           ask_zh="限制分辨率", said_zh="限制了分辨率")
def resolution(draft: Draft, op: Resolution, media: Media) -> Draft:
    _fx(draft)["max_height"] = op.max_height
    return finish(draft)


class Rotate(OpBase):
    op: Literal["rotate"] = "rotate"
    degrees: Literal[90, 180, 270]
    description = "Rotate the picture clockwise."
    example = "rotate 90 degrees"


@operation(Rotate, ask="rotate the picture", said=lambda o, _: f"rotated the picture {o.degrees}° clockwise",
           ask_zh="旋转画面", said_zh="旋转了画面")
def rotate(draft: Draft, op: Rotate, media: Media) -> Draft:
    fx = _fx(draft)
    fx["rotate"] = (int(fx.get("rotate", 0)) + op.degrees) % 360
    return finish(draft)


class Flip(OpBase):
    op: Literal["flip"] = "flip"
    direction: Literal["horizontal", "vertical"] = "horizontal"
    description = "Mirror the picture horizontally or vertically."
    example = "flip it horizontally"


@operation(Flip, ask="flip the picture",
           said=lambda o, _: ("mirrored the picture left to right" if o.direction == "horizontal"
                              else "flipped the picture upside down"),
           ask_zh="翻转画面", said_zh="翻转了画面")
def flip(draft: Draft, op: Flip, media: Media) -> Draft:
    key = "hflip" if op.direction == "horizontal" else "vflip"
    fx = _fx(draft)
    fx[key] = not bool(fx.get(key, False))  # flipping twice restores the picture
    return finish(draft)


class Fade(OpBase):
    op: Literal["fade"] = "fade"
    fade_in_ms: Ms | None = None  # None = leave as it is
    fade_out_ms: Ms | None = None
    description = "Fade the whole programme in from / out to black (picture and sound)."
    example = "fade in and out"


@operation(Fade, ask="add the fades", said=lambda o, _: fades("the video", o.fade_in_ms, o.fade_out_ms),
           ask_zh="添加淡入淡出", said_zh="添加了淡入淡出")
def fade(draft: Draft, op: Fade, media: Media) -> Draft:
    total = programme_ms(draft)
    fx = _fx(draft)
    fade_in = int(fx.get("fade_in", 0)) if op.fade_in_ms is None else op.fade_in_ms
    fade_out = int(fx.get("fade_out", 0)) if op.fade_out_ms is None else op.fade_out_ms
    if fade_in + fade_out > total:
        raise OpError(f"the fades are longer than the video ({total / 1000:g} s)")
    fx["fade_in"], fx["fade_out"] = fade_in, fade_out
    return finish(draft)


class Crossfade(OpBase):
    op: Literal["crossfade"] = "crossfade"
    duration_ms: int = Field(default=500, ge=0, le=5000)
    index: int | None = Field(default=None, ge=2)  # None = between every pair of clips
    description = "Crossfade between clips (index N = only into the Nth clip)."
    example = "add crossfades between the clips"


def _crossfaded(o: Crossfade, _: Names) -> str:
    if o.duration_ms == 0:
        return "removed the crossfades" if o.index is None else f"removed the crossfade into clip {o.index}"
    if o.index is None:
        return f"added {secs(o.duration_ms)} crossfades between the clips"
    return f"added a {secs(o.duration_ms)} crossfade into clip {o.index}"


@operation(Crossfade, ask="add crossfades", said=_crossfaded, ask_zh="添加转场", said_zh="添加了转场")
def crossfade(draft: Draft, op: Crossfade, media: Media) -> Draft:
    # between clips as the user counts them: never inside one clip at an invisible cut (base.CONTINUES)
    groups = clip_groups(require_main(draft)["sg"])
    if len(groups) < 2:
        raise OpError("there is only one clip — crossfades go between clips")
    targets = range(1, len(groups)) if op.index is None else [op.index - 1]
    for i in targets:
        if i >= len(groups):
            raise OpError(f"there are only {len(groups)} clips")
        into, before = groups[i][0], groups[i - 1][-1]  # the segments that meet at the cut
        # a crossfade can be at most half of either clip
        d = min(op.duration_ms, int(into["d"]) // 2, int(before["d"]) // 2)
        if d <= 0:
            into.pop("transition", None)
        else:
            into["transition"] = {"type": "fade", "d": d}
    return finish(draft)


class Color(OpBase):
    op: Literal["color"] = "color"
    brightness: float | None = Field(default=None, ge=-1.0, le=1.0)
    contrast: float | None = Field(default=None, ge=0.0, le=3.0)
    saturation: float | None = Field(default=None, ge=0.0, le=3.0)
    gray: bool | None = None
    auto: bool | None = None
    description = ("Colour: brightness (−1..1), contrast and saturation (1 = unchanged), black and white, "
                   "auto levels.")
    example = "make it black and white"


def _level(what: str, value: float, normal: float) -> str:
    if value == normal:
        return f"set the {what} back to normal"
    return f"set the {what} {abs(value - normal):.0%} {'above' if value > normal else 'below'} normal"


def _coloured(o: Color, _: Names) -> str:
    """Absolute settings, so the words say where each one now is (not "brighter": it may be less)."""
    parts = []
    if o.gray is not None:
        parts.append("made it black and white" if o.gray else "turned black and white off")
    for what, value, normal in (("brightness", o.brightness, 0.0), ("contrast", o.contrast, 1.0),
                                ("saturation", o.saturation, 1.0)):
        if value is not None:
            parts.append(_level(what, value, normal))
    if o.auto is not None:
        parts.append("turned on automatic colour correction" if o.auto else
                     "turned automatic colour correction off")
    return joined(parts) if parts else "left the colour as it was"


@operation(Color, ask="change the colour", said=_coloured,
           ask_zh="调整颜色", said_zh=lambda o, _: "把画面变成了黑白" if o.gray else "调整了颜色")
def color(draft: Draft, op: Color, media: Media) -> Draft:
    require_main(draft)
    c = _fx(draft).setdefault("color", {"brightness": 0.0, "contrast": 1.0, "saturation": 1.0,
                                        "gray": False, "auto": False})
    for key in ("brightness", "contrast", "saturation", "gray", "auto"):
        value = getattr(op, key)
        if value is not None:
            c[key] = value
    return finish(draft)


class AddLogo(OpBase):
    op: Literal["add_logo"] = "add_logo"
    media_id: str
    pos: Pos = "top-right"
    scale: float = Field(default=0.15, gt=0.0, le=1.0)
    opacity: float = Field(default=0.8, ge=0.0, le=1.0)
    description = "Overlay an uploaded image as a logo / watermark for the whole programme."
    example = "add logo.png as a watermark in the top right"


@operation(AddLogo, ask="add the logo",
           said=lambda o, n: f"added {n.get(o.media_id, o.media_id)} as a logo {POS_WORDS[o.pos]}",
           ask_zh="添加台标", said_zh=lambda o, _: f"在{POS_WORDS_ZH[o.pos]}添加了台标")
def add_logo(draft: Draft, op: AddLogo, media: Media) -> Draft:
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


class RemoveLogo(OpBase):
    op: Literal["remove_logo"] = "remove_logo"
    description = "Remove the logo / watermark image added over the video (not one in the footage itself)."
    example = "remove the logo i added"


@operation(RemoveLogo, ask="remove the logo", said="removed the logo",
           ask_zh="删除台标", said_zh="删除了台标")
def remove_logo(draft: Draft, op: RemoveLogo, media: Media) -> Draft:
    before = len(tracks(draft))
    draft["t"] = [t for t in tracks(draft) if t.get("role") != "overlay"]
    if len(draft["t"]) == before:
        raise OpError("there is no logo added over the video")
    return finish(draft)


class PictureInPicture(OpBase):
    op: Literal["pip"] = "pip"
    media_id: str
    pos: Pos = "bottom-right"
    scale: float = Field(default=0.3, gt=0.0, le=1.0)
    start_ms: Ms = 0
    end_ms: Ms | None = None
    description = "Show another uploaded clip small in a corner (picture-in-picture)."
    example = "put b.mp4 picture in picture bottom right"


@operation(PictureInPicture, ask="add the picture-in-picture",
           said=lambda o, n: f"added {n.get(o.media_id, o.media_id)} small {POS_WORDS[o.pos]} "
                             "(picture in picture)",
           ask_zh="添加画中画", said_zh="添加了画中画")
def pip(draft: Draft, op: PictureInPicture, media: Media) -> Draft:
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
