"""Variable frame rate over 10 minutes: picture and sound stay within one frame to the last second.

The fixture is a screen-recorder style clip: 30 fps nominal, but frames come only when something
changes (busy half-minutes keep about 1 frame in 3, static half-minutes 1 in 45, so gaps reach 1.5 s),
each frame's time is jittered by up to 4 ms, and the average rate (about 7 fps) is far from the nominal
one: a renderer that counted frames instead of reading their times would drift by minutes. A white
flash and a 1 kHz beep mark every 10 s. Tiny picture (64x48) and 16 kHz sound keep it cheap enough for CI:
measured on 2 cores shared at load average ~24, building took 3 s, the uncut export + check 41 s wall, the
cut one 18 s; CPU time of the whole file 37 s (user 27 + sys 10, ffmpeg included), about what an idle
2-core runner's wall clock pays. (`pytest tests/engine/test_media_vfr.py --durations=4`)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.engine.test_media_phone import export
from tests.engine.test_render_sync import marks
from tests.media import probe, run_ffmpeg

MINUTES = 10
EVERY_S = 10  # one flash + beep every 10 s: 60 marks, the last at 9:50


@pytest.fixture(scope="module")
def vfr_recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seconds = MINUTES * 60
    path = tmp_path_factory.mktemp("vfr") / "screen.mp4"
    mark = f"lt(mod(t,{EVERY_S}),0.1)"
    picture = (f"color=c=black:s=64x48:r=30:d={seconds},drawbox=c=white:t=fill:enable='{mark}',"
               # keep the flashes; busy half-minutes 1 frame in 3 (and 7), static ones 1 in 45
               f"select='{mark}+if(lt(mod(t,60),30),not(mod(n,3))+not(mod(n,7)),not(mod(n,45)))',"
               "settb=1/90000,setpts='PTS+floor(360*random(0))'")  # up to 4 ms of clock jitter
    sound = f"aevalsrc='if({mark},sin(2*PI*1000*t),0)':s=16000:d={seconds}"  # per sample: exact onsets
    run_ffmpeg("-f", "lavfi", "-i", picture, "-f", "lavfi", "-i", sound,
               "-fps_mode", "passthrough", "-enc_time_base:v", "1/90000", "-video_track_timescale", "90000",
               "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "32k",
               str(path))
    return path


def test_the_fixture_is_really_variable_rate(vfr_recording: Path) -> None:
    import av
    import numpy as np

    with av.open(str(vfr_recording)) as c:
        times = np.array([f.time for f in c.decode(video=0)])
    gaps = np.diff(times)
    assert abs(times[-1] - MINUTES * 60) < 2
    assert gaps.max() > 1.0 and gaps.min() < 0.04  # static stretches and busy ones
    assert len(times) / (MINUTES * 60) < 10  # nothing like the nominal 30 fps
    assert len({round(g, 4) for g in gaps}) > 100  # jittered, not a few fixed steps


def _assert_in_sync(out: Path, want_marks: list[float]) -> None:
    fps = probe(out).video["fps"]
    flashes, beeps = marks(out)
    assert len(flashes) >= len(want_marks) and len(beeps) == len(want_marks), (flashes, beeps)
    firsts = [min(flashes, key=lambda f: abs(f - w)) for w in want_marks]
    for w, f, b in zip(want_marks, firsts, beeps, strict=True):
        assert abs(b - w) <= 0.03, (w, b)  # the sound is on the draft's clock
        assert abs(f - b) <= 1 / fps + 0.005, (w, f, b)  # the picture within one frame of it
    # the last mark, 10 minutes in, said on its own: that is where drift would show
    assert abs(firsts[-1] - beeps[-1]) <= 1 / fps + 0.005


def test_ten_minutes_of_variable_frame_rate_stay_in_sync(vfr_recording: Path, tmp_path: Path) -> None:
    out = export([vfr_recording], tmp_path / "out.mp4")
    assert abs(probe(out).duration - MINUTES * 60) < 0.2
    _assert_in_sync(out, [float(t) for t in range(0, MINUTES * 60, EVERY_S)])


def test_cuts_in_a_variable_frame_rate_recording_stay_in_sync(vfr_recording: Path, tmp_path: Path) -> None:
    # cut 1:03.3–3:41.7 and 6:00.05–8:12.2 (mid-gap and mid-static, not on a frame): the rest stays together
    cuts = [{"start_ms": 63_300, "end_ms": 221_700}, {"start_ms": 360_050, "end_ms": 492_200}]
    out = export([vfr_recording], tmp_path / "cut.mp4", [{"op": "remove_ranges", "ranges": cuts}])
    removed = (221_700 - 63_300 + 492_200 - 360_050) / 1000
    assert abs(probe(out).duration - (MINUTES * 60 - removed)) < 0.2
    kept = [t for t in range(0, MINUTES * 60, EVERY_S)
            if not any(c["start_ms"] <= t * 1000 < c["end_ms"] for c in cuts)]
    # each kept mark moves earlier by what was cut before it
    want = [t - sum(c["end_ms"] - c["start_ms"] for c in cuts if c["end_ms"] <= t * 1000) / 1000
            for t in kept]
    _assert_in_sync(out, want)
