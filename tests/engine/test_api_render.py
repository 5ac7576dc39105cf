"""Export: queue → poll → download (Range) → probe; cancel mid-way; failures; ownership; free of credits."""

from __future__ import annotations

import copy
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests import media
from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User, new_user, poll_until_done

RENDER = "/api/render/proxy/lambda"


def rid() -> str:
    return f"render_{uuid.uuid4().hex}"


def submit(
    user: User, sid: str, draft: dict[str, Any] | None, render_id: str, output: dict[str, Any] | None = None
) -> httpx.Response:
    body: dict[str, Any] = {"id": render_id, "sessionId": sid}
    if draft is not None:
        body["draft"] = draft
    if output is not None:
        body["output"] = output
    return user.post(RENDER, json=body)


@pytest.fixture
def session_with_clip(user: User, clip: Path) -> tuple[str, dict[str, Any]]:
    sid = user.new_session()
    assert user.upload(sid, ("clip.mp4", clip)).status_code == 200
    return sid, user.state(sid)["draft"]


def test_export_poll_download_with_range(
    engine: EngineProcess, user: User, session_with_clip: tuple[str, dict[str, Any]], tmp_path: Path
) -> None:
    sid, draft = session_with_clip
    credits_before = user.credits()
    render_id = rid()
    # the draft is trimmed to 0:01–0:04 so the output must be re-encoded and really be 3 s long
    trimmed = copy.deepcopy(draft)
    seg = trimmed["t"][0]["sg"][0]
    seg.update({"in": 1000, "d": 3000})
    trimmed["d"] = 3000
    r = submit(user, sid, trimmed, render_id, {"format": "mp4", "quality": "low"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["success"] is True
    assert body["data"]["id"] == render_id
    assert body["data"]["status"] == "pending" and body["data"]["progress"] == 5
    assert body["status"] == "pending" and body["output"]["url"] is None
    # polled from a different connection: the job does not depend on the submitting request
    user.http.close()
    user.http = httpx.Client(timeout=60)
    done = poll_until_done(user, render_id)
    data = done["data"]
    assert data["status"] == "completed", data
    assert data["progress"] == 100
    assert data["createdAt"].endswith("Z") and data["completedAt"].endswith("Z")
    assert data["outputUrl"] == done["output"]["url"] and done["status"] == "completed"
    # download through the bearer route, then the signed outputUrl (what a <video> tag uses)
    full = user.get(f"/api/render/proxy/{render_id}/download")
    assert full.status_code == 200
    assert full.headers["content-type"] == "video/mp4"
    assert full.headers["accept-ranges"] == "bytes"
    out = tmp_path / "out.mp4"
    out.write_bytes(full.content)
    p = media.probe(out)
    assert abs(p.duration - 3.0) < 0.3
    assert (p.video["width"], p.video["height"]) == (320, 240)
    assert p.audio is not None
    size = len(full.content)
    part = httpx.get(data["outputUrl"], headers={"Range": "bytes=1000-"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 1000-{size - 1}/{size}"
    assert part.content == full.content[1000:]
    head = httpx.head(data["outputUrl"])
    assert head.status_code == 200 and int(head.headers["content-length"]) == size and head.content == b""
    tail = httpx.get(data["outputUrl"], headers={"Range": f"bytes={size}-"})
    assert tail.status_code == 416
    # export is free, and it shows in the state's generated_media
    assert user.credits() == credits_before
    gm = user.state(sid)["generated_media"]
    assert [g["render_id"] for g in gm] == [render_id] and gm[0]["status"] == "completed"
    # long work shows in the engine's log too: start, progress steps, completion with the size
    log = engine.log()
    assert f"render {render_id}: started" in log and f"render {render_id}: completed" in log
    assert f"{size} bytes" in log and user.token not in log


def test_export_uses_session_draft_when_none_sent(
    user: User, session_with_clip: tuple[str, dict[str, Any]]
) -> None:
    sid, _ = session_with_clip
    render_id = rid()
    assert submit(user, sid, None, render_id).status_code == 200
    assert poll_until_done(user, render_id)["data"]["status"] == "completed"


def test_duplicate_id_and_empty_draft_are_errors(
    user: User, session_with_clip: tuple[str, dict[str, Any]]
) -> None:
    sid, draft = session_with_clip
    render_id = rid()
    assert submit(user, sid, draft, render_id).status_code == 200
    r = submit(user, sid, draft, render_id)
    assert r.status_code == 409
    assert r.json()["success"] is False and "already" in r.json()["error"]
    empty = {**draft, "t": []}
    r = submit(user, sid, empty, rid())
    assert r.status_code == 422 and r.json()["success"] is False
    r = user.post(RENDER, json={"id": "bad id with spaces", "sessionId": sid})
    assert r.status_code == 422
    poll_until_done(user, render_id)


def test_failed_render_is_readable_and_leaves_draft(
    user: User, session_with_clip: tuple[str, dict[str, Any]]
) -> None:
    sid, draft = session_with_clip
    before = user.state(sid)
    broken = copy.deepcopy(draft)
    broken["t"][0]["sg"][0]["src"] = "m_does_not_exist"
    render_id = rid()
    assert submit(user, sid, broken, render_id).status_code == 200
    data = poll_until_done(user, render_id)["data"]
    assert data["status"] == "failed"
    assert data["error"] and "m_does_not_exist" in data["error"]
    assert data["outputUrl"] is None
    after = user.state(sid)
    assert after["draft"] == before["draft"]
    assert after["draft_version"] == before["draft_version"]
    r = user.get(f"/api/render/proxy/{render_id}/download")
    assert r.status_code == 409 and "failed" in r.json()["message"]


def test_bad_output_spec_is_refused_readably(
    user: User, session_with_clip: tuple[str, dict[str, Any]]
) -> None:
    sid, draft = session_with_clip
    render_id = rid()
    r = submit(user, sid, draft, render_id, {"format": "avi"})
    assert r.status_code == 422 and r.json()["success"] is False and "avi" in r.json()["error"]
    assert user.get(f"{RENDER}/{render_id}").status_code == 404  # nothing was queued


def test_cancel_mid_render(
    engine: EngineProcess, user: User, session_with_clip: tuple[str, dict[str, Any]]
) -> None:
    sid, draft = session_with_clip
    long = copy.deepcopy(draft)
    seg = long["t"][0]["sg"][0]
    # 20 copies of the clip at 720p: long enough to still be running when we cancel
    long["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * seg["d"]} for i in range(20)]
    long["d"] = 20 * seg["d"]
    render_id = rid()
    assert submit(user, sid, long, render_id, {"format": "mp4", "resolution": "720p"}).status_code == 200
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        status = user.get(f"{RENDER}/{render_id}").json()["data"]["status"]
        if status == "processing":
            break
        time.sleep(0.1)
    assert status == "processing"
    time.sleep(0.5)
    r = user.post(f"{RENDER}/{render_id}/cancel")
    assert r.status_code == 200
    data = r.json()["data"]
    assert data["status"] == "failed" and data["cancelled"] is True
    assert "cancel" in data["error"]
    assert user.get(f"/api/render/proxy/{render_id}/download").status_code == 409
    # no output (partial or final) is left behind
    assert not [p for p in (engine.data_dir / "renders").rglob("*") if render_id in p.name]
    # cancelling again (a finished render) changes nothing
    again = user.post(f"{RENDER}/{render_id}/cancel").json()["data"]
    assert again["status"] == "failed" and again["cancelled"] is True


def test_other_users_render_is_404(
    user: User, other: User, session_with_clip: tuple[str, dict[str, Any]]
) -> None:
    sid, draft = session_with_clip
    render_id = rid()
    assert submit(user, sid, draft, render_id).status_code == 200
    poll_until_done(user, render_id)
    for resp in (
        other.get(f"{RENDER}/{render_id}"),
        other.post(f"{RENDER}/{render_id}/cancel"),
        other.get(f"/api/render/proxy/{render_id}/download"),
    ):
        assert resp.status_code == 404
        assert resp.json()["success"] is False
        assert "data" not in resp.json() or resp.json()["data"] is None
    # nor can another user export from this session
    r = submit(other, sid, draft, rid())
    assert r.status_code == 404 and r.json()["code"] == 1002
    # and an anonymous request without signature gets nothing
    assert httpx.get(f"{user.url}/api/render/proxy/{render_id}/download").status_code == 401


def _processes_mentioning(text: str) -> list[int]:
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if text.encode() in (proc / "cmdline").read_bytes():
                    pids.append(int(proc.name))
            except OSError:
                continue
    return pids


def test_engine_stop_mid_render_leaves_no_ffmpeg_and_a_failed_record(tmp_path: Path, clip: Path) -> None:
    data = tmp_path / "restart"
    eng = start_engine(data)
    try:
        u = new_user(eng.url)
        sid = u.new_session()
        u.upload(sid, ("clip.mp4", clip))
        draft = u.state(sid)["draft"]
        seg = draft["t"][0]["sg"][0]
        draft["t"][0]["sg"] = [{**seg, "id": f"s{i}", "start": i * seg["d"]} for i in range(30)]
        draft["d"] = 30 * seg["d"]
        render_id = rid()
        assert submit(u, sid, draft, render_id, {"resolution": "720p"}).status_code == 200
        deadline = time.monotonic() + 60
        while u.get(f"{RENDER}/{render_id}").json()["data"]["status"] != "processing":
            assert time.monotonic() < deadline
            time.sleep(0.1)
        while not _processes_mentioning(render_id):  # planning (probing) comes first on a busy machine
            assert time.monotonic() < deadline, "ffmpeg should be running for this render"
            time.sleep(0.05)
    finally:
        stop_engine(eng)
    assert eng.process.returncode is not None
    assert _processes_mentioning(render_id) == []
    again = start_engine(data)
    try:
        u2 = new_user(again.url, client_id=u.client_id)
        data_ = u2.get(f"{RENDER}/{render_id}").json()["data"]
        assert data_["status"] == "failed" and "engine stopped" in data_["error"]
    finally:
        stop_engine(again)
