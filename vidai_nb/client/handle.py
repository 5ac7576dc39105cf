"""`handle()`: act on one chat message — export, credits, status, upload or an agent turn.

It sits on top of the client core and needs only the calls named in `HandleClient`, so the core
(`async_client`) imports this module and never the other way round.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from vidai_nb.client.changes import summary
from vidai_nb.client.errors import NothingToExportError
from vidai_nb.client.events import ToolCall, TurnEvent, TurnResult
from vidai_nb.client.models import Credits, ExportResult, SessionState, UploadedFile
from vidai_nb.client.routing import Route, route
from vidai_nb.client.upload import ProgressCallback, kind_for_filename

# The longest message the engine takes (its 422 beyond); the Chat counts against it before sending.
MAX_MESSAGE_CHARS = 8000

ExportProgress = Callable[[float, str], None]  # (percent 0–100, stage: pending/processing/…/downloading)


class HandleClient(Protocol):
    """The calls of the async client that `handle()` uses."""

    async def credits(self) -> Credits: ...

    async def state(self, session_id: str) -> SessionState: ...

    async def upload(
        self,
        session_id: str,
        paths: Sequence[str | os.PathLike[str]],
        on_progress: ProgressCallback | None = None,
    ) -> list[UploadedFile]: ...

    async def turn(
        self,
        session_id: str,
        text: str,
        on_event: Callable[[TurnEvent], None] | None = None,
        *,
        new_session_if_missing: bool = False,
    ) -> TurnResult: ...

    async def export(
        self,
        session_id: str,
        draft: dict[str, Any] | None = None,
        output: dict[str, Any] | None = None,
        on_progress: ExportProgress | None = None,
        download_to: str | os.PathLike[str] | None = None,
        cancel: threading.Event | None = None,
    ) -> ExportResult: ...


@dataclass
class Reply:
    """What `handle()` did: `text` is the answer to show; the other fields hold the raw results."""

    route: Route
    text: str
    session_id: str
    turn: TurnResult | None = None
    export: ExportResult | None = None
    credits: Credits | None = None
    state: SessionState | None = None
    uploads: list[UploadedFile] = field(default_factory=list)


_FORMAT = re.compile(r"\b(mp4|mov|webm|gif|jpg)\b", re.I)
_RESOLUTION = re.compile(r"\b(480p|720p|1080p|2160p|4k)\b", re.I)


def output_from_message(message: str) -> dict[str, Any] | None:
    """`output` for the export request from words like "as webm" or "in 720p"."""
    out: dict[str, Any] = {}
    if m := _FORMAT.search(message):
        out["format"] = m.group(1).lower()
    if m := _RESOLUTION.search(message):
        out["resolution"] = m.group(1).lower()
    return out or None


def paths_in_message(message: str) -> list[Path]:
    """Existing media files named in the message (so "upload ~/clip.mp4" works without attaching)."""
    found: list[Path] = []
    for token in re.findall(r"[^\s\"'“”]+", message):
        if kind_for_filename(token) is None:
            continue
        path = Path(token).expanduser()
        if path.is_file():
            found.append(path)
    return found


async def handle(
    client: HandleClient,
    session_id: str,
    message: str,
    files: Sequence[str | Path] = (),
    *,
    on_event: Callable[[TurnEvent], None] | None = None,
    on_upload_progress: ProgressCallback | None = None,
    on_export_progress: ExportProgress | None = None,
    download_to: str | Path | None = None,
    new_session_if_missing: bool = False,
    cancel: threading.Event | None = None,
) -> Reply:
    """Route `message` (PROTOCOL.md §5) and act; an export asked for by the words or by the agent runs
    after the turn. `cancel` (set from any thread) stops that export on the server."""
    files = list(files) or ([] if not re.search(r"upload|上传", message, re.I) else paths_in_message(message))
    r = route(message, files)
    reply = Reply(route=r, text="", session_id=session_id)
    if r.action == "credits":
        reply.credits = await client.credits()
        reply.text = str(reply.credits)
    elif r.action == "status":
        reply.state = await client.state(session_id)
        reply.text = summary(reply.state.draft) if reply.state.draft else "The timeline is empty."
    elif r.action == "export":
        await _export(client, reply, message, on_export_progress, download_to, cancel=cancel)
    elif r.action == "upload":
        if not files:
            reply.text = "Attach the files to upload (video, image or audio), or name their paths."
            return reply
        reply.uploads = await client.upload(session_id, [str(f) for f in files], on_upload_progress)
        names = ", ".join(u.filename for u in reply.uploads)
        reply.text = f"Uploaded {len(reply.uploads)} file(s): {names}."
        if r.then_agent:
            await _turn(client, reply, message, on_event, new_session_if_missing)
    else:
        await _turn(client, reply, message, on_event, new_session_if_missing)
    # The agent may ask for the export itself (a tool call named "export" whose args are the output,
    # e.g. {"format": "gif", "start_ms": 0, "end_ms": 3000}); the client runs it after the turn.
    asked = agent_export_request(reply.turn)
    if (r.then_export or asked is not None) and r.action in ("agent", "upload"):
        await _export(client, reply, message, on_export_progress, download_to, asked, cancel)
    return reply


def agent_export_request(turn: TurnResult | None) -> dict[str, Any] | None:
    """The output the agent asked to export in this turn, if it did."""
    for event in turn.events if turn is not None else []:
        if isinstance(event, ToolCall) and event.name == "export":
            return dict(event.args)
    return None


async def _turn(
    client: HandleClient,
    reply: Reply,
    message: str,
    on_event: Callable[[TurnEvent], None] | None,
    new_session_if_missing: bool,
) -> None:
    reply.turn = await client.turn(
        reply.session_id, message, on_event, new_session_if_missing=new_session_if_missing
    )
    reply.session_id = reply.turn.session_id
    reply.state = reply.turn.state
    reply.text = _join(reply.text, reply.turn.text)


async def _export(
    client: HandleClient,
    reply: Reply,
    message: str,
    on_progress: ExportProgress | None,
    download_to: str | Path | None,
    output: dict[str, Any] | None = None,
    cancel: threading.Event | None = None,
) -> None:
    try:
        result = await client.export(
            reply.session_id,
            output=output or output_from_message(message),
            on_progress=on_progress,
            download_to=download_to,
            cancel=cancel,
        )
    except NothingToExportError as e:
        reply.text = _join(reply.text, str(e))
        return
    reply.export = result
    where = f" Saved to {result.path}." if result.path else ""
    if result.status == "completed":
        reply.text = _join(reply.text, f"Export finished: {result.url or result.render_id}.{where}")
    else:
        reply.text = _join(reply.text, f"Export {result.status}.")


def _join(a: str, b: str) -> str:
    return f"{a}\n{b}" if a else b
