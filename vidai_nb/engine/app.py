"""`create_app(settings)`: the engine's FastAPI application."""

from __future__ import annotations

import asyncio
import importlib
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, Depends, FastAPI

from vidai_nb import __version__
from vidai_nb.engine.api import (
    routes_agent,
    routes_auth,
    routes_credits,
    routes_health,
    routes_media,
    routes_render,
    routes_sessions,
    routes_upload,
)
from vidai_nb.engine.api.deps import rate_limit_ip
from vidai_nb.engine.api.errors import install_handlers
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.config import Settings

SHUTDOWN_GRACE_S = 5.0

ROUTERS: tuple[APIRouter, ...] = (
    routes_health.router,
    routes_auth.router,
    routes_sessions.router,
    routes_credits.router,
    routes_upload.router,
    routes_media.router,
    routes_agent.router,
    routes_render.router,
)


def _warm_imports() -> None:
    for name in (
        "vidai_nb.timeline",
        "vidai_nb.engine.ops",
        "vidai_nb.engine.agent",
        "vidai_nb.engine.render",
    ):
        try:
            importlib.import_module(name)
        except Exception:  # a part that fails to import reports itself when used
            logging.getLogger("vidai_nb.engine").warning("could not import %s", name, exc_info=True)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    runtime = Runtime.build(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # /healthz answers at once; the heavy imports (pandas via the timeline, the agent) warm up meanwhile.
        threading.Thread(target=_warm_imports, name="vidai-warm", daemon=True).start()
        yield
        # Give running turns a moment to finish saving, then stop them; cancel renders and wait for the
        # workers, so no ffmpeg outlives the engine (their records are marked failed at the next start).
        if runtime.turns:
            await asyncio.wait(list(runtime.turns), timeout=SHUTDOWN_GRACE_S)
        for task in list(runtime.turns):
            task.cancel()
        runtime.store.fail_interrupted_renders("the engine stopped before this render finished")
        await asyncio.to_thread(runtime.jobs.shutdown, True)

    app = FastAPI(
        title="vidai_nb local engine",
        version=__version__,
        description="The NemoVideo editing protocol, implemented locally with ffmpeg (see PROTOCOL.md).",
        lifespan=lifespan,
        dependencies=[Depends(rate_limit_ip)],
    )
    app.state.runtime = runtime
    install_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
