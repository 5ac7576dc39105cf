"""vidai_nb.local + connect(): a real engine process started, reused, found after a "kernel restart",
and stopped; its record and log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx
import pytest

from vidai_nb import local
from vidai_nb.connection import connect

ROOT = Path(__file__).resolve().parents[2]


def test_start_reuse_stop_and_log(tmp_path: Path) -> None:
    data = tmp_path / "data"
    info = local.start_engine(data)
    try:
        assert not info.reused
        assert httpx.get(f"{info.url}/healthz").status_code == 200
        record = json.loads((data / "engine.json").read_text())
        assert record["pid"] == info.pid and record["url"] == info.url and record["port"] == info.port
        again = local.start_engine(data)
        assert again.reused and again.pid == info.pid  # no second engine
        assert local.find_engine(data) is not None
        assert "Uvicorn running" in local.engine_log(data) or "Application startup" in local.engine_log(data)
    finally:
        assert local.stop_engine(data)
    assert local.find_engine(data) is None
    assert not (data / "engine.json").exists()
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{info.url}/healthz", timeout=2)
    assert not local.stop_engine(data)  # stopping twice is harmless


def test_engine_survives_the_kernel_that_started_it(tmp_path: Path) -> None:
    # A separate process ("the first kernel") starts the engine and exits; the next one reuses it.
    data = tmp_path / "data"
    code = textwrap.dedent(f"""
        from vidai_nb import local
        info = local.start_engine({str(data)!r})
        print(info.pid)
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                         check=True)
    pid = int(out.stdout.strip().splitlines()[-1])
    try:
        found = local.find_engine(data)
        assert found is not None and found.pid == pid and found.reused
    finally:
        local.stop_engine(data)
    assert local.find_engine(data) is None


def test_stale_record_is_replaced(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (data / "engine.json").write_text(json.dumps({
        "url": "http://127.0.0.1:9", "pid": dead.pid, "host": "127.0.0.1", "port": 9,
        "data_dir": str(data), "log_path": str(data / "engine.log"), "started_at": 0}))
    assert local.find_engine(data) is None
    info = local.start_engine(data)
    try:
        assert info.pid != dead.pid and local.healthy(info.url)
    finally:
        local.stop_engine(data)


def test_data_dir_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIDAI_DATA_DIR", str(tmp_path / "x"))
    assert local.data_dir() == (tmp_path / "x").resolve()
    monkeypatch.delenv("VIDAI_DATA_DIR")
    assert local.data_dir().name == "vidai_nb"


def test_connect_local_then_cloud_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine_url: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("VIDAI_DATA_DIR", str(tmp_path / "data"))
    conn = connect(show=False)
    try:
        assert conn.is_local and conn.engine is not None and local.healthy(conn.url)
        assert conn.client.credits().available >= 0
        assert "Application startup" in conn.log()
    finally:
        assert conn.stop()
    # With NEMO_API_URL set, connect() uses it (here: the session's engine standing in for the cloud).
    monkeypatch.setenv("NEMO_API_URL", engine_url)
    cloud = connect(show=False)
    try:
        assert not cloud.is_local and cloud.url == engine_url
        assert local.find_engine(tmp_path / "data") is None  # nothing started
        assert cloud.client.create_session().session_id
    finally:
        cloud.close()


def test_a_kernel_dying_during_start_leaves_no_orphan(tmp_path: Path) -> None:
    # The first "kernel" is killed right after launching the engine, before it is ready.
    data = tmp_path / "data"
    code = textwrap.dedent(f"""
        import os, signal, threading
        from vidai_nb import local
        threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGKILL)).start()
        local.start_engine({str(data)!r})
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", code], env=env, timeout=60, check=False)
    record = json.loads((data / "engine.json").read_text())
    info = local.start_engine(data)  # the next kernel adopts the engine that was starting
    try:
        assert info.pid == record["pid"] and info.reused
    finally:
        assert local.stop_engine(data)


def test_package_connect_is_the_function() -> None:
    import vidai_nb
    import vidai_nb.connection

    assert vidai_nb.connect is vidai_nb.connection.connect
    assert vidai_nb.Connection is vidai_nb.connection.Connection


def test_an_engine_nobody_talks_to_stops_by_itself(tmp_path: Path) -> None:
    data = tmp_path / "idle"
    info = local.start_engine(data, env={"VIDAI_IDLE_EXIT_MIN": "0.02"})  # 1.2 s without a request
    try:
        deadline = time.monotonic() + 30
        while local._pid_alive(info.pid) and time.monotonic() < deadline:
            time.sleep(0.3)  # watching the pid is no request: silence lets it go
        assert not local._pid_alive(info.pid)
        assert "no client request" in local.engine_log(data)
        assert local.find_engine(data) is None
    finally:
        local.stop_engine(data)
