"""Reading responses: the `{code, message, data}` and `{success, data}` envelopes (PROTOCOL.md §2)."""

from __future__ import annotations

import json
from typing import Any

import httpx

from vidai_nb.client.errors import NemoError, NemoHTTPError, error_for


def body_json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def error_from_response(response: httpx.Response) -> NemoError | None:
    """The typed error a response carries, or None when it is a success."""
    body = body_json(response)
    status = response.status_code
    code: int | None = None
    message = ""
    if isinstance(body, dict):
        raw_code = body.get("code")
        if isinstance(raw_code, int) and not isinstance(raw_code, bool):
            code = raw_code
        elif isinstance(raw_code, str) and raw_code.lstrip("-").isdigit():
            code = int(raw_code)
        msg = body.get("message") or body.get("error") or body.get("detail")
        message = msg if isinstance(msg, str) else ""
    if status >= 400:
        return error_for(
            code if code not in (None, 0) else status, message, status=status, details=_details(body)
        )
    if code not in (None, 0):
        return error_for(code, message, status=status, details=_details(body))
    if isinstance(body, dict) and body.get("success") is False:
        return NemoHTTPError(
            f"The request failed: {message}" if message else "The request failed.",
            server_message=message,
            status=status,
            details=_details(body),
        )
    return None


def unwrap(response: httpx.Response) -> dict[str, Any]:
    """`data` of a successful envelope (or the whole body for top-level render answers)."""
    err = error_from_response(response)
    if err is not None:
        raise err
    body = body_json(response)
    if not isinstance(body, dict):
        raise NemoHTTPError(
            f"The service answered HTTP {response.status_code} with something that is not a JSON object.",
            status=response.status_code,
        )
    data = body.get("data")
    if isinstance(data, dict):
        return data
    return body


def _details(body: Any) -> dict[str, Any]:
    if isinstance(body, dict) and isinstance(body.get("data"), dict):
        return dict(body["data"])
    return {}
