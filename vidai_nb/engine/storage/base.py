"""The storage interface: where media, render outputs, proxies and thumbnails live.

Objects are named by keys like ``media/<user>/<id>.mp4`` (the same strings the database keeps as
`rel_path`). Two implementations: a folder (the local default, `storage/local.py`) and any
S3-compatible store (`storage/s3.py`). Every write is published whole or not at all: a writer's
bytes become visible under their key only at `publish()`, so a reader never sees half an object.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol, Self, runtime_checkable


class StorageError(Exception):
    """A store could not do what was asked (readable reason; never carries credentials)."""


class BadKey(StorageError, ValueError):
    """An object name that could escape its folder or is not one of ours."""


class NotFound(StorageError, FileNotFoundError):
    pass


# One key part: letters, digits, '.', '_', '-'; never starting with '.' (no '..', no hidden files).
_PART = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}")
MAX_KEY = 512


def check_key(key: str) -> str:
    """The key itself if it is a safe relative object name, else BadKey (path traversal, absolute
    paths, backslashes, empty or hidden parts, control characters)."""
    if not isinstance(key, str) or not key or len(key) > MAX_KEY:
        raise BadKey(f"invalid object name: {key!r:.80}")
    parts = key.split("/")
    if not all(_PART.fullmatch(p) for p in parts):
        raise BadKey(f"invalid object name: {key!r:.80}")
    return key


def content_type(key: str) -> str:
    return mimetypes.guess_type(key)[0] or "application/octet-stream"


class ObjectWriter(Protocol):
    """A put-stream: bytes written in order, published under the key only by `publish()`.
    `abort()` (or leaving a `with` block by an exception) drops everything written."""

    key: str
    size: int

    def write(self, data: bytes) -> None: ...

    def publish(self) -> None: ...

    def abort(self) -> None: ...

    def __enter__(self) -> ObjectWriter: ...

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None: ...


@runtime_checkable
class Storage(Protocol):
    """Where the engine's files live. Methods block: call them from a thread in async code."""

    kind: str  # "local" | "s3"
    url: str  # what VIDAI_STORAGE_URL said (never credentials)

    def writer(self, key: str) -> ObjectWriter:
        """A put-stream for `key` (S3: a multipart upload, parts sent as they fill)."""
        ...

    def put_file(self, key: str, path: Path, move: bool = False) -> None:
        """Publish a finished local file under `key` (S3: multipart for big files). `move`: the
        local file may be consumed (a local store renames it instead of copying)."""
        ...

    def exists(self, key: str) -> bool: ...

    def size(self, key: str) -> int:
        """The object's size in bytes; NotFound if there is none."""
        ...

    def read_range(self, key: str, start: int, end: int) -> bytes:
        """Bytes [start, end) of the object (fewer at its end)."""
        ...

    def open(self, key: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """The object's bytes [start, end) as chunks, streamed (for proxied downloads)."""
        ...

    def presign(self, key: str, ttl_s: int, filename: str | None = None) -> str | None:
        """A time-limited URL anyone holding it may GET (Range works); None where the store has no
        URLs of its own (a local folder: the engine serves it)."""
        ...

    def local_path(self, key: str) -> Path | None:
        """The file itself where the store is a local folder, else None."""
        ...

    def source(self, key: str, ttl_s: int = 3600) -> str:
        """What ffmpeg / PyAV can open: the file's path, or a presigned URL (read by ranges)."""
        ...

    def fetch(self, key: str, dest: Path) -> Path:
        """A local copy at `dest`, written whole (a temporary name, then renamed)."""
        ...

    def delete(self, key: str) -> None:
        """Remove the object (no error when it is gone already)."""
        ...

    def keys(self, prefix: str) -> Iterator[str]:
        """Every key under `prefix` ('media/', 'renders/u1/')."""
        ...


class WriterBase:
    """`with` support shared by the writers: an exception aborts, a clean exit leaves the choice to
    the caller (who publishes explicitly)."""

    published = False
    aborted = False

    def abort(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is not None or not self.published:
            self.abort()


def copy_stream(chunks: Iterator[bytes], out: BinaryIO) -> int:
    n = 0
    for chunk in chunks:
        out.write(chunk)
        n += len(chunk)
    return n
