"""run_render: one ffmpeg process, progress from `-progress pipe:1`, cancel, readable failures.

ffmpeg runs niced (on Linux: under the SCHED_IDLE policy, so the API preempts it at once), with a
thread cap, in its own process group, and (on Linux) dies with the thread that started it
(PR_SET_PDEATHSIG), so a killed engine leaves no encoder running. Its pid can be recorded in a file;
`kill_recorded` stops any such process still alive at the next start.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import ctypes.util
import logging
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from vidai_nb.engine.render.errors import RenderCancelled, RenderError
from vidai_nb.engine.render.plan import RenderPlan

log = logging.getLogger("vidai_nb.engine.render")

PR_SET_PDEATHSIG = 1


def _load_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        fn: Callable[..., int] = libc.prctl
        return fn
    except (OSError, AttributeError):
        return None


# Looked up once, here: the child between fork and exec must not import or allocate much.
_PRCTL = _load_prctl()


def _child_setup(nice: int, parent: int) -> Callable[[], None]:
    def setup() -> None:
        if _PRCTL is not None:
            _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != parent:  # the parent died before the line above: go now
                os._exit(1)
        if nice > 0:
            os.nice(nice)
            # Batch work runs only when nothing else of the engine wants the CPU: a waking API thread
            # preempts a SCHED_IDLE task at once (nice only shrinks its share). ffmpeg stays in the
            # engine's session (its own process group, not its own session): where the kernel groups
            # tasks by session (autogroup, on by default) a session of its own is weighed as a whole
            # against the engine's, and the policy and nice count only inside it.
            if hasattr(os, "SCHED_IDLE"):
                with contextlib.suppress(OSError):
                    os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))

    return setup


def _with_threads(args: list[str], threads: int) -> list[str]:
    """Cap ffmpeg's threads: filter graph (global options), each input's decoder (`-threads` before
    its `-i`: left alone, each of a render's inputs starts a decoder thread per core) and the
    encoder (an output option, so it goes just before the output path, the last argument)."""
    if threads <= 0 or len(args) < 2 or args[0] == sys.executable:  # not ffmpeg: the smart cut's child
        return args
    n = str(threads)
    middle: list[str] = []
    for a in args[1:-1]:
        if a == "-i":  # the plans write "-i" only as the input option (text goes in files or the graph)
            middle += ["-threads", n]
        middle.append(a)
    return [args[0], "-filter_complex_threads", n, "-filter_threads", n, *middle, "-threads", n, args[-1]]


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks (field 22 of /proc/PID/stat): tells a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[-1].split()[19]


def _record(pid_file: Path, pid: int) -> None:
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(f"{pid} {_start_time(pid) or ''}\n")


def kill_recorded(pid_dir: Path) -> list[int]:
    """Kill the process groups of ffmpeg runs recorded in `pid_dir` that are still alive (an engine
    killed mid-render on a system without PR_SET_PDEATHSIG); remove the records. Returns the pids."""
    killed: list[int] = []
    for f in sorted(pid_dir.glob("*.pid")) if pid_dir.is_dir() else []:
        try:
            pid_text, _, started = f.read_text().strip().partition(" ")
            pid = int(pid_text)
        except (OSError, ValueError):
            f.unlink(missing_ok=True)
            continue
        if started and _start_time(pid) == started:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)
                killed.append(pid)
        f.unlink(missing_ok=True)
    return killed


def _pump(stream: IO[bytes], sink: queue.Queue[str | None]) -> None:
    for raw in iter(stream.readline, b""):
        sink.put(raw.decode(errors="replace").strip())
    sink.put(None)


def _tail(stream: IO[bytes], lines: collections.deque[str]) -> None:
    for raw in iter(stream.readline, b""):
        lines.append(raw.decode(errors="replace").rstrip())


def _stop(proc: subprocess.Popen[bytes], grace_s: float = 3.0) -> None:
    """Stop ffmpeg and anything it started: it runs in its own process group. SIGTERM makes ffmpeg
    flush its encoders (seconds with x264's lookahead), so a cancel gives it only a short `grace_s`."""
    if os.name == "nt":  # no process groups to signal there; ffmpeg starts no children anyway
        proc.kill()
        proc.wait(timeout=10)
        return
    for sig, wait in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


_CONTEXT = re.compile(r"^\[[^\]]+ @ 0x[0-9a-f]+\]\s*")  # "[in#0 @ 0x55…] ": noise to a reader


def _reason(lines: collections.deque[str], code: int) -> str:
    """ffmpeg's last few distinct error lines, without its internal addresses."""
    useful: list[str] = []
    for line in lines:
        text = _CONTEXT.sub("", line.strip())
        if text and text not in useful:
            useful.append(text)
    text = "; ".join(useful[-4:]) if useful else f"ffmpeg exited with status {code}"
    return text[-1500:]


def run_render(
    plan: RenderPlan,
    on_progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    *,
    nice: int = 0,
    threads: int = 0,
    pid_file: Path | None = None,
) -> Path:
    """Run the plan. Progress goes 0 → 100 (never backwards); returns plan.out_path.

    `nice` is added to ffmpeg's niceness, `threads` caps its threads (0: ffmpeg's choice), and
    `pid_file` records its pid while it runs (see `kill_recorded`)."""
    partial = plan.partial_path or plan.out_path
    partial.parent.mkdir(parents=True, exist_ok=True)
    total_us = max(plan.duration_ms, 1) * 1000
    last = -1.0

    def report(value: float) -> None:
        nonlocal last
        value = max(0.0, min(100.0, value))
        if on_progress is not None and value > last:
            last = value
            on_progress(value)

    try:
        try:
            posix = os.name != "nt"
            # process_group=0: its own group (cancel signals ffmpeg and anything it starts), in the
            # engine's session (see _child_setup)
            proc = subprocess.Popen(_with_threads(plan.args, threads), stdin=subprocess.DEVNULL,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    process_group=0 if posix else None,
                                    preexec_fn=_child_setup(nice, os.getpid()) if posix else None)
        except OSError as exc:
            raise RenderError(f"cannot start ffmpeg ({plan.args[0]}): {exc.strerror}") from exc
        assert proc.stdout is not None and proc.stderr is not None
        if pid_file is not None:
            _record(pid_file, proc.pid)
        lines: queue.Queue[str | None] = queue.Queue()
        errors: collections.deque[str] = collections.deque(maxlen=40)
        readers = [threading.Thread(target=_pump, args=(proc.stdout, lines), daemon=True),
                   threading.Thread(target=_tail, args=(proc.stderr, errors), daemon=True)]
        for t in readers:
            t.start()
        report(0.0)
        try:
            while True:
                if cancel is not None and cancel.is_set():
                    _stop(proc, grace_s=0.2)  # the partial output is deleted anyway: no need to flush
                    raise RenderCancelled("the render was cancelled")
                try:
                    line = lines.get(timeout=0.1)
                except queue.Empty:
                    continue
                if line is None:
                    break
                key, _, value = line.partition("=")
                if key == "out_time_us" and value.lstrip("-").isdigit():
                    # keep 100 for the moment the file is really complete
                    report(min(99.0, int(value) * 100 / total_us))
            code = proc.wait()
            for t in readers:
                t.join(timeout=5)
        except BaseException:
            if proc.poll() is None:
                _stop(proc)
            raise
        if cancel is not None and cancel.is_set():
            raise RenderCancelled("the render was cancelled")
        if code != 0:
            raise RenderError(f"ffmpeg failed: {_reason(errors, code)}")
        if not partial.is_file() or partial.stat().st_size == 0:
            raise RenderError("ffmpeg finished but wrote no output (the programme may be empty)")
        if partial != plan.out_path:
            os.replace(partial, plan.out_path)
        for src, dst in plan.staged:
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(src, dst)
        report(100.0)
        return plan.out_path
    except BaseException:
        _remove(partial)  # never leave a half-written file behind
        raise
    finally:
        if pid_file is not None:
            pid_file.unlink(missing_ok=True)
        plan.cleanup()
