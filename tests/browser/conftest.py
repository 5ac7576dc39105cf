"""JupyterLab on loopback (its own temp root, engine data dir and config) and headless Chromium.

The Jupyter token is random per run, passed to the server on its command line and to the browser in
the first URL only; it is never printed (the server log runs at WARN and is scrubbed before display).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from vidai_nb import local

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("VIDAI_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Lab:
    base: str
    token: str
    root: Path
    data_dir: Path
    log_path: Path

    def url(self, path: str) -> str:
        """A browser URL carrying the token (for the first page load only; never print it)."""
        sep = "&" if "?" in path else "?"
        return f"{self.base}/{path.lstrip('/')}{sep}token={self.token}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace").replace(self.token, "***")


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    pytest.importorskip("playwright.sync_api")
    base_dir = tmp_path_factory.mktemp("lab")
    root = base_dir / "root"
    shutil.copytree(ROOT / "notebooks", root)
    data_dir = base_dir / "engine-data"
    token = secrets.token_hex(24)
    port = _free_port()
    # Fresh JupyterLab user settings: no "get Jupyter news?" toast over the screenshots.
    settings = base_dir / "lab-settings"
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        '{"fetchNews": "false", "checkForUpdates": false}')
    env = {**os.environ, "VIDAI_DATA_DIR": str(data_dir), "XDG_CONFIG_HOME": str(base_dir / "xdg"),
           "JUPYTER_CONFIG_DIR": str(base_dir / "jupyter-config"), "JUPYTERLAB_SETTINGS_DIR": str(settings),
           "JUPYTERLAB_WORKSPACES_DIR": str(base_dir / "lab-workspaces"),
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    env.pop("NEMO_API_URL", None)
    args = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
            "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}", "--ServerApp.log_level=WARN"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    log_path = base_dir / "lab.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(args, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
    the_lab = Lab(f"http://127.0.0.1:{port}", token, root, data_dir, log_path)
    deadline = time.monotonic() + 90
    try:
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited:\n{the_lab.log()}")
            try:
                r = httpx.get(f"{the_lab.base}/api/status", headers={"Authorization": f"token {token}"},
                              timeout=2)
                if r.status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"jupyter lab did not start:\n{the_lab.log()}")
            time.sleep(0.3)
        yield the_lab
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the server and the kernels it started
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        local.stop_engine(data_dir)


@pytest.fixture(scope="module")
def browser(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, args=CHROMIUM_ARGS,
            headless=True, viewport={"width": 1400, "height": 1700})
        try:
            yield ctx
        finally:
            ctx.close()


@pytest.fixture(scope="module")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
