"""Speech analysis as jobs: on a `vidai-worker` in a shared deployment, in the caller's thread otherwise.

Transcription (subtitles), content bounds (dead air) and pauses each transcribe the clip: the turn
that needs them calls the `…_anywhere` function from its analysis thread, and the runner keeps
streaming heartbeats with the progress it reports (from the worker, through the database).

A job is told the clip's storage key, not a path, when the turn's media come from the store
(`LocalSources`): the worker reads it from the store itself (S3: into its own cache), so the API
process never downloads a clip only to hand it on. Workers need the same VIDAI_* settings (trim pads,
models, storage) as the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from vidai_nb.engine.jobs.queue import ProgressFn, offload, offloading

KEY = "key:"


def source_of(paths: Mapping[str, Path], media_id: str) -> str:
    """What a job reads for `media_id`: its storage key when jobs leave this process, else its path."""
    keys = getattr(paths, "keys_by_id", None)
    if offloading() and isinstance(keys, dict) and media_id in keys:
        return KEY + str(keys[media_id])
    return str(paths[media_id])


def local_file(source: str) -> Path:
    """The file a job reads (on a worker: fetched from the store into its cache when not local)."""
    if not source.startswith(KEY):
        return Path(source)
    from vidai_nb.engine.jobs.render_job import worker_data_dir
    from vidai_nb.engine.storage import storage_for
    from vidai_nb.engine.storage.cache import local_copy

    root = Path(worker_data_dir())
    return local_copy(storage_for(root), root, source[len(KEY):])


def transcribe_job(source: str, language: str | None, on_progress: ProgressFn | None) -> list[dict[str, Any]]:
    from vidai_nb.engine.speech import transcribe

    return [asdict(w) for w in transcribe(local_file(source), language=language, on_progress=on_progress)]


def transcribe_anywhere(
    paths: Mapping[str, Path], media_id: str, language: str | None, on_progress: ProgressFn | None = None
) -> list[Any]:
    """`speech.transcribe` of one clip, run where this process sends its heavy steps (`jobs.offload`)."""
    from vidai_nb.engine.speech import Word

    rows = offload(transcribe_job, source_of(paths, media_id), language, on_progress=on_progress)
    return [Word(**w) for w in rows]


def content_job(source: str, language: str | None, on_progress: ProgressFn | None) -> dict[str, Any]:
    from vidai_nb.engine.speech import detect_content

    return asdict(detect_content(local_file(source), language=language, on_progress=on_progress))


def content_anywhere(
    paths: Mapping[str, Path], media_id: str, language: str | None, on_progress: ProgressFn | None = None
) -> Any:
    """`speech.detect_content` (a `Content`) of one clip, run where this process sends its heavy steps."""
    from vidai_nb.engine.speech import Content

    return Content(**offload(content_job, source_of(paths, media_id), language, on_progress=on_progress))


def pauses_job(
    source: str, threshold_db: float, min_ms: int, language: str | None, on_progress: ProgressFn | None
) -> list[list[int]]:
    from vidai_nb.engine.speech import detect_pauses

    found = detect_pauses(local_file(source), threshold_db=threshold_db, min_ms=min_ms, language=language,
                          on_progress=on_progress)
    return [[int(a), int(b)] for a, b in found]


def pauses_anywhere(
    paths: Mapping[str, Path], media_id: str, threshold_db: float, min_ms: int, language: str | None,
    on_progress: ProgressFn | None = None,
) -> list[tuple[int, int]]:
    """`speech.detect_pauses` of one clip, run where this process sends its heavy steps."""
    found = offload(pauses_job, source_of(paths, media_id), threshold_db, min_ms, language,
                    on_progress=on_progress)
    return [(int(a), int(b)) for a, b in found]
