"""Agent turns over SSE against the literal server: the event forms, still-working, timeout,
dropped streams (poll the state, never re-send), turns without text, 1002 and 429 before the stream."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.requests import Request

from tests.client.conftest import make_config
from tests.client.protocol_server import SSE, Json, ProtocolServer, Scripted
from vidai_nb.client import (
    AsyncNemoClient,
    Heartbeat,
    NemoClient,
    NemoHTTPError,
    SessionNotFoundError,
    SessionRenewed,
    StillWorking,
    TextDelta,
    Timings,
    ToolCall,
    ToolResult,
    TurnEnd,
    TurnEvent,
    TurnTimeoutError,
)
from vidai_nb.timeline import diff

DRAFT_1 = {
    "t": [{"tt": 0, "id": "video", "sg": [{"id": "s1", "start": 0, "d": 6000, "name": "clip.mp4"}]}],
    "d": 6000,
}
DRAFT_2 = {
    "t": [
        {"tt": 0, "id": "video", "sg": [{"id": "s1", "start": 0, "d": 3000, "name": "clip.mp4"}]},
        {"tt": 7, "id": "title", "sg": [{"id": "s3", "start": 0, "d": 2000, "text": "Hello"}]},
    ],
    "d": 3000,
}


def data(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj).encode() + b"\n\n"


HEARTBEAT = data({"type": "heartbeat"})


async def collect(client: AsyncNemoClient, sid: str, text: str = "trim it", **kw: Any) -> list[TurnEvent]:
    return [e async for e in client.stream_turn(sid, text, **kw)]


async def session(proto: ProtocolServer, client: AsyncNemoClient, draft: dict[str, Any] | None = None) -> str:
    sid = (await client.create_session()).session_id
    if draft is not None:
        proto.sessions[sid].draft = draft
    return sid


async def test_request_shape_and_all_three_forms(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = await session(proto, aclient)
    adk = {
        "content": {"role": "model", "parts": [{"text": " Form two."}]},
        "partial": False,
        "author": "a",
        "invocationId": "i",
        "id": "e",
        "timestamp": 0,
    }
    proto.script(
        "POST /run_sse",
        SSE([data({"type": "text", "content": "Form one."}), data(adk), data({"text": " Form three."})]),
    )
    events = await collect(aclient, sid, "add a title")
    assert [e for e in events if isinstance(e, TextDelta)] == [
        TextDelta("Form one."),
        TextDelta(" Form two."),
        TextDelta(" Form three."),
    ]
    end = events[-1]
    assert isinstance(end, TurnEnd) and end.text == "Form one. Form two. Form three." and not end.dropped
    call = proto.calls("POST /run_sse")[0]
    assert call.headers["accept"] == "text/event-stream"
    body = json.loads(call.body)
    assert body["app_name"] == "nemo_agent" and body["user_id"] == "me" and body["session_id"] == sid
    assert body["new_message"] == {"parts": [{"text": "add a title"}]}


async def test_turn_without_text_reports_what_changed(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    sid = await session(proto, aclient, DRAFT_1)

    def work(_request: Request) -> Scripted:
        proto.sessions[sid].draft = DRAFT_2  # the agent edits, then ends with tool events only
        return SSE(
            [
                data({"type": "tool_call", "id": "c1", "name": "trim", "args": {"end_ms": 3000}}),
                data({"type": "tool_result", "id": "c1", "name": "trim", "result": {"ok": True}}),
            ]
        )

    proto.script("POST /run_sse", work)
    events = await collect(aclient, sid)
    assert ToolCall("c1", "trim", {"end_ms": 3000}) in events
    assert ToolResult("c1", "trim", {"ok": True}) in events
    end = events[-1]
    assert isinstance(end, TurnEnd)
    assert end.changes == diff(DRAFT_1, DRAFT_2) and end.changes
    assert end.text.startswith("Done. What changed:") and end.changes[0] in end.text
    assert end.state is not None and end.state.draft == DRAFT_2 and end.tool_calls == 1


async def test_turn_without_text_or_change_says_so(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = await session(proto, aclient, DRAFT_1)
    proto.script("POST /run_sse", SSE([HEARTBEAT]))
    end = (await collect(aclient, sid))[-1]
    assert isinstance(end, TurnEnd) and end.changes == [] and "did not change" in end.text


async def test_still_working_after_every_period_of_heartbeats_only(
    proto: ProtocolServer, tmp_path: Path
) -> None:
    client = AsyncNemoClient(
        make_config(proto.url, tmp_path, timings=Timings(still_working_s=0.3, turn_timeout_s=5))
    )
    sid = await session(proto, client)
    # ≥1.2 s of heartbeats, text, then ≥0.6 s of heartbeats: signals at 0.3, 0.6, 0.9 … of quiet time,
    # and the clock restarts after the text.
    chunks = [HEARTBEAT] * 8 + [data({"type": "text", "content": "done"})] + [HEARTBEAT] * 4
    proto.script("POST /run_sse", SSE(chunks, delay=0.15))
    events = await collect(client, sid)
    cut = events.index(TextDelta("done"))
    before = [e.elapsed_s for e in events[:cut] if isinstance(e, StillWorking)]
    after = [e.elapsed_s for e in events[cut:] if isinstance(e, StillWorking)]
    assert len(before) >= 3 and len(after) >= 1
    for i, waited in enumerate(before):  # the n-th signal comes after n periods of heartbeats only
        assert waited >= 0.3 * (i + 1)
    assert after[0] < before[-1] and after[0] < 0.3 * 2 + 0.25  # restarted from the text
    assert StillWorking(1.0).text == "⏳ Still working..."
    await client.aclose()


async def test_heartbeats_only_for_too_long_is_a_timeout_and_nothing_is_resent(
    proto: ProtocolServer, tmp_path: Path
) -> None:
    client = AsyncNemoClient(
        make_config(proto.url, tmp_path, timings=Timings(still_working_s=0.2, turn_timeout_s=0.7))
    )
    sid = await session(proto, client)
    proto.script("POST /run_sse", SSE([HEARTBEAT] * 40, delay=0.1))
    seen: list[TurnEvent] = []
    with pytest.raises(TurnTimeoutError, match="not sent again"):
        async for e in client.stream_turn(sid, "transcribe"):
            seen.append(e)
    assert any(isinstance(e, StillWorking) for e in seen)
    assert len(proto.calls("POST /run_sse")) == 1
    await client.aclose()


async def test_heartbeats_with_moving_progress_are_not_a_timeout(
    proto: ProtocolServer, tmp_path: Path
) -> None:
    # an hour of transcription: heartbeats only, far past the timeout, but each one further along
    client = AsyncNemoClient(
        make_config(proto.url, tmp_path, timings=Timings(still_working_s=0.2, turn_timeout_s=0.5))
    )
    sid = await session(proto, client)
    moving = [data({"type": "heartbeat", "label": "transcribing", "progress": p}) for p in range(0, 100, 5)]
    proto.script("POST /run_sse", SSE([*moving, data({"type": "text", "content": "done"})], delay=0.1))
    events = await collect(client, sid)
    assert TextDelta("done") in events and isinstance(events[-1], TurnEnd)
    assert any(isinstance(e, StillWorking) for e in events)  # still told, every period of heartbeats only
    await client.aclose()

    stuck = AsyncNemoClient(make_config(proto.url, tmp_path / "b", timings=Timings(still_working_s=0.2,
                                                                                   turn_timeout_s=0.5)))
    sid = await session(proto, stuck)
    same = [data({"type": "heartbeat", "label": "transcribing", "progress": 40})] * 20
    proto.script("POST /run_sse", SSE(same, delay=0.1))
    with pytest.raises(TurnTimeoutError):
        await collect(stuck, sid)
    await stuck.aclose()


async def test_silence_also_times_out(proto: ProtocolServer, tmp_path: Path) -> None:
    client = AsyncNemoClient(
        make_config(proto.url, tmp_path, timings=Timings(still_working_s=0.2, turn_timeout_s=0.6))
    )
    sid = await session(proto, client)
    proto.script("POST /run_sse", SSE([b": open\n\n", data({"text": "late"})], delay=3))
    with pytest.raises(TurnTimeoutError):
        await collect(client, sid)
    await client.aclose()


async def test_dropped_stream_polls_the_state_until_it_changes(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    sid = await session(proto, aclient, DRAFT_1)

    def work(_request: Request) -> Scripted:
        proto.sessions[sid].draft = DRAFT_2
        return SSE([data({"type": "text", "content": "Working on it"})], drop=True)

    proto.script("POST /run_sse", work)
    events = await collect(aclient, sid)
    end = events[-1]
    assert isinstance(end, TurnEnd) and end.dropped
    assert end.changes == diff(DRAFT_1, DRAFT_2)
    assert "not sent again" in end.text and end.text.startswith("Working on it")
    assert len(proto.calls("POST /run_sse")) == 1  # never re-sent


async def test_dropped_stream_without_change_gives_up_after_the_polling_window(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    sid = await session(proto, aclient, DRAFT_1)
    proto.script("POST /run_sse", SSE([HEARTBEAT], drop=True))
    before = len(proto.calls("GET /api/state"))
    events = await collect(aclient, sid)
    end = events[-1]
    assert isinstance(end, TurnEnd) and end.dropped and end.changes == [] and "No change" in end.text
    assert len(proto.calls("GET /api/state")) - before >= 4  # polled repeatedly for drop_poll_total_s
    assert any(isinstance(e, Heartbeat) and e.label and "dropped" in e.label for e in events)
    assert len(proto.calls("POST /run_sse")) == 1


async def test_1002_without_permission_raises(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    await aclient.anonymous_token()
    with pytest.raises(SessionNotFoundError):
        await collect(aclient, "sess_gone")


async def test_1002_with_permission_makes_a_new_session(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    await aclient.anonymous_token()
    events = await collect(aclient, "sess_gone", new_session_if_missing=True)
    renewed = events[0]
    assert isinstance(renewed, SessionRenewed) and renewed.old_session_id == "sess_gone"
    assert renewed.new_session_id in proto.sessions
    end = events[-1]
    assert isinstance(end, TurnEnd) and end.session_id == renewed.new_session_id and end.text == "ok"


async def test_429_before_the_stream_waits_and_retries(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    sid = await session(proto, aclient)
    proto.script("POST /run_sse", Json({"code": 429, "message": "busy"}, status=429))
    end = (await collect(aclient, sid))[-1]
    assert isinstance(end, TurnEnd) and end.text == "ok"
    assert len(proto.calls("POST /run_sse")) == 2  # the first was refused, so it was never processed


async def test_malformed_events_do_not_end_the_turn(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = await session(proto, aclient)
    proto.script(
        "POST /run_sse",
        SSE([b"data: {broken\n\n", b"data: 42\n\n", b"event: x\n", b'data: {"text": "fine"}\n\n']),
    )
    end = (await collect(aclient, sid))[-1]
    assert isinstance(end, TurnEnd) and end.text == "fine"


async def test_gui_phrases_are_translated_in_the_final_text(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    sid = await session(proto, aclient)
    proto.script("POST /run_sse", SSE([data({"text": "All set. Click Export to download."})]))
    end = (await collect(aclient, sid))[-1]
    assert isinstance(end, TurnEnd) and end.text == 'All set. say "export" to download.'


async def test_empty_message_is_refused_before_sending(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    with pytest.raises(ValueError, match="empty"):
        await collect(aclient, "sess_x", "   ")
    assert proto.calls("POST /run_sse") == []


def test_sync_turn_with_callback_and_early_break(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    proto.script("POST /run_sse", SSE([data({"text": "a"}), data({"text": "b"})]))
    seen: list[TurnEvent] = []
    result = client.turn(sid, "go", on_event=seen.append)
    assert result.text == "ab" and seen == result.events and isinstance(seen[-1], TurnEnd)
    proto.script("POST /run_sse", SSE([data({"text": "x"})] + [HEARTBEAT] * 20, delay=0.05))
    for event in client.stream_turn(sid, "go again"):
        assert event == TextDelta("x")
        break  # closing the iterator closes the stream
    client.close()


def _transport(
    run_sse_error: type[httpx.TransportError], states: list[dict[str, Any]]
) -> tuple[httpx.MockTransport, list[str]]:
    """An httpx transport whose /run_sse fails at the network level (what a server cannot script)."""
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if request.url.path == "/run_sse":
            raise run_sse_error("connection broke", request=request)
        draft = states.pop(0) if len(states) > 1 else states[0]
        return httpx.Response(200, json={"code": 0, "data": {"session_id": "s1", "state": {"draft": draft}}})

    return httpx.MockTransport(handler), sent


async def test_connection_lost_after_sending_is_a_dropped_stream(tmp_path: Path) -> None:
    transport, sent = _transport(httpx.ReadError, [DRAFT_1, DRAFT_1, DRAFT_2])
    client = AsyncNemoClient(
        make_config("http://nemo.test", tmp_path, token="nmv_usr_x"), transport=transport
    )
    end = (await collect(client, "s1"))[-1]
    assert isinstance(end, TurnEnd) and end.dropped and end.changes == diff(DRAFT_1, DRAFT_2)
    assert sent.count("/run_sse") == 1
    await client.aclose()


async def test_connection_refused_is_an_error_since_nothing_was_sent(tmp_path: Path) -> None:
    transport, sent = _transport(httpx.ConnectError, [DRAFT_1])
    client = AsyncNemoClient(
        make_config("http://nemo.test", tmp_path, token="nmv_usr_x"), transport=transport
    )
    with pytest.raises(NemoHTTPError, match="Could not reach"):
        await collect(client, "s1")
    assert sent.count("/run_sse") == 1
    await client.aclose()
