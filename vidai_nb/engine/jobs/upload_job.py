"""The CPU- and network-heavy steps of an upload: checking the stored files by content, encoding an
image sequence into a clip, fetching a URL.

They run through `offload` (jobs/queue.py): in a local engine in the request's worker thread, as
before; in a shared one as `call` jobs on `vidai-worker`s, so an API process only streams bytes into
storage and writes rows. Each is a module-level function of JSON arguments returning JSON; a refusal
comes back as `{"error": message, "code": protocol code}` (a raised error would lose its code on the
way back from a worker).
"""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
from pathlib import Path
from typing import Any

from vidai_nb.engine.jobs.queue import ProgressFn, offload
from vidai_nb.engine.media import MediaError, MediaInfo, probe, validate_upload
from vidai_nb.engine.media.sequence import Frame, Sequence, encode_sequence
from vidai_nb.engine.storage import StorageError, storage_for


class Refused(Exception):
    """A step refused the upload: `code` is the protocol's (4001 unsupported, 4002 too large, 400…)."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _root(data_dir: str) -> Path:
    """This process's data dir for a job (a worker's own wins over the API's it was given)."""
    from vidai_nb.engine.jobs.render_job import own_data_dir

    return Path(own_data_dir(data_dir))


def _answer(found: dict[str, Any]) -> dict[str, Any]:
    if "error" in found:
        raise Refused(str(found["error"]), int(found.get("code") or 4001))
    return found


def check_job(data_dir: str, items: list[list[Any]], on_progress: ProgressFn | None) -> dict[str, Any]:
    """items: [key, display name, size]. Every file's facts, or the first refusal (by name)."""
    storage = storage_for(_root(data_dir))
    infos = []
    for i, (key, name, size) in enumerate(items):
        # The file itself, or a presigned URL PyAV reads by ranges (no copy on this node).
        source = storage.source(key, ttl_s=600)
        try:
            infos.append(dataclasses.asdict(validate_upload(source, name, size=int(size))))
        except MediaError as exc:  # speak of the user's file name, not our generated one
            return {"error": str(exc).replace(Path(key).name, name), "code": exc.code}
        if on_progress is not None:
            on_progress(100.0 * (i + 1) / len(items))
    return {"infos": infos}


def check_uploads(data_dir: str, items: list[tuple[str, str, int]]) -> list[MediaInfo]:
    """Blocking: call from a thread. Refused for the first file that is not usable media."""
    found = _answer(offload(check_job, data_dir, [list(i) for i in items]))
    return [MediaInfo(**info) for info in found["infos"]]


def sequence_job(
    data_dir: str, name: str, frames: list[list[Any]], key: str, on_progress: ProgressFn | None
) -> dict[str, Any]:
    """frames: [file name, key, width, height] in order. Encodes them into one clip stored under
    `key`: {"size", "sha256", "info"}, or {"error"} when it cannot be made (the stills stay)."""
    from vidai_nb.engine.jobs.render_job import tmp_dir
    from vidai_nb.engine.storage.cache import local_copy

    root = _root(data_dir)
    storage = storage_for(root)
    out = tmp_dir(root) / f"seq_{hashlib.sha1(key.encode()).hexdigest()[:16]}.mp4"
    try:
        # the stills as local files (S3: this node's cache), the clip encoded in scratch, then stored
        here = [Frame(f, local_copy(storage, root, k), int(w), int(h)) for f, k, w, h in frames]
        encode_sequence(Sequence(name, here), out)
        info = probe(out)
        with out.open("rb") as fh:
            sha = hashlib.file_digest(fh, "sha256").hexdigest()
        size = out.stat().st_size
        storage.put_file(key, out, move=True)
    except (OSError, subprocess.SubprocessError, MediaError, StorageError) as exc:
        out.unlink(missing_ok=True)
        return {"error": str(exc), "code": 4001}
    return {"size": size, "sha256": sha, "info": dataclasses.asdict(info)}


def encode_clip(data_dir: str, seq: Sequence, keys: list[str], key: str) -> tuple[int, str, MediaInfo]:
    """(size, sha256, facts) of the clip made of `seq` (its frames stored under `keys`); Refused when
    it could not be made. Blocking."""
    frames = [[f.name, k, f.width, f.height] for f, k in zip(seq.frames, keys, strict=True)]
    found = _answer(offload(sequence_job, data_dir, seq.name, frames, key))
    return int(found["size"]), str(found["sha256"]), MediaInfo(**found["info"])


def fetch_job(
    data_dir: str, user_id: str, url: str, max_bytes: int, timeout_s: float, allow_loopback: bool,
    on_progress: ProgressFn | None,
) -> dict[str, Any]:
    """Fetch `url` into storage (api/url_fetch.py's checks and limits): {"raw_name", "key", "size",
    "sha256"} or the refusal. Nothing is left in storage when it is refused."""
    import asyncio

    from vidai_nb.engine.api.errors import ApiError
    from vidai_nb.engine.api.ingest import StreamTo
    from vidai_nb.engine.api.url_fetch import fetch

    storage = storage_for(_root(data_dir))
    try:
        got = asyncio.run(fetch(url, lambda name: StreamTo.open(storage, user_id, name), max_bytes,
                                timeout_s, allow_loopback))
    except ApiError as exc:
        return {"error": exc.message, "code": exc.code}
    return dataclasses.asdict(got)


def fetched(found: dict[str, Any]) -> dict[str, Any]:
    """A `fetch_job` answer, or its refusal raised."""
    return _answer(found)
