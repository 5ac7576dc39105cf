"""Studio: upload, chat, timeline, player, export and credits in one ipyvuetify layout.

Also the Voilà app (`voila notebooks/studio.ipynb`). The parts share one Project (traitlets) and are
the same widgets one can display alone.
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
from vidai_nb.widgets.timeline import TimelineView
from vidai_nb.widgets.upload import Uploader

_CSS = """<style>
.vidai-studio { background: #f5f7fa; border-radius: 10px; }
.vidai-studio .v-card-title { font-size: 15px; font-weight: 600; padding-bottom: 0; }
.vidai-studio .widget-dropdown > select { font-size: 12.5px; }
</style>"""


def _card(title: str, body: w.Widget, **kwargs: Any) -> v.Card:
    return v.Card(class_="mb-3", elevation=1, children=[
        v.CardTitle(children=[title]), v.CardText(children=[body])], **kwargs)


class Studio(v.Container):
    """`Studio()` (connects to the local engine or the cloud) or `Studio(connection | project)`."""

    def __init__(self, source: Connection | Project | None = None, **kwargs: Any) -> None:
        self.project = source if isinstance(source, Project) else Project(source)
        p = self.project
        self.status = w.HTML(self._status_html("○ Connecting..."))
        self.credits = CreditsBadge(p)
        self.notice = Notice()
        self.uploader = Uploader(p)
        self.chat = Chat(p)
        self.player = Player()
        self.export = ExportPanel(p, player=self.player)
        self.timeline = TimelineView()
        for item in (self.status, self.credits):
            item.layout.align_self = "center"  # centred in the toolbar's flex row
        p.observe(lambda c: self.timeline.show(c["new"]), "draft")
        toolbar = v.Toolbar(color="indigo-darken-3", density="compact", class_="px-3", children=[
            v.ToolbarTitle(children=["▶ vidai Studio"]), self.status, v.Spacer(), self.credits])
        left = v.Col(cols=12, md=5, children=[
            _card("1 · Add clips", self.uploader), _card("2 · Describe the edit", self.chat)])
        right = v.Col(cols=12, md=7, children=[
            _card("Preview", self.player), _card("3 · Export", self.export)])
        bottom = v.Col(cols=12, children=[_card("Timeline", self.timeline)])
        super().__init__(fluid=True, class_="vidai-studio pa-2", children=[
            w.HTML(_CSS), toolbar, self.notice, v.Row(children=[left, right]), v.Row(children=[bottom])],
            **kwargs)
        self._boot_thread = threading.Thread(target=self._boot, daemon=True)
        self._boot_thread.start()

    @staticmethod
    def _status_html(text: str) -> str:
        return (f'<span class="vidai-status" style="color:#e8eaf6;margin-left:14px;font-size:13px">'
                f"{html.escape(text)}</span>")

    def _boot(self) -> None:
        # Connect and read the session in the background: the layout shows at once.
        try:
            conn = self.project.connection
            self.project.ensure_session()
            self.project.refresh()
            self.project.refresh_credits()
            self.status.value = self._status_html(f"● Ready — {conn.describe()}")
            self.notice.clear()
        except Exception as exc:
            self.status.value = self._status_html("✖ Not connected")
            self.notice.show(friendly(exc), retry=self._retry_boot)

    def _retry_boot(self) -> None:
        self.status.value = self._status_html("○ Connecting...")
        self._boot_thread = threading.Thread(target=self._boot, daemon=True)
        self._boot_thread.start()

    def wait_ready(self, timeout: float | None = 120) -> None:
        """Block until the background connect finished (notebooks run headless, tests)."""
        self._boot_thread.join(timeout)
