"""Project: the state the widgets share (traitlets), and the one place they call the client.

A widget given no project makes its own (`Project()` connects lazily on first use), so each widget
works alone; Studio hands one project to all of them. Widgets observe these traitlets and never
talk to each other directly. Every protocol detail lives in `vidai_nb.client`; this class only
calls it and stores what comes back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import traitlets

from vidai_nb.connection import Connection, connect


class Project(traitlets.HasTraits):
    session_id = traitlets.Unicode("")
    draft = traitlets.Dict()  # {} until the session has a draft
    media = traitlets.List(traitlets.Dict())  # state.video_infos
    credits = traitlets.Dict()  # {available, frozen, total}
    busy = traitlets.Bool(False)  # a turn is running: nothing else may be sent
    exporting = traitlets.Bool(False)
    export_progress = traitlets.Float(0.0)
    export_path = traitlets.Unicode("")  # the last exported file (kernel side)
    error = traitlets.Unicode("")
    activity = traitlets.Unicode("")  # a quiet status line ("trimming…")

    def __init__(self, connection: Connection | None = None, *, session_id: str | None = None,
                 language: str = "en", out_dir: str | Path | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._connection = connection
        self._lock = threading.RLock()
        self.language = language
        self.out_dir = Path(out_dir) if out_dir else Path.cwd() / "exports"
        self.render_id: str | None = None
        self._cancel = threading.Event()
        # Called by the chat's router for "export"; the export panel (if any) replaces it to show progress.
        self.export_handler: Callable[[dict[str, Any] | None], Path] | None = None
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
    def client(self) -> Any:
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
            return self.ensure_session()

    # -- reads ----------------------------------------------------------------------------------
    def refresh(self) -> Any:
        """Read the session state and publish its draft and media."""
        state = self.client.state(self.ensure_session())
        self._apply_state(state)
        return state

    def _apply_state(self, state: Any) -> None:
        if state is None:
            return
        self.media = [dict(v) for v in (state.video_infos or [])]
        self.draft = dict(state.draft) if state.draft else {}

    def refresh_credits(self) -> Any:
        credits = self.client.credits()
        self.credits = {"available": credits.available, "frozen": credits.frozen, "total": credits.total}
        return credits

    # -- actions --------------------------------------------------------------------------------
    def upload(self, paths: Sequence[str | Path], progress: Callable[[int, int, str], None] | None = None
               ) -> list[Any]:
        files = self.client.upload(self.ensure_session(), [Path(p) for p in paths], on_progress=progress)
        self.refresh()
        return list(files)

    def upload_urls(self, urls: Sequence[str]) -> list[Any]:
        files = self.client.upload_urls(self.ensure_session(), list(urls))
        self.refresh()
        return list(files)

    def route(self, text: str) -> Any:
        """`Route(action=export|credits|status|upload|agent, then_export)` (PROTOCOL.md §5, the client's)."""
        from vidai_nb.client import route

        return route(text)

    def stream_turn(self, text: str) -> Iterator[Any]:
        """The typed events of one agent turn; the state is applied when the turn ends."""
        from vidai_nb.client import SessionRenewed, TurnEnd

        for event in self.client.stream_turn(self.ensure_session(), text, new_session_if_missing=True):
            if isinstance(event, SessionRenewed):
                self.session_id = event.new_session_id
            elif isinstance(event, TurnEnd):
                self.session_id = event.session_id or self.session_id
                self._apply_state(event.state)
            yield event

    def export(self, output: dict[str, Any] | None = None,
               progress: Callable[[float], None] | None = None) -> Path:
        """Render the current draft, download it into `out_dir`, and publish its path.

        Submit and status polls go through the client one by one (not `client.export`) so that the
        render id is known at once and Cancel can stop it.
        """
        from vidai_nb.client import ExportFailedError

        sid = self.ensure_session()
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._cancel.clear()
        self.exporting = True
        self.export_progress = 0.0
        try:
            status = self.client.start_export(sid, output=output)
            self.render_id = status.id
            interval = 0.5
            while not status.done:
                if self._cancel.is_set():
                    status = self.client.cancel_export(status.id)
                    if status.done:
                        break
                time.sleep(interval)
                interval = min(interval * 1.3, 3.0)  # a local render is quick; the cloud's takes minutes
                status = self.client.export_status(status.id)
                self._progress(status.progress * 0.95, progress)  # the last 5 % are the download
            if status.status != "completed":
                if status.status in ("cancelled", "canceled") or self._cancel.is_set():
                    raise ExportCancelled("The export was cancelled.")
                raise ExportFailedError(f"The export failed: {status.error}" if status.error else None)

            def on_download(received: int, total: int | None) -> None:
                if total:
                    self._progress(95.0 + 5.0 * received / total, progress)

            fmt = str((output or {}).get("format") or "mp4")
            title = str((self.draft.get("m") or {}).get("title") or "video")
            safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in title)[:40] or "video"
            dest = self.out_dir / f"{safe}-{status.id[-6:]}.{fmt}"
            path = Path(self.client.download(status.url or status.id, dest, on_download))
        finally:
            self.exporting = False
        self._progress(100.0, progress)
        self.export_path = str(path)
        return path

    def _progress(self, pct: float, progress: Callable[[float], None] | None) -> None:
        self.export_progress = float(pct)
        if progress is not None:
            progress(float(pct))

    def cancel_export(self) -> None:
        """Ask the running export to stop (the export loop sends the cancel)."""
        self._cancel.set()


class ExportCancelled(Exception):
    """The export was cancelled by the user."""
