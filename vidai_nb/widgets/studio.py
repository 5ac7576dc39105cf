"""Studio: upload, chat, timeline, player, export and credits in one ipyvuetify layout.

Also the Voilà app (`voila notebooks/studio.ipynb`). The parts share one Project (traitlets) and are
the same widgets one can display alone. After each chat turn that changed the draft, the Studio asks
for a quick preview render and plays it in the player, labelled "Preview" (Export stays one click away).
"""

from __future__ import annotations

import html
import threading
from typing import Any

import ipyvuetify as v
import ipywidgets as w

from vidai_nb.connection import Connection
from vidai_nb.widgets.chat import Chat, friendly
from vidai_nb.widgets.export import ExportPanel
from vidai_nb.widgets.notice import CreditsBadge, Notice
from vidai_nb.widgets.player import Player
from vidai_nb.widgets.project import Project
from vidai_nb.widgets.projects import ProjectsList, ProjectsRecord, record_path, thumbnail_b64
from vidai_nb.widgets.timeline import TimelineView
from vidai_nb.widgets.transcript import TranscriptView
from vidai_nb.widgets.upload import Uploader

_CSS = """<style>
.vidai-studio { background: #f5f7fa; border-radius: 10px; }
.vidai-studio .v-card-title { font-size: 15px; font-weight: 600; padding-bottom: 0; }
.vidai-studio .widget-dropdown > select { font-size: 12.5px; }
.vidai-studio .v-card__text, .vidai-studio .vidai-export,
.vidai-studio .vidai-timeline { overflow-x: hidden; }
.vidai-studio .vidai-export .widget-dropdown { max-width: 100%; }
.vidai-studio .vidai-timeline img { max-width: 100%; height: auto; }
</style>"""


def _card(title: str, body: w.Widget, **kwargs: Any) -> v.Card:
    return v.Card(class_="mb-3", elevation=1, children=[
        v.CardTitle(children=[title]), v.CardText(children=[body])], **kwargs)


class Studio(v.Container):
    """`Studio()` (connects to the local engine or the cloud) or `Studio(connection | project)`.

    It reopens the last project of this person on this backend (or starts one), keeps an eye on the
    backend's health (the status line says what is true), and brings a lost local engine back on the
    same data directory, with the same project and timeline.
    """

    HEALTH_EVERY_S = 3.0

    def __init__(self, source: Connection | Project | None = None, *, watch: bool = True,
                 preview: bool = True, **kwargs: Any) -> None:
        self.project = source if isinstance(source, Project) else Project(source)
        p = self.project
        self.status = w.HTML(self._status_html("○ Connecting..."))
        self.credits = CreditsBadge(p)
        self.notice = Notice()
        self.uploader = Uploader(p)
        self.chat = Chat(p)
        self.chat.export_shown_in = "the Preview"  # the export panel loads every export into the player
        self.player = Player()
        self.export = ExportPanel(p, player=self.player)
        self.timeline = TimelineView()
        self.transcript = TranscriptView(p)
        self.record: ProjectsRecord | None = None
        self.projects = ProjectsList(on_open=self._open_in_background, on_new=self._new_in_background)
        self._watch = watch
        self.auto_preview = preview  # a preview after each turn that changed the draft
        self._preview_thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None
        self._down = False  # the status line says the backend is down (health check)
        for item in (self.status, self.credits):
            item.layout.align_self = "center"  # centred in the toolbar's flex row
        p.observe(lambda c: self.timeline.show(c["new"]), "draft")
        p.observe(self._remember, ["draft", "session_id"])
        p.observe(self._remember_thumbnail, "thumbnail")
        p.observe(self._on_changed_turn, "changed_turns")
        p.observe(self._show_preview, "preview_path")
        p.observe(self._on_preview_stale, "preview_stale")
        p.observe(self._on_previewing, "previewing")
        toolbar = v.Toolbar(color="indigo-darken-3", density="compact", class_="px-3", children=[
            v.ToolbarTitle(children=["▶ vidai Studio"]), self.status, v.Spacer(), self.credits])
        left = v.Col(cols=12, md=5, children=[
            _card("1 · Add clips", self.uploader), _card("2 · Describe the edit", self.chat),
            _card("Projects", self.projects)])
        right = v.Col(cols=12, md=7, children=[
            _card("Preview", self.player), _card("3 · Export", self.export),
            _card("Timeline", self._tabs())])  # the picture and table right under the preview
        super().__init__(fluid=True, class_="vidai-studio pa-2", children=[
            w.HTML(_CSS), toolbar, self.notice, v.Row(children=[left, right])], **kwargs)
        self._boot_thread = threading.Thread(target=self._boot, daemon=True)
        self._boot_thread.start()

    def _tabs(self) -> w.Tab:
        """The timeline, and the words of the programme (edit by transcript)."""
        tabs = w.Tab(children=[self.timeline, self.transcript])
        tabs.titles = ("Timeline", "Transcript")
        return tabs

    @staticmethod
    def _status_html(text: str, tooltip: str = "") -> str:
        title = f' title="{html.escape(tooltip)}"' if tooltip else ""
        return (f'<span class="vidai-status"{title} style="color:#e8eaf6;margin-left:14px;font-size:13px">'
                f"{html.escape(text)}</span>")

    def _ready(self) -> None:
        conn = self.project.connection
        self.status.value = self._status_html(f"● Ready · {conn.kind}", tooltip=conn.describe())

    # -- start-up -----------------------------------------------------------------------------
    def _boot(self) -> None:
        # Connect and read the session in the background: the layout shows at once.
        try:
            conn = self.project.connection
            if conn.engine is not None and not conn.alive():
                self.status.value = self._status_html("○ Starting the local engine…")
                conn.restart()
            self.record = ProjectsRecord(record_path(conn))
            self.projects.record = self.record
            self._reopen_last()
            self.project.ensure_session()
            self.project.refresh()
            self.project.refresh_credits()
            self._ready()
            self.notice.clear()
            self._draw_projects()
            if self._watch and (self._watcher is None or not self._watcher.is_alive()):
                self._watcher = threading.Thread(target=self._watch_health, daemon=True)
                self._watcher.start()
        except Exception as exc:
            self.status.value = self._status_html("✖ Not connected")
            self.notice.show(friendly(exc), retry=self._retry_boot)

    def _reopen_last(self) -> None:
        """Re-running the cell (or a new kernel) opens the project one was working on."""
        from vidai_nb.client import SessionNotFoundError

        if self.project.session_id or self.record is None:
            return
        last = self.record.last()
        if last is None:
            return
        try:
            self.project.open_session(last)
        except SessionNotFoundError:
            self.record.forget(last)
            self.project.session_id = ""

    def _retry_boot(self) -> None:
        self.status.value = self._status_html("○ Connecting...")
        self._boot_thread = threading.Thread(target=self._boot, daemon=True)
        self._boot_thread.start()

    def wait_ready(self, timeout: float | None = 120) -> None:
        """Block until the background connect finished (notebooks run headless, tests)."""
        self._boot_thread.join(timeout)

    # -- health -------------------------------------------------------------------------------
    def _watch_health(self) -> None:
        while not self._stop.wait(self.HEALTH_EVERY_S):
            self.check_health()

    def check_health(self) -> bool:
        """Check the backend once; a lost local engine is restarted and the same project reopened."""
        conn = self.project.connection
        if conn.alive():
            if self._down:  # it answers again: the status line must not keep saying it does not
                self._down = False
                self._ready()
            return True
        self._down = True
        if conn.engine is None:
            self.status.value = self._status_html("✖ The cloud service is not answering — retrying…",
                                                  tooltip=conn.describe())
            return False
        self.status.value = self._status_html("✖ The engine stopped — restarting it…",
                                              tooltip=conn.describe())
        try:
            conn.restart()
            self.project.refresh()  # the same session and timeline, from the same data directory
            self.project.refresh_credits()
        except Exception as exc:
            self.status.value = self._status_html("✖ The engine stopped", tooltip=conn.describe())
            self.notice.show(f"The local engine stopped and could not be restarted: {friendly(exc)}",
                             retry=self.check_health)
            return False
        self.notice.clear()
        self._down = False
        self._ready()
        return True

    def close(self) -> None:
        self._stop.set()
        super().close()

    # -- preview ------------------------------------------------------------------------------
    def _on_changed_turn(self, _change: Any = None) -> None:
        if self.auto_preview and not self.project.exporting:
            self.start_preview()

    def start_preview(self) -> threading.Thread:
        """Ask for a preview of the current draft in the background (a newer one supersedes it)."""
        self._preview_thread = threading.Thread(target=self._preview_safe, daemon=True)
        self._preview_thread.start()
        return self._preview_thread

    def _preview_safe(self) -> None:
        from vidai_nb.client import ExportNotAllowedError

        try:
            self.project.preview()
        except ExportNotAllowedError as exc:  # this plan may not render: say it once, ask no more
            self.auto_preview = False
            self.player.pending = ""
            self.notice.show(f"No preview after each edit: {friendly(exc)}")
        except Exception as exc:  # the edit is done; only its quick look failed: say so, quietly
            self.player.pending = ""
            self.notice.show(f"The preview could not be made: {friendly(exc)}", retry=self.start_preview)

    def wait_preview(self, timeout: float | None = None) -> None:
        if self._preview_thread is not None:
            self._preview_thread.join(timeout)

    def _on_previewing(self, change: dict[str, Any]) -> None:
        self.player.pending = "Making a preview…" if change["new"] else ""

    def _show_preview(self, change: dict[str, Any]) -> None:
        if change["new"]:
            self.player.load(change["new"], kind="preview")
            self.player.stale = self.project.preview_stale

    def _on_preview_stale(self, change: dict[str, Any]) -> None:
        if self.player.kind == "preview" and self.player.path is not None:
            self.player.stale = bool(change["new"])

    # -- projects -----------------------------------------------------------------------------
    def _remember(self, _change: Any = None) -> None:
        p = self.project
        if self.record is None or not p.session_id:
            return
        m = p.draft.get("m") or {}
        self.record.touch(p.session_id, title=str(m.get("title") or "project"), duration_ms=p.draft.get("d"))
        self._draw_projects()

    def _remember_thumbnail(self, change: dict[str, Any]) -> None:
        if self.record is None or not self.project.session_id or not change["new"]:
            return
        row = next((r for r in self.record.load() if r["session_id"] == self.project.session_id), {})
        if not row.get("thumbnail"):
            self.record.touch(self.project.session_id, thumbnail=thumbnail_b64(change["new"]))
            self._draw_projects()

    def _draw_projects(self) -> None:
        self.projects.current = self.project.session_id
        self.projects.draw()

    def open_project(self, session_id: str) -> None:
        """Reopen an earlier project (its timeline, media and title come back)."""
        from vidai_nb.client import SessionNotFoundError

        try:
            self.project.open_session(session_id)
        except SessionNotFoundError:
            if self.record is not None:
                self.record.forget(session_id)
            self.notice.show("That project is no longer on the server.")
        self.player.clear()
        self._draw_projects()

    def new_project(self) -> None:
        self.project.new_session()
        self.player.clear()
        self._remember()

    def _open_in_background(self, session_id: str) -> None:
        threading.Thread(target=self.open_project, args=(session_id,), daemon=True).start()

    def _new_in_background(self) -> None:
        threading.Thread(target=self.new_project, daemon=True).start()
