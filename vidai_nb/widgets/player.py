"""Player: an exported video (or a preview of the draft) inline and seekable, its bytes sent through
the widget channel.

`kind="preview"` marks a quick low-resolution render of the current draft: the view labels it
"Preview" (never "exported"), offers no download of it and keeps "Export full quality" one click away.

On Binder the browser cannot reach the kernel's localhost (nor the engine), so the default transport
is the widget comm: the view pulls `chunk_bytes` slices (`in_flight` at a time), joins them into a
Blob and plays its object URL. With `transport="url"` the view loads `url` itself; a path under the
Jupyter server's root becomes a `files/...` URL served by the Jupyter server.
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anywidget
import traitlets

_STATIC = Path(__file__).parent / "static"


class Player(anywidget.AnyWidget):
    """`Player(path)` or `player.load(path)`; `display(player)` alone or inside Studio."""

    _esm = _STATIC / "player.js"
    _css = _STATIC / "player.css"

    token = traitlets.Unicode("").tag(sync=True)  # changes on every load: views reload
    name = traitlets.Unicode("").tag(sync=True)
    size = traitlets.Int(0).tag(sync=True)
    mime = traitlets.Unicode("video/mp4").tag(sync=True)
    transport = traitlets.Unicode("widget").tag(sync=True)
    url = traitlets.Unicode("").tag(sync=True)
    chunk_bytes = traitlets.Int(4 * 1024 * 1024).tag(sync=True)
    in_flight = traitlets.Int(3).tag(sync=True)
    show_video = traitlets.Bool(True).tag(sync=True)  # False: only the download link (export panel)
    # The timeline changed since this export: the view says so and offers a one-click re-export.
    stale = traitlets.Bool(False).tag(sync=True)
    kind = traitlets.Unicode("export").tag(sync=True)  # "export" | "preview" (a quick render, labelled)
    pending = traitlets.Unicode("").tag(sync=True)  # a quiet line while something is on its way
    # What the last view reported once the whole file arrived: {"bytes", "ms"} (for measurements).
    last_load = traitlets.Dict().tag(sync=False)

    def __init__(self, path: str | os.PathLike[str] | None = None, *, transport: str = "widget",
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.path: Path | None = None
        self.on_reexport: Callable[[], Any] | None = None  # what the stale banner's button runs
        self.on_msg(self._handle)
        if path is not None:
            self.load(path, transport=transport)

    def load(self, path: str | os.PathLike[str], *, transport: str | None = None,
             url: str | None = None, kind: str = "export") -> None:
        """Show the video at `path` (a file in the kernel's file system); `kind="preview"` labels it
        as a preview."""
        if kind not in ("export", "preview"):
            raise ValueError(f"kind must be 'export' or 'preview', not {kind!r}")
        p = Path(path).resolve()
        if not p.is_file():
            raise FileNotFoundError(f"no such video: {p}")
        transport = transport or self.transport
        if transport == "url" and url is None:
            url = _jupyter_files_url(p)
            if url is None:
                transport = "widget"  # not under the Jupyter root: fall back to the widget channel
        self.path = p
        self.last_load = {}
        with self.hold_sync():
            self.name = p.name
            self.size = p.stat().st_size
            self.mime = mimetypes.guess_type(p.name)[0] or "video/mp4"  # image/gif, image/jpeg: an <img>
            self.stale = False
            self.kind = kind
            self.transport = transport
            self.url = url or ""
            self.token = uuid.uuid4().hex

    def clear(self) -> None:
        self.path = None
        self.pending = ""
        self.token = ""

    def _handle(self, _w: Any, content: dict[str, Any], _buffers: Any) -> None:
        kind = content.get("type")
        if kind == "reexport" and self.on_reexport is not None:
            self.on_reexport()
            return
        if kind == "loaded" and content.get("token") == self.token:
            self.last_load = {"bytes": int(content.get("bytes", 0)), "ms": int(content.get("ms", 0))}
            return
        if kind != "get" or content.get("token") != self.token or self.path is None:
            return
        offset = int(content.get("offset", 0))
        length = min(int(content.get("length", self.chunk_bytes)), 16 * 1024 * 1024)
        with self.path.open("rb") as fh:  # one chunk in memory at a time
            fh.seek(offset)
            data = fh.read(length)
        self.send({"type": "chunk", "token": self.token, "offset": offset}, [data])


def _jupyter_files_url(path: Path) -> str | None:
    """`files/<relative path>` when `path` is under the Jupyter server's root (the kernel's cwd)."""
    root = Path(os.environ.get("VIDAI_JUPYTER_ROOT", os.getcwd())).resolve()
    try:
        rel = path.relative_to(root)
    except ValueError:
        return None
    return "files/" + "/".join(rel.parts)
