"""The clock of an agent turn: typed events from an SSE response, plus "still working" after every
`still_working_s` of heartbeats only and a timeout after `turn_timeout_s` of heartbeats only.
Heartbeats whose progress moves forward (an hour of transcription reports its %) keep the turn alive:
the timeout is for a turn that is stuck, not for one that is slow.

The read is never cancelled to make time checks: the next chunk is awaited in a task, and the
clock ticks while it is pending.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import httpx

from vidai_nb.client.config import Timings
from vidai_nb.client.errors import TurnTimeoutError
from vidai_nb.client.events import Heartbeat, StillWorking, TextDelta, ToolCall, ToolResult
from vidai_nb.client.sse import EventDecoder, SSEParser

TimedEvent = TextDelta | ToolCall | ToolResult | Heartbeat | StillWorking


class StreamDropped(Exception):
    """The connection broke before the server closed the stream normally."""


async def timed_events(response: httpx.Response, timings: Timings) -> AsyncIterator[TimedEvent]:
    loop = asyncio.get_running_loop()
    parser = SSEParser()
    decoder = EventDecoder()
    chunks = response.aiter_bytes().__aiter__()
    last_content = loop.time()
    last_alive = last_content  # content, or a heartbeat whose progress moved forward
    progress = -1.0
    warned = 0
    pending: asyncio.Future[bytes] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(chunks.__anext__())
            next_mark = min(last_content + (warned + 1) * timings.still_working_s,
                            last_alive + timings.turn_timeout_s)
            done, _ = await asyncio.wait({pending}, timeout=max(0.0, next_mark - loop.time()))
            if not done:
                now = loop.time()
                if now - last_alive >= timings.turn_timeout_s:
                    raise TurnTimeoutError()
                quiet = now - last_content
                if quiet >= (warned + 1) * timings.still_working_s:
                    warned += 1
                    yield StillWorking(elapsed_s=quiet)
                continue
            fut, pending = pending, None
            try:
                chunk = fut.result()
            except StopAsyncIteration:
                break
            except (httpx.TransportError, httpx.StreamError) as e:
                raise StreamDropped(type(e).__name__) from e
            for item in parser.feed(chunk):
                for event in decoder.decode(item):
                    if not isinstance(event, Heartbeat):
                        last_content = last_alive = loop.time()
                        warned = 0
                    elif event.progress is not None and event.progress > progress:
                        progress = event.progress
                        last_alive = loop.time()
                    yield event
        for item in parser.close():
            for event in decoder.decode(item):
                yield event
    finally:
        if pending is not None:
            pending.cancel()
            with contextlib.suppress(BaseException):
                await pending
