"""Transcription as a job: on a `vidai-worker` in a shared deployment, in the caller's thread otherwise.

The turn that needs the words calls `transcribe_anywhere` from its analysis thread; the runner keeps
streaming heartbeats with the progress this reports (from the worker, through the database).
The worker reads the media at the same path (a shared data directory).
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from vidai_nb.engine.jobs.queue import ProgressFn, offload


def transcribe_job(path: str, language: str | None, on_progress: ProgressFn | None) -> list[dict[str, Any]]:
    from vidai_nb.engine.speech import transcribe

    return [asdict(w) for w in transcribe(path, language=language, on_progress=on_progress)]


def transcribe_anywhere(
    path: Path | str, language: str | None, on_progress: ProgressFn | None = None
) -> list[Any]:
    """`speech.transcribe`, run where this process sends its heavy steps (`jobs.offload`)."""
    from vidai_nb.engine.speech import Word

    return [Word(**w) for w in offload(transcribe_job, str(path), language, on_progress=on_progress)]
