"""engine/storage: where media, render outputs, proxies and thumbnails live (`VIDAI_STORAGE_URL`).

- unset (default): the data directory itself — keys are the `rel_path`s the database keeps
  (`media/<user>/<id>.mp4`, `renders/<user>/<render>.mp4`, `proxies/<media>.mp4`), zero configuration;
- a folder path or `file:///path`: that folder;
- `s3://bucket/prefix`: any S3-compatible store; endpoint and keys from the standard AWS variables
  (`AWS_ENDPOINT_URL`, `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`).

`open_storage(url, data_dir)` builds one; `storage_for(data_dir)` is the one a process uses (the
engine registers its own; a worker builds it from the environment).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from vidai_nb.engine.storage.base import BadKey, NotFound, ObjectWriter, Storage, StorageError, check_key
from vidai_nb.engine.storage.local import LocalStorage

__all__ = [
    "BadKey",
    "LocalStorage",
    "NotFound",
    "ObjectWriter",
    "Storage",
    "StorageError",
    "check_key",
    "open_storage",
    "register",
    "storage_for",
]

ENV_VAR = "VIDAI_STORAGE_URL"


def open_storage(url: str | None, data_dir: Path) -> Storage:
    """The store `url` names (see the module doc); a clear StorageError for anything else."""
    raw = (url or "").strip()
    if not raw:
        return LocalStorage(Path(data_dir))
    parts = urlsplit(raw)
    if parts.scheme == "s3":
        from vidai_nb.engine.storage.s3 import S3Storage  # boto3 only where S3 is used

        if not parts.netloc:
            raise StorageError(f"{ENV_VAR}: no bucket in {raw!r} (expected s3://bucket/prefix)")
        return S3Storage.from_env(parts.netloc, parts.path.strip("/"), raw)
    if parts.scheme == "file":
        return LocalStorage(Path(unquote(parts.path)), raw)
    if parts.scheme == "" or (len(parts.scheme) == 1 and os.name == "nt"):
        return LocalStorage(Path(raw).expanduser(), raw)
    raise StorageError(f"{ENV_VAR}: unsupported scheme {parts.scheme!r} (use a folder or s3://bucket/prefix)")


_lock = threading.Lock()
_registered: dict[str, Storage] = {}


def register(data_dir: Path, storage: Storage) -> None:
    """Make `storage` the one `storage_for(data_dir)` answers in this process (the engine's own)."""
    with _lock:
        _registered[str(Path(data_dir))] = storage


def storage_for(data_dir: Path | str) -> Storage:
    """This process's store for a data directory: the registered one, else from `$VIDAI_STORAGE_URL`."""
    key = str(Path(data_dir))
    with _lock:
        found = _registered.get(key)
        if found is None:
            found = _registered[key] = open_storage(os.environ.get(ENV_VAR), Path(data_dir))
        return found
