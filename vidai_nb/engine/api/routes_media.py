"""Uploaded media, served to the owner (this is where `cdn_url` points)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from vidai_nb.engine.api.deps import RT
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.files import requester, serve_stored
from vidai_nb.engine.api.schemas import ErrorEnvelope

router = APIRouter(tags=["media"])

MEDIA_TYPES = (
    "video/mp4", "video/quicktime", "video/x-msvideo", "video/webm", "video/x-matroska",
    "image/jpeg", "image/png", "image/gif", "image/webp",
    "audio/mpeg", "audio/x-wav", "audio/wav", "audio/mp4", "audio/aac", "application/octet-stream",
)


@router.api_route(
    "/api/media/{media_id}/file",
    methods=["GET", "HEAD"],  # players probe with HEAD before ranged GETs
    response_class=FileResponse,
    responses={
        200: {
            "content": {t: {} for t in MEDIA_TYPES},
            "description": "the media bytes (the type follows the file's name)",
        },
        206: {"description": "partial content (Range)"},
        307: {"description": "an S3 store: the file at a short-lived presigned link (no token sent there)"},
        404: {"model": ErrorEnvelope},
    },
)
def media_file(media_id: str, request: Request, rt: RT) -> Response:
    """The media bytes (Range supported); bearer header or the signed `cdn_url`."""
    found = rt.store.get_media(media_id, None)
    user_id = requester(rt, request, found.user_id if found else None)
    m = found if found is not None and user_id in (None, found.user_id) else None
    if m is None:
        raise ApiError(404, "media not found")
    return serve_stored(rt, request, m.rel_path, m.filename)
