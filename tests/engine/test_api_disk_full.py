"""A full disk: the protocol envelope (507, "the engine's disk is full"), nothing half-written, and work
resumes when space returns. On a real small filesystem (a tmpfs mounted for the test, when this machine
lets us mount) and, everywhere, with ENOSPC injected into an in-process engine."""

from __future__ import annotations

import contextlib
import errno
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from tests.conftest import start_engine, stop_engine
from tests.engine.conftest import APP, new_user
from vidai_nb.engine.app import create_app
from vidai_nb.engine.config import Settings
from vidai_nb.engine.store import Store


def is_disk_full_envelope(r: httpx.Response) -> bool:
    return r.status_code == 507 and r.json()["code"] == 507 and "disk is full" in r.json()["message"]


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", str(mnt)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here ({done.stderr.strip()}); "
                    "test_injected_enospc_is_the_same_envelope covers the envelope")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(path: Path) -> Path:
    """Write until the filesystem says ENOSPC; returns the filler (delete it to free the space)."""
    filler = path / "filler.bin"
    block = b"\0" * (1 << 20)
    with contextlib.suppress(OSError), filler.open("wb") as f:
        while True:
            f.write(block)
            f.flush()
    with contextlib.suppress(OSError), filler.open("ab") as f:  # and the last few kB
        while True:
            f.write(b"\0" * 512)
            f.flush()
    return filler


def test_full_disk_answers_the_envelope_and_writes_nothing_half(small_fs: Path, clip: Path) -> None:
    data = small_fs / "data"
    eng = start_engine(data)
    try:
        u = new_user(eng.url)
        sid = u.new_session()
        assert u.upload(sid, ("clip.mp4", clip)).status_code == 200
        before_files = sorted(p.name for p in (data / "media").rglob("*") if p.is_file())
        filler = fill(small_fs)

        # A ~1 MB upload cannot fit: a clean answer, no partial file, nothing recorded.
        big = clip.read_bytes() * 4
        r = u.upload(sid, ("big.mp4", big))
        assert is_disk_full_envelope(r), r.text
        assert sorted(p.name for p in (data / "media").rglob("*") if p.is_file()) == before_files
        # Everything else either works (SQLite may still have room) or says so the same way.
        answers: list[httpx.Response] = [
            u.post(f"/api/tasks/me/with-session/{APP}", json={"task_name": "x" * 150}),
            httpx.post(f"{eng.url}/api/auth/anonymous-token", headers={"X-Client-Id": str(uuid.uuid4())}),
            u.post("/api/render/proxy/lambda", json={"id": f"render_{uuid.uuid4().hex}", "sessionId": sid}),
        ]
        for a in answers:
            assert a.status_code == 200 or is_disk_full_envelope(a), a.text
        assert u.state(sid)["video_infos"] and len(u.state(sid)["video_infos"]) == 1

        filler.unlink()  # space returns: work resumes
        r = u.upload(sid, ("big.mp4", big))
        assert r.status_code == 200, r.text
        assert len(u.state(sid)["video_infos"]) == 2
    finally:
        stop_engine(eng)


def _raise(exc: BaseException) -> Any:
    def fn(*_a: Any, **_k: Any) -> Any:
        raise exc

    return fn


def test_injected_enospc_is_the_same_envelope(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(Settings(data_dir=tmp_path / "data"))
    with TestClient(app, raise_server_exceptions=False) as client:
        tok = client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "c1"}).json()
        h = {"Authorization": f"Bearer {tok['data']['token']}"}
        made = client.post(f"/api/tasks/me/with-session/{APP}", json={}, headers=h).json()
        sid = made["data"]["session_id"]

        monkeypatch.setattr(Store, "create_session", _raise(OSError(errno.ENOSPC, "No space left on device")))
        r = client.post(f"/api/tasks/me/with-session/{APP}", json={}, headers=h)
        assert is_disk_full_envelope(r), r.text

        sqlite_full = OperationalError("INSERT …", {}, Exception("database or disk is full"))
        monkeypatch.setattr(Store, "issue_token", _raise(sqlite_full))
        r = client.post("/api/auth/anonymous-token", headers={"X-Client-Id": "c2"})
        assert is_disk_full_envelope(r), r.text

        async def no_space(*_a: Any, **_k: Any) -> Any:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr("vidai_nb.engine.api.routes_upload.save_multipart", no_space)
        r = client.post(f"/api/upload-video/{APP}/me/{sid}", headers=h,
                        files=[("files", ("a.mp4", b"x" * 1000, "video/mp4"))])
        assert is_disk_full_envelope(r), r.text
        assert r.headers.get("connection") == "close"

        # Any other failure is still the envelope (500), not a bare "Internal Server Error".
        monkeypatch.setattr(Store, "state_stamp", _raise(RuntimeError("boom")))  # the state read's query
        r = client.get(f"/api/state/{APP}/me/{sid}/latest", headers=h)
        assert r.status_code == 500 and r.json()["code"] == 500 and "internal error" in r.json()["message"]
