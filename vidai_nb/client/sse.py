"""Server-sent events: an incremental parser (bytes in any chunking → messages) and the decoder of
the three event forms of PROTOCOL.md §3 (form 1 typed, form 2 Google ADK, form 3 bare text).

The parser follows the WHATWG event-stream rules: lines end in CRLF, LF or CR (a CR at the end of a
chunk may be followed by LF in the next one), `data:` lines accumulate with "\n", comments start
with ":", an empty line dispatches, an event with no data is a keep-alive.
"""

from __future__ import annotations

import codecs
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vidai_nb import protocol
from vidai_nb.client.events import Heartbeat, TextDelta, ToolCall, ToolResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SSEMessage:
    data: str
    event: str = "message"
    id: str | None = None


@dataclass(frozen=True)
class SSEComment:
    text: str


class SSEParser:
    """Feed bytes (any split), get complete messages and comments out, in order."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._pending_cr = False
        self._data: list[str] = []
        self._event = ""
        self._last_id: str | None = None
        self._started = False

    def feed(self, chunk: bytes) -> list[SSEMessage | SSEComment]:
        return list(self._lines(self._decoder.decode(chunk)))

    def close(self) -> list[SSEMessage | SSEComment]:
        """End of stream: a last line without newline counts, and pending data is dispatched
        (lenient: some servers omit the final blank line)."""
        out = list(self._lines(self._decoder.decode(b"", final=True)))
        if self._buffer:
            line, self._buffer = self._buffer, ""
            out.extend(self._line(line))
        msg = self._dispatch()
        if msg is not None:
            out.append(msg)
        return out

    def _lines(self, text: str) -> Iterator[SSEMessage | SSEComment]:
        if not text:
            return
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")  # a byte-order mark may open the stream
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]  # the LF of a CRLF split across chunks
        self._pending_cr = False
        buf = self._buffer + text
        start = 0
        i = 0
        n = len(buf)
        while i < n:
            ch = buf[i]
            if ch == "\r" or ch == "\n":
                yield from self._line(buf[start:i])
                if ch == "\r":
                    if i + 1 < n:
                        if buf[i + 1] == "\n":
                            i += 1
                    else:
                        self._pending_cr = True
                start = i + 1
            i += 1
        self._buffer = buf[start:]

    def _line(self, line: str) -> Iterator[SSEMessage | SSEComment]:
        if line == "":
            msg = self._dispatch()
            if msg is not None:
                yield msg
            return
        if line.startswith(":"):
            yield SSEComment(line[1:].lstrip(" "))
            return
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._last_id = value
        # "retry" and unknown fields are ignored, as the standard says.

    def _dispatch(self) -> SSEMessage | None:
        data, event = self._data, self._event
        self._data, self._event = [], ""
        if not data:
            return None
        text = "\n".join(data)
        if text == "":
            return None  # an empty `data:` line is a keep-alive
        return SSEMessage(data=text, event=event or "message", id=self._last_id)


AgentEvent = TextDelta | ToolCall | ToolResult | Heartbeat


class EventDecoder:
    """Turns SSE messages of any of the three forms into typed events.

    ADK streaming sends text as `partial: true` pieces followed by one non-partial event that
    repeats the whole text; that repeat is dropped so the reply is not doubled.
    """

    def __init__(self) -> None:
        self._partial_text = ""
        self.malformed = 0

    def decode(self, item: SSEMessage | SSEComment) -> list[AgentEvent]:
        if isinstance(item, SSEComment):
            return [Heartbeat()]  # comments are the server's keep-alives
        try:
            obj = json.loads(item.data)
        except ValueError:
            self.malformed += 1
            log.warning("ignored an SSE event that is not JSON (%d bytes)", len(item.data))
            return []
        if not isinstance(obj, dict):
            self.malformed += 1
            log.warning("ignored an SSE event that is not a JSON object")
            return []
        if isinstance(obj.get("type"), str):
            return self._form1(obj)
        if isinstance(obj.get("content"), dict) or "partial" in obj or "invocationId" in obj:
            return self._form2(obj)
        if isinstance(obj.get("text"), str):
            return [TextDelta(obj["text"])] if obj["text"] else []
        if obj.get("errorMessage") or obj.get("error"):
            return [TextDelta(f"⚠ {obj.get('errorMessage') or obj.get('error')}")]
        log.debug("ignored an SSE event of unknown form (keys: %s)", sorted(obj)[:8])
        return []

    def _form1(self, obj: dict[str, Any]) -> list[AgentEvent]:
        kind = obj["type"]
        if kind == protocol.EVENT_TEXT:
            text = obj.get("content", obj.get("text", ""))
            return [TextDelta(text)] if isinstance(text, str) and text else []
        if kind == protocol.EVENT_TOOL_CALL:
            return [ToolCall(str(obj.get("id") or ""), str(obj.get("name") or ""), _as_dict(obj.get("args")))]
        if kind == protocol.EVENT_TOOL_RESULT:
            return [ToolResult(str(obj.get("id") or ""), str(obj.get("name") or ""), obj.get("result"))]
        if kind == protocol.EVENT_HEARTBEAT:
            return [Heartbeat(_opt_str(obj.get("label")), _opt_float(obj.get("progress")))]
        if kind == "error":
            return [TextDelta(f"⚠ {obj.get('message') or obj.get('content') or 'error'}")]
        log.debug("ignored a form-1 event of type %r", kind)
        return []

    def _form2(self, obj: dict[str, Any]) -> list[AgentEvent]:
        out: list[AgentEvent] = []
        content = obj.get("content")
        partial = bool(obj.get("partial"))
        if isinstance(content, dict) and content.get("role", "model") != "user":
            texts: list[str] = []
            for part in content.get("parts") or []:
                if not isinstance(part, dict) or part.get("thought"):
                    continue
                if isinstance(part.get(protocol.PART_TEXT), str):
                    texts.append(part[protocol.PART_TEXT])
                elif isinstance(part.get(protocol.PART_FUNCTION_CALL), dict):
                    fc = part[protocol.PART_FUNCTION_CALL]
                    out.append(
                        ToolCall(str(fc.get("id") or ""), str(fc.get("name") or ""), _as_dict(fc.get("args")))
                    )
                elif isinstance(part.get(protocol.PART_FUNCTION_RESPONSE), dict):
                    fr = part[protocol.PART_FUNCTION_RESPONSE]
                    out.append(
                        ToolResult(str(fr.get("id") or ""), str(fr.get("name") or ""), fr.get("response"))
                    )
            text = "".join(texts)
            if partial:
                self._partial_text += text
            elif self._partial_text and texts:
                # the aggregate of the partial pieces: emit only what they did not already say
                text = text[len(self._partial_text) :] if text.startswith(self._partial_text) else ""
                self._partial_text = ""
            if text:
                out.insert(0, TextDelta(text))
        if obj.get("errorMessage"):
            out.append(TextDelta(f"⚠ {obj['errorMessage']}"))
        return out


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return {"value": value}
        return parsed if isinstance(parsed, dict) else {"value": parsed}
    return {} if value is None else {"value": value}


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _opt_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return None if value is None else float(value)
    except (TypeError, ValueError):
        return None
