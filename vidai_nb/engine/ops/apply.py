"""`apply(draft, op, media)`: dispatch to the operation's registered handler, on a copy of the draft."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from .base import Draft, MediaRef, OpError, clone
from .registry import Handler
from .schemas import SPECS, OpBase, parse_operation

# The edits (export requests and history moves are registered too, but are not edits of a draft).
HANDLERS: dict[str, Handler[Any]] = {spec.name: spec.handler for spec in SPECS if spec.kind == "edit"}
_ALL: dict[str, Handler[Any]] = {spec.name: spec.handler for spec in SPECS}


def as_operation(op: OpBase | Mapping[str, Any]) -> OpBase:
    if isinstance(op, BaseModel):
        return op
    try:
        return parse_operation(dict(op))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise OpError(f"invalid operation ({where}: {first['msg']})") from exc


def apply(draft: Draft, op: OpBase | Mapping[str, Any], media: Mapping[str, MediaRef]) -> Draft:
    """A new draft with `op` applied; the input draft is never mutated. Raises OpError.

    Export requests leave the draft as it is; history moves raise (the turn runner makes them)."""
    operation = as_operation(op)
    return _ALL[str(getattr(operation, "op", ""))](clone(draft), operation, media)
