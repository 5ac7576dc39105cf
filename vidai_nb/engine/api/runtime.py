"""What every route needs, built once per app: settings, store, signer, limits, job queue, turn tasks."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass, field

from fastapi import Request

from vidai_nb.engine.api.ratelimit import SlidingWindow
from vidai_nb.engine.api.signing import Signer, load_secret
from vidai_nb.engine.config import Settings
from vidai_nb.engine.jobs import ThreadJobQueue
from vidai_nb.engine.jobs.recovery import recover
from vidai_nb.engine.jobs.render_job import store_for
from vidai_nb.engine.limits import DraftLimits
from vidai_nb.engine.store import Store


@dataclass
class Runtime:
    settings: Settings
    store: Store
    signer: Signer
    jobs: ThreadJobQueue
    ip_rate: SlidingWindow
    user_rate: SlidingWindow
    limits: DraftLimits
    # Agent turns run as tasks that outlive their HTTP response; keep references so they are not collected.
    turns: set[asyncio.Task[None]] = field(default_factory=set)
    session_locks: dict[str, asyncio.Lock] = field(default_factory=dict)

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        if settings.ffmpeg:  # engine/media reads $VIDAI_FFMPEG (also for settings built in code)
            os.environ["VIDAI_FFMPEG"] = settings.ffmpeg
        for d in (settings.data_dir, settings.media_dir, settings.renders_dir):
            d.mkdir(parents=True, exist_ok=True)
        store = store_for(str(settings.data_dir))  # the same store the render jobs use
        recover(settings.data_dir, store)  # what a crashed engine left: ffmpeg, partial files, freezes
        if settings.static_token:
            store.ensure_static_user(settings.static_credits)
        return cls(
            settings=settings,
            store=store,
            signer=Signer(load_secret(settings.data_dir / "url-signing.key"), settings.signed_url_ttl_s),
            jobs=ThreadJobQueue(settings.workers),
            ip_rate=SlidingWindow(settings.requests_per_minute, 60.0),
            user_rate=SlidingWindow(settings.requests_per_minute, 60.0),
            limits=DraftLimits.from_settings(settings),
        )

    def session_lock(self, session_id: str) -> asyncio.Lock:
        return self.session_locks.setdefault(session_id, asyncio.Lock())


async def get_runtime(request: Request) -> Runtime:
    # async: FastAPI runs a sync dependency on a worker thread, a hop that costs more than this does
    rt: Runtime = request.app.state.runtime
    return rt


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"
