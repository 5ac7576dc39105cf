"""A few operations checked on rendered output (render engine of engine/render; tiny clips, fast)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests import media as tm
from vidai_nb.engine.ops import MediaRef, apply, build_draft
from vidai_nb.engine.render import OutputSpec, build_render, run_render


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("ops-render")
    return {
        "a": tm.make_video(d / "a.mp4", seconds=6),
        "b": tm.make_video(d / "b.mp4", seconds=4, pattern="smptebars", tone_hz=660),
        "m": tm.make_audio(d / "m.mp3", seconds=8),
        "logo": tm.make_image(d / "logo.png"),
    }


MEDIA = {
    "a": MediaRef("a", "a.mp4", "video", 6000, 320, 240, True),
    "b": MediaRef("b", "b.mp4", "video", 4000, 320, 240, True),
    "m": MediaRef("m", "m.mp3", "audio", 8000, 0, 0, True),
    "logo": MediaRef("logo", "logo.png", "image", 0, 320, 240, False),
}


def render(draft: dict[str, Any], files: dict[str, Path], out: Path) -> Path:
    plan = build_render(draft, files, OutputSpec.from_request({"format": "mp4", "quality": "low"}), out)
    return run_render(plan)


def test_removed_middle_is_gone_from_the_output(files: dict[str, Path], tmp_path: Path) -> None:
    draft = apply(build_draft([MEDIA["a"]]), {"op": "remove_range", "start_ms": 2000, "end_ms": 4000}, MEDIA)
    out = render(draft, files, tmp_path / "cut.mp4")
    assert tm.probe(out).duration == pytest.approx(4.0, abs=0.15)
    # 2.5 s into the output shows the source at 4.5 s, not at 2.5 s
    shown = tm.frame_at(out, 2.5).astype(np.int16)
    later = tm.frame_at(files["a"], 4.5).astype(np.int16)
    skipped = tm.frame_at(files["a"], 2.5).astype(np.int16)
    assert np.abs(shown - later).mean() < np.abs(shown - skipped).mean()


def test_every_kind_of_operation_renders_together(files: dict[str, Path], tmp_path: Path) -> None:
    draft = build_draft([MEDIA["a"], MEDIA["b"]])
    for op in (
        {"op": "remove_range", "start_ms": 2000, "end_ms": 4000},
        {"op": "speed", "factor": 2.0, "index": 2},
        {"op": "add_music", "media_id": "m", "volume": 0.3, "fade_out_ms": 1000},
        {"op": "duck_music"},
        {"op": "add_title", "text": "Hello", "pos": "top"},
        {"op": "add_text", "text": "你好", "start_ms": 1000, "end_ms": 2000},
        {"op": "add_subtitles", "cues": [{"start_ms": 0, "end_ms": 1500, "text": "hi there"}]},
        {"op": "platform", "name": "tiktok", "fit": "face"},
        {"op": "crossfade", "duration_ms": 300},
        {"op": "color", "gray": True, "brightness": 0.1},
        {"op": "add_logo", "media_id": "logo"},
        {"op": "pip", "media_id": "b", "start_ms": 500, "end_ms": 2000},
        {"op": "freeze_frame", "at_ms": 1000, "duration_ms": 500},
        {"op": "fade", "fade_in_ms": 300, "fade_out_ms": 300},
        {"op": "rotate", "degrees": 90},
        {"op": "flip"},
        {"op": "denoise"},
        {"op": "loudnorm"},
        {"op": "resolution", "max_height": 720},
    ):
        draft = apply(draft, op, MEDIA)
    out = render(draft, files, tmp_path / "all.mp4")
    probe = tm.probe(out)
    assert probe.duration == pytest.approx(draft["d"] / 1000, abs=0.25)
    assert probe.video["height"] > probe.video["width"]  # the 9:16 preset
    frame = tm.frame_at(out, 1.2)
    assert np.abs(frame[..., 0].astype(int) - frame[..., 1].astype(int)).mean() < 12  # black and white
