"""Sessions and the state of a new one; request validation answers in the envelope."""

from __future__ import annotations

import httpx

from tests.engine.conftest import APP, User


def test_new_session_state(user: User) -> None:
    r = user.post(
        f"/api/tasks/me/with-session/{APP}", json={"task_name": "城市 timelapse", "language": "zh-CN"}
    )
    assert r.status_code == 200
    data = r.json()["data"]
    assert data["session_id"].startswith("sess_") and data["task_id"].startswith("task_")
    assert data["user_id"] == user.user_id
    r = user.get(f"/api/state/{APP}/me/{data['session_id']}/latest")
    body = r.json()["data"]
    assert body["session_id"] == data["session_id"] and body["task_id"] == data["task_id"]
    st = body["state"]
    assert st["draft"]["t"] == [] and st["draft"]["d"] == 0
    assert st["draft"]["m"]["title"] == "城市 timelapse"
    assert st["canvas_config"]["aspect_ratio"] == "16:9" and st["canvas_config"]["width"] == 1920
    assert st["video_infos"] == [] and st["generated_media"] == [] and st["video_analyses"] == []
    assert st["draft_version"] == 1
    assert [(v["version"], v["parent"]) for v in st["versions"]] == [(1, None)]


def test_session_defaults_and_validation(user: User) -> None:
    r = user.post(f"/api/tasks/me/with-session/{APP}", json={})
    assert r.status_code == 200
    for bad in ({"language": "english please"}, {"task_name": "x" * 500}, {"language": 5}):
        r = user.post(f"/api/tasks/me/with-session/{APP}", json=bad)
        assert r.status_code == 422
        assert r.json()["code"] == 422 and r.json()["message"].startswith("invalid request")
    r = user.post(
        f"/api/tasks/me/with-session/{APP}",
        content=b"{not json",
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 422 and r.json()["data"] is None


def test_client_id_too_long_is_400(engine_url: str) -> None:
    r = httpx.post(engine_url + "/api/auth/anonymous-token", headers={"X-Client-Id": "c" * 500})
    assert (r.status_code, r.json()["code"]) == (400, 400)


def test_unknown_route_is_an_envelope(user: User) -> None:
    r = user.get("/api/nothing/here")
    assert r.status_code == 404 and r.json()["code"] == 404
