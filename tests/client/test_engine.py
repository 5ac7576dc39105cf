"""Every happy path against the real local engine (a separate process on loopback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests import media
from tests.client.conftest import make_config
from vidai_nb.client import (
    AsyncNemoClient,
    NemoClient,
    SessionNotFoundError,
    TextDelta,
    ToolCall,
    ToolResult,
    TurnEnd,
    UnsupportedFileError,
    translate_gui,
)
from vidai_nb.timeline import diff, summary


def test_anonymous_token_session_and_credits(engine_client: NemoClient) -> None:
    assert engine_client.config.token is None
    info = engine_client.anonymous_token()
    assert engine_client.user_id == info.user_id and info.user_id.startswith("anon_")
    assert engine_client.config.token is not None
    assert engine_client.config.token.reveal().startswith("nmv_usr_")
    s = engine_client.create_session(task_name="client test", language="en")
    assert s.session_id and s.task_id
    credits = engine_client.credits()
    assert credits.total == credits.available + credits.frozen
    assert credits.available == info.credits == 100


def test_upload_with_progress_then_state(
    engine_client: NemoClient, clip: Path, picture: Path, music: Path
) -> None:
    sid = engine_client.create_session().session_id
    progress: list[tuple[int, int, str]] = []
    files = engine_client.upload(sid, [clip, picture, music], on_progress=lambda *p: progress.append(p))
    assert [f.file_type for f in files] == ["video", "image", "audio"]
    video = files[0]
    assert video.filename == "clip.mp4" and (video.width, video.height) == (320, 240)
    assert video.duration == pytest.approx(6.0, abs=0.2)
    total = sum(p.stat().st_size for p in (clip, picture, music))
    assert progress[-1] == (total, total, "music.mp3")
    state = engine_client.state(sid)
    assert {v["filename"] for v in state.video_infos} == {"clip.mp4", "logo.png", "music.mp3"}
    assert state.draft is not None and "clip.mp4" in summary(state.draft)


def test_server_side_content_check_maps_to_4001(engine_client: NemoClient, tmp_path: Path) -> None:
    sid = engine_client.create_session().session_id
    fake = tmp_path / "fake.mp4"
    fake.write_text("this is not a video")
    with pytest.raises(UnsupportedFileError) as info:
        engine_client.upload(sid, [fake])
    assert info.value.code == 4001 and info.value.status is not None


def test_turn_streams_typed_events_and_reports_changes(engine_client: NemoClient, clip: Path) -> None:
    sid = engine_client.create_session().session_id
    engine_client.upload(sid, [clip])
    before = engine_client.state(sid).draft
    events = list(engine_client.stream_turn(sid, "trim to the first 2 seconds"))
    end = events[-1]
    assert isinstance(end, TurnEnd) and not end.dropped
    assert sum(isinstance(e, TurnEnd) for e in events) == 1
    deltas = "".join(e.text for e in events if isinstance(e, TextDelta))
    assert deltas.strip() and end.text == translate_gui(deltas.strip())  # partial + aggregate not doubled
    calls = [e for e in events if isinstance(e, ToolCall)]
    results = [e for e in events if isinstance(e, ToolResult)]
    assert calls and {c.id for c in calls} == {r.id for r in results}
    assert end.state is not None and end.state.draft is not None and end.state.draft["d"] == 2000
    assert end.changes == diff(before, end.state.draft) and end.changes


def test_edit_then_export_in_one_message(engine_client: NemoClient, clip: Path, tmp_path: Path) -> None:
    sid = engine_client.create_session().session_id
    engine_client.upload(sid, [clip])
    reply = engine_client.handle(
        sid,
        "trim to the first 2 seconds, add a title 'Hi', and export as MP4",
        download_to=tmp_path / "o.mp4",
    )
    assert reply.route.action == "agent" and reply.route.then_export
    assert reply.turn is not None and len(reply.turn.changes) >= 2
    assert reply.export is not None and reply.export.status == "completed"
    assert media.probe(tmp_path / "o.mp4").duration == pytest.approx(2.0, abs=0.3)


def test_gif_of_a_part_asked_in_words(engine_client: NemoClient, clip: Path, tmp_path: Path) -> None:
    # the agent's export call carries the range; the client passes it on; the engine renders only that part
    sid = engine_client.create_session().session_id
    engine_client.upload(sid, [clip])
    reply = engine_client.handle(sid, "make a gif of 0:01 to 0:03", download_to=tmp_path / "part.gif")
    assert reply.export is not None and reply.export.status == "completed", reply.text
    with Image.open(tmp_path / "part.gif") as im:
        assert im.format == "GIF"
        total_ms = sum(im.seek(i) or im.info.get("duration", 0) for i in range(im.n_frames))
    assert abs(total_ms - 2000) <= 150
    assert engine_client.state(sid).draft["d"] == 6000  # the draft itself is untouched


def test_export_poll_download_gives_a_real_mp4(engine_client: NemoClient, clip: Path, tmp_path: Path) -> None:
    sid = engine_client.create_session().session_id
    engine_client.upload(sid, [clip])
    progress: list[tuple[float, str]] = []
    result = engine_client.export(sid, on_progress=lambda p, s: progress.append((p, s)), download_to=tmp_path)
    assert result.status == "completed" and result.url and result.path is not None
    assert result.path.parent == tmp_path and result.path.suffix == ".mp4"
    info = media.probe(result.path)
    assert info.duration == pytest.approx(6.0, abs=0.3)
    assert info.video["codec"] == "h264" and info.audio is not None
    assert progress[-1] == (100.0, "downloading")
    assert not list(tmp_path.glob("*.part"))
    # download again by render id, through the documented download endpoint
    again = engine_client.download(result.render_id, tmp_path / "again.mp4")
    assert again.stat().st_size == result.path.stat().st_size
    # the signed URL into a folder: named after the render, never after the query string (exp/sig)
    folder = tmp_path / "by-url"
    folder.mkdir()
    by_url = engine_client.download(result.url, folder)
    assert by_url.name == f"{result.render_id}.mp4" and "?" not in by_url.name and "sig" not in by_url.name


def test_handle_routes_messages(engine_client: NemoClient, clip: Path, tmp_path: Path) -> None:
    sid = engine_client.create_session().session_id
    up = engine_client.handle(sid, "upload this", files=[clip])
    assert up.route.action == "upload" and up.uploads[0].filename == "clip.mp4"
    assert engine_client.handle(sid, "what's my balance?").credits is not None
    status = engine_client.handle(sid, "现在什么样了")
    assert status.route.action == "status" and "clip.mp4" in status.text
    exported = engine_client.handle(sid, "can you export it now?", download_to=tmp_path / "h.mp4")
    assert exported.export is not None and exported.export.path == tmp_path / "h.mp4"
    assert (tmp_path / "h.mp4").stat().st_size > 1000
    chat = engine_client.handle(sid, "hello there")
    assert chat.route.action == "agent" and chat.turn is not None and chat.text


def test_unknown_session_is_1002(engine_client: NemoClient) -> None:
    with pytest.raises(SessionNotFoundError):
        engine_client.state("sess_does_not_exist")


def test_rejected_token_is_replaced_by_a_new_anonymous_one(engine_url: str, tmp_path: Path) -> None:
    client = NemoClient(make_config(engine_url, tmp_path, token="nmv_usr_not_a_real_token"))
    credits = client.credits()  # 1001 → new anonymous token (same client id) → one retry
    assert credits.available >= 0
    assert client.config.token is not None and client.config.token.reveal() != "nmv_usr_not_a_real_token"
    client.close()


async def test_async_client_against_the_engine(engine_aclient: AsyncNemoClient, clip: Path) -> None:
    s = await engine_aclient.create_session()
    files = await engine_aclient.upload(s.session_id, [clip])
    assert files[0].filename == "clip.mp4"
    state = await engine_aclient.state(s.session_id)
    assert state.video_infos[0]["media_id"]
    status = await engine_aclient.start_export(s.session_id)
    assert status.id.startswith("render_") and status.status in ("pending", "processing", "completed")
    polled = await engine_aclient.export_status(status.id)
    assert polled.id == status.id


def test_url_upload(engine_client: NemoClient, clip: Path) -> None:
    import functools
    import http.server
    import threading

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(clip.parent))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        sid = engine_client.create_session().session_id
        files = engine_client.upload_urls(sid, [f"http://127.0.0.1:{server.server_port}/{clip.name}"])
        assert files[0].file_type == "video" and files[0].duration == pytest.approx(6.0, abs=0.2)
        assert engine_client.state(sid).video_infos[0]["filename"] == clip.name
    finally:
        server.shutdown()
        server.server_close()


def test_client_configured_only_by_the_environment(engine_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEMO_API_URL", engine_url)
    monkeypatch.setenv("NEMO_CLIENT_ID", "env-client-0001")
    monkeypatch.setenv("SKILL_SOURCE", "notebook-tests")
    seed = NemoClient()
    seed.anonymous_token()
    assert seed.config.token is not None
    monkeypatch.setenv("NEMO_TOKEN", seed.config.token.reveal())
    client = NemoClient()
    assert client.config.api_url == engine_url and client.config.client_id == "env-client-0001"
    assert client.config.platform == "notebook-tests"
    assert client.create_session().session_id
    assert client.user_id == seed.user_id  # the session belongs to the NEMO_TOKEN user
    seed.close()
    client.close()
