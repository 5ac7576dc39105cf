"""`vidai-worker`: runs the engine's CPU-heavy jobs (renders…) from the shared PostgreSQL queue.

    VIDAI_DATABASE_URL=postgresql+psycopg://user@db/vidai VIDAI_DATA_DIR=/shared/vidai vidai-worker

Start as many as the machines have cores for ffmpeg (`--concurrency` jobs each; one is right when
each render gets the machine's threads). SIGTERM / Ctrl-C stops taking jobs and lets the running ones
finish; a worker killed outright loses nothing: another worker runs its job again (jobs/pg.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import threading
import time
from pathlib import Path

from vidai_nb.engine.config import Settings, settings_for_cli

log = logging.getLogger("vidai_nb.engine.worker")


def _rescuer(dsn: str, every_s: float, grace_s: float, stop: threading.Event) -> None:
    """Each second: jobs of dead workers back to the queue. Each hour: old finished jobs forgotten."""
    from vidai_nb.engine.jobs.pg import prune_finished, rescue_lost

    pruned_at = float("-inf")
    while not stop.wait(every_s):
        try:
            rescue_lost(dsn, grace_s)
            if time.monotonic() - pruned_at > 3600:
                pruned_at = time.monotonic()
                if gone := prune_finished(dsn):
                    log.info("forgot %d job(s) finished more than a week ago", gone)
        except Exception as exc:  # the database may be restarting: say so and keep trying
            log.warning("looking for lost jobs failed: %s", exc)


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
    parser.add_argument("--concurrency", type=int, default=1, help="jobs run at once (default 1)")
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
    from vidai_nb.engine.jobs.pg import QUEUE, conninfo, ensure_schema, make_app

    url = database_url()
    if not is_postgres(url):
        parser.error("vidai-worker needs VIDAI_DATABASE_URL=postgresql+psycopg://… (the shared queue)")
    if settings.ffmpeg:
        os.environ["VIDAI_FFMPEG"] = settings.ffmpeg
    from vidai_nb.engine.jobs.render_job import store_for, use_worker_settings, worker_tmp
    from vidai_nb.engine.render import run as _render  # noqa: F401  (loaded once, before the first job)

    use_worker_settings(str(settings.data_dir), settings.render_nice, settings.ffmpeg_threads)
    worker_tmp(settings.data_dir, socket.gethostname(), os.getpid())
    store_for(str(settings.data_dir))  # the migrations (the results table) before the first job
    dsn = conninfo(url)
    ensure_schema(dsn)
    name = args.name or f"{socket.gethostname()}-{os.getpid()}"
    stop = threading.Event()
    rescuer = threading.Thread(
        target=_rescuer, args=(dsn, 1.0, args.lost_after, stop), name="vidai-rescuer", daemon=True
    )
    rescuer.start()
    threading.Thread(target=_sweeper, args=(dsn, settings, stop), name="vidai-sweeper", daemon=True).start()
    log.info("worker %s: data dir %s, %d job(s) at once", name, settings.data_dir, args.concurrency)
    try:
        make_app(dsn).run_worker(
            queues=[QUEUE],
            name=name,
            concurrency=max(1, args.concurrency),
            update_heartbeat_interval=args.heartbeat,
            stalled_worker_timeout=max(30.0, args.heartbeat * 5),
            fetch_job_polling_interval=2.0,  # NOTIFY wakes it at once; polling is the fallback
            abort_job_polling_interval=1.0,
            listen_notify=True,
            install_signal_handlers=True,
        )
    finally:
        stop.set()
    log.info("worker %s: stopped", name)


if __name__ == "__main__":
    main()
