"""The state read: kept in memory between reads, yet every write shows at the next read — also writes
made by another process (a job worker sharing the database), which the engine never hears about."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from tests.conftest import EngineProcess
from tests.engine.conftest import APP, User, db
from vidai_nb.engine.app import create_app
from vidai_nb.engine.config import Settings


def _add_render(engine: EngineProcess, user: User, sid: str, status: str) -> str:
    rid = f"render_{uuid.uuid4().hex}"
    with db(engine) as conn:
        conn.execute(
            "INSERT INTO renders (id, user_id, session_id, status, progress, output_json, draft_json,"
            " cancelled, created_at) VALUES (?, ?, ?, ?, 0, '{\"format\": \"webm\"}', '{}', 0,"
            " '2026-01-01 00:00:00')",
            (rid, user.user_id, sid, status),
        )
    return rid


def test_writes_by_another_process_show_at_the_next_read(engine: EngineProcess, user: User) -> None:
    sid = user.new_session()
    first = user.state(sid)
    assert first["generated_media"] == [] and first["draft_version"] == 1
    assert user.state(sid) == first  # unchanged: the same answer (links included, within a second)

    rid = _add_render(engine, user, sid, "pending")
    [g] = user.state(sid)["generated_media"]
    assert (g["render_id"], g["status"], g["url"], g["format"]) == (rid, "pending", None, "webm")

    seen = []
    for status in ("processing", "completed"):
        with db(engine) as conn:
            conn.execute("UPDATE renders SET status = ?, progress = 50 WHERE id = ?", (status, rid))
        seen.append(user.state(sid)["generated_media"][0])
    assert [g["status"] for g in seen] == ["processing", "completed"]
    assert seen[0]["url"] is None and f"/api/render/proxy/{rid}/download" in seen[1]["url"]

    # a new draft version made elsewhere (the same columns add_version writes)
    with db(engine) as conn:
        conn.execute(
            "INSERT INTO draft_versions (session_id, version, parent, label, draft_json, created_at)"
            " SELECT session_id, 2, 1, 'elsewhere', json_set(draft_json, '$.m.title', 'changed'),"
            " created_at FROM draft_versions WHERE session_id = ? AND version = 1",
            (sid,),
        )
        conn.execute("UPDATE sessions SET current_version = 2 WHERE id = ?", (sid,))
    st = user.state(sid)
    assert st["draft_version"] == 2 and st["draft"]["m"]["title"] == "changed"
    assert [(v["version"], v["label"]) for v in st["versions"]] == [(1, "new project"), (2, "elsewhere")]
    with db(engine) as conn:  # undo, elsewhere: only the current version moves
        conn.execute("UPDATE sessions SET current_version = 1 WHERE id = ?", (sid,))
    st = user.state(sid)
    assert st["draft_version"] == 1 and st["draft"]["m"]["title"] != "changed"


def test_only_the_owner_reads(user: User, other: User) -> None:
    sid = user.new_session()
    assert user.state(sid)["versions"]  # read (and kept) by the owner first
    r = other.get(f"/api/state/{APP}/me/{sid}/latest")  # someone else's: as if missing
    assert (r.status_code, r.json()["code"]) == (404, 1002)
    r = user.get(f"/api/state/{APP}/me/sess_missing/latest")
    assert (r.status_code, r.json()["code"]) == (404, 1002)


def test_media_links_renewed_each_second(user: User, clip: Path) -> None:
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200

    def expiry() -> int:
        [info] = user.state(sid)["video_infos"]
        return int(parse_qs(urlparse(info["cdn_url"]).query)["exp"][0])

    before = expiry()
    time.sleep(1.2)
    after = expiry()
    assert after > before >= int(time.time()) + 60  # a later read hands out a later expiry


@pytest.fixture
def in_process(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(Settings.from_env().with_data_dir(tmp_path / "data"))
    with TestClient(app) as client:
        yield client


def test_an_unchanged_state_read_is_two_queries(in_process: TestClient) -> None:
    """Before the read model a state read made 9 queries (token, user, session, version, draft,
    versions, URL epoch, media, renders); now the token with its user, and the stamp."""
    statements: list[str] = []
    engine = in_process.app.state.runtime.store.engine  # type: ignore[attr-defined]
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: statements.append(sql))
    token = in_process.post("/api/auth/anonymous-token", headers={"X-Client-Id": "q"}).json()["data"]["token"]
    h = {"Authorization": f"Bearer {token}"}
    made = in_process.post(f"/api/tasks/me/with-session/{APP}", json={}, headers=h).json()
    url = f"/api/state/{APP}/me/{made['data']['session_id']}/latest"
    first = in_process.get(url, headers=h).json()
    statements.clear()
    again = in_process.get(url, headers=h).json()
    assert len(statements) == 2, statements
    assert json.dumps(again["data"]["state"]["draft"]) == json.dumps(first["data"]["state"]["draft"])
