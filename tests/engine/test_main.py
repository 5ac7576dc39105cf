"""The engine's server start (`python -m vidai_nb.engine`): its HTTP parser and event loop, a failed start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import uvloop
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from tests.conftest import EngineProcess
from vidai_nb.engine.__main__ import server_config


async def _app(scope: Any, receive: Any, send: Any) -> None:  # pragma: no cover - never called
    raise AssertionError


def test_server_config_uses_httptools_and_uvloop() -> None:
    """h11 + asyncio cost about a third more engine CPU per state read (benchmarks/api_latency.py, h11)."""
    config = server_config(_app, "127.0.0.1", 0, "warning")
    config.load()
    assert config.http_protocol_class is HttpToolsProtocol
    assert config.get_loop_factory() is uvloop.new_event_loop
    assert config.access_log is False  # URLs may carry signed query strings


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads the process's mapped libraries")
def test_the_engine_process_serves_on_httptools_and_uvloop(engine: EngineProcess) -> None:
    maps = Path(f"/proc/{engine.process.pid}/maps").read_text()
    assert f"uvloop{os.sep}loop." in maps
    assert f"httptools{os.sep}parser{os.sep}parser." in maps


def test_a_taken_port_fails_the_start_with_status_3(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "vidai_nb.engine", "--host", "127.0.0.1", "--port", str(port),
             "--data-dir", str(tmp_path / "data"), "--log-level", "warning"],
            env={**os.environ, "VIDAI_DATA_DIR": str(tmp_path / "data")},
            capture_output=True, text=True, timeout=120,
        )
    assert done.returncode == 3, done.stderr
    assert "address already in use" in done.stderr.lower()


def test_without_httptools_and_uvloop_the_server_falls_back(tmp_path: Path) -> None:
    """Where they cannot be imported (uvloop has no Windows build; a broken install), h11 + asyncio."""
    for m in ("httptools", "uvloop"):
        (tmp_path / f"{m}.py").write_text("raise ImportError('hidden by the test')\n")
    code = ("from vidai_nb.engine.__main__ import server_config\n"
            "c = server_config(None, '127.0.0.1', 0, 'warning')\n"
            "print(c.http, c.loop)\n")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])},
    )
    assert done.stdout.split() == ["h11", "asyncio"], done.stderr
