"""Transcription at a lower CPU priority than the API, so a long Whisper run never slows requests.

Linux nice values are per thread. A thread cannot be given its priority back without privileges, so
transcriptions run in threads of their own (`run_lowered`), never in the request's worker thread, which
serves other calls afterwards. CTranslate2 makes its compute threads natively when a model is loaded,
and they inherit the loading thread's value, whichever thread that is: `lowering_new_threads` lowers
the threads a model load creates. `VIDAI_WHISPER_NICE` sets the value (default 10; 0 = unchanged).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

log = logging.getLogger("vidai_nb.engine.speech")

ENV_NICE = "VIDAI_WHISPER_NICE"
DEFAULT_NICE = 10
_WORKERS = 4  # transcriptions of different clips at once (each uses `cpu_threads()` compute threads)
T = TypeVar("T")

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def nice_value() -> int:
    raw = os.environ.get(ENV_NICE, "").strip()
    if raw.lstrip("-").isdigit():
        return max(0, min(19, int(raw)))
    return DEFAULT_NICE


def _per_thread() -> bool:
    # On Linux setpriority(PRIO_PROCESS, tid) is one thread's; elsewhere it would be the whole process.
    return sys.platform.startswith("linux")


def lower(tid: int) -> None:
    """Raise thread `tid`'s nice value to `nice_value()` (never lowers it)."""
    if not _per_thread():
        return
    try:
        current = os.getpriority(os.PRIO_PROCESS, tid)
        if current < nice_value():
            os.setpriority(os.PRIO_PROCESS, tid, nice_value())
    except OSError:  # the thread ended meanwhile, or a sandbox forbids it: full priority, no failure
        log.debug("could not lower the priority of thread %d", tid, exc_info=True)


def _threads() -> set[int]:
    try:
        return {int(t) for t in os.listdir("/proc/self/task")}
    except OSError:
        return set()


@contextlib.contextmanager
def lowering_new_threads() -> Iterator[None]:
    """Native threads this process starts meanwhile (a model's compute threads) are lowered. Python
    threads started meanwhile by others (a request's worker thread) are left alone."""
    before = _threads() if _per_thread() else set()
    try:
        yield
    finally:
        if _per_thread():
            python = {t.native_id for t in threading.enumerate()}
            for tid in _threads() - before - python:
                lower(tid)


def _init() -> None:
    lower(threading.get_native_id())


def run_lowered(fn: Callable[[], T]) -> T:
    """`fn()` in a lowered thread (threads and processes it starts inherit the value); blocks."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(_WORKERS, thread_name_prefix="vidai-asr", initializer=_init)
        pool = _pool
    return pool.submit(fn).result()
