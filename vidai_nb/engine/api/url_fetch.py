"""Fetch media from http(s) URLs to disk, streamed, with the same per-file limit as uploads.

Safe against server-side request forgery: every hop (the URL and each redirect) is resolved here, and
refused when any of its addresses is loopback (unless allowed), private, link-local, multicast,
reserved or unspecified; the connection then goes to the address that was checked (the name is kept
for the Host header and TLS), so a second DNS answer cannot swap in an internal one. One deadline
covers the whole fetch (a server dripping a byte at a time cannot hold it), and failures to connect
all read alike, so the answer does not tell an open port from a closed one. URLs in messages and in
the httpx log lose their credentials and query strings.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from python_multipart.multipart import parse_options_header

from vidai_nb import protocol
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.filenames import CONTENT_TYPE_EXT, display_name, name_from_url
from vidai_nb.engine.api.ingest import Incoming, StreamTo
from vidai_nb.engine.media import kind_for_filename

if TYPE_CHECKING:
    import httpx

CHUNK = 256 * 1024
MAX_REDIRECTS = 5
UNREACHABLE = "the server could not be reached, or did not answer in time"


def redact(url: str) -> str:
    """scheme://host[:port]/path — no user, password, query or fragment (for messages and logs)."""
    try:
        p = urlsplit(url)
        host = p.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        port = f":{p.port}" if p.port else ""
    except ValueError:
        return "(malformed URL)"
    return f"{p.scheme}://{host}{port}{p.path}"[:200]


class _RedactUrls(logging.Filter):
    """httpx logs every request URL at INFO: strip credentials and query strings from its records."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_clean_arg(a) for a in record.args)
        return True


def _clean_arg(arg: Any) -> Any:
    text = str(arg)
    if type(arg).__name__ == "URL" or text.startswith(("http://", "https://")):
        return redact(text)
    return arg


_FILTER = _RedactUrls()
for _name in ("httpx", "httpcore"):
    if _FILTER not in logging.getLogger(_name).filters:
        logging.getLogger(_name).addFilter(_FILTER)


def check_url(url: str) -> None:
    """Scheme and syntax: 4001 for a scheme we do not fetch, 400 for a URL that does not parse."""
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError as exc:
        raise ApiError(400, f"malformed URL: {redact(url)}") from exc
    if parts.scheme.lower() not in ("http", "https"):
        scheme = parts.scheme or "none"
        raise ApiError(
            protocol.UNSUPPORTED_FILE,
            f"only http:// and https:// URLs can be fetched (got scheme '{scheme[:20]}')",
        )
    if not host:
        raise ApiError(400, f"malformed URL (no host): {redact(url)}")


def address_allowed(ip: str, allow_loopback: bool) -> bool:
    addr = ipaddress.ip_address(ip.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    if addr.is_loopback:
        return allow_loopback
    return addr.is_global and not addr.is_multicast and not addr.is_reserved and not addr.is_unspecified


async def _resolve(url: httpx.URL, allow_loopback: bool) -> str:
    """The address to connect to for this hop; ApiError when the name does not resolve or any of its
    addresses is not allowed."""
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(url.host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise ApiError(
            protocol.UNSUPPORTED_FILE, f"could not fetch {redact(str(url))}: {UNREACHABLE}"
        ) from exc
    addrs = [str(info[4][0]) for info in infos]
    if not addrs or not all(address_allowed(a, allow_loopback) for a in addrs):
        raise ApiError(
            protocol.UNSUPPORTED_FILE,
            f"could not fetch {redact(str(url))}: it points to a local or private network address, "
            "which this engine does not fetch from",
        )
    return addrs[0]


def _name_for(url: str, response: httpx.Response) -> str:
    disp = response.headers.get("content-disposition")
    name = ""
    if disp:
        _v, opts = parse_options_header(disp)
        raw = opts.get(b"filename")
        name = display_name(raw.decode("utf-8", "replace")) if raw else ""
    name = name or name_from_url(url)
    if kind_for_filename(name) is None:
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        ext = CONTENT_TYPE_EXT.get(ctype)
        if ext:
            name = f"{name}.{ext}"
    return name


async def _open(client: httpx.AsyncClient, url: str, allow_loopback: bool) -> tuple[str, httpx.Response]:
    """Follow redirects by hand, checking every hop; returns (final URL, streaming response)."""
    import httpx

    try:
        current = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ApiError(400, f"malformed URL: {redact(url)}") from exc
    for _hop in range(MAX_REDIRECTS + 1):
        ip = await _resolve(current, allow_loopback)
        host_header = current.host if current.port is None else f"{current.host}:{current.port}"
        if ":" in current.host:
            host_header = f"[{current.host}]" + (f":{current.port}" if current.port else "")
        request = client.build_request(
            "GET",
            current.copy_with(host=ip),
            headers={"Accept": "*/*", "Host": host_header},
            extensions={"sni_hostname": current.host} if current.scheme == "https" else {},
        )
        resp = await client.send(request, stream=True)
        location = resp.headers.get("location")
        if resp.is_redirect and location:
            await resp.aclose()
            try:
                current = current.join(location)
            except httpx.InvalidURL as exc:
                raise ApiError(
                    protocol.UNSUPPORTED_FILE, f"could not fetch {redact(url)}: a redirect went to a bad URL"
                ) from exc
            if current.scheme not in ("http", "https"):
                raise ApiError(
                    protocol.UNSUPPORTED_FILE, f"could not fetch {redact(url)}: a redirect left http(s)"
                )
            continue
        return str(current), resp
    raise ApiError(protocol.UNSUPPORTED_FILE, f"could not fetch {redact(url)}: too many redirects")


async def fetch(
    url: str, open_file: Callable[[str], StreamTo], max_bytes: int, timeout_s: float,
    allow_loopback: bool = False,
) -> Incoming:
    """Fetch `url` into storage: `open_file(name)` starts storing it once its name is known."""
    import httpx  # here, not at module load: it is only needed for URL uploads (faster start-up)

    check_url(url)
    sink: StreamTo | None = None
    try:
        # One deadline for everything (DNS, connect, redirects, the body), not per read.
        async with (
            asyncio.timeout(timeout_s),
            httpx.AsyncClient(follow_redirects=False, timeout=timeout_s, trust_env=False) as client,
        ):
            final, resp = await _open(client, url, allow_loopback)
            try:
                if resp.status_code >= 400:
                    raise ApiError(
                        protocol.UNSUPPORTED_FILE, f"could not fetch {redact(url)}: HTTP {resp.status_code}"
                    )
                length = resp.headers.get("content-length")
                if length and length.isdigit() and int(length) > max_bytes:
                    raise ApiError(
                        protocol.FILE_TOO_LARGE,
                        f"{redact(url)}: file too large ({int(length) // 2**20} MB; the limit is "
                        f"{max_bytes // 2**20} MB)",
                    )
                name = _name_for(final, resp)
                sink = open_file(name)
                async for chunk in resp.aiter_bytes(CHUNK):
                    if sink.size + len(chunk) > max_bytes:
                        raise ApiError(
                            protocol.FILE_TOO_LARGE,
                            f"{name}: file too large (the limit is {max_bytes // 2**20} MB)",
                        )
                    sink.add(chunk)
                    await sink.drain()
            finally:
                await resp.aclose()
            return await sink.publish()
    except (httpx.HTTPError, TimeoutError, ConnectionError) as exc:
        if sink is not None:
            await sink.abort()
        raise ApiError(protocol.UNSUPPORTED_FILE, f"could not fetch {redact(url)}: {UNREACHABLE}") from exc
    except BaseException:  # refused, or the request was cancelled: leave nothing behind
        if sink is not None:
            await sink.abort()
        raise
