"""The draft's keys (see docs/draft.md): constants shared by the engine and the client."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, NamedTuple

TT_VIDEO = 0
TT_AUDIO = 1
TT_TEXT = 7

TRACK_KINDS: dict[int, str] = {TT_VIDEO: "video", TT_AUDIO: "audio", TT_TEXT: "text"}

DRAFT_VERSION = 1


def track_kind(tt: Any) -> str:
    """'video' / 'audio' / 'text', or 'unknown(N)' for a track type nobody documented."""
    if isinstance(tt, int) and not isinstance(tt, bool) and tt in TRACK_KINDS:
        return TRACK_KINDS[tt]
    return f"unknown({tt})"


def empty_draft(
    title: str = "project", width: int = 1920, height: int = 1080, fps: int = 30
) -> dict[str, Any]:
    """A draft with no tracks on a 16:9 1080p canvas."""
    return {
        "v": DRAFT_VERSION,
        "d": 0,
        "m": {"title": title, "width": width, "height": height, "fps": fps, "fit": "blur", "bg": "#000000"},
        "t": [],
    }


# ---- JSON Schema of docs/draft.md -------------------------------------------------------------
# Permissive on purpose: unknown keys are allowed everywhere (other writers' keys are preserved),
# and `tt` may be any integer. It states what the engine writes, not what a client must reject.

_MS = {"type": "integer", "minimum": 0}
_UNIT = {"type": "number", "minimum": 0, "maximum": 1}
_NAMED_POSITIONS = ["center", "top", "bottom", "left", "right",
                    "top-left", "top-right", "bottom-left", "bottom-right"]

_SEGMENT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["start", "d"],
    "properties": {
        "id": {"type": "string"},
        "start": _MS,
        "d": _MS,
        "src": {"type": "string", "description": "media id (state.video_infos[].media_id)"},
        "name": {"type": "string"},
        "kind": {"enum": ["video", "image", "audio"]},
        "in": _MS,
        "speed": {"type": "number", "minimum": 0.25, "maximum": 4},
        "volume": {"type": "number", "minimum": 0},
        "transition": {
            "type": "object",
            "properties": {"type": {"type": "string"}, "d": _MS},
            "required": ["type"],
        },
        "freeze": {"type": "boolean"},
        "continues": {"type": "boolean"},  # an invisible split: same clip as the one before (model.CONTINUES)
        "pos": {"oneOf": [
            {"enum": _NAMED_POSITIONS},
            {"type": "object", "properties": {"x": {"type": "number"}, "y": {"type": "number"}},
             "required": ["x", "y"]},
        ]},
        "scale": {"type": "number", "exclusiveMinimum": 0},
        "opacity": _UNIT,
        "fade_in": _MS,
        "fade_out": _MS,
        "loop": {"type": "boolean"},
        "duck": {"type": "boolean"},
        "text": {"type": "string"},
        "size": {"type": "number", "exclusiveMinimum": 0},
        "color": {"type": "string"},
        "style": {"enum": ["plain", "bold", "boxed", "outline", "karaoke"]},
    },
}

_TRACK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["tt", "sg"],
    "properties": {
        "tt": {"type": "integer", "description": "0 video, 1 audio/BGM, 7 text; others are kept"},
        "id": {"type": "string"},
        "name": {"type": "string"},
        "role": {"type": "string", "examples": ["main", "overlay", "bgm", "voiceover", "title", "subtitle"]},
        "muted": {"type": "boolean"},
        "volume": {"type": "number", "minimum": 0},
        "burn": {"type": "boolean"},
        "sg": {"type": "array", "items": _SEGMENT_SCHEMA},
    },
}

_FX_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "fade_in": _MS,
        "fade_out": _MS,
        "loudnorm": {"type": "number"},
        "denoise": {"type": "boolean"},
        "color": {
            "type": "object",
            "properties": {
                "brightness": {"type": "number"}, "contrast": {"type": "number"},
                "saturation": {"type": "number"}, "gray": {"type": "boolean"}, "auto": {"type": "boolean"},
            },
        },
        "rotate": {"type": "integer"},
        "hflip": {"type": "boolean"},
        "vflip": {"type": "boolean"},
        "max_height": {"type": "integer", "minimum": 1},
    },
}

DRAFT_JSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://vidai-nb.invalid/schemas/draft-v1.json",
    "title": "vidai_nb draft (NemoVideo draft keys t/tt/sg/d/m plus the segment keys of docs/draft.md)",
    "type": "object",
    "required": ["t"],
    "properties": {
        "v": {"type": "integer", "const": DRAFT_VERSION},
        "d": _MS,
        "m": {
            "type": "object",
            "properties": {
                "title": {"type": "string"},
                "width": {"type": "integer", "minimum": 1},
                "height": {"type": "integer", "minimum": 1},
                "fps": {"type": "number", "exclusiveMinimum": 0},
                "fit": {"enum": ["blur", "solid", "crop"]},
                "bg": {"type": "string"},
                "preset": {"type": "string"},
                "focus": {
                    "description": 'where a "crop" centres: "center", "face", or {"x", "y"} fractions',
                    "anyOf": [
                        {"enum": ["center", "face"]},
                        {"type": "object", "properties": {"x": {"type": "number"}, "y": {"type": "number"}}},
                    ],
                },
                "fx": _FX_SCHEMA,
            },
        },
        "t": {"type": "array", "items": _TRACK_SCHEMA},
    },
}


# What an absent `m.fx` key means (docs/draft.md): a diff does not report these as added effects.
FX_DEFAULTS: dict[str, Any] = {
    "fade_in": 0, "fade_out": 0, "denoise": False,
    "color.brightness": 0.0, "color.contrast": 1.0, "color.saturation": 1.0,
    "color.gray": False, "color.auto": False,
    "rotate": 0, "hflip": False, "vflip": False,
}

# Keys (anywhere in a draft) whose numbers are milliseconds: shown as seconds in words.
MS_KEYS = frozenset({"d", "start", "end", "in", "fade_in", "fade_out"})


class SchemaProblem(NamedTuple):
    path: tuple[str | int, ...]  # where in the draft, e.g. ("t", 0, "sg", 2, "speed")
    keyword: str  # the JSON Schema keyword that failed, e.g. "maximum"
    text: str  # "t/0/sg/2/speed: 50 is greater than the maximum of 4"


@lru_cache(maxsize=1)
def _validator() -> Any:
    # Built once: importing jsonschema can take seconds (Jupyter installs its format extras).
    import jsonschema  # imported here: only validation needs it

    return jsonschema.Draft202012Validator(DRAFT_JSON_SCHEMA)


def schema_problems(draft: Any) -> list[SchemaProblem]:
    """Each way `draft` does not match DRAFT_JSON_SCHEMA, in draft order. Needs the `jsonschema` package."""
    errors = sorted(_validator().iter_errors(draft), key=lambda e: list(e.absolute_path))
    return [SchemaProblem(tuple(e.absolute_path), str(e.validator),
                          f"{'/'.join(str(p) for p in e.absolute_path) or '(root)'}: {e.message}")
            for e in errors]


def schema_errors(draft: Any) -> list[str]:
    """Why `draft` does not match DRAFT_JSON_SCHEMA ([] when it does)."""
    return [p.text for p in schema_problems(draft)]
