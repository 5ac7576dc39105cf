"""Run one agent turn as a task that outlives its HTTP response, saving every draft change as a version.

The SSE response only drains this task's queue: a client that disconnects mid-turn loses the stream,
not the edit (the turn still completes, saves and settles its credits).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool

from vidai_nb.engine.api import adk
from vidai_nb.engine.api.errors import is_disk_full
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.limits import DraftRefused, check_draft
from vidai_nb.engine.storage.cache import LocalSources
from vidai_nb.engine.store.models import Session

if TYPE_CHECKING:
    from vidai_nb.engine.agent import TurnEvent
    from vidai_nb.engine.ops import MediaRef

log = logging.getLogger("vidai_nb.engine.turns")


@dataclass
class Turn:
    invocation_id: str
    queue: asyncio.Queue[dict[str, Any] | None] = field(default_factory=asyncio.Queue)
    changed: bool = False
    edited: bool = False  # a new version was made (undo / redo only move between versions: free)
    text: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    last_emit: float = 0.0
    refused: str | None = None  # why a change was not saved (a limit): the rest of the turn is dropped
    # Successful tool results wait until their draft is saved: a result must not say "ok" for an edit
    # that a limit (or an error) then keeps out of the store.
    held: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)

    def emit(self, event: dict[str, Any]) -> None:
        self.last_emit = asyncio.get_running_loop().time()
        self.queue.put_nowait(event)

    def release(self, not_saved: str | None = None) -> None:
        """Send the held tool results: as they were, or as failures saying why nothing was saved."""
        for call_id, name, response in self.held:
            if not_saved is not None:
                response = {**response, "ok": False, "error": f"not saved: {not_saved}"}
            self.emit(adk.response_event(self.invocation_id, call_id, name, response))
        self.held.clear()


def _media_refs(rt: Runtime, session_id: str) -> tuple[dict[str, MediaRef], Mapping[str, Path]]:
    from vidai_nb.engine.ops import MediaRef

    refs: dict[str, MediaRef] = {}
    keys: dict[str, str] = {}
    for m in rt.store.list_media(session_id):
        refs[m.id] = MediaRef(
            media_id=m.id,
            name=m.filename,
            kind=m.file_type,
            duration_ms=m.duration_ms,
            width=m.width,
            height=m.height,
            has_audio=m.has_audio,
            fps=float(m.fps or 0.0),
        )
        keys[m.id] = m.rel_path
    # Files for analysis (transcription, dead air): fetched from S3 only when a step reads them.
    return refs, LocalSources(rt.settings.data_dir, keys.items(), rt.storage)


async def _events(rt: Runtime, sess: Session, text: str, language: str) -> AsyncIterator[TurnEvent]:
    # Imported here, not at module load: the agent pulls in pandas (via the timeline), and /healthz
    # must answer quickly at start-up (the import is warmed in the background meanwhile).
    from vidai_nb.engine.agent import TurnContext, run_turn

    version, draft = await run_in_threadpool(rt.store.current, sess.id)
    versions = await run_in_threadpool(rt.store.versions, sess.id)
    refs, paths = await run_in_threadpool(_media_refs, rt, sess.id)
    ctx = TurnContext(
        text=text,
        language=language,
        draft=draft,
        media=refs,
        media_paths=paths,
        version=version,
        version_count=len(versions),
        get_version=lambda v: rt.store.get_version(sess.id, v),
        undo_target=lambda v, steps: rt.store.undo_target(sess.id, v, steps),
        redo_target=lambda v, steps: rt.store.redo_target(sess.id, v, steps),
    )
    async for ev in run_turn(ctx):
        yield ev


async def _handle(rt: Runtime, sess: Session, turn: Turn, ev: TurnEvent) -> None:
    """Translate one TurnEvent into SSE events and store effects."""
    from vidai_nb.engine.agent import DraftChanged, Heartbeat, TextDelta, ToolCall, ToolResult, VersionJump

    inv = turn.invocation_id
    if turn.refused is not None and isinstance(ev, TextDelta | DraftChanged | VersionJump):
        return  # the agent's words describe the refused draft: they must not be sent as done
    if isinstance(ev, TextDelta):
        turn.release()  # the reply comes after every save: what is still held was not a draft change
        if ev.text:
            turn.text.append(ev.text)
            turn.emit(adk.text_event(inv, ev.text, partial=True))
    elif isinstance(ev, ToolCall):
        turn.emit(adk.call_event(inv, ev.id, ev.name, dict(ev.args)))
    elif isinstance(ev, ToolResult):
        response = dict(ev.response)
        if turn.refused is not None and response.get("ok") is True:
            response.update(ok=False, error=f"not saved: {turn.refused}")
        if response.get("ok") is True:
            turn.held.append((ev.id, ev.name, response))
        else:
            turn.emit(adk.response_event(inv, ev.id, ev.name, response))
    elif isinstance(ev, Heartbeat):
        turn.emit(adk.heartbeat(ev.label, ev.progress))
        # long work (transcription, dead-air detection) is visible in the engine log too
        pct = "" if ev.progress is None else f" {ev.progress:.0f}%"
        log.info("turn %s in session %s: %s%s", inv, sess.id, ev.label or "working", pct)
    elif isinstance(ev, DraftChanged):
        try:
            await run_in_threadpool(check_draft, ev.draft, rt.limits, False)
        except DraftRefused as exc:
            turn.refused = exc.message
            turn.release(not_saved=exc.message)
            log.info("turn %s in session %s: change refused (%s): %s", inv, sess.id, exc.limit, exc.message)
            return
        version = await run_in_threadpool(rt.store.add_version, sess.id, ev.draft, ev.label or "edit")
        turn.release()
        turn.changed = turn.edited = True
        turn.labels.append(f"v{version}: {ev.label}")
        log.info("turn %s in session %s: saved version %d (%s)", inv, sess.id, version, ev.label)
    elif isinstance(ev, VersionJump):
        await run_in_threadpool(rt.store.set_current, sess.id, ev.version)
        turn.release()
        turn.changed = True
        turn.labels.append(f"now at version {ev.version}")
    else:  # pragma: no cover - a new event type the server does not know yet
        log.warning("unknown turn event %s ignored", type(ev).__name__)


async def _ticker(rt: Runtime, turn: Turn) -> None:
    """Heartbeats while the agent is silent (long work), so clients and proxies know the turn is alive."""
    loop = asyncio.get_running_loop()
    every = rt.settings.heartbeat_s
    while True:
        await asyncio.sleep(every / 2)
        if loop.time() - turn.last_emit >= every:
            turn.emit(adk.heartbeat("working", None))


EventSource = Callable[[], AsyncIterator["TurnEvent"]]


async def run_turn_task(
    rt: Runtime, sess: Session, user_id: str, text: str, language: str, cost: int, turn: Turn,
    source: EventSource | None = None,
) -> None:
    """Run a turn: the agent's for `text`, or the events of `source` (an edit made without the planner,
    such as keeping words of the transcript), saved and streamed the same way."""
    ticker = asyncio.create_task(_ticker(rt, turn))
    failed: str | None = None
    try:
        async with rt.session_lock(sess.id):
            try:
                events = source() if source is not None else _events(rt, sess, text, language)
                async for ev in events:
                    await _handle(rt, sess, turn, ev)
            except Exception as exc:  # the agent failed: say so; what was already saved stays saved
                if is_disk_full(exc):
                    log.error("turn in session %s: the disk is full", sess.id)
                    failed = "the engine's disk is full"
                else:
                    log.exception("turn failed in session %s", sess.id)
                    failed = f"{type(exc).__name__}: {exc}"
        turn.release(not_saved=failed)
        if turn.refused is not None:
            msg = _refusal_text(turn, sess.language)
            turn.text.append(msg)
            turn.emit(adk.text_event(turn.invocation_id, msg, partial=True))
        elif failed is not None:
            msg = f"\n\nSorry, the edit stopped with an error ({failed})."
            msg += " Changes before the error were saved." if turn.changed else " Nothing was changed."
            turn.text.append(msg)
            turn.emit(adk.text_event(turn.invocation_id, msg, partial=True))
        elif not "".join(turn.text).strip():
            msg = ("Done: " + "; ".join(turn.labels) + ".") if turn.labels else "Nothing was changed."
            turn.text.append(msg)
            turn.emit(adk.text_event(turn.invocation_id, msg, partial=True))
    finally:
        ticker.cancel()
        # A turn that made no new version (a question, a refusal, an error before any change, an undo
        # or redo) is refunded.
        try:
            await run_in_threadpool(rt.store.settle, user_id, cost, turn.invocation_id, turn.edited)
        except Exception:  # e.g. a full disk: the freeze is refunded at the next start; the stream still ends
            log.exception("turn %s: could not settle its credits", turn.invocation_id)
        turn.emit(adk.text_event(turn.invocation_id, "".join(turn.text), partial=False, turnComplete=True))
        turn.queue.put_nowait(None)


def _refusal_text(turn: Turn, language: str) -> str:
    """One plain sentence of what happened (nothing, or only the earlier changes), then the reason."""
    zh = language.lower().startswith("zh")
    if turn.changed:
        first = "只保存了之前的修改。" if zh else "Only the earlier changes were saved."
    else:
        first = "没有做任何修改。" if zh else "Nothing was changed."
    why = "这个修改超出了本引擎的限制：" if zh else "That edit is past this engine's limits: "
    return f"{first}\n\n{why}{turn.refused}."


def new_invocation_id() -> str:
    return f"e-{uuid.uuid4()}"


def start_turn(
    rt: Runtime, sess: Session, user_id: str, text: str, language: str, cost: int, invocation_id: str,
    source: EventSource | None = None,
) -> Turn:
    turn = Turn(invocation_id=invocation_id)
    task = asyncio.create_task(run_turn_task(rt, sess, user_id, text, language, cost, turn, source))
    rt.turns.add(task)
    task.add_done_callback(rt.turns.discard)
    return turn
