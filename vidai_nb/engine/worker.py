"""`vidai-worker`: runs the engine's CPU-heavy jobs (renders…) from the shared PostgreSQL queue.

    VIDAI_DATABASE_URL=postgresql+psycopg://user@db/vidai VIDAI_DATA_DIR=/shared/vidai vidai-worker

Start as many as the machines have cores for ffmpeg (`--concurrency` render slots each; one is right
when each render gets the machine's threads). Each worker also keeps `--interactive` slots (default 1)
that only take the jobs someone waits on (upload checks, image sequences, URL fetches, analysis), so
an upload never waits behind the renders running here. SIGTERM / Ctrl-C stops taking jobs and lets
the running ones finish; a worker killed outright loses nothing: another worker runs its job again
(jobs/pg.py).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

# OpenBLAS in one thread, before numpy loads: a fork() for ffmpeg during a BLAS call elsewhere would stop
# its thread pool under that call (see engine/__main__.py)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from vidai_nb.engine.config import Settings, settings_for_cli

log = logging.getLogger("vidai_nb.engine.worker")


def _rescuer(dsn: str, every_s: float, grace_s: float, stop: threading.Event) -> None:
    """Each second: jobs of dead workers back to the queue. Each hour: old finished jobs forgotten.
    Meanwhile it holds this worker's presence connection (`jobs/pg.render_workers`), reopened when lost;
    the look for lost jobs uses it too (a connection per second would be a server process per second)."""
    import psycopg

    from vidai_nb.engine.jobs.pg import RENDER_LANE_APP, prune_finished, rescue_lost

    pruned_at = float("-inf")
    presence: psycopg.Connection[Any] | None = None
    while True:
        try:  # a connection the server dropped (a restart) is only seen when used
            if presence is None:
                presence = psycopg.connect(dsn, autocommit=True, application_name=RENDER_LANE_APP)
            else:
                presence.execute("SELECT 1")
        except Exception as exc:
            log.warning("the worker's presence connection failed: %s", exc)
            if presence is not None:
                presence.close()
            presence = None
        if stop.wait(every_s):
            break
        try:
            rescue_lost(dsn, grace_s, presence)
            if time.monotonic() - pruned_at > 3600:
                pruned_at = time.monotonic()
                if gone := prune_finished(dsn):
                    log.info("forgot %d job(s) finished more than a week ago", gone)
        except Exception as exc:  # the database may be restarting: say so and keep trying
            log.warning("looking for lost jobs failed: %s", exc)
    if presence is not None:
        presence.close()


def run_lanes(app: Any, name: str, concurrency: int, interactive: int, **options: Any) -> None:
    """Two procrastinate workers in one process, on one event loop: `concurrency` render slots that
    take both queues (waited-on jobs first: their priority) and `interactive` slots that take only
    `CALL_QUEUE`, so those never wait behind a render. SIGTERM / Ctrl-C stops both after their jobs."""
    import signal

    from procrastinate.worker import Worker

    from vidai_nb.engine.jobs.pg import CALL_QUEUE, QUEUE

    async def run() -> None:
        loop = asyncio.get_running_loop()
        # jobs are sync functions run on the loop's default executor: one thread per slot, whatever
        # the core count (its default size is cores + 4)
        loop.set_default_executor(ThreadPoolExecutor(concurrency + interactive + 4, "vidai-slot"))
        lanes = [Worker(app=app, queues=[QUEUE, CALL_QUEUE], name=name, concurrency=concurrency,
                        install_signal_handlers=False, **options)]
        if interactive > 0:
            lanes.append(Worker(app=app, queues=[CALL_QUEUE], name=f"{name}-interactive",
                                concurrency=interactive, install_signal_handlers=False, **options))

        def stop() -> None:
            for sig in (signal.SIGINT, signal.SIGTERM):  # a second signal is not caught: it ends us now
                loop.remove_signal_handler(sig)
            for lane in lanes:
                lane.stop()

        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop)
        async with app.open_async():
            tasks = [asyncio.create_task(lane.run()) for lane in lanes]
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            stop()  # one lane ended (stopped, or failed: its side task died): end the other too
            await asyncio.gather(*tasks, return_exceptions=True)
            for task in done:
                task.result()  # a lane that failed fails the worker

    asyncio.run(run())


SWEEP_LOCK = 0x76696461_73776570  # "vidaswep": one worker sweeps the store at a time


def _sweeper(dsn: str, settings: Settings, stop: threading.Event) -> None:
    """With S3: the orphan sweep (storage/sweep.py) now, then every `storage_sweep_s` seconds."""
    import psycopg

    from vidai_nb.engine.jobs.render_job import store_for
    from vidai_nb.engine.storage import storage_for
    from vidai_nb.engine.storage.s3 import S3Storage
    from vidai_nb.engine.storage.sweep import sweep

    storage = storage_for(settings.data_dir)
    if not isinstance(storage, S3Storage) or settings.storage_sweep_s <= 0:
        return
    db = store_for(str(settings.data_dir)).engine
    while True:
        try:
            with psycopg.connect(dsn) as conn, conn.transaction():
                got = conn.execute("SELECT pg_try_advisory_xact_lock(%s)", (SWEEP_LOCK,)).fetchone()
                if got and got[0]:
                    sweep(storage, db, settings.storage_sweep_grace_s)
        except Exception as exc:  # the store or the database may be restarting: try again next time
            log.warning("storage sweep failed: %s", exc)
        if stop.wait(settings.storage_sweep_s):
            return


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="vidai-worker", description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, default=1, help="render slots: jobs at once (default 1)")
    parser.add_argument(
        "--interactive", type=int, default=1,
        help="slots only for the jobs someone waits on: uploads, analysis (default 1; 0: none)",
    )
    parser.add_argument("--name", default=None, help="shown in logs (default: host-pid)")
    parser.add_argument("--data-dir", type=Path, default=None, help="default: $VIDAI_DATA_DIR")
    parser.add_argument("--heartbeat", type=float, default=2.0, help="seconds between heartbeats")
    parser.add_argument(
        "--lost-after", type=float, default=3.0,
        help="seconds a running job may go without its lock before it is run again elsewhere",
    )
    parser.add_argument("--log-level", default=os.environ.get("VIDAI_LOG_LEVEL", "info"))
    args = parser.parse_args(argv)
    settings = settings_for_cli(parser, args.data_dir)
    logging.basicConfig(
        level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from vidai_nb.engine.jobs import database_url, is_postgres
    from vidai_nb.engine.jobs.pg import conninfo, ensure_schema, make_app

    url = database_url()
    if not is_postgres(url):
        parser.error("vidai-worker needs VIDAI_DATABASE_URL=postgresql+psycopg://… (the shared queue)")
    if settings.ffmpeg:
        os.environ["VIDAI_FFMPEG"] = settings.ffmpeg
    from vidai_nb.engine.jobs.render_job import store_for, use_worker_settings, worker_tmp
    from vidai_nb.engine.render import run as _render  # noqa: F401  (loaded once, before the first job)

    name = args.name or f"{socket.gethostname()}-{os.getpid()}"
    use_worker_settings(str(settings.data_dir), settings.render_nice, settings.ffmpeg_threads, name)
    worker_tmp(settings.data_dir, socket.gethostname(), os.getpid())
    store_for(str(settings.data_dir))  # the migrations (the results table) before the first job
    dsn = conninfo(url)
    ensure_schema(dsn)
    stop = threading.Event()
    rescuer = threading.Thread(
        target=_rescuer, args=(dsn, 1.0, args.lost_after, stop), name="vidai-rescuer", daemon=True
    )
    rescuer.start()
    threading.Thread(target=_sweeper, args=(dsn, settings, stop), name="vidai-sweeper", daemon=True).start()
    concurrency, interactive = max(1, args.concurrency), max(0, args.interactive)
    log.info("worker %s: data dir %s, %d render slot(s), %d interactive", name, settings.data_dir,
             concurrency, interactive)
    try:
        run_lanes(
            make_app(dsn), name, concurrency, interactive,
            update_heartbeat_interval=args.heartbeat,
            stalled_worker_timeout=max(30.0, args.heartbeat * 5),
            fetch_job_polling_interval=2.0,  # NOTIFY wakes it at once; polling is the fallback
            abort_job_polling_interval=1.0,
            listen_notify=True,
        )
    finally:
        stop.set()
    log.info("worker %s: stopped", name)


if __name__ == "__main__":
    main()
