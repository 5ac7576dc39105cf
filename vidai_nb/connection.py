"""`connect()`: one call in a notebook cell → a ready client, local engine or cloud.

Without `NEMO_API_URL` it starts (or reuses) the local engine process (vidai_nb.local); with it, it
talks to that backend (the cloud). The cell shows "Connecting..." and then "Ready" (an updated
display, so it also reads right in nbconvert/VS Code output where widgets do not render).
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vidai_nb import local


@dataclass
class Connection:
    """A client plus where it points; `stop()` ends a local engine this connection started/reused."""

    client: Any
    url: str
    engine: local.EngineInfo | None = None

    @property
    def is_local(self) -> bool:
        return self.engine is not None

    def log(self, tail: int = 100) -> str:
        """The local engine's log (empty for the cloud)."""
        return self.engine.log(tail) if self.engine else ""

    def stop(self) -> bool:
        """Stop the local engine (no-op for the cloud); the next connect() starts a fresh one."""
        self.close()
        return local.stop_engine(self.engine.data_dir) if self.engine else False

    def close(self) -> None:
        closer = getattr(self.client, "close", None)
        if callable(closer):
            closer()

    def describe(self) -> str:
        if self.engine:
            how = "reused" if self.engine.reused else "started"
            return f"local engine at {self.url} ({how}, pid {self.engine.pid})"
        return f"cloud at {self.url}"

    def _repr_html_(self) -> str:
        return f"<b>✅ Ready</b> — {html.escape(self.describe())}"

    def __repr__(self) -> str:
        return f"Connection({self.describe()})"


def make_client(url: str, token: str | None = None) -> Any:
    """The protocol client for `url` (the client module owns auth, headers and the client id)."""
    from vidai_nb.client import NemoClient

    return NemoClient(api_url=url, token=token)


def _status(handle: Any, text: str, emoji: str) -> None:
    if handle is None:
        return
    bundle = {"text/plain": f"{emoji} {text}",
              "text/html": f'<div class="vidai-connect">{emoji} {html.escape(text)}</div>'}
    handle.update(bundle, raw=True)


def connect(
    api_url: str | None = None,
    token: str | None = None,
    *,
    data_dir: str | os.PathLike[str] | None = None,
    local_engine: bool | None = None,
    show: bool = True,
) -> Connection:
    """Connect to the backend: `api_url` / `$NEMO_API_URL` if given, else the local engine.

    `local_engine=True` forces the local engine even when `NEMO_API_URL` is set.
    """
    handle = None
    if show:
        try:
            from IPython.display import display

            handle = display({"text/plain": "⏳ Connecting..."}, raw=True, display_id=True)
        except ImportError:
            handle = None
    url = api_url or (None if local_engine else os.environ.get("NEMO_API_URL"))
    engine: local.EngineInfo | None = None
    try:
        if url is None:
            _status(handle, "Connecting... (starting the local engine)", "⏳")
            engine = local.start_engine(Path(data_dir) if data_dir else None)
            url = engine.url
        client = make_client(url, token)
    except Exception as exc:
        _status(handle, f"Could not connect: {exc}", "❌")
        raise
    conn = Connection(client=client, url=url, engine=engine)
    _status(handle, f"Ready — {conn.describe()}", "✅")
    return conn


__all__ = ["Connection", "connect", "make_client"]
