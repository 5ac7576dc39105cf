"""Camera footage nobody here made, exported: reframed to 9:16, and a 720p file with 48 kHz 5.1 sound."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.media import audio_rms, frame_at, probe
from vidai_nb.engine.media.probe import probe as engine_probe
from vidai_nb.engine.ops import MediaRef, apply, build_draft
from vidai_nb.engine.render import build_render, run_render


def ref(path: Path) -> MediaRef:
    info = engine_probe(path)
    return MediaRef("m1", path.name, info.kind, info.duration_ms, info.width, info.height, info.has_audio)


def test_real_footage_reframed_to_9_16_by_filling(corpus: Path, tmp_path: Path) -> None:
    fit = "crop"
    src = corpus / "data" / "bikes.mp4"  # 640x272 camera footage, no sound
    r = ref(src)
    draft = apply(build_draft([r]), {"op": "keep_range", "start_ms": 4000, "end_ms": 5000}, {"m1": r})
    draft = apply(draft, {"op": "set_aspect", "ratio": "9:16", "fit": fit}, {"m1": r})
    out = run_render(build_render(draft, {"m1": src}, {"quality": "low"}, tmp_path / "v.mp4"))
    p = probe(out)
    assert (p.video["width"], p.video["height"]) == (1080, 1920) and abs(p.duration - 1) < 0.1
    frame = frame_at(out, 0.5).astype(float)
    middle = frame[860:1060, 340:740]
    assert middle.std() > 15  # the footage itself sits in the middle, not a flat fill
    # filled to the edges: real picture top to bottom (no pad)
    assert frame[:100].std() > 10 and frame[-100:].std() > 10


def test_a_720p_file_with_48k_5_1_sound_exports_as_stereo(corpus: Path, tmp_path: Path) -> None:
    src = corpus / "data" / "bigbuckbunny.mp4"
    info = engine_probe(src)
    assert info.audio_channels == 6 and info.audio_rate == 48000
    r = ref(src)
    draft = apply(build_draft([r]), {"op": "keep_range", "start_ms": 1000, "end_ms": 3500}, {"m1": r})
    out = run_render(build_render(draft, {"m1": src}, {"quality": "low"}, tmp_path / "b.mp4"))
    p = probe(out)
    assert p.audio is not None and p.audio["channels"] == 2 and p.audio["codec"] == "aac"
    assert (p.video["width"], p.video["height"]) == (1280, 720)
    assert abs(p.duration - 2.5) < 0.1
    assert audio_rms(out, 0.2, 2.3) > 0.005  # the soundtrack came through the downmix
    assert np.asarray(frame_at(out, 1.0)).std() > 15
