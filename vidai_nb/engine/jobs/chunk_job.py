"""A long export split across workers: video parts and the sound as separate queue jobs, then one join.

Only with the shared queue (PostgreSQL, `vidai-worker`s) and at least two live workers, for an MP4/MOV
export that would be fully re-encoded (not a stream copy or a smart cut, no subtitle files beside it,
not an export range) whose programme lasts at least `VIDAI_CHUNK_MIN_S` seconds (default 60; 0 turns
splitting off). `VIDAI_CHUNK_PARTS` fixes the number of video parts (default 0: one per live worker).

    run_render_job ── split ──► part 0 … part n-1 (video frames), part n (the whole sound)
                                 each on any worker; the last one to finish queues ──► join

No job ever waits for another inside a worker slot (with one slot per worker a parent waiting for its
parts would deadlock): `split` queues the parts and returns; each part, when done, marks its row done
under a lock of the render's row, and the one that leaves none undone queues the join. A part
re-run after its worker died (jobs/pg.rescue_lost) finds its row and either renders again or, when it
had finished, only makes sure the join is queued. The render's progress is the parts' mean, raised
(never lowered) under a lock of the render's row, so it never goes back; a cancel
of the render cancels every job named `<render id>.*` (ProcrastinateJobQueue.cancel); a failed part
fails the render with its reason and cancels the others. Parts go through the engine's storage
(`renders/<user>/<render>.parts/`), so workers need not share a disk; they are deleted at the end.
Face crops (`focus: "face"`) are found once, by the splitting job, and the draft so resolved is kept
with the parts' record (`vidai_chunked_renders.draft`, tables from the store's migration 0006): each
part renders from it. A video part renders only its share (render/chunks.py says how).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import psycopg

from vidai_nb.engine.jobs import database_url, is_postgres
from vidai_nb.engine.jobs.queue import on_lost
from vidai_nb.engine.jobs.render_job import (
    _WORKER,
    PROGRESS_EVERY_S,
    PROGRESS_START,
    follow_faces,
    output_path,
    pid_dir,
    store_for,
    tmp_dir,
)
from vidai_nb.engine.jobs.timeline import step
from vidai_nb.engine.storage import storage_for
from vidai_nb.engine.storage.cache import LocalSources, cache_dir, local_copy, publish_output
from vidai_nb.engine.store.ids import utcnow
from vidai_nb.timeline.model import Draft

log = logging.getLogger("vidai_nb.engine.chunks")

DEFAULT_MIN_S = 60.0
PROGRESS_PARTS_END = 95  # the parts take the render to here; the join to 100
MAX_PARTS = 32



def min_programme_s() -> float:
    raw = os.environ.get("VIDAI_CHUNK_MIN_S", "").strip()
    try:
        return float(raw) if raw else DEFAULT_MIN_S
    except ValueError:
        raise ValueError(f"VIDAI_CHUNK_MIN_S must be a number of seconds, not {raw!r}") from None


def fixed_parts() -> int:
    raw = os.environ.get("VIDAI_CHUNK_PARTS", "").strip()
    return min(MAX_PARTS, int(raw)) if raw.isdigit() else 0


def _dsn() -> str:
    from vidai_nb.engine.jobs.pg import conninfo

    return conninfo(database_url())


@lru_cache(maxsize=1)
def _queue() -> Any:
    """This worker's handle to queue jobs (parts, the join, cancels); one per process."""
    from vidai_nb.engine.jobs.pg import ProcrastinateJobQueue

    return ProcrastinateJobQueue(_dsn())  # the chunk tables come from the store's migration 0006


def live_workers(dsn: str) -> int:
    from vidai_nb.engine.jobs.pg import render_workers

    # worker processes, not procrastinate's worker rows (two per process: its render and interactive lanes)
    return render_workers(dsn)


def parts_for(programme_ms: int) -> int:
    """How many video parts this export gets here: 0 = render it as one job."""
    if not is_postgres(database_url()):
        return 0
    least = min_programme_s()
    if least <= 0 or programme_ms < least * 1000:
        return 0
    workers = live_workers(_dsn())
    if workers < 2:
        return 0
    n = fixed_parts() or workers
    return min(n, MAX_PARTS) if n >= 2 else 0


def _part_key(user_id: str, render_id: str, part: int | None) -> str:
    """Where a finished part waits for the join: video part `part`, or the sound (None)."""
    name = "sound.m4a" if part is None else f"p{part:03d}.mp4"
    return f"renders/{user_id}/{render_id}.parts/{name}"


def _parts_prefix(user_id: str, render_id: str) -> str:
    return f"renders/{user_id}/{render_id}.parts/"


def maybe_split(
    plan: Any,
    spec: Any,
    draft: dict[str, Any],
    data_dir: str,
    render_id: str,
    user_id: str,
    nice: int,
    threads: int,
) -> bool:
    """Split the export (and return True) when it qualifies (see the module's docstring); the caller
    then leaves the render to its parts. `draft`: as the parts render it, face crops already found
    (render_job.follow_faces), so face tracking runs once, here, not once per part."""
    from vidai_nb.engine.render.chunks import CHUNK_FORMATS, frame_ranges

    if (
        plan.stream_copy
        or plan.smart_cut
        or plan.sidecars
        or spec.format not in CHUNK_FORMATS
        or spec.start_ms is not None
        or spec.end_ms is not None
    ):
        return False
    n = parts_for(plan.duration_ms)
    if n < 2:
        return False
    plan.cleanup()
    ranges = frame_ranges(draft, spec, n, after_sound=True)  # split() queues the sound first
    split(data_dir, render_id, user_id, ranges, nice, threads, draft)
    return True


def split(
    data_dir: str,
    render_id: str,
    user_id: str,
    ranges: list[tuple[int, int]],
    nice: int,
    threads: int,
    draft: dict[str, Any] | None = None,
) -> None:
    """Record the parts and queue them (video parts 0…n-1, the sound as part n); returns at once. A
    re-run (the splitting job's worker died) keeps the parts recorded and queues only the undone ones."""
    queue = _queue()
    n = len(ranges)
    with psycopg.connect(queue.dsn) as conn, conn.transaction():
        conn.execute("DELETE FROM vidai_chunked_renders WHERE created_at < now() - interval '2 days'")
        row = conn.execute(
            "SELECT parts FROM vidai_chunked_renders WHERE render_id = %s FOR UPDATE", (render_id,)
        ).fetchone()
        if row is None or int(row[0]) != n + 1:
            conn.execute("DELETE FROM vidai_chunked_renders WHERE render_id = %s", (render_id,))
            conn.execute(
                "INSERT INTO vidai_chunked_renders (render_id, parts, draft) VALUES (%s, %s, %s)",
                (render_id, n + 1, None if draft is None else json.dumps(draft)),
            )
            for i, (a, b) in enumerate([*ranges, (0, 0)]):
                conn.execute(
                    "INSERT INTO vidai_chunk_parts (render_id, part, first_frame, end_frame) "
                    "VALUES (%s, %s, %s, %s)",
                    (render_id, i, a, b),
                )
        undone = {int(r[0]) for r in conn.execute(
            "SELECT part FROM vidai_chunk_parts WHERE render_id = %s AND NOT done", (render_id,)
        ).fetchall()}
    # the sound first, the last video part last: whoever renders the sound takes that shorter part
    # next (render/chunks.frame_ranges, after_sound), so no worker waits on a sound then a whole part
    for part in [p for p in [n, *range(n)] if p in undone]:
        with contextlib.suppress(ValueError):  # queued already (a re-run of this split)
            queue.submit(run_part, data_dir, render_id, part, nice, threads,
                         job_id=f"{render_id}.p{part}", owner=user_id)
    if not undone:
        _queue_join(data_dir, render_id, user_id, nice, threads)
    log.info("render %s: split into %d video parts and the sound", render_id, n)


def _settings(data_dir: str, nice: int, threads: int) -> tuple[str, int, int]:
    return (
        str(_WORKER.get("data_dir", data_dir)),
        int(_WORKER.get("nice", nice)),
        int(_WORKER.get("threads", threads)),
    )


def _part_row(dsn: str, render_id: str, part: int) -> tuple[int, int, int, bool, str | None] | None:
    """(parts in all, first frame, end frame, done, the draft as split) of one part."""
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT r.parts, p.first_frame, p.end_frame, p.done, r.draft FROM vidai_chunk_parts p "
            "JOIN vidai_chunked_renders r USING (render_id) WHERE p.render_id = %s AND p.part = %s",
            (render_id, part),
        ).fetchone()
    return (int(row[0]), int(row[1]), int(row[2]), bool(row[3]), row[4]) if row else None


def _finish_part(dsn: str, render_id: str, part: int) -> int:
    """Mark the part done; returns how many parts are still undone. The render's row is locked first,
    so of two parts finishing at once the second sees the first done (one of them queues the join)."""
    with psycopg.connect(dsn) as conn, conn.transaction():
        conn.execute("SELECT 1 FROM vidai_chunked_renders WHERE render_id = %s FOR UPDATE", (render_id,))
        conn.execute(
            "UPDATE vidai_chunk_parts SET done = true, progress = 100 WHERE render_id = %s AND part = %s",
            (render_id, part),
        )
        row = conn.execute(
            "SELECT count(*) FROM vidai_chunk_parts WHERE render_id = %s AND NOT done", (render_id,)
        ).fetchone()
    return int(row[0]) if row else 0


def _queue_join(data_dir: str, render_id: str, user_id: str, nice: int, threads: int) -> None:
    with contextlib.suppress(ValueError):  # ValueError: a re-run part found it queued already
        _queue().submit(
            run_join, data_dir, render_id, nice, threads, job_id=f"{render_id}.join", owner=user_id
        )


def _fail(data_dir: str, render_id: str, error: str, cancelled: bool = False) -> None:
    """Fail the render (unless it already ended), stop its other jobs, remove the parts made so far."""
    store = store_for(data_dir)
    record = store.get_render(render_id, None)
    if record is None:
        return
    if record.status in ("pending", "processing"):
        store.update_render(
            render_id, status="failed", cancelled=cancelled, error=error, completed_at=utcnow()
        )
    try:
        _queue().cancel(render_id)  # every job of this render that is still waiting or running
    except Exception:
        log.exception("render %s: cancelling its other parts failed", render_id)
    _remove_parts(data_dir, record.user_id, render_id)


def _remove_parts(data_dir: str, user_id: str, render_id: str) -> None:
    storage = storage_for(data_dir)
    prefix = _parts_prefix(user_id, render_id)
    for key in list(storage.keys(prefix)):
        storage.delete(key)
    shutil.rmtree(Path(data_dir) / prefix, ignore_errors=True)  # a local store's folder
    shutil.rmtree(cache_dir(Path(data_dir)) / prefix, ignore_errors=True)  # S3: this worker's copies


class _Progress:
    """on_progress for one part: its row, then the render's progress as the parts' mean. The render's
    row is locked while its progress is raised (never lowered) and written to the store, so of two
    parts reporting at once the later write carries the larger figure: progress never goes back. One
    connection for the part's reports (one per report started a server process twice a second)."""

    def __init__(self, dsn: str, render_id: str, part: int, data_dir: str) -> None:
        self.dsn, self.render_id, self.part = dsn, render_id, part
        self.store = store_for(data_dir)
        self.last = 0.0
        self.conn: psycopg.Connection[Any] | None = None

    def __call__(self, pct: float) -> None:
        import time

        now = time.monotonic()
        if now - self.last < PROGRESS_EVERY_S:
            return
        self.last = now
        if self.conn is None or self.conn.closed:
            self.conn = psycopg.connect(self.dsn, autocommit=True)
        with self.conn.transaction():
            self.conn.execute(
                "UPDATE vidai_chunk_parts SET progress = GREATEST(progress, %s) "
                "WHERE render_id = %s AND part = %s",
                (float(pct), self.render_id, self.part),
            )
            row = self.conn.execute(
                "UPDATE vidai_chunked_renders r SET progress = GREATEST(r.progress, "
                "(SELECT avg(p.progress) FROM vidai_chunk_parts p WHERE p.render_id = r.render_id)) "
                "WHERE r.render_id = %s RETURNING r.progress",
                (self.render_id,),
            ).fetchone()
            if row is None:  # the render's parts are gone (it ended)
                return
            scaled = PROGRESS_START + int(float(row[0]) * (PROGRESS_PARTS_END - PROGRESS_START) / 100)
            self.store.update_render(self.render_id, progress=scaled)  # still under the row's lock

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()


def _describe(part: int, parts: int, first: int, end: int, fps: float) -> str:
    if part == parts - 1:
        return "the sound"
    return f"part {part + 1} of {parts - 1} ({first / fps:.1f}-{end / fps:.1f} s)"


def run_part(
    data_dir: str, render_id: str, part: int, nice: int, threads: int, cancel: threading.Event
) -> None:
    """One video part (frames of the programme) or, for the last part, the whole sound."""
    from vidai_nb.engine.render import OutputSpec, RenderCancelled, RenderError, run_render
    from vidai_nb.engine.render.chunks import build_sound, build_video_part, fps_of

    data_dir, nice, threads = _settings(data_dir, nice, threads)
    dsn = _queue().dsn
    store = store_for(data_dir)
    record = store.get_render(render_id, None)
    row = _part_row(dsn, render_id, part)
    if record is None or row is None:
        log.warning("render %s part %d: vanished before it ran", render_id, part)
        return
    parts, first, end, done, split_draft = row
    if record.status in ("completed", "failed") or record.cancelled:
        _remove_parts(data_dir, record.user_id, render_id)
        return
    root = Path(data_dir)
    what = f"{render_id} part {part}"
    if not done:
        # the draft as the split saw it, face crops found there; a row from before 0006 has none
        draft = json.loads(split_draft if split_draft is not None else record.draft_json)
        spec = OutputSpec.from_request(json.loads(record.output_json or "{}"))
        what = _describe(part, parts, first, end, fps_of(draft, spec))
        sound = part == parts - 1
        name = "sound" if sound else f"part {part}"
        key = _part_key(record.user_id, render_id, None if sound else part)
        try:
            with step(render_id, f"{name}: plan"):
                media = LocalSources(
                    root,
                    [
                        (m.id, m.rel_path)
                        for m in store.media_of_user(record.user_id)
                        if m.id in record.draft_json
                    ],
                )
                out = tmp_dir(root) / f"{render_id}.{Path(key).name}"
                if sound:
                    plan = build_sound(draft, media, spec, out, tmp_dir(root))
                else:
                    followed = draft if split_draft is not None else follow_faces(draft, media)
                    plan = build_video_part(followed, media, spec, first, end, out, tmp_dir(root))
            progress = _Progress(dsn, render_id, part, data_dir)
            with step(render_id, f"{name}: ffmpeg", frames=0 if sound else end - first):
                try:
                    result = run_render(
                        plan,
                        on_progress=progress,
                        cancel=cancel,
                        nice=nice,
                        threads=threads,
                        pid_file=pid_dir(root) / f"{render_id}.p{part}.pid",
                    )
                finally:
                    progress.close()
            with step(render_id, f"{name}: upload") as noted:
                noted["bytes"] = Path(result).stat().st_size
                storage_for(data_dir).put_file(key, Path(result), move=True)
        except RenderCancelled:
            log.info("render %s: %s cancelled", render_id, what)
            _fail(data_dir, render_id, "cancelled by request", cancelled=True)
            return
        except RenderError as exc:
            log.warning("render %s: %s failed: %s", render_id, what, exc)
            _fail(data_dir, render_id, f"{what} failed: {exc}")
            return
        except Exception as exc:  # a bug: still a final, readable state
            log.exception("render %s: %s crashed", render_id, what)
            _fail(data_dir, render_id, f"{what} failed: internal error: {type(exc).__name__}: {exc}")
            return
    with step(render_id, f"part {part}: done" if part < parts - 1 else "sound: done") as noted:
        left = _finish_part(dsn, render_id, part)
        noted["left"] = left
        log.info("render %s: %s done, %d part(s) to go", render_id, what, left)
        current = store.get_render(render_id, None)
        if current is None or current.status == "failed":  # failed meanwhile: nothing of it is kept
            _remove_parts(data_dir, record.user_id, render_id)
        elif left == 0:
            _queue_join(data_dir, render_id, record.user_id, nice, threads)


def run_join(data_dir: str, render_id: str, nice: int, threads: int, cancel: threading.Event) -> None:
    """The parts one after another, the sound beside them, streams copied; then the render completes."""
    import time

    from vidai_nb.engine.render import OutputSpec, RenderCancelled, RenderError, run_render
    from vidai_nb.engine.render.chunks import build_join

    data_dir, nice, threads = _settings(data_dir, nice, threads)
    store = store_for(data_dir)
    record = store.get_render(render_id, None)
    if record is None or record.status in ("completed", "failed") or record.cancelled:
        if record is not None and record.status != "completed":
            _remove_parts(data_dir, record.user_id, render_id)
        return
    root = Path(data_dir)
    started = time.monotonic()
    try:
        with psycopg.connect(_queue().dsn, autocommit=True) as conn:
            row = conn.execute(
                "SELECT parts FROM vidai_chunked_renders WHERE render_id = %s", (render_id,)
            ).fetchone()
        if row is None:
            raise RenderError("the record of its parts is gone")
        parts = int(row[0])
        storage = storage_for(data_dir)
        with step(render_id, "join: fetch"):
            videos = [
                local_copy(storage, root, _part_key(record.user_id, render_id, i)) for i in range(parts - 1)
            ]
            sound = local_copy(storage, root, _part_key(record.user_id, render_id, None))
        spec = OutputSpec.from_request(json.loads(record.output_json or "{}"))
        out = output_path(root, record.user_id, render_id, spec.format)
        duration_ms = max(1, Draft.decode(json.loads(record.draft_json)).programme_ms)
        with step(render_id, "join: ffmpeg"):
            plan = build_join(videos, sound, spec, duration_ms, out, tmp_dir(root))
            result = run_render(
                plan, cancel=cancel, nice=nice, threads=threads,
                pid_file=pid_dir(root) / f"{render_id}.join.pid",
            )
        key = Path(result).relative_to(root).as_posix()
        with step(render_id, "join: publish"):
            publish_output(root, key, Path(result))
            store.update_render(
                render_id, status="completed", progress=100, completed_at=utcnow(), rel_path=key
            )
        log.info("render %s: %d parts joined in %.1f s", render_id, parts - 1, time.monotonic() - started)
    except RenderCancelled:
        _fail(data_dir, render_id, "cancelled by request", cancelled=True)
        return
    except Exception as exc:
        log.warning("render %s: joining its parts failed: %s", render_id, exc)
        reason = str(exc) if isinstance(exc, RenderError) else f"internal error: {type(exc).__name__}: {exc}"
        _fail(data_dir, render_id, f"joining the parts failed: {reason}")
        return
    _remove_parts(data_dir, record.user_id, render_id)
    with psycopg.connect(_queue().dsn, autocommit=True) as conn:
        conn.execute("DELETE FROM vidai_chunked_renders WHERE render_id = %s", (render_id,))


@on_lost(run_part)
def _part_lost(args: list[Any], reason: str) -> None:
    data_dir, render_id, part = str(_WORKER.get("data_dir", args[0])), str(args[1]), int(args[2])
    cancelled = reason.startswith("cancelled")
    _fail(data_dir, render_id, reason if cancelled else f"part {part + 1}: {reason}", cancelled=cancelled)


@on_lost(run_join)
def _join_lost(args: list[Any], reason: str) -> None:
    data_dir, render_id = str(_WORKER.get("data_dir", args[0])), str(args[1])
    cancelled = reason.startswith("cancelled")
    _fail(data_dir, render_id, reason if cancelled else f"joining the parts: {reason}", cancelled=cancelled)
