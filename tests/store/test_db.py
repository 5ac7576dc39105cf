"""The same alembic migrations on SQLite and on a real PostgreSQL; the store works on both."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from vidai_nb.engine.store import Balance, Store, migrate, open_engine
from vidai_nb.engine.store.db import is_shared


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "sqlite":
        return open_engine(tmp_path / "db.sqlite3")
    return open_engine(request.getfixturevalue("postgres_dsn"))


def test_migrations_reach_head_twice_on_both(db: Engine) -> None:
    migrate(db)
    migrate(db)  # every start-up runs it: the second run changes nothing
    tables = set(inspect(db).get_table_names())
    ours = {"users", "tokens", "sessions", "draft_versions", "media", "renders", "ledger"}
    ours.add("vidai_job_results")  # the shared queue's `call` results (a migration like the rest)
    ours |= {"vidai_chunked_renders", "vidai_chunk_parts"}  # chunked exports (migration 0006)
    assert ours <= tables
    with db.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() is not None
    assert is_shared(db) == (db.dialect.name == "postgresql")


def test_store_round_trip_on_both(db: Engine) -> None:
    migrate(db)
    store = Store(db)
    user = store.user_for_client("client-1", initial_credits=7)
    assert store.user_for_client("client-1", initial_credits=99).id == user.id
    assert store.freeze(user.id, 5, "turn-1")
    assert not store.freeze(user.id, 5, "turn-2")  # only 2 left
    store.settle(user.id, 5, "turn-1", charge=True)
    assert store.balance(user.id) == Balance(2, 0)
    sess = store.create_session(user.id, "t", "en", {"tracks": []})
    assert store.add_version(sess.id, {"tracks": [1]}, "edit") == 2
    assert store.current(sess.id) == (2, {"tracks": [1]})


def test_migrations_match_the_models_on_both(db: Engine) -> None:
    """The shipped migrations build exactly the schema the models describe, on either database."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from vidai_nb.engine.store.models import Base

    migrate(db)
    with db.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_0006_keeps_chunk_tables_the_queue_code_made(db: Engine) -> None:
    """Before 0006 the chunked-export code created its two tables itself: their rows survive the
    migration and the render table gains `progress` and `draft`."""
    from alembic import command
    from alembic.config import Config

    from vidai_nb.engine.store.db import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.exec_driver_sql(  # the old code's DDL (jobs/chunk_job.py before 0006)
            "CREATE TABLE vidai_chunked_renders (render_id text PRIMARY KEY, parts integer NOT NULL, "
            "created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP)"
        )
        conn.exec_driver_sql(
            "CREATE TABLE vidai_chunk_parts (render_id text NOT NULL REFERENCES vidai_chunked_renders "
            "ON DELETE CASCADE, part integer NOT NULL, first_frame integer NOT NULL, end_frame integer "
            "NOT NULL, progress real NOT NULL DEFAULT 0, done boolean NOT NULL DEFAULT false, "
            "PRIMARY KEY (render_id, part))"
        )
        conn.exec_driver_sql("INSERT INTO vidai_chunked_renders (render_id, parts) VALUES ('r', 2)")
        conn.exec_driver_sql(
            "INSERT INTO vidai_chunk_parts (render_id, part, first_frame, end_frame) VALUES ('r', 0, 0, 90)"
        )
    migrate(db)
    with db.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0006"
        row = conn.execute(text("SELECT parts, progress, draft FROM vidai_chunked_renders")).one()
        assert tuple(row) == (2, 0, None)
        assert conn.execute(text("SELECT end_frame FROM vidai_chunk_parts")).scalar_one() == 90
