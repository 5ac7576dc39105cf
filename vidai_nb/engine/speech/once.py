"""One transcription per transcript across processes: the others wait, then read the stored words.

Threads of one process already queue on a per-key lock (speech/asr.py). Processes that share the
transcripts do not see it: the workers of a shared deployment (PostgreSQL + S3), or local engines
sharing a data folder. `across_processes(key)` holds, for the time of one transcription:

- with PostgreSQL ($VIDAI_DATABASE_URL): a session advisory lock keyed by the transcript key, on a
  connection of its own (PostgreSQL drops it if the holder dies, even by `kill -9`);
- otherwise an exclusive file lock (flock, also released by the kernel when the holder dies), beside
  the transcript in a folder store, else in the data directory.

A waiter does not time out: the holder either finishes (the waiter then finds the stored transcript)
or dies (the waiter then makes it itself).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger("vidai_nb.engine.speech")

_engines: dict[str, Any] = {}  # database URL -> lock engine (no pool: a pooled connection keeps locks)
_engines_lock = threading.Lock()


def _database_url() -> str:
    from vidai_nb.engine.jobs import database_url, is_postgres

    url = database_url()
    return url if is_postgres(url) else ""


@contextlib.contextmanager
def across_processes(key: str) -> Iterator[None]:
    """Hold the right to make transcript `key` against every process sharing the transcripts."""
    url = _database_url()
    cm = _advisory(url, key) if url else _file_lock(key)
    with cm:
        yield


@contextlib.contextmanager
def _advisory(url: str, key: str) -> Iterator[None]:
    from sqlalchemy import text

    from vidai_nb.engine.store.shared import advisory_key

    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            engine = _engines[url] = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:  # closing the connection releases the lock, whatever happened
        conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": advisory_key("transcript", key)})
        yield


def lock_path(key: str) -> Path:
    """The lock file of transcript `key`: beside it in a folder store, else in the data directory."""
    from . import store

    st = store.storage()
    path_of = getattr(st, "path", None)
    if callable(path_of):
        found = Path(path_of(key))
        return found.with_name(found.name + ".lock")
    from vidai_nb.engine.jobs.render_job import worker_data_dir

    name = hashlib.sha256(key.encode()).hexdigest()[:32]
    return Path(worker_data_dir()) / "locks" / "transcripts" / f"{name}.lock"


@contextlib.contextmanager
def _file_lock(key: str) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: one process per data folder is the only supported case there
        yield
        return
    path = lock_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # the kernel drops it with the descriptor (also on a crash)
        yield
    finally:
        os.close(fd)
