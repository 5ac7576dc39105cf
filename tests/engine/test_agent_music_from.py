"""Issue 9: music said not to be wanted from a time on ("no need for music from 0:10", "don't want the song
after 0:45") is a mute of the music over that stretch - the video was cut there (a destructive misreading)
or all the music removed."""

from __future__ import annotations

import pytest

from tests.engine.agent_plans import assert_edits
from tests.engine.agent_plans import plan as _plan


@pytest.mark.parametrize(("text", "start", "end"), [
    ("no need for music from 0:10", 10000, 60000),
    ("no music from 0:10", 10000, 60000),
    ("don't need the music from 0:10 on", 10000, 60000),
    ("i dont want the music after 0:45", 45000, 60000),
    ("no music from 0:10 to 0:20", 10000, 20000),
])
def test_music_muted_for_the_stretch(text: str, start: int, end: int) -> None:
    plan = _plan(text, music=True)
    assert_edits(plan, [("mute", {"track": "bgm", "start_ms": start, "end_ms": end})])
