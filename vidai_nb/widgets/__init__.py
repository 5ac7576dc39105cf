"""Notebook widgets (ipywidgets 8, ipyvuetify 3, anywidget). They call vidai_nb.client / .timeline only.

Names are imported on first use so that `import vidai_nb.widgets` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_NAMES = {
    "Project": "project", "ExportCancelled": "project", "ExportFailed": "project",
    "Chat": "chat", "Uploader": "upload", "Previews": "upload", "FileDrop": "filedrop",
    "TimelineView": "timeline", "Player": "player", "ExportPanel": "export",
    "Notice": "notice", "CreditsBadge": "notice", "Studio": "studio",
    "BatchRunner": "batch", "PromptLab": "batch", "run_batch": "batch", "prompt_lab": "batch",
    "run_one": "batch",
}

if TYPE_CHECKING:
    from vidai_nb.widgets.batch import BatchRunner, PromptLab, prompt_lab, run_batch, run_one
    from vidai_nb.widgets.chat import Chat
    from vidai_nb.widgets.export import ExportPanel
    from vidai_nb.widgets.filedrop import FileDrop
    from vidai_nb.widgets.notice import CreditsBadge, Notice
    from vidai_nb.widgets.player import Player
    from vidai_nb.widgets.project import ExportCancelled, ExportFailed, Project
    from vidai_nb.widgets.studio import Studio
    from vidai_nb.widgets.timeline import TimelineView
    from vidai_nb.widgets.upload import Previews, Uploader


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'vidai_nb.widgets' has no attribute {name!r}")
    return getattr(importlib.import_module(f"vidai_nb.widgets.{module}"), name)


__all__ = [
    "BatchRunner",
    "Chat",
    "CreditsBadge",
    "ExportCancelled",
    "ExportFailed",
    "ExportPanel",
    "FileDrop",
    "Notice",
    "Player",
    "Previews",
    "Project",
    "PromptLab",
    "Studio",
    "TimelineView",
    "Uploader",
    "prompt_lab",
    "run_batch",
    "run_one",
]
