"""Upload validation: extension, size limit, then the content itself (PROTOCOL.md §3, codes 4001/4002)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from vidai_nb import protocol
from vidai_nb.engine.media.formats import MAX_UPLOAD_BYTES, accepted_formats_text, kind_for_filename
from vidai_nb.engine.media.probe import MediaError, MediaInfo, is_url, probe


def validate_upload(
    path: str | os.PathLike[str], filename: str | None = None, size: int | None = None
) -> MediaInfo:
    """Check an uploaded file and return its facts; MediaError(code=4001|4002) says what is wrong.

    The name must carry an accepted extension and the content must really be media of that family
    (an mp4-named text file is refused); the kind returned is the one found in the content.
    `path` may be a presigned URL of the stored object; then `size` is its size (else read from the file).
    """
    p = Path(path) if size is None else Path(urlsplit(str(path)).path)
    name = filename or p.name
    expected = kind_for_filename(name)
    if expected is None:
        raise MediaError(
            f"{name}: unsupported file type. Accepted formats: {accepted_formats_text()}",
            protocol.UNSUPPORTED_FILE,
        )
    if size is None:
        size = p.stat().st_size if p.is_file() else 0
    elif size == 0:
        raise MediaError(f"{name}: the file is empty", protocol.UNSUPPORTED_FILE)
    if size > MAX_UPLOAD_BYTES:
        raise MediaError(
            f"{name}: file too large ({size / 1024 / 1024:.0f} MB; the limit is "
            f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB). Compress or trim it first.",
            4002,
        )
    info = probe(path if size is not None and is_url(path) else p)
    if info.kind != expected and not (expected == "video" and info.kind == "audio"):
        # A video container holding only sound is fine (it is used as audio); other mismatches are not.
        raise MediaError(
            f"{name}: the name says {expected} but the content is {info.kind}", protocol.UNSUPPORTED_FILE
        )
    return info
