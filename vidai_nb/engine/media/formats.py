"""Accepted upload formats and the size limit (PROTOCOL.md §3 Upload, error 4001 / 4002): the engine's
reading of vidai_nb.protocol."""

from __future__ import annotations

from pathlib import PurePath
from typing import Literal, cast

from vidai_nb import protocol

MediaKind = Literal["video", "image", "audio"]

VIDEO_EXTS: tuple[str, ...] = protocol.VIDEO_FORMATS
IMAGE_EXTS: tuple[str, ...] = protocol.IMAGE_FORMATS
AUDIO_EXTS: tuple[str, ...] = protocol.AUDIO_FORMATS

MAX_UPLOAD_BYTES = protocol.MAX_UPLOAD_BYTES


def extension(name: str) -> str:
    """Lower-case extension without the dot ('' when there is none)."""
    return PurePath(name).suffix.lower().lstrip(".")


def kind_for_filename(name: str) -> MediaKind | None:
    """'video' / 'image' / 'audio' from the file name's extension, or None if not accepted."""
    return cast(MediaKind | None, protocol.KIND_BY_EXTENSION.get(extension(name)))


def accepted_formats_text() -> str:
    """The human list shown with error 4001."""
    return f"{protocol.ACCEPTED_FORMATS_TEXT} (max {protocol.MAX_UPLOAD_MB} MB each)"
