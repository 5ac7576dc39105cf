"""The optional LLM planner against a tiny fake OpenAI-compatible server on loopback."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from vidai_nb.engine.agent import DraftChanged, TextDelta, ToolCall, TurnContext, run_turn
from vidai_nb.engine.agent.llm import LLMError, plan_from_response, tools
from vidai_nb.engine.ops import CATALOGUE
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft


class FakeLLM:
    """Answers every chat completion with the tool calls queued in `reply`; records requests."""

    def __init__(self) -> None:
        self.reply: list[tuple[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.status = 200
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **body})
                calls = [
                    {
                        "id": f"c{i}",
                        "type": "function",
                        "function": {"name": n, "arguments": a if isinstance(a, str) else json.dumps(a)},
                    }
                    for i, (n, a) in enumerate(fake.reply)
                ]
                payload = json.dumps(
                    {"choices": [{"message": {"role": "assistant", "content": None, "tool_calls": calls}}]}
                ).encode()
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLLM]:
    fake = FakeLLM()
    monkeypatch.setenv("VIDAI_LLM_URL", fake.url)
    monkeypatch.setenv("VIDAI_LLM_MODEL", "tiny-test")
    monkeypatch.setenv("VIDAI_LLM_API_KEY", "sk-test")
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def ctx(text: str) -> TurnContext:
    draft = sample_draft()
    return TurnContext(
        text=text,
        language="en",
        draft=draft,
        media=SAMPLE_MEDIA,
        media_paths={},
        version=1,
        version_count=1,
        get_version=lambda v: draft,
    )


async def turn(text: str) -> list[Any]:
    return [ev async for ev in run_turn(ctx(text))]


def reply_text(evs: list[Any]) -> str:
    return "".join(e.text for e in evs if isinstance(e, TextDelta))


def test_tools_are_generated_from_the_schemas() -> None:
    defs = {t["function"]["name"]: t["function"] for t in tools()}
    assert set(CATALOGUE) <= set(defs) and {"ask_question", "refuse"} <= set(defs)
    speed = defs["speed"]["parameters"]
    assert speed["properties"]["factor"]["maximum"] == 4.0 and speed["required"] == ["factor"]
    assert "op" not in speed["properties"]
    assert "cues" not in defs["add_subtitles"]["parameters"]["properties"]  # filled by the runner only


async def test_a_valid_tool_call_is_applied(llm: FakeLLM) -> None:
    llm.reply = [("add_title", {"text": "Urban Dreams", "pos": "top"}), ("export", {"format": "mp4"})]
    evs = await turn("put Urban Dreams up top as the title and export")
    (changed,) = [e for e in evs if isinstance(e, DraftChanged)]
    title = next(t for t in changed.draft["t"] if t.get("role") == "title")
    assert title["sg"][0]["text"] == "Urban Dreams" and title["sg"][0]["pos"] == "top"
    assert [c.name for c in evs if isinstance(c, ToolCall)] == ["add_title", "export"]
    (req,) = llm.requests
    assert req["path"] == "/v1/chat/completions" and req["auth"] == "Bearer sk-test"
    assert req["model"] == "tiny-test" and req["temperature"] == 0
    assert {t["function"]["name"] for t in req["tools"]} >= set(CATALOGUE)
    assert "pre-parsed hints" in req["messages"][-1]["content"]
    assert "language model was unavailable" not in reply_text(evs)


async def test_times_are_pre_parsed_for_the_model(llm: FakeLLM) -> None:
    llm.reply = [("trim", {"head_ms": 65000})]
    await turn("cut the first 1m05s")
    hint = llm.requests[0]["messages"][-1]["content"]
    assert '"times_ms": [65000]' in hint and '"head_ms": 65000' in hint


@pytest.mark.parametrize(
    "bad",
    [
        ("speed", {"factor": 10}),
        ("speed", "{not json"),
        ("launch_rocket", {}),
        ("add_title", {"txt": "x"}),
        ("add_subtitles", {"cues": [{"start_ms": 0, "end_ms": 1, "text": "made up"}]}),
    ],
)
async def test_invalid_calls_are_rejected_and_the_parser_takes_over(
    llm: FakeLLM, bad: tuple[str, Any]
) -> None:
    llm.reply = [("mute", {}), bad]
    evs = await turn("make it 2x faster")
    calls = [c for c in evs if isinstance(c, ToolCall)]
    assert [c.name for c in calls] == ["speed"] and calls[0].args[
        "factor"
    ] == 2.0  # the parser's plan, not mute
    assert "built-in parser" in reply_text(evs)


async def test_endpoint_down_falls_back_to_the_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    monkeypatch.setenv("VIDAI_LLM_URL", f"http://127.0.0.1:{port}/v1")  # nothing listens there
    monkeypatch.setenv("VIDAI_LLM_TIMEOUT", "2")
    evs = await turn("make it 9:16")
    (changed,) = [e for e in evs if isinstance(e, DraftChanged)]
    assert changed.draft["m"]["height"] == 1920
    assert "could not be reached" in reply_text(evs) and "built-in parser" in reply_text(evs)


async def test_http_error_falls_back(llm: FakeLLM) -> None:
    llm.status = 500
    evs = await turn("add subtitles and make it square")
    assert "HTTP 500" in reply_text(evs)


async def test_model_questions_and_refusals_change_nothing(llm: FakeLLM) -> None:
    llm.reply = [("ask_question", {"question": "Which part should I cut?"})]
    evs = await turn("cut it")
    assert reply_text(evs) == "Which part should I cut?"
    assert not [e for e in evs if isinstance(e, DraftChanged)]
    llm.reply = [("refuse", {"reason": "I can't add dragons."})]
    evs = await turn("add a dragon")
    assert "I can't add dragons." in reply_text(evs) and not [e for e in evs if isinstance(e, DraftChanged)]


def test_plan_from_response_shapes() -> None:
    with pytest.raises(LLMError, match="no message"):
        plan_from_response({})
    with pytest.raises(LLMError, match="nothing"):
        plan_from_response({"choices": [{"message": {"content": ""}}]})
    plan = plan_from_response({"choices": [{"message": {"content": "Do you mean the intro?"}}]})
    assert plan.question == "Do you mean the intro?"
    gif = plan_from_response(
        {
            "choices": [
                {
                    "message": {
                        "tool_calls": [
                            {
                                "function": {
                                    "name": "export_gif",
                                    "arguments": '{"start_ms": 0, "end_ms": 3000}',
                                }
                            }
                        ]
                    }
                }
            ]
        }
    )
    assert gif.export == {"format": "gif", "start_ms": 0, "end_ms": 3000} and not gif.ops
