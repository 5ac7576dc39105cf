"""A shared deployment for the tests of this folder: a real PostgreSQL database, two API processes (real
engines over loopback HTTP) and two `vidai-worker`s on it, sharing one data folder; students via
`vidai-engine users`."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.conftest import EngineProcess, start_engine, stop_engine
from tests.engine.conftest import User
from tests.engine.workers import start_worker, stop_worker
from tests.services.postgres import PostgresServer


@dataclass
class Cluster:
    dsn: str
    data_dir: Path
    engines: list[EngineProcess]
    workers: list[subprocess.Popen[bytes]]

    @property
    def env(self) -> dict[str, str]:
        return {"VIDAI_DATABASE_URL": self.dsn, "VIDAI_RENDER_WORKERS": "2", "VIDAI_RENDER_THREADS": "1"}

    def start_api(self, name: str) -> EngineProcess:
        """Another API process on the same database and folder (its own log)."""
        return start_engine(self.data_dir, self.env, log_name=f"{name}.log")


def users_cli(dsn: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "VIDAI_DATABASE_URL": dsn}
    return subprocess.run(
        [sys.executable, "-m", "vidai_nb.engine", "users", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )


def add_students(dsn: str, names: list[str], credits: int) -> dict[str, str]:
    """name → token, from `vidai-engine users add` (the only time a token is shown)."""
    added = users_cli(dsn, "add", *names, "--credits", str(credits))
    assert added.returncode == 0, added.stderr
    return dict(line.split("\t") for line in added.stdout.splitlines())


def student(url: str, token: str) -> User:
    # keep-alive shorter than the server's 5 s: a connection the server is closing is never reused
    http = httpx.Client(timeout=120, limits=httpx.Limits(keepalive_expiry=2.0))
    return User(url=url, client_id="", token=token, user_id="", http=http)


@pytest.fixture(scope="session")  # one cluster for every test of this folder: starting one is the slow part
def cluster(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    c = Cluster(postgres_server.create_database(), tmp_path_factory.mktemp("shared-data"), [], [])
    c.engines = [c.start_api(f"api-{i}") for i in (1, 2)]
    c.workers = [start_worker(c.data_dir, c.dsn, f"w{i}") for i in (1, 2)]  # renders and transcriptions
    yield c
    for e in c.engines:
        stop_engine(e)
    for w in c.workers:
        stop_worker(w)
