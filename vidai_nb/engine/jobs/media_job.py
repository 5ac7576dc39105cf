"""Media jobs: the small preview copy (proxy) of each uploaded video, made off the API process's cores.

Local engine: the one low-priority background thread of render/preview.py, as always. Shared engine:
a job for the workers (the API processes stay light). With a folder store the proxy is written beside
the data (`proxies/<media id>.mp4`, the data directory the workers share); with S3 the worker reads
the source from the store (its cache: the renders of that clip reuse the copy), makes the proxy (and
its sound proxy) in its scratch folder and uploads them under `proxies/`, where a preview on any
worker finds them (`fetch_stored_proxies`).
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path

from vidai_nb.engine.jobs.queue import JobQueue, ThreadJobQueue
from vidai_nb.engine.storage import Storage, StorageError, storage_for

log = logging.getLogger("vidai_nb.engine.jobs.media")


def proxy_keys(media_id: str) -> tuple[str, str]:
    """The store's keys of a video's proxy and of its sound proxy (named as render/preview.py names
    the local files)."""
    from vidai_nb.engine.render.preview import proxy_path, sound_proxy_path

    local = proxy_path(Path("."), media_id)
    return f"proxies/{local.name}", f"proxies/{sound_proxy_path(local).name}"


def proxy_job(source: str, out: str, cancel: threading.Event) -> None:
    from vidai_nb.engine.render.preview import make_proxy

    if not cancel.is_set():
        make_proxy(Path(source), Path(out))  # written atomically: a proxy is there whole or not at all


def stored_proxy_job(data_dir: str, key: str, media_id: str, cancel: threading.Event) -> None:
    """The proxies of the stored source `key` (picture, and sound where it has some), uploaded to the
    store (each published only once whole)."""
    from vidai_nb.engine.jobs.render_job import own_data_dir, tmp_dir
    from vidai_nb.engine.render.preview import make_proxy, proxy_path, sound_proxy_path
    from vidai_nb.engine.storage.cache import local_copy

    root = Path(own_data_dir(data_dir))
    storage = storage_for(root)
    picture, sound = proxy_keys(media_id)
    if cancel.is_set() or storage.exists(picture):
        return
    out = proxy_path(tmp_dir(root) / f"proxy-{media_id}", media_id)  # its own folder: the sound beside it
    try:
        if make_proxy(local_copy(storage, root, key), out, tall=False) is not None:  # not stored (yet)
            if sound_proxy_path(out).is_file():  # first: a preview that finds the picture finds both
                storage.put_file(sound, sound_proxy_path(out), move=True)
            storage.put_file(picture, out, move=True)
            log.info("proxy of %s stored", media_id)
    finally:
        shutil.rmtree(out.parent, ignore_errors=True)


def fetch_stored_proxies(data_dir: Path, media_ids: Iterable[str]) -> None:
    """With an object store: the stored proxies of these media, where this node has none yet, linked
    where render/preview.py looks for them (`proxies/` in the data dir) to copies in this node's cache
    (bounded: an evicted copy leaves a dangling link, which reads as "no proxy" and is fetched again)."""
    from vidai_nb.engine.render.preview import proxy_path, sound_proxy_path
    from vidai_nb.engine.storage.cache import local_copy

    storage = storage_for(data_dir)
    if storage.kind == "local":
        return
    for media_id in media_ids:
        local = proxy_path(data_dir, media_id)
        picture, sound = proxy_keys(media_id)
        for key, link in ((sound, sound_proxy_path(local)), (picture, local)):
            if link.is_file():
                continue
            try:
                if not storage.exists(key):
                    continue
                cached = local_copy(storage, data_dir, key)
            except StorageError as exc:  # the preview reads the original: slower, still right
                log.warning("proxy %s not fetched: %s", key, exc)
                continue
            link.parent.mkdir(parents=True, exist_ok=True)
            tmp = link.with_name(f".{link.name}.{os.getpid()}.{threading.get_ident()}.link")
            tmp.unlink(missing_ok=True)
            tmp.symlink_to(cached.resolve())
            os.replace(tmp, link)  # atomic: another job of this node sees the old link or the new one


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
