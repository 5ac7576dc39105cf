"""Anonymous tokens, expiry (1001), revocation, client-id rules (400), limits (429), static token."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

import httpx

from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User, db, new_user


def test_token_shape_and_credits(engine_url: str) -> None:
    r = httpx.post(engine_url + "/api/auth/anonymous-token", headers={"X-Client-Id": f"c-{uuid.uuid4()}"})
    assert r.status_code == 200
    body = r.json()
    assert body["code"] == 0
    data = body["data"]
    assert data["token"].startswith("nmv_usr_")
    assert data["user_id"].startswith("anon_")
    assert data["credits"] == 100
    assert data["expires_at"].endswith("Z")


def test_missing_client_id_is_400(engine_url: str) -> None:
    r = httpx.post(engine_url + "/api/auth/anonymous-token")
    assert r.status_code == 400
    assert r.json()["code"] == 400
    assert "X-Client-Id" in r.json()["message"]
    r = httpx.post(engine_url + "/api/auth/anonymous-token", headers={"X-Client-Id": ""})
    assert r.json()["code"] == 400


def test_same_client_id_recovers_the_same_user(engine_url: str) -> None:
    first = new_user(engine_url)
    sid = first.new_session()
    again = new_user(engine_url, client_id=first.client_id)
    assert again.user_id == first.user_id
    assert again.token != first.token
    # the recovered token sees the same session
    assert again.state(sid)["draft_version"] == 1


def test_token_stored_hashed_only(engine: EngineProcess, user: User) -> None:
    with db(engine) as conn:
        hashes = [h for (h,) in conn.execute("select token_hash from tokens")]
    assert hashlib.sha256(user.token.encode()).hexdigest() in hashes
    for f in engine.data_dir.glob("engine.sqlite3*"):  # the database and its WAL
        assert user.token.encode() not in f.read_bytes()


def test_me_resolves_from_token(user: User) -> None:
    r = user.get("/api/auth/me")
    assert r.json()["data"]["user_id"] == user.user_id


def test_missing_or_garbage_token_is_1001(engine_url: str) -> None:
    r = httpx.get(engine_url + "/api/credits/balance/simple")
    assert (r.status_code, r.json()["code"]) == (401, 1001)
    r = httpx.get(
        engine_url + "/api/credits/balance/simple", headers={"Authorization": "Bearer nmv_usr_nope"}
    )
    assert (r.status_code, r.json()["code"]) == (401, 1001)


def test_expired_token_is_1001_and_a_new_one_works(engine: EngineProcess, user: User) -> None:
    sid = user.new_session()
    with db(engine) as conn:
        conn.execute(
            "update tokens set expires_at = '2000-01-01 00:00:00' where token_hash = ?",
            (hashlib.sha256(user.token.encode()).hexdigest(),),
        )
    r = user.get("/api/credits/balance/simple")
    assert r.status_code == 401
    assert r.json()["code"] == 1001
    assert "expired" in r.json()["message"]
    fresh = new_user(engine.url, client_id=user.client_id)
    assert fresh.user_id == user.user_id
    assert fresh.state(sid)["draft_version"] == 1


def test_revoked_token_stops_working(user: User) -> None:
    assert user.get("/api/credits/balance/simple").status_code == 200
    r = user.post("/api/auth/revoke")
    assert r.json()["data"]["revoked"] is True
    r = user.get("/api/credits/balance/simple")
    assert r.json()["code"] == 1001


def test_token_limits_are_429(limited_engine: EngineProcess) -> None:
    url = limited_engine.url
    cid = f"lim-{uuid.uuid4()}"
    codes = [
        httpx.post(url + "/api/auth/anonymous-token", headers={"X-Client-Id": cid}).status_code
        for _ in range(4)
    ]
    # per client id: 3 tokens per window, then 429
    assert codes == [200, 200, 200, 429]
    r = httpx.post(url + "/api/auth/anonymous-token", headers={"X-Client-Id": cid})
    assert r.json()["code"] == 429
    assert r.headers.get("retry-after") == "30"
    # per IP (loopback limit 4): one more client id gets the 4th token, the next is refused
    assert httpx.post(url + "/api/auth/anonymous-token", headers={"X-Client-Id": "x1"}).status_code == 200
    r = httpx.post(url + "/api/auth/anonymous-token", headers={"X-Client-Id": "x2"})
    assert (r.status_code, r.json()["code"]) == (429, 429)


def test_request_rate_limit_is_429(tmp_path: Path) -> None:
    eng = start_engine(tmp_path / "rate", {"VIDAI_REQUESTS_PER_MINUTE": "5"})
    try:
        codes = [httpx.get(eng.url + "/api/auth/me").json()["code"] for _ in range(7)]
        assert codes[:5] == [1001] * 5  # answered (no token), and counted
        assert codes[-1] == 429
        assert httpx.get(eng.url + "/healthz").status_code == 200  # liveness is never limited
    finally:
        stop_engine(eng)


def test_static_token_for_shared_deployment(tmp_path: Path) -> None:
    eng = start_engine(tmp_path / "static", {"VIDAI_STATIC_TOKEN": "shared-secret-for-tests"})
    try:
        h = {"Authorization": "Bearer shared-secret-for-tests"}
        r = httpx.post(eng.url + "/api/tasks/me/with-session/nemo_agent", json={"task_name": "t"}, headers=h)
        assert r.status_code == 200
        assert httpx.get(eng.url + "/api/auth/me", headers=h).json()["data"]["kind"] == "static"
        r = httpx.get(eng.url + "/api/auth/me", headers={"Authorization": "Bearer shared-secret-for-testZ"})
        assert r.json()["code"] == 1001
        assert "shared-secret-for-tests" not in eng.log()
    finally:
        stop_engine(eng)


def test_tokens_never_reach_the_log(engine: EngineProcess, user: User) -> None:
    user.new_session()
    user.get("/api/credits/balance/simple", headers={"Authorization": "Bearer nmv_usr_wrong_token_here"})
    log = engine.log()
    assert user.token not in log
    assert "nmv_usr_" not in log


def test_simultaneous_first_requests_of_one_client_id_make_one_user(engine_url: str) -> None:
    """Ten notebooks' first calls at once with one X-Client-Id: one user, every answer 200."""
    import threading

    cid = f"race-{uuid.uuid4()}"
    barrier = threading.Barrier(10)
    answers: list[httpx.Response] = []

    def ask() -> None:
        with httpx.Client(timeout=60) as http:
            barrier.wait()
            answers.append(http.post(engine_url + "/api/auth/anonymous-token", headers={"X-Client-Id": cid}))

    threads = [threading.Thread(target=ask) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r.status_code for r in answers] == [200] * 10, [r.text for r in answers if r.status_code != 200]
    assert len({r.json()["data"]["user_id"] for r in answers}) == 1


def test_anonymous_tokens_can_be_switched_off(tmp_path: Path) -> None:
    """A class server: no anonymous tokens (403, saying where tokens come from); other routes unchanged."""
    from fastapi.testclient import TestClient

    from vidai_nb.engine.app import create_app
    from vidai_nb.engine.config import Settings

    app = create_app(Settings(data_dir=tmp_path / "data", anonymous_tokens="off"))
    with TestClient(app) as client:
        r = client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "c1"})
        assert r.status_code == 403 and r.json()["code"] == 403
        assert "named users only" in r.json()["message"]
        assert client.get("/api/credits/balance/simple").status_code == 401
