"""Shared fixtures: a real local engine on loopback, and generated media."""

from __future__ import annotations

import os

# As in the engine's __main__ (before numpy loads): BLAS runs in the calling thread. OpenBLAS's own pool
# threads are made at import at normal priority, so an in-process transcription's feature extraction
# would otherwise compute outside the lowered thread, and a fork during a BLAS call can hang it.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests import media
from tests.services.postgres import postgres_dsn, postgres_server  # noqa: F401  (fixtures for every test)
from tests.services.seaweed import seaweed  # noqa: F401  (a real S3 server, started only where asked for)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class EngineProcess:
    url: str
    data_dir: Path
    process: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


# Every engine the tests started, so a failure can say whether one of them stopped answering (below).
_ENGINES: list[EngineProcess] = []
_DUMPED: dict[int, float] = {}  # engine pid -> when its stacks were last dumped


def _stuck_engines_report(timed_out: bool = False) -> str:
    """For each engine the tests still use that died, or does not answer /healthz within 5 s (or every
    engine, when the test `timed_out`: a transcription or render can hang while the API answers): the
    end of its log, with its threads' stacks, which the engine dumps there on SIGUSR1. At most once a
    minute per engine (a death once), so it shows once, not under every test it fails."""
    out = []
    for eng in _ENGINES:
        if time.monotonic() - _DUMPED.get(eng.process.pid, -1e9) < 60:
            continue
        if (code := eng.process.poll()) is not None:  # it died: once, with how and its last words
            _DUMPED[eng.process.pid] = float("inf")
            tail = "\n".join(eng.log().splitlines()[-80:])
            out.append(f"engine {eng.url} (pid {eng.process.pid}, {eng.data_dir}) exited with {code} while "
                       f"tests still used it; its log ends:\n{tail}")
            continue
        try:
            httpx.get(f"{eng.url}/healthz", timeout=5)
            if not timed_out:
                continue
            why = "it answers, but the test timed out"
        except httpx.HTTPError as exc:
            why = type(exc).__name__
        _DUMPED[eng.process.pid] = time.monotonic()
        eng.process.send_signal(signal.SIGUSR1)
        time.sleep(1)
        tail = "\n".join([line for line in eng.log().splitlines() if "/healthz" not in line][-200:])
        out.append(f"engine {eng.url} (pid {eng.process.pid}, {eng.data_dir}) did not answer /healthz "
                   f"or the test timed out ({why}); its stacks and log end:\n{tail}")
    return "\n\n".join(out)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    timed_out = report.failed and "Timeout" in str(report.longrepr)
    if report.failed and _ENGINES and (stuck := _stuck_engines_report(timed_out)):
        report.sections.append(("stuck engine", stuck))


def start_engine(
    data_dir: Path, extra_env: dict[str, str] | None = None, log_name: str = "engine-test.log"
) -> EngineProcess:
    """Start `python -m vidai_nb.engine` as a separate process and wait until /healthz answers.
    (`log_name`: engines of a shared deployment share one data dir, each keeps its own log.)"""
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir / log_name
    # Test engines charge credits like a shared deployment (the credit tests count them); the local
    # engine's free mode is tested with VIDAI_CREDITS=off.
    # VIDAI_DEBUG_LOOP_DB: a database call on the event loop (it stalls every request) fails the request
    env = {**os.environ, "VIDAI_DATA_DIR": str(data_dir), "VIDAI_CREDITS": "on", "VIDAI_DEBUG_LOOP_DB": "1",
           **(extra_env or {})}
    env.pop("NEMO_API_URL", None)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vidai_nb.engine", "--host", "127.0.0.1", "--port", str(port),
             "--data-dir", str(data_dir)],
            stdout=log, stderr=subprocess.STDOUT, env=env,
        )
    url = f"http://127.0.0.1:{port}"
    # Generous: loading the planner takes a few seconds alone but a minute or more on a loaded machine
    # (CI shares its cores); a healthy engine returns as soon as it is warm, so this costs nothing.
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"engine exited early:\n{log_path.read_text(errors='replace')}")
        try:  # wait until the planner is loaded too, so a test's first turn is not timed on the loading
            health = httpx.get(f"{url}/healthz", timeout=1)
            if health.status_code == 200 and health.json()["data"].get("warm"):
                started = EngineProcess(url, data_dir, proc, log_path)
                _ENGINES.append(started)
                return started
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"engine did not start:\n{log_path.read_text(errors='replace')}")


def stop_engine(engine: EngineProcess) -> None:
    if engine in _ENGINES:
        _ENGINES.remove(engine)
    engine.process.terminate()
    try:
        engine.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        engine.process.kill()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test sees the developer's NEMO_* settings or writes to the real home (the client id lives there).
    The home is a folder of its own, so tests that list their tmp_path see only what they made."""
    for name in ("NEMO_TOKEN", "NEMO_API_URL", "NEMO_WEB_URL", "NEMO_CLIENT_ID", "SKILL_SOURCE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EngineProcess]:
    """One real engine for the whole test session (tests make their own sessions / client ids)."""
    eng = start_engine(tmp_path_factory.mktemp("engine-data"))
    yield eng
    stop_engine(eng)


@pytest.fixture(scope="session")
def engine_url(engine: EngineProcess) -> str:
    return engine.url


@pytest.fixture(scope="session")
def media_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("media")


@pytest.fixture(scope="session")
def clip(media_dir: Path) -> Path:
    """A 6 s 320x240 25 fps H.264/AAC clip with a 440 Hz tone."""
    return media.make_video(media_dir / "clip.mp4", seconds=6)


@pytest.fixture(scope="session")
def clip2(media_dir: Path) -> Path:
    """A 4 s clip with another pattern and tone, for concatenation."""
    return media.make_video(media_dir / "clip2.mp4", seconds=4, pattern="smptebars", tone_hz=660)


@pytest.fixture(scope="session")
def music(media_dir: Path) -> Path:
    return media.make_audio(media_dir / "music.mp3", seconds=8)


@pytest.fixture(scope="session")
def picture(media_dir: Path) -> Path:
    return media.make_image(media_dir / "logo.png")
