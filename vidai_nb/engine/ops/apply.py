"""`apply(draft, op, media)`: dispatch to the pure operation, on a copy of the draft."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from . import audio, cutting, picture, text
from .base import Draft, MediaRef, OpError, clone, finish
from .schemas import EXPORT_OPS, HISTORY_OPS, OpBase, parse_operation

Handler = Callable[[Draft, Any, Mapping[str, MediaRef]], Draft]

HANDLERS: dict[str, Handler] = {
    "keep_range": cutting.keep_range, "remove_range": cutting.remove_range,
    "keep_ranges": cutting.keep_ranges, "remove_ranges": cutting.remove_ranges, "trim": cutting.trim,
    "trim_dead_air": cutting.trim_dead_air, "remove_silences": cutting.remove_silences,
    "split": cutting.split, "delete_segment": cutting.delete_segment, "move_segment": cutting.move_segment,
    "duplicate_segment": cutting.duplicate_segment, "reorder": cutting.reorder, "concat": cutting.concat,
    "add_clips": cutting.add_clips, "slideshow": cutting.slideshow, "speed": cutting.speed,
    "freeze_frame": cutting.freeze_frame,
    "mute": audio.mute, "set_volume": audio.set_volume, "add_music": audio.add_music,
    "remove_music": audio.remove_music, "fade_music": audio.fade_music, "duck_music": audio.duck_music,
    "denoise": audio.denoise, "loudnorm": audio.loudnorm,
    "add_title": text.add_title, "add_text": text.add_text, "remove_text": text.remove_text,
    "add_subtitles": text.add_subtitles,
    "set_aspect": picture.set_aspect, "platform": picture.platform, "resolution": picture.resolution,
    "rotate": picture.rotate, "flip": picture.flip, "fade": picture.fade, "crossfade": picture.crossfade,
    "color": picture.color, "add_logo": picture.add_logo, "pip": picture.pip,
}


def as_operation(op: OpBase | Mapping[str, Any]) -> OpBase:
    if isinstance(op, BaseModel):
        return op
    try:
        return parse_operation(dict(op))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise OpError(f"invalid operation ({where}: {first['msg']})") from exc


def apply(draft: Draft, op: OpBase | Mapping[str, Any], media: Mapping[str, MediaRef]) -> Draft:
    """A new draft with `op` applied; the input draft is never mutated. Raises OpError."""
    operation = as_operation(op)
    name = str(getattr(operation, "op", ""))
    if name in HISTORY_OPS:
        raise OpError(f"{name} is applied through the stored versions, not to a draft")
    new = clone(draft)
    if name in EXPORT_OPS:
        return finish(new)  # export requests leave the draft as it is
    return HANDLERS[name](new, operation, media)
