"""The distributed job queue: procrastinate on the engine's PostgreSQL, run by `vidai-worker` processes.

Chosen when `VIDAI_DATABASE_URL` is PostgreSQL (see `make_queue`). The database doubles as the queue:
a job is a row of `procrastinate_jobs`, a worker is woken by LISTEN/NOTIFY, a cancel is an abort
request delivered the same way. What procrastinate does not do by itself, this module adds:

- **Liveness by lock, not only by heartbeat.** A running job holds a session advisory lock on its
  own connection. When a worker dies (kill -9, OOM, lost machine) PostgreSQL drops its connection and
  the lock with it; `rescue_lost` (run by every worker every second) sees a `doing` job whose lock
  nobody holds and puts it back to `todo` for another worker. Heartbeats alone need tens of seconds of
  silence before they can tell "dead" from "busy"; the lock tells at once, and it also makes a second
  run of the same job impossible while the first is alive.
- **Give-up with a readable state.** A job lost `MAX_ATTEMPTS` times, or lost while a cancel was
  pending, is not retried: its `on_lost` handler (jobs/queue.py) records the final state in the store,
  so a render never stays "processing".
- **Two lanes.** Renders go to `QUEUE`; the jobs someone waits on (`call`: upload checks, image
  sequences, URL fetches, analysis) to `CALL_QUEUE`. Every `vidai-worker` runs its render slots on
  both queues (waited-on jobs first, by priority) plus a small lane of its own on `CALL_QUEUE` only,
  so a worker busy rendering still takes an upload at once, and a render never takes that lane.
- **Cancel with a thread event.** Jobs are the same plain functions the thread queue runs,
  `fn(*args, cancel)`; the abort request procrastinate delivers is turned into `cancel.set()` within
  `ABORT_POLL_S`.
"""

from __future__ import annotations

import importlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from vidai_nb.engine.jobs.queue import LOST_HANDLERS, JobFn, JobStatus, ProgressFn

log = logging.getLogger("vidai_nb.engine.jobs.pg")

QUEUE = "vidai"  # renders (and everything `submit`ted)
CALL_QUEUE = "vidai-call"  # `call` jobs: someone waits on them; a worker's interactive lane takes only these
QUEUES = (QUEUE, CALL_QUEUE)
RENDER_LANE_APP = "vidai-worker"  # application_name of each worker's presence connection (`render_workers`)
TASK = "vidai.run"  # fn(*args, cancel): writes what it makes to the store
CALL_TASK = "vidai.call"  # fn(*args, on_progress) -> JSON result, waited for by the caller (`call`)
PROGRESS_EVERY_S = 0.5
LOCK_SPACE = 0x76696461  # "vida": the first key of every job's advisory lock
MAX_ATTEMPTS = 3  # runs of one job lost to dead workers before it is given up
ABORT_POLL_S = 0.1
CALL_PRIORITY = 1000  # `call` jobs before renders (whose priority is 0 or below: see `submit`)
LOST_GRACE_S = 3.0  # a job may take this long from "doing" to holding its lock

_STATUS: dict[str, JobStatus] = {
    "todo": "pending",
    "doing": "running",
    "succeeded": "done",
    "failed": "failed",
    "cancelled": "cancelled",
    "aborted": "cancelled",
    "aborting": "running",
}



def conninfo(url: str) -> str:
    """libpq connection string from an SQLAlchemy URL (`postgresql+psycopg://…` → `postgresql://…`)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def fn_name(fn: JobFn) -> str:
    name = f"{fn.__module__}:{fn.__qualname__}"
    if "<" in name:
        raise ValueError(f"a distributed job must be a module-level function, not {name}")
    return name


def resolve(name: str) -> JobFn:
    module, _, attr = name.partition(":")
    obj: Any = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    fn: JobFn = obj
    return fn


def make_app(dsn: str) -> Any:
    """A procrastinate App on `dsn` (libpq form) with the one generic task registered."""
    import procrastinate

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=dsn))

    @app.task(name=TASK, queue=QUEUE, pass_context=True)
    def run(context: Any, fn: str, args: list[Any], job_id: str, owner: str | None = None) -> None:
        run_job(dsn, context.should_abort, fn, args, job_id)

    # older API processes deferred `call` jobs to QUEUE: render slots take both queues, so those run too
    @app.task(name=CALL_TASK, queue=CALL_QUEUE, pass_context=True)
    def call(context: Any, fn: str, args: list[Any], job_id: str, owner: str | None = None) -> None:
        run_call(dsn, context.should_abort, fn, args, job_id)

    return app


def ensure_schema(dsn: str) -> None:
    """Create procrastinate's tables once (concurrent starters serialise on an advisory lock). Our own
    table beside them (`vidai_job_results`: `call` results) comes from the store's migrations."""
    import procrastinate

    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s, 0)", (LOCK_SPACE,))
        try:
            found = conn.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone()
            if not (found and found[0]):
                conn.execute(procrastinate.schema.SchemaManager.get_schema())
                log.info("created the job queue tables (procrastinate)")
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s, 0)", (LOCK_SPACE,))


class JobFailed(RuntimeError):
    """A `call` job failed on its worker (the message is the worker's readable reason)."""


@contextmanager
def job_lock(dsn: str, job_id: str, should_stop: Callable[[], bool]) -> Iterator[bool]:
    """Hold the job's advisory lock on a connection of its own for as long as the job runs.

    Yields False when `should_stop()` turned true before the lock could be taken (another run of the
    same job is still alive: it is waited for, never run alongside)."""
    with psycopg.connect(dsn, autocommit=True, application_name="vidai-job") as conn:
        got = False
        while not got:
            row = conn.execute(
                "SELECT pg_try_advisory_lock(%s, hashtext(%s))", (LOCK_SPACE, job_id)
            ).fetchone()
            got = bool(row and row[0])
            if not got:
                if should_stop():
                    yield False
                    return
                time.sleep(0.5)
        try:
            yield True
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (LOCK_SPACE, job_id))


def run_job(dsn: str, should_abort: Callable[[], bool], fn: str, args: list[Any], job_id: str) -> None:
    """The body of every job on a worker: lock, watch for an abort, call fn(*args, cancel). The lock
    comes first: until it is held, other workers would take this job for lost (`LOST_GRACE_S`)."""
    cancel = threading.Event()
    done = threading.Event()

    def watch() -> None:  # procrastinate's abort request → the job's cancel event
        while not done.wait(ABORT_POLL_S):
            if should_abort():
                cancel.set()
                return

    watcher = threading.Thread(target=watch, name=f"vidai-abort-{job_id[:8]}", daemon=True)
    watcher.start()
    try:
        with job_lock(dsn, job_id, cancel.is_set) as locked:
            if locked:
                resolve(fn)(*args, cancel)
    finally:
        done.set()
        watcher.join()
    if cancel.is_set():  # the job stopped on request: procrastinate records it as aborted, not succeeded
        from procrastinate.exceptions import JobAborted

        raise JobAborted(f"job {job_id} cancelled by request")


def run_call(dsn: str, should_abort: Callable[[], bool], fn: str, args: list[Any], job_id: str) -> None:
    """The body of a `call` job: fn(*args, on_progress); progress and the result go to its results row."""
    with psycopg.connect(dsn, autocommit=True) as conn, job_lock(dsn, job_id, should_abort) as locked:
        if not locked:
            return
        last = [0.0]

        def on_progress(pct: float) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_EVERY_S:
                last[0] = now
                conn.execute(
                    "UPDATE vidai_job_results SET progress = %s WHERE job_id = %s", (float(pct), job_id)
                )

        try:
            result = resolve(fn)(*args, on_progress)
        except Exception as exc:
            log.warning("job %s (%s) failed: %s", job_id, fn, exc)
            conn.execute(
                "UPDATE vidai_job_results SET done = true, error = %s WHERE job_id = %s",
                (str(exc) or type(exc).__name__, job_id),
            )
            raise
        conn.execute(
            "UPDATE vidai_job_results SET done = true, progress = 100, result = %s WHERE job_id = %s",
            (Jsonb(result), job_id),
        )


_LOST_SQL = """
SELECT j.id, j.attempts, j.abort_requested, j.args
  FROM procrastinate_jobs j
 WHERE j.status = 'doing' AND j.queue_name = ANY(%(queues)s)
   AND NOT EXISTS (
       SELECT 1 FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
          AND l.classid = %(space)s::bigint::oid
          AND l.objid = (hashtext(j.args->>'job_id')::bigint & 4294967295)::oid)
   AND COALESCE((SELECT max(e.at) FROM procrastinate_events e WHERE e.job_id = j.id AND e.type = 'started'),
                now()) < now() - %(grace)s * interval '1 second'
   FOR UPDATE OF j SKIP LOCKED
"""


def rescue_lost(
    dsn: str, grace_s: float = LOST_GRACE_S, conn: psycopg.Connection[Any] | None = None
) -> list[tuple[int, str]]:
    """Jobs whose worker is gone (nobody holds their lock) go back to the queue, or are given up.
    `conn`: a connection to use (a worker checks every second: a fresh one each time would start a
    server process each time), else one is opened for the call.

    Returns (procrastinate job id, what was done) for each job found."""
    if conn is None:
        with psycopg.connect(dsn, autocommit=True) as own:
            return rescue_lost(dsn, grace_s, own)
    done: list[tuple[int, str]] = []
    given_up: list[tuple[dict[str, Any], str]] = []
    with conn.transaction():
        found = {"queues": list(QUEUES), "space": LOCK_SPACE, "grace": grace_s}
        rows = conn.execute(_LOST_SQL, found).fetchall()
        for pid, attempts, abort_requested, args in rows:
            if abort_requested:
                reason = "cancelled by request (its worker stopped while cancelling)"
            elif attempts + 1 >= MAX_ATTEMPTS:
                reason = f"the worker running it stopped {attempts + 1} times; not retried again"
            else:
                conn.execute(
                    "UPDATE procrastinate_jobs SET status = 'todo', attempts = attempts + 1, "
                    "worker_id = NULL, scheduled_at = NULL WHERE id = %s",
                    (pid,),
                )
                # procrastinate notifies inserts only: wake the idle workers for this one too
                note = json.dumps({"type": "job_inserted", "job_id": pid})
                conn.execute("SELECT pg_notify('procrastinate_queue_v1#' || %s, %s)", (QUEUE, note))
                conn.execute("SELECT pg_notify('procrastinate_any_queue_v1', %s)", (note,))
                done.append((pid, "retried"))
                log.warning("job %s (%s): its worker is gone; queued again", pid, args.get("job_id"))
                continue
            status = "aborted" if abort_requested else "failed"
            conn.execute("UPDATE procrastinate_jobs SET status = %s WHERE id = %s", (status, pid))
            conn.execute(  # a caller waiting on it (`call`) gets the reason
                "UPDATE vidai_job_results SET done = true, error = %s WHERE job_id = %s",
                (reason, args.get("job_id")),
            )
            given_up.append((args, reason))
            done.append((pid, status))
            log.warning("job %s (%s): %s", pid, args.get("job_id"), reason)
    for args, reason in given_up:  # after commit: the handlers write to the store
        handler = LOST_HANDLERS.get(str(args.get("fn")))
        if handler is None:  # the module registering it may not be imported yet
            try:
                resolve(str(args.get("fn")))
            except Exception:
                log.exception("job %s: cannot load %s", args.get("job_id"), args.get("fn"))
            handler = LOST_HANDLERS.get(str(args.get("fn")))
        if handler is not None:
            try:
                handler(list(args.get("args") or []), reason)
            except Exception:
                log.exception("job %s: recording its end failed", args.get("job_id"))
    return done


def prune_finished(dsn: str, keep_days: float = 7.0) -> int:
    """Forget jobs that ended more than `keep_days` ago, and result rows nobody came back for (a
    caller that died while waiting) after a day. Returns the jobs removed."""
    with psycopg.connect(dsn) as conn, conn.transaction():
        cur = conn.execute(
            "DELETE FROM procrastinate_jobs j WHERE j.queue_name = ANY(%s) "
            "AND j.status IN ('succeeded', 'failed', 'cancelled', 'aborted') "
            "AND NOT EXISTS (SELECT 1 FROM procrastinate_events e WHERE e.job_id = j.id "
            "                AND e.at > now() - %s * interval '1 day')",
            (list(QUEUES), keep_days),
        )
        conn.execute("DELETE FROM vidai_job_results WHERE created_at < now() - interval '1 day'")
        return int(cur.rowcount)


def render_workers(dsn: str) -> int:
    """Worker processes connected now, each with render slots (its presence connection, held for its
    life: a killed worker's is dropped by the server at once). procrastinate's own worker rows count
    lanes, two per process, not processes."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND application_name = %s",
            (RENDER_LANE_APP,),
        ).fetchone()
    return int(row[0]) if row else 0


class ProcrastinateJobQueue:
    """`JobQueue` on procrastinate: `submit` inserts a job row; `vidai-worker` processes run it.

    Fairness across owners: a job's priority is minus the owner's jobs already waiting or running,
    so one user's tenth export does not queue ahead of another user's first."""

    def __init__(self, dsn: str, start_timeout_s: float = 300.0) -> None:
        from psycopg_pool import ConnectionPool

        self.start_timeout_s = start_timeout_s  # `call`: how long a job may wait for a free worker

        self.dsn = dsn
        ensure_schema(dsn)
        self.app = make_app(dsn)
        self.app.open()
        self._task = self.app.tasks[TASK]
        self._call_task = self.app.tasks[CALL_TASK]
        # API requests look jobs up on every submit / cancel: reuse connections (a few per process)
        self._pool = ConnectionPool(dsn, min_size=1, max_size=4, open=True, name="vidai-jobs")

    def submit(self, fn: JobFn, *args: Any, job_id: str | None = None, owner: str | None = None) -> str:
        jid = job_id or uuid.uuid4().hex
        name = fn_name(fn)
        with self._pool.connection() as conn:
            ahead = 0
            if owner is not None:
                row = conn.execute(
                    "SELECT count(*) FROM procrastinate_jobs WHERE queue_name = %s "
                    "AND status IN ('todo', 'doing') AND args->>'owner' = %s",
                    (QUEUE, owner),
                ).fetchone()
                ahead = int(row[0]) if row else 0
            row = conn.execute(
                "SELECT 1 FROM procrastinate_jobs WHERE lock = %s AND status IN ('todo', 'doing')", (jid,)
            ).fetchone()
            if row:
                raise ValueError(f"job {jid} is already queued")
        job = self._task.configure(lock=jid, priority=-ahead)
        job.defer(fn=name, args=list(args), job_id=jid, owner=owner)
        return jid

    def call(self, fn: JobFn, *args: Any, on_progress: ProgressFn | None = None) -> Any:
        """Run fn(*args, on_progress) on a worker and wait for its result (progress every 0.2 s)."""
        jid = f"call_{uuid.uuid4().hex}"
        name = fn_name(fn)
        with self._pool.connection() as conn:
            conn.execute("INSERT INTO vidai_job_results (job_id) VALUES (%s)", (jid,))
        # someone waits on it (an upload's answer, a turn): its own lane on every worker (`CALL_QUEUE`,
        # the task's queue), and ahead of the queued renders where render slots take it
        job = self._call_task.configure(lock=jid, priority=CALL_PRIORITY)
        pid = job.defer(fn=name, args=list(args), job_id=jid)
        seen = -1.0
        asked = time.monotonic()
        try:
            while True:
                with self._pool.connection() as conn:
                    row = conn.execute(
                        "SELECT r.progress, r.done, r.result, r.error, j.status::text "
                        "FROM vidai_job_results r JOIN procrastinate_jobs j ON j.id = %s WHERE r.job_id = %s",
                        (pid, jid),
                    ).fetchone()
                if row is None:
                    raise JobFailed("the job's record vanished")
                progress, done, result, error, status = row
                if status == "todo" and time.monotonic() - asked > self.start_timeout_s:
                    self.app.job_manager.cancel_job_by_id(pid)
                    waited = f"{self.start_timeout_s:.0f} s"
                    raise JobFailed(f"no worker took the job within {waited} (is vidai-worker running?)")
                if on_progress is not None and progress > seen:
                    seen = progress
                    on_progress(float(progress))
                if done:
                    if error is not None:
                        raise JobFailed(error)
                    return result
                time.sleep(0.2)
        finally:
            with self._pool.connection() as conn:
                conn.execute("DELETE FROM vidai_job_results WHERE job_id = %s", (jid,))

    def _latest(self, job_id: str) -> tuple[int, str] | None:
        with self._pool.connection() as conn:
            row = conn.execute(
                "SELECT id, status::text FROM procrastinate_jobs WHERE lock = %s ORDER BY id DESC LIMIT 1",
                (job_id,),
            ).fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def status(self, job_id: str) -> JobStatus:
        found = self._latest(job_id)
        return _STATUS.get(found[1], "unknown") if found else "unknown"

    def cancel(self, job_id: str) -> bool:
        """A waiting job is cancelled; a running one is asked to abort (its worker sees it at once
        through NOTIFY, the job's cancel event within `ABORT_POLL_S`)."""
        found = self._latest(job_id)
        asked = found is not None and found[1] in ("todo", "doing")
        if asked and found is not None:
            asked = bool(self.app.job_manager.cancel_job_by_id(found[0], abort=True))
        # a render split into parts (jobs/chunk_job.py): its jobs are named "<render id>.*"
        with self._pool.connection() as conn:
            rows = conn.execute(
                "SELECT id FROM procrastinate_jobs WHERE queue_name = %s AND status IN ('todo', 'doing') "
                "AND starts_with(lock, %s)",
                (QUEUE, f"{job_id}."),
            ).fetchall()
        for (pid,) in rows:
            asked = bool(self.app.job_manager.cancel_job_by_id(int(pid), abort=True)) or asked
        return asked

    def shutdown(self, wait: bool = True) -> None:
        """Running jobs are the workers' business: they go on after this API process stops."""
        self._pool.close()
        self.app.close()
