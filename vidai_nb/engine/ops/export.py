"""Export requests: the turn asks the client to export after it; the draft is left as it is."""

from __future__ import annotations

from typing import Literal

from .base import Draft, finish
from .fields import Ms
from .registry import Media, OpBase, operation
from .words import clock, span


class Export(OpBase):
    op: Literal["export"] = "export"
    format: Literal["mp4", "mov", "webm"] = "mp4"
    resolution: Literal["720p", "1080p", "4k"] | None = None
    description = "Export the video (sets the turn's export request; the client exports after the turn)."
    example = "export as MP4"


@operation(Export, kind="export", ask="export", said=lambda o, _: f"will export as {o.format.upper()}",
           ask_zh="导出", said_zh=lambda o, _: f"将导出为 {o.format.upper()}")
def export(draft: Draft, op: Export, media: Media) -> Draft:
    return finish(draft)


class ExportGif(OpBase):
    op: Literal["export_gif"] = "export_gif"
    start_ms: Ms = 0
    end_ms: Ms | None = None
    description = "Export a GIF of a part of the programme (an export request, not an edit)."
    example = "make a gif of the first 3 seconds"


@operation(ExportGif, kind="export", ask="export a GIF",
           said=lambda o, _: f"will export a GIF of {span(o.start_ms, o.end_ms)}",
           ask_zh="导出 GIF", said_zh="将导出 GIF")
def export_gif(draft: Draft, op: ExportGif, media: Media) -> Draft:
    return finish(draft)


class ExportThumbnail(OpBase):
    op: Literal["export_thumbnail"] = "export_thumbnail"
    at_ms: Ms = 0
    description = "Export one frame as a JPEG thumbnail (an export request, not an edit)."
    example = "thumbnail from 0:05"


@operation(ExportThumbnail, kind="export", ask="export a thumbnail",
           said=lambda o, _: f"will export a thumbnail at {clock(o.at_ms)}",
           ask_zh="导出封面", said_zh="将导出封面")
def export_thumbnail(draft: Draft, op: ExportThumbnail, media: Media) -> Draft:
    return finish(draft)
