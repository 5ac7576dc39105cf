"""The exported file lasts exactly the programme length that the model defines (timeline.model), for
drafts whose titles and music reach past the end of the video."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from tests.media import probe
from vidai_nb.engine.ops.base import finish
from vidai_nb.engine.ops.base import programme_ms as ops_programme_ms
from vidai_nb.engine.render import build_render, run_render
from vidai_nb.timeline.model import programme_ms

FRAME = 1 / 25


def _draft(title_end: int, music_end: int) -> dict[str, Any]:
    return {"v": 1, "m": {"width": 320, "height": 240, "fps": 25}, "t": [
        {"tt": 0, "id": "video", "role": "main",
         "sg": [{"id": "s1", "start": 0, "d": 2000, "src": "a", "kind": "video", "in": 0}]},
        {"tt": 7, "id": "title", "role": "title",
         "sg": [{"id": "s2", "start": 1000, "d": title_end - 1000, "text": "The end"}]},
        {"tt": 1, "id": "bgm", "role": "bgm",
         "sg": [{"id": "s3", "start": 0, "d": music_end, "src": "m", "in": 0, "volume": 0.35, "loop": True}]},
    ]}


def test_title_and_music_past_the_video(clip: Path, music: Path, tmp_path: Path) -> None:
    for title_end, music_end, expected in ((3000, 6000, 3000), (1500, 6000, 2000)):
        d = _draft(title_end, music_end)
        assert programme_ms(d) == ops_programme_ms(d) == finish(copy.deepcopy(d))["d"] == expected
        plan = build_render(d, {"a": clip, "m": music}, {"quality": "low"}, tmp_path / f"len{title_end}.mp4")
        assert plan.duration_ms == expected
        p = probe(run_render(plan))
        assert abs(p.duration - expected / 1000) <= FRAME, (title_end, p.duration)
        assert p.video["frames"] == expected * 25 // 1000 and p.audio is not None
