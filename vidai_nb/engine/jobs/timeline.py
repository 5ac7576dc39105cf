"""Where a render job's time goes: one `timeline {json}` line in the worker's log per step.

Each line names the render, the step (`plan`, `split`, `part 0`, `sound`, `upload`, `join`…), the
worker, its wall-clock start and end (epoch seconds, so lines of several workers line up), the CPU
seconds of the job's own thread (planning, database, copies) and of the ffmpeg it ran (the kernel's
rusage of the worker's reaped children: with the interactive lane probing an upload at the same time
its ffprobe counts too). benchmarks/chunks.py reads them back to print a chunked export's timeline.
"""

from __future__ import annotations

import json
import logging
import resource
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger("vidai_nb.engine.timeline")

PREFIX = "timeline "


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


@contextmanager
def step(render_id: str, name: str, **extra: Any) -> Iterator[dict[str, Any]]:
    """Time the block; the dict it yields may get more fields (sizes, counts) for the log line."""
    from vidai_nb.engine.jobs.render_job import _WORKER

    fields: dict[str, Any] = dict(extra)
    start, cpu, children = time.time(), time.thread_time(), _children_cpu()
    ok = False
    try:
        yield fields
        ok = True
    finally:
        line = {
            "render": render_id,
            "step": name,
            "worker": _WORKER.get("name", ""),
            "start": round(start, 3),
            "end": round(time.time(), 3),
            "cpu": round(time.thread_time() - cpu, 3),
            "ffmpeg_cpu": round(_children_cpu() - children, 3),
            **({} if ok else {"failed": True}),
            **fields,
        }
        log.info("%s%s", PREFIX, json.dumps(line))


def parse(text: str, render_id: str) -> list[dict[str, Any]]:
    """The timeline lines of one render in a log's text, in the order they were written."""
    out: list[dict[str, Any]] = []
    for raw in text.splitlines():
        at = raw.find(PREFIX + "{")
        if at < 0:
            continue
        try:
            line = json.loads(raw[at + len(PREFIX):])
        except ValueError:
            continue
        if isinstance(line, dict) and line.get("render") == render_id:
            out.append(line)
    return out
