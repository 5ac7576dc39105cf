"""Start, reuse and stop the local engine process for the notebook side.

The engine runs as a separate process (`sys.executable -m vidai_nb.engine`), never in the kernel:
a kernel restart must not kill it, and the notebook talks to it over HTTP like to the cloud.
Its pid / port / url are recorded in `<data dir>/engine.json`; a later kernel reuses it when that
pid is alive and `/healthz` answers. Its output goes to `<data dir>/engine.log`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

RECORD_NAME = "engine.json"
LOG_NAME = "engine.log"
LOCK_NAME = "engine.lock"
IDLE_EXIT_MIN = 60  # minutes without a request before an engine started here stops (VIDAI_IDLE_EXIT_MIN)

# Popen objects of engines this process started: kept so that stopping one reaps it (no zombie).
_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}


class EngineStartError(RuntimeError):
    """The local engine could not be started; the message carries the end of its log."""


@dataclass(frozen=True)
class EngineInfo:
    url: str
    pid: int
    host: str
    port: int
    data_dir: str
    log_path: str
    started_at: float
    reused: bool = False

    def log(self, tail: int = 100) -> str:
        """The last `tail` lines of the engine's log."""
        return _tail(Path(self.log_path), tail)


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The engine data dir: the argument, else `$VIDAI_DATA_DIR`, else the platformdirs default."""
    if path is not None:
        d = Path(path)
    elif os.environ.get("VIDAI_DATA_DIR"):
        d = Path(os.environ["VIDAI_DATA_DIR"])
    else:
        import platformdirs

        d = Path(platformdirs.user_data_dir("vidai_nb"))
    d = d.expanduser().resolve()
    d.mkdir(parents=True, exist_ok=True)
    return d


def healthy(url: str, timeout: float = 2.0) -> bool:
    """True when `GET <url>/healthz` answers 200."""
    try:
        return httpx.get(f"{url.rstrip('/')}/healthz", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def _pid_alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None:
        return child.poll() is None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still "exists"; /proc tells us it is dead.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] == "Z":
            return False
    return True


def _is_engine_pid(pid: int) -> bool:
    """Guard against a recycled pid: on Linux the command line must name our engine."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.exists():
        return True  # not Linux: trust the record + /healthz
    with contextlib.suppress(OSError):
        return b"vidai_nb.engine" in cmdline.read_bytes() or b"vidai-engine" in cmdline.read_bytes()
    return False


def _read_record(d: Path) -> EngineInfo | None:
    try:
        raw = json.loads((d / RECORD_NAME).read_text())
        return EngineInfo(**{k: raw[k] for k in EngineInfo.__dataclass_fields__ if k in raw})
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _write_record(d: Path, info: EngineInfo) -> None:
    tmp = d / (RECORD_NAME + ".tmp")
    record = asdict(info)
    record.pop("reused", None)
    tmp.write_text(json.dumps(record, indent=2))
    tmp.replace(d / RECORD_NAME)  # atomic: a reader never sees half a record


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


@contextlib.contextmanager
def _locked(d: Path) -> Iterator[None]:
    """Serialise start/stop between kernels sharing a data dir (two notebooks opened at once)."""
    try:
        import fcntl
    except ImportError:  # Windows: best effort without a lock
        yield
        return
    with (d / LOCK_NAME).open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def find_engine(path: str | os.PathLike[str] | None = None) -> EngineInfo | None:
    """The engine recorded in the data dir if its process is alive and healthy, else None."""
    d = data_dir(path)
    info = _read_record(d)
    if info is None:
        return None
    if _pid_alive(info.pid) and _is_engine_pid(info.pid) and healthy(info.url):
        return EngineInfo(**{**asdict(info), "reused": True})
    return None


def start_engine(
    path: str | os.PathLike[str] | None = None,
    *,
    host: str = "127.0.0.1",
    port: int | None = None,
    timeout: float = 90.0,
    env: dict[str, str] | None = None,
) -> EngineInfo:
    """Reuse the running engine of this data dir, or start one and wait for `/healthz`."""
    d = data_dir(path)
    with _locked(d):
        found = find_engine(d)
        if found is not None:
            return found
        stale = _read_record(d)
        if stale is not None and _pid_alive(stale.pid) and _is_engine_pid(stale.pid):
            # Recorded and alive but not answering: still starting (another kernel launched it and
            # went away), or hung. Give it the start-up time, then replace it; never run two.
            # (At least 10 s: a busy machine can be slow to answer without the engine being hung.)
            deadline = time.monotonic() + max(10.0, min(timeout, stale.started_at + timeout - time.time()))
            while time.monotonic() < deadline and _pid_alive(stale.pid):
                if healthy(stale.url, timeout=1.0):
                    return EngineInfo(**{**asdict(stale), "reused": True})
                time.sleep(0.2)
            _kill(stale.pid, timeout=5)
        port = port or _free_port(host)
        log_path = d / LOG_NAME
        child_env = {**os.environ, "VIDAI_DATA_DIR": str(d), **(env or {})}
        child_env.pop("NEMO_API_URL", None)  # the engine is the backend; it must not point elsewhere
        # An engine nobody talks to any more (the notebook closed) goes away by itself.
        child_env.setdefault("VIDAI_IDLE_EXIT_MIN", str(IDLE_EXIT_MIN))
        # The child must import this same vidai_nb even when it was found via the cwd or sys.path edits.
        pkg_root = str(Path(__file__).resolve().parent.parent)
        paths = [p for p in child_env.get("PYTHONPATH", "").split(os.pathsep) if p]
        if pkg_root not in paths:
            child_env["PYTHONPATH"] = os.pathsep.join([pkg_root, *paths])
        with log_path.open("ab") as log:
            log.write(f"\n--- starting engine on {host}:{port} at {time.ctime()} ---\n".encode())
            log.flush()
            proc = subprocess.Popen(
                [sys.executable, "-m", "vidai_nb.engine", "--host", host, "--port", str(port),
                 "--data-dir", str(d)],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=child_env,
                # Own session: Jupyter kills the kernel's process group on restart; the engine must survive.
                start_new_session=True,
            )
        _CHILDREN[proc.pid] = proc
        url = f"http://{host}:{port}"
        info = EngineInfo(url=url, pid=proc.pid, host=host, port=port, data_dir=str(d),
                          log_path=str(log_path), started_at=time.time())
        # Recorded before it is ready: if this kernel dies while waiting, the next one finds it
        # (and stop_engine can stop it) instead of leaving an orphan behind.
        _write_record(d, info)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                _CHILDREN.pop(proc.pid, None)
                (d / RECORD_NAME).unlink(missing_ok=True)
                raise EngineStartError(
                    f"the local engine exited with code {proc.returncode}; log {log_path}:\n"
                    + _tail(log_path, 30))
            if healthy(url, timeout=1.0):
                return info
            time.sleep(0.2)
        _kill(proc.pid, timeout=5)
        (d / RECORD_NAME).unlink(missing_ok=True)
        raise EngineStartError(f"the local engine did not answer within {timeout:.0f} s; log {log_path}:\n"
                               + _tail(log_path, 30))


def _kill(pid: int, timeout: float) -> None:
    child = _CHILDREN.pop(pid, None)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)  # uvicorn shuts down cleanly on SIGTERM
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if child is not None:
            if child.poll() is not None:
                return
        elif not _pid_alive(pid):
            return
        time.sleep(0.1)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    if child is not None:
        child.wait(timeout=5)


def stop_engine(path: str | os.PathLike[str] | None = None, timeout: float = 15.0) -> bool:
    """Stop the engine recorded in the data dir; True if one was running."""
    d = data_dir(path)
    with _locked(d):
        info = _read_record(d)
        was_running = info is not None and _pid_alive(info.pid) and _is_engine_pid(info.pid)
        if info is not None and was_running:
            _kill(info.pid, timeout)
        with contextlib.suppress(FileNotFoundError):
            (d / RECORD_NAME).unlink()
        return was_running


def engine_log(path: str | os.PathLike[str] | None = None, tail: int = 100) -> str:
    """The last lines of the local engine's log (also when it failed to start)."""
    return _tail(data_dir(path) / LOG_NAME, tail)


__all__ = [
    "EngineInfo",
    "EngineStartError",
    "data_dir",
    "engine_log",
    "find_engine",
    "healthy",
    "start_engine",
    "stop_engine",
]
