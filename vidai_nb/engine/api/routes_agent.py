"""`POST /run_sse`: an agent turn streamed as ADK events over SSE."""

from __future__ import annotations

from collections.abc import AsyncIterable
from typing import Annotated, Any

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


def _only_history(rt: Any, session_id: str, text: str, language: str) -> bool:
    """True when the request is only undo / redo / going back (free even with no credits left)."""
    from vidai_nb.engine.agent import parse
    from vidai_nb.engine.api.turns import _media_refs
    from vidai_nb.engine.ops import HISTORY_OPS

    _version, draft = rt.store.current(session_id)
    refs, _paths = _media_refs(rt, session_id)
    plan = parse(text, language, list(refs.values()), draft)
    names = [str(getattr(op, "op", "")) for op in plan.ops]
    return bool(names) and all(n in HISTORY_OPS for n in names) and plan.export is None


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
    if not await run_in_threadpool(rt.store.freeze, user.id, cost, ref, rt.turn_owner(sess.id)):
        if await run_in_threadpool(_only_history, rt, sess.id, text, sess.language):
            return start_turn(rt, sess, user.id, text, sess.language, 0, ref)  # undo never costs
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
