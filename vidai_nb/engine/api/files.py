"""Serve stored files to their owner (bearer header or a signed URL), with HTTP Range for seeking;
from an S3 store by a redirect to a presigned link, or proxied (VIDAI_STORAGE_DOWNLOADS)."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import FileResponse, RedirectResponse, Response, StreamingResponse

from vidai_nb.engine.api.deps import bearer, resolve_user
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.storage import NotFound


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


def _byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, end) of a single `bytes=` range; None for none or one we ignore (then the whole file);
    ApiError 416 for one past the end."""
    if not header or not header.startswith("bytes=") or "," in header:
        return None
    first, _, last = header[6:].strip().partition("-")
    try:
        if first:
            start, end = int(first), (int(last) + 1 if last else size)
        else:  # "bytes=-N": the last N bytes
            start, end = max(0, size - int(last)), size
    except ValueError:
        return None
    if start >= size or start < 0:
        raise ApiError(416, "requested range not satisfiable", {"Content-Range": f"bytes */{size}"})
    return start, min(end, size)


def serve_stored(rt: Runtime, request: Request, key: str, download_name: str) -> Response:
    """A stored object: from a local store, the file (Range by FileResponse); from S3, a redirect to a
    presigned URL (VIDAI_STORAGE_DOWNLOADS=redirect) or the bytes proxied with Range (=proxy).
    The caller has checked the requester may read it."""
    path = rt.storage.local_path(key)
    if path is not None:
        return serve(path, download_name)
    media_type = mimetypes.guess_type(download_name)[0] or "application/octet-stream"
    disposition = f"inline; filename*=utf-8''{quote(download_name)}"
    try:
        if request.method == "HEAD" or rt.settings.storage_proxied:
            size = rt.storage.size(key)
        if request.method == "HEAD":  # a presigned GET link does not answer HEAD: answer it here
            return Response(headers={"Content-Length": str(size), "Accept-Ranges": "bytes",
                                     "Content-Type": media_type, "Content-Disposition": disposition})
        if not rt.settings.storage_proxied:
            url = rt.storage.presign(key, rt.settings.signed_url_ttl_s, filename=download_name)
            if url is None:  # pragma: no cover - a store with neither files nor links
                raise ApiError(500, "the store can serve this file neither locally nor by link")
            # 307: the same method at the new URL; the client sends no token there (another origin)
            return RedirectResponse(url, status_code=307, headers={"Cache-Control": "private, no-store"})
        span = _byte_range(request.headers.get("range"), size)
        start, end = span if span is not None else (0, size)
        chunks = rt.storage.open(key, start, end)
    except NotFound as exc:
        raise ApiError(404, "file not found") from exc
    headers = {"Content-Length": str(end - start), "Accept-Ranges": "bytes",
               "Content-Disposition": disposition}
    if span is not None:
        headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return StreamingResponse(chunks, status_code=206 if span is not None else 200, media_type=media_type,
                             headers=headers)
