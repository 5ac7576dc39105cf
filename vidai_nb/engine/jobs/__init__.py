"""engine/jobs: the render/transcribe queue (in-process threads by default, PostgreSQL when shared)."""

from __future__ import annotations

import os

from vidai_nb.engine.jobs.queue import (
    JobFn,
    JobQueue,
    JobStatus,
    ThreadJobQueue,
    is_postgres,
    offload,
    on_lost,
    use_for_offload,
)

__all__ = [
    "JobFn", "JobQueue", "JobStatus", "ThreadJobQueue",
    "database_url", "is_postgres", "make_queue", "offload", "on_lost", "use_for_offload",
]


def database_url() -> str:
    """The engine's database URL ($VIDAI_DATABASE_URL; empty: the SQLite file in the data dir)."""
    return os.environ.get("VIDAI_DATABASE_URL", "").strip()


def make_queue(workers: int, url: str | None = None) -> JobQueue:
    """Threads of this process (`workers` of them) unless the database is PostgreSQL: then the shared
    queue that `vidai-worker` processes serve (procrastinate; needs the `shared` extra)."""
    url = database_url() if url is None else url
    if is_postgres(url):
        try:
            from vidai_nb.engine.jobs.pg import ProcrastinateJobQueue, conninfo
        except ImportError as exc:  # psycopg / procrastinate missing
            raise RuntimeError(
                "a PostgreSQL VIDAI_DATABASE_URL needs the shared extra: pip install 'vidai_nb[shared]'"
            ) from exc
        return ProcrastinateJobQueue(conninfo(url))
    return ThreadJobQueue(workers)
