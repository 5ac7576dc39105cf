"""`create_app(settings)`: the engine's FastAPI application."""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.openapi.utils import get_openapi

from vidai_nb._version import __version__
from vidai_nb.engine.api import (
    routes_agent,
    routes_auth,
    routes_credits,
    routes_direct_upload,
    routes_health,
    routes_media,
    routes_render,
    routes_sessions,
    routes_transcript,
    routes_upload,
)
from vidai_nb.engine.api.deps import rate_limit_ip
from vidai_nb.engine.api.errors import install_handlers
from vidai_nb.engine.api.openapi_doc import complete
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.config import Settings

SHUTDOWN_GRACE_S = 5.0

ROUTERS: tuple[APIRouter, ...] = (
    routes_health.router,
    routes_auth.router,
    routes_sessions.router,
    routes_credits.router,
    routes_upload.router,
    routes_direct_upload.router,
    routes_media.router,
    routes_agent.router,
    routes_render.router,
    routes_transcript.router,
)


def _warm_imports(done: threading.Event) -> None:
    # jsonschema's "iri" format checker compiles 38 lark grammars at import when rfc3987-syntax is
    # installed (Jupyter's extras bring it): about 2 CPU s of every engine start, for a format no draft
    # check uses (formats are not checked). Hidden while jsonschema first imports, then importable again.
    if "jsonschema" not in sys.modules and "rfc3987_syntax" not in sys.modules:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
        try:
            importlib.import_module("jsonschema")
        except ImportError:
            pass
        finally:
            del sys.modules["rfc3987_syntax"]
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
    try:  # the planner compiles its patterns on first use: do it now, not in the first person's turn
        from vidai_nb.engine.agent import parse
        from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

        media = list(SAMPLE_MEDIA.values())
        parse("trim the first 2 seconds and add a title 'hi'", "en", media, sample_draft())
        parse("剪掉前两秒", "zh-CN", media, sample_draft())
        # jsonschema (draft checks) takes seconds to import where Jupyter installed its format extras
        from vidai_nb.timeline.schema import schema_errors

        schema_errors(sample_draft())
    except Exception:
        logging.getLogger("vidai_nb.engine").warning("could not warm the planner", exc_info=True)
    done.set()


class _LastSeen:
    """Plain ASGI middleware (no buffering of streams or uploads): notes when a client was last heard."""

    def __init__(self, app: Any, seen: list[float]) -> None:
        self.app = app
        self.seen = seen

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.seen[0] = time.monotonic()
        await self.app(scope, receive, send)


async def _exit_when_idle(minutes: float, seen: list[float], runtime: Runtime) -> None:
    """Stop this process (a clean SIGTERM) after `minutes` without a request and with no turn running."""
    limit = minutes * 60.0
    while True:
        await asyncio.sleep(min(30.0, max(0.2, limit / 4)))
        if time.monotonic() - seen[0] >= limit and not runtime.turns:
            logging.getLogger("vidai_nb.engine").info("no client request for %g min: stopping", minutes)
            os.kill(os.getpid(), signal.SIGTERM)
            return


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    runtime = Runtime.build(settings)
    seen = [time.monotonic()]

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # /healthz answers at once; the heavy imports (pandas via the timeline, the agent) warm up meanwhile.
        threading.Thread(target=_warm_imports, args=(app.state.warm,), name="vidai-warm", daemon=True).start()
        idle = (asyncio.create_task(_exit_when_idle(settings.idle_exit_min, seen, runtime))
                if settings.idle_exit_min > 0 else None)
        yield
        if idle is not None:
            idle.cancel()
        # Give running turns a moment to finish saving, then stop them; cancel renders and wait for the
        # workers, so no ffmpeg outlives the engine (their records are marked failed at the next start).
        if runtime.turns:
            await asyncio.wait(list(runtime.turns), timeout=SHUTDOWN_GRACE_S)
        for task in list(runtime.turns):
            task.cancel()
        if runtime.shared is None:  # shared: the other API processes' renders are not this one's to end
            await asyncio.to_thread(runtime.store.fail_interrupted_renders,
                                    "the engine stopped before this render finished")
        await asyncio.to_thread(runtime.jobs.shutdown, True)
        if runtime.shared is not None:
            runtime.shared.close()

    app = FastAPI(
        title="vidai_nb local engine",
        version=__version__,
        description="The NemoVideo editing protocol, implemented locally with ffmpeg (see PROTOCOL.md).",
        lifespan=lifespan,
        dependencies=[Depends(rate_limit_ip)],
    )
    app.state.runtime = runtime
    app.state.warm = threading.Event()
    app.add_middleware(_LastSeen, seen=seen)
    install_handlers(app)
    for router in ROUTERS:
        app.include_router(router)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = complete(
                get_openapi(
                    title=app.title, version=app.version, description=app.description, routes=app.routes
                )
            )
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app
