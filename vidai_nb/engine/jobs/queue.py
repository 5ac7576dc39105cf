"""The job queue behind one small interface.

`ThreadJobQueue` runs jobs on in-process worker threads (bounded by the cores), fairly across users:
the default, no configuration. `jobs/pg.ProcrastinateJobQueue` runs them on `vidai-worker` processes
through PostgreSQL (a shared deployment). Either way a job is a module-level function of plain
(JSON) arguments plus a cancel event, and everything it produces is written to the store, not returned.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

log = logging.getLogger("vidai_nb.engine.jobs")

JobStatus = Literal["pending", "running", "done", "failed", "cancelled", "unknown"]

# A job is called as fn(*args, cancel) and should poll / pass on the cancel event.
JobFn = Callable[..., Any]


# "module:qualname" of a job function -> what to record when a distributed queue gives the job up
# (its workers kept dying): handler(args, reason). The thread queue never needs it: its jobs die
# with the engine, and start-up recovery settles them.
LostHandler = Callable[[list[Any], str], None]
LOST_HANDLERS: dict[str, LostHandler] = {}


def on_lost(fn: JobFn) -> Callable[[LostHandler], LostHandler]:
    """Register `handler(args, reason)` to leave a final, readable state for a job of `fn` given up."""

    def register(handler: LostHandler) -> LostHandler:
        LOST_HANDLERS[f"{fn.__module__}:{fn.__qualname__}"] = handler
        return handler

    return register


def is_postgres(url: str | None) -> bool:
    """Whether a database URL names PostgreSQL (then jobs go to the shared queue)."""
    return bool(url) and str(url).split(":", 1)[0].split("+", 1)[0] in ("postgresql", "postgres")


ProgressFn = Callable[[float], None]


class JobQueue(Protocol):
    def submit(self, fn: JobFn, *args: Any, job_id: str | None = None, owner: str | None = None) -> str: ...

    def call(self, fn: JobFn, *args: Any, on_progress: ProgressFn | None = None) -> Any:
        """Run fn(*args, on_progress) as a job and wait for its (JSON) result; blocking: call it from a
        thread. The caller sees the job's progress through `on_progress`; a failure is raised here."""
        ...

    def status(self, job_id: str) -> JobStatus: ...

    def cancel(self, job_id: str) -> bool: ...

    def shutdown(self, wait: bool = True) -> None: ...


@dataclass(eq=False)  # jobs are compared by identity
class _Job:
    fn: JobFn
    args: tuple[Any, ...]
    owner: str
    seq: int
    future: Future[Any] = field(default_factory=Future)
    cancel: threading.Event = field(default_factory=threading.Event)
    started: threading.Event = field(default_factory=threading.Event)


class ThreadJobQueue:
    """`workers` threads; the next job is chosen fairly across owners (users), not first come first served.

    The owner with the fewest running jobs goes first (ties: the owner served longest ago, then the
    longest waiting job). While more than
    one worker exists, an owner who already has a job running starts another only if a worker stays
    free after it: one user's long exports never hold every worker while someone else's short one waits.
    Jobs without an owner are each their own owner.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._jobs: dict[str, _Job] = {}
        self._pending: list[_Job] = []
        self._running: dict[str, int] = {}  # owner -> running jobs
        self._served: dict[str, int] = {}  # owner -> when (a start counter) their last job started
        self._busy = 0
        self._seq = 0
        self._starts = 0
        self._closed = False
        self._cond = threading.Condition()
        self._threads = [
            threading.Thread(target=self._work, name=f"vidai-job-{i}", daemon=True)
            for i in range(self.workers)
        ]
        for t in self._threads:
            t.start()

    def submit(self, fn: JobFn, *args: Any, job_id: str | None = None, owner: str | None = None) -> str:
        jid = job_id or uuid.uuid4().hex
        with self._cond:
            if self._closed:
                raise RuntimeError("the job queue is shut down")
            if jid in self._jobs and not self._jobs[jid].future.done():
                raise ValueError(f"job {jid} is already queued")
            self._seq += 1
            job = _Job(fn, args, owner if owner is not None else f"\0{jid}", self._seq)
            self._jobs[jid] = job
            self._pending.append(job)
            self._cond.notify_all()
        return jid

    def _eligible(self, job: _Job) -> bool:
        mine = self._running.get(job.owner, 0)
        if mine == 0 or self.workers == 1:
            return True
        return self.workers - self._busy - 1 >= 1  # keep one worker for someone else

    def _next(self) -> _Job | None:
        """The fairest eligible pending job (called with the lock held)."""
        best: _Job | None = None
        for job in self._pending:
            if not self._eligible(job):
                continue
            if best is None or self._rank(job) < self._rank(best):
                best = job
        return best

    def _rank(self, job: _Job) -> tuple[int, int, int]:
        # fewest running, then the owner served longest ago (round robin), then the oldest job
        return self._running.get(job.owner, 0), self._served.get(job.owner, 0), job.seq

    def _work(self) -> None:
        while True:
            with self._cond:
                job = self._next()
                while job is None and not self._closed:
                    self._cond.wait()
                    job = self._next()
                if job is None:
                    return
                self._pending.remove(job)
                if not job.future.set_running_or_notify_cancel():
                    continue  # cancelled while queued
                self._busy += 1
                self._starts += 1
                self._served[job.owner] = self._starts
                self._running[job.owner] = self._running.get(job.owner, 0) + 1
            job.started.set()
            try:
                if job.cancel.is_set():
                    job.future.set_result(None)
                else:
                    job.future.set_result(job.fn(*job.args, job.cancel))
            except BaseException as exc:
                log.exception("job failed")
                job.future.set_exception(exc)
            finally:
                with self._cond:
                    self._busy -= 1
                    left = self._running[job.owner] - 1
                    if left:
                        self._running[job.owner] = left
                    else:
                        del self._running[job.owner]
                    self._cond.notify_all()

    def call(self, fn: JobFn, *args: Any, on_progress: ProgressFn | None = None) -> Any:
        """In-process: the caller's thread runs it (it is already off the event loop)."""
        return fn(*args, on_progress)

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
        with self._cond:
            if job in self._pending:
                self._pending.remove(job)
                job.future.cancel()
        return True

    def wait(self, job_id: str, timeout: float | None = None) -> None:
        job = self._jobs.get(job_id)
        if job is not None:
            with contextlib.suppress(Exception):  # the job records its own failure
                job.future.result(timeout)

    def shutdown(self, wait: bool = True) -> None:
        with self._cond:
            self._closed = True
            for job in self._jobs.values():
                job.cancel.set()
            for job in self._pending:
                job.future.cancel()
            self._pending.clear()
            self._cond.notify_all()
        if wait:
            for t in self._threads:
                t.join()


# The queue CPU-heavy steps of a turn go to (`offload`): None = run them in the calling thread.
_offload: list[JobQueue | None] = [None]


def use_for_offload(queue: JobQueue | None) -> None:
    """Send `offload`ed steps (transcription) to `queue`: set by a shared engine to its worker queue."""
    _offload[0] = queue


def offloading() -> bool:
    """Whether `offload`ed steps leave this process."""
    return _offload[0] is not None


def offload(fn: JobFn, *args: Any, on_progress: ProgressFn | None = None) -> Any:
    """fn(*args, on_progress) here, or as a job on a worker when a shared queue is set; blocking."""
    queue = _offload[0]
    if queue is None:
        return fn(*args, on_progress)
    return queue.call(fn, *args, on_progress=on_progress)
