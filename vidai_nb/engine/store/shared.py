"""What a single engine keeps in its memory, kept in PostgreSQL when several API processes share one
database (a shared deployment, `VIDAI_DATABASE_URL=postgresql+psycopg://…`):

- `Instance`: this process's identity, held as a session advisory lock for the process's lifetime. When
  the process dies (even `kill -9`) PostgreSQL drops its connection and the lock with it, so any other
  process can tell a crashed peer from a busy one without timeouts.
- `SessionLocks`: one turn (or upload seeding) per editing session at a time, across processes: a session
  advisory lock, released by PostgreSQL too if its holder dies.
- `DbRateLimit`: request counters per key in fixed one-minute windows (one upsert per request).
- `reap_interrupted_turns`: the credits frozen by turns of dead processes go back (ledger: refund).
- `shared_secret`: the URL-signing key, created once and read by every API process.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import secrets
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import Connection, Engine, create_engine, delete, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.pool import NullPool

from vidai_nb.engine.store.ids import new_id, utcnow
from vidai_nb.engine.store.models import EngineSecret, LedgerEntry, RateCounter, TurnRecord, User

log = logging.getLogger("vidai_nb.engine.shared")

LOCK_POLL_S = 0.05


def advisory_key(kind: str, name: str) -> int:
    """A signed 64-bit advisory-lock key for (kind, name)."""
    digest = hashlib.sha256(f"vidai:{kind}:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock_engine(engine: Engine) -> Engine:
    """Connections that hold session advisory locks: outside the pool (a pooled connection would carry
    its locks to the next borrower) and in autocommit (never 'idle in transaction' while holding)."""
    return create_engine(engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")


def _try_lock(conn: Connection, key: int) -> bool:
    return bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())


class Instance:
    """This API process, alive as long as its lock connection is (see the module docstring)."""

    def __init__(self, engine: Engine) -> None:
        self.id = new_id("api_", 8)
        self._locks = lock_engine(engine)
        self._conn: Connection | None = None
        self._mutex = threading.Lock()
        self.ensure()

    def ensure(self) -> None:
        """(Re)take the instance lock, e.g. after PostgreSQL restarted and the connection broke."""
        with self._mutex:
            if self._conn is not None:
                try:
                    self._conn.execute(text("SELECT 1"))
                    return
                except Exception:
                    log.warning("instance %s: lock connection lost; taking the lock again", self.id)
                    self._conn.invalidate()
            self._conn = self._locks.connect()
            if not _try_lock(self._conn, advisory_key("instance", self.id)):  # pragma: no cover - random id
                raise RuntimeError(f"instance id {self.id} is taken")

    def alive(self, instance_id: str) -> bool:
        """Is the process `instance_id` still running (it holds its lock)?"""
        if instance_id == self.id:
            return True
        key = advisory_key("instance", instance_id)
        with self._locks.connect() as conn:
            if _try_lock(conn, key):
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                return False
            return True

    def close(self) -> None:
        with self._mutex:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        self._locks.dispose()


class SessionLocks:
    """`async with locks(session_id)`: the session's turn lock across every API process."""

    def __init__(self, engine: Engine) -> None:
        self._locks = lock_engine(engine)
        self._local: dict[str, asyncio.Lock] = {}  # waiters of this process queue here, not on the database

    @asynccontextmanager
    async def __call__(self, session_id: str) -> AsyncIterator[None]:
        local = self._local.setdefault(session_id, asyncio.Lock())
        async with local:
            key = advisory_key("session", session_id)
            conn = await asyncio.to_thread(self._locks.connect)
            try:
                while not await asyncio.to_thread(_try_lock, conn, key):
                    await asyncio.sleep(LOCK_POLL_S)
                yield
            finally:
                # Closing the connection releases the lock (also when the unlock itself would fail).
                await asyncio.to_thread(conn.close)


class DbRateLimit:
    """The `SlidingWindow` interface, counted in the database in fixed windows of `window_s`."""

    def __init__(self, engine: Engine, prefix: str, limit: int, window_s: float) -> None:
        self.engine = engine
        self.prefix = prefix
        self.limit = limit
        self.window_s = int(window_s)

    def allow(self, key: str) -> bool:
        window = int(time.time()) // self.window_s * self.window_s
        stmt = (
            pg_insert(RateCounter)
            .values(key=f"{self.prefix}:{key}"[:240], window=window, count=1)
            .on_conflict_do_update(
                index_elements=[RateCounter.key, RateCounter.window], set_={"count": RateCounter.count + 1}
            )
            .returning(RateCounter.count)
        )
        with self.engine.begin() as conn:
            count = int(conn.execute(stmt).scalar_one())
        return count <= self.limit


def prune_rate_counters(engine: Engine, older_than_s: int = 180) -> int:
    with engine.begin() as conn:
        res = conn.execute(delete(RateCounter).where(RateCounter.window < int(time.time()) - older_than_s))
        return int(res.rowcount)


def shared_secret(engine: Engine, name: str) -> bytes:
    """A 32-byte secret stored once in the database (the first API process to start creates it)."""
    with engine.begin() as conn:
        conn.execute(
            pg_insert(EngineSecret).values(name=name, value=secrets.token_hex(32)).on_conflict_do_nothing()
        )
        value = conn.execute(select(EngineSecret.value).where(EngineSecret.name == name)).scalar_one()
    return bytes.fromhex(value)


def reap_interrupted_turns(engine: Engine, instance: Instance) -> list[tuple[str, str, int]]:
    """Refund the turns whose API process died mid-turn; (turn id, user id, refunded credits) of each.

    Each turn is claimed by a conditional update, so two processes reaping at once refund it once; a
    turn whose process comes back (lost connection) finds itself `interrupted` and settles nothing."""
    with engine.begin() as conn:
        instances = conn.execute(
            select(TurnRecord.instance).where(TurnRecord.status == "running").distinct()
        ).scalars().all()
    dead = [i for i in instances if not instance.alive(i)]
    reaped: list[tuple[str, str, int]] = []
    for inst in dead:
        with engine.begin() as conn:
            turns = conn.execute(
                select(TurnRecord.id, TurnRecord.user_id, TurnRecord.cost).where(
                    TurnRecord.instance == inst, TurnRecord.status == "running"
                )
            ).all()
        for turn_id, user_id, cost in turns:
            with engine.begin() as conn:
                claimed = conn.execute(
                    update(TurnRecord)
                    .where(TurnRecord.id == turn_id, TurnRecord.status == "running")
                    .values(status="interrupted", finished_at=utcnow())
                ).rowcount
                if not claimed:
                    continue
                conn.execute(
                    update(User)
                    .where(User.id == user_id)
                    .values(
                        credits_frozen=User.credits_frozen - cost,
                        credits_available=User.credits_available + cost,
                    )
                )
                conn.execute(
                    pg_insert(LedgerEntry).values(
                        user_id=user_id, kind="refund", amount=cost, ref=turn_id, created_at=utcnow()
                    )
                )
            reaped.append((str(turn_id), str(user_id), int(cost)))
            log.warning(
                "turn %s of user %s was interrupted (its API process stopped): refunded %d credit(s)",
                turn_id, user_id, cost,
            )
    return reaped


class Janitor:
    """A daemon thread of each API process: every `every_s`, refund interrupted turns, drop old rate
    counters, and make sure this process still holds its instance lock."""

    def __init__(self, engine: Engine, instance: Instance, every_s: float = 5.0) -> None:
        self.engine = engine
        self.instance = instance
        self.every_s = every_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="vidai-janitor", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def run_once(self) -> list[tuple[str, str, int]]:
        self.instance.ensure()
        reaped = reap_interrupted_turns(self.engine, self.instance)
        prune_rate_counters(self.engine)
        return reaped

    def _run(self) -> None:
        while not self._stop.wait(self.every_s):
            try:
                self.run_once()
            except Exception:  # the database is away for a moment: try again next round
                log.warning("shared-state janitor round failed", exc_info=True)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)
