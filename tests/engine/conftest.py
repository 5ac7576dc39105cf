"""Engine API test helpers: a user (fresh client id) talking to a real engine over loopback HTTP."""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.conftest import EngineProcess, start_engine, stop_engine

APP = "nemo_agent"
RENDER = "/api/render/proxy/lambda"


@dataclass
class User:
    """One anonymous user of an engine (its own client id and bearer token)."""

    url: str
    client_id: str
    token: str
    user_id: str
    http: httpx.Client

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.get(self.url + path, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def post(self, path: str, **kw: Any) -> httpx.Response:
        return self.http.post(self.url + path, headers={**self.headers, **kw.pop("headers", {})}, **kw)

    def new_session(self, name: str = "project", language: str = "en") -> str:
        r = self.post(f"/api/tasks/me/with-session/{APP}", json={"task_name": name, "language": language})
        assert r.status_code == 200, r.text
        sid: str = r.json()["data"]["session_id"]
        return sid

    def upload(self, sid: str, *files: tuple[str, bytes | Path]) -> httpx.Response:
        parts = []
        for name, content in files:
            data = content.read_bytes() if isinstance(content, Path) else content
            parts.append(("files", (name, data, "application/octet-stream")))
        return self.post(f"/api/upload-video/{APP}/me/{sid}", files=parts)

    def state(self, sid: str) -> dict[str, Any]:
        r = self.get(f"/api/state/{APP}/me/{sid}/latest")
        assert r.status_code == 200, r.text
        st: dict[str, Any] = r.json()["data"]["state"]
        return st

    def credits(self) -> dict[str, int]:
        r = self.get("/api/credits/balance/simple")
        assert r.status_code == 200, r.text
        data: dict[str, int] = r.json()["data"]
        return data

    def turn(self, sid: str, text: str, timeout: float = 120) -> list[dict[str, Any]]:
        """One agent turn; returns the parsed SSE events (each with its `id`)."""
        import json

        events: list[dict[str, Any]] = []
        body = {
            "app_name": APP,
            "user_id": "me",
            "session_id": sid,
            "new_message": {"parts": [{"text": text}]},
        }
        with self.http.stream(
            "POST",
            self.url + "/run_sse",
            json=body,
            timeout=timeout,
            headers={**self.headers, "Accept": "text/event-stream"},
        ) as r:
            assert r.status_code == 200, r.read().decode()
            current: dict[str, Any] = {}
            for line in r.iter_lines():
                if line.startswith("data:"):
                    current["data"] = json.loads(line[5:].strip())
                elif line.startswith("id:"):
                    current["id"] = line[3:].strip()
                elif line == "" and current:
                    events.append(current)
                    current = {}
        return events


def new_user(url: str, client_id: str | None = None) -> User:
    http = httpx.Client(timeout=60)
    cid = client_id or f"test-{uuid.uuid4()}"
    r = http.post(url + "/api/auth/anonymous-token", headers={"X-Client-Id": cid})
    assert r.status_code == 200, r.text
    data = r.json()["data"]
    return User(url=url, client_id=cid, token=data["token"], user_id=data["user_id"], http=http)


@pytest.fixture
def user(engine_url: str) -> Iterator[User]:
    u = new_user(engine_url)
    yield u
    u.http.close()


@pytest.fixture
def other(engine_url: str) -> Iterator[User]:
    u = new_user(engine_url)
    yield u
    u.http.close()


@pytest.fixture(scope="module")
def limited_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """An engine with tiny limits, so 429 / 2001 / 4002 are reached in a few requests (and server
    heartbeats after 50 ms of silence in a turn)."""
    eng = start_engine(
        tmp_path_factory.mktemp("limited-engine"),
        {
            "VIDAI_TOKENS_PER_IP_LOOPBACK": "4",
            "VIDAI_TOKENS_PER_CLIENT": "3",
            "VIDAI_INITIAL_CREDITS": "1",
            "VIDAI_MAX_UPLOAD_BYTES": str(300 * 1024),
            "VIDAI_HEARTBEAT_S": "0.05",
        },
    )
    yield eng
    stop_engine(eng)


def db(engine: EngineProcess) -> sqlite3.Connection:
    """Direct access to an engine's database (to age a token, or to check what is stored)."""
    return sqlite3.connect(engine.data_dir / "engine.sqlite3", timeout=30)


def media_files(engine: EngineProcess) -> list[Path]:
    return sorted(p for p in (engine.data_dir / "media").rglob("*") if p.is_file())


def poll_until_done(user: User, render_id: str, timeout: float = 120) -> dict[str, Any]:
    """The render's status reply once it completed or failed; its progress must never go back."""
    deadline = time.monotonic() + timeout
    seen: list[int] = []
    while time.monotonic() < deadline:
        body = user.get(f"{RENDER}/{render_id}").json()
        assert body["success"] is True
        seen.append(body["data"]["progress"])
        if body["data"]["status"] in ("completed", "failed"):
            assert seen == sorted(seen), f"progress went backwards: {seen}"
            return dict(body)
        time.sleep(0.2)
    raise AssertionError(f"render {render_id} did not finish: {seen[-5:]}")
