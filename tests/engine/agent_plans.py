"""The planner as the agent table tests call it: a request said on a sample timeline (clip.mp4 alone, with
music.mp3 under it, or clip.mp4, b.mp4 and c.mp4), with the sample uploads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vidai_nb.engine.agent import Plan, parse
from vidai_nb.engine.ops.base import MediaRef
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]
CLIPS3 = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "b.mp4", "c.mp4")]


def plan(text: str, music: bool = False, clips3: bool = False, uploads: Sequence[MediaRef] = UPLOADS,
         draft: dict[str, Any] | None = None) -> Plan:
    """The plan for `text` (Chinese when it has CJK characters): on the three clips with `clips3`, else on
    `draft` or clip.mp4 alone (music under it with `music`) with `uploads`."""
    lang = "zh" if any("\u4e00" <= c <= "\u9fff" for c in text) else "en"
    if clips3:
        return parse(text, lang, CLIPS3, sample_draft(["clip.mp4", "b.mp4", "c.mp4"], None))
    if draft is None:
        draft = sample_draft(["clip.mp4"], music="music.mp3" if music else None)
    return parse(text, lang, uploads, draft)


def assert_edits(plan: Plan, ops: Sequence[tuple[str, dict[str, object]]]) -> None:
    """`plan` is an edit (no question, refusal or answer) of exactly these operations, in this order, each
    with at least these fields."""
    assert not plan.question and not plan.refusal and not plan.answer
    assert [o.op for o in plan.ops] == [op for op, _ in ops]
    for o, (_, fields) in zip(plan.ops, ops, strict=True):
        got = o.model_dump()
        for k, v in fields.items():
            assert got.get(k) == v, (k, got)
