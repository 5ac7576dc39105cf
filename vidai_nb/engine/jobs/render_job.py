"""One export: draft → file, run on a job worker; everything it learns is written to the store.

The job takes only plain arguments (the data directory and the render id) and reads the rest from
the store, so `vidai-worker` processes (jobs/pg.py) run it as they are; a worker's own placement
(`use_worker_settings`) wins over what the submitting API process passed. The
request that queued it may be long gone (the client disconnected, or polls from elsewhere): the job
owns its record and always leaves it in a final state (completed, or failed with a readable reason).
It never touches the session's drafts.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
import time
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from vidai_nb.engine.jobs.queue import on_lost
from vidai_nb.engine.jobs.timeline import step
from vidai_nb.engine.storage.cache import LocalSources, publish_output
from vidai_nb.engine.store import Store, migrate, open_engine
from vidai_nb.engine.store.ids import utcnow
from vidai_nb.timeline.model import Draft

log = logging.getLogger("vidai_nb.engine.render_job")

PROGRESS_START = 5  # the protocol's "queued" progress
PROGRESS_EVERY_S = 0.5  # write progress at most this often
DB_NAME = "engine.sqlite3"


# Set by `vidai-worker` (engine/worker.py): its data directory, niceness and ffmpeg threads.
_WORKER: dict[str, Any] = {}


def use_worker_settings(
    data_dir: str | None = None, nice: int | None = None, threads: int | None = None, name: str | None = None
) -> None:
    """Make this process's render jobs use its own data dir / niceness / thread cap (a worker knows
    its machine; the API process that queued the job does not); `name`: the worker's, in its logs."""
    given = {"data_dir": data_dir, "nice": nice, "threads": threads, "name": name}
    _WORKER.update({k: v for k, v in given.items() if v is not None})


def own_data_dir(given: str) -> str:
    """The data dir a job uses: this worker's own when it has one, else the one the job was given."""
    return str(_WORKER.get("data_dir", given))


def worker_data_dir() -> str:
    """This worker's data directory (set by `use_worker_settings`); the environment's elsewhere."""
    if "data_dir" in _WORKER:
        return str(_WORKER["data_dir"])
    from vidai_nb.engine.config import Settings

    return str(Settings.from_env().data_dir)


@lru_cache(maxsize=8)
def store_for(data_dir: str) -> Store:
    """One store per data directory per process (a worker in another process opens its own): the
    database $VIDAI_DATABASE_URL names, else the SQLite file in the data directory."""
    from vidai_nb.engine.jobs import database_url

    url = database_url()
    engine = open_engine(url or Path(data_dir) / DB_NAME)
    migrate(engine)
    return Store(engine)


def pid_dir(data_dir: Path) -> Path:
    """Where running ffmpeg pids are recorded (for `kill_recorded` after a crash)."""
    return data_dir / "run"


def tmp_dir(data_dir: Path) -> Path:
    """The render scratch folders: under the data dir, so start-up can sweep what a crash left. A
    worker has a folder of its own inside (`worker_tmp`): others share the data dir while it runs."""
    path = Path(_WORKER["tmp"]) if "tmp" in _WORKER else data_dir / "tmp"
    path.mkdir(parents=True, exist_ok=True)
    return path


WORKER_TMP_PREFIX = "worker-"


def worker_tmp(data_dir: Path, host: str, pid: int) -> Path:
    """This worker's scratch folder; the ones dead workers of this host left are removed (a worker
    killed mid-render leaves its scratch behind; its job runs again elsewhere with a fresh one)."""
    import os
    import shutil

    root = data_dir / "tmp"
    for old in root.glob(f"{WORKER_TMP_PREFIX}{host}-*"):
        tail = old.name.rsplit("-", 1)[-1]
        if os.name != "nt" and tail.isdigit() and int(tail) != pid and not Path(f"/proc/{tail}").exists():
            shutil.rmtree(old, ignore_errors=True)
            log.info("removed the scratch folder of a stopped worker: %s", old.name)
    mine = root / f"{WORKER_TMP_PREFIX}{host}-{pid}"
    mine.mkdir(parents=True, exist_ok=True)
    _WORKER["tmp"] = str(mine)
    return mine


def output_path(data_dir: Path, user_id: str, render_id: str, fmt: str) -> Path:
    folder = data_dir / "renders" / user_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{render_id}.{fmt}"


def follow_faces(draft: dict[str, Any], media: Mapping[str, Path]) -> dict[str, Any]:
    """The draft with every "face" crop focus of the main track turned into a point {"x", "y"} (where
    OpenCV's bundled cascade finds the face; the centre when it finds none), so that planning the
    render stays pure. Back-to-back cuts of one file share one look (they share one decoder in the
    graph too): the face is searched over the first cut of each run. `draft` is not changed."""
    from vidai_nb.engine.media.faces import face_focus

    model = Draft.decode(draft)
    main = model.main
    if main is None or (model.meta.fit or "").lower() != "crop":
        return draft
    out = copy.deepcopy(draft)
    segs = out["t"][main.index]["sg"]
    found: dict[str, dict[str, float]] = {}  # src -> point of the current run
    previous: str | None = None
    for seg in main.segments:
        focus = seg.focus if seg.focus is not None else model.meta.focus
        if focus != "face" or not seg.src or media.get(seg.src) is None:
            previous = None
            continue
        if seg.src != previous or seg.src not in found:
            point = face_focus(Path(media[seg.src]), seg.in_point, round(seg.duration_ms * seg.rate))
            x, y = point if point is not None else (0.5, 0.5)
            found[seg.src] = {"x": x, "y": y}
        segs[seg.index]["focus"] = dict(found[seg.src])
        previous = seg.src
    return out


def run_render_job(data_dir: str, render_id: str, nice: int, threads: int, cancel: threading.Event) -> None:
    """`nice` / `threads`: ffmpeg's niceness and thread cap (VIDAI_RENDER_NICE / VIDAI_RENDER_THREADS)."""
    # Imported here so the API process starts fast; the worker pays for it once.
    from vidai_nb.engine.render import OutputSpec, RenderCancelled, RenderError, build_render, run_render
    from vidai_nb.engine.render.preview import build_preview, is_preview

    data_dir = _WORKER.get("data_dir", data_dir)
    nice = _WORKER.get("nice", nice)
    threads = _WORKER.get("threads", threads)
    store = store_for(data_dir)
    root = Path(data_dir)
    record = store.get_render(render_id, None)
    if record is None:
        log.warning("render %s vanished before it ran", render_id)
        return
    if record.status in ("completed", "failed"):  # a second delivery of a job that already ended
        log.info("render %s: already %s, not run again", render_id, record.status)
        return
    if cancel.is_set() or record.cancelled:
        store.update_render(
            render_id,
            status="failed",
            cancelled=True,
            error="cancelled before it started",
            completed_at=utcnow(),
        )
        return
    store.update_render(render_id, status="processing", progress=PROGRESS_START)
    log.info("render %s: started", render_id)
    started = time.monotonic()
    last = [0.0]
    logged_step = [0]

    def on_progress(pct: float) -> None:
        step = int(pct // 10)  # the log gets every 10 %, the store at most every PROGRESS_EVERY_S
        if step > logged_step[0]:
            logged_step[0] = step
            log.info("render %s: %d%%", render_id, min(step * 10, 100))
        now = time.monotonic()
        if now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        scaled = PROGRESS_START + int(max(0.0, min(100.0, pct)) * (99 - PROGRESS_START) / 100)
        store.update_render(render_id, progress=scaled)

    try:
        spec = OutputSpec.from_request(json.loads(record.output_json or "{}"))
        # Only this user's media can be rendered: another user's media id is simply unknown here.
        # Local files (S3: copied to this worker's cache) of the clips the draft names, only those.
        media = LocalSources(root, [(m.id, m.rel_path) for m in store.media_of_user(record.user_id)
                                    if m.id in record.draft_json])
        out = output_path(root, record.user_id, render_id, spec.format)
        preview = is_preview(json.loads(record.output_json or "{}"))
        if preview:  # quick and small, from the proxies (S3: made on a worker, fetched to this one)
            from vidai_nb.engine.jobs.media_job import fetch_stored_proxies

            fetch_stored_proxies(root, list(media))
            # framed as the export frames it: a "face" crop centres where the export finds the face
            plan = build_preview(follow_faces(json.loads(record.draft_json), media), media, root, out,
                                 tmp_dir(root))
        else:
            with step(render_id, "plan"):
                followed = follow_faces(json.loads(record.draft_json), media)  # once, shared by any parts
                plan = build_render(followed, media, spec, out, tmp_dir(root))
            from vidai_nb.engine.jobs import database_url, is_postgres

            if is_postgres(database_url()):  # the shared queue (psycopg is installed only for it)
                from vidai_nb.engine.jobs.chunk_job import maybe_split

                with step(render_id, "split") as noted:
                    noted["split"] = maybe_split(
                        plan, spec, followed, data_dir, render_id, record.user_id, nice, threads
                    )
                if noted["split"]:
                    return  # rendered in parts on the workers (jobs/chunk_job.py)
        with step(render_id, "ffmpeg"):
            result = run_render(
                plan,
                on_progress=on_progress,
                cancel=cancel,
                # A preview is a second or two of work that someone is watching the player for: it is
                # not niced behind the batch work (exports, proxies) and may use every core.
                nice=0 if preview else nice,
                threads=0 if preview else threads,
                pid_file=pid_dir(root) / f"{render_id}.pid",
            )
        key = Path(result).relative_to(root).as_posix()
        size = Path(result).stat().st_size
        with step(render_id, "publish"):
            publish_output(root, key, Path(result))  # S3: uploaded whole before the render says completed
            store.update_render(
                render_id,
                status="completed",
                progress=100,
                completed_at=utcnow(),
                rel_path=key,
            )
        how = "streams copied" if plan.stream_copy else "smart cut" if plan.smart_cut else plan.note
        log.info(
            "render %s: completed in %.1f s, %d bytes%s",
            render_id, time.monotonic() - started, size, f" ({how})" if how else "",
        )
    except RenderCancelled:
        current = store.get_render(render_id, None)
        if current is None or current.status == "processing":  # else: already failed with its reason
            store.update_render(
                render_id,
                status="failed",
                cancelled=True,
                error="cancelled by request",
                completed_at=utcnow(),
            )
        log.info("render %s: cancelled", render_id)
    except RenderError as exc:
        log.warning("render %s: failed: %s", render_id, exc)
        store.update_render(
            render_id, status="failed", error=str(exc) or "the render failed", completed_at=utcnow()
        )
    except Exception as exc:  # a bug: still leave a final, readable state
        log.exception("render %s crashed", render_id)
        store.update_render(
            render_id,
            status="failed",
            error=f"internal error: {type(exc).__name__}: {exc}",
            completed_at=utcnow(),
        )


@on_lost(run_render_job)
def _render_lost(args: list[Any], reason: str) -> None:
    """A distributed queue gave the render up: fail it with the reason (never left "processing")."""
    data_dir, render_id = str(_WORKER.get("data_dir", args[0])), str(args[1])
    store = store_for(data_dir)
    record = store.get_render(render_id, None)
    if record is not None and record.status in ("pending", "processing"):
        cancelled = reason.startswith("cancelled")
        store.update_render(
            render_id, status="failed", cancelled=cancelled, error=reason, completed_at=utcnow()
        )
