"""Serve stored files to their owner (bearer header or a signed URL), with HTTP Range for seeking."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import Request
from fastapi.responses import FileResponse

from vidai_nb.engine.api.deps import bearer, resolve_user
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.runtime import Runtime


def requester(rt: Runtime, request: Request, owner: str | None) -> str | None:
    """The user id from the bearer, or None when the URL's signature (made for `owner`, the stored
    file's owner, at their current URL epoch) alone grants access."""
    qp = request.query_params
    sig = qp.get("sig")
    if owner is not None and sig and rt.signer.verify(
        request.url.path, qp.get("exp"), sig, rt.store.url_epoch(owner)
    ):
        return None
    return resolve_user(rt, bearer(request)).id


def serve(path: Path, download_name: str, inline: bool = True) -> FileResponse:
    if not path.is_file():
        raise ApiError(404, "file not found")
    media_type = mimetypes.guess_type(download_name)[0] or mimetypes.guess_type(path.name)[0]
    return FileResponse(
        path,
        media_type=media_type or "application/octet-stream",
        filename=download_name,
        content_disposition_type="inline" if inline else "attachment",
    )
