"""Direct upload: the notebook's browser posts a file straight to the engine (no trip through the kernel).

The kernel (which holds the bearer token) asks `POST /api/upload-url/{app}/me/{sid}` for a short-lived
link bound to the session, the user, the file name and its size; the browser then POSTs the raw bytes to
that link. The link carries an HMAC and an expiry, never the token. Only this route answers cross-origin
requests (the notebook page is served by Jupyter on another port), and only with what a POST of bytes needs.
"""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.filenames import display_name
from vidai_nb.engine.api.ingest import StreamTo, ingest
from vidai_nb.engine.api.routes_sessions import owned_session
from vidai_nb.engine.api.routes_upload import uploaded_files
from vidai_nb.engine.api.schemas import Envelope, ErrorEnvelope, UploadData
from vidai_nb.engine.api.signing import Signer

router = APIRouter(tags=["upload"])
log = logging.getLogger("vidai_nb.engine.upload")

LINK_TTL_S = 600  # long enough to start a 500 MB upload on a slow link; a new one is one call away
DIRECT_PREFIX = "/api/upload-direct/"


class UploadLinkRequest(BaseModel):
    filename: str = Field(min_length=1, max_length=255)
    size: int = Field(ge=0)


class UploadLinkData(BaseModel):
    url: str
    expires_in_s: int


def _signer(rt: Any) -> Signer:
    return Signer(rt.url_secret, LINK_TTL_S)


def _encode_name(name: str) -> str:
    return base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")


def _decode_name(raw: str) -> str:
    try:
        return base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ApiError(403, "this upload link is not valid") from exc


@router.post(
    "/api/upload-url/{app_name}/me/{session_id}",
    response_model=Envelope[UploadLinkData],
    responses={401: {"model": ErrorEnvelope}, 404: {"model": ErrorEnvelope}, 413: {"model": ErrorEnvelope}},
)
def upload_link(
    app_name: str, session_id: str, body: UploadLinkRequest, request: Request, user: CurrentUser, rt: RT
) -> Envelope[UploadLinkData]:
    """A link the browser may POST this one file's bytes to, for the next few minutes."""
    owned_session(rt.store, session_id, user.id)
    limit = rt.settings.max_upload_bytes
    if body.size > limit:
        mb = limit // 2**20
        raise ApiError(
            protocol.FILE_TOO_LARGE,
            f"file too large (the limit is {mb} MB per file); compress or trim it",
        )
    path = f"{DIRECT_PREFIX}{session_id}/{user.id}/{body.size}/{_encode_name(display_name(body.filename))}"
    url = str(request.base_url).rstrip("/") + _signer(rt).sign(path)
    return Envelope(data=UploadLinkData(url=url, expires_in_s=LINK_TTL_S))


def _cors(request: Request) -> dict[str, str]:
    # The signature is the authority, not the page: any origin may use a valid link, without cookies.
    return {
        "Access-Control-Allow-Origin": request.headers.get("origin") or "*",
        "Access-Control-Allow-Methods": "POST",
        "Access-Control-Allow-Headers": "content-type",
        "Access-Control-Max-Age": "600",
        "Vary": "Origin",
    }


async def upload_direct_preflight(request: Request) -> Response:
    """The browser's CORS preflight (a plain route: not part of the protocol's API)."""
    return Response(status_code=204, headers=_cors(request))


router.add_route(DIRECT_PREFIX + "{session_id}/{user_id}/{size}/{name}", upload_direct_preflight,
                 methods=["OPTIONS"], include_in_schema=False)


@router.post(
    DIRECT_PREFIX + "{session_id}/{user_id}/{size}/{name}",
    response_model=Envelope[UploadData],
    responses={403: {"model": ErrorEnvelope}, 413: {"model": ErrorEnvelope}, 415: {"model": ErrorEnvelope}},
)
async def upload_direct(
    session_id: str, user_id: str, size: int, name: str, request: Request, rt: RT, response: Response
) -> Envelope[UploadData]:
    """The raw bytes of one file (any content type), at a link from `upload-url`."""
    cors = _cors(request)
    try:
        q = request.query_params
        if not _signer(rt).verify(request.url.path, q.get("exp"), q.get("sig")):
            raise ApiError(403, "this upload link is not valid or has expired; ask for a new one")
        filename = _decode_name(name)
        sess = await run_in_threadpool(owned_session, rt.store, session_id, user_id)  # off the event loop
        sink = StreamTo.open(rt.storage, user_id, filename)
        try:
            async for chunk in request.stream():
                if sink.size + len(chunk) > size:
                    raise ApiError(protocol.FILE_TOO_LARGE, f"{filename}: more bytes than announced")
                sink.add(chunk)
                await sink.drain()
            if sink.size != size:
                raise ApiError(
                    protocol.UNSUPPORTED_FILE,
                    f"{filename}: the upload stopped after {sink.size} of {size} bytes",
                )
            item = await sink.publish()
        except BaseException:
            await sink.abort()
            raise
        media, changed = await ingest(rt, user_id, sess, [item])
    except ApiError as exc:  # the browser reads the error too (else it would only see "network error")
        raise ApiError(exc.code, exc.message, {**(exc.headers or {}), **cors}, exc.data) from exc
    response.headers.update(cors)
    m = media[0]
    log.info("session %s: stored %s directly (%s, %d bytes)", sess.id, m.id, m.file_type, m.size)
    files = await run_in_threadpool(uploaded_files, rt, str(request.base_url), media[:1])
    return Envelope(data=UploadData(files=files, session_state_applied=True),
                    message="draft updated" if changed else "ok")
