"""ExportPanel: format / resolution / quality, Export, progress %, Cancel, file size, download link."""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

import ipywidgets as w

from vidai_nb.widgets.chat import friendly
from vidai_nb.widgets.notice import Notice
from vidai_nb.widgets.player import Player
from vidai_nb.widgets.project import ExportCancelled, Project

FORMATS = [("MP4 (H.264)", "mp4"), ("MOV", "mov"), ("WebM", "webm"), ("GIF", "gif")]
RESOLUTIONS = [("As edited", ""), ("480p", "480p"), ("720p", "720p"), ("1080p", "1080p"), ("4K", "4k")]
QUALITIES = [("High", "high"), ("Medium", "medium"), ("Low (small file)", "low")]


class ExportPanel(w.VBox):
    """`ExportPanel(project, player=None)`; with no player the panel shows its own download link."""

    def __init__(self, project: Project | None = None, player: Player | None = None, **kwargs: Any) -> None:
        self.project = project or Project()
        self.player = player if player is not None else Player(show_video=False)
        self.fmt = w.Dropdown(options=FORMATS, value="mp4", description="Format",
                              layout=w.Layout(width="220px", max_width="100%"))
        self.resolution = w.Dropdown(options=RESOLUTIONS, value="", description="Size",
                                     layout=w.Layout(width="220px", max_width="100%"))
        self.quality = w.Dropdown(options=QUALITIES, value="high", description="Quality",
                                  layout=w.Layout(width="220px", max_width="100%"))
        self.export_btn = w.Button(description="Export", icon="film", button_style="primary")
        self.cancel_btn = w.Button(description="Cancel", icon="stop", disabled=True)
        self.progress = w.FloatProgress(value=0, min=0, max=100, description="", bar_style="info",
                                        layout=w.Layout(width="100%"))
        self.label = w.HTML("")
        self.notice = Notice()
        self.export_btn.on_click(lambda _b: self.start())
        self.cancel_btn.on_click(lambda _b: self.cancel())
        self._thread: threading.Thread | None = None
        self.path: Path | None = None
        # Every export of the project (this panel's, or one the chat ran) shows here and in the player.
        self.project.observe(self._on_progress, "export_progress")
        self.project.observe(self._on_busy, ["busy", "exporting"])
        self.project.observe(self._on_exported, "export_path")
        self.project.observe(self._on_stale, "export_stale")
        self.player.on_reexport = self.start
        children: list[w.Widget] = [
            w.HBox([self.fmt, self.resolution, self.quality], layout=w.Layout(flex_flow="row wrap")),
            w.HBox([self.export_btn, self.cancel_btn]),
            self.progress, self.label, self.notice,
        ]
        if player is None:
            children.append(self.player)
        super().__init__(children, **kwargs)
        self.add_class("vidai-export")

    def output(self, override: dict[str, Any] | None = None) -> dict[str, Any]:
        """The panel's choices; `override` (e.g. from "export as webm") wins and updates the choices."""
        for key, box in (("format", self.fmt), ("resolution", self.resolution)):
            if override and override.get(key) in [v for _, v in box.options]:
                box.value = override[key]
        out: dict[str, Any] = {"format": self.fmt.value, "quality": self.quality.value}
        if self.resolution.value:
            out["resolution"] = self.resolution.value
        return out

    def _on_progress(self, change: dict[str, Any]) -> None:
        pct = float(change["new"])
        if self.project.exporting:
            if self.progress.value == 100 or self.progress.bar_style != "info":
                self.notice.clear()  # a new export started (perhaps from the chat): old results go
                self.progress.bar_style = "info"
            self.progress.value = pct
            self.label.value = f"Rendering… {pct:.0f}%" if pct < 95 else "Downloading…"

    def _on_exported(self, change: dict[str, Any]) -> None:
        if not change["new"]:
            return
        path = Path(change["new"])
        self.path = path
        self.notice.clear()  # an earlier "Export failed… Retry" is over once an export succeeds
        self.progress.value = 100
        self.progress.bar_style = "success"
        try:
            shown = path.relative_to(Path.cwd())  # "exports/x.mp4" reads better than a long temp path
        except ValueError:
            shown = path
        self.label.value = (f"✔ {html.escape(path.name)} · {path.stat().st_size / 2**20:.2f} MB · "
                            f"saved to <code>{html.escape(str(shown))}</code>")
        self.player.load(path)
        self.player.stale = False

    def _on_stale(self, change: dict[str, Any]) -> None:
        if self.player.kind == "export":  # a preview in the player has its own staleness (Studio)
            self.player.stale = bool(change["new"])

    def _on_busy(self, _change: dict[str, Any]) -> None:
        self.export_btn.disabled = self.project.busy or self.project.exporting
        self.cancel_btn.disabled = not self.project.exporting

    def start(self) -> threading.Thread:
        """Export in a worker thread (the button); `run()` is the blocking form."""
        self._thread = threading.Thread(target=self._run_safe, daemon=True)
        self._thread.start()
        return self._thread

    def _run_safe(self) -> None:
        try:
            self.run()
        except ExportCancelled:
            pass  # the label says so; nothing failed
        except Exception as exc:
            self.notice.show(friendly(exc), retry=self.start)

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self, override: dict[str, Any] | None = None) -> Path:
        """Export with the panel's choices (blocking); progress, size and link appear in the panel."""
        self.notice.clear()
        self.progress.bar_style = "info"
        self.progress.value = 0
        self.label.value = "Starting the export…"
        try:
            return self.project.export(self.output(override))
        except Exception as exc:
            self.progress.bar_style = "danger"
            self.label.value = "Export cancelled." if isinstance(exc, ExportCancelled) else "Export failed."
            raise

    def cancel(self) -> None:
        self.label.value = "Cancelling…"
        self.project.cancel_export()
