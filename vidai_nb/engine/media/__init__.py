"""engine/media: ffmpeg location, accepted formats, probing (PyAV), bundled fonts, thumbnails."""

from vidai_nb.engine.media.ffmpeg import ffmpeg_exe
from vidai_nb.engine.media.fonts import cjk_font, font_for_text, latin_font
from vidai_nb.engine.media.formats import (
    AUDIO_EXTS,
    IMAGE_EXTS,
    MAX_UPLOAD_BYTES,
    VIDEO_EXTS,
    accepted_formats_text,
    kind_for_filename,
)
from vidai_nb.engine.media.probe import MediaError, MediaInfo, probe
from vidai_nb.engine.media.thumbs import thumbnail
from vidai_nb.engine.media.validate import validate_upload

__all__ = [
    "AUDIO_EXTS",
    "IMAGE_EXTS",
    "MAX_UPLOAD_BYTES",
    "VIDEO_EXTS",
    "MediaError",
    "MediaInfo",
    "accepted_formats_text",
    "cjk_font",
    "ffmpeg_exe",
    "font_for_text",
    "kind_for_filename",
    "latin_font",
    "probe",
    "thumbnail",
    "validate_upload",
]
