"""run_render: one ffmpeg process, progress from `-progress pipe:1`, cancel, readable failures."""

from __future__ import annotations

import collections
import contextlib
import os
import queue
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from vidai_nb.engine.render.errors import RenderCancelled, RenderError
from vidai_nb.engine.render.plan import RenderPlan


def _pump(stream: IO[bytes], sink: queue.Queue[str | None]) -> None:
    for raw in iter(stream.readline, b""):
        sink.put(raw.decode(errors="replace").strip())
    sink.put(None)


def _tail(stream: IO[bytes], lines: collections.deque[str]) -> None:
    for raw in iter(stream.readline, b""):
        lines.append(raw.decode(errors="replace").rstrip())


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop ffmpeg and anything it started: it runs in its own process group."""
    if os.name == "nt":  # no process groups to signal there; ffmpeg starts no children anyway
        proc.kill()
        proc.wait(timeout=10)
        return
    for sig, wait in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 5.0)):
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
) -> Path:
    """Run the plan. Progress goes 0 → 100 (never backwards); returns plan.out_path."""
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
            proc = subprocess.Popen(plan.args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, start_new_session=os.name != "nt")
        except OSError as exc:
            raise RenderError(f"cannot start ffmpeg ({plan.args[0]}): {exc.strerror}") from exc
        assert proc.stdout is not None and proc.stderr is not None
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
                    _stop(proc)
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
        plan.cleanup()
