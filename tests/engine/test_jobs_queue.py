"""The in-process job queue: runs jobs, bounds concurrency, cancels queued and running jobs."""

from __future__ import annotations

import threading
import time

from vidai_nb.engine.jobs import ThreadJobQueue


def wait_for(cond: object, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(cond) and cond():
            return
        time.sleep(0.01)
    raise AssertionError("condition not met")


def test_runs_jobs_and_reports_status() -> None:
    q = ThreadJobQueue(workers=2)
    results: list[int] = []
    try:
        jid = q.submit(lambda x, cancel: results.append(x * 2), 21)
        q.wait(jid, timeout=5)
        assert results == [42]
        assert q.status(jid) == "done"

        def boom(cancel: threading.Event) -> None:
            raise RuntimeError("bad")

        bad = q.submit(boom)
        q.wait(bad, timeout=5)
        assert q.status(bad) == "failed"
        assert q.status("nope") == "unknown"
    finally:
        q.shutdown()


def test_concurrency_is_bounded_and_cancel_works() -> None:
    q = ThreadJobQueue(workers=2)
    running = 0
    peak = 0
    lock = threading.Lock()
    stopped: list[str] = []

    def job(name: str, cancel: threading.Event) -> None:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
        try:
            cancel.wait(10)
            if cancel.is_set():
                stopped.append(name)
        finally:
            with lock:
                running -= 1

    try:
        ids = [q.submit(job, f"j{i}", job_id=f"j{i}") for i in range(3)]
        wait_for(lambda: running == 2)
        assert q.status("j2") == "pending"  # the third waits for a worker
        assert q.cancel("j2") is True  # cancelled while queued: never starts
        assert q.cancel("j0") is True and q.cancel("j1") is True
        for jid in ids:
            q.wait(jid, timeout=5)
        assert peak == 2
        assert sorted(stopped) == ["j0", "j1"]
        assert q.status("j0") == "cancelled" and q.status("j2") == "cancelled"
        assert q.cancel("j0") is False  # already finished
    finally:
        q.shutdown()


def test_fair_across_owners_one_user_never_holds_every_worker() -> None:
    q = ThreadJobQueue(workers=2)
    release = threading.Event()
    order: list[str] = []

    def job(name: str, cancel: threading.Event) -> None:
        order.append(name)
        release.wait(10)

    try:
        q.submit(job, "a1", job_id="a1", owner="alice")
        q.submit(job, "a2", job_id="a2", owner="alice")
        q.submit(job, "a3", job_id="a3", owner="alice")
        wait_for(lambda: q.status("a1") == "running")
        time.sleep(0.1)
        # Alice's second job would take the last worker: it waits, so Bob's job starts at once.
        assert q.status("a2") == "pending"
        q.submit(job, "b1", job_id="b1", owner="bob")
        wait_for(lambda: q.status("b1") == "running")
        assert q.status("a2") == "pending" and q.status("a3") == "pending"
        release.set()
        for jid in ("a1", "a2", "a3", "b1"):
            q.wait(jid, timeout=5)
        assert order == ["a1", "b1", "a2", "a3"]
    finally:
        release.set()
        q.shutdown()


def test_next_job_goes_to_the_owner_with_fewest_running() -> None:
    q = ThreadJobQueue(workers=1)
    release = threading.Event()
    order: list[str] = []

    def job(name: str, cancel: threading.Event) -> None:
        order.append(name)
        release.wait(10)

    try:
        q.submit(job, "a1", job_id="a1", owner="alice")
        wait_for(lambda: q.status("a1") == "running")
        for jid, owner in (("a2", "alice"), ("a3", "alice"), ("b1", "bob"), ("c1", "carol")):
            q.submit(job, jid, job_id=jid, owner=owner)
        release.set()
        for jid in ("a1", "a2", "a3", "b1", "c1"):
            q.wait(jid, timeout=5)
        # Round robin: bob and carol, who submitted later, do not wait behind all of alice's jobs.
        assert order == ["a1", "b1", "c1", "a2", "a3"]
    finally:
        release.set()
        q.shutdown()
