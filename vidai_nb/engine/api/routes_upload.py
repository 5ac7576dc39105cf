"""Upload: multipart `files` streamed into storage, or JSON `{"urls": [...]}` fetched; checked by content."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.ingest import Incoming, StreamTo, discard, ingest
from vidai_nb.engine.api.multipart_stream import BadMultipart, TooLarge, save_multipart
from vidai_nb.engine.api.routes_sessions import owned_session
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.api.schemas import Envelope, ErrorEnvelope, UploadData, UploadedFile, UrlUploadRequest
from vidai_nb.engine.api.state import video_info
from vidai_nb.engine.api.url_fetch import fetch
from vidai_nb.engine.jobs.queue import offload, offloading
from vidai_nb.engine.jobs.upload_job import Refused, fetch_job, fetched
from vidai_nb.engine.media import accepted_formats_text
from vidai_nb.engine.store.models import Media

router = APIRouter(tags=["upload"])

_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}}
                    },
                    "required": ["files"],
                }
            },
            "application/json": {"schema": UrlUploadRequest.model_json_schema()},
        },
    }
}

log = logging.getLogger("vidai_nb.engine.upload")


MAX_JSON_BYTES = 256 * 1024


async def _small_body(request: Request) -> bytes:
    """The JSON body, refused past MAX_JSON_BYTES (a list of URLs is small)."""
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_JSON_BYTES:
            raise ApiError(422, f"the JSON body is too large (max {MAX_JSON_BYTES // 1024} KB)")
    return bytes(body)


async def _fetch(rt: Runtime, user_id: str, url: str, limit: int) -> Incoming:
    """One URL into storage: here (a local engine), or on a worker (a shared one: jobs/upload_job.py)."""
    timeout, loopback = rt.settings.url_fetch_timeout_s, rt.settings.fetch_allows_loopback
    if not offloading():
        return await fetch(url, lambda n: StreamTo.open(rt.storage, user_id, n), limit, timeout, loopback)
    found = await run_in_threadpool(
        offload, fetch_job, str(rt.settings.data_dir), user_id, url, limit, timeout, loopback
    )
    try:
        return Incoming(**fetched(found))
    except Refused as exc:
        raise ApiError(exc.code, str(exc)) from exc


def uploaded_files(rt: Runtime, base_url: str, media: list[Media]) -> list[UploadedFile]:
    """The upload's answer for each stored file (reads the database: call from a thread)."""
    return [UploadedFile(**video_info(rt, base_url, m).model_dump(), size=m.size) for m in media]


def _mb(n: int) -> int:
    return n // (1024 * 1024)


@router.post(
    "/api/upload-video/{app_name}/me/{session_id}",
    response_model=Envelope[UploadData],
    openapi_extra=_BODY_DOC,
    responses={
        400: {"model": ErrorEnvelope},
        401: {"model": ErrorEnvelope},
        404: {"model": ErrorEnvelope},
        413: {"model": ErrorEnvelope},
        415: {"model": ErrorEnvelope},
        422: {"model": ErrorEnvelope},
    },
)
async def upload(
    app_name: str, session_id: str, request: Request, user: CurrentUser, rt: RT
) -> Envelope[UploadData]:
    """Multipart files (each up to the limit, 500 MB by default) or URLs; all files are checked by content."""
    # database calls from a thread: the event loop serves every other request of this process meanwhile
    sess = await run_in_threadpool(owned_session, rt.store, session_id, user.id)
    limit = rt.settings.max_upload_bytes
    ctype = request.headers.get("content-type", "")
    items: list[Incoming] = []
    if ctype.lower().startswith("multipart/form-data"):
        try:
            items, _fields = await save_multipart(request.stream(), ctype, rt.storage, user.id, limit)
        except TooLarge as exc:
            raise ApiError(
                protocol.FILE_TOO_LARGE,
                f"{exc.filename}: file too large (the limit is {_mb(limit)} MB per file); "
                "compress or trim it first",
            ) from exc
        except BadMultipart as exc:
            raise ApiError(protocol.UNSUPPORTED_FILE, str(exc)) from exc
    elif ctype.lower().startswith("application/json"):
        try:
            req = UrlUploadRequest.model_validate_json(await _small_body(request))
        except ValidationError as exc:
            raise ApiError(422, f"invalid request: {exc.errors()[0].get('msg', 'bad JSON')}") from exc
        try:
            for url in req.urls:
                items.append(await _fetch(rt, user.id, url, limit))
        except BaseException:  # a refused URL or a cancelled request: keep nothing of this upload
            await discard(rt.storage, items)
            raise
    else:
        raise ApiError(
            protocol.UNSUPPORTED_FILE,
            'send multipart/form-data with field `files`, or JSON {"urls": [...]}. '
            f"Accepted formats: {accepted_formats_text()}",
        )
    media, changed = await ingest(rt, user.id, sess, items)
    for m in media:
        log.info("session %s: stored %s (%s, %d bytes, %.1f s)", sess.id, m.id, m.file_type, m.size,
                 m.duration_ms / 1000)
    files = await run_in_threadpool(uploaded_files, rt, str(request.base_url), media)
    return Envelope(
        data=UploadData(files=files, session_state_applied=True), message="draft updated" if changed else "ok"
    )
