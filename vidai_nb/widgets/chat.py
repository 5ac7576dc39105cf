"""Chat: send on Enter, history, the agent's text streamed in, tool activity as a quiet status line.

A turn runs in a worker thread so the kernel stays free (the browser keeps receiving updates and
the other widgets keep working). While it runs, `busy` disables sending: a message is never sent
twice. Routing (export / credits / status / upload words) is the client's decision.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from vidai_nb.widgets.project import Project

_STATIC = Path(__file__).parent / "static"

# Tool names → the quiet words shown while they run (unknown tools get their name de-snake-cased).
_TOOL_WORDS = {
    "keep_range": "trimming", "trim": "trimming", "cut": "cutting", "split": "splitting",
    "add_subtitles": "transcribing and adding subtitles", "transcribe": "transcribing",
    "add_title": "adding a title", "add_text": "adding text", "add_bgm": "adding music",
    "set_aspect": "changing the frame", "set_canvas": "changing the frame", "speed": "changing speed",
    "concat": "joining clips", "remove_silence": "removing silences", "undo": "undoing", "redo": "redoing",
}
GREETING = ("Upload a clip, then describe the edit, e.g. “trim to the first 5 seconds”, "
            "“add a title ‘Hello’”, “make it 9:16”, or “export”. 中文也可以。")
STREAM_INTERVAL_S = 0.08  # coalesce text deltas: one browser update per ~80 ms, not per token


def tool_words(name: str) -> str:
    return _TOOL_WORDS.get(name, name.replace("_", " ").strip() or "working")


class Chat(anywidget.AnyWidget):
    """`Chat(project)`; `display(chat)`. `chat.send("trim to 5 seconds")` works from code too."""

    _esm = _STATIC / "chat.js"
    _css = _STATIC / "chat.css"

    messages = traitlets.List(traitlets.Dict()).tag(sync=True)  # {role: user|assistant, text, kind?}
    status = traitlets.Unicode("").tag(sync=True)
    busy = traitlets.Bool(False).tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    placeholder = traitlets.Unicode(
        "Describe the edit, press Enter…").tag(sync=True)

    def __init__(self, project: Project | None = None, *, greeting: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.project = project or Project()
        if greeting and not self.messages:
            self.messages = [{"role": "assistant", "kind": "hint", "text": GREETING}]
        self._thread: threading.Thread | None = None
        self.on_msg(self._handle)
        self.project.observe(self._on_busy, "busy")

    def _on_busy(self, change: dict[str, Any]) -> None:
        self.busy = bool(change["new"])

    def _handle(self, _w: Any, content: dict[str, Any], _buffers: Any) -> None:
        if content.get("type") == "submit":
            self.send_message(str(content.get("text", "")))

    # -- history helpers --------------------------------------------------------------------------
    def _append(self, role: str, text: str, kind: str = "") -> None:
        self.messages = [*self.messages, {"role": role, "text": text, "kind": kind}]

    def _set_last(self, text: str, kind: str | None = None) -> None:
        msgs = list(self.messages)
        last = dict(msgs[-1])
        last["text"] = text
        if kind is not None:
            last["kind"] = kind
        msgs[-1] = last
        self.messages = msgs

    # -- sending ----------------------------------------------------------------------------------
    def send_message(self, text: str) -> threading.Thread | None:
        """Start one turn for `text` in a worker thread; ignored while a turn runs."""
        text = text.strip()
        with self.project._lock:
            if not text or self.project.busy:
                return None
            self.project.busy = True
        self._append("user", text)
        self._append("assistant", "…")
        self._thread = threading.Thread(target=self._run, args=(text,), daemon=True)
        self._thread.start()
        return self._thread

    def wait(self, timeout: float | None = None) -> None:
        """Block until the current turn ends (scripts, tests, notebooks run headless)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self, text: str) -> None:
        try:
            route = self.project.route(text)
            if route.action == "agent":
                self._agent_turn(text)
                if route.then_export:  # "… and export": the edit first, then the export
                    self._append("assistant", "…")
                    self._routed("export", text)
            else:
                self._routed(route.action, text)
        except Exception as exc:
            self._set_last(friendly(exc), kind="error")
            self.project.error = friendly(exc)
        finally:
            self.status = ""
            self.project.activity = ""
            self.project.busy = False

    def _routed(self, action: str, text: str) -> None:
        p = self.project
        if action == "credits":
            c = p.refresh_credits()
            self._set_last(str(c), kind="info")
        elif action == "status":
            from vidai_nb import timeline

            p.refresh()
            self._set_last(timeline.summary(p.draft) if p.draft else "The timeline is empty.", kind="info")
        elif action == "upload":
            self._set_last("Add files with the upload box: drop or pick them, or give a server path or URL.",
                           kind="info")
        elif action == "export":
            self._set_last("Exporting…", kind="info")
            self.status = "rendering…"
            from vidai_nb.client.handle import output_from_message

            output = output_from_message(text)  # "export as webm in 720p"
            path = p.export_handler(output) if p.export_handler else p.export(output)
            size = path.stat().st_size / 2**20
            self._set_last(f"✔ Exported {path.name} ({size:.1f} MB). It is in the player.", kind="info")
        else:
            raise ValueError(f"unknown action {action!r}")

    def _agent_turn(self, text: str) -> None:
        from vidai_nb.client import Heartbeat, StillWorking, TextDelta, ToolCall, ToolResult, TurnEnd

        reply = ""
        shown = ""
        last_push = 0.0
        for event in self.project.stream_turn(text):
            if isinstance(event, TextDelta):
                reply += event.text
                now = time.monotonic()
                if now - last_push >= STREAM_INTERVAL_S:
                    self._set_last(reply)
                    shown, last_push = reply, now
            elif isinstance(event, ToolCall):
                self.status = f"⚙ {tool_words(event.name)}…"
            elif isinstance(event, ToolResult):
                self.status = f"✔ {tool_words(event.name)}"
            elif isinstance(event, Heartbeat):
                label = event.label or "working"
                pct = f" {event.progress:.0f}%" if event.progress is not None else ""
                self.status = f"⚙ {label}{pct}…"
            elif isinstance(event, StillWorking):
                self.status = event.text
                if not reply:
                    self._set_last(event.text)
            elif isinstance(event, TurnEnd):
                reply = reply or event.text
                if event.dropped:
                    reply += "\n(the connection dropped; this is what the editor did)"
            self.project.activity = self.status
        if reply != shown or not reply:
            self._set_last(reply or "Done.")


def friendly(exc: BaseException) -> str:
    """A sentence for a person (client errors carry one already); never a traceback or raw JSON."""
    msg = str(exc).strip() or type(exc).__name__
    return msg if msg.endswith((".", "!", "?")) else msg + "."
