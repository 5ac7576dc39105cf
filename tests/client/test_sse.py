"""The SSE parser and the three event forms (PROTOCOL.md §3), whatever the chunk boundaries."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from vidai_nb.client import Heartbeat, TextDelta, ToolCall, ToolResult
from vidai_nb.client.sse import EventDecoder, SSEComment, SSEMessage, SSEParser


def parse(chunks: list[bytes]) -> list[SSEMessage | SSEComment]:
    p = SSEParser()
    out: list[SSEMessage | SSEComment] = []
    for c in chunks:
        out.extend(p.feed(c))
    out.extend(p.close())
    return out


def decode(chunks: list[bytes]) -> list[object]:
    d = EventDecoder()
    return [e for item in parse(chunks) for e in d.decode(item)]


def test_one_data_line_and_blank_line_is_one_event() -> None:
    assert parse([b'data: {"a": 1}\n\n']) == [SSEMessage('{"a": 1}')]


def test_multi_line_data_is_joined_with_newlines() -> None:
    assert parse([b"data: first\ndata: second\ndata:third\n\n"]) == [SSEMessage("first\nsecond\nthird")]


def test_crlf_and_lone_cr_line_endings() -> None:
    assert parse([b"data: a\r\n\r\ndata: b\r\rdata: c\n\n"]) == [
        SSEMessage("a"),
        SSEMessage("b"),
        SSEMessage("c"),
    ]


def test_crlf_split_across_chunks_is_one_line_end() -> None:
    # "\r" ends a chunk, "\n" starts the next: one line break, not an extra blank line.
    assert parse([b"data: a\r", b"\ndata: b\r\n\r\n"]) == [SSEMessage("a\nb")]


def test_comments_keepalives_and_unknown_fields() -> None:
    stream = b": ping\n\ndata:\n\n\n\nretry: 100\nfoo: bar\nevent: update\nid: 7\ndata: x\n\n"
    assert parse([stream]) == [SSEComment("ping"), SSEMessage("x", event="update", id="7")]


def test_utf8_split_inside_a_character() -> None:
    raw = 'data: {"type": "text", "content": "剪辑完成"}\n\n'.encode()
    cut = raw.index("辑".encode()) + 1
    assert decode([raw[:cut], raw[cut:]]) == [TextDelta("剪辑完成")]


def test_byte_order_mark_at_the_start_is_ignored() -> None:
    raw = "\ufeffdata: x\n\n".encode()
    assert parse([raw[:2], raw[2:]]) == [SSEMessage("x")]


def test_last_event_without_final_blank_line_is_kept() -> None:
    assert parse([b'data: {"text": "end"}']) == [SSEMessage('{"text": "end"}')]


def test_form1_events() -> None:
    lines = [
        {"type": "text", "content": "Trimming"},
        {"type": "tool_call", "id": "c1", "name": "trim", "args": {"end_ms": 10000}},
        {"type": "tool_result", "id": "c1", "name": "trim", "result": {"ok": True}},
        {"type": "heartbeat", "label": "transcribing", "progress": 40},
        {"type": "heartbeat"},
    ]
    raw = b"".join(b"data: " + json.dumps(x).encode() + b"\n\n" for x in lines)
    assert decode([raw]) == [
        TextDelta("Trimming"),
        ToolCall("c1", "trim", {"end_ms": 10000}),
        ToolResult("c1", "trim", {"ok": True}),
        Heartbeat("transcribing", 40.0),
        Heartbeat(),
    ]


def adk(parts: list[dict[str, object]], partial: bool = False) -> bytes:
    event = {
        "content": {"role": "model", "parts": parts},
        "partial": partial,
        "author": "nemo_agent",
        "invocationId": "inv1",
        "id": "e1",
        "timestamp": 1.0,
    }
    return b"id: 1\ndata: " + json.dumps(event).encode() + b"\n\n"


def test_form2_adk_events_and_partial_text_is_not_doubled() -> None:
    chunks = [
        adk([{"text": "Added "}], partial=True),
        adk([{"text": "subtitles."}], partial=True),
        adk([{"functionCall": {"id": "f1", "name": "add_subtitles", "args": {"style": "boxed"}}}]),
        adk([{"functionResponse": {"id": "f1", "name": "add_subtitles", "response": {"cues": 3}}}]),
        adk([{"text": "Added subtitles."}]),  # the non-partial aggregate repeats the pieces
    ]
    assert decode(chunks) == [
        TextDelta("Added "),
        TextDelta("subtitles."),
        ToolCall("f1", "add_subtitles", {"style": "boxed"}),
        ToolResult("f1", "add_subtitles", {"cues": 3}),
    ]


def test_form2_aggregate_with_extra_tail_emits_only_the_tail() -> None:
    chunks = [adk([{"text": "Done"}], partial=True), adk([{"text": "Done. Exported."}])]
    assert decode(chunks) == [TextDelta("Done"), TextDelta(". Exported.")]


def test_form2_without_partials_and_user_echo_and_thoughts() -> None:
    user = b'data: {"content": {"role": "user", "parts": [{"text": "hi"}]}}\n\n'
    thought = adk([{"text": "thinking...", "thought": True}])
    assert decode([user, thought, adk([{"text": "Hello"}])]) == [TextDelta("Hello")]


def test_form3_bare_text() -> None:
    assert decode([b'data: {"text": "plain"}\n\n']) == [TextDelta("plain")]


def test_sse_comment_is_a_heartbeat() -> None:
    assert decode([b": heartbeat\n\n"]) == [Heartbeat()]


def test_malformed_events_are_skipped_not_fatal() -> None:
    d = EventDecoder()
    p = SSEParser()
    items = p.feed(b'data: {not json\n\ndata: [1, 2]\n\ndata: {"text": "ok"}\n\n') + p.close()
    events = [e for item in items for e in d.decode(item)]
    assert events == [TextDelta("ok")]
    assert d.malformed == 2


def test_tool_args_as_json_string_are_decoded() -> None:
    raw = b'data: {"type": "tool_call", "name": "trim", "args": "{\\"end_ms\\": 5}"}\n\n'
    assert decode([raw]) == [ToolCall("", "trim", {"end_ms": 5})]


# ---------------------------------------------------------------- property: chunking never matters
_event = st.one_of(
    st.builds(lambda t: {"type": "text", "content": t}, st.text(min_size=1, max_size=20)),
    st.builds(lambda t: {"text": t}, st.text(min_size=1, max_size=20)),
    st.builds(
        lambda n: {"type": "tool_call", "id": "x", "name": n, "args": {"k": n}},
        st.text(min_size=1, max_size=8),
    ),
    st.just({"type": "heartbeat"}),
    st.builds(
        lambda t: {"content": {"role": "model", "parts": [{"text": t}]}, "partial": False},
        st.text(min_size=1, max_size=20),
    ),
)


@st.composite
def streams(draw: st.DrawFn) -> tuple[bytes, int]:
    """A stream mixing the forms, line endings, comments, keep-alives and multi-line data,
    and how many typed events it holds (one per event, one heartbeat per comment)."""
    out = b""
    expected = 0
    for ev in draw(st.lists(_event, min_size=1, max_size=8)):
        nl = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
        expected += 1
        if draw(st.booleans()):
            out += b": keep-alive" + nl + nl
            expected += 1
        if draw(st.booleans()):
            out += b"data:" + nl + nl  # empty keep-alive event
        text = json.dumps(ev, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1])))
        for line in text.split("\n"):  # indented JSON becomes several data: lines
            out += b"data: " + line.encode() + nl
        out += nl
    return out, expected


@settings(max_examples=150, deadline=None)
@given(stream_and_count=streams(), data=st.data())
def test_any_chunking_yields_the_same_events(
    stream_and_count: tuple[bytes, int], data: st.DataObject
) -> None:
    stream, expected = stream_and_count
    whole = decode([stream])
    assert len(whole) == expected
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=12)))
    chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    assert decode(chunks) == whole
    assert decode([bytes([b]) for b in stream]) == whole  # byte by byte


@settings(max_examples=100, deadline=None)
@given(
    pieces=st.lists(st.text(min_size=1, max_size=10), min_size=1, max_size=6),
    tools=st.integers(0, 2),
    data=st.data(),
)
def test_adk_partial_pieces_then_aggregate_read_once_in_any_chunking(
    pieces: list[str], tools: int, data: st.DataObject
) -> None:
    stream = b"".join(adk([{"text": p}], partial=True) for p in pieces)
    for i in range(tools):  # tool events between the pieces and the aggregate (as the engine sends)
        stream += adk([{"functionCall": {"id": f"f{i}", "name": "op", "args": {}}}])
    stream += adk([{"text": "".join(pieces)}])
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=10)))
    chunks = [stream[a:b] for a, b in zip([0, *cuts], [*cuts, len(stream)], strict=True)]
    events = decode(chunks)
    assert "".join(e.text for e in events if isinstance(e, TextDelta)) == "".join(pieces)
    assert sum(isinstance(e, ToolCall) for e in events) == tools
