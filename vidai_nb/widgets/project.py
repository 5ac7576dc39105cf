"""Project: the state the widgets share (traitlets), and the one place they call the client.

A widget given no project makes its own (`Project()` connects lazily on first use), so each widget
works alone; Studio hands one project to all of them. Widgets observe these traitlets and never
talk to each other directly. Every protocol decision (routing a message, running an export the agent
asked for, polling a render with a deadline) is the client's: this class calls `client.handle` /
`client.export` and stores what comes back.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import traitlets

from vidai_nb.client import ExportResult, NemoClient, Reply, SessionState, TurnEnd, TurnEvent, UploadedFile
from vidai_nb.client.models import Credits
from vidai_nb.connection import Connection, connect


class ExportCancelled(Exception):
    """The export was cancelled by the user."""


class ExportFailed(Exception):
    """The export ended without a file (and was not cancelled)."""


def safe_name(title: str) -> str:
    """A file name from a project title ("City lights" → "City-lights")."""
    name = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in title.strip())[:60]
    while "--" in name:
        name = name.replace("--", "-")
    return name.strip("-") or "video"


class Project(traitlets.HasTraits):
    session_id = traitlets.Unicode("")
    draft = traitlets.Dict()  # {} until the session has a draft
    media = traitlets.List(traitlets.Dict())  # state.video_infos
    credits = traitlets.Dict()  # {available, frozen, total, unlimited}
    busy = traitlets.Bool(False)  # a turn is running: nothing else may be sent
    exporting = traitlets.Bool(False)
    export_progress = traitlets.Float(0.0)
    export_path = traitlets.Unicode("")  # the last exported file (kernel side)
    export_stale = traitlets.Bool(False)  # the timeline changed since that export
    export_error = traitlets.Unicode("")  # the last export's failure ("" after a success)
    changed_turns = traitlets.Int(0)  # turns that changed the draft and exported nothing (Studio previews)
    previewing = traitlets.Bool(False)  # a preview render is on its way
    preview_path = traitlets.Unicode("")  # the last preview (kernel side; never an export)
    preview_stale = traitlets.Bool(False)  # the timeline changed since that preview
    error = traitlets.Unicode("")
    activity = traitlets.Unicode("")  # a quiet status line ("trimming…")
    thumbnail = traitlets.Bytes(b"")  # a small PNG of the first clip (the Projects list shows it)

    def __init__(self, connection: Connection | None = None, *, session_id: str | None = None,
                 language: str = "en", out_dir: str | Path | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._connection = connection
        self._lock = threading.RLock()
        self.language = language
        self.out_dir = Path(out_dir) if out_dir else Path.cwd() / "exports"
        self._cancel = threading.Event()
        self.turn_export: Path | None = None  # the file the last chat turn exported (None: none)
        self._exported_draft: dict[str, Any] | None = None
        self._previewed_draft: dict[str, Any] | None = None
        self._preview_lock = threading.Lock()
        self._preview_seq = 0  # a newer preview request supersedes an older one still running
        self._preview_cancel = threading.Event()
        self.observe(self._check_stale, "draft")
        if session_id:
            self.session_id = session_id

    # -- connection / session -------------------------------------------------------------------
    @property
    def connection(self) -> Connection:
        with self._lock:
            if self._connection is None:
                self._connection = connect(show=False)
            return self._connection

    @property
    def client(self) -> NemoClient:
        return self.connection.client

    def ensure_session(self) -> str:
        with self._lock:
            if not self.session_id:
                session = self.client.create_session(language=self.language)
                self.session_id = session.session_id
            return self.session_id

    def new_session(self) -> str:
        with self._lock:
            self.session_id = ""
            self.draft = {}
            self.media = []
            self.thumbnail = b""
            self.forget_export()
            return self.ensure_session()

    def open_session(self, session_id: str) -> SessionState:
        """Switch to an earlier session (Projects list, recovery) and read its state."""
        with self._lock:
            self.session_id = session_id
            self.thumbnail = b""
            self.forget_export()
            return self.refresh()

    # -- reads ----------------------------------------------------------------------------------
    def refresh(self) -> SessionState:
        """Read the session state and publish its draft and media."""
        state = self.client.state(self.ensure_session())
        self._apply_state(state)
        return state

    def _apply_state(self, state: SessionState | None) -> None:
        if state is None:
            return
        self.media = [dict(v) for v in (state.video_infos or [])]
        self.draft = dict(state.draft) if state.draft else {}

    def refresh_credits(self) -> Credits:
        c = self.client.credits()
        self.credits = {"available": c.available, "frozen": c.frozen, "total": c.total,
                        "unlimited": c.unlimited}
        return c

    # -- actions --------------------------------------------------------------------------------
    def upload(self, paths: Sequence[str | Path], progress: Callable[[int, int, str], None] | None = None
               ) -> list[UploadedFile]:
        files = self.client.upload(self.ensure_session(), [Path(p) for p in paths], on_progress=progress)
        self.refresh()
        return list(files)

    def upload_urls(self, urls: Sequence[str]) -> list[UploadedFile]:
        files = self.client.upload_urls(self.ensure_session(), list(urls))
        self.refresh()
        return list(files)

    def handle(self, text: str, on_event: Callable[[TurnEvent], None] | None = None) -> Reply:
        """One chat message through `client.handle` (routing, the agent turn, and any export it asks
        for); the turn's state is applied as soon as the turn ends, the export is published after."""

        def event(ev: TurnEvent) -> None:
            if isinstance(ev, TurnEnd):
                self.session_id = ev.session_id or self.session_id
                self._apply_state(ev.state)
            if on_event is not None:
                on_event(ev)

        before = copy.deepcopy(self.draft)
        self.turn_export = None
        self._begin_export()
        try:
            reply = self.client.handle(
                self.ensure_session(), text, on_event=event, on_export_progress=self._on_export_progress,
                download_to=self._download_dir(), new_session_if_missing=True, cancel=self._cancel)
        except Exception as exc:
            if self.exporting:
                self.export_error = str(exc)
            raise
        finally:
            self.exporting = False
        self.session_id = reply.session_id or self.session_id
        if reply.state is not None and reply.turn is None:
            self._apply_state(reply.state)
        if reply.export is not None:
            self._supersede_preview()  # the export is newer than any preview still on its way
            self.turn_export = self._finish_export(reply.export)
        elif self.draft and self.draft != before:
            self.changed_turns += 1
        return reply

    def export(self, output: dict[str, Any] | None = None,
               progress: Callable[[float], None] | None = None) -> Path:
        """Render the current draft with `client.export` (deadline and cancel included), download it
        into `out_dir` under the project's title, and publish its path."""
        self._supersede_preview()
        self._begin_export()
        try:
            result = self.client.export(
                self.ensure_session(), output=output, download_to=self._download_dir(), cancel=self._cancel,
                on_progress=lambda pct, stage: self._on_export_progress(pct, stage, progress))
        except Exception as exc:
            self.export_error = str(exc)
            raise
        finally:
            self.exporting = False
        path = self._finish_export(result)
        if path is None and result.status in ("cancelled", "canceled"):
            raise ExportCancelled("The export was cancelled.")
        if path is None:
            raise ExportFailed(self.export_error or "The export ended without a file.")
        return path

    def _begin_export(self) -> None:
        self._cancel.clear()
        self.export_progress = 0.0

    def _download_dir(self) -> Path:
        folder = self.out_dir / ".incoming"  # renamed after the title once complete
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _on_export_progress(self, pct: float, stage: str,
                            progress: Callable[[float], None] | None = None) -> None:
        self.exporting = True
        # The render is the first 95 %, the download the last 5 %.
        value = 95.0 + 0.05 * pct if stage == "downloading" else 0.95 * pct
        self.export_progress = float(value)
        if progress is not None:
            progress(float(value))

    def _finish_export(self, result: ExportResult) -> Path | None:
        if result.status != "completed" or result.path is None:
            if result.status in ("cancelled", "canceled"):
                self.export_error = ""
            elif result.status == "completed":
                self.export_error = "The export finished but its file did not arrive."
            else:
                self.export_error = f"Export {result.status}."
            return None
        title = str((self.draft.get("m") or {}).get("title") or "video")
        dest = self.out_dir / f"{safe_name(title)}{Path(result.path).suffix or '.mp4'}"
        n = 2
        while dest.exists():
            dest = self.out_dir / f"{safe_name(title)}-{n}{Path(result.path).suffix or '.mp4'}"
            n += 1
        Path(result.path).replace(dest)
        self._exported_draft = copy.deepcopy(self.draft)
        self.export_progress = 100.0
        self.export_error = ""
        self.export_stale = False
        self.export_path = str(dest)
        return dest

    def forget_export(self) -> None:
        self._exported_draft = None
        self.export_stale = False
        self._supersede_preview()
        self._previewed_draft = None
        self.preview_stale = False
        self.preview_path = ""

    def _check_stale(self, change: dict[str, Any]) -> None:
        new = dict(change["new"] or {})
        if self._exported_draft is not None:
            self.export_stale = new != self._exported_draft
        if self._previewed_draft is not None:
            self.preview_stale = new != self._previewed_draft

    # -- preview --------------------------------------------------------------------------------
    def preview(self) -> Path | None:
        """Render a quick 360p preview of the current draft (`output.preview`: from the engine's
        proxies, polled every 0.25 s) into `out_dir/.previews` and publish it in `preview_path`.

        None when there is nothing to preview, or when a newer preview or an export superseded this
        one (it is cancelled on the server). A preview is never an export: `export_path` is untouched.
        """
        with self._preview_lock:
            self._preview_cancel.set()  # the one still running, if any, is for an older draft
            self._preview_seq += 1
            seq = self._preview_seq
            cancel = self._preview_cancel = threading.Event()
        draft = copy.deepcopy(self.draft)
        if not any(track.get("sg") for track in draft.get("t") or []):
            return None
        folder = self.out_dir / ".previews"
        folder.mkdir(parents=True, exist_ok=True)
        self.previewing = True
        try:
            result = self.client.export(self.ensure_session(), draft=draft,
                                        output={"format": "mp4", "preview": True},
                                        download_to=folder, cancel=cancel)
        finally:
            if seq == self._preview_seq:
                self.previewing = False
        path = Path(result.path) if result.status == "completed" and result.path else None
        with self._preview_lock:
            if seq != self._preview_seq or path is None:
                if path is not None:
                    path.unlink(missing_ok=True)
                return None
            for old in folder.glob("*.mp4"):  # only the newest preview is kept
                if old != path:
                    old.unlink(missing_ok=True)
            self._previewed_draft = draft
            self.preview_stale = draft != dict(self.draft)
            self.preview_path = str(path)
        return path

    def _supersede_preview(self) -> None:
        with self._preview_lock:
            self._preview_cancel.set()
            self._preview_seq += 1
        self.previewing = False

    def cancel_export(self) -> None:
        """Ask the running export to stop (the client sends the cancel to the server)."""
        self._cancel.set()
