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
