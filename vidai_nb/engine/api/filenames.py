"""Display names for uploaded files: never used as paths (files are stored under generated ids)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

MAX_NAME_CHARS = 120


# Browsers and httpx escape `"`, CR, LF (and httpx every control character) in multipart file names
# as %XX (WHATWG form encoding); undo exactly those, then drop the control characters.
_FORM_ESCAPES = re.compile(r"%(0[0-9A-Fa-f]|1[0-9A-Fa-f]|22|7[Ff])")


def unescape_form_filename(raw: str) -> str:
    return _FORM_ESCAPES.sub(lambda m: chr(int(m.group(1), 16)), raw)


def display_name(raw: str | None, fallback: str = "upload") -> str:
    """A safe human label: last path component, no control characters, NFC, bounded length, ext kept."""
    name = unicodedata.normalize("NFC", raw or "")
    name = name.replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")  # NUL, newlines, bidi controls
    name = name.strip().strip(".").strip()
    if not name:
        name = fallback
    if len(name) > MAX_NAME_CHARS:
        suffix = PurePosixPath(name).suffix
        suffix = suffix if 1 < len(suffix) <= 10 else ""
        name = name[: MAX_NAME_CHARS - len(suffix) - 1] + "…" + suffix
    return name


def name_from_url(url: str) -> str:
    path = urlsplit(url).path
    return display_name(unquote(path.rsplit("/", 1)[-1]) if path else "", fallback="download")


CONTENT_TYPE_EXT = {
    "video/mp4": "mp4",
    "video/quicktime": "mov",
    "video/x-msvideo": "avi",
    "video/webm": "webm",
    "video/x-matroska": "mkv",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/gif": "gif",
    "image/webp": "webp",
    "audio/mpeg": "mp3",
    "audio/wav": "wav",
    "audio/x-wav": "wav",
    "audio/mp4": "m4a",
    "audio/aac": "aac",
}
