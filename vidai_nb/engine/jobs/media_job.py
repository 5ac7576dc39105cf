"""Media jobs: the small preview copy (proxy) of each uploaded video, made off the API process's cores.

Local engine: the one low-priority background thread of render/preview.py, as always. Shared engine:
a job for the workers (the API processes stay light), which read and write the shared data directory.
"""

from __future__ import annotations

import threading
from pathlib import Path

from vidai_nb.engine.jobs.queue import JobQueue, ThreadJobQueue


def proxy_job(source: str, out: str, cancel: threading.Event) -> None:
    from vidai_nb.engine.render.preview import make_proxy

    if not cancel.is_set():
        make_proxy(Path(source), Path(out))  # written atomically: a proxy is there whole or not at all


def queue_proxy_for(jobs: JobQueue, source: Path, out: Path, media_id: str) -> None:
    if isinstance(jobs, ThreadJobQueue):
        from vidai_nb.engine.render.preview import queue_proxy

        queue_proxy(source, out)
        return
    jobs.submit(proxy_job, str(source), str(out), job_id=f"proxy_{media_id}")
