"""Open the database and bring its schema up to date with alembic.

SQLite (a file in the data directory) by default; any SQLAlchemy URL, in practice PostgreSQL
(`postgresql+psycopg://user@host/db`), for a shared deployment. The same migrations run on both.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
MIGRATE_LOCK = 0x76696461_6D696772  # "vidamigr": the advisory lock that serialises migrations
# A debug check for tests: with VIDAI_DEBUG_LOOP_DB=1 a statement run on the event-loop thread raises.
DEBUG_LOOP_ENV = "VIDAI_DEBUG_LOOP_DB"


class DatabaseOnEventLoop(RuntimeError):
    """A blocking database call was made on the thread running the asyncio event loop."""


def _off_the_loop(*_args: Any) -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # a worker thread (or no loop at all): where blocking calls belong
        return
    raise DatabaseOnEventLoop("a database call ran on the event-loop thread: it stalls every request "
                              "(run it with asyncio.to_thread / run_in_threadpool)")


def forbid_on_event_loop(engine: Engine) -> None:
    """Make every statement `engine` runs on the event-loop thread raise `DatabaseOnEventLoop`."""
    event.listen(engine, "before_cursor_execute", _off_the_loop)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets the render workers write progress while the API reads; busy_timeout instead of "locked".
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def is_shared(engine: Engine) -> bool:
    """True for a server database (PostgreSQL): several processes share it, so per-process state
    (turn locks, rate limits, token counts) must live in it too."""
    return engine.dialect.name == "postgresql"


def open_engine(target: Path | str) -> Engine:
    """A SQLite file path, or a database URL (`sqlite:///…`, `postgresql+psycopg://…`)."""
    engine = _create(target)
    if os.environ.get(DEBUG_LOOP_ENV) == "1":
        forbid_on_event_loop(engine)
    return engine


def _create(target: Path | str) -> Engine:
    if isinstance(target, str) and not target.startswith("sqlite"):
        # pre_ping: a PostgreSQL restart (or a load balancer closing idle connections) must not fail
        # the next request; the pool is per process, so keep it modest (many API processes share one server).
        return create_engine(target, pool_size=10, max_overflow=20, pool_pre_ping=True, pool_recycle=1800)
    if isinstance(target, Path):
        target.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{target}"
    else:
        url = target
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, pool_pre_ping=False)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def migrate(engine: Engine) -> None:
    """Run every pending migration (idempotent; called at every start-up)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # API processes and workers start together: one migrates, the others wait, then find it done
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATE_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
