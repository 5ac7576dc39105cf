"""Upload: the client-side checks the server would make (type, size) and a multipart body that
streams files from disk in small chunks, reporting progress, so memory stays bounded."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path

from vidai_nb import protocol
from vidai_nb.client.errors import FileTooLargeError, UnsupportedFileError

VIDEO_EXTS = protocol.VIDEO_FORMATS
IMAGE_EXTS = protocol.IMAGE_FORMATS
AUDIO_EXTS = protocol.AUDIO_FORMATS
MAX_UPLOAD_BYTES = protocol.MAX_UPLOAD_BYTES

ProgressCallback = Callable[[int, int, str], None]


def accepted_formats_text() -> str:
    return protocol.ACCEPTED_FORMATS_TEXT


def kind_for_filename(name: str) -> str | None:
    return protocol.KIND_BY_EXTENSION.get(Path(name).suffix.lower().lstrip("."))


def check_file(path: Path) -> int:
    """The file's size, after the checks the server makes (4001 type, 4002 size); nothing is sent."""
    if kind_for_filename(path.name) is None:
        raise UnsupportedFileError(
            f"'{path.name}' is not a supported file type. Accepted formats: {accepted_formats_text()}.",
            details={"filename": path.name},
        )
    if not path.is_file():
        raise FileNotFoundError(f"No such file to upload: {path}")
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise FileTooLargeError(
            f"'{path.name}' is {size / 1024 / 1024:.0f} MB, over the 500 MB limit per file; "
            "compress or trim it and try again.",
            details={"filename": path.name, "size": size},
        )
    return size


def _quote(name: str) -> str:
    # The HTML form-data escaping browsers use for filename="…".
    return name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartFiles:
    """A `multipart/form-data` body with one repeatable field (`files`), read from disk lazily."""

    def __init__(self, paths: Sequence[Path], field: str = "files", chunk_size: int = 256 * 1024) -> None:
        self.paths = [Path(p) for p in paths]
        self.sizes = [check_file(p) for p in self.paths]
        self.field = field
        self.chunk_size = chunk_size
        self.boundary = uuid.uuid4().hex
        self._heads = [self._head(p) for p in self.paths]
        self._tail = f"--{self.boundary}--\r\n".encode()

    def _head(self, path: Path) -> bytes:
        return (
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="{self.field}"; filename="{_quote(path.name)}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    @property
    def content_length(self) -> int:
        return sum(len(h) + s + 2 for h, s in zip(self._heads, self.sizes, strict=True)) + len(self._tail)

    @property
    def total_file_bytes(self) -> int:
        return sum(self.sizes)

    async def stream(self, on_progress: ProgressCallback | None = None) -> AsyncIterator[bytes]:
        total = self.total_file_bytes
        sent = 0
        for path, head, size in zip(self.paths, self._heads, self.sizes, strict=True):
            yield head
            remaining = size
            # Opened per file, read chunk by chunk: never more than one chunk in memory.
            with open(path, "rb", buffering=0) as f:
                while remaining > 0:
                    chunk = f.read(min(self.chunk_size, remaining))
                    if not chunk:
                        raise OSError(f"{path.name} became shorter while it was being uploaded")
                    remaining -= len(chunk)
                    sent += len(chunk)
                    yield chunk
                    if on_progress is not None:
                        on_progress(sent, total, path.name)
            if on_progress is not None and size == 0:
                on_progress(sent, total, path.name)
            yield b"\r\n"
        yield self._tail
