"""The database-held state of a shared deployment, on a real PostgreSQL, with the "processes" being
separate SQLAlchemy engines (separate connection pools) or real subprocesses."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import Engine, text

from vidai_nb.engine.store import Balance, Store, migrate, open_engine
from vidai_nb.engine.store.shared import (
    DbRateLimit,
    Instance,
    SessionLocks,
    reap_interrupted_turns,
    shared_secret,
)


@pytest.fixture
def pg(postgres_dsn: str) -> Engine:
    engine = open_engine(postgres_dsn)
    migrate(engine)
    return engine


def test_rate_limit_is_counted_across_processes(pg: Engine) -> None:
    other = open_engine(str(pg.url.render_as_string(hide_password=False)))
    a, b = DbRateLimit(pg, "ip", 3, 60), DbRateLimit(other, "ip", 3, 60)
    assert [a.allow("10.0.0.1"), b.allow("10.0.0.1"), a.allow("10.0.0.1")] == [True, True, True]
    assert not b.allow("10.0.0.1") and not a.allow("10.0.0.1")
    assert b.allow("10.0.0.2")  # another key has its own count
    other.dispose()


def test_secret_is_created_once_and_shared(pg: Engine) -> None:
    other = open_engine(str(pg.url.render_as_string(hide_password=False)))
    key = shared_secret(pg, "url-signing")
    assert len(key) == 32 and shared_secret(other, "url-signing") == key
    other.dispose()


async def test_session_lock_excludes_across_processes_and_dies_with_its_holder(pg: Engine) -> None:
    other = open_engine(str(pg.url.render_as_string(hide_password=False)))
    mine, theirs = SessionLocks(pg), SessionLocks(other)
    order: list[str] = []

    async def hold(locks: SessionLocks, name: str, seconds: float) -> None:
        async with locks("sess_1"):
            order.append(f"{name} in")
            await asyncio.sleep(seconds)
            order.append(f"{name} out")

    first = asyncio.create_task(hold(mine, "a", 0.5))
    await asyncio.sleep(0.2)
    await asyncio.gather(first, hold(theirs, "b", 0.0))
    assert order == ["a in", "a out", "b in", "b out"]
    async with mine("sess_2"), theirs("sess_3"):  # other sessions do not wait for each other
        pass

    # The holder's connection dies (as when its process is killed): the lock goes with it.
    entered = asyncio.Event()

    async def hold_forever() -> None:
        async with mine("sess_4"):
            entered.set()
            await asyncio.sleep(60)

    holder = asyncio.create_task(hold_forever())
    await entered.wait()
    with pg.begin() as conn:
        killed = conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                 " AND pid <> pg_backend_pid()")
        ).scalars().all()
    assert killed and all(killed)
    async with asyncio.timeout(10), theirs("sess_4"):
        pass
    holder.cancel()
    other.dispose()


CRASHING_API = textwrap.dedent(
    """
    import sys, time
    from vidai_nb.engine.store import Store, open_engine
    from vidai_nb.engine.store.shared import Instance
    engine = open_engine(sys.argv[1])
    inst = Instance(engine)
    store = Store(engine)
    assert store.freeze(sys.argv[2], 2, "turn-of-the-dead", ("sess_x", inst.id))
    print(inst.id, flush=True)
    time.sleep(120)
    """
)


def test_turns_of_a_killed_process_are_refunded_once(pg: Engine, postgres_dsn: str) -> None:
    store = Store(pg)
    user = store.user_for_client("student", initial_credits=5)
    me = Instance(pg)
    assert store.freeze(user.id, 1, "turn-alive", ("sess_y", me.id))  # this process's own: left alone
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASHING_API, postgres_dsn, user.id],
        stdout=subprocess.PIPE, text=True, env={**os.environ},
    )
    assert proc.stdout is not None
    dead_id = proc.stdout.readline().strip()
    assert dead_id.startswith("api_") and me.alive(dead_id)  # running: its lock is held
    assert store.balance(user.id) == Balance(2, 3)
    assert reap_interrupted_turns(pg, me) == []  # nobody is dead yet
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert not me.alive(dead_id)
    other = Instance(open_engine(postgres_dsn))
    assert reap_interrupted_turns(pg, me) == [("turn-of-the-dead", user.id, 2)]
    assert reap_interrupted_turns(pg, other) == []  # claimed once
    assert store.balance(user.id) == Balance(4, 1)
    store.settle(user.id, 2, "turn-of-the-dead", charge=True)  # a late settle moves nothing
    store.settle(user.id, 1, "turn-alive", charge=True)
    assert store.balance(user.id) == Balance(4, 0)
    with pg.connect() as conn:
        kinds = conn.execute(
            text("SELECT kind, amount, ref FROM ledger WHERE kind <> 'grant' ORDER BY id")
        ).all()
    assert [tuple(k) for k in kinds] == [
        ("freeze", 1, "turn-alive"), ("freeze", 2, "turn-of-the-dead"), ("refund", 2, "turn-of-the-dead"),
        ("settle", 1, "turn-alive"),
    ]
    me.close()
    other.close()
