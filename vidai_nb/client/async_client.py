"""The async core: every protocol call on one `httpx.AsyncClient` (transport injectable, as in httpx)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import threading
import uuid
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from vidai_nb.client import export as exp
from vidai_nb.client import transcript as tx
from vidai_nb.client.changes import draft_changes, is_ready
from vidai_nb.client.config import ClientConfig, save_client_id
from vidai_nb.client.envelope import body_json, error_from_response, unwrap
from vidai_nb.client.errors import (
    ClientIdMissingError,
    ExportFailedError,
    ExportNotAllowedError,
    NemoError,
    NemoHTTPError,
    NemoTimeoutError,
    NothingToExportError,
    OutOfCreditsError,
    RateLimitedError,
    SessionNotFoundError,
    TokenExpiredError,
)
from vidai_nb.client.events import (
    Heartbeat,
    SessionRenewed,
    TextDelta,
    ToolCall,
    TurnEnd,
    TurnEvent,
    TurnResult,
)
from vidai_nb.client.gui import translate_gui
from vidai_nb.client.handle import ExportProgress, Reply
from vidai_nb.client.handle import handle as handle_message
from vidai_nb.client.models import (
    AnonymousToken,
    Credits,
    ExportResult,
    ExportStatus,
    Session,
    SessionState,
    UploadedFile,
)
from vidai_nb.client.stream import StreamDropped, timed_events
from vidai_nb.client.transcript import version_of
from vidai_nb.client.upload import MultipartFiles, ProgressCallback

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger("vidai_nb.client")

DownloadProgress = Callable[[int, int | None], None]  # (bytes received, total bytes or None)



MAX_RETRY_AFTER_S = 300.0


def retry_after_s(response: httpx.Response) -> float | None:
    """The server's `Retry-After` in seconds (a number; HTTP dates are rare here and ignored), capped so a
    wrong header cannot hang a notebook; None when absent, so the configured wait applies."""
    raw = response.headers.get("retry-after", "").strip()
    try:
        value = float(raw)
    except ValueError:
        return None
    return min(value, MAX_RETRY_AFTER_S) if value > 0 else None

class AsyncNemoClient:
    """The NemoVideo protocol client (async).

    `AsyncNemoClient()` reads the environment; keyword arguments (`token`, `api_url`, `web_url`,
    `client_id`, `platform`, `config_dir`, `timings`) win over it. `transport` is any
    `httpx.AsyncBaseTransport` (e.g. `httpx.MockTransport` or `httpx.ASGITransport`).
    """

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **settings: Any,
    ) -> None:
        self.config = config if config is not None else ClientConfig.from_env(**settings)
        self._http = httpx.AsyncClient(
            base_url=self.config.api_url,
            transport=transport,
            timeout=self.config.timings.request_timeout_s,
        )
        self._token_lock = asyncio.Lock()
        self._anonymous = self.config.token is None
        self.user_id: str | None = None

    def __repr__(self) -> str:
        return f"AsyncNemoClient(api_url={self.config.api_url!r}, client_id={self.config.client_id!r})"

    async def aclose(self) -> None:
        await self._http.aclose()

    def rebase(self, api_url: str) -> None:
        """Point at `api_url` from now on, keeping the token and client id (a restarted local engine
        answers on a new port with the same data, so the same token still opens the same sessions)."""
        url = api_url.rstrip("/")
        self.config = replace(self.config, api_url=url)
        self._http.base_url = httpx.URL(url)

    async def __aenter__(self) -> AsyncNemoClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ transport + reactions
    async def _send(
        self,
        method: str,
        url: str,
        *,
        json_body: Any = None,
        body_factory: Callable[[], AsyncIterator[bytes]] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        stream: bool = False,
        timeout: httpx.Timeout | float | None = None,
    ) -> httpx.Response:
        """Send once, and react to 1001 (new token, retry once) and 429 (wait, retry once)."""
        token_retried = rate_retried = False
        while True:
            req_headers = {**self.config.headers(), **(headers or {})}
            used_token = await self._token() if auth else ""
            if auth:
                req_headers["Authorization"] = f"Bearer {used_token}"
            request = self._http.build_request(
                method,
                url,
                json=json_body,
                content=body_factory() if body_factory is not None else None,
                headers=req_headers,
                timeout=timeout if timeout is not None else self.config.timings.request_timeout_s,
            )
            log.debug("%s %s", method, request.url.path)
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TimeoutException as e:
                raise NemoTimeoutError(
                    f"The editing service at {self.config.api_url} did not answer in time "
                    f"({type(e).__name__})."
                ) from e
            except httpx.HTTPError as e:
                raise NemoHTTPError(
                    f"Could not reach the editing service at {self.config.api_url} ({type(e).__name__})."
                ) from e
            log.debug("%s %s -> %d", method, request.url.path, response.status_code)
            if stream and not (response.is_error or "json" in response.headers.get("content-type", "")):
                return response
            if stream:
                await response.aread()
                await response.aclose()
            err = error_from_response(response)
            if err is None:
                return response
            if isinstance(err, TokenExpiredError) and auth and not token_retried:
                token_retried = True
                log.warning("the token was rejected (1001); getting a new anonymous token and retrying once")
                await self._renew_token(used_token)
                continue
            if isinstance(err, RateLimitedError) and not rate_retried:
                rate_retried = True
                wait = retry_after_s(response) or self.config.timings.rate_limit_wait_s
                log.warning("rate limited (429); waiting %.0f s, then retrying once", wait)
                await asyncio.sleep(wait)
                continue
            if isinstance(err, OutOfCreditsError):
                err = self._out_of_credits(err)
            raise err

    def _out_of_credits(self, err: OutOfCreditsError) -> OutOfCreditsError:
        if self._anonymous and self.user_id:
            url = f"{self.config.web_url}/register?bind={self.user_id}"
            return OutOfCreditsError(register_url=url, server_message=err.server_message, status=err.status)
        return err

    async def _json(self, method: str, url: str, **kw: Any) -> dict[str, Any]:
        return unwrap(await self._send(method, url, **kw))

    # ------------------------------------------------------------------ identity
    async def _token(self) -> str:
        if self.config.token is None:
            async with self._token_lock:
                if self.config.token is None:
                    await self.anonymous_token()
        assert self.config.token is not None
        return self.config.token.reveal()

    async def _renew_token(self, rejected: str) -> None:
        async with self._token_lock:
            # Several requests may be refused with the same old token: only the first one renews it.
            if self.config.token is None or self.config.token.reveal() == rejected:
                self.config = self.config.with_token(None)
                await self.anonymous_token()

    async def anonymous_token(self) -> AnonymousToken:
        """Get a new anonymous token for this client id (kept inside the client, never returned)."""
        retried = False
        while True:
            try:
                data = await self._json("POST", "/api/auth/anonymous-token", auth=False)
                break
            except ClientIdMissingError:
                if retried:
                    raise
                retried = True
                new_id = str(uuid.uuid4())  # the server wants an id: make one, keep it, retry
                if self.config.config_dir is not None:
                    save_client_id(self.config.config_dir, new_id)
                self.config = replace(self.config, client_id=new_id)
        token = data.get("token")
        if not isinstance(token, str) or not token:
            raise NemoHTTPError("The service did not return a token for the anonymous sign-in.")
        self.config = self.config.with_token(token)
        self._anonymous = True
        self.user_id = str(data.get("user_id") or "") or None
        credits = data.get("credits")
        return AnonymousToken(
            user_id=self.user_id or "",
            expires_at=data.get("expires_at"),
            credits=float(credits) if isinstance(credits, int | float) else None,
        )

    # ------------------------------------------------------------------ sessions, credits, state
    async def create_session(self, task_name: str = "project", language: str = "en") -> Session:
        data = await self._json(
            "POST",
            "/api/tasks/me/with-session/nemo_agent",
            json_body={"task_name": task_name, "language": language},
        )
        sid = data.get("session_id")
        if not isinstance(sid, str) or not sid:
            raise NemoHTTPError("The service did not return a session id.")
        if data.get("user_id") and not self.user_id:
            self.user_id = str(data["user_id"])
        return Session(session_id=sid, task_id=_opt(data.get("task_id")), user_id=_opt(data.get("user_id")))

    async def credits(self) -> Credits:
        return Credits.from_json(await self._json("GET", "/api/credits/balance/simple"))

    async def state(self, session_id: str) -> SessionState:
        data = await self._json("GET", f"/api/state/nemo_agent/me/{_seg(session_id)}/latest")
        return parse_state(data, session_id)

    async def _state_or_none(self, session_id: str) -> SessionState | None:
        try:
            return await self.state(session_id)
        except NemoError as e:
            log.info("could not read the state: %s", e)
            return None

    # ------------------------------------------------------------------ upload
    async def upload(
        self,
        session_id: str,
        paths: Sequence[str | os.PathLike[str]],
        on_progress: ProgressCallback | None = None,
    ) -> list[UploadedFile]:
        """Upload files (multipart field `files`, streamed from disk). Progress is
        `(sent_bytes, total_bytes, filename)` over all the files of the call."""
        if not paths:
            raise ValueError("upload() needs at least one file path")
        body = MultipartFiles([Path(p) for p in paths], chunk_size=self.config.timings.upload_chunk_bytes)
        headers = {"Content-Type": body.content_type, "Content-Length": str(body.content_length)}
        data = await self._json(
            "POST",
            f"/api/upload-video/nemo_agent/me/{_seg(session_id)}",
            body_factory=lambda: body.stream(on_progress),
            headers=headers,
            timeout=httpx.Timeout(self.config.timings.request_timeout_s, write=None, read=None),
        )
        return [UploadedFile.from_json(f) for f in data.get("files") or [] if isinstance(f, dict)]

    async def direct_upload_url(self, session_id: str, filename: str, size: int) -> str | None:
        """A short-lived link a browser may POST one file's raw bytes to (the local engine offers it; the
        link is signed and never carries the token). None where the backend has no such route."""
        try:
            data = await self._json(
                "POST",
                f"/api/upload-url/nemo_agent/me/{_seg(session_id)}",
                json_body={"filename": filename, "size": size},
            )
        except NemoHTTPError as e:
            if e.status in (404, 405):
                return None
            raise
        url = data.get("url")
        return str(url) if isinstance(url, str) and url.startswith(("http://", "https://")) else None

    async def upload_urls(self, session_id: str, urls: Sequence[str]) -> list[UploadedFile]:
        if not urls:
            raise ValueError("upload_urls() needs at least one URL")
        bad = [u for u in urls if not str(u).startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"Only http(s) URLs can be uploaded: {bad[0]!r}")
        data = await self._json(
            "POST",
            f"/api/upload-video/nemo_agent/me/{_seg(session_id)}",
            json_body={"urls": list(urls), "source_type": "url"},
            timeout=httpx.Timeout(self.config.timings.request_timeout_s, read=None),
        )
        return [UploadedFile.from_json(f) for f in data.get("files") or [] if isinstance(f, dict)]

    # ------------------------------------------------------------------ agent turns
    async def stream_turn(
        self, session_id: str, text: str, *, new_session_if_missing: bool = False
    ) -> AsyncGenerator[TurnEvent, None]:
        """Send one message and yield the agent's events, ending with `TurnEnd`.

        The message is sent once and never again (a dropped stream is followed by polling the state).
        With `new_session_if_missing`, a vanished session (1002) is replaced and reported by `SessionRenewed`.
        """
        if not text or not text.strip():
            raise ValueError("The message is empty.")
        before = await self._state_or_none(session_id)
        try:
            response = await self._open_turn(session_id, text)
        except SessionNotFoundError:
            if not new_session_if_missing:
                raise
            old = session_id
            session_id = (await self.create_session()).session_id
            yield SessionRenewed(old, session_id)
            before = await self._state_or_none(session_id)
            response = await self._open_turn(session_id, text)
        async for event in self._turn_events(session_id, before, response):
            yield event

    async def _turn_events(
        self, session_id: str, before: SessionState | None, response: httpx.Response | None
    ) -> AsyncGenerator[TurnEvent, None]:
        """A turn's events from its open stream (None: dropped before an answer), ending with `TurnEnd`."""
        texts: list[str] = []
        tool_calls = 0
        dropped = response is None
        if response is not None:
            try:
                async for event in timed_events(response, self.config.timings):
                    if isinstance(event, TextDelta):
                        texts.append(event.text)
                    elif isinstance(event, ToolCall):
                        tool_calls += 1
                    yield event
            except StreamDropped:
                dropped = True
            finally:
                await response.aclose()
        if dropped:
            log.warning("the reply stream dropped; polling the state (the message is not sent again)")
            after = before
            async for item in self._poll_after_drop(session_id, before):
                if isinstance(item, Heartbeat):
                    yield item
                else:
                    after = item
        else:
            after = await self._state_or_none(session_id)
        changes = (
            draft_changes(before.draft if before else None, after.draft if after else None)
            if (before is not None and after is not None)
            else []
        )
        yield TurnEnd(
            text=_final_text("".join(texts), changes, dropped),
            changes=changes,
            state=after,
            session_id=session_id,
            dropped=dropped,
            tool_calls=tool_calls,
        )

    async def _open_turn(self, session_id: str, text: str) -> httpx.Response | None:
        """The open event stream, or None when the request went out but the connection broke before
        an answer: the server may be working on it, so the caller polls instead of re-sending."""
        body = {
            "app_name": "nemo_agent",
            "user_id": "me",
            "session_id": session_id,
            "new_message": {"parts": [{"text": text}]},
            "streaming": True,
        }
        # No read timeout: the turn's own clock (heartbeats only → still working / timeout) decides.
        try:
            return await self._send(
                "POST",
                "/run_sse",
                json_body=body,
                headers={"Accept": "text/event-stream"},
                stream=True,
                timeout=httpx.Timeout(self.config.timings.request_timeout_s, read=None),
            )
        except (NemoHTTPError, NemoTimeoutError) as e:
            cause = e.__cause__
            never_sent = isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
            if isinstance(cause, httpx.TransportError) and not never_sent:
                return None
            raise

    async def _poll_after_drop(
        self, session_id: str, before: SessionState | None
    ) -> AsyncIterator[SessionState | Heartbeat]:
        t = self.config.timings
        loop = asyncio.get_running_loop()
        deadline = loop.time() + t.drop_poll_total_s
        interval = t.drop_poll_interval_s
        last: SessionState | None = None
        while loop.time() < deadline:
            yield Heartbeat(label="connection dropped; checking the project state")
            await asyncio.sleep(max(0.0, min(interval, deadline - loop.time())))
            current = await self._state_or_none(session_id)
            if current is not None:
                last = current
                if before is None or current.raw != before.raw:
                    break
            interval = min(interval * 2, t.drop_poll_max_interval_s)
        if last is not None:
            yield last

    async def turn(
        self,
        session_id: str,
        text: str,
        on_event: Callable[[TurnEvent], None] | None = None,
        *,
        new_session_if_missing: bool = False,
    ) -> TurnResult:
        events: list[TurnEvent] = []
        async for event in self.stream_turn(session_id, text, new_session_if_missing=new_session_if_missing):
            events.append(event)
            if on_event is not None:
                on_event(event)
        end = events[-1]
        assert isinstance(end, TurnEnd)
        return TurnResult(end.text, end.changes, end.state, end.session_id, end.dropped, events)

    # ------------------------------------------------------------------ export
    async def start_export(
        self,
        session_id: str,
        draft: dict[str, Any] | None = None,
        output: dict[str, Any] | None = None,
        render_id: str | None = None,
    ) -> ExportStatus:
        """Submit a render of `draft` (default: the session's current draft)."""
        if draft is None:
            draft = (await self.state(session_id)).draft
        if not is_ready(draft):
            raise NothingToExportError()
        rid = render_id or exp.new_render_id()
        body: dict[str, Any] = {"id": rid, "sessionId": session_id, "draft": draft}
        if output:
            body["output"] = output
        response = await self._send("POST", "/api/render/proxy/lambda", json_body=body)
        return exp.parse_status(_body_dict(response), rid)

    async def export_status(self, render_id: str) -> ExportStatus:
        response = await self._send("GET", f"/api/render/proxy/lambda/{_seg(render_id)}")
        return exp.parse_status(_body_dict(response), render_id)

    async def cancel_export(self, render_id: str) -> ExportStatus:
        response = await self._send("POST", f"/api/render/proxy/lambda/{_seg(render_id)}/cancel")
        return exp.parse_status(_body_dict(response), render_id)

    async def export(
        self,
        session_id: str,
        draft: dict[str, Any] | None = None,
        output: dict[str, Any] | None = None,
        on_progress: ExportProgress | None = None,
        download_to: str | os.PathLike[str] | None = None,
        cancel: threading.Event | None = None,
    ) -> ExportResult:
        """Submit, poll with backoff until done, optionally download. A failed render (or a failed
        submit) is tried once more with a new id; a 402 is never retried.

        Setting `cancel` (from any thread), or cancelling the awaiting task, cancels the render on
        the server; the result then has status "cancelled"."""
        if draft is None:
            draft = (await self.state(session_id)).draft
        last_error: NemoError | None = None
        for attempt in (1, 2):
            try:
                status = await self.start_export(session_id, draft, output)
            except (
                ExportNotAllowedError,
                NothingToExportError,
                RateLimitedError,
                TokenExpiredError,
                SessionNotFoundError,
                OutOfCreditsError,
                NemoTimeoutError,
            ):
                raise
            except NemoError as e:
                last_error = e
                log.warning("export submit failed (%s); retrying once with a new id", e)
                continue
            if on_progress is not None:
                on_progress(status.progress, status.status)
            status = await self._wait_render(status, on_progress, cancel, exp.is_preview(output))
            if status.status == "completed":
                path = None
                if download_to is not None:
                    path = await self._download_result(status, Path(download_to), on_progress)
                return ExportResult(status.id, status.status, status.url, path, attempt)
            if status.status in ("cancelled", "canceled"):
                return ExportResult(status.id, status.status, None, None, attempt)
            last_error = ExportFailedError(
                f"The export failed: {status.error}" if status.error else None, details={"id": status.id}
            )
            log.warning("render %s failed; retrying once with a new id", status.id)
        assert last_error is not None
        raise last_error

    async def _wait_render(
        self,
        status: ExportStatus,
        on_progress: ExportProgress | None,
        cancel: threading.Event | None = None,
        preview: bool = False,
    ) -> ExportStatus:
        try:
            return await self._poll_render(status, on_progress, cancel, preview)
        except asyncio.CancelledError:
            # the caller gave up: stop the render on the server too (shielded from the cancellation)
            with contextlib.suppress(Exception):
                await asyncio.shield(self.cancel_export(status.id))
            raise

    async def _poll_render(
        self,
        status: ExportStatus,
        on_progress: ExportProgress | None,
        cancel: threading.Event | None,
        preview: bool = False,
    ) -> ExportStatus:
        t = self.config.timings
        loop = asyncio.get_running_loop()
        deadline = loop.time() + t.export_timeout_s
        # A preview takes a second or two and someone is looking at the player: poll it often.
        interval = t.preview_poll_s if preview else t.export_poll_initial_s
        factor = 1.0 if preview else t.export_poll_factor
        while not status.done:
            if cancel is not None and cancel.is_set():
                status = await self.cancel_export(status.id)
                if not status.done:  # the server confirms on the next poll
                    status = ExportStatus(status.id, "cancelled", status.progress, raw=status.raw)
                break
            if loop.time() >= deadline:
                with contextlib.suppress(NemoError):
                    await self.cancel_export(status.id)
                raise NemoTimeoutError(
                    f"The export did not finish within {t.export_timeout_s:.0f} s and was cancelled."
                )
            await asyncio.sleep(min(interval, max(0.0, deadline - loop.time())))
            interval = min(interval * factor, t.export_poll_max_s)
            status = await self.export_status(status.id)
            if on_progress is not None:
                on_progress(status.progress, status.status)
        return status

    async def _download_result(
        self, status: ExportStatus, dest: Path, on_progress: ExportProgress | None
    ) -> Path:
        def dl_progress(received: int, total: int | None) -> None:
            if on_progress is not None and total:
                on_progress(100.0 * received / total, "downloading")

        if status.url:
            try:
                return await self.download(status.url, dest, dl_progress, render_id=status.id)
            except NemoError as e:
                log.warning("downloading the result URL failed (%s); using the download endpoint", e)
        return await self.download(status.id, dest, dl_progress, render_id=status.id)

    async def download(
        self,
        render_id_or_url: str,
        path: str | os.PathLike[str],
        on_progress: DownloadProgress | None = None,
        *,
        render_id: str | None = None,
    ) -> Path:
        """Save a render (id, API path or URL) to `path` (a file, or a folder to put it in).
        The file appears only when complete; the token is sent only to the API host."""
        url, on_api = exp.download_url(render_id_or_url, self.config.api_url)
        dest = Path(path)
        folder: Path | None = None
        if dest.is_dir():
            # Name the file from the URL's path (never its query: signed links carry exp/sig there);
            # ".../<render_id>/download" is named after the render. The extension comes from the URL,
            # else from the answer's content type (a GIF or JPG export is not an .mp4).
            segments = [seg for seg in httpx.URL(url).path.split("/") if seg]
            name = render_id or (segments[-1] if segments else "render")
            if name == "download" and len(segments) >= 2:
                name = segments[-2]
            url_ext = Path(segments[-1]).suffix if segments else ""
            folder, dest = dest, dest / (name if "." in name else f"{name}{url_ext}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        part = dest.with_name(dest.name + ".part")
        headers = (
            {**self.config.headers(), "Authorization": f"Bearer {await self._token()}"} if on_api else {}
        )
        try:
            async with self._http.stream(
                "GET",
                url,
                headers=headers,
                follow_redirects=True,
                timeout=httpx.Timeout(self.config.timings.request_timeout_s, read=None),
            ) as response:
                if response.is_error:
                    await response.aread()
                    err = error_from_response(response)
                    raise err or NemoHTTPError(f"Download failed with HTTP {response.status_code}.")
                if folder is not None and not dest.suffix:
                    dest = dest.with_name(dest.name + _extension(response.headers.get("content-type", "")))
                total_header = response.headers.get("content-length")
                total = int(total_header) if total_header and total_header.isdigit() else None
                received = 0
                with part.open("wb") as f:
                    async for chunk in response.aiter_bytes():
                        f.write(chunk)
                        received += len(chunk)
                        if on_progress is not None:
                            on_progress(received, total)
            os.replace(part, dest)
        except httpx.TimeoutException as e:
            part.unlink(missing_ok=True)
            raise NemoTimeoutError("The download took too long.") from e
        except httpx.HTTPError as e:
            part.unlink(missing_ok=True)
            raise NemoHTTPError(f"The download failed ({type(e).__name__}).") from e
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return dest

    # ------------------------------------------------------------------ edit by transcript
    async def _transcript_data(self, session_id: str, fmt: str = "json") -> dict[str, Any]:
        # No read timeout: the first look at a long recording transcribes it (minutes for an hour).
        try:
            return await self._json(
                "GET", f"/api/transcript/nemo_agent/me/{_seg(session_id)}/latest?format={fmt}",
                timeout=httpx.Timeout(self.config.timings.request_timeout_s, read=None))
        except NemoHTTPError as e:
            raise tx.no_routes(e) from e

    async def transcript(self, session_id: str, level: str = "words") -> pd.DataFrame:
        """The current programme's words as a DataFrame, one row per word (`level="sentences"`: one row
        per sentence): text, start_ms / end_ms in the programme, src_start_ms / src_end_ms in the
        source file (media_id), confidence, sentence, is_filler, is_repeat, gap_after_ms,
        is_pause_after. `frame.attrs["version"]` is the draft version it describes."""
        return tx.frame(await self._transcript_data(session_id), level)

    async def keep_words(
        self,
        session_id: str,
        kept: pd.DataFrame | Sequence[int],
        *,
        max_pause_ms: int | None = None,
        version: int | None = None,
        on_event: Callable[[TurnEvent], None] | None = None,
    ) -> TurnResult:
        """Keep the words of `kept` (a word or sentence table from `transcript()`, filtered with pandas,
        or word ids): the rest is cut in the pauses between words, as one new version (undo works),
        and the reply says what changed. `max_pause_ms` also shortens longer pauses between kept words."""
        words = None
        if hasattr(kept, "columns") and "word" not in kept.columns:
            words = await self.transcript(session_id)
            if version_of(kept, version) != words.attrs.get("version"):
                raise ValueError("the sentence table is from another version: read the transcript again")
        body = {"version": version_of(kept, version), "keep": tx.kept_ids(kept, words),
                "max_pause_ms": max_pause_ms}
        before = await self._state_or_none(session_id)
        try:
            response = await self._send(
                "POST", f"/api/transcript/nemo_agent/me/{_seg(session_id)}/keep", json_body=body,
                headers={"Accept": "text/event-stream"}, stream=True,
                timeout=httpx.Timeout(self.config.timings.request_timeout_s, read=None))
        except NemoHTTPError as e:
            raise tx.no_routes(e) from e
        events: list[TurnEvent] = []
        async for event in self._turn_events(session_id, before, response):
            events.append(event)
            if on_event is not None:
                on_event(event)
        end = events[-1]
        assert isinstance(end, TurnEnd)
        return TurnResult(end.text, end.changes, end.state, end.session_id, end.dropped, events)

    async def export_transcript(self, session_id: str, path: str | os.PathLike[str]) -> Path:
        """Write the edited programme's words as subtitles (.srt, .vtt), plain text (.txt, one sentence
        a line), or its timeline as OpenTimelineIO (.otio, the cuts as made; needs opentimelineio)."""
        dest = Path(path)
        fmt = tx.file_format(dest)
        if fmt == "otio":
            from vidai_nb.timeline.otio import to_otio

            state = await self.state(session_id)
            if not state.draft:
                raise NothingToExportError("The project has no timeline yet.")
            text = to_otio(state.draft).to_json_string()
        else:
            text = str((await self._transcript_data(session_id, fmt)).get("text") or "")
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")
        return dest

    # ------------------------------------------------------------------ chat messages
    async def handle(
        self,
        session_id: str,
        message: str,
        files: Sequence[str | os.PathLike[str]] = (),
        *,
        on_event: Callable[[TurnEvent], None] | None = None,
        on_upload_progress: ProgressCallback | None = None,
        on_export_progress: ExportProgress | None = None,
        download_to: str | os.PathLike[str] | None = None,
        new_session_if_missing: bool = False,
        cancel: threading.Event | None = None,
    ) -> Reply:
        """Route a chat message (export / credits / status / upload / agent, PROTOCOL.md §5) and act;
        `cancel` stops an export it runs (see `export`)."""
        return await handle_message(
            self,
            session_id,
            message,
            [Path(f) for f in files],
            on_event=on_event,
            on_upload_progress=on_upload_progress,
            on_export_progress=on_export_progress,
            download_to=Path(download_to) if download_to is not None else None,
            new_session_if_missing=new_session_if_missing,
            cancel=cancel,
        )


def parse_state(data: dict[str, Any], session_id: str) -> SessionState:
    """The session state from `data: {session_id, task_id?, state: {...}}`.

    A draft sent as a JSON string is decoded."""
    inner = data.get("state")
    st: dict[str, Any] = inner if isinstance(inner, dict) else data
    draft = st.get("draft")
    if isinstance(draft, str):
        try:
            draft = json.loads(draft) if draft.strip() else None
        except ValueError:
            draft = None
    analyses = st.get("video_analyses")
    return SessionState(
        session_id=str(data.get("session_id") or session_id),
        draft=draft if isinstance(draft, dict) else None,
        video_infos=list(st.get("video_infos") or []),
        canvas_config=st.get("canvas_config") if isinstance(st.get("canvas_config"), dict) else None,
        generated_media=list(st.get("generated_media") or []),
        video_analyses=analyses if isinstance(analyses, list | dict) else [],
        task_id=_opt(data.get("task_id")),
        raw=dict(st),
    )


def _final_text(text: str, changes: list[str], dropped: bool) -> str:
    text = translate_gui(text.strip())
    if dropped:
        head = "The connection dropped before the reply ended (the message was not sent again)."
        if changes:
            note = f"{head} What changed: " + "; ".join(changes)
        else:
            note = (
                f"{head} No change to the project was seen yet; it may still be working — "
                "ask for the status later."
            )
        return f"{text}\n\n{note}" if text else note
    if text:
        return text
    if changes:
        return "Done. What changed: " + "; ".join(changes)
    return "The editor finished without a reply, and the timeline did not change."


_EXTENSIONS = {"image/gif": ".gif", "image/jpeg": ".jpg", "image/png": ".png", "video/webm": ".webm",
               "video/quicktime": ".mov", "video/mp4": ".mp4"}


def _extension(content_type: str) -> str:
    """The file extension for a download's content type (".mp4" when it says nothing useful)."""
    return _EXTENSIONS.get(content_type.split(";")[0].strip().lower(), ".mp4")


def _body_dict(response: httpx.Response) -> dict[str, Any]:
    body = body_json(response)
    if not isinstance(body, dict):
        raise NemoHTTPError(
            f"The service answered HTTP {response.status_code} with something that is not JSON."
        )
    return body


def _seg(value: str) -> str:
    """One URL path segment (ids are opaque: refuse anything that would change the path)."""
    if not value or "/" in value or value in (".", "..") or any(c in value for c in "?#"):
        raise ValueError(f"Not a valid id: {value!r}")
    return value


def _opt(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
