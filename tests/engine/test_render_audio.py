"""A part of the sound muted or turned down (mute / set_volume with start_ms/end_ms), measured in the
rendered file (RMS level in dB, tests.media.audio_rms): the part is silent (or at its level), the rest
is not."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from tests import media as tm
from vidai_nb.engine.ops import MediaRef, apply, build_draft
from vidai_nb.engine.render import OutputSpec, build_render, run_render

SILENT_DB = -60.0  # digital silence is far below (ffmpeg's volumedetect: -91 dB); the sine tone ~-21 dB
HEARD_DB = -30.0


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("audio-range")
    return {
        "tone": tm.make_video(d / "tone.mp4", seconds=3, tone_hz=440),
        "quiet": tm.make_video(d / "quiet.mp4", seconds=3, audio=False),
        "m": tm.make_audio(d / "m.mp3", seconds=3, tone_hz=330, volume=0.5),
    }


MEDIA = {
    "tone": MediaRef("tone", "tone.mp4", "video", 3000, 320, 240, True),
    "quiet": MediaRef("quiet", "quiet.mp4", "video", 3000, 320, 240, False),
    "m": MediaRef("m", "m.mp3", "audio", 3000, 0, 0, True),
}


def render(draft: dict[str, Any], files: dict[str, Path], out: Path) -> Path:
    plan = build_render(draft, files, OutputSpec.from_request({"format": "mp4", "quality": "low"}), out)
    return run_render(plan)


def mean_db(path: Path, start: float, end: float) -> float:
    """The mean volume (dB, as ffmpeg's volumedetect reports it: the RMS level) of [start, end) seconds."""
    rms = tm.audio_rms(path, start, end)
    return -120.0 if rms <= 0 else 20 * math.log10(rms)


def test_a_muted_second_of_the_clip_is_silent_and_the_rest_is_not(
        files: dict[str, Path], tmp_path: Path) -> None:
    draft = apply(build_draft([MEDIA["tone"]]), {"op": "mute", "start_ms": 1000, "end_ms": 2000}, MEDIA)
    out = render(draft, files, tmp_path / "muted.mp4")
    assert tm.probe(out).duration == pytest.approx(3.0, abs=0.1)  # the picture is all there
    before, part, after = mean_db(out, 0.1, 0.9), mean_db(out, 1.1, 1.9), mean_db(out, 2.1, 2.9)
    assert part < SILENT_DB, (before, part, after)
    assert before > HEARD_DB and after > HEARD_DB, (before, part, after)


def test_the_music_turned_down_in_a_range_only(files: dict[str, Path], tmp_path: Path) -> None:
    d = apply(build_draft([MEDIA["quiet"]]), {"op": "add_music", "media_id": "m", "volume": 1.0}, MEDIA)
    draft = apply(d, {"op": "set_volume", "track": "bgm", "volume": 0.1, "start_ms": 1000, "end_ms": 2000},
                  MEDIA)
    out = render(draft, files, tmp_path / "music.mp4")
    before, part, after = mean_db(out, 0.1, 0.9), mean_db(out, 1.1, 1.9), mean_db(out, 2.1, 2.9)
    # 10 % is 20 dB down; the rest at full level
    assert before - part == pytest.approx(20.0, abs=2.0), (before, part, after)
    assert abs(after - before) < 1.5, (before, part, after)
    muted = apply(d, {"op": "mute", "track": "bgm", "start_ms": 1000, "end_ms": 2000}, MEDIA)
    out2 = render(muted, files, tmp_path / "music-muted.mp4")
    assert mean_db(out2, 1.1, 1.9) < SILENT_DB and mean_db(out2, 2.1, 2.9) > HEARD_DB
