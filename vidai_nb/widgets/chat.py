"""Chat: send on Enter, history, the agent's text streamed in, tool activity as a quiet status line.

A turn runs in a worker thread so the kernel stays free (the browser keeps receiving updates and
the other widgets keep working). While it runs, `busy` disables sending: a message is never sent
twice. Routing (export / credits / status / upload words) is the client's decision.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from vidai_nb.client import Reply, TurnEvent
from vidai_nb.client.handle import MAX_MESSAGE_CHARS
from vidai_nb.widgets.project import Project

_STATIC = Path(__file__).parent / "static"

# The engine's operation names → the quiet words shown while they run (unknown names: de-snake-cased).
_TOOL_WORDS = {
    "keep_range": "trimming", "remove_range": "cutting a part out", "keep_ranges": "keeping the parts",
    "remove_ranges": "cutting parts out", "trim": "trimming", "trim_dead_air": "removing dead air",
    "remove_silences": "removing silences", "loop": "looping",
    "remove_fillers": "removing filler words", "cut_sentences": "cutting the sentences asked for",
    "split": "splitting", "delete_segment": "deleting a clip",
    "move_segment": "moving a clip", "duplicate_segment": "duplicating a clip", "reorder": "reordering clips",
    "concat": "joining clips", "add_clips": "adding clips", "slideshow": "making a slideshow",
    "speed": "changing speed", "freeze_frame": "freezing a frame", "mute": "muting",
    "set_volume": "changing the volume", "add_music": "adding music", "remove_music": "removing the music",
    "fade_music": "fading the music", "duck_music": "lowering the music under speech",
    "denoise": "cleaning up the sound", "loudnorm": "evening out the loudness", "add_title": "adding a title",
    "add_text": "adding text", "remove_text": "removing text",
    "add_subtitles": "transcribing and adding subtitles", "set_aspect": "changing the frame",
    "platform": "fitting the frame to the platform", "resolution": "changing the size", "rotate": "rotating",
    "flip": "flipping", "fade": "fading", "crossfade": "adding transitions", "color": "changing the colours",
    "add_logo": "adding a logo", "remove_logo": "removing the logo", "pip": "adding picture-in-picture",
    "export": "getting the export ready",
    "export_gif": "getting a GIF ready", "export_thumbnail": "getting a still image ready",
    "undo": "undoing", "redo": "redoing", "restore_version": "going back to a version",
}
GREETING = ("Upload a clip, then describe the edit, e.g. “trim to the first 5 seconds”, "
            "“add a title ‘Hello’”, “make it 9:16”, or “export”. 中文也可以。")
EMPTY_HINT = "Type what to change first, e.g. “trim to the first 5 seconds” or “add subtitles”."
STREAM_INTERVAL_S = 0.08  # coalesce text deltas: one browser update per ~80 ms, not per token
# One sentence: up to ". " before a capital / quote / digit, or a CJK full stop.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘(0-9])|(?<=[。！？])")


def tool_words(name: str) -> str:
    return _TOOL_WORDS.get(name, name.replace("_", " ").strip() or "working")


def split_reply(text: str) -> tuple[str, str]:
    """(the first plain sentence, the details) of a reply: the engine writes one sentence, a blank line,
    then the details; a reply that does not still shows one sentence with the rest folded."""
    text = text.strip()
    head, _, rest = text.partition("\n\n")
    if "\n" in head:
        head, _, more = head.partition("\n")
        rest = f"{more}\n\n{rest}".strip()
    m = _SENTENCE_END.search(head)
    if m and m.end() < len(head):
        head, more = head[: m.start()].strip(), head[m.end():]
        rest = f"{more.strip()}\n\n{rest}".strip()
    # "But I couldn't …" with nothing before it reads as a reply to something unsaid.
    if re.match(r"but\s", head, re.I):
        head = head[4:].lstrip()
        head = head[:1].upper() + head[1:]
    return head, rest


class Chat(anywidget.AnyWidget):
    """`Chat(project)`; `display(chat)`. `chat.send("trim to 5 seconds")` works from code too."""

    _esm = _STATIC / "chat.js"
    _css = _STATIC / "chat.css"

    messages = traitlets.List(traitlets.Dict()).tag(sync=True)  # {role, text, kind?, details?}
    status = traitlets.Unicode("").tag(sync=True)
    busy = traitlets.Bool(False).tag(sync=True)
    disabled = traitlets.Bool(False).tag(sync=True)
    placeholder = traitlets.Unicode(
        "Describe the edit, press Enter…").tag(sync=True)
    max_chars = traitlets.Int(MAX_MESSAGE_CHARS).tag(sync=True)  # the box counts and stops here

    def __init__(self, project: Project | None = None, *, greeting: bool = True, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.project = project or Project()
        if greeting and not self.messages:
            self.messages = [{"role": "assistant", "kind": "hint", "text": GREETING}]
        self._thread: threading.Thread | None = None
        # Where an export the chat ran is shown ("the Preview" in the Studio); "" : only its file is named.
        self.export_shown_in = ""
        self.on_msg(self._handle)
        self.project.observe(self._on_busy, "busy")

    def _on_busy(self, change: dict[str, Any]) -> None:
        self.busy = bool(change["new"])

    def _handle(self, _w: Any, content: dict[str, Any], _buffers: Any) -> None:
        if content.get("type") == "submit":
            self.send_message(str(content.get("text", "")))

    # -- history helpers --------------------------------------------------------------------------
    def _append(self, role: str, text: str, kind: str = "", details: str = "") -> None:
        msg = {"role": role, "text": text, "kind": kind}
        if details:
            msg["details"] = details
        self.messages = [*self.messages, msg]

    def _set_last(self, text: str, kind: str | None = None, details: str | None = None) -> None:
        msgs = list(self.messages)
        last = dict(msgs[-1])
        last["text"] = text
        if kind is not None:
            last["kind"] = kind
        if details:
            last["details"] = details
        else:
            last.pop("details", None)
        msgs[-1] = last
        self.messages = msgs

    # -- sending ----------------------------------------------------------------------------------
    def send_message(self, text: str) -> threading.Thread | None:
        """Start one turn for `text` in a worker thread; ignored while a turn runs."""
        text = text.strip()
        if not text:
            self.status = EMPTY_HINT
            return None
        if len(text) > self.max_chars:
            # Refused here, before anything is sent (the engine would answer 422).
            self.status = (f"That request is {len(text):,} characters; the limit is {self.max_chars:,}. "
                           "Shorten it or split it into steps.")
            return None
        with self.project._lock:
            if self.project.busy:
                return None
            self.project.busy = True
        self.status = ""
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
        self._reply = ""
        self._shown = ""
        self._last_push = 0.0
        try:
            reply = self.project.handle(text, on_event=self._on_event)
            self._show_reply(reply)
        except Exception as exc:
            self._set_last(friendly(exc), kind="error")
            self.project.error = friendly(exc)
        finally:
            self.status = ""
            self.project.activity = ""
            self.project.busy = False

    def _on_event(self, event: TurnEvent) -> None:
        from vidai_nb.client import Heartbeat, StillWorking, TextDelta, ToolCall, ToolResult

        if isinstance(event, TextDelta):
            self._reply += event.text
            now = time.monotonic()
            if now - self._last_push >= STREAM_INTERVAL_S:
                self._set_last(self._reply)
                self._shown, self._last_push = self._reply, now
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
            if not self._reply:
                self._set_last(event.text)
        self.project.activity = self.status

    def _show_reply(self, reply: Reply) -> None:
        """The turn's reply (one sentence, details folded), then what the export did, if one ran."""
        rest = reply.text
        if reply.turn is not None:
            head, details = split_reply(reply.turn.text or "Done.")
            self._set_last(head, kind="", details=details)
            rest = reply.text[len(reply.turn.text):].strip() if reply.text.startswith(reply.turn.text) else ""
            if not rest and reply.export is None:
                return
            self._append("assistant", "…")
        if reply.route.action in ("credits", "status", "upload") and reply.turn is None:
            if reply.route.action == "upload" and not reply.uploads:  # the chat cannot attach files
                rest = "Add files with the upload box: drop or pick them, or give a server path or URL."
            head, details = split_reply(rest)
            self._set_last(head, kind="info", details=details)
            return
        self.status = ""
        path = self.project.turn_export  # this turn's file (never an earlier export's)
        if reply.export is not None and reply.export.status == "completed" and path is not None:
            size = path.stat().st_size / 2**20
            where = f"it is in {self.export_shown_in}" if self.export_shown_in else f"saved to {_shown(path)}"
            self._set_last(f"Exported {path.name} ({size:.1f} MB) — {where}.", kind="info")
        elif reply.export is not None and reply.export.status in ("cancelled", "canceled"):
            self._set_last("The export was cancelled.", kind="info")
        else:
            head, details = split_reply(rest or "Nothing was exported.")
            self._set_last(head, kind="error" if reply.export is not None else "info", details=details)


def _shown(path: Path) -> str:
    """"exports/x.mp4" rather than a long absolute path, when under the working directory."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def friendly(exc: BaseException) -> str:
    """A sentence for a person (client errors carry one already); never a traceback or raw JSON."""
    msg = str(exc).strip() or type(exc).__name__
    return msg if msg.endswith((".", "!", "?")) else msg + "."
