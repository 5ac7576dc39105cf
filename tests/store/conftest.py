"""The shared deployment the tests of this folder run against: `./dev cluster` itself
(tests/services/cluster.py: PostgreSQL, SeaweedFS, two API processes, two `vidai-worker`s, nginx),
started once per test session in a temp folder; students come from `vidai-engine users add`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.engine.conftest import User
from tests.services.cluster import Cluster, start_cluster


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
    # redirects followed: with S3 storage a download is a redirect to a presigned store URL
    http = httpx.Client(timeout=120, limits=httpx.Limits(keepalive_expiry=2.0), follow_redirects=True)
    return User(url=url, client_id="", token=token, user_id="", http=http)


def all_logs(cluster: Cluster) -> str:
    return "".join(p.read_text(errors="replace") for p in sorted((cluster.folder / "logs").glob("*.log")))


@pytest.fixture(scope="session")  # one cluster for every test of this folder: starting it is the slow part
def cluster() -> Iterator[Cluster]:
    folder = Path(tempfile.mkdtemp(prefix="vidai-cluster-"))
    c = start_cluster(folder, port=0)
    yield c
    c.stop()
    shutil.rmtree(folder, ignore_errors=True)
