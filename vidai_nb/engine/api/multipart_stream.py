"""Streaming multipart/form-data: file parts go straight to storage in chunks, with a per-file size limit.

Starlette's `request.form()` spools every part to a temporary file first and has no per-file limit for
files, so a 600 MB upload would be read in full before we could refuse it. Here the body is parsed
as it arrives (python-multipart's push parser over `request.stream()`), each file's bytes go to a
`StreamTo` (the local folder, or an S3 multipart upload) as they come, memory stays at one buffer per
file being received, and the first byte past the limit stops the upload and drops what was written.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from python_multipart.multipart import MultipartParser, parse_options_header

from vidai_nb.engine.api.filenames import unescape_form_filename
from vidai_nb.engine.api.ingest import Incoming, StreamTo, discard
from vidai_nb.engine.storage import Storage

FILE_FIELDS = {"files", "file", "files[]"}
# Non-file fields are kept in memory, so they must be small; part headers get room for very long
# file names (shortened later for display).
MAX_FIELD_BYTES = 64 * 1024
MAX_PART_HEADER_BYTES = 64 * 1024


class TooLarge(Exception):
    def __init__(self, filename: str, limit: int) -> None:
        super().__init__(filename)
        self.filename = filename
        self.limit = limit


class BadMultipart(Exception):
    pass


@dataclass
class _Current:
    field_name: str = ""
    filename: str | None = None
    sink: StreamTo | None = None
    size: int = 0


async def save_multipart(
    body: AsyncIterator[bytes],
    content_type: str,
    storage: Storage,
    user_id: str,
    max_file_bytes: int,
) -> tuple[list[Incoming], dict[str, str]]:
    """Parse the body; return the stored file parts (published under the user's media folder, not yet
    checked) and the small text fields.

    On any error every file stored or being stored is dropped before the exception propagates.
    """
    _ctype, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if not boundary:
        raise BadMultipart("multipart body without a boundary")
    saved: list[Incoming] = []
    finished: list[StreamTo] = []  # file parts whose bytes are all in, to publish
    fields: dict[str, str] = {}
    cur = _Current()
    header_field = bytearray()
    header_value = bytearray()
    headers: dict[str, bytes] = {}
    field_bytes = bytearray()

    def on_part_begin() -> None:
        nonlocal cur
        cur = _Current()
        headers.clear()

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_field.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        headers[bytes(header_field).decode("latin-1").lower()] = bytes(header_value)
        header_field.clear()
        header_value.clear()

    def on_headers_finished() -> None:
        _disp, opts = parse_options_header(headers.get("content-disposition", b""))
        cur.field_name = opts.get(b"name", b"").decode("utf-8", "replace")
        fname = opts.get(b"filename")
        if fname is not None and cur.field_name in FILE_FIELDS:
            cur.filename = unescape_form_filename(fname.decode("utf-8", "replace"))
            cur.sink = StreamTo.open(storage, user_id, cur.filename)
        field_bytes.clear()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        n = end - start
        cur.size += n
        if cur.sink is not None:
            if cur.size > max_file_bytes:
                raise TooLarge(cur.filename or "file", max_file_bytes)
            cur.sink.add(memoryview(data)[start:end])
        elif len(field_bytes) + n <= MAX_FIELD_BYTES:
            field_bytes.extend(data[start:end])
        else:
            raise BadMultipart(f"form field {cur.field_name!r} is too large")

    def on_part_end() -> None:
        if cur.sink is not None:
            finished.append(cur.sink)  # published after this chunk (publishing is async)
            cur.sink = None
        elif cur.field_name:
            fields[cur.field_name] = bytes(field_bytes).decode("utf-8", "replace")

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_part_end": on_part_end,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_headers_finished": on_headers_finished,
        },
        max_header_size=MAX_PART_HEADER_BYTES,
    )
    async def settle() -> None:
        while finished:
            saved.append(await finished[0].publish())
            finished.pop(0)
        if cur.sink is not None:
            await cur.sink.drain()

    try:
        async for chunk in body:
            if chunk:
                parser.write(chunk)
                await settle()
        parser.finalize()
        await settle()
        if cur.sink is not None:
            raise BadMultipart("the upload ended in the middle of a file")
    except BaseException as exc:
        for sink in [*finished, *([cur.sink] if cur.sink is not None else [])]:
            await sink.abort()
        await discard(storage, saved)
        if isinstance(exc, TooLarge | BadMultipart):
            raise
        if isinstance(exc, Exception) and not isinstance(exc, OSError):
            raise BadMultipart(f"malformed multipart body: {exc}") from exc
        raise
    return saved, fields
