"""Pauses removed with one end's pause said to stay by what it is ("结尾那个停顿留着", "结尾的停顿保留"): that
end's silence is kept - every pause was cut (holdout38's 38141, destructive; session 28)."""

from __future__ import annotations

import pytest

from vidai_nb.engine.agent import parse
from vidai_nb.engine.ops import schemas as s
from vidai_nb.engine.ops.examples import SAMPLE_MEDIA, sample_draft

UPLOADS = [SAMPLE_MEDIA[m] for m in ("clip.mp4", "music.mp3", "logo.png")]


@pytest.mark.parametrize(("text", "ends"), [
    ("把停顿去掉，但结尾那个停顿留着", "end"), ("把停顿去掉，结尾的停顿保留", "end"),
    ("去掉停顿，开头那个停顿别删", "start"), ("去掉停顿，但结尾那段安静的留着", "end"),
    ("把停顿去掉", "none"),
])
def test_an_end_pause_said_to_stay_is_kept(text: str, ends: str) -> None:
    plan = parse(text, "zh", UPLOADS, sample_draft(["clip.mp4"], None))
    assert not plan.question and not plan.refusal
    [op] = plan.ops
    assert isinstance(op, s.RemoveSilences) and op.keep_ends == ends
