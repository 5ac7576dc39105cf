"""The draft as data: decode any draft into a DataFrame, summarise, diff, check readiness, draw.

Pure (no network); imported by the engine, the client and the widgets alike. Names are loaded on
first use (PEP 562), so `import vidai_nb.timeline.schema` or `summary` never pays for pandas or
matplotlib; only `to_frame` / `COLUMNS` (pandas) and `plot` / `to_svg` / `to_png` (matplotlib) do.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vidai_nb.timeline.schema import (
    DRAFT_JSON_SCHEMA,
    TT_AUDIO,
    TT_TEXT,
    TT_VIDEO,
    empty_draft,
    track_kind,
)

if TYPE_CHECKING:
    from vidai_nb.timeline.compare import diff, diff_text
    from vidai_nb.timeline.decode import coerce_draft
    from vidai_nb.timeline.frame import COLUMNS, to_frame
    from vidai_nb.timeline.model import Draft, Segment, Track, decode_tracks, programme_ms
    from vidai_nb.timeline.otio import to_otio
    from vidai_nb.timeline.picture import plot, to_png, to_svg
    from vidai_nb.timeline.ready import is_ready, readiness
    from vidai_nb.timeline.track_summary import summary

_LAZY: dict[str, str] = {
    "Draft": "model", "Segment": "model", "Track": "model", "decode_tracks": "model", "programme_ms": "model",
    "coerce_draft": "decode",
    "diff": "compare", "diff_text": "compare",
    "COLUMNS": "frame", "to_frame": "frame",
    "to_otio": "otio",  # opentimelineio itself is imported only when to_otio is called
    "plot": "picture", "to_png": "picture", "to_svg": "picture",
    "is_ready": "ready", "readiness": "ready",
    "summary": "track_summary",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "COLUMNS",
    "DRAFT_JSON_SCHEMA",
    "TT_AUDIO",
    "TT_TEXT",
    "TT_VIDEO",
    "Draft",
    "Segment",
    "Track",
    "coerce_draft",
    "decode_tracks",
    "diff",
    "diff_text",
    "empty_draft",
    "is_ready",
    "plot",
    "programme_ms",
    "readiness",
    "summary",
    "to_frame",
    "to_otio",
    "to_png",
    "to_svg",
    "track_kind",
]
