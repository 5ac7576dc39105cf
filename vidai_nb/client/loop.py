"""One private event loop in a daemon thread, for the sync face.

Running the async core there (instead of patching the caller's loop with nest-asyncio) means the
sync client works the same in a plain script, inside a running Jupyter loop and from a widget
callback: the caller's thread only waits. Callbacks given to a sync call are queued back and run
on the caller's thread, so a widget callback updates widgets from the kernel's own thread.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None
_thread: threading.Thread | None = None


def background_loop() -> asyncio.AbstractEventLoop:
    global _loop, _thread
    with _lock:
        if _loop is None or _thread is None or not _thread.is_alive():
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="vidai-nb-client", daemon=True)
            thread.start()
            _loop, _thread = loop, thread
        return _loop


def in_background_thread() -> bool:
    return _thread is not None and threading.current_thread() is _thread


class CallbackRelay:
    """Wraps callbacks so that, called on the loop thread, they run on the waiting caller's thread."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Callable[..., Any], tuple[Any, ...]] | None] = queue.Queue()

    def wrap(self, fn: Callable[..., Any] | None) -> Callable[..., Any] | None:
        if fn is None:
            return None

        def relay(*args: Any) -> None:
            self._queue.put((fn, args))

        return relay

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run `coro` on the private loop; run relayed callbacks here until it is done.

        If this thread is interrupted (Ctrl-C, a kernel interrupt) or a callback raises, the
        coroutine is cancelled and allowed to unwind (e.g. to cancel a render) before re-raising.
        """
        if in_background_thread():
            coro.close()
            raise RuntimeError(
                "A NemoClient method was called from inside one of its own callbacks on the client "
                "thread; use AsyncNemoClient there instead."
            )
        loop = background_loop()
        started = threading.Event()
        finished = threading.Event()
        holder: list[asyncio.Task[T]] = []

        def on_done(_task: asyncio.Task[T]) -> None:
            finished.set()
            self._queue.put(None)

        def start() -> None:
            task = loop.create_task(coro)
            task.add_done_callback(on_done)
            holder.append(task)
            started.set()

        loop.call_soon_threadsafe(start)
        try:
            started.wait()
            while True:
                try:
                    # a short timeout keeps the waiting thread responsive to Ctrl-C / kernel interrupts
                    item = self._queue.get(timeout=0.1)
                except queue.Empty:
                    continue
                if item is None:
                    break
                fn, args = item
                fn(*args)
        except BaseException:
            if holder:
                loop.call_soon_threadsafe(holder[0].cancel)
                finished.wait(timeout=10)
            raise
        task = holder[0]
        if task.cancelled():
            raise asyncio.CancelledError()
        return task.result()


def run_sync(awaitable: Awaitable[T]) -> T:
    async def wrapper() -> T:
        return await awaitable

    return CallbackRelay().run(wrapper())
