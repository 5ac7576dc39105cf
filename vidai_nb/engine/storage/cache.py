"""Local copies of stored sources, for the steps that read a file many times (renders, transcription).

With a local store the file itself is used. With S3 a worker copies each source it needs into
`<data dir>/cache/<key>` once (written whole, then renamed; keys never change content, so a copy
present is a good copy) and reuses it; the least recently used copies go when the cache passes
`VIDAI_STORAGE_CACHE_MB`. benchmarks/storage.py measures this against handing ffmpeg presigned URLs.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from vidai_nb.engine.storage import Storage, storage_for

DEFAULT_CACHE_MB = 10_000
_lock = threading.Lock()
_fetching: dict[str, threading.Lock] = {}


def cache_limit_bytes() -> int:
    raw = os.environ.get("VIDAI_STORAGE_CACHE_MB", "").strip()
    return (int(raw) if raw.isdigit() else DEFAULT_CACHE_MB) * 1024 * 1024


def cache_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "cache"


def local_copy(storage: Storage, data_dir: Path, key: str) -> Path:
    """A local file with the object's bytes: the file itself for a local store, else a cached copy."""
    path = storage.local_path(key)
    if path is not None:
        return path
    dest = cache_dir(data_dir) / key
    with _lock:
        gate = _fetching.setdefault(str(dest), threading.Lock())
    with gate:  # one download per key at a time; the others wait and reuse it
        if dest.is_file():
            with contextlib.suppress(OSError):
                os.utime(dest)  # recently used
            return dest
        storage.fetch(key, dest)
    evict(cache_dir(data_dir), cache_limit_bytes(), keep=dest)
    return dest


def evict(root: Path, limit: int, keep: Path | None = None) -> list[Path]:
    """Remove the least recently used copies until the cache holds at most `limit` bytes."""
    files = [p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")]
    total = sum(p.stat().st_size for p in files)
    removed: list[Path] = []
    for p in sorted(files, key=lambda f: f.stat().st_mtime):
        if total <= limit:
            break
        if keep is not None and p == keep:
            continue
        size = p.stat().st_size
        p.unlink(missing_ok=True)  # a running ffmpeg that opened it keeps reading (POSIX)
        total -= size
        removed.append(p)
    return removed


class LocalSources(Mapping[str, Path]):
    """media id → a local file, fetched only when a step asks for that id (a draft rarely uses every
    clip of a user)."""

    def __init__(self, data_dir: Path | str, keys: Iterable[tuple[str, str]],
                 storage: Storage | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.storage = storage if storage is not None else storage_for(self.data_dir)
        self.keys_by_id = dict(keys)

    def __getitem__(self, media_id: str) -> Path:
        return local_copy(self.storage, self.data_dir, self.keys_by_id[media_id])

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_by_id)

    def __len__(self) -> int:
        return len(self.keys_by_id)


def publish_output(data_dir: Path | str, key: str, path: Path) -> None:
    """Store a finished render under `key`: a local store already has it there; S3 gets a multipart
    upload (visible only once complete) and the local file is removed."""
    storage = storage_for(data_dir)
    if storage.local_path(key) is not None and storage.local_path(key) == Path(path):
        return
    storage.put_file(key, Path(path), move=True)

