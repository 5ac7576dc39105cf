"""The job queue behind one small interface.

`ThreadJobQueue` runs jobs on in-process worker threads (bounded by the cores). A distributed broker
(Huey, Celery…) can take its place by implementing `JobQueue`: jobs are plain functions of plain
arguments plus a cancel flag, and everything a job produces is written to the store, not returned.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

log = logging.getLogger("vidai_nb.engine.jobs")

JobStatus = Literal["pending", "running", "done", "failed", "cancelled", "unknown"]

# A job is called as fn(*args, cancel) and should poll / pass on the cancel event.
JobFn = Callable[..., Any]


class JobQueue(Protocol):
    def submit(self, fn: JobFn, *args: Any, job_id: str | None = None) -> str: ...

    def status(self, job_id: str) -> JobStatus: ...

    def cancel(self, job_id: str) -> bool: ...

    def shutdown(self, wait: bool = True) -> None: ...


@dataclass
class _Job:
    future: Future[Any]
    cancel: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)


class ThreadJobQueue:
    def __init__(self, workers: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="vidai-job")
        self._jobs: dict[str, _Job] = {}
        self._lock = threading.Lock()

    def submit(self, fn: JobFn, *args: Any, job_id: str | None = None) -> str:
        jid = job_id or uuid.uuid4().hex
        cancel = threading.Event()
        started = threading.Event()

        def run() -> Any:
            started.set()
            if cancel.is_set():
                return None
            try:
                return fn(*args, cancel)
            except Exception:
                log.exception("job %s failed", jid)
                raise

        with self._lock:
            if jid in self._jobs and not self._jobs[jid].future.done():
                raise ValueError(f"job {jid} is already queued")
            future = self._pool.submit(run)
            self._jobs[jid] = _Job(future, cancel, started)
        return jid

    def status(self, job_id: str) -> JobStatus:
        job = self._jobs.get(job_id)
        if job is None:
            return "unknown"
        if job.cancel.is_set() and (job.future.cancelled() or job.future.done()):
            return "cancelled"
        if not job.future.done():
            return "running" if job.started.is_set() else "pending"
        return "failed" if job.future.exception() is not None else "done"

    def cancel(self, job_id: str) -> bool:
        """Ask the job to stop (a queued job never starts; a running one sees its cancel event)."""
        job = self._jobs.get(job_id)
        if job is None or job.future.done():
            return False
        job.cancel.set()
        job.future.cancel()
        return True

    def wait(self, job_id: str, timeout: float | None = None) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            with contextlib.suppress(Exception):  # the job records its own failure
                job.future.result(timeout)

    def shutdown(self, wait: bool = True) -> None:
        with self._lock:
            for job in self._jobs.values():
                job.cancel.set()
        self._pool.shutdown(wait=wait, cancel_futures=True)
