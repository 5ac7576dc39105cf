"""`vidai-worker` processes for tests and benchmarks: start one, find the ffmpeg a render runs, its worker."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path


def start_worker(
    data_dir: Path,
    database_url: str,
    name: str,
    extra_env: dict[str, str] | None = None,
    new_session: bool = False,
) -> subprocess.Popen[bytes]:
    """One worker (one job at a time, one ffmpeg thread unless told), logging to data_dir/worker-NAME.log.
    `new_session`: in a session of its own, so Linux's scheduler (autogroup) weighs it like a process
    of another machine's, not as a share of its starter's group.

    Heartbeat 0.5 s and --lost-after 2 s keep the failure tests short; the defaults are 2 s and 3 s."""
    env = {
        **os.environ,
        "VIDAI_DATA_DIR": str(data_dir),
        "VIDAI_DATABASE_URL": database_url,
        "VIDAI_RENDER_THREADS": "1",
        **(extra_env or {}),
    }
    with (data_dir / f"worker-{name}.log").open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "vidai_nb.engine.worker", "--name", name, "--data-dir", str(data_dir),
             "--heartbeat", "0.5", "--lost-after", "2"],
            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=new_session,
        )


def stop_worker(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def alive(pid: int) -> bool:
    """Running (a zombie nobody reaped yet counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (FileNotFoundError, IndexError, ValueError):
        return None


def render_ffmpeg(data_dir: Path, render_id: str, timeout: float = 60) -> int:
    """The pid of the ffmpeg running `render_id` (recorded by run_render), once it runs."""
    pid_file = data_dir / "run" / f"{render_id}.pid"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid = int(pid_file.read_text().split()[0])
            if alive(pid):
                return pid
        except (FileNotFoundError, ValueError, IndexError):
            pass
        time.sleep(0.02)
    raise AssertionError(f"no ffmpeg for {render_id} within {timeout} s")
