"""The programme's words: `GET .../transcript/...` (one row per word, or subtitle / text files of the
edited programme) and `POST .../transcript/.../keep` (keep these words: cut the rest in the pauses
between words, as one new version, streamed like an agent turn).

Paths follow the protocol's shape (`/api/<what>/<app>/me/<session>/...`, `{code, message, data}`
envelopes, ADK events over SSE); the cloud service has no such routes, and the client says so.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable, AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.sse import EventSourceResponse, ServerSentEvent
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from vidai_nb import protocol
from vidai_nb.engine.api.deps import RT, CurrentUser
from vidai_nb.engine.api.errors import ApiError
from vidai_nb.engine.api.routes_sessions import owned_session
from vidai_nb.engine.api.runtime import Runtime
from vidai_nb.engine.api.schemas import Envelope, ErrorEnvelope
from vidai_nb.engine.api.turns import Turn, _media_refs, new_invocation_id, start_turn
from vidai_nb.engine.store.models import Session

router = APIRouter(tags=["transcript"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorEnvelope}, 404: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope},
    422: {"model": ErrorEnvelope}, 503: {"model": ErrorEnvelope},
}
MAX_KEEP = 200_000  # word ids in one request (a 10-hour recording has about 90,000 words)


class TranscriptData(BaseModel):
    session_id: str
    version: int  # the draft version the rows describe; keep requests must name it
    language: str
    duration_ms: int
    words: list[dict[str, Any]] = Field(default_factory=list)
    sentences: list[dict[str, Any]] = Field(default_factory=list)
    format: str = "json"
    text: str | None = None  # the file's text for format srt / vtt / txt


class KeepRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = Field(ge=1)
    keep: list[int] = Field(max_length=MAX_KEEP)
    max_pause_ms: int | None = Field(default=None, ge=100, le=60_000)


def _reading(rt: Runtime, sess: Session, draft: dict[str, Any], quiet: bool = False) -> Any:
    """The draft's words (a Reading with the quiet stretches too, for cutting), or 503."""
    from vidai_nb.engine.ops import programme_ms
    from vidai_nb.engine.speech import SpeechUnavailable
    from vidai_nb.engine.speech.transcript import Reading, programme_words, read_programme

    _refs, paths = _media_refs(rt, sess.id)
    try:
        if quiet:
            return read_programme(draft, paths, programme_ms(draft), sess.language)
        return Reading(programme_words(draft, paths, programme_ms(draft), sess.language), [], {})
    except SpeechUnavailable as exc:
        raise ApiError(503, f"speech analysis is unavailable: {exc}") from exc


def _file_text(rows: list[Any], fmt: str) -> str:
    from vidai_nb.engine.speech import Word, make_cues
    from vidai_nb.engine.speech.formats import to_srt, to_vtt
    from vidai_nb.engine.speech.transcript import sentences

    if fmt == "txt":
        return "".join(s["text"] + "\n" for s in sentences(rows))
    cues = make_cues([Word(r.text, r.start_ms, r.end_ms, r.confidence) for r in rows])
    return to_srt(cues) if fmt == "srt" else to_vtt(cues)


@router.get("/api/transcript/{app_name}/me/{session_id}/latest", response_model=Envelope[TranscriptData],
            responses=ERRORS)
def latest_transcript(
    app_name: str, session_id: str, user: CurrentUser, rt: RT,
    format: Literal["json", "srt", "vtt", "txt"] = Query("json"),
) -> Envelope[TranscriptData]:
    """The current version's words in programme order (transcribed once per media, then from the store)."""
    from vidai_nb.engine.ops import programme_ms
    from vidai_nb.engine.speech.transcript import sentences

    sess = owned_session(rt.store, session_id, user.id)
    version, draft = rt.store.current(sess.id)
    rows = _reading(rt, sess, draft).rows
    data = TranscriptData(session_id=sess.id, version=version, language=sess.language,
                          duration_ms=programme_ms(draft), format=format)
    if format == "json":
        data.words = [r.to_json() for r in rows]
        data.sentences = sentences(rows)
    else:
        data.text = _file_text(rows, format)
    return Envelope(data=data)


def _keep_events(rt: Runtime, sess: Session, body: KeepRequest) -> AsyncIterator[Any]:
    async def events() -> AsyncIterator[Any]:
        from vidai_nb.engine.agent import DraftChanged, Heartbeat, TextDelta, ToolCall, ToolResult
        from vidai_nb.engine.agent.replies import Reply
        from vidai_nb.engine.ops import OpError, apply, programme_ms
        from vidai_nb.engine.ops import schemas as s
        from vidai_nb.engine.speech.transcript import keep_spans

        version, draft = await run_in_threadpool(rt.store.current, sess.id)
        zh = sess.language.lower().startswith("zh")
        if version != body.version:
            yield TextDelta(f"没有做任何修改：项目已经改到第 {version} 版，请重新读取文字稿。" if zh else
                            f"Nothing was changed: the project is at version {version} now, not "
                            f"{body.version}; read the transcript again and choose the words from it.")
            return
        task = asyncio.ensure_future(run_in_threadpool(_reading, rt, sess, draft, True))
        while not task.done():
            yield Heartbeat(label="reading the words", progress=None)
            await asyncio.wait({task}, timeout=5.0)
        reading = task.result()
        rows = reading.rows
        keep = set(body.keep)
        known = {r.word for r in rows}
        unknown = sorted(keep - known)
        if unknown:
            yield TextDelta(f"没有做任何修改：文字稿里没有编号 {unknown[0]} 的词。" if zh else
                            f"Nothing was changed: there is no word {unknown[0]} in the transcript "
                            f"(words 0–{len(rows) - 1}).")
            return
        total = programme_ms(draft)
        cuts, gone = reading.cuts(keep, max_pause_ms=body.max_pause_ms)
        dropped = len(gone)
        left = len(known - keep) - dropped  # words with no pause to cut in: left, and said so
        if not cuts:
            yield TextDelta("没有做任何修改：所有的词都还在。" if zh else
                            "Nothing was changed: every word is still kept.")
            return
        spans = keep_spans(cuts, total)
        reply = Reply(zh=zh)
        if not spans:
            yield TextDelta("没有做任何修改：这样会把整个视频剪掉。" if zh else
                            "Nothing was changed: that would cut the whole video.")
            return
        op = s.KeepRanges(ranges=[s.Range(start_ms=a, end_ms=b) for a, b in spans])
        yield ToolCall("call_1", "keep_ranges", {"ranges": [r.model_dump() for r in op.ranges]})
        refs, _paths = await run_in_threadpool(_media_refs, rt, sess.id)
        try:
            new = apply(draft, op, refs)
        except OpError as exc:
            yield ToolResult("call_1", "keep_ranges", {"ok": False, "error": str(exc)})
            yield TextDelta(("没有做任何修改：" if zh else "Nothing was changed: ") + str(exc))
            return
        cut_ms = total - programme_ms(new)
        n = len(cuts)
        what = f"removed {dropped} word{'s' if dropped != 1 else ''}" if dropped else "shortened pauses"
        label = f"{what} in {n} cut{'s' if n != 1 else ''} ({cut_ms / 1000:.1f} s)"
        yield ToolResult("call_1", "keep_ranges", {"ok": True, "summary": label,
                                                   "duration_ms": programme_ms(new)})
        yield DraftChanged(new, label)
        reply.done(f"删除了 {dropped} 个词，共 {n} 处剪切（{cut_ms / 1000:.1f} 秒），都剪在词与词之间的停顿里"
                   if zh else label + ", each cut in a pause between words")
        if left > 0:
            it = "it" if left == 1 else "them"
            reply.note(f"有 {left} 个词前后没有停顿，剪掉会切到别的词，所以保留了。" if zh else
                       f"{left} word{'s' if left != 1 else ''} had no pause around {it} to cut in without "
                       f"clipping a neighbouring word, so I left {it} in.")
        reply.changes(draft, new)
        for chunk in reply.chunks(new):
            yield TextDelta(chunk)

    return events()


async def begin_keep(app_name: str, session_id: str, body: KeepRequest, user: CurrentUser, rt: RT) -> Turn:
    del app_name  # in the path for the protocol's shape; one engine serves one app
    sess = await run_in_threadpool(owned_session, rt.store, session_id, user.id)
    cost = rt.settings.turn_cost if rt.settings.credits_enforced else 0  # an edit, charged like a turn
    ref = new_invocation_id()
    if not await run_in_threadpool(rt.store.freeze, user.id, cost, ref):
        raise ApiError(protocol.OUT_OF_CREDITS,
                       f"out of credits: an edit costs {cost} credit{'s' if cost != 1 else ''}")
    try:
        return start_turn(rt, sess, user.id, "keep words", sess.language, cost, ref,
                          source=lambda: _keep_events(rt, sess, body))
    except BaseException:
        await run_in_threadpool(rt.store.settle, user.id, cost, ref, False)
        raise


@router.post("/api/transcript/{app_name}/me/{session_id}/keep", response_class=EventSourceResponse,
             responses=ERRORS)
async def keep_words(turn: Annotated[Turn, Depends(begin_keep)]) -> AsyncIterable[ServerSentEvent]:
    """Keep these words (ids from the transcript of `version`): the rest is cut in the pauses between
    words, as one new version. The reply streams as ADK events, like `/run_sse`."""
    n = 0
    while True:
        event = await turn.queue.get()
        if event is None:
            return
        n += 1
        yield ServerSentEvent(data=event, id=str(n))
