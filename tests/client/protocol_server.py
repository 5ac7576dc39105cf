"""A small, literal PROTOCOL.md server for the client cases the real engine never produces
(every envelope variant, all three SSE forms, malformed SSE, every error code, 429-then-success,
1001-then-ok, a dropped stream, slow heartbeats, the older top-level render form).

It behaves like the protocol by default and lets a test queue scripted answers per route:
`server.script("POST /run_sse", SSE([...]))`. Requests are recorded (with headers) for asserts.
Run in a thread (`ProtocolServer().start()`) or as a process (`python -m tests.client.protocol_server`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.conftest import free_port


def ok(data: Any, message: str = "ok") -> dict[str, Any]:
    return {"code": 0, "message": message, "data": data}


def err(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "message": message, "data": None}


@dataclass
class Json:
    """A scripted JSON answer."""

    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class SSE:
    """A scripted event stream: raw byte chunks sent with `delay` seconds between them.
    `drop=True` breaks the connection after the chunks (no clean end of the chunked body)."""

    chunks: list[bytes]
    delay: float = 0.0
    drop: bool = False


@dataclass
class Raw:
    body: bytes
    status: int = 200
    content_type: str = "application/octet-stream"


Scripted = Json | SSE | Raw


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class SessionData:
    session_id: str
    task_id: str
    draft: dict[str, Any] = field(default_factory=lambda: {"t": [], "d": 0, "m": {"title": "project"}})
    video_infos: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class RenderJob:
    id: str
    polls: int = 0
    cancelled: bool = False


class DroppedConnection(Exception):
    """Raised inside a streaming body to make uvicorn abort the connection."""


class ProtocolServer:
    def __init__(self) -> None:
        self.scripts: dict[str, deque[Scripted | Callable[[Request], Scripted]]] = defaultdict(deque)
        self.requests: list[Recorded] = []
        self.tokens: dict[str, str] = {}  # token -> client id
        self.sessions: dict[str, SessionData] = {}
        self.renders: dict[str, RenderJob] = {}
        self.seen_render_ids: set[str] = set()
        self.render_url_form = "data.outputUrl"  # where the result URL is put (PROTOCOL.md ⚠)
        self.render_polls_to_complete = 2
        self.render_fail_first = False
        self.credits = {"available": 100, "frozen": 0}
        self.upload_bytes = 0
        self.app = Starlette(
            routes=[
                Route("/api/auth/anonymous-token", self.anonymous_token, methods=["POST"]),
                Route("/api/tasks/me/with-session/nemo_agent", self.create_session, methods=["POST"]),
                Route("/run_sse", self.run_sse, methods=["POST"]),
                Route("/api/upload-video/nemo_agent/me/{sid}", self.upload, methods=["POST"]),
                Route("/api/credits/balance/simple", self.balance, methods=["GET"]),
                Route("/api/state/nemo_agent/me/{sid}/latest", self.state, methods=["GET"]),
                Route("/api/render/proxy/lambda", self.render_submit, methods=["POST"]),
                Route("/api/render/proxy/lambda/{rid}", self.render_poll, methods=["GET"]),
                Route("/api/render/proxy/lambda/{rid}/cancel", self.render_cancel, methods=["POST"]),
                Route("/api/render/proxy/{rid}/download", self.render_download, methods=["GET"]),
                Route("/files/{name}", self.file, methods=["GET"]),
            ]
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # ------------------------------------------------------------ control
    def script(self, key: str, *answers: Scripted | Callable[[Request], Scripted]) -> None:
        """Queue answers for "METHOD /path-pattern" (e.g. "POST /run_sse"); used once each, in order."""
        self.scripts[key].extend(answers)

    def calls(self, key: str) -> list[Recorded]:
        method, _, prefix = key.partition(" ")
        return [r for r in self.requests if r.method == method and r.path.startswith(prefix)]

    def start(self) -> ProtocolServer:
        port = free_port()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=port, log_level="critical", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("protocol server did not start")
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)

    # ------------------------------------------------------------ helpers
    async def _record(self, request: Request, read_body: bool = True) -> bytes:
        body = await request.body() if read_body else b""
        self.requests.append(
            Recorded(
                request.method, request.url.path, {k.lower(): v for k, v in request.headers.items()}, body
            )
        )
        return body

    def _scripted(self, key: str, request: Request) -> Response | None:
        queue = self.scripts.get(key)
        if not queue:
            return None
        answer = queue.popleft()
        if callable(answer):
            answer = answer(request)
        return self._respond(answer)

    def _respond(self, answer: Scripted) -> Response:
        if isinstance(answer, Json):
            return JSONResponse(answer.body, status_code=answer.status, headers=answer.headers)
        if isinstance(answer, Raw):
            return Response(answer.body, status_code=answer.status, media_type=answer.content_type)

        async def chunks() -> AsyncIterator[bytes]:
            for i, chunk in enumerate(answer.chunks):
                if i and answer.delay:
                    await asyncio.sleep(answer.delay)
                yield chunk
            if answer.drop:
                await asyncio.sleep(0.05)
                raise DroppedConnection("scripted drop")

        return StreamingResponse(chunks(), media_type="text/event-stream")

    def _auth(self, request: Request, export: bool = False) -> Response | None:
        """1001 for a missing/unknown token; missing attribution headers: 1001 (402 on export)."""
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ").strip() if auth.startswith("Bearer ") else ""
        if token not in self.tokens:
            return JSONResponse(err(1001, "token invalid or expired"), status_code=401)
        needed = ("x-skill-source", "x-skill-version", "x-skill-platform")
        if not all(request.headers.get(h) for h in needed):
            if export:
                return JSONResponse(err(402, "free plan cannot export"), status_code=402)
            return JSONResponse(err(1001, "missing attribution headers"), status_code=401)
        return None

    def _session(self, sid: str) -> SessionData | None:
        return self.sessions.get(sid)

    # ------------------------------------------------------------ endpoints
    async def anonymous_token(self, request: Request) -> Response:
        await self._record(request)
        if (r := self._scripted("POST /api/auth/anonymous-token", request)) is not None:
            return r
        cid = request.headers.get("x-client-id")
        if not cid:
            return JSONResponse(err(400, "X-Client-Id header is required"), status_code=400)
        token = f"nmv_usr_{uuid.uuid4().hex}"
        self.tokens[token] = cid
        return JSONResponse(
            ok(
                {
                    "token": token,
                    "user_id": f"anon_{cid[:8]}",
                    "expires_at": "2030-01-01T00:00:00Z",
                    "credits": 100,
                }
            )
        )

    async def create_session(self, request: Request) -> Response:
        body = await self._record(request)
        if (r := self._scripted("POST /api/tasks/me/with-session/nemo_agent", request)) is not None:
            return r
        if (a := self._auth(request)) is not None:
            return a
        json.loads(body or b"{}")
        sid = f"sess_{uuid.uuid4().hex[:12]}"
        self.sessions[sid] = SessionData(sid, f"task_{uuid.uuid4().hex[:8]}")
        return JSONResponse(
            ok({"task_id": self.sessions[sid].task_id, "session_id": sid, "user_id": "anon_x"})
        )

    async def run_sse(self, request: Request) -> Response:
        await self._record(request)
        if (a := self._auth(request)) is not None:
            return a
        if (r := self._scripted("POST /run_sse", request)) is not None:
            return r
        body = json.loads(self.requests[-1].body or b"{}")
        if self._session(body.get("session_id", "")) is None:
            return JSONResponse(err(1002, "session not found"), status_code=404)
        return self._respond(SSE([b'data: {"type": "text", "content": "ok"}\n\n']))

    async def upload(self, request: Request) -> Response:
        # Count the bytes as they arrive (never hold the body): the memory test streams 200+ MB here.
        self.requests.append(
            Recorded(
                request.method, request.url.path, {k.lower(): v for k, v in request.headers.items()}, b""
            )
        )
        if (a := self._auth(request)) is not None:
            return a
        if (r := self._scripted("POST /api/upload-video", request)) is not None:
            return r
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("application/json"):
            raw = await request.body()
            self.requests[-1].body = raw
            body = json.loads(raw)
            files = [
                {"filename": u.rsplit("/", 1)[-1], "file_type": "video", "cdn_url": u} for u in body["urls"]
            ]
            return JSONResponse(ok({"files": files, "session_state_applied": True}))
        boundary = ctype.partition("boundary=")[2].encode()
        total = 0
        names: list[str] = []
        tail = b""
        async for chunk in request.stream():
            total += len(chunk)
            window = tail + chunk
            for part in window.split(b"--" + boundary)[1:]:
                head = part.split(b"\r\n\r\n", 1)[0]
                if b'filename="' in head:
                    name = head.split(b'filename="', 1)[1].split(b'"', 1)[0].decode("utf-8", "replace")
                    if name not in names:
                        names.append(name)
            tail = window[-300:]
        self.upload_bytes = total
        kinds = {"mp4": "video", "png": "image", "mp3": "audio", "wav": "audio", "jpg": "image"}
        files = [
            {
                "filename": n,
                "file_type": kinds.get(n.rsplit(".", 1)[-1], "video"),
                "cdn_url": f"/files/{n}",
                "received_bytes": total,
            }
            for n in names
        ]
        return JSONResponse(ok({"files": files, "session_state_applied": True, "received_bytes": total}))

    async def balance(self, request: Request) -> Response:
        await self._record(request)
        if (a := self._auth(request)) is not None:
            return a
        if (r := self._scripted("GET /api/credits/balance/simple", request)) is not None:
            return r
        c = self.credits
        return JSONResponse(ok({**c, "total": c["available"] + c["frozen"]}))

    async def state(self, request: Request) -> Response:
        await self._record(request)
        if (a := self._auth(request)) is not None:
            return a
        if (r := self._scripted("GET /api/state", request)) is not None:
            return r
        sess = self._session(request.path_params["sid"])
        if sess is None:
            return JSONResponse(err(1002, "session not found"), status_code=404)
        state = {
            "draft": sess.draft,
            "video_infos": sess.video_infos,
            "canvas_config": {"width": 1920, "height": 1080},
            "generated_media": [],
            "video_analyses": [],
        }
        return JSONResponse(ok({"session_id": sess.session_id, "task_id": sess.task_id, "state": state}))

    async def render_submit(self, request: Request) -> Response:
        body = await self._record(request)
        if (a := self._auth(request, export=True)) is not None:
            return a
        if (r := self._scripted("POST /api/render/proxy/lambda", request)) is not None:
            return r
        req = json.loads(body)
        rid = req["id"]
        if rid in self.seen_render_ids:
            return JSONResponse({"success": False, "message": "duplicate id"}, status_code=409)
        self.seen_render_ids.add(rid)
        self.renders[rid] = RenderJob(rid)
        return JSONResponse({"success": True, "data": {"id": rid, "status": "pending", "progress": 5}})

    async def render_poll(self, request: Request) -> Response:
        await self._record(request)
        if (a := self._auth(request)) is not None:
            return a
        if (r := self._scripted("GET /api/render/proxy/lambda/", request)) is not None:
            return r
        job = self.renders.get(request.path_params["rid"])
        if job is None:
            return JSONResponse({"success": False, "message": "no such render"}, status_code=404)
        job.polls += 1
        if job.cancelled:
            return JSONResponse(
                {"success": True, "data": {"id": job.id, "status": "cancelled", "progress": 0}}
            )
        if job.polls < self.render_polls_to_complete:
            return JSONResponse(
                {"success": True, "data": {"id": job.id, "status": "processing", "progress": 50}}
            )
        if self.render_fail_first:
            self.render_fail_first = False
            return JSONResponse(
                {
                    "success": True,
                    "data": {"id": job.id, "status": "failed", "progress": 50, "error": "encoder died"},
                }
            )
        url = f"{self.url}/files/{job.id}.mp4"
        data: dict[str, Any] = {"id": job.id, "status": "completed", "progress": 100}
        body: dict[str, Any] = {"success": True, "data": data}
        form = self.render_url_form
        if form == "data.outputUrl":
            data["outputUrl"] = url
        elif form == "outputUrl":
            body = {"id": job.id, "status": "completed", "progress": 100, "outputUrl": url}  # older top-level
        elif form == "output.url":
            body["output"] = {"url": url}
            body["status"] = "completed"
            del data["status"]
        elif form == "data.output.url":
            data["output"] = {"url": url}
        return JSONResponse(body)

    async def render_cancel(self, request: Request) -> Response:
        await self._record(request)
        if (a := self._auth(request)) is not None:
            return a
        job = self.renders.get(request.path_params["rid"])
        if job is None:
            return JSONResponse({"success": False, "message": "no such render"}, status_code=404)
        job.cancelled = True
        return JSONResponse({"success": True, "data": {"id": job.id, "status": "cancelled", "progress": 0}})

    async def render_download(self, request: Request) -> Response:
        await self._record(request)
        if (a := self._auth(request)) is not None:
            return a
        return Response(b"MP4DATA-" + request.path_params["rid"].encode(), media_type="video/mp4")

    async def file(self, request: Request) -> Response:
        await self._record(request)
        if (r := self._scripted("GET /files/", request)) is not None:
            return r
        return Response(b"MP4DATA-" + request.path_params["name"].encode(), media_type="video/mp4")


def main() -> None:
    parser = argparse.ArgumentParser(description="literal PROTOCOL.md server for client tests")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    server = ProtocolServer()
    server.url = f"http://127.0.0.1:{args.port}"
    token = "nmv_usr_memorytest"
    server.tokens[token] = "memory-test-client"
    uvicorn.run(server.app, host="127.0.0.1", port=args.port, log_level="warning", lifespan="off")


if __name__ == "__main__":
    main()
