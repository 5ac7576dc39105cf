"""Export helpers: unique render ids, reading a render status from any documented shape, and
where to download the result from (PROTOCOL.md §3 Export)."""

from __future__ import annotations

import uuid
from typing import Any
from urllib.parse import urlsplit

from vidai_nb.client.models import ExportStatus


def is_preview(output: dict[str, Any] | None) -> bool:
    """`output.preview`: a quick low-resolution render to look at, polled fast (not backed off)."""
    return output is not None and output.get("preview") in (True, "true", 1, "1")


def new_render_id() -> str:
    return f"render_{uuid.uuid4().hex}"


def _get(obj: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(obj, dict):
            return None
        obj = obj.get(key)
    return obj


def result_url(body: dict[str, Any]) -> str | None:
    """The first present of data.outputUrl, outputUrl, output.url, data.output.url."""
    for keys in (("data", "outputUrl"), ("outputUrl",), ("output", "url"), ("data", "output", "url")):
        value = _get(body, *keys)
        if isinstance(value, str) and value:
            return value
    return None


def parse_status(body: dict[str, Any], fallback_id: str) -> ExportStatus:
    """A render status from `{success, data: {...}}` or from the older top-level form."""
    data = body.get("data") if isinstance(body.get("data"), dict) else {}
    status = _get(data, "status") or body.get("status") or "pending"
    progress = _get(data, "progress")
    if progress is None:
        progress = body.get("progress")
    try:
        pct = float(progress) if progress is not None and not isinstance(progress, bool) else 0.0
    except (TypeError, ValueError):
        pct = 0.0
    error = _get(data, "error") or body.get("error")
    if isinstance(error, dict):
        error = error.get("message") or str(error)
    rid = _get(data, "id") or body.get("id") or fallback_id
    if str(status).lower() == "failed" and (_get(data, "cancelled") or body.get("cancelled")) is True:
        status = "cancelled"  # the local engine reports a cancel as failed + cancelled: true
    return ExportStatus(
        id=str(rid),
        status=str(status).lower(),
        progress=max(0.0, min(100.0, pct)),
        url=result_url(body),
        error=str(error) if error else None,
        raw=body,
    )


def same_origin(url: str, base: str) -> bool:
    a, b = urlsplit(url), urlsplit(base)
    return (a.scheme, a.hostname, a.port) == (b.scheme, b.hostname, b.port)


def download_url(target: str, api_url: str) -> tuple[str, bool]:
    """(absolute URL, whether it is on the API host) for a render id, a path or a full URL."""
    if target.startswith(("http://", "https://")):
        return target, same_origin(target, api_url)
    if target.startswith("/"):
        return api_url.rstrip("/") + target, True
    return f"{api_url.rstrip('/')}/api/render/proxy/{target}/download", True
