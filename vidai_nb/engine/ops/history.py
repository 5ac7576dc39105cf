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


@operation(Undo, kind="history", ask="undo", said="undid the last change",
           ask_zh="撤销", said_zh="撤销了上一步")
def undo(draft: Draft, op: Undo, media: Media) -> Draft:
    return _through_versions(draft, op, media)


class Redo(OpBase):
    op: Literal["redo"] = "redo"
    steps: int = Field(default=1, ge=1)
    description = "Redo a change that was undone."
    example = "redo"


@operation(Redo, kind="history", ask="redo", said="redid the change", ask_zh="重做", said_zh="重做了")
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
