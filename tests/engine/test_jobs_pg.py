"""The procrastinate queue's own rules, on a real PostgreSQL without workers: status and cancel of a queued
job, one queued run per job id, fairness by owner, and what happens to a job whose worker is gone
(requeued; given up with a readable reason after MAX_ATTEMPTS or when a cancel was pending)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from vidai_nb.engine.jobs import make_queue, on_lost
from vidai_nb.engine.jobs.pg import (
    LOCK_SPACE,
    MAX_ATTEMPTS,
    JobFailed,
    ProcrastinateJobQueue,
    prune_finished,
    rescue_lost,
)
from vidai_nb.engine.store import migrate, open_engine

GIVEN_UP: list[tuple[list[Any], str]] = []


def job(path: str, cancel: threading.Event) -> None:  # never run here: no worker in these tests
    Path(path).write_text("ran")


@on_lost(job)
def _lost(args: list[Any], reason: str) -> None:
    GIVEN_UP.append((args, reason))


@pytest.fixture
def queue(postgres_dsn: str) -> ProcrastinateJobQueue:
    migrate(open_engine(postgres_dsn))  # as an engine does first: the results table is a migration's
    q = make_queue(4, postgres_dsn)
    assert isinstance(q, ProcrastinateJobQueue)
    return q


def _as_running(q: ProcrastinateJobQueue, job_id: str, attempts: int = 0, abort: bool = False) -> None:
    """What a worker that took the job and then died leaves: `doing`, and nobody holding its lock."""
    with psycopg.connect(q.dsn) as conn:
        conn.execute(
            "UPDATE procrastinate_jobs SET status = 'doing', attempts = %s WHERE lock = %s",
            (attempts, job_id),
        )
        if abort:
            conn.execute("UPDATE procrastinate_jobs SET abort_requested = true WHERE lock = %s", (job_id,))


def test_status_cancel_and_one_queued_run_per_id(queue: ProcrastinateJobQueue, tmp_path: Path) -> None:
    jid = queue.submit(job, str(tmp_path / "x"), job_id="j1", owner="u1")
    assert jid == "j1" and queue.status("j1") == "pending"
    with pytest.raises(ValueError, match="already queued"):
        queue.submit(job, str(tmp_path / "x"), job_id="j1")
    assert queue.cancel("j1") is True
    assert queue.status("j1") == "cancelled"
    assert queue.cancel("j1") is False  # nothing left to cancel
    assert queue.status("nope") == "unknown"
    with pytest.raises(ValueError, match="module-level"):
        queue.submit(lambda c: None)
    queue.shutdown()


def test_an_owner_with_jobs_waiting_goes_behind_a_newcomer(
    queue: ProcrastinateJobQueue, tmp_path: Path
) -> None:
    for i in range(3):
        queue.submit(job, str(tmp_path / f"a{i}"), job_id=f"a{i}", owner="busy")
    queue.submit(job, str(tmp_path / "b"), job_id="b", owner="newcomer")
    with psycopg.connect(queue.dsn) as conn:
        # the order procrastinate fetches in
        rows = conn.execute("SELECT lock FROM procrastinate_jobs ORDER BY priority DESC, id ASC").fetchall()
    order = [r[0] for r in rows]
    assert order == ["a0", "b", "a1", "a2"]


def test_lost_job_is_requeued_then_given_up(queue: ProcrastinateJobQueue, tmp_path: Path) -> None:
    GIVEN_UP.clear()
    queue.submit(job, str(tmp_path / "x"), job_id="lost", owner="u")
    _as_running(queue, "lost", attempts=0)
    assert rescue_lost(queue.dsn, grace_s=0) != []
    assert queue.status("lost") == "pending"  # back in the queue for another worker
    _as_running(queue, "lost", attempts=MAX_ATTEMPTS - 1)
    rescue_lost(queue.dsn, grace_s=0)
    assert queue.status("lost") == "failed"
    assert [([str(tmp_path / "x")], f"the worker running it stopped {MAX_ATTEMPTS} times; "
                         "not retried again")] == GIVEN_UP
    assert rescue_lost(queue.dsn, grace_s=0) == []  # settled once


def test_lost_while_cancelling_ends_cancelled(queue: ProcrastinateJobQueue, tmp_path: Path) -> None:
    GIVEN_UP.clear()
    queue.submit(job, str(tmp_path / "x"), job_id="c", owner="u")
    _as_running(queue, "c", abort=True)
    rescue_lost(queue.dsn, grace_s=0)
    assert queue.status("c") == "cancelled"
    assert GIVEN_UP and GIVEN_UP[0][1].startswith("cancelled")


def test_a_live_job_holding_its_lock_is_left_alone(queue: ProcrastinateJobQueue, tmp_path: Path) -> None:
    queue.submit(job, str(tmp_path / "x"), job_id="alive", owner="u")
    _as_running(queue, "alive")
    with psycopg.connect(queue.dsn, autocommit=True) as holder:
        holder.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (LOCK_SPACE, "alive"))
        assert rescue_lost(queue.dsn, grace_s=0) == []
        assert queue.status("alive") == "running"
    assert rescue_lost(queue.dsn, grace_s=0) != []  # its connection is gone: the lock went with it


def test_a_call_nobody_takes_fails_clearly(queue: ProcrastinateJobQueue, tmp_path: Path) -> None:
    queue.start_timeout_s = 0.5  # no worker runs in this test
    with pytest.raises(JobFailed, match="no worker took the job"):
        queue.call(job, str(tmp_path / "x"))
    with psycopg.connect(queue.dsn) as conn:
        calls = "SELECT status::text FROM procrastinate_jobs WHERE task_name = 'vidai.call'"
        rows = conn.execute(calls).fetchall()
        left = conn.execute("SELECT count(*) FROM vidai_job_results").fetchone()
    assert rows == [("cancelled",)] and left == (0,)  # withdrawn, and its result row cleaned up


def test_finished_jobs_are_forgotten_after_a_week(queue: ProcrastinateJobQueue, tmp_path: Path) -> None:
    for jid in ("old", "recent", "waiting"):
        queue.submit(job, str(tmp_path / jid), job_id=jid)
    queue.cancel("old")
    queue.cancel("recent")
    with psycopg.connect(queue.dsn) as conn:
        conn.execute(
            "UPDATE procrastinate_events SET at = now() - interval '8 days' "
            "WHERE job_id = (SELECT id FROM procrastinate_jobs WHERE lock = 'old')"
        )
    assert prune_finished(queue.dsn) == 1
    assert [queue.status(j) for j in ("old", "recent", "waiting")] == ["unknown", "cancelled", "pending"]
