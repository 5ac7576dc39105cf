"""Escaping for ffmpeg filtergraphs.

A value inside a filtergraph is unescaped twice: first by the graph parser (special: \\ ' [ ] , ;),
then by the filter's option parser (special: \\ ' :). We backslash-escape for both levels, which is
always correct, instead of quoting, which breaks on a quote inside the value.
"""

from __future__ import annotations

import os

_OPTION_SPECIAL = "\\':"
_GRAPH_SPECIAL = "\\'[],;"


def _backslash(text: str, special: str) -> str:
    return "".join("\\" + ch if ch in special else ch for ch in text)


def option_value(text: str) -> str:
    """Escape `text` so that it arrives unchanged as one filter option value inside a filtergraph."""
    level1 = _backslash(text, _OPTION_SPECIAL)
    return _backslash(level1, _GRAPH_SPECIAL)


def path_value(path: str | os.PathLike[str]) -> str:
    return option_value(os.fspath(path))


def expr(text: str) -> str:
    """An expression value (e.g. `between(t,1,2)`): commas must not end the filter."""
    return option_value(text)
