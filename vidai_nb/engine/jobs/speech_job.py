"""Speech analysis as jobs: on a `vidai-worker` in a shared deployment, in the caller's thread otherwise.

Transcription (subtitles), content bounds (dead air) and pauses each transcribe the clip: the turn
that needs them calls the `…_anywhere` function from its analysis thread, and the runner keeps
streaming heartbeats with the progress it reports (from the worker, through the database). The worker
reads the media at the same path (a shared data directory) and needs the same VIDAI_* settings
(trim pads, models) as the API.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from vidai_nb.engine.jobs.queue import ProgressFn, offload


def _local(path: str) -> str:
    """`stored:<key>` (an S3 object: engine/storage/cache.portable) → this machine's copy of it."""
    from vidai_nb.engine.jobs.render_job import _WORKER
    from vidai_nb.engine.storage.cache import resolve

    return resolve(path, _WORKER.get("data_dir"))


def transcribe_job(path: str, language: str | None, on_progress: ProgressFn | None) -> list[dict[str, Any]]:
    from vidai_nb.engine.speech import transcribe

    path = _local(path)
    return [asdict(w) for w in transcribe(path, language=language, on_progress=on_progress)]


def transcribe_anywhere(
    path: Path | str, language: str | None, on_progress: ProgressFn | None = None
) -> list[Any]:
    """`speech.transcribe`, run where this process sends its heavy steps (`jobs.offload`)."""
    from vidai_nb.engine.speech import Word

    return [Word(**w) for w in offload(transcribe_job, str(path), language, on_progress=on_progress)]


def content_job(path: str, language: str | None, on_progress: ProgressFn | None) -> dict[str, Any]:
    from vidai_nb.engine.speech import detect_content

    path = _local(path)
    return asdict(detect_content(path, language=language, on_progress=on_progress))


def content_anywhere(path: Path | str, language: str | None, on_progress: ProgressFn | None = None) -> Any:
    """`speech.detect_content` (a `Content`), run where this process sends its heavy steps."""
    from vidai_nb.engine.speech import Content

    return Content(**offload(content_job, str(path), language, on_progress=on_progress))


def pauses_job(
    path: str, threshold_db: float, min_ms: int, language: str | None, on_progress: ProgressFn | None
) -> list[list[int]]:
    from vidai_nb.engine.speech import detect_pauses

    path = _local(path)
    found = detect_pauses(path, threshold_db=threshold_db, min_ms=min_ms, language=language,
                          on_progress=on_progress)
    return [[int(a), int(b)] for a, b in found]


def pauses_anywhere(
    path: Path | str, threshold_db: float, min_ms: int, language: str | None,
    on_progress: ProgressFn | None = None,
) -> list[tuple[int, int]]:
    """`speech.detect_pauses`, run where this process sends its heavy steps."""
    found = offload(pauses_job, str(path), threshold_db, min_ms, language, on_progress=on_progress)
    return [(int(a), int(b)) for a, b in found]
