"""Fetch media from http(s) URLs to disk, streamed, with the same per-file limit as uploads."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from python_multipart.multipart import parse_options_header

from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.filenames import CONTENT_TYPE_EXT, display_name, name_from_url
from vidai_nb.engine.api.ingest import Incoming
from vidai_nb.engine.media import kind_for_filename

if TYPE_CHECKING:
    import httpx

CHUNK = 256 * 1024


def check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        scheme = parts.scheme or "none"
        raise ApiError(4001, f"only http:// and https:// URLs can be fetched (got scheme '{scheme[:20]}')")


def _name_for(url: str, response: httpx.Response) -> str:
    disp = response.headers.get("content-disposition")
    name = ""
    if disp:
        _v, opts = parse_options_header(disp)
        raw = opts.get(b"filename")
        name = display_name(raw.decode("utf-8", "replace")) if raw else ""
    name = name or name_from_url(str(response.url) or url)
    if kind_for_filename(name) is None:
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        ext = CONTENT_TYPE_EXT.get(ctype)
        if ext:
            name = f"{name}.{ext}"
    return name


async def fetch(url: str, new_path: Callable[[], Path], max_bytes: int, timeout_s: float) -> Incoming:
    import httpx  # here, not at module load: it is only needed for URL uploads (faster start-up)

    check_url(url)
    path = new_path()
    try:
        async with (
            httpx.AsyncClient(follow_redirects=True, max_redirects=5, timeout=timeout_s) as client,
            client.stream("GET", url, headers={"Accept": "*/*"}) as resp,
        ):
            if resp.status_code >= 400:
                raise ApiError(4001, f"could not fetch {url[:200]}: HTTP {resp.status_code}")
            length = resp.headers.get("content-length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ApiError(
                    4002,
                    f"{url[:200]}: file too large ({int(length) // 2**20} MB; the limit is "
                    f"{max_bytes // 2**20} MB)",
                )
            name = _name_for(url, resp)
            hasher = hashlib.sha256()
            size = 0
            with path.open("wb") as out:
                async for chunk in resp.aiter_bytes(CHUNK):
                    size += len(chunk)
                    if size > max_bytes:
                        raise ApiError(4002, f"{name}: file too large (the limit is {max_bytes // 2**20} MB)")
                    out.write(chunk)
                    hasher.update(chunk)
        return Incoming(raw_name=name, path=path, size=size, sha256=hasher.hexdigest())
    except httpx.HTTPError as exc:
        path.unlink(missing_ok=True)
        raise ApiError(4001, f"could not fetch {url[:200]}: {type(exc).__name__}: {exc}") from exc
    except BaseException:  # refused, or the request was cancelled: leave nothing behind
        path.unlink(missing_ok=True)
        raise
