"""A watermark said to be text is the person's own text; a logo said to be kept is left alone."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops.examples import sample_draft


def _plan(text: str, lang: str = "en") -> tuple[list[dict[str, object]], str | None]:
    plan = parse(text, lang, {}, sample_draft(["clip.mp4"], None))
    return [{"op": o.op, "track": getattr(o, "track", None)} for o in plan.ops], plan.refusal


@pytest.mark.parametrize(("text", "lang", "track"), [
    ("remove the title but keep the logo", "en", "title"),
    ("delete the watermark text i added and keep the logo", "en", "text"),
    ("删掉标题，logo保留", "zh-CN", "title"),
    ("把水印文字删掉", "zh-CN", "text"),
])
def test_only_the_text_is_removed(text: str, lang: str, track: str) -> None:
    assert _plan(text, lang) == ([{"op": "remove_text", "track": track}], None)


def test_a_watermark_in_the_footage_is_still_refused() -> None:
    ops, refusal = _plan("get rid of the tiktok watermark but keep my logo")
    assert ops == [] and refusal
