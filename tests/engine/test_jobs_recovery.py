"""Recovery after a crash: kill -9 the engine (a real subprocess) mid-render and mid-turn; ffmpeg dies
with it, and the next start sweeps partial outputs and scratch folders and gives back frozen credits."""

from __future__ import annotations

import contextlib
import copy
import os
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User, db, new_user
from vidai_nb.engine.render.run import _record, kill_recorded

RENDER = "/api/render/proxy/lambda"


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait(cond: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(cond) and cond():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def kill9(eng: EngineProcess) -> None:
    eng.process.send_signal(signal.SIGKILL)
    eng.process.wait(timeout=10)


@pytest.fixture
def engines() -> Iterator[list[EngineProcess]]:
    started: list[EngineProcess] = []
    yield started
    for eng in started:
        if eng.process.poll() is None:
            stop_engine(eng)


def test_kill9_mid_render_ffmpeg_dies_and_restart_sweeps(
    tmp_path: Path, clip: Path, engines: list[EngineProcess]
) -> None:
    data = tmp_path / "crash-render"
    eng = start_engine(data)
    engines.append(eng)
    u = new_user(eng.url)
    sid = u.new_session()
    assert u.upload(sid, ("clip.mp4", clip)).status_code == 200
    draft = copy.deepcopy(u.state(sid)["draft"])
    draft["t"][0]["sg"][0].update(freeze=True, d=300_000)  # five minutes of a still, at 1080p: slow enough
    draft["t"].append({"tt": 7, "role": "title", "sg": [{"start": 0, "d": 300_000, "text": "crash test"}]})
    render_id = f"render_{uuid.uuid4().hex}"
    r = u.post(RENDER, json={"id": render_id, "sessionId": sid, "draft": draft,
                             "output": {"resolution": "1080p"}})
    assert r.status_code == 200, r.text
    pid_file = data / "run" / f"{render_id}.pid"
    wait(pid_file.exists, 60, "ffmpeg to start")
    ffmpeg_pid = int(pid_file.read_text().split()[0])
    wait(lambda: list((data / "renders").rglob(".*.partial*")), 30, "the partial output")
    assert alive(ffmpeg_pid)
    assert list((data / "tmp").glob("vidai_render_*"))

    kill9(eng)
    try:
        wait(lambda: not alive(ffmpeg_pid), 5, "ffmpeg to die with the engine")
    finally:  # a regression must not leave a five-minute encode running on the CI machine
        if alive(ffmpeg_pid):
            os.killpg(ffmpeg_pid, signal.SIGKILL)
    # what the crash left behind ...
    assert list((data / "renders").rglob(".*.partial*")) and list((data / "tmp").glob("vidai_render_*"))

    again = start_engine(data)
    engines.append(again)
    # ... is gone after the next start, and said so in the log
    assert not list((data / "renders").rglob(".*.partial*"))
    assert not list((data / "tmp").glob("vidai_render_*"))
    assert not pid_file.exists()
    log = again.log()
    assert "partial render output" in log and "marked failed" in log
    u2 = new_user(again.url, client_id=u.client_id)
    body = u2.get(f"{RENDER}/{render_id}").json()["data"]
    assert body["status"] == "failed" and "restarted" in body["error"]


def test_recorded_ffmpeg_group_is_killed_at_start_but_never_a_reused_pid(tmp_path: Path) -> None:
    """Where PR_SET_PDEATHSIG is unavailable, the recorded process group is what stops a leftover."""
    pid_dir = tmp_path / "run"
    leftover = subprocess.Popen(["sleep", "60"], start_new_session=True)
    try:
        _record(pid_dir / "r1.pid", leftover.pid)
        # a record whose pid now belongs to another process (start time differs) is only removed
        (pid_dir / "r2.pid").write_text(f"{os.getpid()} 1\n")
        assert kill_recorded(pid_dir) == [leftover.pid]
        leftover.wait(timeout=5)
        assert leftover.returncode == -signal.SIGKILL
        assert not list(pid_dir.iterdir())
        assert alive(os.getpid())
    finally:
        if leftover.poll() is None:
            leftover.kill()


def test_kill9_mid_turn_gives_the_frozen_credit_back(tmp_path: Path, engines: list[EngineProcess]) -> None:
    # An LLM planner that accepts the connection and never answers: the turn waits, its credit frozen.
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(silent.accept()[0]), daemon=True).start()
    data = tmp_path / "crash-turn"
    eng = start_engine(data, {
        "VIDAI_CREDITS": "on",
        "VIDAI_LLM_URL": f"http://127.0.0.1:{silent.getsockname()[1]}/v1",
        "VIDAI_LLM_TIMEOUT": "120",
    })
    engines.append(eng)
    try:
        u = new_user(eng.url)
        sid = u.new_session()
        start = u.credits()
        assert start["frozen"] == 0
        threading.Thread(target=lambda: _quiet_turn(u, sid), daemon=True).start()
        wait(lambda: u.credits()["frozen"] == 1, 30, "the turn to freeze its credit")
        kill9(eng)
        with db(eng) as conn:
            row = conn.execute("SELECT credits_frozen FROM users WHERE id=?", (u.user_id,)).fetchone()
        assert row == (1,)
        again = start_engine(data)
        engines.append(again)
        u2 = new_user(again.url, client_id=u.client_id)
        after = u2.credits()
        assert after["frozen"] == 0 and after["available"] == start["available"]
        assert "refunded 1 credit(s)" in again.log()
        with db(again) as conn:
            kinds = [k for (k,) in conn.execute("SELECT kind FROM ledger WHERE user_id=? ORDER BY id",
                                                (u.user_id,))]
        assert kinds[-2:] == ["freeze", "refund"]
    finally:
        silent.close()
        for c in held:
            c.close()


def _quiet_turn(u: User, sid: str) -> None:
    with contextlib.suppress(Exception):  # the engine is killed under it
        u.turn(sid, "make it black and white", timeout=120)
