"""Notice (a friendly error with a one-click Retry) and CreditsBadge."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import ipywidgets as w

from vidai_nb.widgets.project import Project


class Notice(w.HBox):
    """Hidden until `show(message, retry=fn)`; Retry calls `fn` once and hides the notice."""

    def __init__(self, **kwargs: Any) -> None:
        self.text = w.HTML()
        self.retry_btn = w.Button(description="Retry", icon="refresh", layout=w.Layout(width="90px"))
        self._retry: Callable[[], Any] | None = None
        self.retry_btn.on_click(self._on_retry)
        super().__init__([self.text, self.retry_btn], **kwargs)
        self.layout.display = "none"
        self.layout.align_items = "center"
        self.add_class("vidai-notice")

    def show(self, message: str, retry: Callable[[], Any] | None = None) -> None:
        self.text.value = ('<div style="color:#8a1c12;background:#fdecea;padding:6px 10px;'
                           f'border-radius:6px">'
                           f"⚠ {html.escape(message)}</div>")
        self._retry = retry
        self.retry_btn.layout.display = "" if retry else "none"
        self.layout.display = ""

    def clear(self) -> None:
        self.layout.display = "none"
        self._retry = None

    @property
    def message(self) -> str:
        return "" if self.layout.display == "none" else self.text.value

    def _on_retry(self, _b: Any) -> None:
        retry, self._retry = self._retry, None
        self.clear()
        if retry is not None:
            retry()


class CreditsBadge(w.HBox):
    """"Credits: 95" (refreshed after every turn); click ↻ to re-read the balance. Hidden where the
    backend does not charge (the local engine reports `unlimited`)."""

    def __init__(self, project: Project | None = None, **kwargs: Any) -> None:
        self.project = project or Project()
        self.badge = w.HTML()
        self.refresh_btn = w.Button(icon="refresh", tooltip="Refresh credits", layout=w.Layout(width="34px"))
        self.refresh_btn.on_click(lambda _b: self.refresh())
        super().__init__([self.badge, self.refresh_btn], **kwargs)
        self.layout.align_items = "center"
        self.project.observe(self._draw, "credits")
        self.project.observe(self._turn_over, "busy")
        self._draw()

    def _draw(self, _change: Any = None) -> None:
        c = self.project.credits
        self.layout.display = "none" if c.get("unlimited") else ""
        if not c:
            text = "Credits: …"
        else:
            frozen = f" ({c['frozen']:g} reserved)" if c.get("frozen") else ""
            text = f"Credits: {c['available']:g}{frozen}"
        self.badge.value = (f'<span class="vidai-credits" style="background:#e8eefc;color:#1a3d8f;'
                            'padding:4px 10px;border-radius:14px;font-weight:600">'
                            f"{html.escape(text)}</span>")

    def _turn_over(self, change: dict[str, Any]) -> None:
        if change["old"] and not change["new"]:
            self.refresh()

    def refresh(self) -> None:
        # A failure here is the connection's (the Studio's status line says so): no second notice.
        try:
            self.project.refresh_credits()
        except Exception:
            self.badge.value = ('<span class="vidai-credits" style="background:#eee;color:#777;'
                                'padding:4px 10px;border-radius:14px">Credits: —</span>')
