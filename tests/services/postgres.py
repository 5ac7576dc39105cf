"""A real PostgreSQL server for tests and for `./dev cluster`: Debian's binaries, a throw-away cluster.

    from tests.services.postgres import postgres_dsn   # a fresh database per test, as a DSN
    def test_x(postgres_dsn: str) -> None: ...          # "postgresql+psycopg://vidai@127.0.0.1:PORT/db_N"

`postgres_server` (session-scoped) is the server itself; `start_postgres(folder)` / `PostgresServer.stop()`
are the same thing without pytest. The server listens on a free loopback port only (no Unix socket), with
trust auth for the one user `vidai`. PostgreSQL refuses to run as root, so as root the binaries run as the
`postgres` user that Debian's package creates, in a folder that user owns.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

USER = "vidai"


def find_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin holding initdb (None when PostgreSQL is not installed)."""
    found = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    if not found:
        on_path = shutil.which("initdb")
        return Path(on_path).parent if on_path else None
    return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user() -> list[str]:
    """Command prefix that drops root to `postgres` (initdb/postgres refuse to run as root)."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--clear-groups", "--"]


@dataclass
class PostgresServer:
    bin_dir: Path
    folder: Path  # holds data/ and postgres.log
    port: int
    process: subprocess.Popen[bytes]
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def dsn(self, database: str = "postgres") -> str:
        """SQLAlchemy URL (psycopg 3 driver) of one database on this server."""
        return f"postgresql+psycopg://{USER}@{self.host}:{self.port}/{database}"

    def create_database(self, name: str | None = None) -> str:
        """Create a new empty database and return its DSN."""
        name = name or f"db_{next(self._counter)}"
        subprocess.run(
            [str(self.bin_dir / "createdb"), "-h", self.host, "-p", str(self.port), "-U", USER, name],
            check=True, capture_output=True, timeout=30,
        )
        return self.dsn(name)

    def log(self) -> str:
        path = self.folder / "postgres.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        """Fast shutdown (SIGINT: roll back open transactions, close clients, checkpoint), then wait."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_postgres(folder: Path, port: int | None = None, max_connections: int = 200) -> PostgresServer:
    """initdb into `folder/data` (unless it already holds a cluster), start it on loopback, wait until ready.

    `folder` must be reachable by the `postgres` user when running as root (not under a 0700 directory).
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed: run ./dev setup (apt-get install postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    prefix = _as_server_user()
    if prefix:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    log_path = folder / "postgres.log"
    if not (data / "PG_VERSION").exists():
        subprocess.run(
            [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust",
             "--encoding=UTF8", "--locale=C", "--no-sync"],
            check=True, capture_output=True, timeout=120,
        )
    port = port or _free_port()
    log = log_path.open("ab")
    # fsync off: a test cluster is thrown away, and syncing on a shared CI disk is most of the run time.
    proc = subprocess.Popen(
        [*prefix, str(bin_dir / "postgres"), "-D", str(data), "-p", str(port),
         "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
         "-c", f"max_connections={max_connections}", "-c", "fsync=off", "-c", "synchronous_commit=off",
         "-c", "full_page_writes=off", "-c", "shared_buffers=32MB"],
        stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True,  # a Ctrl-C meant for a foreground `./dev cluster` is its to pass on, in order
    )
    log.close()
    server = PostgresServer(bin_dir, folder, port, proc)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"postgres exited early:\n{server.log()}")
        ready = subprocess.run(
            [str(bin_dir / "pg_isready"), "-h", server.host, "-p", str(port), "-U", USER, "-d", "postgres"],
            capture_output=True,
        )
        if ready.returncode == 0:
            return server
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"postgres did not start:\n{server.log()}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One PostgreSQL for the whole test session, in a temp folder the `postgres` user can reach."""
    folder = Path(tempfile.mkdtemp(prefix="vidai-pg-"))
    os.chmod(folder, 0o755)
    server = start_postgres(folder)
    yield server
    server.stop()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_dsn(postgres_server: PostgresServer) -> str:
    """A fresh, empty database on the session's server (SQLAlchemy URL with the psycopg driver)."""
    return postgres_server.create_database()
