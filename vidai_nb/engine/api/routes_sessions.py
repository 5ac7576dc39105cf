"""Sessions (task + session) and their state."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.deps import RT, CurrentUser, current_user
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.schemas import Envelope, ErrorEnvelope, SessionData, SessionRequest, StateData
from vidai_nb.engine.api.state import state_json
from vidai_nb.engine.store.models import Session
from vidai_nb.engine.store.repo import Store

router = APIRouter(tags=["sessions"])

ERRORS: dict[int | str, dict[str, Any]] = {401: {"model": ErrorEnvelope}, 404: {"model": ErrorEnvelope}}


def owned_session(store: Store, session_id: str, user_id: str) -> Session:
    """The user's session, or 1002 — the same answer whether it is missing or someone else's."""
    sess = store.get_session(session_id, user_id)
    if sess is None:
        raise ApiError(protocol.SESSION_NOT_FOUND, f"session not found: {session_id[:80]}")
    return sess


@router.post("/api/tasks/me/with-session/{app_name}", response_model=Envelope[SessionData], responses=ERRORS)
def create_session(app_name: str, body: SessionRequest, user: CurrentUser, rt: RT) -> Envelope[SessionData]:
    from vidai_nb.timeline.schema import empty_draft  # lazy: the timeline package pulls in pandas

    draft = empty_draft(title=body.task_name or "project")
    sess = rt.store.create_session(user.id, body.task_name, body.language, draft)
    return Envelope(data=SessionData(task_id=sess.task_id, session_id=sess.id, user_id=user.id))


@router.get(
    "/api/state/{app_name}/me/{session_id}/latest", response_model=Envelope[StateData], responses=ERRORS
)
async def latest_state(app_name: str, session_id: str, request: Request, rt: RT) -> Response:
    # Clients poll this: the bearer check and the read share one worker-thread hop (the CurrentUser
    # dependency would be a second), and the answer is the JSON state_json made (and kept), returned
    # as is (a model returned would be checked and serialised again).
    def read() -> bytes | None:
        user = current_user(request, rt)
        return state_json(rt, str(request.base_url), session_id, user.id)

    body = await run_in_threadpool(read)
    if body is None:
        raise ApiError(protocol.SESSION_NOT_FOUND, f"session not found: {session_id[:80]}")
    return Response(body, media_type="application/json")
