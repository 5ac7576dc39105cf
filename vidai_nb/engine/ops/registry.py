"""The operation registry: each operation's model, handler and words, registered together.

An operation is declared in ONE place, its family module (cutting, audio, text, picture, export,
history): the pydantic model (schema, `description`, `example`) and, right under it, the handler
decorated with `@operation(Model, ...)`, which also says how the operation is put in a reply. The
discriminated union, `CATALOGUE`, `HANDLERS`, `EXPORT_OPS` / `HISTORY_OPS`, `describe` and
docs/operations.md are all derived from `REGISTRY` (see schemas.py, apply.py, describe.py, docs.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from .base import Draft, MediaRef


class OpBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    description: ClassVar[str] = ""  # docs/operations.md and the LLM tool description
    example: ClassVar[str] = ""  # a request the planner understands as this operation (tested)
    # Set by the turn runner rather than the user (filled from speech analysis); hidden from LLM tools.
    runner_fields: ClassVar[tuple[str, ...]] = ()


M = TypeVar("M", bound=OpBase)
Media = Mapping[str, MediaRef]
Names = Mapping[str, str]  # media id -> the file name people know it by
# What an operation says in a reply: fixed words, or words made from the operation's fields.
Phrase = str | Callable[[M, Names], str]
Handler = Callable[[Draft, M, Media], Draft]
# edit: applied to the draft; export: a request the client carries out after the turn (the draft is
# left as it is); history: a move between stored versions, done by the turn runner.
Kind = Literal["edit", "export", "history"]


@dataclass(frozen=True)
class Spec(Generic[M]):
    """Everything about one operation."""

    name: str
    model: type[M]
    handler: Handler[M]
    kind: Kind
    ask: str  # what was asked, in plain words, for "couldn't …" ("even out the loudness")
    said: Phrase[M]  # what was done, past tense, plain words ("evened out the loudness for …")
    ask_zh: str
    said_zh: Phrase[M]

    def words(self, op: M, language: str, names: Names) -> str:
        phrase = self.said_zh if language == "zh" else self.said
        return phrase if isinstance(phrase, str) else phrase(op, names)


REGISTRY: dict[str, Spec[Any]] = {}


def op_name(model: type[OpBase]) -> str:
    """The model's `op` discriminator value."""
    field = model.model_fields.get("op")
    if field is None or not isinstance(field.default, str):
        raise TypeError(f"{model.__name__} needs a field `op: Literal[\"name\"] = \"name\"`")
    return field.default


def operation(model: type[M], *, ask: str, said: Phrase[M], ask_zh: str, said_zh: Phrase[M],
              kind: Kind = "edit") -> Callable[[Handler[M]], Handler[M]]:
    """Register `model` with the handler below it and the words a reply uses for it."""

    def register(handler: Handler[M]) -> Handler[M]:
        name = op_name(model)
        if name in REGISTRY:
            raise ValueError(f"operation {name!r} is registered twice")
        if not (model.description and model.example):
            raise ValueError(f"{model.__name__} needs a description and an example")
        REGISTRY[name] = Spec(name, model, handler, kind, ask, said, ask_zh, said_zh)
        return handler

    return register
