"""TranscriptView: the programme's words by sentence; untick sentences (and drop the fillers) to cut them.

It reads the words with `client.transcript` (the first read of a long recording transcribes it, so it
starts on a click, in the background) and edits with `client.keep_words`: one new version, undoable
from the chat, cut only in the pauses between words. The Studio shows it in its Transcript tab.
"""

from __future__ import annotations

import html
import threading
from typing import Any

import ipywidgets as w

from vidai_nb.widgets.project import Project

MAX_SENTENCES = 300  # ticking boxes beyond this is not editing; a notebook cell with pandas is

_CSS = """<style>
.vidai-tx .sent { font-size: 13px; line-height: 1.45; }
.vidai-tx .filler { color: #999; text-decoration: line-through; }
.vidai-tx .t { color: #667; font-variant-numeric: tabular-nums; font-size: 12px; margin-right: 6px; }
.vidai-tx .msg { color: #444; font-size: 12.5px; margin: 4px 0; }
</style>"""


def _clock(ms: int) -> str:
    s = max(0, int(ms)) // 100 / 10
    return f"{int(s // 60)}:{s % 60:04.1f}"


class TranscriptView(w.VBox):
    """`TranscriptView(project)`: Read the words → tick what stays → Keep the ticked sentences."""

    def __init__(self, project: Project, **kwargs: Any) -> None:
        self.project = project
        self.words: Any = None  # the word DataFrame last read (its version in attrs)
        self.read_button = w.Button(description="Read the words", icon="file-text-o")
        self.keep_button = w.Button(description="Keep the ticked sentences", button_style="primary",
                                    disabled=True)
        self.drop_fillers = w.Checkbox(value=True, description="also cut um / uh and repeated words",
                                       indent=False)
        self.message = w.HTML()
        self.rows = w.VBox()
        self.boxes: list[tuple[int, w.Checkbox]] = []
        self._thread: threading.Thread | None = None
        self.read_button.on_click(lambda _b: self._in_background(self.read))
        self.keep_button.on_click(lambda _b: self._in_background(self.keep))
        project.observe(self._on_draft, "draft")
        super().__init__(children=[
            w.HTML(_CSS), w.HBox([self.read_button, self.keep_button]), self.drop_fillers, self.message,
            self.rows], **kwargs)
        self.add_class("vidai-tx")

    def _say(self, text: str) -> None:
        self.message.value = f'<div class="msg">{html.escape(text)}</div>'

    def _in_background(self, fn: Any) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._thread = threading.Thread(target=self._safe, args=(fn,), daemon=True)
        self._thread.start()

    def _safe(self, fn: Any) -> None:
        try:
            fn()
        except Exception as exc:  # shown, never raised into the widget's thread
            self._say(f"That did not work: {exc}")
        finally:
            self.read_button.disabled = False
            self.keep_button.disabled = self.words is None or not self.boxes

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _on_draft(self, _change: Any = None) -> None:
        if self.words is not None:
            self._say("The timeline changed: read the words again before cutting.")
            self.keep_button.disabled = True

    def read(self) -> None:
        """Read the current programme's words (blocking) and show them by sentence."""
        p = self.project
        self.read_button.disabled = True
        self._say("Reading the words… (the first time, the speech is transcribed)")
        df = p.client.transcript(p.ensure_session())
        self.words = df
        self.show()

    def show(self) -> None:
        df = self.words
        if df is None or df.empty:
            self.rows.children = []
            self.boxes = []
            self._say("No speech was found on the timeline.")
            return
        self.boxes = []
        children: list[w.Widget] = []
        for sid, group in df.groupby("sentence", sort=True):
            if len(self.boxes) >= MAX_SENTENCES:
                break
            parts = [f'<span class="{"filler" if f or r else ""}">{html.escape(str(t))}</span>'
                     for t, f, r in zip(group["text"], group["is_filler"], group["is_repeat"], strict=True)]
            label = w.HTML(f'<span class="sent"><span class="t">{_clock(int(group["start_ms"].iloc[0]))}'
                           f"</span>{' '.join(parts)}</span>")
            box = w.Checkbox(value=True, indent=False, layout=w.Layout(width="28px"))
            self.boxes.append((int(sid), box))
            children.append(w.HBox([box, label]))
        self.rows.children = children
        shown = len(self.boxes)
        total = int(df["sentence"].nunique())
        more = f" (the first {shown} of {total}; edit the rest with client.transcript in a cell)" \
            if shown < total else ""
        fillers = int((df["is_filler"] | df["is_repeat"]).sum())
        self._say(f"{len(df)} words in {total} sentences, {fillers} fillers or repeats{more}. "
                  "Untick what should go.")

    def kept_words(self) -> list[int]:
        """Word ids of the ticked sentences (fillers and repeats out when that box is ticked)."""
        df = self.words
        if df is None:
            return []
        shown = {sid for sid, _ in self.boxes}
        ticked = {sid for sid, box in self.boxes if box.value}
        keep = df["sentence"].isin(ticked) | ~df["sentence"].isin(shown)
        if self.drop_fillers.value:
            keep &= ~(df["is_filler"] | df["is_repeat"])
        return [int(x) for x in df.loc[keep, "word"]]

    def keep(self) -> None:
        """Cut what is not kept (blocking): one new version, then the timeline and preview follow."""
        p = self.project
        df = self.words
        if df is None:
            return
        self.keep_button.disabled = True
        self._say("Cutting between the words…")
        result = p.client.keep_words(p.ensure_session(), self.kept_words(), version=int(df.attrs["version"]))
        before = dict(p.draft)
        p.refresh()
        if p.draft != before:
            p.changed_turns += 1  # the Studio makes a preview, as after a chat turn
        self._say(result.text.split("\n\n")[0])
        self.words = None
        self.rows.children = []
        self.boxes = []
