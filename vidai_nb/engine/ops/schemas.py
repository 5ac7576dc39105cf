"""The operation catalogue, derived from the registry: the discriminated union, `CATALOGUE`, the kinds.

Nothing is declared here: each operation's model lives next to its handler in its family module
(docs/adding-an-operation.md); importing the families registers them. The models are re-exported
under their names for the planner's `schemas as s` (a new one may as well be imported from its family).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, TypeAlias, Union

from pydantic import Field, TypeAdapter

from . import audio, cutting, export, history, picture, text, wordcuts
from .audio import AddMusic, AudioTrack, Denoise, DuckMusic, FadeMusic, Loudnorm, Mute, RemoveMusic, SetVolume
from .cutting import (
    AddClips,
    Concat,
    DeleteSegment,
    DuplicateSegment,
    FreezeFrame,
    KeepRange,
    KeepRanges,
    Loop,
    MoveSegment,
    Range,
    RemoveRange,
    RemoveRanges,
    RemoveSilences,
    Reorder,
    Slideshow,
    Speed,
    Split,
    Trim,
    TrimDeadAir,
)
from .export import Export, ExportGif, ExportThumbnail
from .fields import HexColor, Ms, Pos, TextStyle
from .history import Redo, RestoreVersion, Undo
from .picture import (
    AddLogo,
    Color,
    Crossfade,
    Fade,
    Fit,
    Flip,
    PictureInPicture,
    Platform,
    Ratio,
    RemoveLogo,
    Resolution,
    Rotate,
    SetAspect,
)
from .registry import REGISTRY, OpBase, Spec
from .text import AddSubtitles, AddText, AddTitle, Cue, RemoveText
from .wordcuts import CutSentences, RemoveFillers

# The order of docs/operations.md and of the LLM tools: by family, then as declared in the family.
FAMILIES = (cutting, wordcuts, audio, text, picture, export, history)


def _family(spec: Spec[Any]) -> int:
    names = [f.__name__ for f in FAMILIES]
    module = spec.handler.__module__
    if module not in names:
        raise LookupError(f"operation {spec.name!r} is registered in {module}, which is not in FAMILIES")
    return names.index(module)


SPECS: tuple[Spec[Any], ...] = tuple(sorted(REGISTRY.values(), key=_family))
OPERATION_MODELS: tuple[type[OpBase], ...] = tuple(spec.model for spec in SPECS)

if TYPE_CHECKING:
    Operation: TypeAlias = OpBase
else:
    Operation = Annotated[Union[OPERATION_MODELS], Field(discriminator="op")]  # noqa: UP007

OPERATION_ADAPTER: TypeAdapter[Any] = TypeAdapter(Operation)

CATALOGUE: dict[str, type[OpBase]] = {spec.name: spec.model for spec in SPECS}
EXPORT_OPS = frozenset(spec.name for spec in SPECS if spec.kind == "export")
HISTORY_OPS = frozenset(spec.name for spec in SPECS if spec.kind == "history")


def parse_operation(data: object) -> OpBase:
    """Validate a dict (e.g. from an LLM tool call) into an operation; raises pydantic.ValidationError."""
    result: OpBase = OPERATION_ADAPTER.validate_python(data)
    return result


__all__ = [
    "CATALOGUE",
    "EXPORT_OPS",
    "HISTORY_OPS",
    "OPERATION_ADAPTER",
    "OPERATION_MODELS",
    "SPECS",
    "AddClips",
    "AddLogo",
    "AddMusic",
    "AddSubtitles",
    "AddText",
    "AddTitle",
    "AudioTrack",
    "Color",
    "Concat",
    "Crossfade",
    "Cue",
    "CutSentences",
    "DeleteSegment",
    "Denoise",
    "DuckMusic",
    "DuplicateSegment",
    "Export",
    "ExportGif",
    "ExportThumbnail",
    "Fade",
    "FadeMusic",
    "Fit",
    "Flip",
    "FreezeFrame",
    "HexColor",
    "KeepRange",
    "KeepRanges",
    "Loop",
    "Loudnorm",
    "MoveSegment",
    "Ms",
    "Mute",
    "OpBase",
    "Operation",
    "PictureInPicture",
    "Platform",
    "Pos",
    "Range",
    "Ratio",
    "Redo",
    "RemoveFillers",
    "RemoveLogo",
    "RemoveMusic",
    "RemoveRange",
    "RemoveRanges",
    "RemoveSilences",
    "RemoveText",
    "Reorder",
    "Resolution",
    "RestoreVersion",
    "Rotate",
    "SetAspect",
    "SetVolume",
    "Slideshow",
    "Speed",
    "Split",
    "TextStyle",
    "Trim",
    "TrimDeadAir",
    "Undo",
    "parse_operation",
]
