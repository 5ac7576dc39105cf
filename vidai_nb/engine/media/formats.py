"""Accepted upload formats and the size limit (PROTOCOL.md §3 Upload, error 4001 / 4002)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Literal

MediaKind = Literal["video", "image", "audio"]

VIDEO_EXTS: tuple[str, ...] = ("mp4", "mov", "avi", "webm", "mkv")
IMAGE_EXTS: tuple[str, ...] = ("jpg", "jpeg", "png", "gif", "webp")
AUDIO_EXTS: tuple[str, ...] = ("mp3", "wav", "m4a", "aac")

MAX_UPLOAD_BYTES = 500 * 1024 * 1024


def extension(name: str) -> str:
    """Lower-case extension without the dot ('' when there is none)."""
    return PurePath(name).suffix.lower().lstrip(".")


def kind_for_filename(name: str) -> MediaKind | None:
    """'video' / 'image' / 'audio' from the file name's extension, or None if not accepted."""
    ext = extension(name)
    if ext in VIDEO_EXTS:
        return "video"
    if ext in IMAGE_EXTS:
        return "image"
    if ext in AUDIO_EXTS:
        return "audio"
    return None


def accepted_formats_text() -> str:
    """The human list shown with error 4001."""
    return (
        f"video: {' '.join(VIDEO_EXTS)} · image: {' '.join(IMAGE_EXTS)} · "
        f"audio: {' '.join(AUDIO_EXTS)} (max {MAX_UPLOAD_BYTES // (1024 * 1024)} MB each)"
    )
