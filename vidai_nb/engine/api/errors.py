"""Protocol errors: one exception type, rendered as the `{code, message, data}` envelope."""

from __future__ import annotations

import errno
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException

from vidai_nb import protocol

# Protocol code -> HTTP status (clients read body.code first; the status is for everything else).
HTTP_STATUS: dict[int, int] = {
    400: 400,
    401: 401,
    402: 402,
    403: 403,
    404: 404,
    405: 405,
    409: 409,
    413: 413,
    415: 415,
    416: 416,
    422: 422,
    429: 429,
    500: 500,
    503: 503,
    507: 507,
    protocol.TOKEN_INVALID: 401,
    protocol.SESSION_NOT_FOUND: 404,
    protocol.OUT_OF_CREDITS: 402,
    protocol.UNSUPPORTED_FILE: 415,
    protocol.FILE_TOO_LARGE: 413,
}

DISK_FULL = 507
DISK_FULL_MESSAGE = "the engine's disk is full: nothing was saved; free some space and try again"

log = logging.getLogger("vidai_nb.engine.api")


def is_disk_full(exc: BaseException | None) -> bool:
    """ENOSPC / EDQUOT anywhere in the exception's chain, or SQLite's "database or disk is full"."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "database or disk is full" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


# Paths answered in the render envelope (`success`) instead of `code`.
RENDER_PREFIX = "/api/render/"
UPLOAD_PREFIX = "/api/upload-video/"


class ApiError(Exception):
    def __init__(
        self,
        code: int,
        message: str,
        headers: dict[str, str] | None = None,
        data: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.headers = headers
        self.data = data

    @property
    def http_status(self) -> int:
        return HTTP_STATUS.get(self.code, 400)


def error_body(path: str, code: int, message: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {protocol.ENVELOPE_CODE: code, protocol.ENVELOPE_MESSAGE: message,
                            protocol.ENVELOPE_DATA: data}
    if path.startswith(RENDER_PREFIX):
        body[protocol.ENVELOPE_SUCCESS] = False
        body["error"] = message
    return body


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = dict(exc.headers or {})
        if request.url.path.startswith(UPLOAD_PREFIX):
            # A refused upload may still be sending hundreds of MB: answer and hang up rather than
            # read and discard the rest to keep the connection alive.
            headers["Connection"] = "close"
        return JSONResponse(
            error_body(request.url.path, exc.code, exc.message, exc.data),
            status_code=exc.http_status,
            headers=headers or None,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg', '')}"
            for e in exc.errors()
        )
        return JSONResponse(
            error_body(request.url.path, 422, f"invalid request: {problems}"), status_code=422
        )

    def _disk_full(request: Request) -> JSONResponse:
        log.error("%s %s: the disk is full", request.method, request.url.path)
        headers = {"Connection": "close"} if request.url.path.startswith(UPLOAD_PREFIX) else None
        return JSONResponse(
            error_body(request.url.path, DISK_FULL, DISK_FULL_MESSAGE), status_code=507, headers=headers
        )

    async def _storage(request: Request, exc: Exception) -> JSONResponse:
        if is_disk_full(exc):
            return _disk_full(request)
        raise exc  # not a full disk: the 500 handler below answers (and the server logs it)

    app.add_exception_handler(OSError, _storage)
    app.add_exception_handler(DBAPIError, _storage)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        # The envelope, never a bare "Internal Server Error"; the details go to the log only.
        if is_disk_full(exc):
            return _disk_full(request)
        return JSONResponse(
            error_body(request.url.path, 500, f"internal error ({type(exc).__name__}); see the engine log"),
            status_code=500,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            error_body(request.url.path, exc.status_code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
