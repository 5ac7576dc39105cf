"""History: moves between the stored versions, which the turn runner makes (not applied to a draft)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Draft, OpError
from .registry import Media, OpBase, operation


def _through_versions(draft: Draft, op: OpBase, media: Media) -> Draft:
    raise OpError(f"{getattr(op, 'op', '')} is applied through the stored versions, not to a draft")


class Undo(OpBase):
    op: Literal["undo"] = "undo"
    steps: int = Field(default=1, ge=1)
    description = "Go back to the version before the last change (steps times)."
    example = "undo"


@operation(Undo, kind="history", ask="undo",
           said=lambda o, _: "undid the last change" if o.steps == 1 else f"undid the last {o.steps} changes",
           ask_zh="撤销", said_zh=lambda o, _: "撤销了上一步" if o.steps == 1 else f"撤销了{o.steps}步")
def undo(draft: Draft, op: Undo, media: Media) -> Draft:
    return _through_versions(draft, op, media)


class Redo(OpBase):
    op: Literal["redo"] = "redo"
    steps: int = Field(default=1, ge=1)
    description = "Redo a change that was undone."
    example = "redo"


@operation(Redo, kind="history", ask="redo",
           said=lambda o, _: "redid the change" if o.steps == 1 else f"redid {o.steps} changes",
           ask_zh="重做", said_zh=lambda o, _: "重做了" if o.steps == 1 else f"重做了{o.steps}步")
def redo(draft: Draft, op: Redo, media: Media) -> Draft:
    return _through_versions(draft, op, media)


class RestoreVersion(OpBase):
    op: Literal["restore_version"] = "restore_version"
    version: int = Field(ge=1)
    description = "Make an earlier version current again."
    example = "go back to version 3"


@operation(RestoreVersion, kind="history", ask="go back to that version",
           said=lambda o, _: f"went back to version {o.version}",
           ask_zh="回到那个版本", said_zh=lambda o, _: f"回到了版本 {o.version}")
def restore_version(draft: Draft, op: RestoreVersion, media: Media) -> Draft:
    return _through_versions(draft, op, media)
