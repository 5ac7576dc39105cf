"""The sync face: the same methods as `AsyncNemoClient`, usable in a plain script, inside a running
Jupyter event loop and from a widget callback (see loop.py for how)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from vidai_nb.client.async_client import AsyncNemoClient, DownloadProgress, ExportProgress
from vidai_nb.client.config import ClientConfig
from vidai_nb.client.events import TurnEvent, TurnResult
from vidai_nb.client.handle import Reply
from vidai_nb.client.loop import CallbackRelay, run_sync
from vidai_nb.client.models import (
    AnonymousToken,
    Credits,
    ExportResult,
    ExportStatus,
    Session,
    SessionState,
    UploadedFile,
)
from vidai_nb.client.upload import ProgressCallback

if TYPE_CHECKING:
    import pandas as pd


class NemoClient:
    """The NemoVideo protocol client (blocking). Same arguments as `AsyncNemoClient`.

    Callbacks (`on_event`, `on_progress`) run on the calling thread.
    """

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        **settings: Any,
    ) -> None:
        self.aio = AsyncNemoClient(config, transport=transport, **settings)

    def __repr__(self) -> str:
        return f"NemoClient(api_url={self.config.api_url!r}, client_id={self.config.client_id!r})"

    @property
    def config(self) -> ClientConfig:
        return self.aio.config

    @property
    def user_id(self) -> str | None:
        return self.aio.user_id

    def close(self) -> None:
        run_sync(self.aio.aclose())

    def rebase(self, api_url: str) -> None:
        """See `AsyncNemoClient.rebase`."""
        self.aio.rebase(api_url)

    def __enter__(self) -> NemoClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def anonymous_token(self) -> AnonymousToken:
        return run_sync(self.aio.anonymous_token())

    def create_session(self, task_name: str = "project", language: str = "en") -> Session:
        return run_sync(self.aio.create_session(task_name, language))

    def credits(self) -> Credits:
        return run_sync(self.aio.credits())

    def state(self, session_id: str) -> SessionState:
        return run_sync(self.aio.state(session_id))

    def upload(
        self,
        session_id: str,
        paths: Sequence[str | os.PathLike[str]],
        on_progress: ProgressCallback | None = None,
    ) -> list[UploadedFile]:
        relay = CallbackRelay()
        return relay.run(self.aio.upload(session_id, paths, relay.wrap(on_progress)))

    def direct_upload_url(self, session_id: str, filename: str, size: int) -> str | None:
        return run_sync(self.aio.direct_upload_url(session_id, filename, size))

    def upload_urls(self, session_id: str, urls: Sequence[str]) -> list[UploadedFile]:
        return run_sync(self.aio.upload_urls(session_id, urls))

    def stream_turn(
        self, session_id: str, text: str, *, new_session_if_missing: bool = False
    ) -> Iterator[TurnEvent]:
        agen = self.aio.stream_turn(session_id, text, new_session_if_missing=new_session_if_missing)
        try:
            while True:
                try:
                    event = run_sync(agen.__anext__())
                except StopAsyncIteration:
                    return
                yield event
        finally:
            run_sync(agen.aclose())

    def turn(
        self,
        session_id: str,
        text: str,
        on_event: Callable[[TurnEvent], None] | None = None,
        *,
        new_session_if_missing: bool = False,
    ) -> TurnResult:
        relay = CallbackRelay()
        return relay.run(
            self.aio.turn(
                session_id, text, relay.wrap(on_event), new_session_if_missing=new_session_if_missing
            )
        )

    def start_export(
        self,
        session_id: str,
        draft: dict[str, Any] | None = None,
        output: dict[str, Any] | None = None,
        render_id: str | None = None,
    ) -> ExportStatus:
        return run_sync(self.aio.start_export(session_id, draft, output, render_id))

    def export_status(self, render_id: str) -> ExportStatus:
        return run_sync(self.aio.export_status(render_id))

    def cancel_export(self, render_id: str) -> ExportStatus:
        return run_sync(self.aio.cancel_export(render_id))

    def export(
        self,
        session_id: str,
        draft: dict[str, Any] | None = None,
        output: dict[str, Any] | None = None,
        on_progress: ExportProgress | None = None,
        download_to: str | os.PathLike[str] | None = None,
        cancel: threading.Event | None = None,
    ) -> ExportResult:
        """See `AsyncNemoClient.export`; set `cancel` from another thread (e.g. a Cancel button)."""
        relay = CallbackRelay()
        return relay.run(
            self.aio.export(session_id, draft, output, relay.wrap(on_progress), download_to, cancel)
        )

    def download(
        self,
        render_id_or_url: str,
        path: str | os.PathLike[str],
        on_progress: DownloadProgress | None = None,
        *,
        render_id: str | None = None,
    ) -> Path:
        relay = CallbackRelay()
        return relay.run(
            self.aio.download(render_id_or_url, path, relay.wrap(on_progress), render_id=render_id)
        )

    def transcript(self, session_id: str, level: str = "words") -> pd.DataFrame:
        """See `AsyncNemoClient.transcript`."""
        return run_sync(self.aio.transcript(session_id, level))

    def keep_words(
        self,
        session_id: str,
        kept: pd.DataFrame | Sequence[int],
        *,
        max_pause_ms: int | None = None,
        version: int | None = None,
        on_event: Callable[[TurnEvent], None] | None = None,
    ) -> TurnResult:
        """See `AsyncNemoClient.keep_words`; `on_event` runs on the calling thread."""
        relay = CallbackRelay()
        return relay.run(self.aio.keep_words(session_id, kept, max_pause_ms=max_pause_ms, version=version,
                                             on_event=relay.wrap(on_event)))

    def export_transcript(self, session_id: str, path: str | os.PathLike[str]) -> Path:
        """See `AsyncNemoClient.export_transcript`."""
        return run_sync(self.aio.export_transcript(session_id, path))

    def handle(
        self,
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
        """See `AsyncNemoClient.handle`; callbacks run on the calling thread."""
        relay = CallbackRelay()
        return relay.run(
            self.aio.handle(
                session_id,
                message,
                files,
                on_event=relay.wrap(on_event),
                on_upload_progress=relay.wrap(on_upload_progress),
                on_export_progress=relay.wrap(on_export_progress),
                download_to=download_to,
                new_session_if_missing=new_session_if_missing,
                cancel=cancel,
            )
        )
