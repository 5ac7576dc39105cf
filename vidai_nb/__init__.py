"""vidai_nb: AI video editing in Jupyter notebooks.

    import vidai_nb
    conn = vidai_nb.connect()          # the local engine, or the cloud when NEMO_API_URL is set
    vidai_nb.Studio()                  # upload, chat, timeline, export and player in one widget

Names load on first use, so `python -m vidai_nb.engine` does not pull in the client or the widgets.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from vidai_nb._version import __version__

if TYPE_CHECKING:
    from vidai_nb.client import AsyncNemoClient, NemoClient
    from vidai_nb.connection import Connection, connect
    from vidai_nb.widgets import PromptLab, Studio

_LAZY: dict[str, str] = {
    "connect": "vidai_nb.connection",
    "Connection": "vidai_nb.connection",
    "NemoClient": "vidai_nb.client",
    "AsyncNemoClient": "vidai_nb.client",
    "Studio": "vidai_nb.widgets",
    "PromptLab": "vidai_nb.widgets",
}


def __getattr__(name: str) -> Any:
    if name in ("client", "timeline", "widgets", "engine", "local", "connection"):
        return importlib.import_module(f"{__name__}.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = ["AsyncNemoClient", "Connection", "NemoClient", "PromptLab", "Studio", "__version__", "connect"]
