"""Session 34 (own fixes): an English take-back that names the thing ("add subtitles and music.mp3,
actually no music", "speed it up 1.5x …, actually dont speed it up") takes back the earlier edit of that
kind; the rest of the request is still done."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import plan as _plan
from vidai_nb.engine.ops import schemas as s


@pytest.mark.parametrize("text,gone,kept", [
    ("add subtitles and music.mp3, actually no music", s.AddMusic, s.AddSubtitles),
    ("speed it up 1.5x and add a title 'hi', actually dont speed it up", s.Speed, s.AddTitle),
    ("add music.mp3 and subtitles, actually skip the subtitles", s.AddSubtitles, s.AddMusic),
    ("add music and a title 'x' - actually no title, just the music", s.AddTitle, s.AddMusic),
    ("put logo.png top right and add captions. on second thought, no logo", s.AddLogo, s.AddSubtitles),
    ("slow it down to 0.5x and mute it, wait, don't slow it down", s.Speed, s.Mute),
])
def test_a_thing_named_after_a_take_back_marker_is_taken_back(text: str, gone: type, kept: type) -> None:
    plan = _plan(text)
    assert not any(isinstance(op, gone) for op in plan.ops)
    assert any(isinstance(op, kept) for op in plan.ops)


@pytest.mark.parametrize("text,kind", [
    ("add subtitles, no music", s.AddSubtitles),  # no marker: nothing to take back, the music was never said
    ("actually, add subtitles", s.AddSubtitles),
])
def test_without_an_earlier_edit_of_that_kind_nothing_is_taken_back(text: str, kind: type) -> None:
    assert any(isinstance(op, kind) for op in _plan(text).ops)


@pytest.mark.parametrize("text,span", [
    ("mute the first half of the video", "0:00–0:30"),
    ("mute the second half", "0:30–1:00"),
    ("mute the last quarter of the video", "0:45–1:00"),
    ("前半段静音", "0:00–0:30"),
    ("后一半的声音去掉", "0:30–1:00"),
    ("把前三分之一静音", "0:00–0:20"),
])
def test_a_share_of_the_video_said_to_be_muted_is_refused_with_its_times(text: str, span: str) -> None:
    # (since gat: that part's sound is muted - neither the whole clip silenced nor the part cut)
    plan = _plan(text)
    (op,) = plan.ops
    a, b = (int(x[:-3]) * 60000 + int(x[-2:]) * 1000 for x in span.split("–"))
    assert (op.op, op.start_ms, op.end_ms) == ("mute", a, b) and not plan.refusal  # type: ignore[attr-defined]


def test_a_share_cut_is_still_a_cut() -> None:
    assert [op.head_ms for op in _plan("cut the first half").ops if isinstance(op, s.Trim)] == [30000]
