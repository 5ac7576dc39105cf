"""engine/ops: pure edit operations `(draft, operation) -> new draft` (no I/O).

Each operation is registered once, next to its handler (registry.py, docs/adding-an-operation.md)."""

from .apply import HANDLERS, apply, as_operation
from .base import MediaRef, OpError, build_draft, programme_ms
from .describe import clock, describe, intent, proposed
from .docs import catalogue_markdown
from .schemas import (
    CATALOGUE,
    EXPORT_OPS,
    HISTORY_OPS,
    OpBase,
    Operation,
    parse_operation,
)

__all__ = [
    "CATALOGUE",
    "EXPORT_OPS",
    "HANDLERS",
    "HISTORY_OPS",
    "MediaRef",
    "OpBase",
    "OpError",
    "Operation",
    "apply",
    "as_operation",
    "build_draft",
    "catalogue_markdown",
    "clock",
    "describe",
    "intent",
    "parse_operation",
    "programme_ms",
    "proposed",
]
