"""`handle()`: a chat message routed and acted on (literal server; the engine case is in test_engine)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.client.conftest import make_config
from tests.client.protocol_server import SSE, ProtocolServer
from vidai_nb.client import AsyncNemoClient, NemoClient, TurnEnd, TurnEvent
from vidai_nb.client.handle import output_from_message, paths_in_message

READY = {"t": [{"tt": 0, "id": "video", "sg": [{"id": "s1", "start": 0, "d": 2000, "src": "m1"}]}], "d": 2000}


def test_edit_then_export_runs_the_turn_then_the_export(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    proto.sessions[sid].draft = READY
    proto.script("POST /run_sse", SSE([b'data: {"text": "Trimmed and subtitled."}\n\n']))
    events: list[TurnEvent] = []
    stages: list[str] = []
    reply = client.handle(
        sid,
        "trim the footage, add subtitles, and export as MP4",
        on_event=events.append,
        on_export_progress=lambda _p, s: stages.append(s),
        download_to=tmp_path / "out.mp4",
    )
    assert reply.route.action == "agent" and reply.route.then_export
    assert reply.turn is not None and isinstance(events[-1], TurnEnd)
    assert reply.export is not None and reply.export.status == "completed"
    assert (tmp_path / "out.mp4").exists() and "completed" in stages
    assert reply.text.startswith("Trimmed and subtitled.") and "Export finished" in reply.text
    # the agent got the whole message once; the export asked for MP4
    assert len(proto.calls("POST /run_sse")) == 1
    body = json.loads(proto.calls("POST /api/render/proxy/lambda")[0].body)
    assert body["output"] == {"format": "mp4"}
    client.close()


def test_export_with_nothing_to_export_explains(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    reply = client.handle(sid, "导出")
    assert reply.route.action == "export" and reply.export is None
    assert "nothing to export" in reply.text
    client.close()


def test_upload_without_files_asks_for_them(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    reply = client.handle(sid, "上传")
    assert reply.route.action == "upload" and not reply.uploads and "Attach" in reply.text
    assert proto.calls("POST /api/upload-video") == []
    client.close()


def test_upload_named_path_then_edit(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    song = tmp_path / "song.mp3"
    song.write_bytes(b"ID3" + b"\0" * 5000)
    reply = client.handle(sid, f"upload {song} and add it as background music")
    assert reply.route.action == "upload" and reply.route.then_agent
    assert [u.filename for u in reply.uploads] == ["song.mp3"]
    assert reply.turn is not None and "Uploaded 1 file(s): song.mp3." in reply.text
    client.close()


def test_credits_and_status_replies(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    assert client.handle(sid, "余额多少").text == "Credits: 100 available, 0 reserved, 100 total"
    assert client.handle(sid, "show tracks").text == "Timeline (0 tracks): empty"
    proto.sessions[sid].draft = READY
    assert client.handle(sid, "status?").text.startswith("Timeline (1 track)")
    assert proto.calls("POST /run_sse") == []  # none of these went to the agent
    client.close()


def test_output_and_paths_from_the_message(tmp_path: Path) -> None:
    assert output_from_message("export as WebM in 720p") == {"format": "webm", "resolution": "720p"}
    assert output_from_message("export it") is None
    clip = tmp_path / "c.mov"
    clip.write_bytes(b"x")
    assert paths_in_message(f"upload '{clip}' and {tmp_path / 'missing.mp4'} and notes.txt") == [clip]


def test_an_export_the_agent_asks_for_is_run_after_the_turn(proto: ProtocolServer, tmp_path: Path) -> None:
    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    proto.sessions[sid].draft = READY
    call = {"type": "tool_call", "id": "x1", "name": "export", "args": {"format": "gif", "end_ms": 3000}}
    proto.script("POST /run_sse", SSE([b"data: " + json.dumps(call).encode() + b"\n\n"]))
    reply = client.handle(sid, "make a gif of the first 3 seconds")
    assert reply.route.action == "agent" and not reply.route.then_export
    assert reply.export is not None and reply.export.status == "completed"
    body = json.loads(proto.calls("POST /api/render/proxy/lambda")[0].body)
    assert body["output"] == {"format": "gif", "end_ms": 3000}
    client.close()


async def test_async_handle(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = (await aclient.create_session()).session_id
    reply = await aclient.handle(sid, "How many credits do I have left?")
    assert reply.route.action == "credits" and reply.credits is not None and reply.credits.available == 100
    reply = await aclient.handle(sid, "hello")
    assert reply.route.action == "agent" and reply.text == "ok"


def test_handle_does_not_import_the_client_core() -> None:
    """The core imports handle (for `client.handle`); handle needs only the calls in `HandleClient`."""
    import ast

    import vidai_nb.client.handle as handle_module

    tree = ast.parse(Path(handle_module.__file__).read_text())
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {"vidai_nb.client.async_client", "vidai_nb.client.sync_client"} & imported, imported


def test_a_cancelled_export_stops_on_the_server(proto: ProtocolServer, tmp_path: Path) -> None:
    import threading

    client = NemoClient(make_config(proto.url, tmp_path))
    sid = client.create_session().session_id
    proto.sessions[sid].draft = READY
    proto.render_polls_to_complete = 10_000  # never finishes by itself
    cancel = threading.Event()
    stages: list[str] = []

    def progress(_pct: float, stage: str) -> None:
        stages.append(stage)
        cancel.set()  # the person clicks Cancel once the render has started

    reply = client.handle(sid, "export", on_export_progress=progress, cancel=cancel,
                          download_to=tmp_path / "out.mp4")
    assert reply.export is not None and reply.export.status in ("cancelled", "canceled")
    assert [r for r in proto.calls("POST /api/render/proxy/lambda/") if r.path.endswith("/cancel")]
    assert not (tmp_path / "out.mp4").exists()
    assert "cancel" in reply.text.lower()
    client.close()
