"""`POST /run_sse`: an agent turn streamed as ADK events over SSE."""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.sse import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api import adk
from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.routes_sessions import owned_session
from vidai_nb.engine.api.schemas import ErrorEnvelope, RunRequest
from vidai_nb.engine.api.turns import Turn, new_invocation_id, start_turn

router = APIRouter(tags=["agent"])

MAX_MESSAGE_CHARS = 8000


async def begin_turn(body: RunRequest, user: CurrentUser, rt: RT) -> Turn:
    """Checks that must answer with an envelope (before the stream starts), then the turn starts."""
    sess = await run_in_threadpool(owned_session, rt.store, body.session_id, user.id)
    text = "\n".join(p.text for p in body.new_message.parts if p.text).strip()
    if not text:
        raise ApiError(422, "the message has no text part")
    if len(text) > MAX_MESSAGE_CHARS:
        raise ApiError(422, f"the message is too long (max {MAX_MESSAGE_CHARS} characters)")
    cost = rt.settings.turn_cost if rt.settings.credits_enforced else 0  # the local engine is free
    ref = new_invocation_id()  # the ledger's freeze and settle rows share it
    if not await run_in_threadpool(rt.store.freeze, user.id, cost, ref):
        raise ApiError(
            protocol.OUT_OF_CREDITS,
            "out of credits: an edit turn costs "
            f"{cost} credit{'s' if cost != 1 else ''}; register or top up to continue",
        )
    try:
        return start_turn(rt, sess, user.id, text, sess.language, cost, ref)
    except BaseException:
        await run_in_threadpool(rt.store.settle, user.id, cost, ref, False)  # never leave credits frozen
        raise


@router.post(
    "/run_sse",
    response_class=EventSourceResponse,
    responses={
        401: {"model": ErrorEnvelope},
        402: {"model": ErrorEnvelope},
        404: {"model": ErrorEnvelope},
        422: {"model": ErrorEnvelope},
    },
)
async def run_sse(turn: Annotated[Turn, Depends(begin_turn)]) -> AsyncIterable[ServerSentEvent]:
    """Text deltas (`partial: true`), a functionCall + functionResponse per operation, form-1 heartbeats,
    and a final non-partial event with the whole reply (`turnComplete: true`); then the stream closes."""
    n = 0
    while True:
        event = await turn.queue.get()
        if event is None:
            return
        n += 1
        yield ServerSentEvent(data=event, id=str(n))


__all__ = ["adk", "router"]
