"""The store on a real SQLite file: migrations, users/tokens, credits, versions, renders."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from vidai_nb.engine.store import DuplicateRender, Store, TokenExpired, TokenInvalid, migrate, open_engine
from vidai_nb.engine.store.ids import utcnow
from vidai_nb.engine.store.models import Render


@pytest.fixture
def store(tmp_path: Path) -> Store:
    engine = open_engine(tmp_path / "db.sqlite3")
    migrate(engine)
    return Store(engine)


def test_migrations_are_idempotent_and_at_head(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "m.sqlite3")
    migrate(engine)
    migrate(engine)  # a second start-up changes nothing
    with sqlite3.connect(tmp_path / "m.sqlite3") as conn:
        (version,) = conn.execute("select version_num from alembic_version").fetchone()
        tables = {t for (t,) in conn.execute("select name from sqlite_master where type='table'")}
    assert version == "0006"
    assert {"users", "tokens", "sessions", "draft_versions", "media", "renders", "ledger",
            "vidai_job_results", "vidai_chunked_renders", "vidai_chunk_parts"} <= tables


def test_one_user_per_client_id_and_tokens(store: Store) -> None:
    a = store.user_for_client("client-a", 100)
    assert store.user_for_client("client-a", 100).id == a.id
    assert store.user_for_client("client-b", 100).id != a.id
    tok, expires = store.issue_token(a.id, "client-a", "127.0.0.1", ttl_s=3600)
    assert expires > utcnow()
    assert store.resolve_token(tok).id == a.id
    with pytest.raises(TokenInvalid):
        store.resolve_token(tok + "x")
    assert store.revoke_token(tok) is True
    with pytest.raises(TokenInvalid):
        store.resolve_token(tok)
    short, _ = store.issue_token(a.id, "client-a", "127.0.0.1", ttl_s=0)
    time.sleep(0.01)
    with pytest.raises(TokenExpired):
        store.resolve_token(short)
    since = utcnow().replace(year=2000)
    assert store.count_tokens(since, client_id="client-a") == 2
    assert store.count_tokens(since, ip="127.0.0.1") == 2
    assert store.count_tokens(since, ip="10.0.0.1") == 0


def test_credits_freeze_and_settle(store: Store) -> None:
    u = store.user_for_client("c", 3)
    assert store.freeze(u.id, 2, "t1")
    b = store.balance(u.id)
    assert (b.available, b.frozen, b.total) == (1, 2, 3)
    assert not store.freeze(u.id, 2, "t2")  # only 1 left
    store.settle(u.id, 2, "t1", charge=False)  # refunded
    assert store.balance(u.id).available == 3
    assert store.freeze(u.id, 3, "t3")
    store.settle(u.id, 3, "t3", charge=True)
    b = store.balance(u.id)
    assert (b.available, b.frozen, b.total) == (0, 0, 0)


def test_versions_append_and_jump(store: Store) -> None:
    u = store.user_for_client("c", 100)
    s = store.create_session(u.id, "p", "en", {"t": [], "d": 0})
    assert store.current(s.id) == (1, {"t": [], "d": 0})
    assert store.add_version(s.id, {"t": [], "d": 5}, "five") == 2
    assert store.add_version(s.id, {"t": [], "d": 7}, "seven") == 3
    store.set_current(s.id, 2)
    assert store.current(s.id) == (2, {"t": [], "d": 5})
    # a new edit after an undo is appended; the old versions stay reachable
    assert store.add_version(s.id, {"t": [], "d": 9}, "nine") == 4
    assert [v.version for v in store.versions(s.id)] == [1, 2, 3, 4]
    # parents keep the real history: 4 was made from 2, so undo from 4 goes to 2, not 3
    assert [v.parent for v in store.versions(s.id)] == [None, 1, 2, 2]
    assert store.undo_target(s.id, 4) == 2
    assert store.undo_target(s.id, 4, steps=2) == 1
    assert store.undo_target(s.id, 1) is None
    assert store.redo_target(s.id, 2) == 4  # the newest branch
    assert store.redo_target(s.id, 4) is None
    assert store.get_version(s.id, 3)["d"] == 7
    with pytest.raises(KeyError):
        store.set_current(s.id, 99)
    other = store.user_for_client("other", 100)
    assert store.get_session(s.id, other.id) is None
    assert store.get_session(s.id, u.id) is not None


def test_renders_duplicate_and_interrupted(store: Store) -> None:
    u = store.user_for_client("c", 100)
    s = store.create_session(u.id, "p", "en", {"t": []})

    def render(rid: str) -> Render:
        return Render(
            id=rid,
            user_id=u.id,
            session_id=s.id,
            status="processing",
            progress=40,
            output_json="{}",
            draft_json="{}",
            cancelled=False,
            created_at=utcnow(),
        )

    store.create_render(render("r1"))
    with pytest.raises(DuplicateRender):
        store.create_render(render("r1"))
    assert store.fail_interrupted_renders() == 1
    r = store.get_render("r1", u.id)
    assert r is not None and r.status == "failed" and r.error and "restarted" in r.error
    assert store.get_render("r1", "someone-else") is None


def test_migrations_match_the_models(tmp_path: Path) -> None:
    """The shipped migrations build exactly the schema the models describe (no forgotten migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from vidai_nb.engine.store.models import Base

    engine = open_engine(tmp_path / "cmp.sqlite3")
    migrate(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_upgrade_from_0001_keeps_data_and_links_parents(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from vidai_nb.engine.store.db import MIGRATIONS_DIR

    engine = open_engine(tmp_path / "old.sqlite3")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("insert into users values ('u', 'c', 'anonymous', 1, 0, '2026-01-01 00:00:00')")
        conn.exec_driver_sql(
            "insert into sessions values ('s', 't', 'u', 'p', 'en', 2, '2026-01-01 00:00:00')"
        )
        for v in (1, 2):
            conn.exec_driver_sql(
                f"insert into draft_versions (session_id, version, label, draft_json, created_at) "
                f"values ('s', {v}, 'v{v}', '{{}}', '2026-01-01 00:00:00')"
            )
    migrate(engine)
    store = Store(engine)
    assert [(v.version, v.parent) for v in store.versions("s")] == [(1, None), (2, 1)]
