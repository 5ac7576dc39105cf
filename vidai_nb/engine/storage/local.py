"""The local store: a folder (the data directory by default, so keys are today's `rel_path`s)."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from vidai_nb.engine.storage.base import NotFound, WriterBase, check_key

CHUNK = 1 << 20
PART_SUFFIX = ".part"  # start-up recovery sweeps `*.part` under media/ (jobs/recovery.py)


class LocalWriter(WriterBase):
    """Writes to a hidden `.<name>.<random>.part` beside the target; publish renames it (atomic)."""

    def __init__(self, target: Path, key: str) -> None:
        self.key = key
        self.size = 0
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        self.partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
        self._fh: IO[bytes] | None = self.partial.open("wb")

    def write(self, data: bytes) -> None:
        if self._fh is None:
            raise ValueError(f"{self.key}: writer already closed")
        self._fh.write(data)
        self.size += len(data)

    def publish(self) -> None:
        if self._fh is None:
            raise ValueError(f"{self.key}: writer already closed")
        self._fh.close()
        self._fh = None
        os.replace(self.partial, self.target)
        self.published = True

    def abort(self) -> None:
        if self.published or self.aborted:
            return
        self.aborted = True
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        self.partial.unlink(missing_ok=True)


class LocalStorage:
    kind = "local"

    def __init__(self, root: Path, url: str = "") -> None:
        self.root = Path(root)
        self.url = url or str(self.root)

    def path(self, key: str) -> Path:
        return self.root / check_key(key)

    def writer(self, key: str) -> LocalWriter:
        return LocalWriter(self.path(key), key)

    def put_file(self, key: str, path: Path, move: bool = False) -> None:
        target = self.path(key)
        if Path(path).resolve() == target.resolve():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        if move:
            try:
                os.replace(path, target)
                return
            except OSError:  # another file system: copy below
                pass
        with self.writer(key) as w, Path(path).open("rb") as src:
            while chunk := src.read(CHUNK):
                w.write(chunk)
            w.publish()

    def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    def size(self, key: str) -> int:
        try:
            return self.path(key).stat().st_size
        except FileNotFoundError as exc:
            raise NotFound(f"no such object: {key}") from exc

    def read_range(self, key: str, start: int, end: int) -> bytes:
        try:
            with self.path(key).open("rb") as fh:
                fh.seek(start)
                return fh.read(max(0, end - start))
        except FileNotFoundError as exc:
            raise NotFound(f"no such object: {key}") from exc

    def open(self, key: str, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        path = self.path(key)
        if not path.is_file():
            raise NotFound(f"no such object: {key}")

        def chunks() -> Iterator[bytes]:
            with path.open("rb") as fh:
                fh.seek(start)
                left = None if end is None else end - start
                while left is None or left > 0:
                    data = fh.read(CHUNK if left is None else min(CHUNK, left))
                    if not data:
                        return
                    if left is not None:
                        left -= len(data)
                    yield data

        return chunks()

    def presign(self, key: str, ttl_s: int, filename: str | None = None) -> str | None:
        check_key(key)
        return None  # the engine serves local files itself (signed API links)

    def local_path(self, key: str) -> Path | None:
        return self.path(key)

    def source(self, key: str, ttl_s: int = 3600) -> str:
        return str(self.path(key))

    def fetch(self, key: str, dest: Path) -> Path:
        src = self.path(key)
        if not src.is_file():
            raise NotFound(f"no such object: {key}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
        try:
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)
        finally:
            tmp.unlink(missing_ok=True)
        return dest

    def delete(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)

    def keys(self, prefix: str) -> Iterator[str]:
        base = self.root / prefix.strip("/") if prefix.strip("/") else self.root
        if prefix.strip("/"):
            check_key(prefix.strip("/"))
        if not base.is_dir():
            return
        for p in sorted(base.rglob("*")):
            rel = p.relative_to(self.root).as_posix()
            if p.is_file() and not any(part.startswith(".") for part in rel.split("/")):
                yield rel
