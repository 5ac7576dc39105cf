"""The detectors, in one registry: each reads a window of the request and proposes candidates.

A detector is a function `(Clause) -> list[Hit]`; it reads the text through `common.rx`, so every
match it makes is recorded as text its candidate explains. Which reading wins is decided by the
resolver (`..resolver`), not by an order here: `weight` only breaks ties between readings that explain
the same words with as many operations.

Roles: "edit" (the usual), "whole" (claims every word of its clause: a request about versions),
"fallback" (refusals: proposed only for a clause where nothing else was understood).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import cutting, meta, picture, sound, text, words
from .common import Clause, Hit

Detector = Callable[[Clause], list[Hit]]


@dataclass(frozen=True)
class Spec:
    name: str
    fn: Detector
    weight: float = 0.0
    role: str = "edit"


_ROLES = {"edit", "whole", "fallback"}
DETECTORS: dict[str, Spec] = {}


def register(name: str, fn: Detector, weight: float = 0.0, role: str = "edit") -> None:
    if name in DETECTORS:
        raise ValueError(f"detector {name!r} registered twice")
    if role not in _ROLES:
        raise ValueError(f"detector {name!r}: unknown role {role!r}")
    DETECTORS[name] = Spec(name, fn, weight, role)


def get(name: str) -> Spec:
    """A detector by name; an unknown name is an error, never a silent no-op."""
    try:
        return DETECTORS[name]
    except KeyError:
        raise KeyError(f"no detector named {name!r} (known: {', '.join(sorted(DETECTORS))})") from None


# weight: a reading that says more specific things outranks a generic one on a tie
for _name, _fn, _weight, _role in [
    ("history", meta.history_rule, 9, "whole"),
    ("export", meta.export_rule, 8, "edit"),
    ("logo", picture.logo_rule, 8, "edit"),
    ("pip", picture.pip_rule, 8, "edit"),
    ("subtitles", text.subtitles_rule, 7, "edit"),
    ("title", text.title_rule, 7, "edit"),
    ("freeze", cutting.freeze_rule, 7, "edit"),
    ("split", cutting.split_rule, 6, "edit"),
    ("segments", cutting.segments_rule, 6, "edit"),
    ("slideshow", cutting.slideshow_rule, 6, "edit"),
    ("loop", cutting.loop_rule, 5, "edit"),
    ("concat", cutting.concat_rule, 5, "edit"),
    ("order", cutting.order_rule, 5, "edit"),
    ("dead_air", cutting.dead_air_rule, 5, "edit"),
    ("silences", cutting.silences_rule, 5, "edit"),
    ("fillers", words.fillers_rule, 6, "edit"),
    ("word_search", words.search_rule, 6, "edit"),
    ("retake", words.retake_rule, 7, "edit"),
    ("cut", cutting.cut_rule, 4, "edit"),
    ("length", cutting.length_rule, 3, "edit"),
    ("speed", sound.speed_rule, 4, "edit"),
    ("music", sound.music_rule, 4, "edit"),
    ("mute", sound.mute_rule, 4, "edit"),
    ("denoise", sound.denoise_rule, 4, "edit"),
    ("voice_quality", sound.voice_quality_rule, 1, "edit"),
    ("platform", picture.platform_rule, 4, "edit"),
    ("loudnorm", sound.loudnorm_rule, 3, "edit"),
    ("volume", sound.volume_rule, 2, "edit"),
    ("rotate", picture.rotate_rule, 3, "edit"),
    ("flip", picture.flip_rule, 3, "edit"),
    ("aspect", picture.aspect_rule, 2, "edit"),
    ("face", picture.face_rule, 2, "edit"),
    ("resolution", picture.resolution_rule, 2, "edit"),
    ("crossfade", picture.crossfade_rule, 3, "edit"),
    ("fade", picture.fade_rule, 2, "edit"),
    ("color", picture.color_rule, 2, "edit"),
    ("add_clips", cutting.add_clips_rule, 1, "edit"),
    ("taste", meta.taste_rule, 5, "edit"),
    ("ramp", meta.ramp_rule, 5, "edit"),
    ("hedged", meta.hedged_rule, 9, "edit"),
    ("refusal", meta.refusal_rule, 0, "fallback"),
]:
    register(_name, _fn, _weight, _role)

# names the resolver refers to: checked here, at import
for _needed in ("history", "refusal"):
    get(_needed)

__all__ = ["DETECTORS", "Clause", "Detector", "Hit", "Spec", "get", "register"]
