"""Projects: the sessions this person worked on (title, date, length, thumbnail), and a list to reopen them.

The protocol has no "list my sessions" call, so the kernel keeps a small record: for the local engine
in its data directory (`studio-projects.json`), for another backend in the client's config folder, one
per backend URL. Only ids, titles, lengths, dates and a small thumbnail are kept; the sessions themselves
live on the backend. A session the backend no longer knows is dropped from the list when opened.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ipywidgets as w

from vidai_nb.connection import Connection

RECORD_NAME = "studio-projects.json"
MAX_PROJECTS = 200


def record_path(conn: Connection) -> Path:
    if conn.engine is not None:
        return Path(conn.engine.data_dir) / RECORD_NAME
    folder = conn.client.config.config_dir or Path.home() / ".config" / "nemovideo"
    key = hashlib.sha256(conn.url.encode()).hexdigest()[:12]
    return Path(folder) / f"studio-projects-{key}.json"


class ProjectsRecord:
    """The list of this person's sessions on one backend, newest first (a JSON file, written atomically)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def load(self) -> list[dict[str, Any]]:
        try:
            items = json.loads(self.path.read_text())
        except (OSError, ValueError):
            return []
        if not isinstance(items, list):
            return []
        rows = [r for r in items if isinstance(r, dict) and r.get("session_id")]
        return sorted(rows, key=lambda r: float(r.get("updated", 0)), reverse=True)

    def last(self) -> str | None:
        rows = self.load()
        return str(rows[0]["session_id"]) if rows else None

    def touch(self, session_id: str, **fields: Any) -> None:
        """Record (or update) a session, making it the most recent."""
        with self._lock:
            rows = self.load()
            row = next((r for r in rows if r["session_id"] == session_id), None)
            if row is None:
                row = {"session_id": session_id, "created": time.time()}
                rows.append(row)
            row.update({k: v for k, v in fields.items() if v is not None})
            row["updated"] = time.time()
            self._save(rows)

    def forget(self, session_id: str) -> None:
        with self._lock:
            self._save([r for r in self.load() if r["session_id"] != session_id])

    def _save(self, rows: list[dict[str, Any]]) -> None:
        rows = sorted(rows, key=lambda r: float(r.get("updated", 0)), reverse=True)[:MAX_PROJECTS]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".projects.")
        with os.fdopen(fd, "w") as fh:
            json.dump(rows, fh)
        os.replace(tmp, self.path)  # a reader never sees half a file


def _length(ms: Any) -> str:
    try:
        s = int(ms) / 1000
    except (TypeError, ValueError):
        return ""
    return f"{int(s // 60)}:{s % 60:04.1f}"


class ProjectsList(w.VBox):
    """Earlier projects, newest first (thumbnail, title, date, length), and a picker to reopen one.

    Its widgets are made once, here: `draw()` (run from the Studio's background threads, also while a
    Voilà page is still fetching the widgets) only changes their values. Rows made and swapped in from a
    thread reached the page before their models did, which broke the page ("reading 'create_view'").
    """

    def __init__(self, record: ProjectsRecord | None = None, on_open: Callable[[str], Any] | None = None,
                 on_new: Callable[[], Any] | None = None, **kwargs: Any) -> None:
        self.record = record
        self.on_open = on_open
        self.current = ""
        self.new_btn = w.Button(description="New project", icon="plus", layout=w.Layout(width="140px"))
        self.new_btn.on_click(lambda _b: on_new() if on_new else None)
        self.rows = w.HTML(layout=w.Layout(max_height="260px", overflow="hidden auto"))
        self.picker = w.Dropdown(options=[], layout=w.Layout(flex="1", min_width="0"))
        self.open_btn = w.Button(description="Open", layout=w.Layout(width="70px"), disabled=True)
        self.open_btn.on_click(lambda _b: self._open_picked())
        self._lock = threading.Lock()
        super().__init__([self.new_btn, self.rows, w.HBox([self.picker, self.open_btn])], **kwargs)
        self.add_class("vidai-projects")
        self.draw()

    def _open_picked(self) -> None:
        sid = self.picker.value
        if sid and self.on_open:
            self.on_open(str(sid))

    def draw(self) -> None:
        items = self.record.load() if self.record else []
        rows: list[str] = []
        options: list[tuple[str, str]] = []
        for r in items:
            sid = str(r["session_id"])
            title = str(r.get("title") or "project")
            when = time.strftime("%d %b %H:%M", time.localtime(float(r.get("updated", 0))))
            length = " · " + _length(r.get("duration_ms")) if r.get("duration_ms") else ""
            here = " · <b>open now</b>" if sid == self.current else ""
            thumb = str(r.get("thumbnail") or "")
            box = "width:72px;min-width:72px;border-radius:4px"
            pic = (f'<img src="data:image/png;base64,{html.escape(thumb)}" style="{box}">' if thumb
                   else f'<div style="{box};height:40px;background:#eef1f5"></div>')
            rows.append(f'<div style="display:flex;align-items:center;margin:0 0 4px 0">{pic}'
                        f'<div style="font-size:12.5px;line-height:1.3;margin:0 8px">'
                        f"<b>{html.escape(title)}</b><br>"
                        f'<span style="color:#666">{when}{length}{here}</span></div></div>')
            if sid != self.current:
                options.append((f"{title} · {when}{length}", sid))
        body = "".join(rows) or '<i style="color:#777">No earlier projects yet.</i>'
        with self._lock:  # two threads may redraw at once
            self.rows.value = f'<div class="vidai-projects-rows">{body}</div>'
            self.picker.options = options
            self.picker.value = options[0][1] if options else None
            self.picker.disabled = self.open_btn.disabled = not options


def thumbnail_b64(png: bytes | None) -> str | None:
    if not png:
        return None
    with contextlib.suppress(Exception):
        return base64.b64encode(png).decode()
    return None
