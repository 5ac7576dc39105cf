"""Export against the literal server: every documented place of the result URL, polling with
progress, one retry with a new id, cancel, timeouts, downloads (atomic, token only to the API host)."""

from __future__ import annotations

import asyncio
import json
import threading
from pathlib import Path

import pytest

from tests.client.conftest import make_config
from tests.client.protocol_server import Json, ProtocolServer
from vidai_nb.client import (
    AsyncNemoClient,
    ExportFailedError,
    NemoHTTPError,
    NemoTimeoutError,
    NothingToExportError,
    Timings,
)

READY = {"t": [{"tt": 0, "id": "video", "sg": [{"id": "s1", "start": 0, "d": 2000, "src": "m1"}]}], "d": 2000}


async def ready_session(proto: ProtocolServer, client: AsyncNemoClient) -> str:
    sid = (await client.create_session()).session_id
    proto.sessions[sid].draft = READY
    return sid


@pytest.mark.parametrize("form", ["data.outputUrl", "outputUrl", "output.url", "data.output.url"])
async def test_result_url_from_every_documented_place(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path, form: str
) -> None:
    proto.render_url_form = form
    sid = await ready_session(proto, aclient)
    progress: list[tuple[float, str]] = []
    result = await aclient.export(
        sid, on_progress=lambda p, s: progress.append((p, s)), download_to=tmp_path / "o.mp4"
    )
    assert result.status == "completed" and result.attempts == 1
    assert result.url == f"{proto.url}/files/{result.render_id}.mp4"
    assert result.path == tmp_path / "o.mp4"
    assert result.path.read_bytes() == f"MP4DATA-{result.render_id}.mp4".encode()
    stages = [s for _, s in progress]
    assert stages[0] == "pending" and "processing" in stages and "completed" in stages
    assert stages[-1] == "downloading" and progress[-1][0] == 100.0


async def test_submit_body_follows_the_protocol(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = await ready_session(proto, aclient)
    await aclient.export(sid, output={"format": "mp4", "quality": "high", "resolution": "720p"})
    body = json.loads(proto.calls("POST /api/render/proxy/lambda")[0].body)
    assert body["id"].startswith("render_") and len(body["id"]) > 20
    assert body["sessionId"] == sid and body["draft"] == READY
    assert body["output"] == {"format": "mp4", "quality": "high", "resolution": "720p"}


async def test_each_export_has_a_unique_id(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = await ready_session(proto, aclient)
    ids = {(await aclient.export(sid)).render_id for _ in range(3)}
    assert len(ids) == 3


async def test_failed_render_is_retried_once_with_a_new_id(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    proto.render_fail_first = True
    sid = await ready_session(proto, aclient)
    result = await aclient.export(sid)
    assert result.status == "completed" and result.attempts == 2
    ids = [json.loads(c.body)["id"] for c in proto.calls("POST /api/render/proxy/lambda")]
    assert len(ids) == 2 and ids[0] != ids[1] and result.render_id == ids[1]


async def test_two_failures_raise_with_the_reason(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = await ready_session(proto, aclient)
    failed = Json({"success": True, "data": {"status": "failed", "progress": 10, "error": "encoder died"}})
    proto.script("GET /api/render/proxy/lambda/", failed, failed)
    with pytest.raises(ExportFailedError, match="encoder died"):
        await aclient.export(sid)
    assert len(proto.calls("POST /api/render/proxy/lambda")) == 2


async def test_duplicate_id_on_submit_is_retried_with_a_new_id(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    sid = await ready_session(proto, aclient)
    proto.script(
        "POST /api/render/proxy/lambda", Json({"success": False, "message": "duplicate id"}, status=409)
    )
    result = await aclient.export(sid)
    assert result.status == "completed" and result.attempts == 2


async def test_nothing_to_export_sends_nothing(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    sid = (await aclient.create_session()).session_id  # empty draft
    with pytest.raises(NothingToExportError, match="nothing to export"):
        await aclient.export(sid)
    assert proto.calls("POST /api/render/proxy/lambda") == []


async def test_cancel(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    proto.render_polls_to_complete = 10**6
    sid = await ready_session(proto, aclient)
    status = await aclient.start_export(sid)
    cancelled = await aclient.cancel_export(status.id)
    assert cancelled.status == "cancelled"
    assert (await aclient.export_status(status.id)).status == "cancelled"
    assert proto.calls("POST /api/render/proxy/lambda/")[0].path.endswith(f"/{status.id}/cancel")


async def test_export_that_never_finishes_times_out_and_is_cancelled(
    proto: ProtocolServer, tmp_path: Path
) -> None:
    proto.render_polls_to_complete = 10**6
    client = AsyncNemoClient(
        make_config(
            proto.url,
            tmp_path,
            timings=Timings(export_poll_initial_s=0.05, export_poll_max_s=0.1, export_timeout_s=0.5),
        )
    )
    sid = await ready_session(proto, client)
    with pytest.raises(NemoTimeoutError, match="cancelled"):
        await client.export(sid)
    assert all(job.cancelled for job in proto.renders.values())
    polls = proto.calls("GET /api/render/proxy/lambda/")
    assert 3 <= len(polls) <= 12  # backoff: fewer polls than a fixed 50 ms cadence would make
    await client.aclose()


async def test_download_to_a_folder_and_fallback_endpoint(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    sid = await ready_session(proto, aclient)
    proto.script("GET /files/", Json({"code": 500, "message": "cdn down"}, status=500))
    result = await aclient.export(sid, download_to=tmp_path)
    assert result.path == tmp_path / f"{result.render_id}.mp4"
    # the result URL failed, so the documented download endpoint was used
    assert result.path.read_bytes() == f"MP4DATA-{result.render_id}".encode()
    assert (
        proto.calls("GET /api/render/proxy/render_")[0].path
        == f"/api/render/proxy/{result.render_id}/download"
    )


async def test_failed_download_leaves_no_partial_file(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    proto.script("GET /files/", Json({"code": 500, "message": "gone"}, status=500))
    dest = tmp_path / "out.mp4"
    with pytest.raises(NemoHTTPError):
        await aclient.download(f"{proto.url}/files/x.mp4", dest)
    assert not list(tmp_path.glob("out.mp4*"))  # neither the file nor its .part


async def test_token_is_sent_only_to_the_api_host(
    proto: ProtocolServer, aclient: AsyncNemoClient, tmp_path: Path
) -> None:
    cdn = ProtocolServer().start()
    try:
        await aclient.anonymous_token()
        await aclient.download(f"{cdn.url}/files/abc.mp4", tmp_path / "a.mp4")
        await aclient.download(f"{proto.url}/files/abc.mp4", tmp_path / "b.mp4")
        assert "authorization" not in cdn.calls("GET /files/")[0].headers
        assert proto.calls("GET /files/")[0].headers["authorization"].startswith("Bearer nmv_usr_")
        assert (tmp_path / "a.mp4").read_bytes() == b"MP4DATA-abc.mp4"
    finally:
        cdn.stop()


async def test_cancel_event_stops_a_running_export(proto: ProtocolServer, aclient: AsyncNemoClient) -> None:
    proto.render_polls_to_complete = 10**6
    sid = await ready_session(proto, aclient)
    cancel = threading.Event()
    seen: list[str] = []

    def progress(_p: float, stage: str) -> None:
        seen.append(stage)
        if stage == "processing":
            cancel.set()  # e.g. a Cancel button pressed while the render runs

    result = await aclient.export(sid, on_progress=progress, cancel=cancel)
    assert result.status == "cancelled" and result.url is None
    assert all(job.cancelled for job in proto.renders.values())
    submits = [c for c in proto.requests if c.method == "POST" and c.path == "/api/render/proxy/lambda"]
    assert len(submits) == 1  # a cancel is not a failure: no retry


async def test_cancelling_the_task_cancels_the_render(
    proto: ProtocolServer, aclient: AsyncNemoClient
) -> None:
    proto.render_polls_to_complete = 10**6
    sid = await ready_session(proto, aclient)
    task = asyncio.create_task(aclient.export(sid))
    while not proto.calls("GET /api/render/proxy/lambda/"):
        await asyncio.sleep(0.02)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    for _ in range(50):
        if all(job.cancelled for job in proto.renders.values()):
            break
        await asyncio.sleep(0.02)
    assert proto.renders and all(job.cancelled for job in proto.renders.values())


def test_the_local_engines_cancel_reads_as_cancelled_not_failed() -> None:
    """The engine answers a cancel with status "failed" and cancelled: true; a real failure stays failed."""
    from vidai_nb.client.export import parse_status

    cancelled = {"success": True, "status": "failed",
                 "data": {"id": "r1", "status": "failed", "cancelled": True, "error": "cancelled by request"}}
    failed = {"success": True, "status": "failed",
              "data": {"id": "r2", "status": "failed", "cancelled": False, "error": "ffmpeg exited 1"}}
    assert parse_status(cancelled, "r1").status == "cancelled"
    assert parse_status(failed, "r2").status == "failed"
