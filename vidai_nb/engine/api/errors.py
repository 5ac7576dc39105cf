"""Protocol errors: one exception type, rendered as the `{code, message, data}` envelope."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from vidai_nb import protocol

# Protocol code -> HTTP status (clients read body.code first; the status is for everything else).
HTTP_STATUS: dict[int, int] = {
    400: 400,
    401: 401,
    402: 402,
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
    protocol.TOKEN_INVALID: 401,
    protocol.SESSION_NOT_FOUND: 404,
    protocol.OUT_OF_CREDITS: 402,
    protocol.UNSUPPORTED_FILE: 415,
    protocol.FILE_TOO_LARGE: 413,
}

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

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            error_body(request.url.path, exc.status_code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
