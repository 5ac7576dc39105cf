"""`describe(op, language)`: what an operation did, in a short past-tense phrase for the turn's reply;
`proposed(op, language)`: the same words as what would be done, for a question asked before doing it;
`intent(name, language)`: what was asked, for "couldn't …". The words are registered with each operation."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from .registry import REGISTRY
from .schemas import OpBase, parse_operation
from .words import clock

__all__ = ["clock", "describe", "intent", "proposed"]


def _lang(language: str) -> str:
    return "zh" if language.lower().startswith("zh") else "en"


def intent(name: str, language: str = "en") -> str:
    """"even out the loudness", "统一响度" — what an operation is for, in plain words."""
    spec = REGISTRY.get(name)
    if spec is None:
        return name.replace("_", " ")
    return spec.ask_zh if _lang(language) == "zh" else spec.ask


def describe(op: OpBase | Mapping[str, Any], language: str = "en",
             media_names: Mapping[str, str] | None = None) -> str:
    """"kept 0:02–0:10", "made it black and white", "added the title “Hi”" — or in Chinese."""
    if isinstance(op, OpBase):
        operation = op
    else:
        try:
            operation = parse_operation(dict(op))
        except ValidationError:  # not a whole operation: say what it was for
            return intent(str(op.get("op", "")), language)
    return REGISTRY[str(getattr(operation, "op", ""))].words(operation, _lang(language), media_names or {})


# the past-tense verbs the registered words start their parts with, and the same verb as it is asked
_BASE = {"added": "add", "removed": "remove", "kept": "keep", "deleted": "delete", "trimmed": "trim",
         "muted": "mute", "unmuted": "unmute", "moved": "move", "duplicated": "duplicate", "looped": "loop",
         "reordered": "reorder", "joined": "join", "made": "make", "froze": "freeze", "undid": "undo",
         "redid": "redo", "went": "go", "changed": "change", "capped": "cap", "rotated": "rotate",
         "mirrored": "mirror", "flipped": "flip", "faded": "fade", "evened": "even", "reduced": "reduce",
         "turned": "turn", "stopped": "stop", "took": "take", "left": "leave", "will export": "export"}
_PAST = re.compile(r"(?:^|(?<=, )|(?<=; )|(?<=\band ))(" + "|".join(sorted(_BASE, key=len, reverse=True)) +
                   r")\b")
_QUOTED = re.compile(r"(\u201c[^\u201d]*\u201d)")


def proposed(op: OpBase | Mapping[str, Any], language: str = "en",
             media_names: Mapping[str, str] | None = None) -> str:
    """"remove 1:00–end", "make it black and white", "删除 1:00–结尾": `describe`'s words as what would be
    done, for a question asked before anything is done (never a claim that it was)."""
    said = describe(op, language, media_names)
    parts = _QUOTED.split(said)  # a quoted text is the person's own words: left as written
    for i in range(0, len(parts), 2):
        if _lang(language) == "zh":
            parts[i] = re.sub(r"^将", "", parts[i].replace("了", ""))
        else:
            parts[i] = _PAST.sub(lambda m: _BASE[m.group(1)], parts[i])
            parts[i] = parts[i].replace(": it now plays", " so it plays")
    return "".join(parts)
