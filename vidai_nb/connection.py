"""`connect()`: one call in a notebook cell → a ready client, local engine or cloud.

Without `NEMO_API_URL` it starts (or reuses) the local engine process (vidai_nb.local); with it, it
talks to that backend (the cloud). The cell shows "Connecting..." and then "Ready" (an updated
display, so it also reads right in nbconvert/VS Code output where widgets do not render).
"""

from __future__ import annotations

import html
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vidai_nb import local

if TYPE_CHECKING:
    from vidai_nb.client import NemoClient


@dataclass
class Connection:
    """A client plus where it points; `stop()` ends a local engine this connection started/reused."""

    client: NemoClient
    url: str
    engine: local.EngineInfo | None = None
    _restart_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

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
        self.client.close()

    def alive(self, timeout: float = 3.0) -> bool:
        """Whether the backend answers now: the local engine's health check; for another backend, any
        HTTP answer below 500 (the cloud documents no health route)."""
        if self.engine is not None:
            return local.healthy(self.url, timeout=timeout)
        import httpx

        try:
            return httpx.get(self.url, timeout=timeout).status_code < 500
        except httpx.HTTPError:
            return False

    def restart(self) -> bool:
        """Bring a lost local engine back on the same data directory (same sessions, uploads and
        tokens) and point the client at it; False for the cloud, which is not ours to start."""
        if self.engine is None:
            return False
        with self._restart_lock:
            if self.alive(timeout=1.0):
                return True  # another thread brought it back already
            info = local.start_engine(self.engine.data_dir)
            self.client.rebase(info.url)
            self.url, self.engine = info.url, info
            return True

    @property
    def kind(self) -> str:
        """"local engine" or "cloud" (short, for a status line; `describe()` has the details)."""
        return "local engine" if self.engine else "cloud"

    def describe(self) -> str:
        if self.engine:
            how = "reused" if self.engine.reused else "started"
            return f"local engine at {self.url} ({how}, pid {self.engine.pid})"
        return f"cloud at {self.url}"

    def _repr_html_(self) -> str:
        # A plain mark, not an emoji: notebooks without an emoji font showed an empty box.
        return (f'<b style="color:#2e7d32">●</b> <b>Ready</b> — '
                f'<span title="{html.escape(self.describe())}">{html.escape(self.kind)}</span>')

    def __repr__(self) -> str:
        return f"Connection({self.describe()})"


def make_client(url: str, token: str | None = None) -> NemoClient:
    """The protocol client for `url` (the client module owns auth, headers and the client id)."""
    from vidai_nb.client import NemoClient

    return NemoClient(api_url=url, token=token)


_MARKS = {"wait": ("○", "#5c6bc0"), "ok": ("●", "#2e7d32"), "fail": ("✖", "#c62828")}


def _status(handle: Any, text: str, mark: str, tooltip: str = "") -> None:
    if handle is None:
        return
    sign, color = _MARKS[mark]  # plain symbols every font has (no emoji box)
    title = f' title="{html.escape(tooltip)}"' if tooltip else ""
    bundle = {"text/plain": f"{sign} {text}",
              "text/html": f'<div class="vidai-connect"{title}><b style="color:{color}">{sign}</b> '
                           f"{html.escape(text)}</div>"}
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

            handle = display({"text/plain": "○ Connecting..."}, raw=True, display_id=True)
        except ImportError:
            handle = None
    url = api_url or (None if local_engine else os.environ.get("NEMO_API_URL"))
    engine: local.EngineInfo | None = None
    try:
        if url is None:
            _status(handle, "Connecting... (starting the local engine)", "wait")
            engine = local.start_engine(Path(data_dir) if data_dir else None)
            url = engine.url
        client = make_client(url, token)
    except Exception as exc:
        _status(handle, f"Could not connect: {exc}", "fail")
        raise
    conn = Connection(client=client, url=url, engine=engine)
    _status(handle, f"Ready — {conn.kind}", "ok", tooltip=conn.describe())
    return conn


__all__ = ["Connection", "connect", "make_client"]
