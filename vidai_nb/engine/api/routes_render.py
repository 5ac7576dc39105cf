"""Export: queue a render job, poll it, cancel it, download the file (Range for seeking). Free of credits."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.files import requester, serve_stored
from vidai_nb.engine.api.routes_sessions import owned_session
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.api.schemas import (
    RenderData,
    RenderEnvelope,
    RenderErrorEnvelope,
    RenderOutputUrl,
    RenderRequest,
)
from vidai_nb.engine.api.state import render_url
from vidai_nb.engine.jobs.render_job import run_render_job
from vidai_nb.engine.limits import DraftRefused, check_draft, check_output
from vidai_nb.engine.store import DuplicateRender, TooManyRenders
from vidai_nb.engine.store.ids import iso, utcnow
from vidai_nb.engine.store.models import Render

router = APIRouter(tags=["render"])

RENDER_TYPES = ("video/mp4", "video/quicktime", "video/webm", "image/gif", "image/jpeg")  # by format

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": RenderErrorEnvelope},
    404: {"model": RenderErrorEnvelope},
    409: {"model": RenderErrorEnvelope},
    422: {"model": RenderErrorEnvelope},
    429: {"model": RenderErrorEnvelope},
}


def envelope(rt: Runtime, base_url: str, r: Render) -> RenderEnvelope:
    url = render_url(rt, base_url, r.id, rt.store.url_epoch(r.user_id)) if r.status == "completed" else None
    data = RenderData(
        id=r.id,
        status=r.status,
        progress=r.progress,
        outputUrl=url,
        createdAt=iso(r.created_at),
        completedAt=iso(r.completed_at),
        error=r.error,
        cancelled=r.cancelled,
    )
    return RenderEnvelope(data=data, status=r.status, output=RenderOutputUrl(url=url))


def _ready(draft: dict[str, Any]) -> bool:
    return any(isinstance(t, dict) and t.get("sg") for t in draft.get("t") or [])


def owned_render(rt: Runtime, render_id: str, user_id: str) -> Render:
    r = rt.store.get_render(render_id, user_id)
    if r is None:
        raise ApiError(404, f"render not found: {render_id[:80]}")
    return r


@router.post("/api/render/proxy/lambda", response_model=RenderEnvelope, responses=ERRORS)
def submit(body: RenderRequest, request: Request, user: CurrentUser, rt: RT) -> RenderEnvelope:
    """Queue an export of `draft` (default: the session's current draft); answers at once with `pending`."""
    sess = owned_session(rt.store, body.sessionId, user.id)
    draft = body.draft if body.draft is not None else rt.store.current(sess.id)[1]
    output = (
        body.output.model_dump(exclude_none=True) if body.output else {"format": "mp4", "quality": "high"}
    )
    try:
        check_draft(draft, rt.limits)
        check_output(draft, output, rt.limits)
    except DraftRefused as exc:
        raise ApiError(422, exc.message, data={"limit": exc.limit}) from exc
    if not _ready(draft):
        raise ApiError(422, "nothing to export: the draft has no segments yet (upload a clip first)")
    record = Render(
        id=body.id,
        user_id=user.id,
        session_id=sess.id,
        status="pending",
        progress=5,
        output_json=json.dumps(output),
        draft_json=json.dumps(draft),
        cancelled=False,
        created_at=utcnow(),
    )
    try:
        rt.store.create_render(record, max_active=rt.settings.renders_per_user)
    except DuplicateRender as exc:
        raise ApiError(409, f"render id already used: {body.id}; submit again with a new id") from exc
    except TooManyRenders as exc:
        n = rt.settings.renders_per_user
        raise ApiError(
            protocol.RATE_LIMITED,
            f"you already have {n} export{'s' if n != 1 else ''} pending or running; "
            "wait for one to finish or cancel it",
            {"Retry-After": "30"},
            data={"limit": "VIDAI_RENDERS_PER_USER"},
        ) from exc
    s = rt.settings
    rt.jobs.submit(
        run_render_job, str(s.data_dir), record.id, s.render_nice, s.ffmpeg_threads,
        job_id=record.id, owner=user.id,
    )
    return envelope(rt, str(request.base_url), record)


@router.get("/api/render/proxy/lambda/{render_id}", response_model=RenderEnvelope, responses=ERRORS)
def poll(render_id: str, request: Request, user: CurrentUser, rt: RT) -> RenderEnvelope:
    return envelope(rt, str(request.base_url), owned_render(rt, render_id, user.id))


@router.post("/api/render/proxy/lambda/{render_id}/cancel", response_model=RenderEnvelope, responses=ERRORS)
async def cancel(render_id: str, request: Request, user: CurrentUser, rt: RT) -> RenderEnvelope:
    """Stop a pending or running render (ffmpeg killed, partial output deleted); a finished one stays."""
    # async for the waiting below; every database call goes to a worker thread (the event loop serves
    # everyone's requests meanwhile; a database that blocks must not stall them)
    r = await run_in_threadpool(owned_render, rt, render_id, user.id)
    if r.status in ("pending", "processing"):
        await run_in_threadpool(rt.jobs.cancel, r.id)
        if r.status == "pending":
            await run_in_threadpool(
                rt.store.update_render,
                r.id, status="failed", cancelled=True, error="cancelled by request", completed_at=utcnow(),
            )
        for _ in range(50):  # give a running ffmpeg a moment to stop so the answer is final
            r = await run_in_threadpool(owned_render, rt, render_id, user.id)
            if r.status not in ("pending", "processing"):
                break
            await asyncio.sleep(0.1)
    return await run_in_threadpool(envelope, rt, str(request.base_url), r)


@router.api_route(
    "/api/render/proxy/{render_id}/download",
    methods=["GET", "HEAD"],  # players probe with HEAD before ranged GETs
    response_class=FileResponse,
    responses={
        200: {
            "content": {t: {} for t in RENDER_TYPES},
            "description": "the rendered file (its type follows the requested format)",
        },
        206: {"description": "partial content (Range)"},
        307: {"description": "an S3 store: the file at a short-lived presigned link (no token sent there)"},
        404: {"model": RenderErrorEnvelope},
        409: {"model": RenderErrorEnvelope},
    },
)
def download(render_id: str, request: Request, rt: RT) -> Response:
    """The rendered file with HTTP Range support; bearer header or the signed `outputUrl`."""
    found = rt.store.get_render(render_id, None)
    user_id = requester(rt, request, found.user_id if found else None)
    r = found if found is not None and user_id in (None, found.user_id) else None
    if r is None:
        raise ApiError(404, f"render not found: {render_id[:80]}")
    if r.status != "completed" or not r.rel_path:
        raise ApiError(
            409, f"render {render_id} is {r.status}, not completed" + (f": {r.error}" if r.error else "")
        )
    return serve_stored(rt, request, r.rel_path, f"{render_id}{Path(r.rel_path).suffix}")
