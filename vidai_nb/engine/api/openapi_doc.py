"""What every route may answer, added to the generated OpenAPI description in one place.

FastAPI documents what a route declares; the engine also answers, for every route, errors that come
from shared machinery: 400 for a body that does not parse, 401 from the bearer check, 429 from the
rate limit, 500 / 507 (disk full) from the error handlers — all in the JSON envelope, also on routes
whose success is a stream or a file. This completes the description so it matches what is sent.
"""

from __future__ import annotations

from typing import Any

PUBLIC = {"/healthz", "/api/auth/anonymous-token"}
WHY = {
    "400": "the body could not be parsed, or a malformed value",
    "401": "token missing, invalid, expired or revoked (code 1001)",
    "422": "invalid request, or past one of the engine's limits (data.limit names it)",
    "429": "rate limited (Retry-After)",
    "500": "internal error (details in the engine log)",
    "507": "the engine's disk is full: nothing was saved",
}
CLIENT_ID = {
    "name": "X-Client-Id",
    "in": "header",
    "required": True,
    "description": "the client's stable id (a UUID kept by the client); one user per client id",
    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[!-~]([ -~]*[!-~])?$"},
}


def _envelope(path: str) -> dict[str, Any]:
    name = "RenderErrorEnvelope" if path.startswith("/api/render/") else "ErrorEnvelope"
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}


def complete(spec: dict[str, Any]) -> dict[str, Any]:
    for path, ops in spec.get("paths", {}).items():
        for method, op in ops.items():
            responses: dict[str, Any] = op.setdefault("responses", {})
            wanted = {"500"}
            if path != "/healthz":
                wanted.add("429")
            if path not in PUBLIC:
                wanted.add("401")
            if "requestBody" in op:
                wanted |= {"400", "422"}
            if method in ("post", "put", "patch"):
                wanted.add("507")
            for code in sorted(wanted):
                responses.setdefault(code, {"description": WHY[code]})
            for code, resp in responses.items():
                if code.isdigit() and int(code) >= 400:
                    # Errors are always the JSON envelope, whatever the success response is (SSE, a file);
                    # FastAPI's default 422 schema (HTTPValidationError) is not what the handler sends.
                    resp["content"] = _envelope(path)
                    if resp.get("description") in (None, "", "Validation Error") and code in WHY:
                        resp["description"] = WHY[code]
            if path == "/api/auth/anonymous-token":
                params = op.setdefault("parameters", [])
                if not any(p.get("name") == CLIENT_ID["name"] for p in params):
                    params.append(dict(CLIENT_ID))
    return spec
