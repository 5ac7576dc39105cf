"""What every route needs, built once per app: settings, store, signer, limits, job queue, turn tasks."""

from __future__ import annotations

import asyncio
import logging
import os
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Protocol

from fastapi import Request

from vidai_nb.engine.api.ratelimit import SlidingWindow
from vidai_nb.engine.api.signing import Signer, load_secret
from vidai_nb.engine.config import Settings
from vidai_nb.engine.jobs import (
    JobQueue,
    ThreadJobQueue,
    database_url,
    is_postgres,
    make_queue,
    use_for_offload,
)
from vidai_nb.engine.jobs.recovery import recover
from vidai_nb.engine.jobs.render_job import store_for
from vidai_nb.engine.limits import DraftLimits
from vidai_nb.engine.storage import Storage, open_storage, register
from vidai_nb.engine.store import Store
from vidai_nb.engine.store.shared import DbRateLimit, Instance, Janitor, SessionLocks, shared_secret


class RateLimit(Protocol):
    def allow(self, key: str) -> bool: ...


@dataclass
class Shared:
    """A shared deployment's process-crossing state (PostgreSQL): see engine/store/shared.py."""

    instance: Instance
    locks: SessionLocks
    janitor: Janitor

    def close(self) -> None:
        self.janitor.stop()
        self.instance.close()


@dataclass
class Runtime:
    settings: Settings
    store: Store
    signer: Signer
    jobs: JobQueue
    ip_rate: RateLimit
    user_rate: RateLimit
    limits: DraftLimits
    storage: Storage  # media, renders, proxies (VIDAI_STORAGE_URL: the data dir, or S3)
    url_secret: bytes = b""
    shared: Shared | None = None
    # Agent turns run as tasks that outlive their HTTP response; keep references so they are not collected.
    turns: set[asyncio.Task[None]] = field(default_factory=set)
    session_locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        if settings.ffmpeg:  # engine/media reads $VIDAI_FFMPEG (also for settings built in code)
            os.environ["VIDAI_FFMPEG"] = settings.ffmpeg
        if settings.database_url:  # the render jobs open the store from the environment too
            os.environ["VIDAI_DATABASE_URL"] = settings.database_url
        for d in (settings.data_dir, settings.media_dir, settings.renders_dir):
            d.mkdir(parents=True, exist_ok=True)
        storage = open_storage(settings.storage_url, settings.data_dir)
        register(settings.data_dir, storage)  # render jobs in this process use the same store
        from vidai_nb.engine.speech import store as speech_store

        speech_store.use(storage)  # transcripts are kept there too (once per media, across restarts)
        store = store_for(str(settings.data_dir))  # the same store the render jobs use
        if settings.static_token:
            store.ensure_static_user(settings.static_credits)
        limits = DraftLimits.from_settings(settings)
        rpm = settings.requests_per_minute
        jobs = make_queue(settings.workers)
        # shared: transcriptions go to the workers too; local: they run in the turn's thread
        use_for_offload(None if isinstance(jobs, ThreadJobQueue) else jobs)
        if settings.shared or is_postgres(database_url()):
            # Other API processes and workers share this database and may be mid-turn or mid-render
            # right now: the single-engine start-up recovery (kill recorded ffmpegs, refund every open
            # freeze) would hit them. Turns of dead processes are refunded by the janitor instead, lost
            # renders are the workers' business (jobs/pg.py).
            instance = Instance(store.engine)
            logging.getLogger("vidai_nb.engine").info("shared deployment: this API process is %s",
                                                      instance.id)
            shared = Shared(instance, SessionLocks(store.engine), Janitor(store.engine, instance))
            shared.janitor.run_once()
            shared.janitor.start()
            secret = shared_secret(store.engine, "url-signing")
            return cls(
                settings=settings, store=store, signer=Signer(secret, settings.signed_url_ttl_s), jobs=jobs,
                ip_rate=DbRateLimit(store.engine, "ip", rpm, 60.0),
                user_rate=DbRateLimit(store.engine, "user", rpm, 60.0), limits=limits, storage=storage,
                url_secret=secret, shared=shared,
            )
        recover(settings.data_dir, store)  # what a crashed engine left: ffmpeg, partial files, freezes
        secret = load_secret(settings.data_dir / "url-signing.key")
        return cls(
            settings=settings,
            store=store,
            signer=Signer(secret, settings.signed_url_ttl_s),
            jobs=jobs,
            ip_rate=SlidingWindow(rpm, 60.0),
            user_rate=SlidingWindow(rpm, 60.0),
            limits=limits,
            storage=storage,
            url_secret=secret,
        )

    def session_lock(self, session_id: str) -> AbstractAsyncContextManager[None]:
        """One turn (or upload seeding) per session at a time; across processes in a shared deployment."""
        if self.shared is not None:
            return self.shared.locks(session_id)
        return self.session_locks.setdefault(session_id, asyncio.Lock())

    def turn_owner(self, session_id: str) -> tuple[str, str] | None:
        """What `Store.freeze` records with a turn's credits in a shared deployment (else nothing)."""
        return (session_id, self.shared.instance.id) if self.shared is not None else None


async def get_runtime(request: Request) -> Runtime:
    # async: FastAPI runs a sync dependency on a worker thread, a hop that costs more than this does
    rt: Runtime = request.app.state.runtime
    return rt


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"
