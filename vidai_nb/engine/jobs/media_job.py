"""Media jobs: the small preview copy (proxy) of each uploaded video, made off the API process's cores.

Local engine: the one low-priority background thread of render/preview.py, as always. Shared engine:
a job for the workers (the API processes stay light). With a folder store the proxy is written beside
the data (`proxies/<media id>.mp4`, the data directory the workers share); with S3 the worker reads
the source from the store (its cache: the renders of that clip reuse the copy), makes the proxy in its
scratch folder and uploads it under the same key, where every worker's previews find it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from vidai_nb.engine.jobs.queue import JobQueue, ThreadJobQueue
from vidai_nb.engine.storage import Storage, storage_for

log = logging.getLogger("vidai_nb.engine.jobs.media")


def proxy_key(media_id: str) -> str:
    return f"proxies/{media_id}.mp4"


def proxy_job(source: str, out: str, cancel: threading.Event) -> None:
    from vidai_nb.engine.render.preview import make_proxy

    if not cancel.is_set():
        make_proxy(Path(source), Path(out))  # written atomically: a proxy is there whole or not at all


def stored_proxy_job(data_dir: str, key: str, media_id: str, cancel: threading.Event) -> None:
    """The proxy of the stored source `key`, uploaded to the store (published only once whole)."""
    from vidai_nb.engine.jobs.render_job import own_data_dir, tmp_dir
    from vidai_nb.engine.render.preview import make_proxy
    from vidai_nb.engine.storage.cache import local_copy

    root = Path(own_data_dir(data_dir))
    storage = storage_for(root)
    if cancel.is_set() or storage.exists(proxy_key(media_id)):
        return
    out = tmp_dir(root) / f"proxy_{media_id}.mp4"
    try:
        if make_proxy(local_copy(storage, root, key), out) is not None:
            storage.put_file(proxy_key(media_id), out, move=True)
            log.info("proxy of %s stored", media_id)
    finally:
        out.unlink(missing_ok=True)


def queue_proxy_for(jobs: JobQueue, storage: Storage, data_dir: Path, key: str, media_id: str) -> None:
    from vidai_nb.engine.render.preview import proxy_path

    source = storage.local_path(key)
    if source is None:  # an object store: a job fetches the source (shared engine: on a worker)
        jobs.submit(stored_proxy_job, str(data_dir), key, media_id, job_id=f"proxy_{media_id}")
        return
    out = proxy_path(data_dir, media_id)
    if isinstance(jobs, ThreadJobQueue):
        from vidai_nb.engine.render.preview import queue_proxy

        queue_proxy(source, out)
        return
    jobs.submit(proxy_job, str(source), str(out), job_id=f"proxy_{media_id}")
